// The umbrella module: `import Bulwark` brings in every layer.
@_exported public import BulwarkIAM
@_exported public import BulwarkCatalog
@_exported public import BulwarkModels
@_exported public import BulwarkAccess
@_exported public import BulwarkControls
@_exported public import BulwarkStandards
