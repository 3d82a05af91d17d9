"""Emergency recognition, session 16 (issue #9): the kinds of tune37's first-look rule misses and
false cards, said again in other words (no labelled text), through the public ``is_emergency``.
tune37 itself is measured by ``bench/triage_bench.py --split tune37``."""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency, told_not_now

# Happening now: the card.
THE_CARD = [
    # a depressant with drink, and two signs of the brain going down
    "my dad had whisky with his sleeping tablets and now he's confused and can't get up",
    "she drank vodka after two xanax, now she is slurring and keeps nodding off",
    "брат запил феназепам пивом, теперь несёт чушь и не может встать",
    "мама випила снодійне з вином, тепер плутається і не може встати",
    "mi tío tomó clonazepam con cerveza y ahora está confundido y no se puede levantar",
    # lips or nails a dark colour beside using or a sign
    "she fixed about ten minutes ago and her lips are going dark, she's barely breathing",
    "se quedó dormido después de inyectarse y tiene los labios violáceos",
    "після дози губи темні, хрипить і не відповідає",
    # the chest about to burst after a stimulant
    "did a lot of speed, my chest feels like it's going to explode, left arm tingling",
    "после кокса грудь сейчас разорвётся, рука немеет",
    "me metí mucha coca y siento que me va a estallar el pecho",
    # slow and dull after too much
    "mi papá se tomó de más de su tramadol, vomita y lo veo aletargado",
    # running wild and overheating on a drug
    "took some molly and now she's running around the car park screaming, she's boiling hot",
    "на фене бегает голый по двору и орёт, весь горячий",
    # a household poison named a few words after the swallowing
    "i drank from the blue bottle under the sink by mistake, i think it was bleach, throat burning",
    "me bebí lo que había en una botella de refresco en el garaje y creo que es anticongelante, estoy mareado",
    # Spanish first person with a caustic
    "bebí cloro sin querer, me quema la garganta",
    # a whole pack of a painkiller just now
    "i just took the whole box of ibuprofen, my stomach is burning",
    "выпила целую пачку парацетамола полчаса назад, тошнит",
    # a pet in "my weed"
    "кіт з'їв мою травку і тепер хитається",
    # running wild and burning up on a stimulant, said "hot"
    "після мефу сусід бігає по двору і кричить, весь гарячий",
    "he's on meth running around the house yelling and he's really hot to touch",
    # shaking that will not stop after too much
    "me metí demasiada coca y no puedo parar de temblar",
    "took way too much speed and i can't stop shaking",
]

# The same words with nobody in danger now: not the card.
NOT_THE_CARD = [
    # a joke told
    "анекдот про наркомана у которого передоз, рассказать?",
    "here's a joke: an addict walks into a clinic and says doc i think i overdosed",
    "te cuento un chiste: entra un yonki al médico y dice que tiene sobredosis",
    # passed out, woke up fine the next morning
    "he passed out at the party but woke up fine the next morning, just a headache",
    "сестра вырубилась на дне рождения, но наутро проснулась нормально",
    "se quedó frito en la fiesta pero al otro día despertó bien",
    # sleeping sweetly, nothing taken
    "the baby conked out in the car seat and didn't wake when we got in, sleeping peacefully now",
    "дочка уснула в машине и не проснулась когда принесли, сопит спокойно",
    # tired after work, a place said with "прямо"
    "так устал после работы что уснул прямо на диване в одежде",
    "so tired after school i could pass out on the train",
    # shaking from the cold, running and hot from the sun: no drug
    "can't stop shaking, the heating is broken again",
    "the kids are running around screaming in the garden, so hot today",
]


@pytest.mark.parametrize("text", THE_CARD)
def test_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_THE_CARD)
def test_not_the_card(text: str) -> None:
    assert not is_emergency(text), text


# The signs of too much, asked in general: the steps one tap away, not the card.
SIGNS_ASKED = [
    "what are the signs a person has taken too much ket",
    "how do you know if someone took way too many benzos",
    "как узнать что друг переборщил с мефом",
    "як зрозуміти що людина перебрала з солями",
    "cómo saber si alguien se pasó de más con el G",
]


@pytest.mark.parametrize("text", SIGNS_ASKED)
def test_signs_of_too_much_asked(text: str) -> None:
    assert asks_about_overdose(text) and not is_emergency(text), text


# Told as a routine or as yesterday's and fine now: the embedding stage gives no card either
# (``told_not_now``); the same words happening now still count as now.
NOT_NOW = [
    "my grandad swallows a fistful of tablets every morning, any tricks to keep track",
    "мама каждое утро пьёт горсть таблеток, как ей не путаться",
    "дідусь щодня п'є купу пігулок, як йому допомогти",
    "mi abuelo toma un montón de pastillas todas las mañanas, cómo lo organizo",
    "last night i drank way too much and threw up for hours, fine now just tired",
    "позавчора переборщила з алкоголем, зараз уже все добре",
    "anoche me pasé con el alcohol pero ya estoy bien",
]
STILL_NOW = [
    "he uses every day and right now he isn't breathing",
    "yesterday she took pills and now she is not ok, lips going blue",
    "вчера выпил таблетки, сейчас он не в порядке, синеет",
    "ayer se tomó las pastillas y no está bien, no despierta",
]


@pytest.mark.parametrize("text", NOT_NOW)
def test_told_not_now(text: str) -> None:
    assert told_not_now(text) and not is_emergency(text), text


@pytest.mark.parametrize("text", STILL_NOW)
def test_still_now(text: str) -> None:
    assert not told_not_now(text), text
