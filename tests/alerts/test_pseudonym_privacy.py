"""Pseudonyms: not the person's own Telegram name, not a look-alike of another one, and gone
from the audit log and drafts after /forget."""

from __future__ import annotations

import os
import stat
import time
from datetime import timedelta
from pathlib import Path

import pytest

from bot.alerts.invites import fold, looks_like_own_name, skeleton
from bot.library.drafts import forget_author, purge_drafts, write_draft
from tests.alerts.conftest import say
from tests.conftest import Harness


def test_folding_and_look_alikes() -> None:
    assert fold("ＲＩＶＥＲ") == "river"
    assert skeleton("rіver") == skeleton("river")  # Ukrainian і
    assert skeleton("Ѕраrrоw") == skeleton("sparrow")  # Cyrillic letters
    assert skeleton("sparrow") != skeleton("swallow")
    assert looks_like_own_name("Secret_Person", ("secret_person", "Secret", None))
    assert looks_like_own_name("xx-hidden-xx", (None, "Hidden", "Asker"))
    assert looks_like_own_name("ＨＩＤＤＥＮ", (None, "Hidden", None))
    assert not looks_like_own_name("owl", ("al", "Al", None))  # too short a name to compare
    assert not looks_like_own_name("kestrel", ("hidden_asker", "Hidden", "Asker"))


@pytest.mark.asyncio(loop_scope="module")
async def test_own_name_and_look_alikes_are_refused(relaxed: Harness, moderators) -> None:
    api = relaxed.api
    river, _ = moderators
    answer = await say(api, river, "/invite", expect="start=inv-")
    code = answer["text"].split("start=inv-", 1)[1].split()[0]
    newcomer = api.add_user(
        language_code="en", first_name="Marisol", last_name="Quintana", username="mq_1987"
    )
    await say(api, newcomer, f"/start inv-{code}")
    for bad, why in (
        ("Marisol", "your Telegram name"),
        ("mq_1987", "your Telegram name"),
        ("the-quintana", "your Telegram name"),
        ("МАRISOL", "your Telegram name"),
        ("rіver", "already uses"),
        ("RIVER", "already uses"),
        ("ｒｉｖｅｒ", "already uses"),
    ):
        reply = await say(api, newcomer, bad)
        assert why in reply["text"], (bad, reply["text"])
    done = await say(api, newcomer, "kestrel")
    assert "verified peer" in done["text"]
    # Nothing of the names was stored.
    raw = b"".join(
        p.read_bytes() for p in relaxed.settings.core.database.parent.glob("hrbot.sqlite3*")
    )
    for secret in (b"Marisol", b"Quintana", b"mq_1987"):
        assert secret not in raw


def test_drafts_are_private_expire_and_forget_their_author(tmp_path: Path) -> None:
    path = write_draft(
        tmp_path, 7, "en", [("heron-peer", "Drink water and rest."), ("owl-peer", "Eat something.")]
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert forget_author(tmp_path, "heron-peer") == 1
    text = path.read_text()
    assert "heron-peer" not in text and "owl-peer" in text and "- peer" in text
    assert text.startswith("# Draft from a peer answer")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert purge_drafts(tmp_path, timedelta(days=30)) == 0
    old = time.time() - 31 * 86400
    os.utime(path, (old, old))
    assert purge_drafts(tmp_path, timedelta(days=30)) == 1
    assert not path.exists()
