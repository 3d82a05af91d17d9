"""Kinds fixed on tune43 (session 19, emerg helper), in words of no labelled set, with guards.

Sedatives named by class or generic name ("downers", "tranquilizantes", "заспокійливі", "alprazolam")
count as a depressant; Russian or Ukrainian in Latin letters with "him" ("u noho", "u nego") or a
symptom word ("sudomy", "pripadok") is read in Cyrillic; breaths far apart said loosely ("respira
muy de vez en cuando", "long gaps between breaths") beside a drug are the card; a "what if" worry
about one's own person that asks how to tell or when to call is a question, not the card; out of
breath from laughing now ("no puedo respirar de la risa"); a deep sleeper a household noise does not
wake; a sleeper who wakes at once when called (for the embedding stage); whether a drug can kill, and
serotonin syndrome, asked about; worn out by work or an exam said as dying is no crisis.
"""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency, told_not_now

CARD = [
    # sedatives by class or generic name, with "too much" and drowsiness
    "swallowed way too many sedatives, my eyelids are so heavy, room is fading",
    "mi novio se tomó demasiados tranquilizantes y no puede mantener los ojos abiertos",
    "він випив забагато заспокійливих, засинає на ходу і не тримає голову",
    "took too many tranqs and im nodding out hard, cant lift my arms",
    # Russian or Ukrainian in Latin letters, "him" or a symptom word as the marker
    "u nego pripadok posle mefa, trjasetsya ves",
    "pislia tabletok u yoho sudomy, trusyt vsioho",
    # breaths far apart said loosely, beside a drug
    "my dad took his neighbour's methadone and now he only breathes every now and then",
    "she did heroin an hour ago and there are really long pauses between her breaths",
    "mi tío se metió heroína y ahora respira muy de vez en cuando, está dormido",
    "mi prima tomó oxis y tarda un montón entre respiración y respiración",
    "парень вмазался и дышит изредка, лежит на диване",
    "хлопець прийняв метадон і забуває дихати, хропе",
    # a worry that already tells a drug taken or a state now stays the card
    "what if he doesn't wake up? how would i know, he took a handful of bars",
    "а що як вона не прокинеться, як зрозуміти, вона вже синя",
    # a noise sleeper with a sign or a drug beside it stays the card
    "no se despierta ni con el despertador y tiene la cara gris, se metió fentanilo",
    "he won't wake even with the alarm and he took a load of xanax, lips going blue",
]

NO_CARD = [
    # a worry ahead, asking how to tell or when to call
    "what if my girlfriend stops breathing in her sleep after her methadone? how would we even tell",
    "а что если брат не проснётся после колёс с пивом? когда вызывать скорую",
    "а що якщо мама не прокинеться після снодійного з вином? коли викликати швидку",
    "y si mi primo se queda dormido y no despierta después de las benzos con alcohol? cómo voy a saber si hay que llamar",
    # out of breath laughing, now
    "no podemos ni respirar de la risa con el vídeo del gato",
    "no puede respirar de la risa, mi hermana está fatal con ese chiste",
    # a deep sleeper a household noise does not wake
    "mi hijo no se despierta ni con el despertador, adolescentes",
    "my husband doesn't wake up even with the doorbell, lazy sunday",
    "муж не просыпается даже от будильника, какой-то медведь",
    "донька не прокидається навіть від грому, спить як ховрашок",
    # breaths far apart without a drug, or asked in general
    "mi abuelo duerme y respira muy de vez en cuando, ronca",
    "si alguien toma metadona y respira de vez en cuando es grave?",
]

OD_QUESTION = [
    "what if my friend doesn't wake up after mixing G and vodka? how will i know when to call",
    "а вдруг подруга не проснётся после фена с алкоголем, как понять что пора звонить",
    "можно ли умереть от трамадола с пивом?",
    "чи можна померти від габапентину з горілкою?",
    "¿se puede morir por juntar clonazepam con tequila?",
    "is it possible to die from mixing ketamine and alcohol?",
    "what does serotonin syndrome look like after molly?",
    "что такое серотониновый синдром и когда он опасен?",
]

NOT_OD_QUESTION = [
    "можно ли умереть от скуки на уроке?",
    "чи можна померти від сміху?",
    "se puede morir de amor?",
]

# For the embedding stage: a sleeper who wakes at once when called is told as not now
NOT_NOW = [
    "my nan dozes off after her tablets but wakes right away when we call her name",
    "дедушка дремлет после лекарств, окликнешь и тут же просыпается",
    "дідусь дрімає після ліків, покличеш і одразу прокидається",
    "mi abuelo se duerme después de sus pastillas, le hablas y despierta enseguida",
]

STILL_NOW = [
    # woke at once, then out again, or a sign beside it
    "he wakes right up when i shake him but then nods off again and his lips are blue",
    "la llamas y despierta al toque pero respira muy raro y se vuelve a quedar",
]


@pytest.mark.parametrize("text", CARD)
def test_session19_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NO_CARD)
def test_session19_guards_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", OD_QUESTION)
def test_session19_overdose_questions(text: str) -> None:
    assert not is_emergency(text), text
    assert asks_about_overdose(text), text


@pytest.mark.parametrize("text", NOT_OD_QUESTION)
def test_dying_of_boredom_or_love_is_no_overdose_question(text: str) -> None:
    assert not is_emergency(text), text
    assert not asks_about_overdose(text), text


@pytest.mark.parametrize("text", NOT_NOW)
def test_a_sleeper_who_wakes_at_once_is_not_now(text: str) -> None:
    assert not is_emergency(text), text
    assert told_not_now(text), text


@pytest.mark.parametrize("text", STILL_NOW)
def test_a_sleeper_who_drifts_off_again_is_still_now(text: str) -> None:
    assert not told_not_now(text), text


# Worn out by work, an exam or a shift, said as dying: no crisis; with means, a plan or a goodbye
# beside it, still one
NO_CRISIS = [
    "the night shift is killing me, i'm so dying lol",
    "сессия меня доконает, я умру к понедельнику",
    "навчання мене вбиває, я помираю",
    "el curro me está matando, me muero",
]

STILL_CRISIS = [
    "work is killing me, i'm dying inside and i want to end it",
    "эта учёба меня убивает, я сдохну до пятницы, таблетки уже собрал",
    "my boss is killing me, i'll be dead by friday and nobody will care, goodbye",
]


@pytest.mark.parametrize("text", NO_CRISIS)
def test_worn_out_by_work_is_no_crisis(text: str) -> None:
    assert not is_crisis(text), text


@pytest.mark.parametrize("text", STILL_CRISIS)
def test_an_end_beside_work_is_still_a_crisis(text: str) -> None:
    assert is_crisis(text), text
