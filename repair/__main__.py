"""``python -m repair`` is the same as the ``repair`` console script."""

import sys

from repair.cli import main

sys.exit(main())
