"""`python -m service`: the command line (see service/cli.py)."""

import sys

from service.cli import main

if __name__ == "__main__":
    sys.exit(main())
