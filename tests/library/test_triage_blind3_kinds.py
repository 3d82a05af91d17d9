"""The kinds of phrasing blind3-tune's misses named (2026-12-06), in other words than blind3's and
tune17's, in every language: recognised by the rules alone, through the public functions; and the
everyday messages with the same words, not."""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency

EMERGENCY_KINDS = {
    # a fit or seizure after a drug
    "fit": [
        "he took a handful of his dads tramadol and hes having a fit on the floor",
        "after the g she started having a fit, what do i do",
        "у него после спайса приступ, весь дёргается",
        "після мефу в неї судоми, вся сіпається",
        "se metio unas pastillas y le esta dando un ataque",
    ],
    # transliterated Russian / Ukrainian signs
    "translit": [
        "podruga otrubilas posle metadona pomogite",
        "on ne reagiruet voobshche posle gera",
        "brat ne dyshit posle fentanila",
        "druh ne reaguye pislya solі",
    ],
    # a left arm with a racing heart or chest pain, on stimulants
    "left_arm": [
        "on coke all night, heart pounding and my left arm is numb",
        "после фена сердце колотится, левая рука немеет",
        "після амфу серце калатає і ліва рука болить",
        "me duele el pecho despues del cristal y tengo el brazo izquierdo dormido",
    ],
    # days on a stimulant without sleep, with chest pain or a racing heart
    "binge": [
        "three days on meth and now my chest hurts bad",
        "третьи сутки на соли, сердце колотится как бешеное",
        "три дні на мефі і серце калатає шалено",
        "lleva tres dias con cristal y dice que le duele el pecho",
    ],
    # gargling or very slow breathing
    "breathing": [
        "shes asleep on the couch after the heroin and her breathing is gurgling",
        "он уснул после героина, дыхание раз в пятнадцать секунд",
        "вона лежить після метадону і булькає",
        "se durmio despues de la chiva y respira una vez cada diez segundos",
    ],
    # going under again after naloxone
    "again": [
        "narcan worked for a bit but hes fading away again",
        "le pusimos naloxona, desperto, pero se esta apagando otra vez",
        "після налоксону прийшов до тями, а тепер знову відпливає",
    ],
    # eyes that will not stay open after a depressant in excess, or minutes after using
    "drowsy": [
        "перебрал лирики с пивом, не могу держать глаза открытыми",
        "перебрала феназепаму, не можу тримати очі відкритими",
        "shot up 10 mins ago and i cant keep my eyes open, feel like im going under",
    ],
}

CRISIS_KINDS = {
    "top_myself": [
        "i keep thinking i should just top myself",
        "planning to do myself in after christmas",
    ],
    "roof_goodbye": [
        "иду на крышу, простите меня все",
        "йду на міст, пробачте мене",
        "subo a la azotea ahora, adios a todos",
        "heading to the bridge, goodbye everyone",
        "poydu na most, proshchayte",
    ],
    "translit": [
        "ne hochu bolshe zhit voobshche",
        "ustal zhit, vsyo bessmyslenno",
        "ne khochu vzhe prokydatysya",
        "vtomylasya zhyty",
    ],
    "not_exist": [
        "tengo ganas de no existir",
        "ya no vale la pena seguir viviendo",
        "не стоит больше жить",
        "не варто більше жити",
        "i just want to vanish for good",
    ],
}

EVERYDAY = [
    "my mum had a fit when she saw my tattoo",
    "need to top myself up on credit",
    "le dio un ataque de risa",
    "mi carro se murio otra vez en la autopista",
    "my phone is dead, text me later",
    "я мёртвый от усталости после работы",
    "я мертвий від втоми після зміни",
    "el perico estaba muerto, ni lo senti",
    "going to the rooftop party tonight, bye for now",
    "идём на крышу смотреть салют, всем пока",
    "been up since friday partying, feeling great",
    "since friday my heart has been fine",
]

OD_QUESTIONS = [
    "правда що після тюрми легше передознутись?",
    "chy mozhna peredoznutys kanabisom",
    "правда что после реабилитации легче передознуться?",
    "es verdad que despues de la carcel es mas facil pasarse?",
]


@pytest.mark.parametrize(
    "text", [t for texts in EMERGENCY_KINDS.values() for t in texts], ids=lambda t: t[:40]
)
def test_emergency_kinds(text: str) -> None:
    assert is_emergency(text), text
    assert not asks_about_overdose(text), text


@pytest.mark.parametrize(
    "text", [t for texts in CRISIS_KINDS.values() for t in texts], ids=lambda t: t[:40]
)
def test_crisis_kinds(text: str) -> None:
    assert is_crisis(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", EVERYDAY, ids=lambda t: t[:40])
def test_everyday_messages_with_the_same_words(text: str) -> None:
    assert not is_emergency(text), text
    assert not is_crisis(text), text


@pytest.mark.parametrize("text", OD_QUESTIONS, ids=lambda t: t[:40])
def test_general_overdose_questions(text: str) -> None:
    assert not is_emergency(text), text
    assert asks_about_overdose(text), text
