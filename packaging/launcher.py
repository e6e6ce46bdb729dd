"""The frozen program's entry point: the same ``main`` as ``shopdesk`` and ``python -m shopdesk``."""

import sys

from shopdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
