import BulwarkCatalog
import Testing
