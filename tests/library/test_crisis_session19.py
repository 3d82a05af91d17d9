"""Crisis kinds found on tune44 (session 19), in other words than its labelled messages: each kind
with messages it must catch and everyday look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from bot.library.crisis import asks_how_to_help, chore_weariness, is_crisis, told_long_ago
from bot.library.emergency_text import is_emergency

CRISIS = [
    # something hot or sharp on one's own skin "to feel something"
    "pressed the lighter to my forearm for ages, just to feel something",
    "я прижигаю руку зажигалкой чтобы хоть что-то почувствовать",
    "ріжу стегно лезом щоб хоч щось відчувати",
    "me quemo la muñeca con el mechero, es lo único que me hace sentir algo",
    # a note left and a named day when it all ends
    "the letter for my dad is under my pillow. on sunday it all ends",
    "письмо маме в ящике, в субботу всё кончится",
    "лист для сестри в шафі, у неділю все скінчиться",
    "la carta está en mi mochila, el domingo se acaba todo",
    # if I vanished, "so why stay" last
    "if i disappeared tomorrow nobody would clock it for a month. so why stick around",
    "если я исчезну, никто и не заметит. так зачем оставаться",
    "si desaparezco nadie se entera en semanas, así que para qué seguir",
    # a date fixed, affairs left in order
    "ya tengo la fecha, el lunes, y dejo todo pagado para mi mamá",
    "дату вже вибрала, все оплачено наперед",
    # the other word order of "no sense in living", "living, I don't want"
    "жить больше не вижу смысла",
    "жити вже не хочу, чесно",
    # a prayer to die in one's sleep
    "i pray every night that i don't wake up",
    "каждую ночь молюсь чтобы не проснуться",
    "щовечора прошу бога щоб не прокинутись",
    "rezo para no despertar mañana",
    # things or a pet given away, "it's better this way"
    "gave away my records and my cat this week. it's better this way",
    "раздал все свои книги и приставку, так правильно",
    "віддала кота подрузі назавжди, так буде краще",
    # others better off once I am gone
    "my mum would be so relieved once i'm gone for good",
    "мама вздохнёт с облегчением, когда я умру",
    "mis hermanos vivirían mejor si yo no existiera",
    "було б легше якби я взагалі не народився",
    # "самоубиться"
    "если честно хочу самоубиться",
    # a blade, cuts made, wanting more
    "got the razor out, three cuts on my arm already and i want more",
    "с лезвием в руке, уже пять порезов, хочется ещё",
    # tired of everything, of myself, of life
    "устала от всего, от людей, от жизни",
    # out of this life, out of the way
    "quisiera irme de esta vida ya",
    "tengo ganas de quitarme de en medio",
    # a last weekend, then not here
    "last week for me, after that i won't be around",
    "ці вихідні останні, потім мене вже не буде",
    # writing so someone knows, and no more
    "writing so someone knows. been good knowing you. last message",
    "пишу чтобы кто-то знал. больше не напишу",
    # the means saved, now enough
    "been hiding my mum's sleeping pills for a month, there's enough now",
    "прятала феназ по таблетке, уже целая горсть набралась, для себя",
    "llevo meses escondiendo clonazepam, ya junté bastantes",
    # off a height "this is no joke"
    "jumping off the multi storey roof tonight, this is not a joke",
    "піду з даху, це не жарт",
    # a lethal question asked for oneself
    "if i take every pill in the drawer will i just not wake up? it's for me",
    "яка доза треба щоб серце зупинилось? питаю про себе",
    # things given away, "I no longer"
    "le regalé mi guitarra a mi prima, que la toque ella que yo ya no",
    # gone by morning
    "к утру меня здесь уже не будет",
]

EVERYDAY = [
    # ice or a rubber band instead; a tattoo
    "i hold ice on my wrist to feel something instead of cutting, my therapist suggested it",
    "держу лёд в руке чтобы хоть что-то почувствовать вместо порезов",
    "me hice un tatuaje en la muñeca para sentir algo nuevo",
    # a note and a day, but a project or an exam ends
    "the notes for the project are in the drive, on friday it all ends, thank god",
    "записки к экзамену готовы, в пятницу всё закончится",
    # a date fixed for a wedding or a move
    "ya tengo la fecha de la boda y dejo todo pagado antes",
    # living somewhere
    "жить в этом районе не вижу смысла, переезжаем",
    "жити з ним не хочу більше, розлучаюсь",
    # prayers about waking up late or hungover
    "pray i don't wake up hungover tomorrow lol",
    # things given away because of a move or outgrown
    "gave away the cot and the pram, she outgrew them, it's better this way",
    "раздала вещи перед переездом, так легче",
    # better off at work without me
    "the team will be better off once i'm gone on holiday",
    # tired of a chore, not of life
    "устал от всего этого ремонта в подъезде",
    # leaving a job or a city
    "last week at this job, after that i won't be around the office",
    # writing so someone knows about a lost cat
    "writing this so someone knows the cat's been fed, last message tonight",
    # saved pills for a trip
    "saving my meds for the trip, there's enough now",
    # a roof joke without a height
    "dying to see the roof terrace bar, not a joke",
    # a plant dying
    "кактус у мами помирає, що з ним робити",
    "mi orquídea se está muriendo, qué le pasa",
    # given away an outgrown bike
    "le regalé la bici a mi sobrino porque ya le queda chica a mi hijo",
    # an unnamed transfer set after payday
    "set it for after payday so the rent is covered for my flatmate, the bank app is so slow",
]

HELPERS = [
    "my cousin says she's been thinking about killing herself, what should i text her",
    "подруга написала что хочет умереть, что мне ей ответить",
    "колега каже що хоче покінчити з собою, що мені йому сказати",
    "mi prima dice que se quiere morir, ¿qué le escribo?",
]


@pytest.mark.parametrize("text", CRISIS)
def test_tune44_kinds_are_a_crisis(text: str) -> None:
    assert is_crisis(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", EVERYDAY)
def test_tune44_look_alikes_are_no_crisis(text: str) -> None:
    assert not is_crisis(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", HELPERS)
def test_a_helper_asking_what_to_say_gets_the_note_not_the_crisis(text: str) -> None:
    assert not is_crisis(text), text
    assert asks_how_to_help(text), text


def test_a_friend_saying_it_now_is_still_the_crisis_reply() -> None:
    text = "my cousin says she's been thinking about killing herself and me too, what should i text her"
    assert is_crisis(text)


def test_the_news_about_suicide_rates_is_no_crisis() -> None:
    assert not is_crisis("saw a report on suicide statistics for farmers, wild")
    assert not is_crisis("en la tele dijeron que aumentaron los suicidios en adolescentes")
    assert not is_crisis("статистика самоубийств в регионе выросла, пишут в новостях")
    assert is_crisis("saw a report on suicide statistics and honestly i want to die too")


def test_self_harm_long_ago_and_over_is_told_not_felt() -> None:
    assert told_long_ago("i self harmed at 16, 5 years clean now")
    assert not is_crisis("i self harmed at 16, 5 years clean now")
    assert told_long_ago("cuando tenía 15 me cortaba, ahora tengo 30 y estoy bien")
    assert not told_long_ago("i self harmed at 16, 5 years clean now but i did it again tonight")


def test_chore_weariness() -> None:
    assert chore_weariness("so tired of all this paperwork")
    assert chore_weariness("втомився від цієї бюрократії")
    assert not chore_weariness("so tired of all this paperwork, i want to die")


def test_a_lethal_question_about_someone_else_now_is_still_the_card() -> None:
    assert is_emergency("he swallowed the whole pack, how many is lethal? asking for me")
    assert is_emergency("сколько надо чтобы сердце встало? он не дышит")
