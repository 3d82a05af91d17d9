"""A good peer answer becomes a draft topic file under content/drafts/ for review and translation.

Only the peer's answer goes into the draft (credited to the peer's pseudonym); the asker's
question is not copied, because question texts are kept only inside tickets.

Drafts are data, not published content: they are written readable by the owner only (0600),
deleted ``DRAFT_RETENTION`` after they were last changed (a moderator who publishes one moves
it to content/topics/ first), and a peer's /forget replaces their pseudonym in them by "peer".
"""

from __future__ import annotations

import os
import re
import time
from datetime import date, timedelta
from pathlib import Path

import yaml

from bot import yamlstrict
from bot.library.model import REQUIRED


def _first_sentence(text: str, limit: int = 250) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip(), re.DOTALL)
    sentence = (match.group(1) if match else text.strip()).replace("\n", " ")
    return sentence[:limit]


def write_draft(
    content_dir: Path,
    ticket_id: int,
    lang: str,
    answers: list[tuple[str, str]],
    today: date | None = None,
) -> Path:
    """Write ``content/drafts/ticket-<n>.yaml``; returns its path. Raises ValueError without answers."""
    if not answers:
        raise ValueError("this ticket has no peer answer yet")
    today = today or date.today()
    authors = list(dict.fromkeys(name for name, _ in answers if name))
    body = "\n\n".join(text.strip() for _, text in answers)
    topic_id = f"draft-ticket-{ticket_id}"
    translation = {
        "title": "TODO: a short title",
        "summary": _first_sentence(body),
        "body": body + "\n",
        "keywords": [],
    }
    data = {
        "id": topic_id,
        "category": "TODO",
        "tags": [],
        "status": "draft",
        "reviewed": today.isoformat(),
        "authors": authors or ["peer"],
        "related": [],
        "sources": [],
        "translations": {lang: translation},
    }
    header = (
        f"# Draft from a peer answer to question #{ticket_id} ({today.isoformat()}).\n"
        "# To publish: choose a category, write a title, check the facts, add at least one reputable\n"
        f"# source, translate into {', '.join(l for l in REQUIRED if l != lang)}, rename the file to the\n"
        "# topic id, move it to content/topics/ and run `hrbot content check`.\n"
    )
    folder = Path(content_dir) / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{topic_id}.yaml"
    text = header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    _write_private(path, text)
    return path


DRAFT_RETENTION = timedelta(days=30)
_DRAFT_NAME = re.compile(r"^draft-ticket-\d+\.yaml$")


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an older file may have been created 0644
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def _drafts(content_dir: Path) -> list[Path]:
    folder = Path(content_dir) / "drafts"
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if _DRAFT_NAME.match(p.name) and p.is_file()]


def purge_drafts(
    content_dir: Path, older_than: timedelta = DRAFT_RETENTION, now: float | None = None
) -> int:
    """Delete generated drafts not changed for ``older_than`` (the retention rule)."""
    cutoff = (now if now is not None else time.time()) - older_than.total_seconds()
    removed = 0
    for path in _drafts(content_dir):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def forget_author(content_dir: Path, pseudonym: str) -> int:
    """/forget by a peer: their pseudonym leaves every generated draft (credited to "peer")."""
    changed = 0
    for path in _drafts(content_dir):
        doc = yamlstrict.load(path)  # drafts can be edited by hand: parse them with the limits
        data = doc.data if not doc.problems else None
        authors = data.get("authors") if isinstance(data, dict) else None
        if not isinstance(data, dict) or not isinstance(authors, list) or pseudonym not in authors:
            continue
        data["authors"] = list(dict.fromkeys("peer" if a == pseudonym else a for a in authors))
        header = "".join(
            line + "\n"
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("#")
        )
        _write_private(
            path, header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        )
        changed += 1
    return changed
