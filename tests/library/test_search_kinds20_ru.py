"""Kinds of Russian miss fixed after tune20's first look (issue 9, twentieth session), on the real
content, without sentence embeddings (the messages are written for this test, not copied from the
labelled sets). See test_search_kinds20_uk.py for the kinds.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    "text",
    [
        "героин теперь с фентанилом, правда что он сильнее?",
        "гера у нас теперь уже с фентом, правда?",
    ],
)
def test_the_supply_now_with_fentanyl(index: SearchIndex, router: Router, text: str) -> None:
    assert router.route(text, "ru").kind == Route.TOPIC
    found = index.search(text, "ru")
    assert found and found[0].topic_id == "fentanyl", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "на метадоне сижу, теперь с пивом можно?",
        "кокаин теперь с алкоголем пью, это нормально?",
        "героин теперь с феназепамом хочу попробовать",
    ],
)
def test_ones_own_next_drug_stays_a_combination(router: Router, text: str) -> None:
    assert router.route(text, "ru").kind == Route.COMBO


def test_drugs_for_sex_are_chemsex(index: SearchIndex, router: Router) -> None:
    text = "во время секса тина и гэ, как не перебрать"
    assert router.route(text, "ru").kind == Route.TOPIC
    found = index.search(text, "ru")
    assert found and found[0].topic_id == "chemsex", [h.topic_id for h in found]


def test_a_mix_asked_for_sex_keeps_the_card(router: Router) -> None:
    assert router.route("мет и гэ для секса, можно ли вместе?", "ru").kind == Route.COMBO


@pytest.mark.parametrize(
    "text",
    [
        "нюхнул кокса, пульс 170 и весь горячий, это нормально?",
        "с мефа сердце выпрыгивает и колотит всего, скорую звать?",
    ],
)
def test_racing_heart_with_heat_on_a_stimulant(index: SearchIndex, text: str) -> None:
    found = index.search(text, "ru")
    assert found and found[0].topic_id == "stimulant-overdose", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "сердце колотится после мефа, это норм?",
        "сердце колотится от кофе и жарко в комнате",
        "влюбилась, сердце выпрыгивает и трясёт",
    ],
)
def test_not_overamping(text: str) -> None:
    assert not cues.asks_overamping_signs(text)


def test_three_depressants_and_breathing(index: SearchIndex, router: Router) -> None:
    text = "трамал, феназепам и водка вместе, дыхание может остановиться?"
    assert router.route(text, "ru").kind == Route.TOPIC
    found = index.search(text, "ru")
    assert found and found[0].topic_id == "mixing-depressants", [h.topic_id for h in found]


def test_three_depressants_without_breathing_keep_the_card(router: Router) -> None:
    assert router.route("на лирике и феназепаме, можно ещё пива?", "ru").kind == Route.COMBO


def test_using_with_the_lads_is_not_chemsex(index: SearchIndex) -> None:
    found = index.search("курим мет с парнями неделю, зубы крошатся", "ru")
    assert found and found[0].topic_id == "methamphetamine", [h.topic_id for h in found]
