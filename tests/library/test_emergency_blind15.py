"""Kinds fixed on blind15-tune (session 18's late round, emerg helper), in words of no labelled set,
with guards.

Sick and then out cold beside drink or a downer (choking on vomit); fallen and not getting up
beside drink or a downer; going under on G or a downer taken by mistake ("instead of half"),
said by the writer; antifreeze by its brand name ("тосол"); the Spanish perfect of swallowing
everything ("se ha tomado todas"); "is it normal" asked of someone real with a drug just taken
and signs told; stiff or shaking on the floor now after a drug. Not the card: eyes rolled from
boredom or at someone (a gesture), "dead" as an intensifier ("drop dead gorgeous"). Overdose
questions: overamping, how little of a drug kills a person, "перебор" with its signs asked.
"""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency

CARD = [
    # sick, then out
    "he was throwing up for ages after the vodka and now he's out cold on his back",
    "её долго рвало после водки, теперь отключилась и лежит на спине",
    "його блювало після горілки, тепер відключився і не прокидається",
    "vomitó un montón después del tequila y ahora está inconsciente boca arriba",
    # fallen, not getting up, drink or a downer
    "my sister collapsed in the kitchen and won't get up, she had wine and xanax",
    "брат упал в туалете и не встает, пил пиво с феназепамом",
    "подруга впала в коридорі і не встає, пила вино з лірикою",
    "mi primo se cayó en el baño y no se levanta, tomó ron y clonazepam",
    # going under on G, by mistake
    "took a full cap of g instead of half and i'm going under, can barely type",
    "выпил крышку гбл вместо половины, меня рубит, еле печатаю",
    "tome un tapon de g en vez de medio y me estoy apagando, apenas puedo escribir",
    # antifreeze by its brand name
    "мой друг выпил тосол, думал что это водка",
    # everything swallowed, Spanish perfect
    "mi hermano se ha tomado todas las pastillas del botiquín y está muy raro",
    # "is it normal" of someone real, a drug just taken
    "es normal que tenga la boca gris y no responda? se inyectó hace un rato",
    # stiff or shaking on the floor now after a drug
    "is it normal hes gone stiff and jerking after the spice? hes on the floor now",
    "это нормально что его трясет после спайса? уже лежит на полу",
    # eyes rolling back with a sign or a drug still count
    "his eyes rolled back and hes jerking after the coke",
    "у него глаза закатываются и не дышит",
    "очі закочуються після метадону і не відповідає",
    "se le ponen los ojos en blanco y no responde tras la heroina",
    "глаза закатываются от скуки, а брат после героина не дышит",
]

NO_CARD = [
    # eyes rolled from boredom or at someone
    "she rolled her eyes at me when i said it",
    "my eyes rolled back from boredom in that meeting",
    "закатила глаза на мою шутку",
    "от скуки глаза закатываются на этой паре",
    "очі закочуються від нудьги на парі",
    "закотила очі коли я сказав",
    "puso los ojos en blanco cuando le dije",
    "se me ponen los ojos en blanco del aburrimiento",
    # dead as an intensifier
    "your cousin is drop dead gorgeous",
    "shes dead funny your sister",
    "he's dead good at fifa",
    # told afterwards, or no drink or downer, or asked
    "threw up and passed out after too many beers at my stag do, what a night haha",
    "я вчера блевал и отрубился после водки, голова раскалывается",
    "he fell off his bike and won't get up, i think his ankle is broken",
    "i'm going under for surgery tomorrow, nervous",
    "после пива меня рубит в сон, норм?",
    "can barely type, my hands are so cold",
    "how would you tell if your friend is going under on g or just asleep",
    "es normal que tenga los labios morados cuando hace mucho frio?",
    "es normal que se ponga tieso el perro despues de correr?",
    "el tipo está tirado en el suelo de risa",
    "the kids are jerking around on the floor playing, so loud",
    "what happens if someone drinks antifreeze",
]

QUESTION = [
    "how do you know if youre overamping on coke",
    "what amount of carfentanil can kill a person",
    "сколько нужно героина чтобы человек умер",
    "скільки треба метадону щоб людина померла",
    "cuanto fentanilo hace falta para matar a alguien",
    "как понять что с солью перебор",
    "ознаки що з феном перебор",
]


@pytest.mark.parametrize("text", CARD)
def test_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", QUESTION)
def test_overdose_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


def test_own_lethal_amount_stays_crisis() -> None:
    # how much kills "me" is the crisis reply's, not a general overdose question
    text = "how much fent does it take to kill me"
    assert not asks_about_overdose(text)
    assert is_crisis(text)


def test_stimulant_overdose_told_now_is_the_card() -> None:
    assert is_emergency("my mate is overamping hard, heart going crazy and he's seeing things")
