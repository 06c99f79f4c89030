import BulwarkIAM
import Testing
