"""`python -m archive_site`: the same as `python build.py` (the preview server runs each
rebuild this way, in a process of its own)."""

import sys

from .runtime.interrupt import loading, whole_process

with loading():  # Ctrl-C as the program loads: one line, as later
    from .cli import main
whole_process()  # once it has run, the process only ends

sys.exit(main())
