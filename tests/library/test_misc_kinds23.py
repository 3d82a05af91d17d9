"""Kinds found on tuned sides and probes (session 23, helper "misc", issue 9), on the real
content, in other words than the messages that showed them.

1. "фен" as the hair dryer, a tool: in the instrumental beside a verb of drying or hair
   ("висушила волосся феном, потім келих вина") it names no amphetamine, so no combination
   card for it and a drink; "закинулся феном и пивом" keeps the card.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("высушила волосы феном и открыла бутылку вина", "ru"),
        ("феном подсушил чёлку, потом пару банок пива", "ru"),
        ("посушив волосся феном і пішов по пиво", "uk"),
        ("фен для волос сломался, выпил коньяка с горя", "ru"),
    ],
)
def test_a_hair_dryer_beside_a_drink_is_no_combination(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind != "combo", text


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("закинулся феном и догнался пивом", "ru", ("amphetamine", "alcohol")),
        ("фен и водка вместе нормально?", "ru", ("amphetamine", "alcohol")),
        ("сушняк с феном и пивом, это норм?", "ru", ("amphetamine", "alcohol")),
        ("нюхнув феном і запив горілкою", "uk", ("amphetamine", "alcohol")),
    ],
)
def test_the_drug_beside_a_drink_keeps_the_card(
    router: Router, text: str, lang: str, pair: tuple[str, str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)
    assert set(intent.substances or ()) == set(pair), (text, intent)
