"""`python -m archive_site`: the same as `python build.py` (the preview server runs each
rebuild this way, in a process of its own)."""

import sys

from .cli import main

sys.exit(main())
