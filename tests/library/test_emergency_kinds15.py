"""Emergency recognition, session 15 (issue #9): the kinds of tune34's rule misses and false cards,
said again in other words (no labelled text), through the public ``is_emergency``. ``tune34``
(``bench/labelled/triage-tune34-*.yaml``, written before the fixes) is checked message by message
in ``tests/library/test_triage.py``."""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency, told_not_now

# Guards: everyday messages that share the words, nothing happening now.
NOT_THE_CARD = [
    # silence in a chat or a messenger, no drug taken
    "my sister hasnt replied in the family whatsapp since this morning",
    "half the squad is not responding in discord tonight",
    "брат не отвечает в телеге уже часа три, наверное занят",
    "подруга не відповідає у вайбері з обіду",
    "mi primo no contesta los mensajes desde ayer, estará ocupado",
    # a snore complained of
    "my husband snores so loudly that i cant sleep at all, any tips",
    "сосед по комнате храпит жутко, не даёт спать, что купить",
    "mi pareja ronca fatal y no me deja dormir, qué hago",
    # a child asleep through being carried in; out after a feast
    "my daughter fell asleep in the stroller and didnt wake even when i put her in her cot",
    "сын уснул в автобусе и не проснулся даже когда я его раздевала",
    "донька заснула в машині і не прокинулась навіть коли ми її занесли",
    "la peque se quedó dormida y ni cuando la acostamos se despertó",
    "grandpa passed out on the sofa after christmas dinner as usual",
    "дядя вырубился после застолья и спит на стуле",
    "тато вирубився після святкової вечері на дивані",
    "mi suegro se quedó frito después de la cena de nochebuena",
    # a song played over and over
    "i cant stop listening to that song about blue lips",
    "слушаю на репите трек где он не дышит",
    "no paro de escuchar esa canción de la sobredosis",
    # eyes rolling on ecstasy told about a past weekend
    "в прошлую субботу на экстази глаза закатывались, это опасно?",
    "на минулих вихідних на екстазі очі закочувались, це ок?",
    "el finde pasado con las tachas se me iban los ojos para atrás, es malo?",
    # a cramp in a leg is no fit
    "ноги судомить після футболу",
    "икры сводит судорогой после пробежки",
    "судомить литку після спортзалу",
]

# The same words with something happening now: still the card.
STILL_THE_CARD = [
    "she took a handful of pills and isnt answering my texts, her lips were blue on the video call",
    "my son fell asleep and didnt wake even when i carried him, his lips are blue",
    "the baby fell asleep in the car and won't wake even when i pick her up, she's floppy",
    "el nene se durmió y no se despierta ni cuando lo cargamos, está frío",
    "dad passed out after christmas dinner and is not breathing",
    "he's been listening to music all night on molly and now won't wake up",
    "его судомит после мефа, лежит на полу",
    "boludo mi amigo tomó un montón y no responde, está helado",
]


@pytest.mark.parametrize("text", NOT_THE_CARD)
def test_not_the_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", STILL_THE_CARD)
def test_still_the_card(text: str) -> None:
    assert is_emergency(text)


# Kinds the rules missed: a pet or a small child that licked or ate a medicine and shows it; a
# household poison or a button battery swallowed; bad alcohol and the sight going; overheating said
# in Ukrainian with confusion.
THE_CARD = [
    "my puppy chewed through a bottle of advil and keeps vomiting",
    "кошка слизала рассыпанный аддерал и бегает по кругу",
    "собака зжерла пачку парацетамолу і блює",
    "mi perrita lamió las pastillas de ibuprofeno y está jadeando",
    "mi hija de 3 años se tomó unas pastillas de paracetamol y está flojita",
    "my toddler swallowed a coin battery from the remote",
    "малой проглотил батарейку от часов и плачет",
    "син відпив омивач з пляшки, кашляє",
    "la nena se tomó lavandina del balde y tose",
    "my brother drank windshield wiper fluid by mistake",
    "dad drank some homemade moonshine and now everything is blurry",
    "выпили самопал, у меня в глазах двоится",
    "випив самогону з базару, погано бачу",
    "bebimos aguardiente casero y se me nubla la vista",
    "після мефу весь гарячий, не пітніє і плутається",
]

NOT_THE_CARD_EITHER = [
    "can moonshine make you go blind",
    "от самогона можно ослепнуть?",
    "el mezcal adulterado puede dejarte ciego?",
    "выпила ложку яблочного уксуса натощак",
    "пацан жует насвай каждый день",
    "в глазах темнеет когда резко встаю",
]

OD_QUESTIONS = [
    "whats the max amount of tylenol per day",
    "сколько ибупрофена можно выпить за день",
    "скільки парацетамолу можна за добу",
    "cuántas aspirinas son demasiado al día",
    "что делать если кого-то перегреет на экстази, на будущее",
]


@pytest.mark.parametrize("text", THE_CARD)
def test_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_THE_CARD_EITHER)
def test_not_the_card_either(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", OD_QUESTIONS)
def test_a_general_overdose_question(text: str) -> None:
    assert asks_about_overdose(text) and not is_emergency(text)


# Session probes: a person found a colour; cannot be woken, said passively; shaking for minutes or
# not stopping after a drug.
PROBE_CARD = [
    "found my brother grey and not breathing",
    "we found her purple on the kitchen floor",
    "знайшла доньку синю на підлозі",
    "нашли мужа холодного и синего в ванной",
    "lo encontramos morado en el baño",
    "my flatmate can't be woken after those pills",
    "he is impossible to wake since the methadone",
    "her hands have been shaking for ten minutes after the salts",
    "брата трясёт после спайса уже 15 минут",
    "мою подругу колотить після мефу і не перестає",
    "tiembla hace 5 minutos después del cristal",
]

PROBE_NOT_CARD = [
    "found my old blue jacket in the attic",
    "found her blue eyeshadow in my bag",
    "нашла сумку синюю на распродаже",
    "can the baby be woken for a feed",
    "shaking for 10 minutes after my coffee",
    "трясёт уже 10 минут, замёрз на остановке",
    "found a blue pill in his pocket, what is it",
    "last year i found him blue on the floor but he survived",
]


@pytest.mark.parametrize("text", PROBE_CARD)
def test_probe_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", PROBE_NOT_CARD)
def test_probe_not_card(text: str) -> None:
    assert not is_emergency(text)


# Second probes: a line with its size before it and chest pain; naloxone given and going back under;
# "з'їв багато таблеток" with signs; a machine that is not responding is nobody.
PROBE2_CARD = [
    "did a massive bump and now hes grabbing his chest, says it's crushing",
    "we sprayed narcan, he woke a little and now he's slipping back under",
    "сестра з'їла багато пігулок снодійного, млява і мовчить",
    "мама съела много таблеток от давления, вялая, плохо говорит",
]

PROBE2_NOT_CARD = [
    "the website is not responding again",
    "комп завис и не реагирует ни на что",
    "la app no responde desde esta mañana",
    "my phone has been unresponsive since the update",
]


@pytest.mark.parametrize("text", PROBE2_CARD)
def test_probe2_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", PROBE2_NOT_CARD)
def test_probe2_not_card(text: str) -> None:
    assert not is_emergency(text)


# Not now for the embedding stage (told_not_now): coughed it up and laughing or playing now; a pulled
# muscle named as the cause, with no drug. Still the card: a battery swallowed.
@pytest.mark.parametrize(
    "text",
    [
        "my kid choked on a grape, coughed it up and is laughing now",
        "малыш подавился кашей, откашлялся и уже играет",
        "ребёнок наковтався води, відкашлявся і сміється",
        "my chest hurts after push ups, pretty sure i pulled a muscle",
        "болит грудь после турника, растянул наверно",
        "me duele el pecho desde el gimnasio, creo que es un tirón",
    ],
)
def test_told_not_now(text: str) -> None:
    assert told_not_now(text) and not is_emergency(text)


@pytest.mark.parametrize(
    "text", ["my son swallowed a battery", "chest pain after coke, pulled a muscle?"]
)
def test_still_the_card_with_those_words(text: str) -> None:
    assert is_emergency(text) and not told_not_now(text)


# Eyes rolling or flickering on ecstasy asked as "is that normal", nothing else told: not the card;
# with a fit or no answer beside it, still the card.
@pytest.mark.parametrize(
    "text",
    [
        "my eyes keep flickering on mdma, is this normal",
        "глаза бегают на экстази, это нормально?",
        "очі закочуються на екстазі, це норма?",
        "se me ponen los ojos en blanco con las tachas, es normal?",
    ],
)
def test_eyes_on_ecstasy_asked(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "her eyes keep rolling back on mdma and she's jerking, is that normal",
        "his eyes are rolling back on molly and he's not responding, is that normal",
    ],
)
def test_eyes_with_a_fit_or_no_answer(text: str) -> None:
    assert is_emergency(text)
