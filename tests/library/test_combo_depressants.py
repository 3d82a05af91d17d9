"""Phenibut and the barbiturate in Corvalol and Valocordin (phenobarbital) in the combination
checker, on the real content: their names in the four languages resolve exactly, pairs with other
depressants answer with the depressant rule's risk from an entry that names its sources, and a
message naming one of them with another drug opens the combination card."""

from __future__ import annotations

import pytest

from bot.library.combos import ComboChecker, NameKind
from bot.library.intent import Router


@pytest.mark.parametrize(
    ("name", "item", "kind"),
    [
        ("phenibut", "phenibut", NameKind.SUBSTANCE),
        ("фенибут", "phenibut", NameKind.SUBSTANCE),
        ("фенібут", "phenibut", NameKind.SUBSTANCE),
        ("fenibut", "phenibut", NameKind.SUBSTANCE),
        ("ноофен", "phenibut", NameKind.SUBSTANCE),
        ("corvalol", "phenobarbital", NameKind.SUBSTANCE),
        ("корвалол", "phenobarbital", NameKind.SUBSTANCE),
        ("валокордин", "phenobarbital", NameKind.SUBSTANCE),
        ("фенобарбітал", "phenobarbital", NameKind.SUBSTANCE),
        ("fenobarbital", "phenobarbital", NameKind.SUBSTANCE),
        ("barbiturates", "barbiturates", NameKind.CLASS),
        ("барбитураты", "barbiturates", NameKind.CLASS),
        ("барбітурати", "barbiturates", NameKind.CLASS),
        ("barbitúricos", "barbiturates", NameKind.CLASS),
    ],
)
def test_names_resolve_exactly(real, name: str, item: str, kind: NameKind) -> None:
    named = ComboChecker(real).resolve(name)
    assert named is not None and (named.id, named.kind) == (item, kind), name


@pytest.mark.parametrize(
    ("a", "b", "risk"),
    [
        ("корвалол", "алкоголь", "dangerous"),
        ("валокордин", "водка", "dangerous"),
        ("phenibut", "alcohol", "dangerous"),
        ("фенибут", "героин", "dangerous"),
        ("фенібут", "метадон", "dangerous"),
        ("phenibut", "ghb", "dangerous"),
        ("фенибут", "феназепам", "unsafe"),
        ("fenibut", "pregabalina", "unsafe"),
        ("phenibut", "zopiclone", "unsafe"),
        ("barbiturates", "heroin", "dangerous"),
        ("корвалол", "ксанакс", "dangerous"),
        ("корвалол", "фенибут", "dangerous"),
        ("валокордин", "лирика", "unsafe"),
    ],
)
def test_depressant_pairs_answer_from_sourced_entries(real, a: str, b: str, risk: str) -> None:
    checker = ComboChecker(real)
    first, second = checker.resolve(a), checker.resolve(b)
    assert first is not None and second is not None, (a, b)
    answer = checker.lookup(first, second)
    assert answer.risk == risk, (a, b, answer.risk)
    assert answer.combo is not None and answer.combo.sources
    publishers = " ".join(s.publisher for s in answer.combo.sources)
    assert "World Health Organization" in publishers or "NIDA" in publishers
    for lang in ("en", "ru", "uk", "es"):
        assert answer.combo.notes[lang].strip()


def test_a_stimulant_with_phenibut_stays_unknown(real) -> None:
    """No entry rates phenibut with a stimulant: unknown, never safe."""
    checker = ComboChecker(real)
    answer = checker.lookup(checker.resolve("phenibut"), checker.resolve("cocaine"))
    assert answer.risk == "unknown" and answer.combo is None


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("корвалол с алкоголем", "ru", ("phenobarbital", "alcohol")),
        ("корвалол и пиво вечером можно?", "ru", ("phenobarbital", "alcohol")),
        ("phenibut and alcohol", "en", ("phenibut", "alcohol")),
        ("фенибут и алкоголь вместе", "ru", ("phenibut", "alcohol")),
        ("фенібут з горілкою можна?", "uk", ("phenibut", "alcohol")),
        ("валокордин і горілка разом", "uk", ("phenobarbital", "alcohol")),
        ("fenobarbital con alcohol", "es", ("phenobarbital", "alcohol")),
        ("barbiturates with heroin, what happens", "en", ("barbiturates", "heroin")),
    ],
)
def test_messages_naming_them_open_the_combination_card(
    router: Router, text: str, lang: str, pair
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.substances == pair, (text, intent)
    assert not intent.guessed
