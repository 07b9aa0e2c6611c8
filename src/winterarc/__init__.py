"""Winter Arc: a self-hosted training platform with a hardened Python judge."""

import sys

__version__ = "0.1.0"

# Invariants in the code are `assert`s (ruff's S101 is off for that reason alone); python -O
# would strip them, so it refuses to start (one line, no traceback) rather than run without them.
if sys.flags.optimize:
    raise SystemExit("winterarc: error: it does not run under python -O or PYTHONOPTIMIZE")
