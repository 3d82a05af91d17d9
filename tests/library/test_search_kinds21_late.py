"""Kinds of routing miss fixed after blind18's look (issue 9, twenty-first session, late round,
helper srches), on the real content (the messages are written for this test, not copied from the
labelled sets).

- A wound, an ulcer or an abscess that will not heal, with the drugs it came after named ("язва
  после ксилы с героином не затягивается", "abscess from dope and tranq still not healing"): the
  wound-care question, not a mix; asking outright whether the two go together keeps the card.
- A meet-up or a session "de chill" (Spain's word for a chemsex party) with the drugs named
  ("una quedada de chill con tina y g"): the chemsex topic; a chill afternoon or chill music is
  no party, and a mix asked outright keeps the card.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("язва на руке после геры с ксилой никак не затягивается", "ru"),
        ("нарыв от фентанила с ксилазином уже третью неделю не проходит", "ru"),
        ("виразка після фену з ксилазином не загоюється вже тиждень", "uk"),
        ("abscess from dope and tranq still not healing, what do i do", "en"),
        ("the sores from fent and xylazine won't heal at all", "en"),
        ("la llaga de la chiva con xilacina no cierra", "es"),
        ("tengo una herida del fentanilo con xilacina que no sana", "es"),
    ],
)
def test_a_wound_that_will_not_heal_is_no_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == Route.TOPIC


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a mix asked outright stays a mix, whatever wound is named
        ("рана не заживает, можно ли мешать метадон с алкоголем", "ru"),
        ("my sore won't heal, is it safe to mix heroin and xanax", "en"),
        # no wound named: the pair is the question
        ("fentanyl and xylazine together", "en"),
        ("фен с ксилазином вместе что будет", "ru"),
    ],
)
def test_a_mix_asked_beside_a_wound_keeps_the_card(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == Route.COMBO


@pytest.mark.parametrize(
    "text",
    [
        "una sesion de chill con mefe y g el finde, como ir con cuidado",
        "el sabado hay quedada de chill con tina y popper... tips?",
        "me invitaron a una fiesta de chill con g y mefedrona, que hago para no pasarme",
    ],
)
def test_a_chill_meet_up_is_the_chemsex_topic(router: Router, text: str) -> None:
    assert router.route(text, "es").kind == Route.TOPIC


@pytest.mark.parametrize(
    "text",
    [
        # no gathering named: a chill afternoon, chill music, a mix asked
        "una tarde de chill con porro y cerveza, se puede?",
        "musica de chill con mota y alcohol, va bien?",
        "quedada de chill con tina y g, se pueden mezclar?",
    ],
)
def test_a_chill_afternoon_or_a_mix_asked_keeps_the_card(router: Router, text: str) -> None:
    assert router.route(text, "es").kind == Route.COMBO
