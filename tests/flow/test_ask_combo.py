"""Asking a peer and checking a combination, button by button, as people do it: the real
Application against the fake Bot API, on a copy of the real content (a draft is written
into it), with moderators and an invited peer who chose their pseudonyms through the bot."""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from bot.handlers.base import FloodGate
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from bot.sandbox.fakeapi.model import FakeUser
from tests.alerts.conftest import (
    MODERATOR2_ID,
    after,
    buttons,
    invited_peer,
    named_moderator,
    press,
    press_answer,
    quiet,
    say,
)
from tests.conftest import MODERATOR_ID, ROOT, TOKEN, Harness, make_settings, replace_core

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def desk(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    """One bot for the module, with its own copy of the content folder."""
    folder = tmp_path_factory.mktemp("askcombo")
    shutil.copytree(ROOT / "content", folder / "content")
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    settings = replace_core(
        make_settings(folder, content_dir=folder / "content"),
        moderators=frozenset({MODERATOR_ID, MODERATOR2_ID}),
        api_url=api.base_url,
    )
    try:
        async with running_bot(settings, TOKEN) as app:
            app.bot_data["floodgate"] = FloodGate(rate=1000.0, burst=10_000)
            yield Harness(app, api, settings)
    finally:
        await api.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def moderator(desk: Harness) -> FakeUser:
    return await named_moderator(desk, MODERATOR_ID, "willow")


_peers = iter(range(1, 100))


@pytest_asyncio.fixture(loop_scope="module")
async def peer(desk: Harness, moderator: FakeUser) -> FakeUser:
    """A newly invited verified peer (on duty, so new questions reach them)."""
    return await invited_peer(desk, moderator, f"heron{next(_peers)}")


def number_in(text: str) -> int:
    found = re.search(r"#(\d+)", text)
    assert found, text
    return int(found.group(1))


async def ask(
    api: FakeBotAPI, asker: FakeUser, peer: FakeUser, question: str
) -> tuple[int, dict[str, Any], dict[str, Any]]:
    """``/ask question``: the ticket's number, the asker's confirmation and ``peer``'s notice."""
    notice = await after(
        api, peer.id, lambda: asker.send_command("/ask", question), expect="New question #"
    )
    number = number_in(notice["text"])
    confirm = await asker.next_message()
    assert f"{number}." in confirm["text"]
    return number, confirm, notice


# -- /ask and the ticket buttons ---------------------------------------------------------------
async def test_claim_answer_give_back_follow_up_and_close(desk: Harness, peer: FakeUser) -> None:
    api = desk.api
    asker = api.add_user(language_code="en", first_name="Hidden")
    number, confirm, notice = await ask(api, asker, peer, "Can I mix\nketamine and alcohol?")
    assert "they don't know who asked" in confirm["text"]
    assert "emergency number" in confirm["text"]
    assert "Can I mix\nketamine and alcohol?" in notice["text"]  # the person's line break kept
    assert "Hidden" not in notice["text"]

    said = await press_answer(api, peer, notice, f"Claim #{number}")
    assert said == "It's yours. I sent you the question in a private message."
    thread = await peer.next_message()
    while f"Question #{number}" not in thread["text"]:
        thread = await peer.next_message()
    assert "ketamine" in thread["text"]
    picked = await asker.next_message()
    assert f"picked up your question #{number}" in picked["text"]

    prompt = await press(api, peer, thread, "Reply", exact=True)
    assert prompt["text"] == f"Write your reply for question #{number} in one message."
    sent = await after(
        api,
        asker.id,
        lambda: peer.send_text("Both slow breathing down: not together, and not alone."),
        expect="Answer from a peer",
    )
    assert "Answer from a peer (heron" in sent["text"] and "not alone" in sent["text"]
    assert buttons(sent) == ["Reply", "Close the question"]
    done = await peer.next_message()
    assert done["text"] == f"Sent (question #{number})."
    assert not buttons(done)  # a peer who is not a moderator gets no draft button

    # giving it back: only once, and only the peer who holds it
    assert await press_answer(api, peer, thread, "Give it back") == (
        "Given back: other peers can claim it now."
    )
    assert await press_answer(api, peer, thread, "Give it back") == (
        "You can only give back a question you claimed."
    )

    # a follow-up while nobody holds the question waits with it
    prompt = await press(api, asker, sent, "Reply", exact=True)
    assert prompt["text"] == f"Write your reply for question #{number} in one message."
    added = await say(api, asker, "Thank you, and what about with cocaine?")
    assert added["text"] == (f"Added to question #{number}. Peers will see it with your question.")

    closed = await after(api, asker.id, lambda: asker.press(sent, button_text="Close the question"))
    assert closed["text"] == f"Question #{number} is closed. Thank you."
    assert await press_answer(api, asker, sent, "Close the question") == (
        "This question is already closed."
    )
    assert await press_answer(api, asker, sent, "Reply") == "This question is already closed."


async def test_a_reply_too_long_then_to_a_question_closed_meanwhile(
    desk: Harness, peer: FakeUser
) -> None:
    api = desk.api
    asker = api.add_user(language_code="en")
    number, _, notice = await ask(api, asker, peer, "How long does GHB last?")
    await press_answer(api, peer, notice, f"Claim #{number}")
    thread = await peer.next_message()
    while f"Question #{number}" not in thread["text"]:
        thread = await peer.next_message()
    await press(api, peer, thread, "Reply", exact=True)
    answer = await after(api, asker.id, lambda: peer.send_text("Hours; dose matters."))
    await quiet(peer, 0.2)

    await press(api, asker, answer, "Reply", exact=True)
    too_long = await say(api, asker, "x" * 2001)
    assert too_long["text"] == "That is too long (at most 2000 characters). Please shorten it."
    # the prompt is over after an answer; the peer closes the question while the asker writes
    await press(api, asker, answer, "Reply", exact=True)
    told = await after(api, asker.id, lambda: peer.press(thread, button_text="Close"))
    assert f"Question #{number} was closed by the peer" in told["text"]
    late = await say(api, asker, "one more thing")
    assert late["text"] == f"Question #{number} is closed. Ask a new one with /ask."


async def test_a_follow_up_reaches_the_peer_who_holds_the_question(
    desk: Harness, peer: FakeUser
) -> None:
    api = desk.api
    asker = api.add_user(language_code="es")
    number, _, notice = await ask(api, asker, peer, "¿Cuánto dura el efecto?")
    await press_answer(api, peer, notice, f"Claim #{number}")
    thread = await peer.next_message()
    while f"Question #{number}" not in thread["text"]:
        thread = await peer.next_message()
    await press(api, peer, thread, "Reply", exact=True)
    answer = await after(api, asker.id, lambda: peer.send_text("Unas horas."))
    await quiet(peer, 0.2)
    await press(api, asker, answer, "Responder", exact=True)
    follow_up = await after(api, peer.id, lambda: asker.send_text("¿Y con alcohol?"))
    assert f"Follow-up on question #{number}" in follow_up["text"]
    assert "¿Y con alcohol?" in follow_up["text"]
    sent = await asker.next_message()
    assert sent["text"] == f"Enviado (pregunta n.º {number})."


async def test_a_blocked_asker_is_told_and_cannot_ask_for_a_while(
    desk: Harness, peer: FakeUser
) -> None:
    api = desk.api
    asker = api.add_user(language_code="en")
    number, _, notice = await ask(api, asker, peer, "rude words here")
    await press_answer(api, peer, notice, f"Claim #{number}")
    thread = await peer.next_message()
    while f"Question #{number}" not in thread["text"]:
        thread = await peer.next_message()
    blocked = await press(api, peer, thread, "Block this asker")
    assert blocked["text"] == (
        f"The asker of question #{number} can't send questions for 30 days. "
        "You still don't know who it is, and neither do I."
    )
    await quiet(asker, 0.2)
    again = await say(api, asker, "/ask may I ask again?")
    assert again["text"].startswith("Peers paused questions from this account for a while.")
    # blocking is for the peer who holds the question: now it is closed
    assert await press_answer(api, peer, thread, "Block this asker") == (
        "Only the peer who claimed it can block its asker."
    )


async def test_open_questions_are_limited_and_a_question_has_a_length(
    desk: Harness, peer: FakeUser
) -> None:
    api = desk.api
    asker = api.add_user(language_code="en")
    for n in range(3):
        await ask(api, asker, peer, f"question number {n} about tramadol")
    limit = await say(api, asker, "/ask and a fourth one")
    assert limit["text"] == (
        "You already have 3 open questions. Please wait for an answer, or close one first."
    )
    other = api.add_user(language_code="en")
    too_long = await say(api, other, "/ask " + "y" * 2001)
    assert too_long["text"] == (
        "That is too long for one question (at most 2000 characters). Please shorten it."
    )


async def test_ask_a_peer_buttons_prompt_and_send_the_text_just_typed(
    desk: Harness, peer: FakeUser
) -> None:
    api = desk.api
    asker = api.add_user(language_code="en")
    # "Ask a peer" under a search without an answer sends the text that was just typed
    no_answer = await say(api, asker, "my cat ate a strange mushroom, is that bad")
    assert "Ask a peer" in buttons(no_answer)
    notice = await after(
        api,
        peer.id,
        lambda: asker.press(no_answer, button_text="Ask a peer"),
        expect="New question #",
    )
    assert "strange mushroom" in notice["text"]
    confirm = await asker.next_message()
    assert "ticket #" in confirm["text"]
    # pressed again, nothing is pending any more: the bot asks for the question
    prompt = await press(api, asker, no_answer, "Ask a peer", exact=True)
    assert prompt["text"].startswith("Write your question in one message")
    # a question can be the next message after the prompt, and the prompt can be cancelled
    cancelled = await say(api, asker, "/cancel")
    assert cancelled["text"] == "OK, nothing was sent."
    await say(api, asker, "/ask")
    notice = await after(
        api, peer.id, lambda: asker.send_text("and mushrooms with lithium?"), expect="New question"
    )
    assert "lithium" in notice["text"]
    assert "ticket #" in (await asker.next_message())["text"]


async def test_duty_is_for_peers_and_pauses_new_questions(desk: Harness, peer: FakeUser) -> None:
    api = desk.api
    person = api.add_user(language_code="en")
    assert (await say(api, person, "/duty"))["text"] == "Only verified peers can go on duty."
    off = await say(api, peer, "/duty off")
    assert off["text"].startswith("You are off duty: no new questions by private message.")
    asker = api.add_user(language_code="en")
    await say(api, asker, "/ask is anyone there at night?")
    assert not [m for m in await quiet(peer, 0.4) if "New question" in (m.get("text") or "")]
    assert (await say(api, peer, "/duty"))["text"].startswith("You are off duty")
    on = await say(api, peer, "/duty on")
    assert on["text"].startswith("You are on duty: new questions come to you by private message.")


async def test_a_moderator_turns_a_peer_answer_into_a_draft(
    desk: Harness, moderator: FakeUser
) -> None:
    api = desk.api
    await quiet(moderator, 0.2)
    asker = api.add_user(language_code="en")
    number, _, notice = await ask(api, asker, moderator, "Is it OK to redose MDMA?")
    # no answer yet: nothing to draft
    early = await say(api, moderator, f"/draft #{number}")
    assert early["text"] == f"Question #{number} has no peer answer yet."
    await press_answer(api, moderator, notice, f"Claim #{number}")
    thread = await moderator.next_message()
    while f"Question #{number}" not in thread["text"]:
        thread = await moderator.next_message()
    await press(api, moderator, thread, "Reply", exact=True)
    await after(
        api, asker.id, lambda: moderator.send_text("Redosing raises the risk; wait, hydrate.")
    )
    sent = await moderator.next_message()
    while not sent["text"].startswith("Sent (question"):
        sent = await moderator.next_message()
    assert buttons(sent) == ["Make a draft topic from this answer"]
    written = await press(api, moderator, sent, "Make a draft topic from this answer")
    assert written["text"].startswith(
        f"Draft written to content/drafts/draft-ticket-{number}.yaml."
    )
    draft = desk.settings.core.content_dir / "drafts" / f"draft-ticket-{number}.yaml"
    text = draft.read_text(encoding="utf-8")
    assert "Redosing raises the risk" in text and "willow" in text
    assert "redose MDMA" not in text  # the person's question stays out of the draft


async def test_draft_command_checks_who_and_which_question(
    desk: Harness, moderator: FakeUser
) -> None:
    api = desk.api
    person = api.add_user(language_code="en")
    assert (await say(api, person, "/draft 1"))["text"] == "Only moderators can make drafts."
    usage = await say(api, moderator, "/draft first")
    assert usage["text"] == "Write the question number after the command, for example: /draft 12"
    gone = await say(api, moderator, "/draft 9999")
    assert gone["text"] == ("Question #9999 no longer exists (texts are deleted after closing).")


# -- /combo ---------------------------------------------------------------------------------------
async def test_combo_picker_pages_first_and_second_choice_then_the_answer(desk: Harness) -> None:
    api = desk.api
    user = api.add_user(language_code="en")
    first = await say(api, user, "/combo")
    assert first["text"] == "Choose the first substance:"
    assert "▶" in buttons(first) and "◀" not in buttons(first)
    page2 = await press(api, user, first, "▶", exact=True)
    assert page2["text"] == "Choose the first substance:" and "◀" in buttons(page2)
    assert set(buttons(page2)) != set(buttons(first))
    back = await press(api, user, page2, "◀", exact=True)
    assert buttons(back) == buttons(first)
    a = buttons(back)[0]
    second = await press(api, user, back, a, exact=True)
    assert second["text"] == f"{a} and what else?"
    more = await press(api, user, second, "▶", exact=True)
    assert more["text"] == f"{a} and what else?" and "◀" in buttons(more)
    b = buttons(more)[0]
    answer = await press(api, user, more, b, exact=True)
    assert answer["text"].startswith(f"{a} + {b}")
    assert buttons(answer) == ["Check another combination", "Ask a peer"]
    again = await press(api, user, answer, "Check another combination", exact=True)
    assert again["text"] == "Choose the first substance:"


async def test_combo_text_that_names_nothing_offers_the_list(desk: Harness) -> None:
    api = desk.api
    user = api.add_user(language_code="en")
    unknown = await say(api, user, "/combo the moon and the stars")
    assert unknown["text"] == (
        'I could not find two substances in "the moon and the stars". Write them like: '
        "/combo alcohol xanax, or choose from the list."
    )
    listed = await press(api, user, unknown, "Choose from the list", exact=True)
    assert listed["text"] == "Choose the first substance:"


async def test_a_moderator_sees_the_withdraw_button_under_a_combo(
    desk: Harness, moderator: FakeUser
) -> None:
    api = desk.api
    person = api.add_user(language_code="en")
    answer = await say(api, person, "/combo alcohol xanax")
    assert "Withdraw" not in " ".join(buttons(answer))
    await quiet(moderator, 0.2)
    for_moderator = await say(api, moderator, "/combo alcohol xanax")
    assert for_moderator["text"] == answer["text"]
    assert "🛑 Withdraw this entry" in buttons(for_moderator)
