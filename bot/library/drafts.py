"""A good peer answer becomes a draft topic file under content/drafts/ for review and translation.

Only the peer's answer goes into the draft (credited to the peer's pseudonym); the asker's
question is not copied, because question texts are kept only inside tickets.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import yaml

from bot.library.model import REQUIRED


def _first_sentence(text: str, limit: int = 250) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip(), re.DOTALL)
    sentence = (match.group(1) if match else text.strip()).replace("\n", " ")
    return sentence[:limit]


def write_draft(content_dir: Path, ticket_id: int, lang: str, answers: list[tuple[str, str]],
                today: date | None = None) -> Path:
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
    path.write_text(text, encoding="utf-8")
    return path
