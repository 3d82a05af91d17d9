"""Crisis kinds found on tune46 (session 20), in other words than its labelled messages: each kind
with messages it must catch and everyday look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from bot.library.crisis import (
    asks_how_to_help,
    done_for_today,
    is_crisis,
    money_burden,
    told_long_ago,
)
from bot.library.emergency_text import is_emergency

CRISIS = [
    # a last message with thanks, care or an apology
    "final msg from me, thank you all for putting up with me",
    "es la última vez que les escribo, perdón por todo",
    "пишу вам в последний раз, берегите себя",
    "пишу вам у останній раз, дякую за все",
    # pills saved up "for the end", more drug names
    "been saving up my pregabs and the valium since october, they're for the end",
    "collected a fair few oxys off my nan, it's to end it",
    # no sense in anything, the other word order
    "нет смысла ни в чём уже",
    "немає сенсу ні в чому, чесно",
    # never want to wake up again
    "ya no quiero volver a despertar, estoy muy cansada",
    "no quiero despertarme nunca más",
    "honestly i dont want to wake up ever again",
    # the whole pack at once, certain, asked for oneself
    "если я все таблетки разом приму, это наверняка? спрашиваю для себя",
    "якщо всі пігулки одразу ковтну, то напевно? мені треба знати",
    "si me tomo todas las pastillas de golpe me muero? es para mí",
    "if i take all of my meds at once is that enough? asking for myself",
    # disappearing for real, not a move
    "i dream about vanishing, for good, not like going abroad",
    "хочу исчезнуть насовсем, чтобы никто не нашёл",
    "хочеться просто зникнути назавжди",
    "quiero desaparecer para siempre, ya",
    # things given away, "I won't need them"
    "gave my bike and my headphones to my neighbour's kid, i won't need them anymore",
    "handed my records over to my mate, told him for keeps, he doesn't get why",
    "роздала сестрі свої сукні, мені вони більше не потрібні",
    "отдал другу гитару, мне она больше не понадобится",
    "le di mi guitarra a mi primo, ya no la voy a necesitar",
    # floors enough, or on a roof's edge with the legs over and calm
    "would 12 floors be enough, the block by my flat is 12 floors",
    "12 этажей хватит? на нашей высотке",
    "чи 10 поверхів вистачить",
    "son 10 pisos, bastan?",
    "up on the roof of the car park, on the edge, weirdly calm",
    "сижу на крыше, ноги свисают, мне спокойно",
    "estoy en la azotea con las piernas colgando, me siento en paz",
    # once on a height, next time no stopping
    "stood on the railing of the bridge last night, climbed back. next time i won't climb back",
    "вчера был на крыше, испугался. в следующий раз не испугаюсь",
    "стояла на мосту, але злякалась. наступного разу не злякаюсь",
    "me subí a la azotea y me eché para atrás, la próxima vez no me rajo",
    # ending it all, Spanish "poner fin a todo"
    "mañana le pongo fin a todo, ya no aguanto",
    "quiero ponerle fin a mi vida",
]

EVERYDAY = [
    # a last message before signal, a trip, bed, the year
    "last message before my flight, thanks for the tips x",
    "último mensaje antes de las vacaciones, gracias a todos",
    "пишу в последний раз перед отпуском, спасибо всем",
    "останнє повідомлення в цьому чаті, дякую всім",
    # pills saved for the end of the month or a trip
    "saving my tablets for the end of the month when the script runs out",
    "stockpiling my meds for the trip, it's for when it's time to fly",
    # never want to wake up early
    "no quiero volver a despertar tan temprano, odio los lunes",
    "i never want to wake up again at 5am for that job lol",
    # embarrassment, not a wish
    "wanted to disappear after my speech at the wedding, so embarrassing",
    "хочу провалиться сквозь землю от стыда",
    "quiero desaparecer de la vergüenza jaja",
    # disappearing from socials or for a weekend
    "i want to disappear off social media for good, too much noise",
    # things given away with a reason
    "gave my old phone to my brother, i won't need it since i bought a new one",
    "отдал сыну велосипед, мне он больше не нужен, купил новый",
    "le regalé mi ropa vieja a mi hermana, ya no la voy a necesitar después de la mudanza",
    # floors for a view, a lift, a flat
    "is 9 floors enough for a good view of the fireworks",
    "12 этажей хватит для вида на реку? квартиру смотрим",
    "10 pisos es suficiente para ver el atardecer?",
    "sitting on the roof with my mates, legs dangling, so calm watching the sunset",
    # next time no stopping on a bungee jump
    "did the bungee jump off the bridge, chickened out first. next time i won't hesitate",
    "в следующий раз на тарзанке с моста не испугаюсь",
    # ending a relationship or a series
    "hoy le pongo fin a todo con mi ex",
    "le voy a poner fin a todo esto del vicio, empiezo el tratamiento",
    # not moving house
    "we're not moving away after all, staying in leeds",
]

HELPERS = [
    "my cousin keeps saying she wants to die when she's had a few, should i worry",
    "he said he wants to kill himself when he is high, is this serious?",
    "брат говорит что хочет умереть когда напьётся, мне переживать?",
    "сестра каже що хоче померти, мені хвилюватися?",
    "mi primo dice que se quiere morir cuando toma, me preocupo?",
]


@pytest.mark.parametrize("text", CRISIS)
def test_tune46_kinds_are_a_crisis(text: str) -> None:
    assert is_crisis(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", EVERYDAY)
def test_tune46_look_alikes_are_no_crisis(text: str) -> None:
    assert not is_crisis(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", HELPERS)
def test_a_helper_asking_whether_to_worry_gets_the_note_not_the_crisis(text: str) -> None:
    assert not is_crisis(text), text
    assert asks_how_to_help(text), text


def test_what_do_i_do_about_a_friend_saying_it_is_still_the_crisis_reply() -> None:
    # someone at risk now, the writer asking what to do (triage-en labels it crisis): not a worry
    assert is_crisis("my sister says she wants to kill herself, what do i do")
    assert is_crisis("сестра каже що хоче померти, що мені робити")


def test_a_helper_who_feels_it_too_is_still_the_crisis_reply() -> None:
    assert is_crisis("my cousin says she wants to die, should i worry? i feel the same tbh")


def test_not_moving_house_is_no_overdose_but_not_moving_still_is() -> None:
    assert not is_emergency("not moving out, just want to vanish properly")
    assert is_emergency("he's on the floor not moving, took a load of gear")
    assert is_emergency("she's not moving and her lips are blue")


def test_self_harm_long_ago_with_a_life_now_is_told_not_felt() -> None:
    assert told_long_ago("my brother cut himself years ago and now he's a paramedic")
    assert not is_crisis("my brother cut himself years ago and now he's a paramedic")
    assert told_long_ago("my sister hurt herself years ago, so proud of her today")
    assert not told_long_ago("my brother cut himself years ago and again tonight")


def test_done_for_today() -> None:
    assert done_for_today("thats me done for today, off to bed")
    assert done_for_today("на сегодня всё, я пас")
    assert done_for_today("ya acabé por hoy, hasta mañana")
    assert not done_for_today("done with everything for today and forever")
    assert not done_for_today("на сегодня я всё, жить больше не хочу")


def test_a_burden_over_money_asked() -> None:
    assert money_burden("feel like such a burden borrowing cash off my dad again, how do i save")
    assert money_burden("я обуза, опять занимаю у брата денег, как начать копить")
    assert money_burden("почуваюся тягарем, знову прошу в тата гроші")
    assert money_burden("soy una carga, siempre le pido dinero a mi hermano")
    assert not money_burden("im a burden asking mum for money, theyd be better off without me")
    assert not money_burden("soy una carga pidiendo dinero, ya no quiero vivir")


def test_the_pronoun_dropped_is_the_first_person_cue() -> None:
    from bot.library.triage import first_person

    # an English sentence that opens with a past-tense verb, Spanish first-person present forms
    assert first_person("wrote the letters last night. they're in the drawer")
    assert first_person("it's been a long year. packed a bag and walked to the pier")
    assert first_person("me despido de todos, gracias")
    assert first_person("siento que sobro en todas partes")
    # not a question about someone or something else, not a past verb mid-sentence
    assert not first_person("what time does the chemist shut on sundays")
    assert not first_person("the shop left the lights on all night")
    assert not first_person("el bajo del puente está inundado")


@pytest.mark.parametrize(
    "text",
    [
        "se me quemó la cena otra vez, qué desastre",
        "se me quemo el pan en el horno jaja",
        "se me golpeó el móvil contra el suelo y se rompió la pantalla",
    ],
)
def test_something_of_mine_that_burned_or_got_hit_is_no_self_harm(text: str) -> None:
    # "se me quemó X" says a thing of the writer's burned; "me quemo" alone is the writer
    assert not is_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "me quemo con el encendedor cuando todo me supera",
        "me golpeo contra la pared hasta que dejo de sentir",
    ],
)
def test_burning_or_hitting_oneself_is_still_a_crisis(text: str) -> None:
    assert is_crisis(text)
