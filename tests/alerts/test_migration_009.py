"""Migration 009 (alert texts) is forward-only and keeps what was stored before it: an alert
written by the 006-008 schemas reads back with empty structured fields and no translations,
renders exactly as before, and invites gain their hold columns empty."""

from __future__ import annotations

from pathlib import Path

from bot.alerts.card import render_card
from bot.i18n import I18n
from bot.storage.alerts import AlertsRepo
from bot.storage.db import Database, available_migrations


async def test_an_alert_stored_before_009_survives_the_upgrade(tmp_path: Path) -> None:
    before = max(m.version for m in available_migrations() if m.version < 9)
    db = await Database(tmp_path / "old.sqlite3").open(migrate=False)
    try:
        await db.migrate(upto=before)
        await db.execute(
            "INSERT INTO alerts(state, severity, region_id, sold_as, sold_as_free, found, found_free, evidence, "
            "appearance, effects, advice, advice_free, created_at, expires_at, reporter_name, reporter_lang) "
            "VALUES ('approved', 'caution', 'ua-lviv-oblast-lviv', 'heroin', 0, '[\"fentanyl\"]', '', "
            "'test-strip', 'white powder', 'smoked', '[\"carry-naloxone\"]', '', "
            "'2026-12-01T10:00:00+00:00', '2026-12-08T10:00:00+00:00', 'wren', 'ru')"
        )
        await db.execute(
            "INSERT INTO invites(code_hash, created_by, created_at, expires_at) VALUES "
            "(zeroblob(32), 'river', '2026-12-01T10:00:00+00:00', '2026-12-03T10:00:00+00:00')"
        )
        applied = await db.migrate()
        assert "009_alert_texts.sql" in applied
        alert = (await AlertsRepo(db).list_alerts())[0]
        assert (alert.form, alert.colour, alert.imprint, alert.signs) == ("", "", "", [])
        assert alert.texts == {} and alert.changes == {} and alert.correction_lang == ""
        assert alert.source_lang == "ru"  # the reporter's language, now the typed words' language
        row = await db.fetchone("SELECT reserved_by, reserved_until FROM invites")
        assert tuple(row) == (None, None)
    finally:
        await db.close()
    tr = I18n().translator("en")
    card = render_card(alert, tr, "Lviv")
    # Typed in Russian, read in English: labelled with its language instead of passing as English.
    assert "reporter's words (original language: Russian)" in card and "«white powder»" in card
    assert "<b>Looks like:</b>" in card and "<b>Effects seen:</b>" in card
