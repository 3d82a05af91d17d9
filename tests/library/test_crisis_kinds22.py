"""Crisis kinds found on tune50 (session 22), in other words than the labelled messages: each kind
with messages it must catch and everyday look-alikes it must leave alone (sport losses, exams, songs,
embarrassment, a friend asked about, a past crisis that is over)."""

from __future__ import annotations

import pytest

from bot.library.crisis import asks_how_to_help, is_crisis
from bot.library.emergency_text import is_emergency

CRISIS = [
    # self-harm on one's own arm, wrist or thigh with a blade, glass, a compass or something hot
    "dragging a safety pin along my forearm till it bleeds, again",
    "held a hot spoon against my thigh for as long as i could",
    "ковыряю запястье иголкой уже полчаса",
    "опять царапаю руки ножницами в ванной",
    "дряпаю руки циркулем поки ніхто не бачить",
    "me estoy rayando el antebrazo con un clip abierto",
    # going to a height or the water and not coming back
    "heading out to the cliffs later, not coming home after",
    "поеду вечером к обрыву, назад не вернусь",
    "йду на дах нашої висотки, назад не повернусь",
    "me voy a las vías al rato y ya no vuelvo",
    # not a burden much longer
    "скоро перестану быть всем обузой, осталось чуть-чуть",
    "недовго тобі ще зі мною мучитися",
    "pronto dejo de ser una carga para mi familia",
    "you wont have to carry this burden much longer, i promise",
    # sorry, and never again
    "простите меня, больше вы меня не услышите",
    "пробачте за все, більше не почуєте мене",
    "sorry for all of it, you won't hear from me again",
    # life is pointless, mine ends today
    "жизнь не имеет смысла, оборву свою этой ночью",
    "таке життя нікому не треба, обірву своє сьогодні",
    # finishing with it today beside a life run out
    "сил нет, кончаю с этим сейчас, хватит этой жизни",
    # soon not here, don't look for me
    "soon i won't be around, don't come looking for me",
    "muy pronto ya no voy a estar, no me busquen",
    # on purpose, to wake no more
    "junté todas las pastis para ya no despertar",
    # affairs closed and ready
    "wiped my social media, gave the cat to my aunt, im ready now",
    # pills stockpiled until enough
    "been hoarding my nans sleeping pills since march, pretty sure its enough",
    # a ledge with the legs over
    "on the ledge of the tower block roof with my feet dangling",
    # won't be here when they get back, with a note
    "wrote a note for my mum. i won't be around when she comes home",
    # check out, said of a life
    "so tired of pretending to be ok. think im going to check out soon",
]

EVERYDAY = [
    # a team's loss
    "we got thrashed 5-1 in the derby, im dead",
    "наши вылетели из лиги, хочу сдохнуть, зачем я за них болею",
    "perdimos el clásico en el último minuto, me quiero morir",
    "збірна програла у фіналі, я мертвий",
    # exams and terms wished over
    "задолбали эти экзамены, хочу чтобы всё кончилось и лето",
    "harto de los parciales, quiero que se acabe el cuatrimestre",
    # a song stuck in one's head
    "that old song about suicide has been stuck in my head since breakfast",
    # embarrassment
    "so embarrassing, i want to die, i called my teacher mum",
    "como stыдно, хочу провалиться, отправила голосовое не тому".replace("stыдно", "стыдно"),
    # one more meeting, said laughing
    "one more zoom call and im jumping out the window lol",
    # a film where the hero ends his life
    "дивився серіал де персонаж наклав на себе руки, важко",
    # a past crisis over and going well
    "last summer i wanted to die, therapy helped, now im doing fine",
    "в прошлом году хотела умереть, психолог помог, сейчас всё хорошо",
    "el año pasado intenté matarme, ahora tengo novia y trabajo",
    # accidents and itches
    "cut my arm with a knife by accident while cooking, need a plaster?",
    "scratching my legs with a comb, these mosquito bites itch like crazy",
    # leaving for a trip, a burden with a job
    "heading to the river this weekend camping, not coming back till monday",
    "скоро не буду вам обузой, нашёл работу и съезжаю",
    "sorry guys, leaving the group chat, you won't hear from me again here",
    "we check out of the hotel friday, so tired of packing",
    "saving up my painkillers for the festival trip, enough for the weekend",
    "sat on the edge of the roof with my legs over, watching the sunset with a beer",
    "i won't be here when she gets back, im at work till 6, sorry",
    "кончаю с этим ремонтом сегодня, жизнь налаживается",
]

HELPERS = [
    "how can i support my brother, he told me he keeps thinking about suicide",
    "как поддержать брата, он признался что хочет покончить с собой",
    "як підтримати подругу, вона написала що думає про самогубство",
    "cómo apoyo a mi novio, me contó que piensa en matarse",
    "my cousin keeps telling me she wants to end it when shes high, what do i say to her",
]


@pytest.mark.parametrize("text", CRISIS)
def test_tune50_kinds_are_a_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_tune50_look_alikes_are_no_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize("text", HELPERS)
def test_a_helper_asking_first_then_telling_gets_the_note(text: str) -> None:
    assert not is_crisis(text)
    assert asks_how_to_help(text)


def test_no_more_waking_up_is_a_wish_not_the_card() -> None:
    assert not is_emergency("just want it to end, no more waking up to this")
    assert is_emergency("he took a lot of benzos and he's not waking up")


@pytest.mark.parametrize(
    "text",
    [
        "my team got relegated and i want to die, the pills are right here",
        "perdimos la final, me quiero morir y no es broma, tengo la cuerda",
    ],
)
def test_a_sports_loss_beside_the_means_stays_a_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "we lost 3-0 at home again, i wanna die",
        "that song has been stuck in my head all day, the one about wanting to die",
        "how embarrassing, i wanna die, i waved back at someone waving at someone else",
        "cant wait for this term to be over for good",
        "ще одна пара і я вистрибну з вікна хахаха",
    ],
)
def test_everyday_figures_keep_the_embedding_stage_to_the_note(text: str) -> None:
    from bot.library.crisis import everyday_figure

    assert everyday_figure(text)


def test_an_everyday_figure_beside_the_means_keeps_the_full_verdict() -> None:
    from bot.library.crisis import everyday_figure

    assert not everyday_figure("we lost the final and i have the pills ready, not joking")
    assert not everyday_figure("i want this term to be over, and every day i think of the bridge")


# -- tune50's second batch --
CRISIS_2 = [
    # only me and the pills (the rope) left
    "everythings packed away and its just me and the rope now",
    "вот и остались я да таблетки, больше никого",
    "лишилися тільки таблетки і я",
    "solo quedamos la cuerda y yo",
    # something heated and pressed to one's own arm
    "warmed a coin with my lighter and held it on my forearm",
    "нагрела иголку и прижала к руке",
    "нагріла монету і приклала до зап'ястя",
    "calenté la moneda y me la puse en el brazo",
    # the world does without me, after tonight it will have to
    "everyone manages fine without me anyway, after today they'll have to",
    "все справятся без меня, с завтрашнего дня им придётся",
    # things given away to be remembered by
    "gave my sister my guitar so she'll remember me",
    "віддала подрузі каблучку, хай згадує мене",
    "le regalé mi chamarra a mi prima para que se acuerde de mí",
    # nobody to worry, the Ukrainian -сь
    "нікому більше не доведеться за мене турбуватись",
]
EVERYDAY_2 = [
    "in the opera he sings that he wants to die, gorgeous aria",
    "в опере он поет что хочет умереть, мурашки",
    "my cousin tried to kill herself two years ago, now shes much better, how do i keep supporting her",
    "сестра пыталась покончить с собой в прошлом году, теперь ей намного лучше, как её дальше поддержать",
    "the team will have to cope without me after tonight, i handed in my notice",
    "gave my nephew my old bike before moving abroad, hope he remembers me",
    "heated the pan and pushed it onto the back burner",
]


@pytest.mark.parametrize("text", CRISIS_2)
def test_tune50_second_batch_kinds_are_a_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY_2)
def test_tune50_second_batch_look_alikes_are_no_crisis(text: str) -> None:
    assert not is_crisis(text)
