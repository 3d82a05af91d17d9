"""The peer-written content library: topics, combinations, search, and questions to peers.

Importing the package registers its validator with ``hrbot content check``.
"""

from __future__ import annotations

from bot.contentcheck import VALIDATORS
from bot.library.loader import validate

if validate not in VALIDATORS:
    VALIDATORS.append(validate)
