"""Kinds seen on tuned sides and left by earlier sessions (session 24, helper "misc", issue 9),
in other words than the messages that showed them.

1. A turn on a stimulant told in the past by the writer, who is fine now ("on coke i got super
   hot and was sick, ok now", "після мефу був весь гарячий і блював, зараз норм"): no card.
   Still happening, told of someone else, asked, with pills, an opioid or "too much", or not
   over ("... but my heart is still pounding") keeps the card.
2. Heat and vomiting on a hot day or in the sun, no drug named ("spent the afternoon in the
   sun, burning up and puked"): no card; the same with a stimulant named keeps it.
3. A supply asked for with nothing named ("у кого можно купить тут", "where could i cop around
   here", "con quién consigo algo bueno"): no drug topic offered as "near" beside the no-answer
   (the finder and a peer are its buttons); naloxone, needles, a test, a psychologist or a drug
   named are no such request.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.emergency_text import is_emergency
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    "text",
    [
        "on coke i got super hot and was sick, ok now",
        "after molly i was roasting and threw up twice, feeling better now",
        "після мефу був весь гарячий і блював, зараз норм",
        "після швидкості була вся гаряча і нудило, зараз вже добре",
        "с кокса было жарко и вырвало, сейчас уже нормально",
        "después de la tina estuve ardiendo y vomité, ya estoy bien",
    ],
)
def test_a_stimulant_turn_told_and_over_is_no_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        # still happening
        "after molly i'm roasting and threw up twice",
        # not over: something still wrong after the happy word
        "on coke i got super hot and was sick, ok now but my heart is still pounding",
        # asked, not told
        "after molly i was roasting and threw up twice, fine now?",
        # too much, or pills (some act late)
        "did way too much coke, was roasting and threw up, fine now",
        "swallowed 8 pills of molly, was boiling hot and puked, fine now",
        # an opioid beside it: it can come back
        "fent and speed, was burning up and threw up, fine now",
    ],
)
def test_a_stimulant_turn_not_over_keeps_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "spent the afternoon in the sun, burning up and puked",
        "hot weather at the festival, burning up and threw up",
        "жаркий день на пляже, весь горячий и вырвало",
        "спекотний день, весь гарячий і блював",
    ],
)
def test_heat_and_vomiting_on_a_hot_day_without_a_drug_is_no_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "hot day at the festival, took speed, burning up and threw up",
        "жаркий день, после мефа весь горячий и блюёт",
    ],
)
def test_a_hot_day_with_a_stimulant_keeps_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "у кого можно купить тут",
        "де купити щось?",
        "where could i cop around here",
        "con quién consigo algo bueno",
        "подскажите пожалуйста где брать",
    ],
)
def test_a_supply_asked_with_nothing_named_is_seen(text: str) -> None:
    assert cues.asks_supply_naming_nothing(text), text


@pytest.mark.parametrize(
    "text",
    [
        "где купить тест-полоски",
        "де взяти налоксон у києві",
        "where can i buy clean needles",
        "dónde encuentro un psicólogo gratis",
        "where can i get my pills tested",
        "где достать метадон",
    ],
)
def test_a_thing_named_is_no_bare_supply_request(text: str) -> None:
    assert not cues.asks_supply_naming_nothing(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("де купити щось?", "uk"), ("where could i cop around here", "en")],
)
def test_no_topic_is_near_a_bare_supply_request(index: SearchIndex, text: str, lang: str) -> None:
    assert index.near(text, lang) == []
