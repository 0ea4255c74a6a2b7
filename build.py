"""Build the archive: `python build.py --help` lists the options."""

import sys

from archive_site.cli import main

if __name__ == "__main__":
    sys.exit(main())
