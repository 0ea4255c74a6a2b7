"""Build the archive: `python build.py --help` lists the options."""

import sys

from archive_site.build.interrupt import loading

with loading():  # Ctrl-C as the program loads: one line, as later
    from archive_site.cli import main

if __name__ == "__main__":
    sys.exit(main())
