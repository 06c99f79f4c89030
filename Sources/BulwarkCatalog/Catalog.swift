public import BulwarkIAM
