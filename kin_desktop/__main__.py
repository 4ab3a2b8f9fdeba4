"""``python -m kin_desktop``."""

import sys

from kin_desktop.cli import main

sys.exit(main())
