"""Kinds fixed on tune47 (session 21, emerg helper), in words of no labelled set, with guards.

Emergencies: more than usual taken with the writer going under and afraid now; out cold ("в
отключке", "без сознания") beside empty blister packs, cold to the touch ("холодная на ощупь"); a
Ukrainian "випив/випила" a pack of pills; nonsense talked ("несёт дичь", "несе якусь дичину") with
the heat after a stimulant; surzhyk (a Russian stem with the Ukrainian reflexive past, "отключився",
and "є" typed for the Russian "е", "рєдко"), read the Ukrainian and the Russian way. No card: a past
scare that ended with the help come quickly ("скорая быстро приехала") or someone no longer using now
("зараз вже не вживає"); blue or purple lips from cold water or "from the cold"; a "what if" set on a
day to come or told as a worry that keeps coming back. Overdose questions: "можно передознуться"
without "ли"; someone in general going under after "if" with what to do asked; how long to watch
someone who took too much; how to tell someone is not just high but in danger; whether to let
someone sleep it off after a drug or drink.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency, surzhyk_readings

CARD = [
    # more than usual, going under, afraid now
    "did way more than i usually do, cant keep my eyes open, im scared",
    "взяла больше чем обычно, глаза закрываются, мне страшно",
    # out cold beside empty packs; cold to the touch
    "дед без сознания в кресле, на столе пустые упаковки",
    "сестра непритомна, поруч порожні пачки з-під таблеток",
    "тато лежить, холодний на дотик, поруч порожні блістери",
    # a Ukrainian "випила" a pack of pills, sick and muddled
    "донька випила пачку якихось пігулок, блює і плутається",
    # nonsense talked with the heat after a stimulant
    "подруга після мефу вся гаряча, несе якусь дурню, нікого не впізнає",
    "он после скорости горячий весь и несёт какую-то дичь",
    # surzhyk: a Russian stem with the Ukrainian reflexive past, "є" for "е"
    "кум отрубився після бухла з таблетками, дихає рєдко",
    "сестра отключилася і нє дихає, що робити",
]

NO_CARD = [
    # more than usual with no fear or no drowsiness now; afraid of something to come
    "had more than usual at the wedding, so sleepy lol, night all",
    "drank too much, cant keep my eyes open, scared of my exam tomorrow",
    # nonsense talked about politics
    "дядько знову несе якусь дичину про політику, бісить",
    # a pack of juice
    "малий випив пачку соку і пішов гуляти",
    # surzhyk of someone asleep as usual
    "кум отключився на дивані після зміни, хропе як завжди",
    # a past scare, the help came quickly, fine and not using now
    "три года назад кент отъехал у меня на хате, скорая быстро приехала, теперь он больше не употребляет",
    "позаминулого року брат посинів, швидка швидко приїхала, тепер живий і вже не вживає",
    "two years ago my flatmate went blue, the ambulance came really fast, now he doesnt use anymore",
    # blue or purple from cold water or from the cold
    "вийшли з озера, у малої губи фіолетові, трясеться від холоду",
    "после речки губы синие, замёрз как собака",
    "my sons lips went purple in the cold sea, wrapped him in a towel",
    "salimos del lago con los labios morados, el agua estaba helada",
    # a "what if" on a day to come, or a worry that keeps coming back
    "what if my cousin goes blue at the rave next weekend, i keep worrying",
    "а вдруг брат не проснётся после дня рождения в субботу, не выходит из головы",
    "що як на фестивалі через тиждень хтось не прокинеться, постійно про це думаю",
    "y si el finde que viene mi prima no despierta, no dejo de pensar en eso",
]

STILL_CARD = [
    # blue in cold water after a drug, or pulled out of water not breathing
    "вона вмазалась і посиніла у холодній ванні, не відповідає",
    "витягли з річки, синій, не дихає",
    # blue and cold to the touch is the body
    "він синій і холодний, не дихає",
    # a past scare and again now
    "минулого року друг посинів, а зараз знову не дихає і лежить синій",
    "my friend is blue and not breathing, the ambulance came quick but left, help now",
    # a "what if" with a state now
    "what if he doesnt wake up tomorrow, he took 6 bars an hour ago and hes snoring weird",
    "а вдруг он не проснётся, он уже синий, не могу перестать думать",
]

QUESTIONS = [
    "от грибов можно передознуться?",
    "з гашишу можна передознутись взагалі?",
    "если кто-нибудь вырубится у меня на хате, что делать по пунктам?",
    "якщо хтось посиніє на вечірці, що робити?",
    "if somebody passes out at my place what should i do",
    "how long do i need to watch someone who overdid it on pills?",
    "сколько часов надо следить за тем, кто перебрал?",
    "як зрозуміти що людина не просто п'яна, а їй вже треба швидку?",
    "how do you tell if someone is not just stoned but actually in trouble?",
    "is it safe to let my mate sleep it off after the benzos?",
    "чи можна дати йому проспатися після мефедрону?",
    "¿es peligroso dejarlo dormir después de tanto alcohol?",
]

NOT_QUESTIONS = [
    "how long should i stay at the party, everyone is so boring",
    "cuánto tiempo me quedo con mi abuela en el hospital",
    "is it ok to let the baby sleep after her feed?",
    "not just tired but exhausted, how do you tell if its burnout?",
]


@pytest.mark.parametrize("text", CARD + STILL_CARD)
def test_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", QUESTIONS)
def test_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_not_question(text: str) -> None:
    assert not is_emergency(text)
    assert not asks_about_overdose(text)


def test_surzhyk_readings_only_for_surzhyk() -> None:
    assert surzhyk_readings(" брат отключился дышит редко ") == ()
    assert surzhyk_readings(" брат відключився дихає рідко ") == ()
    # the Ukrainian neuter ending "-нє" is no surzhyk ("на майбутнє", "синє")
    assert surzhyk_readings(" питаю на майбутнє синє небо ") == ()
    assert " брат відключився дихає рідко " in surzhyk_readings(" брат отключився дихає рєдко ")
