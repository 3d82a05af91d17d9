"""Record that a person reviewed a translation: ``hrbot content review TOPIC LANG --by NAME``.

Writes one line into the topic file, inside the translation, keeping everything else as it is:

    review: {by: "NAME", date: 2026-12-05, en_sha: "...", sha: "..."}

``en_sha`` is the hash of the English title, summary and body as they are now (what the
reviewer read the translation against), ``sha`` the hash of the translation itself.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from bot.library.coverage import translation_line
from bot.library.model import FALLBACK_LANGUAGE


class ReviewError(Exception):
    pass


def review_line(indent: str, by: str, on: date, en_sha: str, sha: str) -> str:
    return (
        f"{indent}review: {{by: {json.dumps(by, ensure_ascii=False)}, date: {on.isoformat()}, "
        f'en_sha: "{en_sha}", sha: "{sha}"}}'
    )


def stamp(path: Path, lang: str, by: str, on: date, en_sha: str, sha: str) -> int:
    """Write (or replace) the ``review:`` line of ``lang`` in the topic file; returns its line."""
    if lang == FALLBACK_LANGUAGE:
        raise ReviewError("English is the original; reviews are recorded on translations")
    by = by.strip()
    if not by or "\n" in by:
        raise ReviewError("--by needs a name (a pseudonym) on one line")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    lang_line = translation_line(path, lang)
    if (
        lang_line < 1
        or lang_line > len(lines)
        or not re.match(rf"^\s+{re.escape(lang)}:\s*$", lines[lang_line - 1])
    ):
        raise ReviewError(f"no `{lang}:` block under `translations:` in {path}")
    existing = translation_line(path, lang, "review")
    if existing != lang_line and re.match(r"^\s+review:", lines[existing - 1]):
        if not lines[existing - 1].rstrip().endswith("}"):
            raise ReviewError(f"{path}:{existing}: the review is not on one line; edit it by hand")
        indent = lines[existing - 1][: len(lines[existing - 1]) - len(lines[existing - 1].lstrip())]
        lines[existing - 1] = review_line(indent, by, on, en_sha, sha)
        at = existing
    else:
        child = next((i for i in range(lang_line, len(lines)) if lines[i].strip()), None)
        if child is None:
            raise ReviewError(f"the `{lang}` translation in {path} is empty")
        indent = lines[child][: len(lines[child]) - len(lines[child].lstrip())]
        lines.insert(lang_line, review_line(indent, by, on, en_sha, sha))
        at = lang_line + 1
    path.write_text("\n".join(lines) + ("\n" if text.endswith("\n") else ""), encoding="utf-8")
    return at
