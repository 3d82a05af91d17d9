"""Kinds of search and routing miss fixed after blind20's one look (issue 9, twenty-third session,
late round, helper srches), on the real content without sentence embeddings (the messages are
written for this test, not copied from the labelled sets).

- "rolling" said of oneself is being high on MDMA ("a beer while rolling", "still rolling, can i
  take a xanax"): with another drug, the combination card; rolling a joint, one's eyes, dough or
  a car downhill names no drug.
- The bot asked whether it keeps one's number or messages, or passes them to the police, said to
  "you" ("вы храните мой номер?", "ментам не сольёте?", "do you log my ip", "lo que escribo
  aquí"): the bot's own topic first; what the police do to one's phone stays the police's.
- Breathing or the heart stopping ("dejar de respirar", "stop breathing", "перестать дышать")
  is a sign of overdose, never quitting: the drug's topic, not its withdrawal; quitting a benzo
  stays its withdrawal.
- An English contraction typed without its apostrophe ("isnt", "wasnt", "aint") said first is a
  verb, never a place's name before a service ("isnt bupe just ..." is the treatment's topic, not
  the finder); a city said first still is.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


# -- "rolling" as being on MDMA ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("can i drink a cider while rolling", "alcohol"),
        ("still rolling, is a xanax ok now", "alprazolam"),
        ("we were rolling and someone passed a spliff, any risk with weed", "cannabis"),
        ("im rolling rn can i do a bump of ket", "ketamine"),
    ],
)
def test_rolling_said_of_oneself_is_mdma_in_a_mix(router: Router, text: str, other: str) -> None:
    intent = router.route(text, "en")
    assert intent.kind is Route.COMBO, text
    assert intent.substances is not None
    assert "mdma" in intent.substances, text


@pytest.mark.parametrize(
    "text",
    [
        "im rolling my eyes at my boss again",
        "the car kept rolling backwards after i parked, had a beer earlier",
        "when rolling out pastry for pies do i chill the butter",
        "we were rolling dice all night and drinking wine",
    ],
)
def test_a_thing_rolled_names_no_mdma(router: Router, text: str) -> None:
    intent = router.route(text, "en")
    assert not (intent.substances and "mdma" in intent.substances), text


# -- the bot asked what it keeps or passes on -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("а вы храните мой ник или телефон?", "ru"),
        ("копам мою переписку не передадите?", "ru"),
        ("вы записываете мою геолокацию?", "ru"),
        ("do you store my chats anywhere", "en"),
        ("would you hand my messages over to the police", "en"),
        ("si la poli pregunta, les dan lo que pongo aqui?", "es"),
    ],
)
def test_the_bot_asked_what_it_keeps_or_passes(text: str, lang: str) -> None:
    assert cues.asks_about_bot(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("а вы храните мой ник или телефон? ментам не передадите?", "ru"),
        ("do you keep my number? would you give it to the cops", "en"),
        ("guardan mis datos? la policia se entera de lo que escribo aca?", "es"),
    ],
)
def test_the_bot_first_when_its_keeping_is_asked_beside_the_police(
    index: SearchIndex, text: str, lang: str
) -> None:
    found = index.search(text, lang)
    assert found, text
    assert found[0].topic_id == cues.ABOUT_BOT, (text, [h.topic_id for h in found])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("менты могут залезть в мой телефон при задержании?", "ru"),
        ("полиция сольёт мой номер соседям?", "ru"),
        ("can the cops make me unlock my phone", "en"),
        ("do police keep your prints after a caution", "en"),
        ("la policia me puede pedir el celular en la calle?", "es"),
    ],
)
def test_what_the_police_do_stays_the_police(text: str, lang: str) -> None:
    assert not cues.asks_about_bot(text), text


# -- contractions without the apostrophe ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "isnt suboxone just replacing one habit with another",
        "wasnt methadone supposed to stop the cravings",
        "doesnt bupe block the high",
    ],
)
def test_a_contraction_said_first_is_no_place(router: Router, text: str) -> None:
    intent = router.route(text, "en")
    assert intent.kind is not Route.SERVICE, (text, intent)


@pytest.mark.parametrize(
    "text",
    ["Leeds methadone clinic", "bristol needle exchange open sunday"],
)
def test_a_city_said_first_still_is_a_place(router: Router, text: str) -> None:
    intent = router.route(text, "en")
    assert intent.kind is Route.SERVICE, (text, intent)
    assert intent.place, (text, intent)


# -- breathing stopped is not quitting -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("el rivotril solo te puede hacer dejar de respirar?", "es"),
        ("las benzos pueden hacer que uno deje de respirar?", "es"),
        ("can xanax on its own make you stop breathing", "en"),
        ("феназепам сам по себе может заставить перестать дышать?", "ru"),
    ],
)
def test_breathing_stopped_is_the_drug_not_its_withdrawal(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert not cues.prefers_withdrawal(text), text
    found = index.search(text, lang)
    assert found, text
    assert found[0].topic_id == "benzodiazepines", (text, [h.topic_id for h in found])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("si dejo las benzos de golpe que pasa", "es"),
        ("how do i stop taking xanax without fits", "en"),
        ("как бросить феназепам без судорог", "ru"),
        ("quiero dejar de tomar clonazepam, cuanto dura el mono", "es"),
    ],
)
def test_stopping_a_benzo_stays_its_withdrawal(text: str, lang: str) -> None:
    assert cues.prefers_withdrawal(text), text
