"""Triage, session 20 late round (issue #9): the kinds blind17-tune's rules missed, through the
public ``is_emergency``. Emergency: the writer being knocked out now by a drug ("меня вырубает",
"мене вирубає", "me estoy quedando dormido", "i'm going under") beside a drug taken or overdone, a
tongue or body that will not move; Spanish lips "moraos" (the spoken "d" dropped); fits beside a
drug overdone, even in the hands. Guards: boredom, bedtime, surgery, a film, a cramp in a leg or
after training. Crisis (``is_crisis``): a note for the case one never writes again, things
and a pet given away with thanks for everything, cutting or burning oneself again, a drug saved up
for one go "to be sure"; guards: at work, a trip, moving house, a haircut, a cigarette lit, saving
for a car. Fresh wordings, no labelled text. One test per list, so a failure names every miss."""

from __future__ import annotations

from bot.library.crisis import is_crisis
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
    "после двух рюмок меня рубит в сон",
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


CRISIS = [
    "если до утра не отпишусь, значит меня уже нет, простите",
    "якщо в понеділок не відповім то мене вже не стало",
    "if i don't reply by tonight i'm gone, sorry",
    "os dejo esto por si ya no vuelvo a hablar, perdón a todos",
    "in case i never post again, thank you all",
    "роздала свої речі сестрі, кицю віддала, дякую за все",
    "gave away all my things and my dog, thanks for everything",
    "volví a quemarme con el mechero, no puedo dejarlo",
    "me he vuelto a lastimar las piernas a propósito",
    "знову себе припалюю запальничкою",
    "откладываю таблетки феназепама, чтоб за один раз наверняка",
    "saving up my methadone to do it all at once, to make sure",
]

NOT_CRISIS = [
    "если не отвечу до обеда, значит я на паре",
    "if i don't reply i'm at the gym",
    "por si no vuelvo a escribir hasta el martes, gracias por todo, me voy de viaje",
    "раздал вещи перед переездом, спасибо за всё ребята",
    "me he vuelto a cortar el flequillo yo sola",
    "припалюю цигарку від плити",
    "коплю на машину, хочу купить за один раз наверняка",
]


def test_crisis_is_seen() -> None:
    assert [text for text in CRISIS if not is_crisis(text)] == []


def test_everyday_is_no_crisis() -> None:
    assert [text for text in NOT_CRISIS if is_crisis(text)] == []


# an overdose told afterwards that ends on the person alive and well now: no card; still the card
# when the "alive" comes with a sign now
TOLD_AFTER_ALIVE = [
    "в прошлом году брат передознулся, откачали, теперь жив и здоров",
    "el año pasado mi primo tuvo una sobredosis, lo reanimaron, ahora está vivo y sano",
    "last year my mate od'd, they brought him back, now he is alive and well",
]
ALIVE_BUT_NOW = [
    "он передознулся час назад, откачали, сейчас жив, но не дышит нормально",
    "передознувся, зараз живий але хрипить",
]


def test_alive_and_well_now_is_told_after() -> None:
    assert [text for text in TOLD_AFTER_ALIVE if is_emergency(text)] == []
    assert [text for text in ALIVE_BUT_NOW if not is_emergency(text)] == []
