"""The peer-written content library: topics, combinations, search, and questions to peers.

Importing the package registers its validator with ``hrbot content check``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bot.contentcheck import VALIDATORS

if TYPE_CHECKING:
    from bot.yamlstrict import Problem


def validate(content_dir: Path) -> list[Problem]:
    """``bot.library.loader.validate``, imported when a check runs: every command imports this
    package (through its settings), and most never load the library (``hrbot services near``)."""
    from bot.library.loader import validate as run

    return run(content_dir)


if validate not in VALIDATORS:
    VALIDATORS.append(validate)
