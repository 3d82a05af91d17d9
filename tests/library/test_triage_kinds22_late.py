"""Kinds the rules missed on blind19-tune (session 22, late round, helper emerg), in other words than
the labelled messages: each kind with messages it must catch and everyday look-alikes it must leave
alone.

Emergencies: a shot stronger than usual with nodding hard and a heavy body, told by the person
themself ("stronger than normal" is no "is it normal?"); woken and out again at once; a Ukrainian
verb with the Russian "-тся" ("не просинаєтся"); "весь" typed "ves" before an adjective in Latin
letters. Not emergencies: blue after a river or a lake, warmed since; a mouth or tongue blue from a
blue sweet.

Crisis: a letter to one's family with a worn-out line, a place of ending, thanks or a goodbye;
things given away "at least she'll have a normal life"; "if I don't write tomorrow" with a parting;
everything at once with "I don't care anymore"; stockpiled pills to take together (the infinitive,
the daily dose put aside); waiting for everyone to leave with the means ready; a goodbye to all as
the whole message; how to stop wanting to die; going so that one's mother hurts less; the dose that
kills wanted for oneself; joining someone who died. Not crisis: a death feared and over today
(a hangover); a team or a thing that "has died"; a wish to die over a bad haircut.

Overdose questions asked ahead: an amount said to be lethal; someone knocked out some day by a drug;
"si se ha pasado"; "si un día a mi colega le da un chungo".
"""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency

EMERGENCY = [
    "smoked a bit of the new batch, it's stronger than usual, nodding like crazy and scared",
    "вмазался, партия сильнее чем обычно, тело тяжелое, засыпаю, страшно",
    "укололась, сильніше ніж зазвичай, засинаю і страшно",
    "me meti un tiro, mas fuerte de lo normal, me estoy quedando dormida y tengo miedo",
    "тормошу его, а он сразу опять вырубается",
    "будимо його, а він знову відключається",
    "la despierto y se vuelve a apagar, se metio pastillas",
    "i shake him and he passes right back out",
    "він не прокидаєтся, ширнувся",
    "posle mefa ves goryachii, golova raskalyvaetsya",
    "pislya fenu ves goryachiy, serce kalatayetsya",
    # still the card: a sign beside the everyday cause
    "съел синий леденец и губы синие, не дышит",
    "после речки посинел и не дышит",
    "ate a blue lollipop, now his lips are blue and he won't wake up",
    "синие губы после мороженого и не дышит",
]
NOT_EMERGENCY = [
    "is this batch stronger than normal? my friend said so",
    "this coffee is stronger than usual, my body feels heavy today",
    "the new batch is stronger than usual, be careful",
    "кофе сегодня крепче чем обычно, сердце колотится",
    "бужу его на работу, а он обратно засыпает",
    "бужу малого в школу, а он снова заснул",
    "la despierto para el cole y se vuelve a dormir",
    "i wake him up for work and he goes back to sleep",
    "вона не просинаєтся вчасно на роботу, будильник не чує",
    "сын посинел после озера, отогрели, уже играет",
    "дочка з'їла чупа-чупс, язик синій, сміється",
    "my kid ate a blue lollipop and his tongue is blue lol",
    "el niño se comió una paleta azul, tiene la lengua azul",
    "у дочки синие губы после синего мороженого, это же нормально?",
    "his lips went blue after a blue slushie, he's laughing",
]

CRISIS = [
    "left a letter for my parents on the kitchen table. i just can't take it anymore",
    "wrote a note to my kids, thanks to everyone who reads this, you were good to me",
    "оставила записку маме на столе. сил больше нет",
    "письмо семье уже написано, сегодня ночью пойду на мост",
    "листа батькам залишила в шухляді, більше не можу",
    "carta para mis padres escrita, ya no aguanto mas",
    "gave away my guitar and my clothes, at least he'll have a good life with my dog",
    "роздала речі, собаку віддала сусідці. хай хоч у неї буде нормальне життя",
    "if i don't text by tomorrow, i loved you all. thanks for everything",
    "если я завтра не отвечу, знайте что я вас любил. спасибо за всё",
    "si manana no contesto, los quise mucho. gracias por todo",
    "закинуть весь запас разом, мне уже всё равно",
    "откладываю каждый день по таблетке, выпить их сразу потом",
    "петля готова, жду пока все разъедутся на дачу",
    "how do i stop wanting to die",
    "як перестати хотіти померти?",
    "como dejar de querer morir",
    "як би так піти щоб мамі не було так боляче",
    "прощайте все",
    "goodbye everyone",
    "adios a todos",
    "the lethal dose of oxy, i want it for myself",
    "смертельна доза метадону яка? хочу її для себе",
    "с тех пор как умер брат думаю только уйти к нему",
    "desde la muerte de mi abuelo quiero irme con el",
    # the everyday figure does not hide the means, "every day" or a plain wish beside them
    "думав помру, і зараз теж хочу померти",
    "thought i'd die last night, today i want to die for real, got pills",
    "bad haircut and the pills are ready, i want to die",
    "постриглась, а все одно хочу вмерти кожен день",
]
NOT_CRISIS = [
    "wrote a letter to my mum for her birthday, she loved it",
    "написал письмо бабушке, завтра едем к ней в деревню",
    "лист рідним написав з відпустки, завтра йдемо на пляж",
    "escribí una carta para mi madre por el día de las madres",
    "раздала вещи перед переездом, кота отдала маме, пусть у неё поживёт",
    "gave away my old clothes, at least they'll get some use",
    "если я завтра не напишу, значит интернет опять отключили",
    "if i don't reply tomorrow it's because i'm at the festival, love you guys",
    "якщо я завтра не відповім, не шукайте, я в горах без зв'язку",
    "мне уже без разницы какой фильм смотреть",
    "всё что есть в холодильнике съем сразу, мне уже всё равно",
    "how do i stop wanting to eat sugar all the time",
    "как перестать хотеть спать после обеда",
    "прощайте каникулы, завтра в школу",
    "goodbye everyone, see you next week",
    "adios a todos, nos vemos el lunes",
    "what's the lethal dose of caffeine, asking for a school project",
    "desde que murio mi abuela voy con mi madre al pueblo",
    "since my grandpa died i join my grandma at church every sunday",
    "хочу уйти с работы чтобы маме не надо было за меня платить",
    "после той вечеринки думала что умру, сейчас уже нормально",
    "thought i was gonna die after that rave, today i'm fine",
    "anoche crei que me moria con la resaca, hoy ya estoy bien",
    "la bateria del movil ha muerto hoy otra vez",
    "mi equipo ha muerto esta temporada, hoy ni lo veo",
    "постригли ужасно, хочу умереть",
    "bad haircut today, i want to die",
    "me hicieron un flequillo horrible, quiero morirme",
    "перукарка зіпсувала чубчик, хочу померти",
]

OD_QUESTION = [
    "is there a dose of xanax that's basically always deadly",
    "если друг вырубится от метадона, что делать первым делом?",
    "sirve la sal si uno se ha pasado con la heroina?",
    "si algun dia a mi novia le da un jamacuco con la keta, que hago",
]
NOT_OD_QUESTION = [
    "если он вырубится от усталости, уложи его спать",
    "si se ha pasado la fecha del yogur, se puede comer?",
    "si un dia a mi colega le da un chungo de risa",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", CRISIS)
def test_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_not_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize("text", OD_QUESTION)
def test_overdose_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


@pytest.mark.parametrize("text", NOT_OD_QUESTION)
def test_not_overdose_question(text: str) -> None:
    assert not asks_about_overdose(text)
