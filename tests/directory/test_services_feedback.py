"""Anonymous feedback on services: counts only, people counted once, moderators told."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.directory.feedback import FLAG_THRESHOLD, KINDS, Feedback
from bot.privacy import Keyring
from bot.storage.db import Database
from bot.storage.directory import DirectoryRepo
from tests.conftest import MODERATOR_ID, SECRET
from tests.directory.test_near_e2e import ITEM, norm, press_and_wait

# "Now" for the end-to-end tests below, when the service they press is open (open services come
# first in a shortened list, so a closed one may not be listed at all): Friday 27 November 2026,
# 19:00 UTC is 11:00 in Vancouver; 07:00 UTC is 09:00 in Kyiv.
VANCOUVER_OPEN = datetime(2026, 11, 27, 19, 0, tzinfo=UTC)
KYIV_OPEN = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def db(tmp_path: Path):
    database = await Database(tmp_path / "fb.sqlite3").open()
    try:
        yield database
    finally:
        await database.close()


async def test_counts_people_once_and_flags_after_several(db: Database, tmp_path: Path) -> None:
    clock = Clock(NOW)
    feedback = Feedback(DirectoryRepo(db), clock=clock)
    keys = [Keyring(SECRET).user_key(i) for i in range(1, 6)]
    first = await feedback.record(keys[0], "svc-a", "closed")
    assert first.counted and first.flag is None
    again = await feedback.record(keys[0], "svc-a", "closed")
    assert not again.counted  # the same person pressing twice is one report
    second = await feedback.record(keys[1], "svc-a", "closed")
    assert second.counted and second.flag is None
    third = await feedback.record(keys[2], "svc-a", "closed")
    assert third.flag is not None and third.flag.reports == FLAG_THRESHOLD == 3
    fourth = await feedback.record(keys[3], "svc-a", "closed")
    assert fourth.counted and fourth.flag is None  # already flagged within the window
    # other kinds never flag; other services are counted apart
    for key in keys:
        assert (await feedback.record(key, "svc-a", "judgmental")).flag is None
    await feedback.record(keys[0], "svc-b", "closed")
    totals = {(t.service_id, t.kind): t.count for t in await feedback.totals()}
    assert totals == {("svc-a", "closed"): 4, ("svc-a", "judgmental"): 5, ("svc-b", "closed"): 1}
    # after the window a new run of reports flags again
    clock.now = NOW + timedelta(days=20)
    for key in keys[:3]:
        result = await feedback.record(key, "svc-a", "closed")
    assert result.flag is not None
    assert len(await feedback.flags()) == 2
    # nothing stored can be tied to a person
    await db.checkpoint()
    raw = (tmp_path / "fb.sqlite3").read_bytes()
    for key in keys:
        assert key not in raw and key[:12] not in raw


async def test_unknown_kind_is_refused(db: Database) -> None:
    with pytest.raises(ValueError):
        await Feedback(DirectoryRepo(db)).record(b"k" * 32, "svc", "rude")
    assert set(KINDS) == {"helpful", "judgmental", "closed", "out_of_supplies"}


async def test_old_counts_are_purged(db: Database) -> None:
    clock = Clock(NOW - timedelta(days=500))
    feedback = Feedback(DirectoryRepo(db), clock=clock)
    await feedback.record(b"k" * 32, "svc", "helpful")
    clock.now = NOW
    await feedback.record(b"j" * 32, "svc", "helpful")
    assert await feedback.purge(NOW) == 1
    assert [(t.kind, t.count) for t in await feedback.totals()] == [("helpful", 1)]


async def freeze_at(harness, moment: datetime) -> None:
    """Fix the finder's clock at ``moment``, once the directory (loaded after the first poll) is
    there: the list's order depends on what is open now."""
    features = harness.services.features
    if features.finder_loading is not None:
        await asyncio.wait_for(features.finder_loading.wait(), 60)
    assert features.finder is not None, "the service directory did not load"
    features.finder.clock = lambda: moment


def map_button(results: dict, name: str) -> str:
    """The map button of the service called ``name`` (open ones come first, so the nearest
    is not always number 1)."""
    number = next(n for n, found, _d in ITEM.findall(norm(results["text"])) if found == name)
    return f"📍 {number}"


async def test_moderators_are_told_when_several_people_find_it_closed(harness) -> None:
    api = harness.api
    await freeze_at(harness, VANCOUVER_OPEN)
    moderator = api.add_user(user_id=MODERATOR_ID, language_code="ru", first_name="Mod")
    people_service = harness.services.people
    await people_service.set_language(await people_service.resolve(MODERATOR_ID), "ru")
    people = [
        api.add_user(language_code=lang, first_name=f"P{i}")
        for i, lang in enumerate(("en", "es", "uk"))
    ]
    for person in people:
        person.send_location(49.2826, -123.1037)  # at the drug checking drop-in, Vancouver
        results = await person.next_message(timeout=10)
        await person.next_message(timeout=10)  # "I deleted your location message"
        person.press(results, button_text=map_button(results, "Drug Checking Drop-in (sample)"))
        venue = await person.next_message(timeout=10)
        assert venue["venue"]["title"] == "Drug Checking Drop-in (sample)"
        ask = await person.next_message(timeout=10)
        closed = ask["reply_markup"]["inline_keyboard"][1][0]["text"]
        thanks = await press_and_wait(api, person, ask, closed)
        assert "reply_markup" not in thanks  # answered once: the buttons are gone
    notice = await moderator.next_message(timeout=10)
    assert "Drug Checking Drop-in (sample)" in notice["text"]
    assert "3" in notice["text"] and "content/services/vancouver.yaml:" in notice["text"]
    assert "закрыто" in notice["text"]  # in the moderator's language
    # counts only, in the database too
    rows = await harness.services.db.fetchall(
        "SELECT service_id, kind, count FROM service_feedback"
    )
    assert [tuple(r) for r in rows] == [("van-drug-checking", "closed", 3)]


@pytest.fixture
async def harness_with_moderator_chat(fake_api, settings):
    from bot.runner import running_bot
    from tests.conftest import TOKEN, Harness, replace_core

    group = fake_api.add_group("Moderators")
    settings = replace_core(settings, api_url=fake_api.base_url, moderator_chat=group.id)
    async with running_bot(settings, TOKEN) as app:
        yield Harness(app, fake_api, settings), group


async def test_with_a_moderator_chat_the_notice_goes_there(harness_with_moderator_chat) -> None:
    harness, group = harness_with_moderator_chat
    api = harness.api
    await freeze_at(harness, KYIV_OPEN)
    for i in range(FLAG_THRESHOLD):
        person = api.add_user(language_code="en", first_name=f"R{i}")
        person.send_location(50.4617, 30.4823)  # at the Lukianivka OAT site, Kyiv
        results = await person.next_message(timeout=10)
        await person.next_message(timeout=10)
        person.press(
            results,
            button_text=map_button(results, "Lukianivka Opioid Agonist Therapy Site (sample)"),
        )
        await person.next_message(timeout=10)
        ask = await person.next_message(timeout=10)
        await press_and_wait(api, person, ask, "Closed when listed open")
    notice = await api.next_message(group.id, timeout=10)
    assert "Lukianivka Opioid Agonist Therapy Site (sample)" in notice["text"]
    assert "content/services/kyiv.yaml:" in notice["text"]
