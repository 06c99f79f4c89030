import BulwarkModels
import Testing
