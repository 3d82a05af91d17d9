"""Triage, session 20 late round (issue #9): the kinds blind17-tune's rules missed, through the
public ``is_emergency``. Emergency: the writer being knocked out now by a drug ("меня вырубает",
"мене вирубає", "me estoy quedando dormido", "i'm going under") beside a drug taken or overdone, a
tongue or body that will not move; Spanish lips "moraos" (the spoken "d" dropped); fits beside a
drug overdone, even in the hands. Guards: boredom, bedtime, surgery, a film, a cramp in a leg or
after training. Fresh wordings, no labelled text. One test per list, so a failure names every miss."""

from __future__ import annotations

from bot.library.emergency_text import is_emergency

EMERGENCY = [
    # knocked out now, a drug beside it
    "нюхнул лишнего и меня так вырубает, не могу пошевелиться",
    "закинулся колесами, меня рубит, язык заплетается",
    "перестаралась з лірикою, мене вирубає",
    "вжарив фену з алкоголем і мене відключає, язик не слухається",
    "me he pasado con las pastillas y me estoy quedando frito",
    "me metí demasiado ketamina, me estoy quedando inconsciente",
    "did way too much fent and im going under fast",
    "i'm going under, took two xanax with vodka",
    # lips gone purple in spoken Spanish
    "tiene los labios amorataos y no contesta",
    "está con la boca y los labios moraos, no sé qué hacer",
    # fits beside a drug overdone
    "проглотил много трамадола, судороги пошли в руках",
    "випив купу таблеток трамадолу і в нього судоми",
    "took a bunch of tramadol and now my hands are fitting",
]

EVERYDAY = [
    "меня вырубает после работы, спокойной ночи",
    "меня вырубает на лекции каждый раз",
    "мене вирубає від нудьги на парі",
    "im going under anesthesia on friday, nervous",
    "im going under the knife next week for my knee",
    "me estoy quedando dormido en clase",
    "судороги в руках после спортзала, магний пить?",
    "у мене судоми в ногах вночі",
    "el bacalao con tomate me salió rico",
    "ayer me dio un calambre en la pierna",
]


def test_emergencies_are_seen() -> None:
    assert [text for text in EMERGENCY if not is_emergency(text)] == []


def test_everyday_stays_everyday() -> None:
    assert [text for text in EVERYDAY if is_emergency(text)] == []


ASKED = [
    "мене вирубає від габапентину, це нормально?",
    "im going under so fast after a single oxy, is that normal",
    "me estoy quedando dormida con la pregabalina, es normal?",
]


def test_asked_about_an_effect_is_no_card() -> None:
    assert [text for text in ASKED if is_emergency(text)] == []
