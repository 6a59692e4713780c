"""``python -m repair`` is the same as the ``repair`` console script."""

import sys

from repair.cli import main

if __name__ == "__main__":  # worker processes may re-import this module under spawn
    sys.exit(main())
