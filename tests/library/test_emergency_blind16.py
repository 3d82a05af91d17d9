"""Kinds fixed on blind16-tune (late round, session 19, emerg helper), in words of no labelled set,
with guards.

A "what if / how do I know" that also tells a state now ("she's already grey", "уже синий", "ya no
reacciona, está gris") or a drug already taken ("se metió un montón", "выпил всю пачку") is the card;
a real "what if" with nothing told as now stays an overdose question. The writer fading after a drug
("чувствую как проваливаюсь", "siento que me voy") is the card, not leaving for a place; a person told
as blue or grey beside a needle or a drug is the card ("мужик синий" alone is drunk slang); foam at
the mouth in the diminutive ("пенка изо рта"); not waking a sleeper by choice ("не хочу будити"); an
overdose feared some day; a club that "died" in a half; how much of a drug before one goes under,
asked.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency

CARD = [
    # a what-if that tells a state now or a drug already taken, in the four languages
    "what if she doesn't wake up? how do i tell, she's already grey and cold",
    "and if he stops breathing how would i know, he took the whole bottle of his mum's oxys",
    "а вдруг он не проснётся? как понять, он уже весь синий",
    "а если не дышит, как понять когда вызывать, он выпил всю пачку феназепама",
    "а що як він не прокинеться, як зрозуміти, він вже холодний і не дихає",
    "якщо вона не дихає як зрозуміти чи дзвонити, вона випила всю пачку снодійного",
    "y si ya no reacciona? como se si hay que llamar, esta gris",
    "si no respira bien como se cuando llamar, se metio un monton de fenta",
    # the writer fading after a drug, or with limbs or eyes that will not obey
    "вкололся, чувствую как проваливаюсь, ноги ватные",
    "після метадону відчуваю що відключаюсь, руки не слухаються",
    "me meti demasiado fenta, siento que me voy, no siento las piernas",
    "did a fat line of something, i feel like im slipping, cant feel my arms",
    # a person told as blue or grey, a needle beside
    "в подъезде чел серый лежит, возле него шприц",
    "у під'їзді хлопець синій, поруч шприц валяється",
    "el chavo esta morado y hay una jeringa en el suelo",
    "he's gone grey and there's a syringe next to him",
    # foam, the diminutive
    "после соли упал и пенка изо рта",
]

NO_CARD = [
    # leaving for a place, going mad with an exam
    "чувствую что ухожу в отпуск на неделю, ура",
    "me estoy yendo a casa, no puedo abrir los ojos de sueño jaja",
    "i feel like im going mad with this exam",
    "відчуваю що йду додому, втомився",
    # a colour word alone, or blue as sad
    "мужик синий на лавке орёт песни",
    "she's been feeling blue lately, smokes weed to cope",
    # not waking a sleeper by choice
    "she's sleeping, breathing normally, i don't want to wake her, is that ok",
    "мама заснула на диване, дихає рівно, не хочу будити",
    "el abuelo se durmió en el sofá, respira tranquilo, no quiero despertarlo",
    # an overdose feared some day
    "i'm so scared my brother will overdose someday",
    "боюся що брат колись передознеться",
    "всё время боюсь что сын когда-нибудь передознётся",
    # a club that "died" in a half
    "el barca se murio en la primera parte",
]

OD_QUESTION = [
    # a real what-if with nothing told as now
    "what if my brother doesn't wake up after his methadone tonight? how would i even know when to call",
    "а если друг не проснётся после метадона, как понять когда вызывать скорую?",
    "а що як подруга не прокинеться після трамадолу, як зрозуміти коли викликати швидку?",
    "y si mi novio no despierta después de tomar pastillas con alcohol, como se cuando hay que llamar?",
    # how much of a drug before one goes under
    "how many bars is too much before you pass out",
    "сколько мл гбл нужно чтобы вырубиться",
    "скільки G забагато, щоб не відключитися",
    "cuantas pastis de xanax es demasiado",
]

NOT_OD_QUESTION = [
    "how much coffee is too much",
    "how much 5 g of flour is too much for a cake",
    "how much g of sugar is too much",
    "cuantos ml de agua es demasiado",
]


@pytest.mark.parametrize("text", CARD)
def test_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD + OD_QUESTION + NOT_OD_QUESTION)
def test_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", OD_QUESTION)
def test_overdose_question(text: str) -> None:
    assert asks_about_overdose(text)


@pytest.mark.parametrize("text", NOT_OD_QUESTION)
def test_not_overdose_question(text: str) -> None:
    assert not asks_about_overdose(text)
