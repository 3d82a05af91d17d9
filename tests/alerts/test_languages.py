"""Every word of a card in the reader's language: structured fields chosen with buttons are
translated on every card, moderators can translate what the reporter typed before approving
(the review says which subscriber languages are missing), and what stays untranslated is shown
under a plain label naming its language."""

from __future__ import annotations

import re

import pytest

from tests.alerts.conftest import (
    alert_id_of,
    buttons,
    eventually,
    press,
    press_answer,
    quiet,
    report_alert,
    review_for,
    say,
    subscribe_by_typing,
)
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _cards(messages: list[dict]) -> list[dict]:
    return [m for m in messages if "📍" in (m.get("text") or m.get("caption") or "")]


async def test_a_ukrainian_card_has_no_english_once_a_moderator_translates(
    relaxed: Harness, moderators, peer
) -> None:
    harness = relaxed
    api = harness.api
    river, _ = moderators
    ukrainian = api.add_user(language_code="uk")
    await subscribe_by_typing(harness, ukrainian, "uk", "Львів", "ua-lviv-oblast-lviv")
    russian = api.add_user(language_code="ru")
    await subscribe_by_typing(harness, russian, "ru", "Львов", "ua-lviv-oblast-lviv")

    done = await report_alert(
        harness,
        peer,
        severity="Caution",
        look=("pills", "blue", "a logo or picture on it"),
        appearance="Round, 'M' in a box",
        signs=("hard to wake", "slow or no breathing"),
        effects="smoked",
    )
    alert_id = alert_id_of(done)
    review = await review_for(river, alert_id)
    # The review names the languages subscribers read and offers what is missing.
    assert "Ukrainian (1)" in review["text"] and "Russian (1)" in review["text"]
    assert "Translate: Ukrainian" in " ".join(buttons(review))
    prompt = await press(api, river, review, "Translate: Ukrainian")
    assert "Translate into Ukrainian" in prompt["text"] and "Round, 'M' in a box" in prompt["text"]
    prompt = await say(api, river, "Круглі, «М» у квадраті", expect="Translate into Ukrainian")
    assert "smoked" in prompt["text"]
    finished = await say(api, river, "курили", expect="can now be read in full")
    assert f"#{alert_id}" in finished["text"]
    stored = await harness.services.features.alerts.repo.get_alert(alert_id)
    assert stored.texts == {
        "appearance": {"uk": "Круглі, «М» у квадраті"},
        "effects": {"uk": "курили"},
    }
    assert stored.form == "pills" and stored.colour == "blue" and stored.imprint == "logo"
    assert stored.signs == ["hard-to-wake", "slow-breathing"]

    def offered() -> str:
        return " ".join(buttons(api.chat(river.id).messages[review["message_id"]]))

    await eventually(lambda: "Translate: Ukrainian" not in offered())
    assert "Translate: Russian" in offered()

    review = api.chat(river.id).messages[review["message_id"]]
    assert "Approved" in await press_answer(api, river, review, "Approve")
    feature = harness.services.features.alerts
    assert await feature.sender.wait_idle(10)

    card = _cards(await quiet(ukrainian, 0.3))[0]
    text = card.get("text") or card.get("caption") or ""
    assert LATIN_WORD.findall(text) == [], text
    assert "таблетки, синій, з логотипом або малюнком" in text
    assert "важко розбудити, повільне дихання або його немає" in text
    assert "Круглі, «М» у квадраті" in text and "переклад модераторів" in text

    # Nobody translated into Russian: the typed words come under a label naming their language.
    card = _cards(await quiet(russian, 0.3))[0]
    text = card.get("text") or card.get("caption") or ""
    assert "таблетки, синий, с логотипом или рисунком" in text
    assert (
        "слова автора сообщения (язык оригинала: английский)" in text
        and "Round, 'M' in a box" in text
    )


async def test_a_correction_note_can_be_translated_before_it_goes_out(
    relaxed: Harness, moderators, peer
) -> None:
    harness = relaxed
    api = harness.api
    river, _ = moderators
    feature = harness.services.features.alerts
    ukrainian = api.add_user(language_code="uk")
    await subscribe_by_typing(harness, ukrainian, "uk", "Київ", "ua-kyiv-city")
    spanish = api.add_user(language_code="es")
    await subscribe_by_typing(harness, spanish, "es", "Kiev", "ua-kyiv-city")
    alert_id = alert_id_of(
        await report_alert(
            harness,
            peer,
            severity="Caution",
            place="Kyiv",
            place_choice="Kyiv, Ukraine",
            appearance=None,
            effects=None,
        )
    )
    assert "Approved" in await press_answer(
        api, river, await review_for(river, alert_id), "Approve"
    )
    assert await feature.sender.wait_idle(10)
    await quiet(ukrainian, 0.3)
    await quiet(spanish, 0.3)

    detail = await press(
        api,
        river,
        await say(api, river, "/moderate", expect="waiting for review first"),
        f"#{alert_id}",
        exact=True,
    )
    menu = await press(api, river, detail, "Correct")
    menu = await press(api, river, await press(api, river, menu, "What was found"), "Xylazine")
    menu = await press(api, river, menu, "Done")
    await press(api, river, menu, "Send the correction")
    screen = await say(api, river, "The lab found xylazine as well.", expect="Your note")
    assert (
        "Not yet translated into: Ukrainian, Spanish" in screen["text"]
        or "Not yet translated into: Spanish, Ukrainian" in screen["text"]
    )
    prompt = await press(api, river, screen, "Translate: Ukrainian")
    assert "Translate into Ukrainian" in prompt["text"]
    screen = await say(api, river, "Лабораторія знайшла ще й ксилазин.", expect="Your note")
    assert "Translate: Ukrainian" not in " ".join(buttons(screen))
    sent = await press(api, river, screen, "Send the correction", exact=True)
    assert "Correction sent" in sent["text"]
    assert await feature.sender.wait_idle(10)

    correction = next(m for m in await quiet(ukrainian, 0.3) if "✏️" in (m.get("text") or ""))
    text = correction["text"]
    assert LATIN_WORD.findall(text) == [], text
    assert (
        "Лабораторія знайшла ще й ксилазин." in text
        and "Виявлено" in text
        and "додано: ксилазин" in text
    )
    correction = next(m for m in await quiet(spanish, 0.3) if "✏️" in (m.get("text") or ""))
    assert "palabras de los moderadores (idioma original: inglés)" in correction["text"]
    assert "The lab found xylazine as well." in correction["text"]
