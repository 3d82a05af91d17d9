"""``python -m bot`` does what the ``hrbot`` command does."""

import sys

from bot.cli import main

sys.exit(main())
