"""Kinds of miss fixed after blind9-tune (late twelfth session), on the real content: cannabis
concentrates and smoked buds are a drug question, not the garden; sex without a condom asks for
PEP; chemsex in its Cyrillic street spelling; heroin as "gear" in phrases, and smoking it asks
for safer smoking; sweats and diarrhoea after stopping are withdrawal; burnt veins and where to
inject are safer injecting; a police intoxication test is the person's rights; "analizar" pills is
drug checking; more ways to say "out of prison"; tramadol named in English or Spanish is its topic;
overdoing a stimulant ("pasarse con el speed") is the stimulant overdose; medetomidine named is its
topic; "una sesión" beside a chem is chemsex; salt from the roads on boots and salted sunflower
seeds are everyday things. The messages are written for this test, not copied from the labelled
sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "is dabbing worse for your lungs than smoking flower", "cannabis"),
        ("es", "un dab me deja mucho mas pillado que un porro, es normal?", "cannabis"),
        ("en", "the condom split with a guy i met, is it too late for pep", "hiv-prep-pep"),
        ("es", "lo hicimos sin condón el sábado, todavía puedo tomar algo?", "hiv-prep-pep"),
        ("ru", "идём на чемс в субботу, что взять с собой чтобы без последствий", "chemsex"),
        ("uk", "після чемсу третій день не сплю, це нормально?", "chemsex"),
        ("en", "three days off the gear and the sweats won't stop", "opioid-withdrawal"),
        (
            "en",
            "thinking of smoking gear instead of using needles, is it any better",
            "safer-smoking",
        ),
        ("ru", "сожгла вены на руках, куда колоть теперь безопаснее", "safer-injecting"),
        (
            "uk",
            "менти везуть на огляд на стан сп'яніння, чи маю я право не їхати",
            "police-and-rights",
        ),
        ("es", "en mi ciudad se pueden analizar las pastis gratis?", "drug-checking"),
        ("es", "mi hermano acaba de salir del reclusorio, cuánto puede meterse", "tolerance-loss"),
        ("en", "my doctor gave me tramadol for a bad knee, will i get dependent", "tramadol"),
        ("es", "llevo un mes con tramadol para la rodilla, engancha?", "tramadol"),
        ("es", "como sé si me estoy pasando con la farlopa", "stimulant-overdose"),
        ("es", "qué pasa si me paso con el speed en la fiesta", "stimulant-overdose"),
        ("ru", "говорят героин теперь мешают с медетомидином, чем это грозит", "medetomidine"),
        ("uk", "чув шо в гер сиплять медетомідин, шо це за штука", "medetomidine"),
        ("es", "me invitaron a una sesión con mefedrona y g, cómo me cuido", "chemsex"),
    ],
)
def test_the_first_topic(index: SearchIndex, lang: str, text: str, topic: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    "text",
    [
        "зимой соль на дорогах разъедает сапоги, как отмыть",
        "сіль з тротуару роз'їла черевики, чим відтерти",
        "white salt marks from the pavement on my boots, how to get them off",
        "compré un kilo de pipas sin sal para el partido",
    ],
)
def test_salt_on_boots_and_seeds_is_everyday(text: str) -> None:
    assert cues.everyday_frame(text), text


@pytest.mark.parametrize(
    "text",
    [
        "курю соль третий день, ноги в ботинках немеют",
        "is dabbing safer than smoking flower for my anxiety",
    ],
)
def test_drug_questions_stay_questions(text: str) -> None:
    assert not cues.everyday_frame(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("este finde hay sesión en casa de un amigo con tina", True),
        ("tengo sesión con la psicóloga el lunes", False),
        ("una sesion de fotos en la playa", False),
    ],
)
def test_a_session_is_chemsex_only_beside_a_chem(text: str, expected: bool) -> None:
    assert ("chemsex" in cues.asked_topics(text)) is expected, text
