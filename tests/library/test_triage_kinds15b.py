"""Triage, session 15 second round (issue #9): the kinds tune36's first look missed, through the
public ``is_crisis`` and ``triage``. Crisis: the whole dose or all one has, taken so as not to wake
up, not come back or let the heart stop; an overdose no one would notice; choosing which bridge or
roof to jump from, said laughing; goodbyes with no rent to pay next month; a rope put away "just in
case"; "покончу з цим всім" in surzhyk; "всім буде легше якщо мене просто не буде". Everyday: a
comedian who "had me dead", "los exámenes me tienen muerta". Emergency: a lead-in before the
message ("not sure if this is the place to ask but", "lol ok not funny anymore", "не знаю туда ли
пишу", "ya no es chiste") no longer makes it a general question or a joke; a story that ends on the person fine now ("we
checked, he's fine", "всё ок", "она уже смеётся", "ya está bien") is no card, unless asked, his own
word for it, after naloxone or urgent; heroin called "H", a pulse "рідкий"/slow after pills, and a
Ukrainian dad ("тато"), grandparents, uncles, aunts and cousins as people. Fresh wordings: no labelled text
(``tune36`` itself is checked message by message in ``tests/library/test_triage.py``). One test
per list, so a failure names every miss."""

from __future__ import annotations

from bot.library.crisis import is_crisis
from bot.library.emergency_text import is_emergency

CRISIS = [
    # the whole dose or all one has, so as not to wake up or come back
    "i'm going to use every bit i've stashed tonight and never wake up",
    "doing all of it in one go so that i never come back from it",
    "i'll take everything i've saved and let my heart stop",
    "вколю всё что есть и больше не просыпаться, так проще",
    "сегодня вмажусь по полной, и пусть моё сердце остановится",
    "вмажусь усім що є і більше не прокидатися",
    "сьогодні вколю по повній і хай моє серце зупиниться",
    "me voy a meter todo lo que tengo y no despertar más",
    "змішаю усі свої таблетки з вином навмисно",
    # an overdose no one would notice
    "no one would even care if i od'd this weekend",
    "никто и не заметит если я передознусь на выходных",
    "ніхто навіть не помітить якщо я передознуся",
    "nadie lo notaría si me paso de dosis mañana",
    # which bridge or roof to jump from, said laughing
    "lol been deciding which building to jump off, the tall one downtown probably",
    "ахах уже думаю с какого моста прыгнуть, их тут много",
    "ха, вже обираю з якого даху стрибнути",
    "jajaja ya vi de cuál edificio aventarme",
    # goodbyes, no rent or bills to pay next month
    "said my goodbyes this week, don't have to pay the bills next month anyway",
    "со всеми попрощалась, платить по счетам мне больше не придётся",
    "попрощався з усіма, платити за світло вже не доведеться",
    "me despedí de todos, ya no voy a tener que pagar la luz",
    # a rope put away just in case
    "there's a noose in my closet just in case things get worse",
    "петля лежит в шкафу, на всякий случай",
    "зашморг у шафі, на всяк випадок",
    "guardé una soga en el ropero por si acaso",
    # surzhyk, and everyone better off if I'm simply not here
    "все, завтра покончу з цим усім",
    "всім стане легше якщо мене вже не буде",
]

NOT_CRISIS = [
    # a laugh that "had me dead"
    "that stand-up special had me dying, i was crying with laughter",
    "your voice note had me deceased honestly",
    "the new sitcom has me dead every single episode",
    "los exámenes finales me tienen muerta, solo quiero dormir",
    "este trabajo me tiene bien muerto, ya quiero vacaciones",
    # the same words with nothing of a wish to die
    "took a whole edible at once and did not wake up until noon lol",
    "which cliff to jump off at the quarry, it's roasting and we're going with the lads",
    "с какой скалы прыгать в воду, жара, едем с пацанами купаться",
    "my climbing rope is in the closet, going to the crag sunday",
    "said goodbye to my flatmates, moving back home so won't have to pay rent",
    "попрощался с соседями, съезжаю к родителям, за квартиру платить больше не придётся",
    "nobody would notice if i skipped the meeting",
]


def test_crisis() -> None:
    missed = [text for text in CRISIS if not is_crisis(text)]
    assert not missed, missed


def test_not_crisis() -> None:
    carded = [text for text in NOT_CRISIS if is_crisis(text)]
    assert not carded, carded


# a lead-in before an overdose now, and the same lead-in before nothing happening now
LEAD_IN_CARD = [
    "sorry if this is a dumb question but my friend took xanax and now he won't wake up and his lips are blue",
    "idk if this is the right place for this but my sister snorted a bunch of ket and isn't breathing properly",
    "haha ok this is not funny anymore, he took fentanyl and he's not responding at all",
    "хз туда ли я пишу но друг принял метадон и не просыпается, губы синие",
    "не знаю чи сюди пишу, брат вколовся і не дихає",
    "уже не смешно, он выпил таблетки с водкой и его не разбудить",
    "no sé si es aquí pero mi amigo tomó fentanilo y no respira",
    "jaja ya no da risa, mi hermano se tomó las pastillas con alcohol y no despierta",
]
LEAD_IN_NO_CARD = [
    "not sure if this is the place to ask but what are the signs of an overdose",
    "lol ok not funny anymore my cat keeps stealing my socks",
    "не знаю туда ли пишу, где взять налоксон бесплатно",
    "no sé si este es el lugar pero cuánto dura la naloxona",
]


def test_lead_in_card() -> None:
    missed = [text for text in LEAD_IN_CARD if not is_emergency(text)]
    assert not missed, missed


def test_lead_in_no_card() -> None:
    carded = [text for text in LEAD_IN_NO_CARD if is_emergency(text)]
    assert not carded, carded


# a story that ends on the person fine now; the same ending asked, said by him, or after naloxone
ENDED_WELL = [
    "my brother blacked out at the pub after too many pints, we sat him up and checked, he's totally fine",
    "the goalie got knocked out in the first half, they took him off, she's alright now",
    "мой пёс на секунду будто перестал дышать, а потом захрапел, он уже в порядке",
    "подруга отключилась на вечеринке от духоты, вывели на воздух, всё нормально",
    "брат знепритомнів у метро від задухи, дали води, він вже жартує",
    "mi amigo se desmayó en el gimnasio por no comer, le dimos jugo y ya está bien",
]
# out of breath from laughing, told in the past
ENDED_WELL += [
    "that roast had us crying, i literally couldn't breathe from laughing",
    "el payaso estuvo buenísimo, no podíamos respirar de la risa",
    "на стендапі я не міг навіть дихати від сміху",
]
NOT_ENDED_WELL = [
    "he took a handful of bars, keeps nodding out and his lips are blue but he says he's fine",
    "she snorted a lot of fent and isn't breathing properly, she's ok?",
    "he's not breathing after heroin, call an ambulance now, she's ok",
]


def test_ended_well() -> None:
    carded = [text for text in ENDED_WELL if is_emergency(text)]
    assert not carded, carded


def test_not_ended_well() -> None:
    missed = [text for text in NOT_ENDED_WELL if not is_emergency(text)]
    assert not missed, missed


# heroin called "H"; a slow pulse after pills; a dad, a grandparent or an aunt as the person
CARD_FORMS = [
    "my boyfriend did some H an hour ago and he's grey and gurgling",
    "mum swallowed all her heart pills at once and her pulse is really slow",
    "mi abuelo se tomó todas sus pastillas de golpe y tiene el pulso muy lento",
    "тато випив усі пігулки від серця разом і пульс ледь відчувається",
    "бабуся випила всі свої пігулки за раз, пульс дуже рідкий",
    "my nan took all her sleeping pills at once and we can't wake her",
]
NO_CARD_FORMS = [
    "my resting pulse is really slow because i run a lot",
    "we got H&M vouchers for the party",
    "тато сьогодні на роботі, пульс в нормі після пробіжки",
]


def test_card_forms() -> None:
    missed = [text for text in CARD_FORMS if not is_emergency(text)]
    assert not missed, missed


def test_no_card_forms() -> None:
    carded = [text for text in NO_CARD_FORMS if is_emergency(text)]
    assert not carded, carded
