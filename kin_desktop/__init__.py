"""KIN Desktop: offline questionnaire, practices and commitments for the Kitakyushu Initiative Network.

Importing this package must stay cheap: ``kin-desktop --version`` reads only this module.
"""

__version__ = "0.1.0"
