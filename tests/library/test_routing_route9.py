"""The routing kinds fixed after route9 and blind6-tune (issue 9 items 4 and 6), on the real
content: a place said first (with or without a comma) or a city before a lower-case phrase opens
the finder with that city; being fed, dressing a wound, peer groups, sexual health and free
lawyers are service words; Russian and Ukrainian case forms, "план" beside another drug, a joint
with paco in it and quetiapine open the combination card; supply questions, mail-in testing,
buying kits, eating out and sewing needles are no finder; one drug cooked from another, "it's not
X", "are they the same", "has Y in it" and "X es Y?" are topic questions."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.library.intent import Router
from tests.cli_inprocess import hrbot_in_process

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "lang", "service_type", "place"),
    [
        ("Херсон, хто роздає налоксон?", "uk", "naloxone", "Херсон"),
        ("Кам'янське де нагодують безкоштовно", "uk", "food", "Кам'янське"),
        ("Миколаїв потрібен адвокат, затримали з травою", "uk", "legal-aid", "Миколаїв"),
        ("в Самаре куда пойти перевязать руку, в травмпункт не хочу", "ru", "wound-care", "Самаре"),
        ("есть в Гродно группа где такие же как я?", "ru", "peer-support", "Гродно"),
        ("Ижевск, кто выдает налоксон?", "ru", "naloxone", "Ижевск"),
        ("centro de salud sexual en Puebla donde no juzguen", "es", "sexual-health", "Puebla"),
        ("Leeds where can i get a free hot meal", "en", "food", "Leeds"),
    ],
)
def test_services_with_the_place_said_first_or_before_a_phrase(
    router: Router, text: str, lang: str, service_type: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service", (text, intent)
    assert (intent.service_type, intent.place) == (service_type, place), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Мне нужен адвокат", "ru"),
        ("Очень нужен налоксон, где взять?", "ru"),
        ("Скажите где взять налоксон", "ru"),
        ("Sabes dónde consigo naloxona", "es"),
        ("Seriously where can i get narcan", "en"),
        ("Парни где шприцы взять", "ru"),
    ],
)
def test_a_pronoun_or_an_adverb_said_first_is_no_place(
    router: Router, text: str, lang: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.place is None, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("метадон з рук у Полтаві якийсь слабкий, чим розбавляють?", "uk"),
        ("уличный метадон в Туле странный, бодяжат чем-то?", "ru"),
        ("how do I send a sample by post to a testing service", "en"),
        ("where can i buy a needle for sewing leather", "en"),
        ("где купить реагенты и правда ли они работают", "ru"),
        ("де у Києві смачно поїсти недорого", "uk"),
        ("dónde comer barato en Sevilla", "es"),
        ("куди можна відправити порошок на аналіз анонімно", "uk"),
    ],
)
def test_no_finder_for_these(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", (text, router.route(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("кокаїн з попперсами, серце витримає?", "uk", ("cocaine", "poppers")),
        ("метадон з ліркою на ніч норм?", "uk", ("methadone", "pregabalin")),
        ("після мівки алкоголь можна?", "uk", ("mephedrone", "alcohol")),
        ("ЛСД і план разом вперше", "uk", ("lsd", "cannabis")),
        ("un porro con paco mezclado, qué onda?", "es", ("cannabis", "cocaine")),
        ("paco mezclado en un faso, es peor?", "es", ("cocaine", "cannabis")),
        ("bazuco con copete, qué tan malo?", "es", ("cocaine", "alcohol")),
        ("seroquel with a few beers, is that ok", "en", ("quetiapine", "alcohol")),
        ("кветиапин и метадон вместе можно?", "ru", ("quetiapine", "methadone")),
        ("quetiapina con heroína, qué pasa?", "es", ("quetiapine", "heroin")),
        ("poppers y tina en una sesión, es buena idea?", "es", ("poppers", "methamphetamine")),
    ],
)
def test_combinations_of_these_kinds(router: Router, text: str, lang: str, pair) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.substances == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("з чого варять дезоморфін, з кодеїну?", "uk"),
        ("what is krokodil made from, codeine?", "en"),
        ("watched a doc about krokodil last night, is it still around", "en"),
        ("they say the new tranq is not xylazine, it's medetomidine?", "en"),
        ("is it true lyrica and gabapentin get you high", "en"),
        ("прегабалин и габапентин это одно?", "ru"),
        ("трамадол і трамал діють однаково?", "uk"),
        ("all the coke round here has fent in it, how do i stay safe", "en"),
        ("говорят весь героин в Питере теперь с фентанилом", "ru"),
        ("el tusi es 2cb?", "es"),
        ("is molly mdma", "en"),
    ],
)
def test_these_stay_topic_questions(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", (text, router.route(text, lang))


def test_plan_is_a_plan_without_another_drug(router: Router) -> None:
    assert "cannabis" not in router.substances("який план лікування на метадоні", "uk")
    assert "cannabis" not in router.substances("у меня план на выходные", "ru")


def test_an_unlisted_case_form_never_swallows_a_short_name(router: Router) -> None:
    # "феней" is phenazepam's slang in another case, never amphetamine's "фен"
    assert "amphetamine" not in router.substances("с феней и пивом", "ru")


def test_dox_is_not_a_documentary_nor_a_house(router: Router) -> None:
    assert router.substances("saw a doc about it", "en") == []
    assert router.substances("дом у дороги", "ru") == []


@pytest.mark.parametrize(
    ("a", "b", "lang", "risk"),
    [
        ("seroquel", "heroin", "en", "dangerous"),
        ("сероквель", "горілка", "uk", "unsafe"),
        ("quetiapina", "alcohol", "es", "unsafe"),
        ("кветиапин", "кокаин", "ru", "unknown"),
    ],
)
def test_quetiapine_by_the_cli(a: str, b: str, lang: str, risk: str) -> None:
    """`hrbot combo A B --lang L --json` (a contract): quetiapine is named; with depressants it is
    rated from its label (depressants add up), and a pair with no entry is the honest "unknown",
    never a rating nobody wrote."""
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(ROOT / "content")}
    code, out, err = hrbot_in_process("combo", a, b, "--lang", lang, "--json", env=env)
    assert code == 0, err
    answer = json.loads(out)
    assert answer["a"] == "quetiapine" and answer["risk"] == risk and answer["ask"] is False


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("мне срочно нужен налоксон", "ru"),
        ("нам очень нужны шприцы", "ru"),
        ("терміново потрібен налоксон", "uk"),
        ("i urgently need naloxone", "en"),
    ],
)
def test_an_adverb_of_urgency_before_the_need(router: Router, text: str, lang: str) -> None:
    """A tester's "мне срочно нужен налоксон" got the cocaine topic: the adverb between the person
    and "need" hid the request for a service."""
    intent = router.route(text, lang)
    assert intent.kind == "service", (text, intent)
