"""What a brand-new person sees, found by trying the bot as one (issue 9, "Done means"), through
the real Application against the fake Bot API: each test is a reply that read wrong on a phone."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.sandbox.fakeapi.model import FakeUser
from tests.alerts.conftest import buttons, invited_peer, quiet
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

# " · 8 801 км", " · 404 km", " · 1,9 км": a listed service's distance, as formatted per language
DISTANCE = re.compile(r" · ([\d\s\u00a0\u202f.,]+) (km|км)\b")


def kilometres(text: str) -> list[float]:
    """The distances of the listed services, in the order shown (metres are not used here)."""
    found = []
    for number, _ in DISTANCE.findall(text):
        digits = re.sub(r"[\s\u00a0\u202f]", "", number)
        if "," in digits and "." not in digits and len(digits.split(",")[-1]) != 3:
            digits = digits.replace(",", ".")  # decimal comma (ru, uk, es)
        found.append(float(digits.replace(",", "")))
    return found


async def first_reply(user: FakeUser, text: str) -> dict[str, Any]:
    user.send_text(text)
    message = await user.next_message(timeout=10)
    await quiet(user)
    return message


async def test_when_nothing_is_near_no_far_city_is_listed_as_nearest(relaxed: Harness) -> None:
    """ "Where to get naloxone in Kharkiv": nothing is within 50 km, and a 24-hour site in
    Vancouver (8,800 km) was listed before the sites in Kyiv (400 km) because it was open. Now
    the reply says honestly that none is known near Kharkiv and lists no other city's services
    (none within 150 km)."""
    user = relaxed.api.add_user(language_code="uk")
    page = await first_reply(user, "де взяти налоксон у Харкові")
    text = page["text"]
    assert text.startswith(
        "Я поки не знаю служб такого типу (Налоксон) поблизу цього місця (Харків)"
    )
    assert "Vancouver" not in text and "Ванкувер" not in text and not kilometres(text)


async def test_a_peer_who_joined_in_russian_sees_an_urgent_question_in_russian(
    relaxed: Harness, moderators
) -> None:
    """Ticket notices reach peers outside any message of theirs: a peer who joined through an
    invite in Russian, and never used /language, got "URGENT ... New question ... Claim" in
    English (and the toast of the same claim in Russian)."""
    peer = await invited_peer(relaxed, moderators[0], "olga", lang="ru")
    await quiet(peer)
    await quiet(moderators[0])
    person = relaxed.api.add_user(language_code="ru")
    crisis = await first_reply(person, "мне незачем жить, хочу покончить с собой")
    assert crisis["text"].startswith("💛")
    talk = next(b for b in buttons(crisis) if "консультант" in b)
    person.press(crisis, button_text=talk)
    notice = next(m for m in await quiet(peer) if "№" in m["text"])
    assert notice["text"].startswith("🚨 СРОЧНО"), notice["text"][:80]
    assert "Новый вопрос №" in notice["text"] and "хочу покончить с собой" in notice["text"]
    claim = buttons(notice)[0]
    assert "URGENT" not in notice["text"] and "Claim" not in claim, claim
    peer.press(notice, button_text=claim)
    thread = next(m for m in await quiet(peer) if "хочу покончить" in m["text"])
    assert thread["text"].startswith("🚨 СРОЧНО") and "Question" not in thread["text"]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "a peer's language from the moment they join"),
        ("ru", "язык, на котором они присоединились"),
        ("uk", "мову, якою вони приєдналися"),
        ("es", "el idioma en que se unieron"),
    ],
)
async def test_privacy_says_a_peer_s_language_is_kept_and_still_fits_one_message(
    relaxed: Harness, lang: str, words: str
) -> None:
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/privacy")
    first = await user.next_message(timeout=10)
    shown = [first, *await quiet(user)]
    assert any(words in m["text"] for m in shown), lang
    assert all(len(m["text"]) <= 4096 for m in shown)


@pytest.mark.parametrize(
    ("lang", "first", "edited", "kind"),
    [
        ("en", "what is naloxone", "my friend is not breathing", "📞"),
        ("ru", "что такое налоксон", "друг не дышит, посинел", "📞"),
        ("es", "hola", "me quiero morir", "💛"),
    ],
)
async def test_an_edit_that_describes_an_emergency_or_a_crisis_is_answered_first(
    relaxed: Harness, lang: str, first: str, edited: str, kind: str
) -> None:
    """Someone in panic corrects their message: the edit got "I only read new messages, not
    edits. Please send it again as a new message." instead of the card or the crisis reply."""
    user = relaxed.api.add_user(language_code=lang)
    sent = user.send_text(first)
    await user.next_message(timeout=10)
    await quiet(user)
    user.edit_message(sent, edited)
    answer = await user.next_message(timeout=10)
    assert answer["text"].startswith(kind), answer["text"][:80]
    if kind == "📞":
        assert len(answer["text"]) <= 1300 and ("112" in answer["text"])
    assert await quiet(user) == []  # nothing pushes it off screen


async def test_an_edit_that_is_not_urgent_still_gets_the_note_about_edits(relaxed: Harness) -> None:
    user = relaxed.api.add_user(language_code="en")
    sent = user.send_text("what is naloxone")
    await user.next_message(timeout=10)
    await quiet(user)
    user.edit_message(sent, "what is naloxone nasal spray")
    answer = await user.next_message(timeout=10)
    assert answer["text"].startswith("I only read new messages"), answer["text"]


@pytest.mark.parametrize(
    ("lang", "steps"), [("en", "Overdose: what to do"), ("uk", "Передозування")]
)
async def test_a_voice_note_or_a_photo_keeps_the_overdose_steps_one_tap_away(
    relaxed: Harness, lang: str, steps: str
) -> None:
    """A voice note or a photo may be sent in panic: the answer was text only ("I can't listen
    to voice messages"), with no way to the steps but typing."""
    for send in ("send_voice", "send_photo"):
        user = relaxed.api.add_user(language_code=lang)
        getattr(user, send)()
        answer = await user.next_message(timeout=10)
        assert buttons(answer) and buttons(answer)[0].startswith(steps), (send, buttons(answer))
        user.press(answer, button_text=buttons(answer)[0])
        card = await user.next_message(timeout=10)
        assert card["text"].startswith("📞") and len(card["text"]) <= 1300
        await quiet(user)


@pytest.mark.parametrize(
    ("lang", "place", "note"),
    [
        ("en", "Lavapies", "I deleted the place you typed from this chat"),
        ("ru", "Подол", "Я удалил из этого чата место, которое вы написали"),
        ("uk", "Поділ", "Я видалив із цього чату місце, яке ви написали"),
        ("es", "Gracia", "He borrado de este chat el lugar que escribiste"),
    ],
)
async def test_a_typed_place_is_deleted_in_the_words_of_what_was_sent(
    relaxed: Harness, lang: str, place: str, note: str
) -> None:
    """Someone who typed a district was told "I deleted your location message": they sent none."""
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/near")
    await user.next_message(timeout=10)
    typed = user.send_text(place)
    results = await user.next_message(timeout=10)
    assert results["text"].split("\n")[0].endswith(place)
    shown = [m["text"] for m in await quiet(user)]
    assert any(t.startswith(note) for t in shown), shown
    assert typed["message_id"] not in user.chat.messages  # and it is gone from the chat


@pytest.mark.parametrize(
    ("lang", "question", "looking", "place", "heading"),
    [
        (
            "en",
            "where can i get test strips for fent",
            "Looking for: Drug checking.",
            "Lavapies",
            "Services nearest to Lavapies (Drug checking)",
        ),
        ("es", "donde consigo naloxona", "Busco: Naloxona.", "Gracia", "(Naloxona)"),
    ],
)
async def test_a_service_question_without_a_place_says_what_it_will_look_for(
    relaxed: Harness, lang: str, question: str, looking: str, place: str, heading: str
) -> None:
    """ "Where can I get test strips for fent" was answered with the bare "Where are you?" of
    /near, as if the question had not been read."""
    user = relaxed.api.add_user(language_code=lang)
    asked = await first_reply(user, question)
    # (naloxone adds one line under it: "someone overdosing right now? /overdose")
    assert asked["text"].startswith(looking + "\n"), asked["text"][:80]
    results = await first_reply(user, place)
    assert heading in results["text"].split("\n")[0], results["text"][:80]


async def test_near_without_a_question_asks_where_only(relaxed: Harness) -> None:
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/near")
    asked = await user.next_message(timeout=10)
    assert asked["text"].startswith("Where are you?")
