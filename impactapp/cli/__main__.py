"""``python -m impactapp.cli``."""

import sys

from . import main

sys.exit(main())
