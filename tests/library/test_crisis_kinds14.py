"""Crisis recognition, session 14 (issue #9): the kinds of crisis message tune33's first look
missed (the height a fall needs to be fatal, affairs settled "before I go", thanks with "you were
the best part of my life" or "take care of each other for me", things given away and not needed
after this weekend, the rope and only the nerve missing, a bridge's railing above calm water, a
date chosen in Ukrainian, surzhyk "шоб мене не було", "не вывожу ... прощайте", self-harm done
and wanted again, "quitarme de en medio" as a plan), and the everyday messages beside them it
carded (hair dye spelt "die", more fun without me at a party, "not here tomorrow" before a
flight, a crisis line looked up for a flyer, a stream left with a goodbye, a goodbye post asked
how to word, "me muero si repruebo"), through the public ``is_crisis`` and ``is_emergency``.
Fresh wordings: no labelled text (``tune33`` is checked message by message by ``test_triage``). One
test per list, so a failure names every miss."""

from __future__ import annotations

from bot.library.crisis import harmless_phrase, is_crisis, ordinary_leaving
from bot.library.emergency_text import is_emergency

CRISIS = [
    # the height a fall needs to be fatal
    "how many floors do you need so you won't survive the fall",
    "what height would i have to jump from to be sure",
    "с какой высоты нужно упасть чтобы наверняка",
    "з якої висоти треба впасти щоб напевно",
    "de cuantos pisos hay que aventarse para morir",
    # affairs settled before one goes
    "paid off my debts and sorted everything, just tying up loose ends before i go",
    "привожу дела в порядок перед уходом, осталось немного",
    "dejando todo en orden antes de irme, ya casi",
    # thanks and a goodbye
    "thank you all for everything, you guys were the best thing that happened to me",
    "please look after each other for me when i'm gone",
    "gracias por todo, fueron lo mejor de mi vida",
    "берегите друг друга за меня",
    "бережіть одне одного за мене",
    # things given away, not needed after this weekend
    "gave my plants and books to my neighbour, won't need any of it after this week",
    # the means and only the nerve missing
    "the rope is in the garage, i just need the nerve",
    "la cuerda ya esta, nomas me falta atreverme",
    # a bridge's railing above calm water
    "on the bridge railing right now, the river is so still",
    "сижу на перилах моста, вода внизу такая спокойная",
    # a date chosen, in Ukrainian
    "обрав день. в суботу все закінчиться",
    # surzhyk, "не вывожу ... прощайте"
    "хочу шоб мене вже не було",
    "я больше не вывожу. прощайте все",
    "не витягую більше, прощавайте",
    # self-harm done and wanted again
    "порезался вчера и хочется ещё",
    "me queme anoche y quiero hacerlo otra vez",
    # "quitarme de en medio" as a plan
    "ya decidi quitarme de en medio, nadie me va a extrañar",
    # found by probing more Ukrainian wordings: a goodbye with a love in the past tense, pills
    # saved up for weeks, "why this life", "all right, decided, today"
    "прощавайте всі, я вас так любив",
    "farewell everyone, i really loved you guys",
    "уже две недели коплю таблетки",
    "stockpiling my meds for weeks now",
    "нафіга мені таке життя взагалі",
    "нахрена мне такая жизнь",
    "ок, вирішив. сьогодні",
    # more of the same probe: on the way to a bridge to end it, the note written, "not even to
    # live", to lie down and never get up, the medicine cabinet swallowed, "die and everyone is
    # better off", tonight decided as the last night, the rope and knowing what for, "gone, don't
    # look for me", "нахрін мені жити"
    "вже їду до мосту, шоб усе закінчити",
    "walking to the cliff to end it all",
    "предсмертная записка уже написана",
    "не хочеться вже нічого, навіть жити",
    "хочется уснуть и никогда не встать",
    "наглотаться бы всего что есть дома",
    "помру і всім буде легше",
    "решила что сегодня моя последняя ночь",
    "верёвка есть, и я знаю что с ней сделать",
    "всё, я ушла. не ищите",
    "нафіга мені жити, скажіть",
]

EVERYDAY = [
    # hair dye spelt "die"
    "is it bad to die my hair twice in one week",
    "how long after bleaching can i die the roots",
    # more fun without me at a party, a trip
    "they'd have more fun on this trip without me honestly, i get carsick",
    "без меня на этой тусовке всё равно лучше, пойду спать",
    "без мене на цьому концерті всім було б краще, я не люблю натовп",
    "sin mi en esta peda la pasan mejor jaja",
    # not here tomorrow before a flight
    "won't be around tomorrow, off to rome first thing",
    "завтра меня не будет, вылетаю в тбилиси",
    "завтра мене не буде, відлітаю до праги",
    # a crisis line looked up for a flyer or a bar
    "can someone send the suicide prevention line for the uk, we want it on our festival poster",
    "cual es el telefono de prevencion del suicidio en chile, es para un cartel en el bar",
    # a stream left with a goodbye
    "ending the stream here, bye everyone see you thursday",
    # a goodbye post asked how to word
    "leaving my job, what should i write in a goodbye post on linkedin",
    "пишу прощальный пост в инсту перед переездом, помогите",
    # an exam
    "me muero si suspendo mate otra vez",
    # a place or a season left, a party that will meet again
    "goodbye barcelona, i loved you",
    "прощайте все, я вас любил, увидимся следующим летом",
    "зачем мне эта жизнь в большом городе, хочу в деревню",
    # a roof with a job to finish, a note for a class, a lie-in, a walk
    "поднимусь на крышу чтобы закончить антенну",
    "heading to the roof to finish the solar panels",
    "my last note is written for the exam, just need to revise",
    "хочу лечь и не вставать до обеда",
    "я ушла гулять, вернусь к ужину",
]


def test_crisis_kinds_of_tune33_in_other_words() -> None:
    missed = [t for t in CRISIS if not is_crisis(t) or is_emergency(t)]
    assert not missed, missed


def test_everyday_words_beside_them_are_not_a_crisis() -> None:
    carded = [t for t in EVERYDAY if is_crisis(t)]
    assert not carded, carded


def test_a_goodbye_to_a_trip_a_stream_or_a_party_keeps_the_stage_to_the_note() -> None:
    assert harmless_phrase("best way to die my hair purple")
    assert harmless_phrase("everyone has more fun at the party without me, heading out")
    assert ordinary_leaving("leaving the stream now, thanks for watching")
    assert ordinary_leaving("me salgo del directo, nos vemos el lunes")
    # ... never when it names dying or the means
    assert not harmless_phrase("best way to die my hair, then i want to die")
    assert not ordinary_leaving("leaving the stream forever, i'm going to kill myself")


def test_the_trip_words_do_not_hide_a_goodbye_forever() -> None:
    assert is_crisis("perdonenme todos, hoy me voy para siempre")
    assert is_crisis("завтра меня не будет, улетаю на тот свет")
    assert is_crisis("i won't be here tomorrow. off to a better place")


# Session 14's late round: the kinds of blind11-tune's crisis misses, in other words.
LATE_CRISIS = [
    # the means saved up for a purpose
    "been stockpiling my bars for weeks, it's enough now",
    "коплю феназепам уже месяц не просто так",
    "зібрав пігулок, досить щоб не прокинутися",
    "llevo un mes guardando pastillas para irme",
    # everything left taken to be done
    "i'll swallow everything in the cupboard and be done",
    "вколю всё что осталось и всё",
    # a golden shot
    "сделаю себе золотой укол сегодня",
    "зроблю собі золотий, вже вирішив",
    # the last one talked to
    "you're the last person i'm talking to",
    "вы последние с кем я разговариваю",
    "sos la última persona con la que hablo",
    # no sense left and how to do it quietly
    "не вижу смысла после развода, думаю как уйти безболезненно",
    # "if I don't write tomorrow you know why"
    "if i don't reply tomorrow you'll know why",
    "если завтра не напишу, поймёте почему",
    # cut again, bleeding, not caring
    "me he vuelto a cortar los brazos y sangra mucho, no me importa",
    # jumping off a height as a plan
    "i'm going to jump off the car park tonight",
    # on the edge, alone
    "я на мосту прямо сейчас",
    "i'm on the ledge right now",
    # goodbye and sorry, alone
    "perdón por todo, chao a todos",
]

LATE_EVERYDAY = [
    "коплю деньги на отпуск, уже хватит",
    "gonna do everything on my list and then relax",
    "золотой браслет подарила мама",
    "guardando las pastillas en el cajón para el viaje",
    "you're the last person i'd ask for fashion tips",
    "estoy en el puente de camino a casa, llego en 10",
    "if i don't reply tomorrow it's because i'm on the plane",
    "me corté el pelo otra vez",
    "me corté otra vez cocinando y sangra un poco",
    "i'll take everything to the tip and be done with the clearout",
    "golden shot is a great cocktail name",
    "you're the last person i'm talking to today, off to bed",
    "ты последний с кем я говорю сегодня, спать пора",
    "собираю таблетки в аптечку, хватит на поездку",
    "juntando pastillas, suficientes para el viaje",
]


def test_late_round_crisis_kinds_in_other_words() -> None:
    missed = [t for t in LATE_CRISIS if not is_crisis(t)]
    assert not missed, missed


def test_late_round_everyday_words_are_not_a_crisis() -> None:
    carded = [t for t in LATE_EVERYDAY if is_crisis(t)]
    assert not carded, carded


def test_an_errand_or_a_swim_is_not_a_crisis() -> None:
    for text in (
        "collecting my meds from the chemist later, need anything?",
        "saving up my tablets for the trip so i dont run out abroad",
        "lets jump off the pier into the sea after work, its boiling",
        "thinking of jumping off the rocks into the lake on sunday",
    ):
        assert not is_crisis(text), text
    for text in (
        "been stockpiling my meds for weeks, i know what theyre for",
        "going to jump off the bridge tonight, i'm done",
    ):
        assert is_crisis(text), text
