"""Build the archive: `python build.py --help` lists the options."""

import sys

from archive_site.runtime.interrupt import loading, whole_process

with loading():  # Ctrl-C as the program loads: one line, as later
    from archive_site.cli import main
whole_process()  # once it has run, the process only ends

if __name__ == "__main__":
    sys.exit(main())
