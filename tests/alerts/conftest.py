"""Fixtures for the alerts flow: two configured moderators, alert settings per test, and
helpers that act like a person pressing buttons in Telegram (through the fake Bot API)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from bot.clock import ScaledClock
from bot.handlers.base import FloodGate
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from bot.sandbox.fakeapi.model import FakeUser
from tests.conftest import (
    MODERATOR_ID,
    TOKEN,
    Harness,
    buttons,
    harness_of,
    make_settings,
    replace_core,
)

MODERATOR2_ID = 900002
ALERT_ENV = {
    "HRBOT_INVITE_HOURS": "48",
    "HRBOT_REPORTS_PER_DAY": "5",
    "HRBOT_APPROVALS": "information=1,caution=1,warning=2",
    "HRBOT_REPORT_TIMEOUT": "30",
}


# -- acting like a person ---------------------------------------------------------------------------
def find_button(message: dict[str, Any], contains: str) -> str:
    """The text of the first button whose label contains ``contains``."""
    for text in buttons(message):
        if contains in text:
            return text
    raise AssertionError(f"no button containing {contains!r} in {buttons(message)}")


def _drain(user: FakeUser, message_id: int) -> None:
    """Take messages up to ``message_id`` out of the person's inbox (they were seen)."""
    while True:
        queued = user.chat.inbox.get_nowait()
        if queued is None or queued["message_id"] >= message_id:
            return


async def after(
    api: FakeBotAPI,
    chat_id: int,
    action: Any,
    timeout: float = 5.0,
    expect: str | tuple[str, ...] | None = None,
    edited: int | None = None,
) -> dict[str, Any]:
    """Do ``action`` and return the first new message the bot sends in ``chat_id``, or the
    edit of message ``edited`` (whose text contains ``expect``, when given: other notices,
    such as delivery progress, may arrive meanwhile)."""

    def wanted(event: dict[str, Any]) -> bool:
        if event.get("chat_id") != chat_id:
            return False
        if event["type"] == "edit":
            if edited is None or event["message"]["message_id"] != edited:
                return False
        elif event["type"] != "message":
            return False
        if expect is None:
            return True
        text = event["message"].get("text") or ""
        return any(e in text for e in ((expect,) if isinstance(expect, str) else expect))

    future = api.wait_for(wanted, timeout)
    action()
    event = await future
    return event["message"]


async def press(
    api: FakeBotAPI, user: FakeUser, message: dict[str, Any], label: str, exact: bool = False
) -> dict[str, Any]:
    """Press the button labelled (or containing) ``label``; the message the bot shows next."""
    text = label if exact else find_button(message, label)
    shown = await _pressed(api, message, lambda: user.press(message, button_text=text))
    if message["chat"]["id"] == user.id:
        _drain(user, shown["message_id"])
    return shown


async def _pressed(
    api: FakeBotAPI, message: dict[str, Any], action: Any, timeout: float = 5.0
) -> dict[str, Any]:
    """What a press shows: the edit of the pressed message, else a new message in its chat.

    A new message is only taken if no edit of the pressed message follows by the time the bot
    is idle (or, without a harness, shortly): other notices (delivery progress, reviews) can
    land in the same chat at any time."""
    chat_id, message_id = message["chat"]["id"], message["message_id"]
    harness = harness_of(api)
    queue = api.subscribe()

    def edit_of_pressed(event: dict[str, Any]) -> bool:
        return (
            event.get("chat_id") == chat_id
            and event["type"] == "edit"
            and event["message"]["message_id"] == message_id
        )

    try:
        action()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        fresh: dict[str, Any] | None = None
        grace = deadline
        while True:
            wait = (deadline if fresh is None else min(deadline, grace)) - loop.time()
            try:
                event = await asyncio.wait_for(queue.get(), max(0.01, wait))
            except TimeoutError:
                if fresh is not None:
                    return fresh
                raise
            if event.get("chat_id") != chat_id:
                continue
            if edit_of_pressed(event):
                return event["message"]
            if event["type"] == "message" and fresh is None:
                fresh = event["message"]
                grace = loop.time() + 0.3
                if harness is not None:
                    await harness.idle(updates_only=True)  # the press is handled
                    while not queue.empty():
                        later = queue.get_nowait()
                        if edit_of_pressed(later):
                            return later["message"]
                    return fresh
    finally:
        api.unsubscribe(queue)


async def press_answer(api: FakeBotAPI, user: FakeUser, message: dict[str, Any], label: str) -> str:
    """Press a button and return the callback answer text (a toast or an alert)."""
    text = find_button(message, label)
    return await answer_to(api, lambda: user.press(message, button_text=text))


async def answer_to(api: FakeBotAPI, action: Any, timeout: float = 5.0) -> str:
    """Run ``action`` (a press returning its query id); the text the bot answered it with."""
    answers: dict[str, str] = {}
    waiter = api.subscribe()
    try:
        query_id = action()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while query_id not in answers:
            event = await asyncio.wait_for(waiter.get(), max(0.01, deadline - loop.time()))
            if event["type"] == "callback_answer":
                answers[event["query_id"]] = event.get("text") or ""
        return answers[query_id]
    finally:
        api.unsubscribe(waiter)


async def say(
    api: FakeBotAPI, user: FakeUser, text: str, expect: str | tuple[str, ...] | None = None
) -> dict[str, Any]:
    """Send a text (or command) and return the bot's next message in the private chat."""
    if text.startswith("/"):
        command, _, args = text.partition(" ")
        shown = await after(api, user.id, lambda: user.send_command(command, args), expect=expect)
    else:
        shown = await after(api, user.id, lambda: user.send_text(text), expect=expect)
    _drain(user, shown["message_id"])
    return shown


async def quiet(user: FakeUser, seconds: float | None = None) -> list[dict[str, Any]]:
    """Messages the person got until the bot is idle (it has handled everything sent to it and
    its alert sender has nothing left): used to check that nothing else came. ``seconds``: a
    fixed wait instead, only for a fake server without a harness."""
    harness = harness_of(user.api)
    if harness is not None:
        await harness.idle()
    else:
        await asyncio.sleep(0.3 if seconds is None else seconds)
    found = []
    while (message := user.chat.inbox.get_nowait()) is not None:
        found.append(message)
    return found


# -- people with roles ----------------------------------------------------------------------------------
async def named_moderator(harness: Harness, user_id: int, name: str, lang: str = "en") -> FakeUser:
    """A person from HRBOT_MODERATORS who has chosen a pseudonym through the bot."""
    api = harness.api
    user = api.add_user(user_id=user_id, language_code=lang)
    prompt = await say(api, user, "/moderate")
    assert "pseudonym" in prompt["text"].lower() or "псевдоним" in prompt["text"].lower()
    done = await say(api, user, name)
    assert name in done["text"]
    return user


async def invited_peer(
    harness: Harness, moderator: FakeUser, name: str, lang: str = "en"
) -> FakeUser:
    """A new person who opens a moderator's invite link and chooses ``name``."""
    api = harness.api
    answer = await say(api, moderator, "/invite", expect="start=inv-")
    code = answer["text"].split("start=inv-", 1)[1].split()[0]
    peer = api.add_user(language_code=lang)
    await say(api, peer, f"/start inv-{code}")
    done = await say(api, peer, name)
    assert name in done["text"]
    peer.pseudonym = name  # type: ignore[attr-defined] - for the tests' own checks
    return peer


ALERT_CLOCK_SPEED = 10.0


def faster_alert_clock(harness: Harness) -> None:
    """Run the bot's alert sender on a clock ``ALERT_CLOCK_SPEED`` times faster (its fake server
    has no flood limits here): its one-a-second pacing per chat and per channel, its retries and
    its progress rounds keep their order and proportions, the test waits less. The real clock's
    pacing is tested in test_sender.py (``real_world``); test_delivery_e2e.py runs the whole
    pacing (``OutboxSender.use_clock``) and the fake server's flood limits on one faster clock."""
    harness.services.features.alerts.sender.clock = ScaledClock(ALERT_CLOCK_SPEED)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def relaxed(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    """One running bot for a whole test module (starting one takes seconds), with a flood gate
    loose enough for tests that press fast. Tests in a module use their own people."""
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    settings = replace_core(
        make_settings(tmp_path_factory.mktemp("alerts"), ALERT_ENV),
        moderators=frozenset({MODERATOR_ID, MODERATOR2_ID}),
        log_level="INFO",
        api_url=api.base_url,
    )
    try:
        async with running_bot(settings, TOKEN) as app:
            app.bot_data.floodgate = FloodGate(rate=1000.0, burst=10_000)
            harness = Harness(app, api, settings)
            faster_alert_clock(harness)
            yield harness
    finally:
        await api.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def moderators(relaxed: Harness) -> tuple[FakeUser, FakeUser]:
    first = await named_moderator(relaxed, MODERATOR_ID, "river")
    second = await named_moderator(relaxed, MODERATOR2_ID, "harbour")
    return first, second


_peer_numbers = itertools.count(1)


@pytest_asyncio.fixture(loop_scope="module")
async def peer(relaxed: Harness, moderators: tuple[FakeUser, FakeUser]) -> FakeUser:
    """A newly invited verified peer called sparrow1, sparrow2, ..."""
    return await invited_peer(relaxed, moderators[0], f"sparrow{next(_peer_numbers)}")


# -- flows used by several tests ---------------------------------------------------------------------
def tr_for(harness: Harness, lang: str):
    return harness.services.i18n.translator(lang)


def region_name(harness: Harness, region_id: str, lang: str) -> str:
    return harness.services.features.regions.get(region_id).name(lang)


async def subscribe_by_walking(
    harness: Harness, user: FakeUser, lang: str, path: list[str]
) -> dict[str, Any]:
    """/alerts -> Add a region -> country (paging) -> ... -> Subscribe; ``path`` are region ids."""
    api = harness.api
    tr = tr_for(harness, lang)
    screen = await say(api, user, "/alerts")
    screen = await press(api, user, screen, tr._("Add a region"))
    country = region_name(harness, path[0], lang)
    while country not in buttons(screen):
        screen = await press(api, user, screen, "›", exact=True)
    screen = await press(api, user, screen, country, exact=True)
    for region_id in path[1:]:
        screen = await press(api, user, screen, region_name(harness, region_id, lang), exact=True)
    return await press(api, user, screen, "🔔")


async def subscribe_by_typing(
    harness: Harness, user: FakeUser, lang: str, typed: str, region_id: str
) -> dict[str, Any]:
    api = harness.api
    tr = tr_for(harness, lang)
    screen = await say(api, user, "/alerts")
    prompt = await press(api, user, screen, tr._("Type a place"))
    assert prompt["message_id"] != screen["message_id"]
    choices = await say(api, user, typed)
    wanted = harness.services.features.alerts.region_name(region_id, lang)
    screen = await press(api, user, choices, wanted, exact=True)
    return await press(api, user, screen, "🔔")


async def report_alert(
    harness: Harness,
    peer: FakeUser,
    *,
    sold: str = "Heroin",
    found: tuple[str, ...] = ("Fentanyl",),
    evidence: str = "Test strip",
    place: str = "Lviv",
    place_choice: str = "Lviv, Lviv Oblast, Ukraine",
    appearance: str | None = "white powder",
    effects: str | None = "smoked; much stronger than usual",
    severity: str = "Warning",
    expiry: str | None = None,
    look: tuple[str, ...] = (),
    signs: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A verified peer goes through /report with buttons (English labels) and submits."""
    api = harness.api
    screen = await say(api, peer, "/report")
    screen = await press(api, peer, screen, sold, exact=True)
    for substance in found:
        screen = await press(api, peer, screen, substance, exact=True)
    screen = await press(api, peer, screen, "Done")
    screen = await press(api, peer, screen, evidence, exact=True)
    choices = await say(api, peer, place)
    screen = await press(api, peer, choices, place_choice, exact=True)
    for choice in look:  # form, colour, markings: buttons with the card's (English) labels
        screen = await press(api, peer, screen, choice, exact=True)
    if appearance:
        screen = await say(api, peer, appearance)
    screen = await press(api, peer, screen, "›")
    for sign in signs:
        screen = await press(api, peer, screen, sign, exact=True)
    if effects:
        screen = await say(api, peer, effects)
    else:
        screen = await press(api, peer, screen, "›")
    screen = await press(api, peer, screen, severity)
    screen = await press(api, peer, screen, "Done")
    screen = await press(api, peer, screen, expiry or "7 days")
    assert "Preview" in screen["text"]
    return await press(api, peer, screen, "Submit")


async def send_note(api: FakeBotAPI, moderator: FakeUser, note: str, expect: str) -> dict[str, Any]:
    """A moderator types a correction note or withdrawal reason; if some subscribers read another
    language, the bot offers translations first: send it as it is."""
    # "Your note" (the translation offer) or the answer itself: a delivery-progress notice of an
    # earlier correction ("Delivering… Finished") can land in the same chat meanwhile
    shown = await say(api, moderator, note, expect=("Your note", expect))
    if "Your note" in (shown.get("text") or ""):
        label = next(b for b in buttons(shown) if b in ("Send the correction", "Withdraw"))
        shown = await press(api, moderator, shown, label, exact=True)
    assert expect in shown["text"], shown["text"]
    return shown


def alert_id_of(message: dict[str, Any]) -> int:
    """The report number in the reporter's confirmation ("... report #12 ...")."""
    return int(message["text"].split("#", 1)[1].split()[0])


async def eventually(predicate: Any, timeout: float = 5.0) -> None:
    """Wait until ``predicate()`` is true (polling), or fail."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


def current(api: FakeBotAPI, message: dict[str, Any]) -> dict[str, Any]:
    """A bot message as it stands now (after edits)."""
    return api.chat(message["chat"]["id"]).messages[message["message_id"]]


async def review_for(user: FakeUser, alert_id: int, timeout: float = 5.0) -> dict[str, Any]:
    """The review message about report ``alert_id`` in a moderator's private chat."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        message = await user.next_message(max(0.01, deadline - loop.time()))
        if f"Report #{alert_id} " in (message.get("text") or "") and buttons(message):
            return message
