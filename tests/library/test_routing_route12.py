"""The routing kinds fixed after blind9-tune's one look, on the real content, in fresh words:
two substances in street words open the combination card ("mixing g", "X and gear", "fumar
base", "алко", "adhd meds", a "can I, or better not" question); "гидра" (hydroponics or GHB)
asks which; a how-to or a switching question with a service word and no real place ("в воде",
"на сайті", "en realidad", "lo que venden en ...") and a comparison "в порівнянні з" stay topic
questions; "on gear", "a base de", "на гидре" name nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.library.combos import NameKind, ReadingKind
from bot.library.intent import Router
from tests.cli_inprocess import hrbot_in_process

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # a lone "g" after a mixing word is GHB
        ("how risky is mixing g with a few beers", "en", {"ghb", "alcohol"}),
        # "gear" beside another drug (and / with) is heroin
        ("had a bit of coke and gear last night, is that a bad combo", "en", {"cocaine", "heroin"}),
        ("benzos with gear, how dangerous", "en", {"benzodiazepines", "heroin"}),
        # "fumar base" is smoked cocaine base
        ("fumé base y luego unas birras, pasa algo?", "es", {"cocaine", "alcohol"}),
        # "алко" is alcohol
        ("алко с мефом вместе норм?", "ru", {"alcohol", "mephedrone"}),
        ("алко і мівка разом ок?", "uk", {"alcohol", "mephedrone"}),
        # "можно или лучше не" asks whether, it compares nothing
        ("мет после пива можно или лучше не стоит", "ru", {"methamphetamine", "alcohol"}),
        ("мефу після пива можна чи краще не треба", "uk", {"mephedrone", "alcohol"}),
        ("ket after a few beers, ok or better not", "en", {"ketamine", "alcohol"}),
        # ADHD medicines named as such: the stimulants
        ("on my adhd medication, can i drink tonight", "en", {"stimulants", "alcohol"}),
    ],
)
def test_street_pairs_open_the_card(router: Router, text: str, lang: str, pair: set | None) -> None:
    intent = router.route(text, lang)
    if pair is None:
        assert intent.kind != "combo", (text, intent)
        return
    assert intent.kind == "combo", (text, intent)
    assert set(intent.substances or ()) == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("пиво и гидру вместе можно?", "ru"), ("гідру з алкашкою можна?", "uk")],
)
def test_gidra_asks_which_one(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.guessed, (text, intent)
    assert "gidra" in (intent.substances or ()), (text, intent)
    reading = router.checker.read("гидрой")
    assert reading.kind == ReadingKind.AMBIGUOUS
    assert reading.named is not None and reading.named.kind == NameKind.CHOICE
    assert {n.id for n in reading.options} == {"cannabis", "ghb"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # how to use a strip, "in water" is no place
        ("полоски на фентанил как использовать, растворять в воде или нет", "ru"),
        ("смужки для тесту як користуватися, скільки треба розвести у воді", "uk"),
        # switching treatment, asked where one already goes
        ("метадон на сайте где выдают, можно ли перевестись на бупренорфин?", "ru"),
        # what is sold in a city, and how to get it tested: the topic
        ("la keta que venden en sevilla que lleva en realidad, como la analizo", "es"),
        # a comparison with "в порівнянні з"
        ("чому мет гірший в порівнянні з амфетаміном", "uk"),
        # "on gear" (steroids), "a base de", "на гидре" name nothing to mix
        ("is it ok to drink on gear", "en"),
        ("una crema a base de aloe con alcohol, sirve?", "es"),
        ("заказал на гидре и пиво пью, норм?", "ru"),
        # chemsex night with condoms asked about: the chemsex topic
        ("на тусе с мефом и гидрой как не забыть про гондоны", "ru"),
    ],
)
def test_these_stay_topic_questions(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind not in ("combo", "service"), (text, intent)


def test_a_real_place_still_opens_the_finder(router: Router) -> None:
    intent = router.route("dónde venden tiras reactivas en Valencia", "es")
    assert (intent.kind, intent.service_type, intent.place) == (
        "service",
        "drug-checking",
        "Valencia",
    )


def test_combo_json_keeps_its_format_for_gidra() -> None:
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(ROOT / "content")}
    code, out, err = hrbot_in_process("combo", "пиво", "гидра", "--lang", "ru", "--json", env=env)
    assert code == 0, err
    assert json.loads(out) == {"a": "alcohol", "b": None, "risk": None, "ask": True}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("почему нельзя мешать трамадол с алкоголем, что происходит", "ru"),
        ("чого не можна поєднувати метадон і бензи, що буде", "uk"),
        ("why shouldn't you take ket with booze, what happens", "en"),
        ("por que no se puede mezclar tramadol con alcohol", "es"),
    ],
)
def test_why_a_pair_is_warned_against_is_a_topic_question(
    router: Router, text: str, lang: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "topic", (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("можно трамадол с алкоголем?", "ru"),
        ("can i take ket with booze tonight", "en"),
        ("why do i feel weird after ket and booze, can i take more", "en"),
    ],
)
def test_the_pair_asked_without_a_warning_stays_a_combination(
    router: Router, text: str, lang: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)
