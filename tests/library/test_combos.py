"""Combination lookups: aliases in every language, classes, specificity, unknown pairs."""

from __future__ import annotations

from pathlib import Path

from bot.library.combos import ComboChecker
from bot.library.loader import load_library

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "content"


def checker() -> ComboChecker:
    library, problems = load_library(FIXTURES)
    assert not [p for p in problems if p.level == "error"]
    return ComboChecker(library)


def test_aliases_in_every_language_and_typos_only_suggested() -> None:
    c = checker()
    for name in ("xanax", "Ксанакс", "alprazolam", "XANAX"):
        assert c.resolve(name).id == "alprazolam", name
    assert c.resolve("героин").id == "heroin"
    assert c.resolve("heroína").id == c.resolve("heroina").id == "heroin"
    assert c.resolve("бензы").id == "benzodiazepines"
    assert c.resolve("pizza") is None
    # A typo is never read silently: it is only offered ("Did you mean ...?").
    assert c.resolve("xanx") is None
    reading = c.read("xanx")
    assert reading.kind == "typo" and reading.ask and reading.options[0].id == "alprazolam"
    assert c.read("pizza").kind == "none"


def test_class_entry_covers_substances_of_the_class() -> None:
    c = checker()
    answer = c.lookup(c.resolve("heroin"), c.resolve("xanax"))
    assert answer.risk == "dangerous" and answer.combo.id == "benzodiazepines+opioids"


def test_most_specific_entry_wins_and_order_does_not_matter() -> None:
    c = checker()
    specific = c.lookup(c.resolve("кокаин"), c.resolve("героин"))
    assert specific.risk == "dangerous" and specific.combo.id == "cocaine+heroin"
    assert c.lookup(c.resolve("heroin"), c.resolve("coke")).combo.id == "cocaine+heroin"
    general = c.lookup(c.resolve("stimulants"), c.resolve("opioids"), withdrawn={"cocaine+heroin"})
    assert general.risk == "unsafe" and general.combo.id == "opioids+stimulants"
    # Typing the class names answers for the worst member (cocaine + heroin), and says so.
    classes = c.lookup(c.resolve("stimulants"), c.resolve("opioids"))
    assert classes.risk == "dangerous" and ("cocaine", "heroin") in classes.drivers


def test_withdrawn_specific_entry_falls_back_to_the_general_one() -> None:
    c = checker()
    answer = c.lookup(c.resolve("cocaine"), c.resolve("heroin"), withdrawn={"cocaine+heroin"})
    assert answer.combo.id == "opioids+stimulants" and answer.risk == "unsafe"


def test_unknown_pair_is_unknown_never_safe() -> None:
    c = checker()
    answer = c.lookup(c.resolve("alcohol"), c.resolve("cocaine"))
    assert answer.risk == "unknown" and answer.combo is None


def test_free_text_pairs() -> None:
    c = checker()
    for text in ("alcohol + heroin", "алкоголь и героин", "heroína con alcohol", "booze smack"):
        a, b = c.split(text)
        assert {a.id, b.id} == {"alcohol", "heroin"}, text
