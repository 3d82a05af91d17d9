"""What a typed question opens, through the real Application against the fake Bot API: two
substances open the combination card, a service with a place opens the finder with the place and
the type filled in, regional slang follows the person's country, and a bare "/start" typed as text
is never searched (issue 9, items 4 and 6)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.sandbox.fakeapi.model import FakeUser
from tests.alerts.conftest import buttons, quiet
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def person(relaxed: Harness, lang: str, region: str | None = None) -> FakeUser:
    user: FakeUser = relaxed.api.add_user(language_code=lang)
    if region is not None:
        found = await relaxed.services.people.resolve(user.id)
        await relaxed.services.features.region_choice.set(found.key, region)
        relaxed.services.people.invalidate(found.key)
    return user


async def first_reply(user: FakeUser, text: str) -> dict[str, Any]:
    """The bot's one reply to a typed message (nothing follows it)."""
    user.send_text(text)
    message = await user.next_message(timeout=10)
    assert await quiet(user, 0.3) == []
    return message


@pytest.mark.parametrize(
    ("lang", "text", "pair", "again"),
    [
        ("ru", "можно ли мешать мефедрон и алкоголь", "мефедрон + алкоголь", "Проверить другую"),
        ("uk", "мєф і алкоголь разом норм", "мефедрон + алкоголь", "Перевірити іншу"),
        ("en", "is it risky to drink on methadone", "alcohol + methadone", "Check another"),
        ("en", "pregabalin with oxy safe or nah", "+", "Check another"),
    ],
)
async def test_two_substances_open_the_combination_card(
    relaxed: Harness, lang: str, text: str, pair: str, again: str
) -> None:
    message = await first_reply(await person(relaxed, lang), text)
    head = message["text"].split("\n")[0].lower()
    assert pair in head or set(pair.split(" + ")) <= set(head.split(" + ")), head
    assert any(b.startswith(again) for b in buttons(message)), buttons(message)


@pytest.mark.parametrize(
    ("lang", "text", "heading"),
    [
        ("ru", "где поменять шприцы в Киеве", "Ближайшие службы к месту: Киев (Шприцы и иглы)"),
        (
            "es",
            "dónde consigo naloxona en la CDMX",
            "Servicios más cercanos a Ciudad de México (Naloxona)",
        ),
    ],
)
async def test_a_service_with_a_place_opens_the_finder_with_both_filled_in(
    relaxed: Harness, lang: str, text: str, heading: str
) -> None:
    message = await first_reply(await person(relaxed, lang), text)
    assert message["text"].startswith(heading), message["text"][:120]
    assert any(b.startswith("📍") for b in buttons(message))


@pytest.mark.parametrize(
    ("lang", "text", "region", "title"),
    [
        ("es", "qué onda con el cristal", "mx-cdmx", "Metanfetamina"),  # Mexico: methamphetamine
        ("ru", "бросить феню", None, "Отмена бензодиазепинов"),  # phenazepam, never "фен"
    ],
)
async def test_slang_lands_on_its_topic(
    relaxed: Harness, lang: str, text: str, region: str | None, title: str
) -> None:
    message = await first_reply(await person(relaxed, lang, region), text)
    assert message["text"].startswith(title), message["text"][:120]


async def test_cristal_in_spain_is_not_methamphetamine(relaxed: Harness) -> None:
    message = await first_reply(await person(relaxed, "es", "es"), "qué onda con el cristal")
    assert not message["text"].startswith("Metanfetamina"), message["text"][:120]


async def test_bare_start_text_without_an_entity_is_never_searched(relaxed: Harness) -> None:
    user = await person(relaxed, "en")
    relaxed.api.deliver_user_message(user, user.chat, {"text": "/start"})  # no command entity
    message = await user.next_message(timeout=10)
    assert "looks like a command" in message["text"]
    assert "Topics" in buttons(message)
    assert await quiet(user, 0.3) == []
