"""Kinds fixed on tune41 (session 18, emerg helper), in words of no labelled set, with guards.

Someone real beside the writer in trouble while a screen is on (the screen as the time: "during the
film", "while we were gaming", "viendo el partido"; the writer acting on them: "I can't wake him",
"тормошу её"); a thing that does not wake or react said in a person's words (a laptop, a console, a
plant, a blue screen); a night that ended fine the next morning; back home now after a past
overdose; "him"/"her" as the person of a question that is really an emergency ("должна ли я вызывать
скорую, если его трясёт"); "no se despierta" typed as "не будется"; a bad turn ("un chungo") asked
about for anyone; a phone that died, in Spanish word order, is no crisis.
"""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency

CARD = [
    # the screen as the time, someone real beside the writer
    "halfway through the film my boyfriend went limp and his lips are grey, he took oxy earlier",
    "during our series marathon she nodded off and i can't wake her now, breathing is really shallow",
    "while we were gaming my flatmate slumped in his chair and he isn't breathing properly",
    "i'm live on stream and my mate behind me has gone blue and won't answer",
    "во время фильма муж уснул после дозы, тормошу его, а он не просыпается и хрипит",
    "під час гри брат відключився, не можу розбудити, губи сині",
    "viendo el partido mi hermano se quedó dormido después del jaco y ahora no despierta, está morado",
    "mientras jugábamos a la consola mi novio se desplomó y no respira bien",
    # him or her named in a question that is really now
    "should i call an ambulance if her lips are going blue after the heroin?",
    "нужно ли звонить в скорую если ее трясет и пена изо рта после соли?",
    "чи викликати швидку якщо її трусить після солі і піна з рота?",
    # "не будется": someone who cannot be woken, typed loosely
    "brat napilsya s tabletkami i ne budetsya voobshche",
]

NO_CARD = [
    # the signs inside a story (the screen guard stays)
    "during the film the hero turns blue and stops breathing, very realistic",
    "while we were watching, the main character overdoses in the bathroom, so sad",
    "во время сериала героиня посинела и не дышала, жуть какая",
    "viendo la serie el protagonista se pone morado y deja de respirar, qué fuerte",
    # a thing, not a person
    "can't wake my pc from hibernate, black screen",
    "my xbox controller isn't responding again",
    "the plant on my desk isn't responding to the new fertiliser",
    "ноут не просыпается после обновления",
    "плойка зависла намертво, джойстик не реагирует",
    "синий экран опять на компе",
    "la consola se ha quedado pillada y no enciende",
    "no responde el mando de la tele",
    "el portátil no reacciona, pantallazo azul",
    # the next morning fine, home now
    "he passed out after three beers at the wedding, next morning he was right as rain",
    "брат отрубился после двух рюмок, наутро был как огурчик",
    "сестра відключилась після вина, зранку була як огірок",
    "my cousin overdosed on saturday but he's home now and doing ok, how do i talk to him about it",
    # pets in Latin letters
    "kotik ne reagiruet na korm, grustnyi kakoi-to",
]

OD_QUESTION = [
    "qué se hace si a un colega le da un jamacuco en una fiesta? pregunto para saber",
    "y si a alguien le da un chungo con las pastillas, qué se hace?",
]

NO_CRISIS = [
    "el celular se me ha muerto, te escribo luego",
    "mi portátil se murió ayer, perdí todo el trabajo",
]


@pytest.mark.parametrize("text", CARD)
def test_someone_real_in_trouble_gets_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD)
def test_a_story_a_thing_or_a_night_that_ended_fine_gets_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", OD_QUESTION)
def test_a_bad_turn_asked_about_for_anyone_is_an_overdose_question(text: str) -> None:
    assert asks_about_overdose(text)
    assert not is_emergency(text)


@pytest.mark.parametrize("text", NO_CRISIS)
def test_a_dead_phone_is_no_crisis(text: str) -> None:
    assert not is_crisis(text)


# Late in session 18, from probes of the same kinds: asleep in front of a screen, a past time then
# today with a sign, the Spanish subjunctive asked of someone real, "ta morao".
CARD_LATE = [
    "my uncle dozed off in front of the telly after his methadone and now his breathing is so slow",
    "отец уснул перед телевизором после таблеток, тормошим, а он не реагирует и хрипит",
    "tata zasnuv pered telekom pislia tabletok i ne dykhaie",
    "se quedó dormida viendo youtube después de las pastillas y no reacciona",
    "a month ago he was in detox, tonight he shot up and his lips are purple",
    "минулого тижня був передоз, а сьогодні знову синіє і не прокидається",
    "hace un año casi se muere, y hoy otra vez no respira después del fentanilo",
    "mi novia tomó clonazepam, ¿es normal que no reaccione?",
    "ta morao tio",
]

NO_CARD_LATE = [
    "last month he overdosed, today he starts rehab and feels hopeful",
    "год назад был передоз, сегодня год чистоты, отмечаем",
    "fell asleep watching a documentary about heroin, woke up at 4am",
    "¿qué hacer si alguien no reacciona? ¿es normal que no reaccione tras un golpe?",
]


@pytest.mark.parametrize("text", CARD_LATE)
def test_late_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD_LATE)
def test_late_guards_get_no_card(text: str) -> None:
    assert not is_emergency(text)
