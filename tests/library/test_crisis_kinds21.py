"""Crisis kinds found on tune48 (session 21), tune46's rows left to the embedding stage, and
blind17-tune's leftovers (a roof "вийти з даху", Ukrainian typed in Latin letters), in other words
than the labelled messages: each kind with messages it must catch and everyday look-alikes it must
leave alone."""

from __future__ import annotations

import pytest

from bot.library.crisis import asks_how_to_help, is_crisis
from bot.library.emergency_text import is_emergency

CRISIS = [
    # a goodbye to everyone, then never again
    "ну всё, всем прощайте. больше не увидимся",
    "всім бувайте, більше не почуєте",
    "adiós a todos, ya no van a saber de mí",
    "bye everyone, you won't hear from me again",
    # stepping out of a roof or a window the Ukrainian way, Cyrillic and Latin letters
    "мабуть сьогодні вийду з балкона, сил нема",
    "вирішила вийти з даху нашої дев'ятки",
    "dumayu vyity z dakhu nashoho budynku",
    # under a train with the verb left out; a timetabled one named by its time
    "все, сьогодні під електричку, досить",
    "ночью под товарняк и всё",
    "thinking of stepping in front of the 7:50 on monday",
    # a height now and only the step left
    "сижу на парапете, осталось только прыгнуть",
    "стою на балконі, ще трошки і кинусь",
    "ando en la cornisa del edificio, nomás me falta aventarme",
    "sat on the ledge of the car park, one more step and it's over",
    # a drug on purpose, the whole lot, "let my heart stop"
    "закинусь всем что есть, специально, хватит",
    "нехай серце вже зупиниться, набрав повний шприц",
    "me inyecto todo de golpe a propósito, que sea la última",
    "me trago todas pa no volver a despertar",
    "i'll just neck the whole box of my amitriptyline tonight",
    "hoy me las tomo todas de una y adiós",
    "me tomaría el frasco entero para ya no abrir los ojos",
    # a drug "should be enough to go"
    "снотворного целая пачка, должно хватить чтобы уйти",
    # a gun or the means, better for everyone this way
    "зарядив рушницю, думаю так буде краще для всіх",
    "tengo la escopeta de mi padre en el cuarto, así es mejor para todos",
    # the means got, "today is the day"
    "bought the rope this morning. today is the day",
    # not here by morning, with a farewell (Latin letters too)
    "меня уже не будет к утру. прощайте",
    "mene ne bude do svitanku, proshchavaite vsi",
    # the hose in a garage
    "шланг на выхлоп уже надел, гараж закрыт",
    "tengo la manguera para el escape, nomás espero que se vayan",
    # a blade drawn across one's wrists
    "провожу лезвием по запястьям и не чувствую ничего",
    "me paso la cuchilla por las muñecas otra vez",
    # tune46's kinds left to the embedding stage
    "notes for my kids are under the mattress. after friday nothing will need explaining",
    "письма лежат в ящике, после пятницы ничего объяснять не придётся",
    "el expreso de las 6 no para aquí. ese es",
    "the express doesnt stop here, thats the one",
    "думаю що річка простіше ніж все це тягнути",
    "honestly jumping would be easier than facing tomorrow",
    "debts cleared, dog with my sister, everything is sorted now i can go",
    "deudas pagadas, la gata con mi tía, todo listo ya me puedo ir",
    "window on the 11th floor and i keep thinking about stepping out",
    "стою біля вікна на 9 поверсі і думаю вистрибнути",
    "how many of my sleeping pills would it take to just never wake up? asking for myself",
    "нет смысла мне тут оставаться, всем станет легче",
    # Ukrainian typed in Latin letters: the reflexive ending and the short й put back
    "ne khochu prokynutys bilshe, vse",
    # the second batch's kinds: pills laid out and all of them tonight
    "counted out my tablets on the desk, tonight i swallow them all",
    "розклала пігулки на столі, сьогодні вночі вип'ю всі",
    "each of these pills is one less day i have to live",
    # a message scheduled, "by then it'll be over"
    "scheduled a text to my mum for sunday. by then it'll all be over",
    "поставила отложенное письмо подруге, к утру все уже закончится",
    # the water or the rails "calling me"
    "the rails behind the estate keep calling me tonight",
    "річка за містом мене кличе вже тиждень",
    # a cord already on a door handle
    "шнур уже на ручке двери, осталось решиться",
    "la cuerda ya está en el pomo de la puerta",
    # burning one's arms with a cigarette or a lighter
    "припікаю руки цигаркою, не можу спинитись",
    "me estoy quemando las muñecas con el cigarro",
    # helium with a bag or a day
    "got the helium tank and a bag, it's for me",
    # a burden, soon nobody's problem
    "i'm a burden, and soon i won't be anyone's problem",
    # asleep for good with a drug
    "all my zopiclone with the wine so i slip away for good",
    "me tomo el clonazepam con ron pa dormirme para siempre",
    # a lethal amount asked for oneself, a last word of resolve after it: the crisis reply, no card
    "how many of my sleeping pills would it take to never wake up? its for me, seriously",
]

EVERYDAY = [
    # a goodbye with a chat, a trip or a time
    "всем пока, больше не напишу в этот чат",
    "всім па, більше не напишу до понеділка",
    "adiós a todos, ya no me van a leer hasta el lunes",
    "bye everyone, you won't hear from me again until i'm back from holiday",
    # off a roof literally, by the stairs
    "ми вийшли з даху по сходах і пішли додому",
    "треба вийти з даху до дощу, там слизько",
    # a train, a near miss or one caught
    "сьогодні під потяг мало не потрапив кіт",
    "step in front of the 8:15 rush and you'll get trampled lol",
    # up high, literally
    "стою на мосту, фоткаю закат",
    "estoy en la azotea viendo los fuegos artificiales",
    "standing on the roof of the stadium for the tour, the view is mad",
    # a heart said with fear, a night out
    "не хочу чтобы сердце встало, сколько можно кофе",
    "i'm gonna take the whole course of antibiotics like the doctor said",
    "gonna eat the whole box of chocolates tonight",
    # a shift or a trip till morning
    "меня не будет до утра, ночная смена, прощайте выходные",
    # the hose, a razor, today is the day
    "need a hose from the garage to wash the car",
    "ran the razor across my legs shaving and nicked myself",
    "hoy es el día, compré las pastillas de nicotina y dejo de fumar",
    # films, slips, hyperbole
    "a documentary about suicide in prisons, very sad",
    "я труп, мама узнает что я разбил вазу",
    "im so dead if my boss sees this",
    "мне капец, завтра контрольная, а я ничего не учил",
    "this exam is due monday and i wanna die lmao",
    "gonna kms if the traffic doesnt move lol",
    "este tráfico me está matando, me quiero morir jajaja",
    "me muero del asco en esta sala de espera",
    "з цієї спеки я зараз сконаю",
    "killed the final boss in dark souls, finally",
    # an overdose feared, not wished
    "i dont want to overdose, whats a safe amount of ket",
    # the second batch's look-alikes
    "counted my tablets into the weekly pill box, all sorted for the trip",
    "я труп после смены, ноги не держат",
    "поставил отложенную отправку отчёта на утро, к утру всё уже будет у шефа",
    "the lake is calling me for the weekend, cant wait to go fishing",
    "my belt is already on the door handle, where did i leave my keys",
    "ordered helium for the party balloons, arrives thursday, that's my day off",
    "я пустое место на этих созвонах, скоро отпуск",
    "soy un estorbo en la cocina, pronto llega mi madre a ayudar",
    "me quemé la mano con el mechero prendiendo la estufa",
    "how much paracetamol is safe for me? asking for myself",
]

HELPERS = [
    "my flatmate keeps joking about jumping off the roof, is that serious?",
    "соседка пишет что ей жить надоело, как мне с ней поговорить?",
    "mi vecina publicó que ya no quiere vivir, cómo le pregunto sin asustarla?",
]


@pytest.mark.parametrize("text", CRISIS)
def test_tune48_kinds_are_a_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_tune48_look_alikes_are_no_crisis(text: str) -> None:
    assert not is_crisis(text)
    assert not is_emergency(text)


@pytest.mark.parametrize("text", HELPERS)
def test_a_helper_asking_about_a_neighbours_words_gets_the_note(text: str) -> None:
    assert not is_crisis(text)
    assert asks_how_to_help(text)


def test_a_weekly_pill_box_keeps_the_embedding_stage_to_the_note() -> None:
    from bot.library.crisis import everyday_means

    assert everyday_means("filling my pill organiser for the week")
    assert everyday_means("заповнюю таблетницю на тиждень")
    assert not everyday_means("filled the pill box, all of it tonight and goodbye")


@pytest.mark.parametrize(
    "text",
    [
        "my counsellor doesnt answer and i'm sitting on the pier thinking the sea would be easier than all this",
        "la terapeuta no contesta y yo aquí pensando que el río es más fácil que seguir",
    ],
)
def test_a_support_person_out_of_reach_is_no_card_and_the_crisis_stays(text: str) -> None:
    assert not is_emergency(text)
    assert is_crisis(text)


def test_a_sponsor_not_responding_beside_signs_is_still_the_card() -> None:
    assert is_emergency("my sponsor is not responding, lips blue, she took heroin")
