"""Kinds of Ukrainian miss fixed after tune14 (issue 9, fifteenth session), on the real content,
without sentence embeddings (the words alone; the messages are written for this test, not copied
from the labelled sets).

- Street names of amphetamine and fentanyl in Ukrainian forms ("фенамін", "амфетаміну", "фент",
  "фентанилом"), and "ск" for the salts.
- Naloxone given in Ukrainian words ("ввести", "колоти в мязи", "куди колоти налоксон"): the
  naloxone topic, not safer injecting, and "в мязи", "в стегно" are no place for the finder.
- Days without a drug said the other way round ("без ксанаксу вже тиждень"): its withdrawal.
- Sex with a chemsex drug named ("секс на мефі"): chemsex, not the drug alone.
- A hairdryer that blows hot or switches itself off is no amphetamine question.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("фенамін нюхаю перед зміною, серце не посаджу?", "methamphetamine"),
        ("амфетаміну скільки можна за вечір", "methamphetamine"),
        ("фентанилом бодяжать гер, як це понять", "fentanyl"),
        ("чи є фент у таблетках з телеграму", "fentanyl"),
        ("ск пробував вперше, третю ніч не сплю", "salts-alpha-pvp"),
    ],
)
def test_ukrainian_street_names_reach_the_topic(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "як правильно ввести налоксон людині",
        "налоксон колоти в мязи чи в вену",
        "куди колоти налоксон якщо нема спрею",
        "налоксон в стегно можна через джинси?",
    ],
)
def test_naloxone_given_is_the_naloxone_topic(
    index: SearchIndex, router: Router, text: str
) -> None:
    assert router.route(text, "uk").kind == Route.TOPIC
    found = index.search(text, "uk")
    assert found and found[0].topic_id == "naloxone", [h.topic_id for h in found]


def test_where_to_inject_without_naloxone_stays_safer_injecting(index: SearchIndex) -> None:
    found = index.search("куди колоти якщо на руках вен не лишилось", "uk")
    assert found and found[0].topic_id == "safer-injecting", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "без ксанаксу вже тиждень, серце калатає і не сплю",
        "без феназепаму третій день, тіло сіпається",
    ],
)
def test_days_without_a_benzodiazepine_said_backwards(index: SearchIndex, text: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == "benzodiazepine-withdrawal", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "секс під мефом по дві доби, як не нашкодити собі",
        "з хлопцями на мєфі без гумок, шо може бути",
    ],
)
def test_sex_on_a_chem_is_chemsex(index: SearchIndex, text: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == "chemsex", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "фен вимикається через хвилину роботи, шо робити",
        "фен дме тільки холодним і іскрить",
    ],
)
def test_a_hairdryer_is_no_drug_question(index: SearchIndex, text: str) -> None:
    assert index.search(text, "uk") == []


def test_amphetamine_still_found_beside_appliance_words(index: SearchIndex) -> None:
    found = index.search("фен скільки тримає і як відіспатись", "uk")
    assert found and found[0].topic_id == "methamphetamine", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "сіль для консервації огірків яку брати, йодовану?",
        "трава під парканом вища за мене, тример бензиновий чи електро",
        "марки для листа в німеччину скільки наклеїти",
        "кислота для акумулятора машини де продають",
    ],
)
def test_everyday_senses_in_ukrainian_words(index: SearchIndex, text: str) -> None:
    assert index.search(text, "uk") == [], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("траву на балконі виростив, як її висушити шоб курити", "cannabis"),
        ("сіль курю вже другу добу і не їм", "salts-alpha-pvp"),
    ],
)
def test_street_senses_stay_beside_those_words(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("кокаїн з чим його краще не мішати", "cocaine"),
        ("амфетамін з чим небезпечно мішати", "methamphetamine"),
    ],
)
def test_what_not_to_mix_with_one_stimulant(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


def test_led_in_surzhyk_is_methamphetamine_and_ice_on_a_road_is_not(index: SearchIndex) -> None:
    found = index.search("від лєда третю ніч не сплю і всюди здається шо стежать", "uk")
    assert found and found[0].topic_id == "methamphetamine", [h.topic_id for h in found]
    assert index.search("лєд на сходах біля під'їзду, чим його розтопити", "uk") == []


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("метадон на районі продають, чим його бадяжать", "street-methadone-heroin"),
        ("мєтадон з вулиці розбавляють чи ні, як понять", "street-methadone-heroin"),
        (
            "як потрапити на метадонову програму, на вулиці купляти вже нема сил",
            "opioid-agonist-therapy",
        ),
    ],
)
def test_methadone_from_the_street_in_ukrainian(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "налоксон скільки років зберігається в аптечці",
        "чи можна тримати налоксон в машині взимку",
        "прострочений налоксон колоти чи викинути",
    ],
)
def test_naloxone_kept_is_naloxone_not_the_bots_data(index: SearchIndex, text: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == "naloxone", [h.topic_id for h in found]


def test_the_bot_keeping_messages_stays_about_the_bot(index: SearchIndex) -> None:
    found = index.search("ви десь зберігаєте те шо я пишу?", "uk")
    assert found and found[0].topic_id == "about-this-bot", [h.topic_id for h in found]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("відміна від героїну, на який день найгірше", "opioid-withdrawal"),
        ("у брата відміна від гери, чим допомогти", "opioid-withdrawal"),
        ("відміна від ксанаксу, тривога скільки днів ще буде", "benzodiazepine-withdrawal"),
    ],
)
def test_withdrawal_said_vidmina_follows_the_drug(
    index: SearchIndex, text: str, topic: str
) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("від транку в дозі рани на ногах, шо робити", "xylazine"),
        ("ксилазін звідки береться в героїні", "xylazine"),
        ("клонік на ніч по дві, це вже багато?", "benzodiazepines"),
    ],
)
def test_more_ukrainian_street_forms(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]
