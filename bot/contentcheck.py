"""``hrbot content check``: every content validator in one pass, with file:line:column problems.

Features register a validator: ``VALIDATORS.append(fn)`` where ``fn(content_dir) -> list[Problem]``
(see ``bot.yamlstrict.Problem``). Errors exit 1; warnings exit 0 unless ``--strict``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.yamlstrict import Problem

Validator = Callable[[Path], list[Problem]]
VALIDATORS: list[Validator] = []


def check_all(content_dir: Path) -> list[Problem]:
    problems: list[Problem] = []
    for validator in VALIDATORS:
        problems.extend(validator(content_dir))
    problems.sort(key=lambda p: (p.file, p.line, p.column))
    return problems
