"""Emergency recognition, session 14 (issue #9): the kinds of tune32's rule misses and false cards,
said again in other words (no labelled text), through the public ``is_emergency``,
``asks_about_overdose`` and ``told_not_now``. ``tune32`` (``bench/labelled/triage-tune32-*.yaml``,
written before the fixes) is checked message by message in ``tests/library/test_triage.py``."""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency, told_not_now

THE_CARD = [
    # a household poison swallowed now: antifreeze, bleach, a drain cleaner, a pod, methanol
    "my brother swallowed some bleach from under the sink and is throwing up",
    "the baby bit into a laundry pod, she's gagging and drooling",
    "дед по ошибке выпил антифриз из бутылки из-под воды",
    "син ковтнув білизну, плаче і кашляє",
    "mi hijo se tomó lejía de la botella, está tosiendo",
    # the throat closing or the face swelling after something taken
    "after that line my throat feels like its closing and my lips are swelling",
    "после таблетки опухло лицо и горло сдавило, дышать тяжело",
    "після пігулки набряк язик і горло стискає",
    "después de la pastilla se me está hinchando la lengua y se me cierra la garganta",
    # one of several people out
    "we all ate the same mushrooms, everyone is sick and one of them is out cold",
    "пили что-то с рынка, всех тошнит, одна без сознания",
    "comimos algo raro en la fiesta y uno ya está inconsciente",
    # found lying with empty packs beside
    "found my flatmate slumped on her bed with empty pill bottles all around",
    "брат лежить на підлозі, біля нього порожні упаковки від таблеток",
    "mi tío está tirado en el sofá con cajas vacías de pastillas",
    # eyes rolled with jerking; a fever of 40 or more on a stimulant
    "his arms keep jerking and his eyes rolled back after the spice",
    "температура 41 после мефа, несёт какую-то чушь",
    "tiene 40 de fiebre después del cristal y no sabe dónde está",
    # out cold after a shift, but not breathing or after a drug: still the card
    "he crashed out after his shift and now he's not breathing",
    "вырубился после смены, перед этим выпил феназепам, храпит и не реагирует",
    # an opioid patch and nodding off or slurring
    "grandma stuck on two fentanyl patches and now she keeps nodding off and slurring",
    "мама наклеила два фентаниловых пластыря, засыпает посреди разговора",
    # a sip of methadone by a small child
    "мой сын глотнул метадон из стакана, сонный какой-то",
    # injected a while ago, breathing counted
    "respira cada 15 segundos, se ha inyectado hace un rato, es normal??",
]

NOT_THE_CARD = [
    # a limb hurt at sport gone purple or swollen
    "banged my knee at rugby, it's swollen and going black and blue",
    "ударил палец на тренировке, посинел и опух",
    "вдарив коліно об стіл, синє і набрякле",
    "me golpeé la rodilla en el partido y está morada",
    # a blocked nose with a cold
    "stuffy nose all week, can barely breathe at night",
    "ніс закладений, дихати не можу, нежить третій день",
    "con la nariz congestionada no puedo respirar por la noche",
    # snoring every night
    "my husband snores and sort of chokes in his sleep every night, should he see a doctor",
    "дед храпит и будто задыхается, каждую ночь такое",
    # a story being written
    "writing a novel where the heroine overdoses in a motel, what would her friend see",
    "пишу повесть где героиня умирает от передоза, как это описать",
    "estoy escribiendo un relato donde el prota se desmaya y no respira, cómo sería",
    # a nap told fondly or a meal slept through
    "the baby's been napping for three hours, won't wake up for her feed, bless her",
    "дочка заснула на диване и не просыпается к ужину, такая милая",
    "la nena se quedó dormida en la sillita y no se despierta para merendar, qué tierna",
    # a music video
    "in the music video the singer collapses and stops breathing, is it about drugs",
    "у кліпі хлопець падає без свідомості, це про передоз?",
    # out cold after a long shift, nothing taken
    "my husband is out cold in the armchair after a double shift",
    "сестра вырубилась на диване после суток в больнице",
    "mi madre está rendida en el sofá después del turno de noche",
    # recovered, fine today, clean for years, a false alarm
    "my uncle collapsed at the barbecue last summer from the heat but he recovered quickly",
    "подруга вчера потеряла сознание в бане, сегодня в порядке",
    "ayer se desmayó en el concierto, hoy está bien",
    "my sister used to OD a lot, she's been clean 5 years",
    "раньше он часто передозился, уже 4 года трезвый",
    "we thought she'd overdosed but she was just asleep, slept it off",
    "думали что он передознулся, а он просто спал",
    "creímos que tenía una sobredosis pero solo estaba borracho",
]


@pytest.mark.parametrize("text", THE_CARD)
def test_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_THE_CARD)
def test_not_the_card(text: str) -> None:
    assert not is_emergency(text)


def test_a_k_hole_told_apart_is_a_general_question() -> None:
    for text in (
        "is there a way to tell a k-hole from something serious",
        "как отличить к-хол от чего-то серьёзного",
        "cómo distingo un k-hole de algo peligroso",
    ):
        assert asks_about_overdose(text) and not is_emergency(text)


def test_a_household_poison_asked_about_is_not_the_card() -> None:
    for text in (
        "what if a kid drinks bleach, what do you do",
        "что будет если выпить антифриз",
        "qué pasa si alguien se bebe lejía",
        "my dog drank antifreeze last year, vet saved him",
    ):
        assert not is_emergency(text)


def test_fine_after_exercise_is_told_not_now() -> None:
    for text in (
        "did a half marathon, legs were shaking and numb, had a big meal, feel fine",
        "после тренировки руки дрожали и немели, поел, вроде норм",
        "después del partido me temblaban las piernas, comí y me siento bien",
    ):
        assert told_not_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "sorry chat, wifi is dying again, see you tomorrow",
        "the connection keeps dying on the train",
        "инет умирает, перезагружу роутер",
        "інтернет знову помирає, вечором допишу",
        "мій фікус зовсім помирає, поливаю як треба",
        "se me está muriendo la conexión, luego te escribo",
    ],
)
def test_a_dying_connection_or_plant_is_not_the_card(text: str) -> None:
    assert not is_emergency(text)


# Session 14's late round: the kinds of blind11-tune's rule misses and false cards, in other words.
LATE_CARD = [
    # falling asleep and unable to stop it, legs not working, after a benzo or an opioid
    "had one of those bars and my legs stopped working, i keep falling asleep and can't stop",
    "me metí heroína y me cuesta mantenerme despierta, no siento las piernas",
    # a racing heart with a numb face or arm after a stimulant
    "heart's pounding after the speed and my left arm has gone numb",
    "сердце как отбойный молоток после мефа, весь потный",
    # shaking and no longer hearing the people beside after a drug
    "после соли его трясёт и он меня не слышит",
    "la tiembla todo después del cristal y no nos escucha",
    # a fit said as a verb, beside a drug
    "после мефа его начало судорожить, лежит на диване",
    "після фену його судомить вже хвилину",
    # a pulse barely felt, told beside a drug, no person word
    "пульс ледве промацую, це після героїну",
    "pulse is really weak, he did heroin an hour ago",
    # chest burning after coke said the Ukrainian way, sweating
    "після коки болить у грудях і весь мокрий",
    # hot, sweating and making no sense after pills at a party
    "se tomó unas pepas y está hirviendo, transpira muchísimo y dice cosas sin sentido",
    # lips bluish and unwakeable in a car park
    "уснула в машине на парковке, не можем добудиться, губы синюшные",
]

LATE_NOT_CARD = [
    # "blue in the face" from arguing or talking
    "i've been telling him till i'm blue in the face to get a job",
    "she went purple in the face shouting at the referee",
    # an elbow or the crook of an arm bruised after giving blood or a jab
    "после анализа крови сгиб локтя посинел, синяк",
    "the crook of my arm went purple after the blood test",
    "se me puso morado el codo después de donar sangre",
    # a leg cramp at night after a drink is not a fit
    "ногу судомит ночью, выпил пива",
    "ночью судомит ногу после мефа",
    # "судорожно" is "frantically", not a fit
    "судорожно ищу где купить меф",
    "судорожно думаю после фена, что делать с долгами",
    # falling asleep over a dull film is not the card
    "keep falling asleep during this film, it's so boring",
]


@pytest.mark.parametrize("text", LATE_CARD)
def test_late_round_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", LATE_NOT_CARD)
def test_late_round_not_the_card(text: str) -> None:
    assert not is_emergency(text)


# Session 14's late round: a return to using after time clean with the dose asked, and tolerance
# "perder", are overdose questions; a return to the gym or a mother's house is not.
LATE_OD_QUESTIONS = [
    "рік в завязці, якщо зірвусь, скільки можна?",
    "year clean, if i relapse how much is safe to do",
    "si recaigo después de la cárcel, qué dosis es segura",
    "a year sober, if i go back to using what dose should i start on",
    "es cierto que al perder la tolerancia es más fácil morir?",
]
LATE_NOT_OD_QUESTIONS = [
    "i might go back to the gym, how much should i lift",
    "si vuelvo a la casa de mi madre cuanto menos pago?",
    "estoy limpio, si vuelvo al gimnasio cuanto deberia correr",
]


def test_late_round_overdose_questions() -> None:
    missed = [t for t in LATE_OD_QUESTIONS if not asks_about_overdose(t) or is_emergency(t)]
    assert not missed, missed
    taken = [t for t in LATE_NOT_OD_QUESTIONS if asks_about_overdose(t)]
    assert not taken, taken
