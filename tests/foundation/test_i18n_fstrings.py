"""A message written inside an f-string is never extracted (babel does not read f-string
expressions), so `i18n_tools check` cannot see that it is missing: "Question #{number}" reached
peers in English for that reason. Every literal message sits outside f-strings."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MARKERS = {"_", "n_", "N_"}


def literal_messages_in_fstrings() -> list[str]:
    found = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for sub in ast.walk(node):
                if not isinstance(sub, ast.Call) or not sub.args:
                    continue
                func = sub.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                first = sub.args[0]
                if (
                    name in MARKERS
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    found.append(f"{path.relative_to(ROOT)}:{sub.lineno}: {first.value!r}")
    return found


def test_no_message_is_written_inside_an_fstring() -> None:
    assert literal_messages_in_fstrings() == []
