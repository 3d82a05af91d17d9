"""Emergency recognition, session 16's late round: the kinds of blind13-tune's rule misses and false
cards, said again in other words (no labelled text), through the public ``is_emergency`` and
``asks_about_overdose``. blind13-tune itself is measured by ``bench/triage_bench.py --split
blind13-tune``."""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency

# Happening now: the card.
THE_CARD = [
    # Ukrainian or Russian in Latin letters, with the everyday words ("sho", "poky", "shvydka")
    "u nogo sudomy pislya mefu, sho robyty, shvydka vzhe yide",
    "bratan ne dyshit posle geroina, chto delat poka skoraya edet",
    "peredoz u druga chto delat",
    # a colour, then "весь" at the end
    "синій весь",
    "серая вся",
    # lying as if in a coma after a drug
    "після гбл лежить ніби в комі, не реагує",
    "he took g and he's lying there like in a coma",
    # a fit that "beats" someone
    "подругу бьёт припадок после кристаллов",
    "його б'є судомами після солі",
    # the chest like a stone in Ukrainian, after a stimulant
    "після коксу в грудях як камінь, віддає в ліву руку",
    # a speedball named
    "did a speedball and now my chest is crushing",
    # can't cool down on a stimulant, with a sign
    "can't cool down at all on mdma, throwing up and my head is killing me",
    "no me puedo enfriar con las tachas, vomito y me duele mucho la cabeza",
    # a breath now and then and nothing between
    "she gasps every so often and then nothing, she shot up ten minutes ago",
    "дихає рідко, зітхне і потім нічого",
    # rescue breathing asked right after an overdose told
    "my brother overdosed on the sofa, how do i do rescue breaths",
    "подруга передознулась у під'їзді, як робити штучне дихання",
    # heroin called "caballo" when taken
    "se metió caballo y no despierta",
]

# Not now: no card.
NO_CARD = [
    # a blocked or runny nose with the writer's own breath
    "нос забит, еле дышу ночью, какие капли от простуды",
    "ніс закладений третій день, ледве дихаю, нежить",
    "my nose is so blocked i can barely breathe, any tips for a cold",
    "еле дышу из-за насморка, что помогает",
    # yesterday, and fine now
    "дед вчера потерял сознание в очереди, сейчас все хорошо, врач говорит сахар",
    "вчора мама знепритомніла в автобусі, зараз усе добре",
    "yesterday my aunt fainted at the bus stop, now she's fine, the doctor said blood pressure",
    "ayer mi abuelo se desmayó en misa, ahora está bien",
    # the same words that do not tell a breath stopping
    "i hold my breath under water and then nothing happens",
    "zrobyla vdykh i potim nichogo ne vidchula",
    # a general question about rescue breathing
    "how to do cpr on someone who overdosed?",
    "если кто-то перебрал, как делать искусственное дыхание?",
    # a horse
    "mi caballo no quiere comer",
]

# General questions: the steps one tap away.
QUESTIONS = [
    # naloxone in Latin letters, with a k
    "naloksone pomozhet pri metadone?",
    "chy diye nalokson na tramadol",
    # when it is time to call an ambulance
    "как понять что уже пора вызывать скорую, если друг перепил гбл",
    "коли вже треба дзвонити в швидку, а коли можна дати відлежатися",
    "how do you know it's time to call an ambulance after too much g",
    "cuándo es hora de llamar a la ambulancia si alguien se pasó con el G",
    # a hospital stay or weeks without, then the old amount
    "после больницы месяц без герыча, можно колоть как раньше?",
    "три тижні без ширки після детоксу, чи можна ту саму дозу",
]


@pytest.mark.parametrize("text", THE_CARD)
def test_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", QUESTIONS)
def test_overdose_questions(text: str) -> None:
    assert not is_emergency(text), text
    assert asks_about_overdose(text), text


def test_still_the_card_when_not_fine_now() -> None:
    # "сейчас не могу нормально говорить" after yesterday is no happy end
    assert is_emergency(
        "вчера впервые попробовал соль, а сейчас не могу нормально говорить и рука не слушается"
    )
    assert is_emergency("вчера откачивали, сейчас все хорошо было, но опять синеет и не дышит")


def test_a_symptom_since_taking_a_drug_is_now_not_past() -> None:
    # "desde que" (since) marks the past ("desde que salió del hospital está bien"), but a symptom
    # that started when the drug was taken is happening now
    for text in (
        "me aprieta el pecho desde que me jale la coca y el corazon no para",
        "esta temblando y no responde desde que se metio las pastis",
    ):
        assert is_emergency(text), text
    for text in (
        "desde que sali de rehab estoy mucho mejor, gracias",
        "desde que me meti coca el finde pasado me duele un poco el pecho a veces, es normal?",
    ):
        assert not is_emergency(text), text
