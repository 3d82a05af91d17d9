"""A danger sign told now and asked "is it normal?" (session 21, emerg2 helper), in words of no
labelled set.

Emergencies: someone gurgling or snoring strangely and not waking, not answering, blue or barely
breathing, or fitting, after methadone, heroin, G, benzos, alcohol with pills or pregabalin, whatever
"is this normal / нормально ли это / чи це нормально / es normal / should I worry" question follows.
No card: mild states asked the same way (sleepy, chatty, small pupils but talking, itching on
opioids, sweating on MD while fine, asleep and snoring as usual after a drink).
"""

from __future__ import annotations

import pytest

from bot.library import triage
from bot.library.emergency_text import is_emergency

CARD = [
    # en
    "my cousin is making this rattling noise and wont wake up after the methadone, is that normal?",
    "bf did some H an hour ago, his lips are going blue and hes snoring weird, normal?",
    "mate took G at the club and now hes fitting on the floor, should i worry?",
    "she had 4 xanax and keeps gurgling, I cant get an answer out of her, is this ok?",
    "he drank loads and took some of his sleeping pills, hes barely breathing, is that normal",
    "after the lyrica he is snoring really strange and doesnt respond when i shake him, is it normal",
    "dad's making gurgly sounds and not waking up after his methadone, is this normal or not",
    "shes shaking all over and her eyes rolled back after the G, is that normal??",
    # ru
    "брат после героина храпит как-то страшно и не отвечает, это нормально?",
    "подруга выпила и закинулась феназепамом, булькает горлом и не реагирует, норм?",
    "после лирики муж хрипит и губы синие, нормально ли это",
    "чел с гидры дёргается весь на полу и глаза закатились, это норма?",
    "после метадона еле дышит и хрипит, стоит волноваться?",
    "сосед после ханки сопит странно и не будится вообще, это нормально вообще",
    "парень с бензов храпит с каким-то бульканьем и не приходит в себя, так бывает?",
    "мама выпила таблетки с водкой и не откликается, хрипит, нормально?",
    # uk
    "брат після метадону дивно хропе і не прокидається, чи це нормально?",
    "подруга після героїну синіє і хрипить, це нормально?",
    "хлопець після джі б'ється в судомах на підлозі, чи це нормально?",
    "після ксанаксу з горілкою тато булькає і не відповідає, це норм?",
    "після прегабаліну чоловік ледве дихає і хропе дивно, чи нормально це",
    "друг після феназепаму хрипить і не реагує ні на що, так і має бути?",
    "сестра після метадону не прокидається, губи сині, це нормально?",
    "кум після героїну хрипить, я його трясу а він не відповідає, це нормально взагалі?",
    # es
    "mi primo hace un ruido como de gárgaras y no despierta tras la heroína, ¿es normal?",
    "mi novia tomó G y está convulsionando en el suelo, es normal??",
    "se tomó unas benzos con alcohol y ronca rarísimo y no responde, ¿eso es normal?",
    "mi papá después de la metadona casi no respira y ronca feo, ¿debería preocuparme?",
    "mi amigo se metió heroína y tiene los labios morados y no contesta, es normal?",
    "wey mi carnal con la pregabalina ronca bien raro y no reacciona, es normal eso?",
    "mi hermana con los benzos hace gárgaras y no la puedo despertar, es normal o no",
    "tras el G mi colega se sacude entero y no contesta, ¿es normal?",
]

NO_CARD = [
    # en
    "after my methadone dose I get really sleepy in the afternoon, is that normal?",
    "my pupils are tiny after the oxy but im talking fine, is that normal?",
    "heroin makes me itch all over my face, is it normal?",
    "sweating loads on MD but otherwise feeling good, is that ok?",
    "he's asleep and snoring like always after drinking, that's fine right?",
    # ru
    "после метадона всё время клонит в сон днём, это нормально?",
    "после героина чешется всё лицо, нормально ли это",
    "зрачки точки после трамадола но я нормально разговариваю, норм?",
    "на экстази сильно потею, но чувствую себя отлично, это нормально?",
    "он выпил и спит, храпит как обычно, это нормально же?",
    # uk
    "після метадону постійно хилить у сон, це нормально?",
    "від героїну свербить усе тіло, чи це нормально?",
    "після мефу балакаю без зупинки, це нормально?",
    "на екстазі пітнію, але почуваюся добре, чи нормально?",
    "він випив і спить, хропе як завжди, це ж нормально?",
    # es
    "con la metadona me da mucho sueño por las tardes, es normal?",
    "la heroína me da comezón en toda la cara, ¿es normal?",
    "tengo las pupilas chiquitas con la oxi pero hablo bien, es normal?",
    "sudo un montón con el MD pero me siento bien, ¿es normal?",
    "se quedó dormido después de beber y ronca como siempre, ¿es normal?",
    # the grave words said of oneself, of a phone, or denied
    "I can't wake up in the mornings since I started methadone, is that normal?",
    "после феназепама утром не просыпаюсь по будильнику, это нормально?",
    "він після травки не відповідає на повідомлення вже годину, це нормально?",
    "desde que fuma mota no responde los mensajes, ¿es normal?",
    "после героина зрачки маленькие, но он болтает и смеётся, это нормально?",
]


@pytest.mark.parametrize("text", CARD)
def test_card(text: str) -> None:
    assert is_emergency(text)
    assert triage.by_rules(text).emergency


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text)
