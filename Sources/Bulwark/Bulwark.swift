// The umbrella module: `import Bulwark` brings in every layer.
@_exported public import BulwarkIAM
@_exported public import BulwarkCatalog
@_exported public import BulwarkModels
