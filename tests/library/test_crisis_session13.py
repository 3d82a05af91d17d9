"""Crisis recognition, session 13 (issue #9): the kinds of crisis message tune31's first look
missed (a wish not to wake up with words between, a lethal amount asked for oneself "to get it
right", not planning to be around, dropped g's, "на тот свет", a step off a height, "покончить с
собой" typed fast, "лишний на этом свете", "хочу чтобы меня не стало", an overdose on purpose in
Ukrainian, "жити нема навіщо", "no hay salida, solo morir", "acabar con mi bida", "para qué sigo
vivo", "mejor me quito de en medio", "they'd be happier if I didn't exist", a lethal dose "for
myself", a goodbye with an apology alone), and the everyday messages it carded (a friend's words then a
helper's question, a weekday's point, bed with "goodbye world", "podría dormir para siempre", a
comedown that should end, a lie-in, a party left early), through the public ``is_crisis`` and
``is_emergency``. Fresh wordings: no labelled text (``tune31`` itself is checked message by message
in ``tests/library/test_triage.py``, ``_tune``). One test per list, so a failure names every miss."""

from __future__ import annotations

from bot.library.crisis import asks_how_to_help, is_crisis
from bot.library.emergency_text import is_emergency

CRISIS = [
    # a wish not to wake up, words between (the crisis reply, not the overdose card)
    "i wish i could fall asleep tonight and simply never wake up again",
    "лучше бы я вообще больше никогда не проснулась",
    "хочу лягти спати і більше ніколи не прокинутись",
    "краще б я просто не прокинулась завтра",
    "ojalá me duerma y ya no despierte nunca",
    # a lethal amount asked for oneself
    "what's a fatal amount of tramadol for a guy my size, i want it to work",
    "how much oxy would i need to make sure i don't survive",
    "сколько нужно феназепама чтобы точно уйти",
    "скільки треба пігулок щоб точно піти назавжди",
    "cuánto clonazepam necesito para irme sin enterarme",
    # not planning to be around
    "got the pills and a bottle, don't plan on being around tomorrow",
    "i don't intend to be alive by monday",
    # dropped g's
    "been thinkin of endin it all lately",
    "im plannin on endin my life",
    # the other world, a step off a height
    "пора мне отправляться на тот свет",
    "хочу на той світ, тут нічого не тримає",
    "шагну из окна сегодня, никто не заметит",
    "ступлю з даху цієї ночі",
    "gonna step off the roof tonight",
    # typed fast, one too many, not to exist
    "хочу покончит с сабой",
    "решила пакончить с собой",
    "я лишняя на этом свете",
    "я зайва на цьому світі",
    "хочу чтобы меня просто не стало",
    "хочу, щоб мене вже не було",
    # on purpose, no reason, no way out, Spanish slang and typos
    "спеціально вип'ю все що є за раз, хай забере",
    "жити немає сенсу, виходу не бачу",
    "no tengo salida, mejor morirme",
    "quiero acabar con mi bida",
    "para qué sigo viva",
    "ya me voy a quitar de en medio",
    # everyone better off if one were gone; a lethal dose "for myself"; no reason to keep living
    "they would be happier if i didnt exist",
    "всем станет легче если я исчезну",
    "без мене всім полегшає",
    "todos estarían más tranquilos si yo desapareciera",
    "what dose of amitriptyline is lethal, asking for myself",
    "cuál es la dosis letal de paracetamol para mí",
    "i can't see any reason to keep living",
    # no old age wanted, everyone fine without me, gone by morning, a number of one's pills and
    # wanting it over, "me voy a colgar"
    "honestly can't see myself growing old and i don't want to",
    "my kids would be fine without me, maybe better",
    "i'll be gone by morning",
    "if i swallow 40 of my quetiapine tonight i just want it all to end",
    "ya no aguanto, me voy a colgar hoy",
    # nothing left and done, taking one's life, a painless way, typed fast, tired of life, a burden
    "there's nothing left for me anymore. i'm done",
    "i'm gonna take my own life this weekend",
    "what's the least painful way to die",
    "хачу умерть",
    "не хочу жыть совсем",
    "устала от жизни",
    "я всім тільки тягар, піду",
    "i feel like such a burden, i want it all to be over",
    "odio mi vida, voy a terminar con ella",
    # a goodbye with an apology and nothing else
    "sorry for everything. goodbye",
    "простите меня все. прощайте",
    "вибачте мені всі. прощавайте",
    "perdón por todo, adiós a todos",
    # a friend's words with now: still the crisis reply
    "my friend says she wants to kill herself tonight, how do i help her",
]

EVERYDAY = [
    # a friend's words first, then the helper's question
    "my brother says he wants to die all the time, how can i support him",
    "мой друг постоянно говорит что хочет умереть, как ему помочь",
    "mi hermano dice que se quiere matar, cómo lo apoyo",
    # a weekday's point, bed till tomorrow, tiredness, a comedown
    "what's the point of anything on a tuesday morning haha",
    "night all, goodbye cruel world, see you tomorrow",
    "después de esta semana podría dormir para siempre",
    "quiero que se termine ya esta resaca, llevo dos días fatal",
    # a lie-in
    "i wish i could sleep in and not wake up until noon tomorrow",
    "хочу не просыпаться до обеда в субботу",
    "хотелось бы не просыпаться в 6 утра на работу",
    # a party, a place, a subscription, a pool
    "i don't want to be here at this party anymore",
    "nobody would notice if i left the party early",
    "i'm thinking about ending my subscription",
    "на тот свет я пока не собираюсь, хаха",
    "шагну с крыши бассейна в воду, кто со мной",
    "хочу чтобы меня не было дома когда придёт бывший",
    "сколько надо выпить кофе чтобы точно не уснуть на паре",
    "the lethal dose for dogs of chocolate, want to get it right for my vet exam",
    "no hay salida del estacionamiento",
    "ya me quito de en medio para que habléis tranquilos",
    "i dont plan on being here next year, moving to spain",
    "they would be happier if i left early",
    "la dosis letal para mi perro",
    "i cant see any reason to keep living in this city",
    "bye all, sorry for everything, leaving the group",
    "sorry, goodbye, see you tomorrow",
    "perdón por el spam, adiós",
    "i'll be gone by morning, early flight to lisbon",
    "they will be fine without me at the party",
    "took 2 of my ibuprofen, want this headache to stop",
    "me voy a colgar de la barra en el gym",
    "me voy a colgar la medalla en la pared",
    "my ex is dead to me",
    "whats the quickest way to go to the station",
    "i'm going to take my life back after rehab",
    "nothing left for me to do here, im done for today",
    "устал от жизни в большом городе",
    "я всем мешаю, уйду в другую комнату",
    "odio mi vida social, quiero terminar con ella y salir más",
    "carrying a burden of debt, want it to end soon",
    "gonna die of embarrassment when she sees this photo",
    "i want to disappear into my duvet till monday",
    "my brother hurt himself a few months back, how should i ask him about it",
    "i'm done with this party life, time to get clean",
]

# someone else not waking: still the overdose card
EMERGENCY = [
    "хочу чтобы он проснулся, он не просыпается",
    "i wish i could do something, he does not wake up and breathing slow",
    "хочу щоб вона прокинулась, вона не прокидається",
]


def test_crisis_kinds_of_tune31_in_other_words() -> None:
    missed = [t for t in CRISIS if not is_crisis(t) or is_emergency(t)]
    assert not missed, missed


def test_everyday_words_beside_them_are_not_a_crisis() -> None:
    carded = [t for t in EVERYDAY if is_crisis(t) or is_emergency(t)]
    assert not carded, carded


def test_someone_else_not_waking_is_still_the_card() -> None:
    missed = [t for t in EMERGENCY if not is_emergency(t)]
    assert not missed, missed


def test_a_friends_words_then_the_question_get_the_note() -> None:
    assert asks_how_to_help("my sister keeps telling me she wants to die, how can i help her")
    assert asks_how_to_help("подруга пишет что хочет умереть, как ей помочь")
    assert not asks_how_to_help("my sister says she wants to die right now, how can i help her")
    assert asks_how_to_help("my sister cuts herself, how can i talk to her")
    assert is_crisis("my friend is cutting herself right now, how do i help")
    assert is_crisis("i want to disappear under the bridge tonight")


def test_a_harmless_phrase_keeps_the_embedding_stage_to_the_note() -> None:
    from bot.library.crisis import harmless_phrase

    assert harmless_phrase("i don't want to carry on with my degree any more")
    assert harmless_phrase("не хочу больше продолжать учёбу")
    assert harmless_phrase("quiero que se termine esta resaca")
    assert not harmless_phrase("me muero de risa pero quiero morir")
    assert not harmless_phrase("i dont want to continue with this job, i want to die")


# Late round (blind10-tune's kinds, other words): sorry for everything with the last text one sends,
# the whole dose at once "and let it be", "write to my sister that I loved her", closing one's eyes
# forever, burning or cutting oneself told in Spanish with "lo único q me calma"; and "I think I'm
# dying" said of a racing heart, which is the body's alarm, not a wish.
CRISIS_BLIND10 = [
    "sorry about everything. last text i'm ever gonna send",
    "простите за всё, это последнее сообщение от меня",
    "perdónenme por todo, último msj que escribo",
    "закину весь запас таблеток разом, и будь что будет",
    "i'll do the whole bag in one go and whatever happens happens",
    "me meto el gramo entero y que pase lo que pase",
    "напишите маме что я её любил",
    "text my brother that i loved him",
    "escríbanle a mi hermana que la quise mucho",
    "хочется закрыть глаза навсегда",
    "i just want to close my eyes forever",
    "quiero cerrar los ojos para siempre",
    "me he estado cortando los brazos, es lo único q me calma",
    "burning my arm with a lighter, only thing that calms me",
]
NOT_CRISIS_BLIND10 = [
    "sorry for everything, last message in this group, leaving the chat",
    "съем всю пиццу разом и пусть",
    "i want to close my eyes for a minute before the bus",
    "me estuve quemando con el sol en la playa",
    "heart's pounding after the speed, feel like i'm dying",
    "кажется я умираю, сердце колотится после мефа",
    "creo q me muero, el corazón a mil después del perico",
]


def test_crisis_kinds_of_blind10_in_other_words() -> None:
    missed = [t for t in CRISIS_BLIND10 if not is_crisis(t)]
    assert not missed, missed


def test_everyday_and_body_alarm_beside_them_are_not_a_crisis() -> None:
    carded = [t for t in NOT_CRISIS_BLIND10 if is_crisis(t)]
    assert not carded, carded
