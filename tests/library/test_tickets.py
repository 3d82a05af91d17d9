"""Tickets, retention, blocks, re-pings, feedback and unanswered counts, without Telegram."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.container import Services
from bot.library.config import LibrarySettings, PeerHours, PeerSettings
from bot.library.drafts import write_draft
from bot.library.feature import LibraryFeature
from bot.library.stats import collect_stats, format_stats
from bot.library.tickets import TEXT_PURPOSE
from bot.people import Person
from tests.conftest import MODERATOR_ID, make_settings

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday


class Messenger:
    def __init__(self) -> None:
        self.sent: list[tuple[int, str, list]] = []
        self.edits: list[tuple[int, int, str]] = []

    async def send(self, chat_id: int, text: str, buttons=None) -> int:
        self.sent.append((chat_id, text, buttons or []))
        return len(self.sent)

    async def edit(self, chat_id: int, message_id: int, text: str, buttons=None) -> None:
        self.edits.append((chat_id, message_id, text))

    def to(self, chat_id: int) -> list[str]:
        return [text for c, text, _ in self.sent if c == chat_id]


@pytest.fixture
async def lib(tmp_path: Path, content_dir: Path):
    settings = make_settings(tmp_path, content_dir=content_dir)
    services = await Services.create(settings)
    config = LibrarySettings(poll_seconds=0)
    peers = PeerSettings(hours=PeerHours.parse("Mo-Fr 10:00-20:00", "UTC"), max_open=2)
    feature = LibraryFeature(services, config, peers)
    await feature.start()
    services.features.library = feature
    feature.attach(Messenger())
    try:
        yield feature
    finally:
        await services.close()


async def person(feature: LibraryFeature, telegram_id: int) -> Person:
    return await feature.services.people.resolve(telegram_id)


async def test_ticket_round_trip_keeps_texts_sealed(lib: LibraryFeature) -> None:
    asker = await person(lib, 5001)
    outcome = await lib.desk.ask(asker, "is it ok to mix x and y", "en", now=NOW)
    assert outcome.status == "ok" and outcome.delivered == 1
    messenger: Messenger = lib.desk.messenger  # type: ignore[assignment]
    assert "mix x and y" in messenger.to(MODERATOR_ID)[0]
    rows = await lib.services.db.fetchall("SELECT sealed FROM library_ticket_messages")
    assert b"mix x and y" not in bytes(rows[0][0])
    assert (
        lib.services.keyring.open_text(bytes(rows[0][0]), TEXT_PURPOSE) == "is it ok to mix x and y"
    )
    raw = await lib.services.db.fetchall("SELECT sealed_chat FROM library_tickets")
    assert str(5001).encode() not in bytes(raw[0][0])
    peer = await person(lib, MODERATOR_ID)
    assert await lib.desk.claim(outcome.ticket_id, peer, now=NOW) == "claimed"
    assert await lib.desk.claim(outcome.ticket_id, await person(lib, 5002), now=NOW) == "taken"
    assert await lib.desk.reply(outcome.ticket_id, peer, "Answer text", now=NOW) == "sent"
    assert any("Answer text" in t for t in messenger.to(5001))
    assert await lib.desk.reply(outcome.ticket_id, asker, "follow-up", now=NOW) == "sent"
    assert any("follow-up" in t for t in messenger.to(MODERATOR_ID))
    stranger = await person(lib, 5003)
    assert await lib.desk.reply(outcome.ticket_id, stranger, "hi", now=NOW) == "denied"
    assert await lib.desk.close(outcome.ticket_id, asker, now=NOW) == "closed_now"
    # texts are deleted with the ticket after the retention window
    assert await lib.desk.purge(NOW + timedelta(days=13)) == 0
    assert await lib.desk.purge(NOW + timedelta(days=15)) == 1
    assert await lib.services.db.fetchall("SELECT * FROM library_ticket_messages") == []


async def test_limits_blocks_and_forget(lib: LibraryFeature) -> None:
    asker = await person(lib, 6001)
    first = await lib.desk.ask(asker, "one", "ru", now=NOW)
    await lib.desk.ask(asker, "two", "ru", now=NOW)
    assert (await lib.desk.ask(asker, "three", "ru", now=NOW)).status == "limit"
    peer = await person(lib, MODERATOR_ID)
    assert await lib.desk.block(first.ticket_id, peer, now=NOW)
    assert (await lib.desk.ask(asker, "again", "ru", now=NOW)).status == "blocked"
    entries = await lib.services.audit.recent(action_prefix="library.ticket")
    assert (
        entries[0].action == "library.ticket.block" and entries[0].subject == f"#{first.ticket_id}"
    )
    await lib.services.people.forget(asker)
    assert await lib.services.db.fetchall("SELECT * FROM library_tickets") == []
    assert await lib.services.db.fetchall("SELECT * FROM library_blocks") == []
    # /forget erases the person, but not the block: it lives on under a token that matches no
    # other row (not the user key), and ends when the block ends.
    again = await person(lib, 6001)
    assert (await lib.desk.ask(again, "after forget", "ru", now=NOW)).status == "blocked"
    tokens = [bytes(r[0]) for r in await lib.services.db.fetchall("SELECT token FROM ask_limits")]
    assert again.key[:16] not in tokens and all(len(t) == 16 for t in tokens)
    later = NOW + timedelta(days=lib.peers.block_days, hours=2)
    await lib.desk.purge_limits(later)
    assert (await lib.desk.ask(again, "much later", "ru", now=later)).status == "ok"


async def test_a_peer_who_gave_a_question_back_cannot_block_its_asker(lib: LibraryFeature) -> None:
    asker = await person(lib, 6101)
    ticket = await lib.desk.ask(asker, "a question", "en", now=NOW)
    peer = await person(lib, 6102)
    await lib.services.people.grant(peer, "peer", "wren-peer", actor="test")
    peer = await person(lib, 6102)
    assert await lib.desk.claim(ticket.ticket_id, peer, now=NOW) == "claimed"
    assert await lib.desk.release(ticket.ticket_id, peer)
    assert not await lib.desk.block(ticket.ticket_id, peer, now=NOW)
    assert (await lib.desk.ask(asker, "another", "en", now=NOW)).status == "ok"


async def test_daily_question_cap_survives_forget(lib: LibraryFeature) -> None:
    from bot.library.tickets import ASKS_PER_DAY

    asker = await person(lib, 6201)
    for n in range(ASKS_PER_DAY):
        outcome = await lib.desk.ask(asker, f"question {n}", "en", now=NOW)
        assert outcome.status in ("ok", "limit")
        if outcome.status == "ok":
            await lib.desk.close(outcome.ticket_id, asker, now=NOW)
        await lib.services.people.forget(asker)
        asker = await person(lib, 6201)
    assert (await lib.desk.ask(asker, "one more", "en", now=NOW)).status == "limit"
    assert (await lib.desk.ask(asker, "next day", "en", now=NOW + timedelta(days=1))).status == "ok"


async def test_questions_never_closed_are_closed_after_a_limit(lib: LibraryFeature) -> None:
    from bot.library.tickets import STALE_TICKET_AGE

    asker = await person(lib, 6301)
    outcome = await lib.desk.ask(asker, "nobody answers this", "en", now=NOW)
    assert await lib.desk.close_stale(NOW + STALE_TICKET_AGE - timedelta(hours=2)) == 0
    assert await lib.desk.close_stale(NOW + STALE_TICKET_AGE + timedelta(hours=2)) == 1
    ticket = await lib.repo.ticket(outcome.ticket_id)
    assert ticket.status == "closed" and ticket.closed_by == "system"
    messenger: Messenger = lib.desk.messenger  # type: ignore[assignment]
    assert any("no peer could finish answering" in t for t in messenger.to(6301))
    assert await lib.desk.reping(NOW + STALE_TICKET_AGE + timedelta(days=1)) == 0


async def test_reping_tells_the_asker_honestly_when_to_expect_an_answer(
    lib: LibraryFeature,
) -> None:
    asker = await person(lib, 7001)
    friday_night = datetime(2026, 11, 27, 21, 0, tzinfo=UTC)
    outcome = await lib.desk.ask(asker, "question at night", "en", now=friday_night)
    assert (
        "The next time is" in outcome.expectation and "Monday, November 30" in outcome.expectation
    )
    messenger: Messenger = lib.desk.messenger  # type: ignore[assignment]
    assert await lib.desk.reping(friday_night + timedelta(minutes=30)) == 0
    assert await lib.desk.reping(friday_night + timedelta(minutes=61)) == 1
    assert any("Still waiting: question #" in t for t in messenger.to(MODERATOR_ID))
    told = [t for t in messenger.to(7001) if "No peer has picked up" in t]
    assert len(told) == 1
    await lib.desk.reping(friday_night + timedelta(minutes=125))
    assert len([t for t in messenger.to(7001) if "No peer has picked up" in t]) == 1


async def test_feedback_unanswered_and_stats(
    lib: LibraryFeature, capsys: pytest.CaptureFixture[str]
) -> None:
    service = lib.service
    await service.count("naloxone", "ru", "shown")
    await service.count("naloxone", "ru", "not_helpful")
    await service.record_unanswered("Call me at +38 050 123 45 67 about my cat", "en")
    await service.record_unanswered("call me at +1 555 000 1111 about my cat!", "en")
    unanswered = await service.unanswered()
    assert unanswered == [("call me at # about my cat", "en", 2)]
    rows = await lib.services.db.fetchall("SELECT sealed FROM library_unanswered")
    assert all(b"cat" not in bytes(r[0]) for r in rows)
    assert await service.purge_unanswered(datetime.now(UTC) + timedelta(days=31)) == 1
    report = await collect_stats(lib.services.settings)
    assert report["topics"][0]["topic"] == "naloxone" and report["topics"][0]["not_helpful"] == 1
    assert "naloxone" in format_stats(report)


async def test_withdraw_survives_a_reload(lib: LibraryFeature) -> None:
    assert await lib.service.withdraw("naloxone", "mod")
    assert lib.service.visible("naloxone") is None
    assert (await lib.reload()).ok
    assert lib.service.visible("naloxone") is None
    assert all(h.topic_id != "naloxone" for h in lib.service.search("narcan", "en"))
    assert await lib.service.withdraw("opioids+benzodiazepines", "mod")
    checker = lib.service.checker
    answer = lib.service.combo(checker.resolve("heroin"), checker.resolve("xanax"))
    assert answer.risk == "unknown"
    assert await lib.service.republish("benzodiazepines+opioids", "mod")
    assert (
        lib.service.combo(checker.resolve("heroin"), checker.resolve("xanax")).risk == "dangerous"
    )
    assert not await lib.service.withdraw("no-such-topic", "mod")


def test_draft_credits_the_peer_and_leaves_out_the_question(tmp_path: Path) -> None:
    path = write_draft(tmp_path, 12, "ru", [("river", "Ответ консультанта. Второе предложение.")])
    text = path.read_text(encoding="utf-8")
    assert path.name == "draft-ticket-12.yaml" and "status: draft" in text and "- river" in text
    assert "Ответ консультанта." in text
    with pytest.raises(ValueError):
        write_draft(tmp_path, 13, "ru", [])


def test_peer_hours_parse() -> None:
    hours = PeerHours.parse("Mo-Fr 10:00-20:00; Sa 12:00-16:00", "Europe/Kyiv")
    assert hours.is_open(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))  # 12:00 in Kyiv
    assert not hours.is_open(datetime(2026, 11, 29, 12, 0, tzinfo=UTC))  # Sunday
    from bot.config import ConfigError

    with pytest.raises(ConfigError):
        PeerHours.parse("weekdays 9-5")


async def test_changed_broken_files_are_refused_and_moderators_told(lib: LibraryFeature) -> None:
    path = lib.service.content_dir / "topics" / "naloxone.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("category: overdose", "category: overdoze"),
        encoding="utf-8",
    )
    assert lib.service.changed()
    result = await lib.reload(notify=True)
    assert not result.ok
    messenger: Messenger = lib.desk.messenger  # type: ignore[assignment]
    report = messenger.to(MODERATOR_ID)[-1]
    assert "naloxone.yaml:2:11: error: unknown category `overdoze`" in report
    assert lib.service.visible("naloxone") is not None  # still serving the last good content
    await lib.reload(notify=True)  # the same broken files are not reported twice
    assert len(messenger.to(MODERATOR_ID)) == 1


async def test_forget_of_a_peer_clears_their_chat_from_claimed_tickets(lib: LibraryFeature) -> None:
    asker = await person(lib, 8001)
    outcome = await lib.desk.ask(asker, "q", "en", now=NOW)
    peer = await person(lib, MODERATOR_ID)
    await lib.desk.claim(outcome.ticket_id, peer, now=NOW)
    await lib.forget(peer)
    await lib.services.people.forget(peer)
    ticket = await lib.repo.ticket(outcome.ticket_id)
    assert ticket.peer_chat is None and ticket.peer_name is None and ticket.peer_key is None


async def test_long_threads_still_fit_one_telegram_message(lib: LibraryFeature) -> None:
    from bot.sandbox.tghtml import parse_html

    asker = await person(lib, 9001)
    outcome = await lib.desk.ask(asker, "<b>" + "long question & more " * 90, "en", now=NOW)
    for _ in range(3):
        assert (
            await lib.desk.reply(outcome.ticket_id, asker, "follow-up " * 190, now=NOW) == "queued"
        )
    ticket = await lib.repo.ticket(outcome.ticket_id)
    await lib.desk.announce(ticket, again=True)
    messenger: Messenger = lib.desk.messenger  # type: ignore[assignment]
    for text in messenger.to(MODERATOR_ID):
        plain, _ = parse_html(text)
        assert len(plain) <= 4096 and "<b>long" in plain


async def test_counters_are_batched_off_the_reply_path(lib: LibraryFeature) -> None:
    service = lib.service
    await service.count("naloxone", "en", "shown")
    await service.count("naloxone", "en", "shown")
    await service.record_unanswered("where is the nearest pizza place", "en")
    # Nothing written yet: the reply did not wait for a write transaction.
    assert await lib.services.db.fetchall("SELECT * FROM library_feedback") == []
    assert await lib.services.db.fetchall("SELECT * FROM library_unanswered") == []
    assert await service.flush() == 2
    rows = await lib.services.db.fetchall("SELECT topic_id, lang, shown FROM library_feedback")
    assert [tuple(r) for r in rows] == [("naloxone", "en", 2)]
    await service.count("naloxone", "en", "helpful")
    await lib.close()  # shutdown writes what is left
    row = await lib.services.db.fetchone("SELECT shown, helpful FROM library_feedback")
    assert tuple(row) == (2, 1)
    with pytest.raises(ValueError):
        await service.count("naloxone", "en", "bogus")


async def test_a_quick_start_swaps_in_the_full_index(
    tmp_path, monkeypatch, fresh_search_indexes
) -> None:
    """With HRBOT_SEARCH_QUICK_START on, the first index has no Ukrainian lemmatizer and the
    full one replaces it in the background (the bot answers meanwhile). Both are built here
    (``fresh_search_indexes``): a full index another test left in the shared cache would replace
    the quick one before the test could look at it."""
    import asyncio
    import secrets

    from bot.library.search import SearchConfig
    from bot.library.service import LibraryService
    from bot.privacy import Keyring
    from bot.storage.audit import AuditLog
    from bot.storage.db import Database
    from bot.storage.library import LibraryRepo
    from tests.conftest import ROOT

    db = await Database(tmp_path / "q.sqlite3").open()
    try:
        service = LibraryService(
            ROOT / "content",
            LibraryRepo(db),
            AuditLog(db),
            Keyring(secrets.token_urlsafe(48)),
            SearchConfig(embeddings=False),
            quick_start=True,
        )
        assert (await service.load()).ok
        quick = service.index
        assert quick.analyzer("uk").backend == "quick"
        assert service.search("як користуватися налоксоном", "uk")  # answers before the swap
        for _ in range(200):
            if service.index is not quick:
                break
            await asyncio.sleep(0.05)
        assert service.index is not quick and service.index.analyzer("uk").backend == "default"
        assert (await service.load()).ok  # a later load builds the full index directly
        assert service.index.analyzer("uk").backend == "default"
    finally:
        await db.close()


async def test_a_question_asked_again_is_answered_from_memory_until_anything_changes(
    lib: LibraryFeature,
) -> None:
    service = lib.service
    lib.services.polling.set()  # the bot polls: the index is built (search waits for it)
    await service.embeddings_ready()
    first = await service.search_async("how does narcan work", "en")
    assert first and first[0].topic_id == "naloxone"
    index = service.index
    assert index is not None
    searched: list[str] = []
    original = index.search

    def counted(query, *args, **kwargs):
        searched.append(query)
        return original(query, *args, **kwargs)

    index.search = counted  # type: ignore[method-assign]
    assert await service.search_async("how does narcan work", "en") == first
    assert service.search("how does narcan work", "en") == first
    assert searched == []  # the same words: no second search
    await service.search_async("how does narcan work", "es")  # another language: searched
    assert searched == ["how does narcan work"]
    # a withdrawn topic is never answered from memory
    assert await service.withdraw("naloxone", "mod")
    again = await service.search_async("how does narcan work", "en")
    assert all(h.topic_id != "naloxone" for h in again)
    assert len(searched) == 2
    assert await service.republish("naloxone", "mod")
    assert (await service.search_async("how does narcan work", "en")) == first
    # a reload builds a new index: nothing remembered from the old one
    assert (await lib.reload()).ok
    assert service._answers_for is None or service._answers_for[0] is service.index


async def test_free_text_is_routed_before_and_after_the_bot_polls(lib: LibraryFeature) -> None:
    """The message router (bot.library.intent) waits for the first poll like the index; a
    message that comes sooner builds it on the spot, and the background build after the poll
    keeps that one (issue 14: a light start)."""
    service = lib.service
    assert not lib.services.polling.is_set()
    assert service._router is None  # nothing built before the bot polls
    from bot.library.intent import Router

    text = "can I mix mdma and alcohol"
    assert service.route("/start", "en").kind == "command"
    assert service.route(text, "en") == Router(service.checker, service.lexicon).route(text, "en")
    early = service._router
    assert early is not None and early.checker is service.checker
    lib.services.polling.set()
    await service.embeddings_ready()
    assert service.router is early
    assert service.route("/help", "en").kind == "command"
    assert (await service.load()).ok  # a reload makes a router for the new content
    assert service.router is not early and service.router.checker is service.checker
