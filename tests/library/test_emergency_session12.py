"""Emergency recognition, session 12 (issue #9): the kinds of blind8-tune's rule misses, said again in
other words (no labelled text), through the public ``is_emergency`` and ``asks_about_overdose``.
``tune28`` (``bench/labelled/triage-tune28-*.yaml``, written before the fixes) is checked message by
message in ``tests/library/test_triage.py``."""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency, told_not_now

# Not the card: the words of an emergency used for something else, or told after a good end.
NOT_THE_CARD = [
    # a team's bad match
    "we were dead on our feet by the second half, couldn't breathe out there",
    "в первом тайме нас просто убили, никто не дышал",
    "у другому таймі ми всі вмерли, ніхто не дихав",
    "en el segundo tiempo estábamos muertos, nadie respiraba en la cancha",
    # died of laughing
    "almost died laughing at the meme, literally couldn't breathe",
    "я умер со смеху, дышать не мог от этой истории",
    "вмер зі сміху з цього мему, не міг дихати",
    "casi me muero de risa con ese meme, no podía respirar",
    # blue from the cold outside, no drug named
    "toes went purple waiting for the tram this morning, freezing",
    "губы синие, замёрзла пока ждала трамвай",
    "ноги посиніли, змерзла поки чекала тролейбус",
    "las manos moradas del frío esperando el micro",
    # a colour scheme or a dye
    "our kit is blue and yellow this year",
    "the denim left my hands blue after washing it",
    "нова футболка пофарбувала мені руки в синій колір",
    # a blocked nose, conjugated
    "con la gripe no respiro bien por la nariz de noche",
    # a past overdose with a good end told with more words
    "два года назад подруга передознулась, еле откачали, сейчас у неё всё прекрасно",
    "три роки тому друг передознувся, відкачали, зараз у нього все чудово",
    "hace un par de meses mi primo tuvo una sobredosis, lo revivieron y ahora está genial",
    # almost fainted, ended fine
    "при виде крови чуть не потерял сознание, попил воды и норм",
    # a mild ache, a day counted at work, a cold's tight chest
    "me molesta un poco el pecho desde ayer, creo que es ansiedad",
    "четвертая смена подряд, грудь побаливает",
    "con el resfriado tengo el pecho cerrado y apenas respiro por la nariz",
]

# Asked in general ("if someone..."), or a player on a screen: not the card
NOT_THE_CARD += [
    "the keeper collapsed on tv and isn't moving, hope he's alright",
    "гравець впав на полі по телевізору, сподіваюсь все добре",
    "what if someone only breathes once every 10 seconds after oxy",
    "якщо після налоксону людина все одно без свідомості, що робити",
]

# Questions about overdoses, not the card: the steps one tap away.
OVERDOSE_QUESTIONS = [
    "which position should you put someone in when they pass out",
    "в какую позу укладывать человека, если он отключился",
    "в яке положення класти людину, якщо вона знепритомніла",
    "cómo se acuesta a alguien que está inconsciente",
    "як перевернути людину на бік, якщо вона відключилась?",
    "how shallow can breathing get before you call an ambulance",
    "при какой дозе трамадола бывают судороги",
    "з якої дози прегабаліну починаються судоми",
    "desde qué dosis de tramadol aparecen las convulsiones",
    "cómo distingo si se está pasando con la heroína o solo está dormido",
]

# Told, not happening: the embedding stage gives no card either.
TOLD_NOT_NOW = [
    "en el ascensor pensé que me desmayaba jajaja",
    "у стоматолога ледь не знепритомнів, попив води і норм",
    "третю зміну підряд, груди трохи тиснуть",
]

# The card: happening now.
THE_CARD = [
    "shes gettin blu shes gettin blu",
    "hes going gry hes going gry",
    "two bars and some lean, she's breathing like once a minute, normal??",
    # a drug named keeps a near-faint: still the card
    "после мефа держится за грудь и чуть не отключился",
    # blue with a drug named beside the cold: still the card
    "he did a shot of fent and hes going blue, freezing cold out here",
    # someone fell at a stop and looks blue: the stop is no weather
    "woman just dropped at the tram stop, looks blue round the lips",
    # naloxone given and still out
    "sprayed the nyxoid twice, hes still out and we have one more",
    "дали налоксон, а он всё равно без сознания, колоть ещё?",
    "зробили налоксон, а вона досі не приходить до тями",
    "le pusimos la naloxona y todavía sigue inconsciente",
    # breathing counted slow after a drug, asked "is that normal"
    "she's breathing like once every 12 seconds after the methadone, normal?",
    "дышит раз в 20 секунд после трамадола и феназепама, это нормально?",
    "respira dos veces por minuto después de las pastillas y la heroína, es normal?",
    # overheating on a drug with twitching or the sight going
    "on mandy, legs twitching and i'm boiling, can't cool off",
    "на мефе, всё плывёт, руки сіпаються, дуже жарко",
    "tomé tachas, todo borroso y tengo un calor insoportable",
    # into a vein, the heart and the sight going, about to pass out
    "ввела по вене лирику, сердце колотится, в глазах темнеет",
    # a player who collapsed and is not breathing, wherever the writer is (the number first)
    "the ref collapsed on the pitch right by us, he's not breathing",
    "игрок упал на поле прямо перед нами и не дышит",
    "el delantero se cayó en la cancha y no responde, estamos en la grada",
    "my teammate went down during our game and isn't breathing",
    # the position asked about one's own person on the floor now
    "en qué posición la pongo? está inconsciente y tomó pastillas",
]


@pytest.mark.parametrize("text", NOT_THE_CARD)
def test_not_the_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", THE_CARD)
def test_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", OVERDOSE_QUESTIONS)
def test_an_overdose_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


@pytest.mark.parametrize("text", TOLD_NOT_NOW)
def test_told_not_now(text: str) -> None:
    assert not is_emergency(text)
    assert told_not_now(text)


def test_a_past_overdose_with_a_good_end_is_an_overdose_question() -> None:
    assert asks_about_overdose("два года назад подруга передознулась, сейчас у неё всё прекрасно")


# -- blind9-tune's emergency-side rule misses, by kind, in other words (2026-12-06, late round) --

# A fit going on after drugs ("fitting", UK English), or a depressant mix with breathing hard and a
# call for help, or "how do I do the breaths, he isn't breathing": the card.
THE_CARD_BLIND9 = [
    "my friends fitting on the sofa after a load of pills help",
    "gf is fitting after she dropped two pills, what now",
    "he's been fitting since the ket kicked in, 3 minutes now",
    "напилась и сверху выпила феназепам, дышать тяжело, помогите кто-нибудь",
    "випив пляшку і закинувся ліриками, дихать тяжко, допоможіть",
    "bebí mucho y encima me tomé unos rivotril, me cuesta respirar, ayuda",
    "how do you do rescue breaths, he isn't breathing",
    "как делать искусственное дыхание, она не дышит",
    "як робити штучне дихання, він не дихає",
    "cómo se hacen las compresiones, mi hermano no respira",
]

# Not the card: the same words told after a good end, a fit in the sense of a clothes size or an
# idiom, the breaths asked about for "someone who" or "if".
NOT_THE_CARD_BLIND9 = [
    "my sister fainted at the half marathon two years ago, it was the heat, she trains again now",
    "пару лет назад подругу откачали, сейчас она трезвая уже 2 года",
    "три роки тому брата відкачали, зараз він чистий вже рік",
    "mi tío tuvo convulsiones hace dos años, ahora toma su medicación y está perfecto",
    "the jeans are fitting a bit tight after the holidays",
    "it's fitting that the party ended with pills everywhere lol",
    "how do you do rescue breaths on someone who isn't breathing",
    "cómo se hace el boca a boca si alguien no respira",
    "как делать искусственное дыхание, если человек не дышит",
    "напився вчора з трамалом, дихати було важко, зараз все добре",
]

# Tolerance after a break, asked: an overdose question, not the card.
TOLERANCE_QUESTIONS_BLIND9 = [
    "вышел из рехаба, страшно что сорвусь, моя прежняя доза сейчас опасна?",
    "після реабу боюся зриву, чи можна мою колишню дозу?",
    "after rehab if I relapse is my old dose going to be too much?",
    "salgo de la cárcel, ¿mi dosis de antes es peligrosa ahora?",
    "полгода на зоне, толер наверно упал, сколько брать?",
]


@pytest.mark.parametrize("text", THE_CARD_BLIND9)
def test_the_card_blind9_kinds(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_THE_CARD_BLIND9)
def test_not_the_card_blind9_kinds(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", TOLERANCE_QUESTIONS_BLIND9)
def test_tolerance_after_a_break_is_an_overdose_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


def test_a_fit_going_on_beside_a_drug_is_the_card() -> None:
    assert is_emergency("my cousins fitting after the pills and booze, what do we do")
    assert is_emergency("cómo se hace la rcp? no respira")
    assert not is_emergency("what do i do, the dress isn't fitting after the pills made me bloated")


def test_a_fit_asked_about_is_not_the_card() -> None:
    assert not is_emergency("can i come off lyrica slowly without fitting")
