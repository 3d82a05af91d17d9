"""``hrbot content stats``: which topics need work and what people ask that the library lacks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.library.loader import load_library
from bot.library.model import Library
from bot.privacy import Keyring
from bot.storage.audit import AuditLog
from bot.storage.db import Database
from bot.storage.library import LibraryRepo


async def collect_stats(settings: Settings, days: int = 30) -> dict[str, Any]:
    from bot.library.service import LibraryService

    assert settings.core.secret_key
    db = await Database(settings.core.database).open()
    try:
        repo = LibraryRepo(db)
        service = LibraryService(
            settings.core.content_dir, repo, AuditLog(db), Keyring(settings.core.secret_key)
        )
        library, _ = load_library(Path(settings.core.content_dir))
        topics: list[dict[str, Any]] = []
        for topic_id, lang, shown, helpful, not_helpful in await repo.feedback():
            votes = helpful + not_helpful
            topics.append(
                {
                    "topic": topic_id,
                    "lang": lang,
                    "shown": shown,
                    "helpful": helpful,
                    "not_helpful": not_helpful,
                    "helpful_share": round(helpful / votes, 2) if votes else None,
                    "exists": topic_id in library.topics,
                }
            )
        topics.sort(
            key=lambda t: (t["helpful_share"] if t["helpful_share"] is not None else 2, -t["shown"])
        )
        unanswered = [
            {"question": q, "lang": lang, "count": n}
            for q, lang, n in await service.unanswered(days)
        ]
        withdrawn = sorted(await repo.withdrawn("topic")) + sorted(await repo.withdrawn("combo"))
        missing = {
            lang: sorted(t.id for t in library.topics.values() if lang not in t.translations)
            for lang in ("en", "ru", "uk", "es")
        }
        return {
            "waiting_for_review": review_report(library),
            "topics": topics,
            "unanswered": unanswered,
            "withdrawn": withdrawn,
            "tickets": await repo.ticket_counts(),
            "missing_translations": {k: v for k, v in missing.items() if v},
            "translations": sum(
                len(t.translations) - ("en" in t.translations) for t in library.topics.values()
            ),
            "days": days,
        }
    finally:
        await db.close()


def review_report(library: Library) -> dict[str, list[dict[str, Any]]]:
    """Translations waiting for review, per language: {lang: [{topic, state, by, on}]}."""
    from bot.library.coverage import waiting_by_language

    return {
        lang: [
            {
                "topic": s.topic,
                "state": s.state,
                "by": s.by or None,
                "date": s.on.isoformat() if s.on else None,
            }
            for s in states
        ]
        for lang, states in waiting_by_language(library).items()
    }


def format_reviews(waiting: dict[str, list[dict[str, Any]]], total: int) -> list[str]:
    why = {
        "unreviewed": "never reviewed",
        "english-changed": "English changed since review",
        "translation-changed": "changed since review",
    }
    lines = [
        "Translations waiting for review (hrbot content review TOPIC LANG --by NAME once a person read one):"
    ]
    if not waiting:
        lines.append(f"  (none: all {total} translations reviewed against the current English)")
    for lang, items in waiting.items():
        lines.append(f"  {lang}: {len(items)} waiting")
        for item in items:
            last = f" (last: {item['by']}, {item['date']})" if item["by"] else ""
            lines.append(f"    {item['topic']:<32} {why.get(item['state'], item['state'])}{last}")
    return lines


def format_stats(report: dict[str, Any]) -> str:
    lines = format_reviews(report.get("waiting_for_review", {}), report.get("translations", 0)) + [
        ""
    ]
    lines.append("Topics by feedback (least helpful first):")
    if not report["topics"]:
        lines.append("  (no feedback yet)")
    for t in report["topics"]:
        share = "-" if t["helpful_share"] is None else f"{int(t['helpful_share'] * 100)}%"
        lines.append(
            f"  {t['topic']:<32} {t['lang']}  shown {t['shown']:>5}  helpful {t['helpful']:>4}  "
            f"not helpful {t['not_helpful']:>4}  ({share} helpful)"
        )
    lines.append("")
    lines.append(
        f"Questions the library could not answer (last {report['days']} days, most frequent first):"
    )
    if not report["unanswered"]:
        lines.append("  (none)")
    for q in report["unanswered"]:
        lines.append(f"  {q['count']:>4} x [{q['lang']}] {q['question']}")
    lines.append("")
    lines.append("Withdrawn: " + (", ".join(report["withdrawn"]) or "(none)"))
    lines.append(
        "Questions to peers: "
        + (", ".join(f"{k} {v}" for k, v in sorted(report["tickets"].items())) or "(none)")
    )
    for lang, ids in report["missing_translations"].items():
        lines.append(f"Missing {lang} translation: {', '.join(ids)}")
    return "\n".join(lines)
