"""Crisis recognition, session 11 (issue #9): wanting to die and self-harm as people type them
(slang, typos, indirect wording, goodbyes, plans and means, self-harm now) in en/ru/uk/es, through
the public ``is_crisis``; and everyday messages with the same words (tired to death, an exam that
"will kill me", a lyric or a film, a sad day, an attempt long past, leaving a group), not a crisis.

``tune26`` (``bench/labelled/triage-tune26-*.yaml``, written before the fixes) is checked message
by message in ``tests/library/test_triage.py`` (``_tune``); the kinds below say its kinds again in
other words (no labelled text)."""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis

# slang; typos; apologies for everything with a parting word; a last message with thanks; a note
# and waiting to be alone; a place known with a time; a window sill high up; a bridge over dark
# water; affairs put in order; leaving so that no one finds me; burning or cutting now
CRISIS = [
    "honestly might just kms tonight",
    "gonna ctb this weekend, got everything",
    "im gonna unalive myself fr",
    "thinking about offing myself again",
    "want to end it all tonight",
    "i just wanna not exist anymore",
    "решила выпилиться, всё равно никому не нужна",
    "хочу роскомнадзорнуться, устал",
    "думаю вскрыться сегодня",
    "хочу самовыпилиться",
    "вирішила вкоротити собі віку",
    "думаю накласти на себе руки",
    "хочу вистрибнути з вікна",
    "me quiero quitar la vida",
    "ya me quiero matar, no puedo más",
    "voy a aventarme del puente hoy",
    "i want to di so bad",
    "i wana die",
    "wanna kil myself",
    "хочу умирить",
    "не хочу жить болше",
    "хочю вмерти",
    "ya no kiero vivir",
    "me quiero morri",
    "sorry for everything mum, look after the dog for me",
    "прости меня за всё, береги маму",
    "пробач мені за все, бережи маму",
    "perdóname por todo, cuida a mi mamá",
    "this is my last message here, thanks for being there guys",
    "последнее сообщение отсюда, спасибо что были со мной",
    "останнє повідомлення, дякую що були поруч",
    "mi último mensaje, gracias a todos por estar",
    "wrote the letter, waiting till my mum goes to work",
    "записку написала, жду пока муж уйдёт на работу",
    "лист написав, чекаю поки батьки поїдуть",
    "ya escribí la carta, espero a que se vayan mis papás",
    "i know which bridge, tonight",
    "знаю с какого моста, сегодня",
    "ya sé de qué puente, esta noche",
    "sitting on the window ledge of the 12th floor, legs hanging out",
    "сиджу на підвіконні дев'ятого поверху",
    "sentada en la ventana del noveno piso",
    "standing on the bridge, the water looks so cold",
    "стою на мосту, вода такая черная",
    "estoy en el puente, el agua se ve tan oscura",
    "made my will and gave my cat to my neighbour",
    "написала заповіт і віддала кота сестрі",
    "paid back everyone what i owed, gave my stuff away. now i can go in peace",
    "хочу уйти так, чтобы никто не нашёл",
    "quiero irme donde nadie me encuentre nunca",
    "burning my arm with a lighter again, it's the only thing that helps",
    "пропалюю руку цигаркою, інакше не відпускає",
    "cutting myself right now and it wont stop bleeding",
    "ріжу себе зараз, кров не зупиняється",
]

# tired, an exam or a boss that "will kill me", craving; a sad day without intent; an attempt long
# past with a life now; leaving a group; a last message for today; sorry for yesterday; a will at
# the notary's; a bridge for photos or fishing; hair dye; a burn or a cut in the kitchen; a lyric or
# a film; a withdrawal question about the last use; a bridge on the way to the clinic
EVERYDAY = [
    "im dead tired, need coffee",
    "this exam is going to kill me",
    "my boss is killing me with these shifts",
    "i could die for a burger rn",
    "dying to see the new season",
    "that joke killed me lmao",
    "sad day today, cried a bit, watching netflix now",
    "feel low today but ill be fine, just tired",
    "i tried to end my life years ago, doing much better now, 3 years clean",
    "когда-то давно пыталась покончить с собой, сейчас всё хорошо",
    "колись давно хотів накласти на себе руки, тепер усе добре",
    "hace años intenté matarme, ahora estoy bien",
    "устала как собака, хоть ложись и помирай, но завтра на работу",
    "этот отчёт меня убьёт",
    "ця робота мене вб'є",
    "el jefe me va a matar si llego tarde",
    "estoy muerta de sueño",
    "me muero de hambre",
    "поплакала сегодня, грустно, но завтра будет лучше",
    "сумно сьогодні, але нічого, переживу",
    "hoy estoy triste pero mañana será otro día",
    "goodbye everyone, leaving the chat, moving to a new phone",
    "всем пока, выхожу из группы, спасибо за всё",
    "всім бувайте, виходжу з чату, дякую за все",
    "adiós a todos, me salgo del grupo, gracias por todo",
    "last message for today, thanks everyone, good night",
    "последнее сообщение на сегодня, спасибо всем, спокойной ночи",
    "sorry for everything i said yesterday, take care",
    "прости за всё что вчера наговорил",
    "perdón por todo lo de ayer, cuídense",
    "my grandma made her will at the notary and gave me her ring",
    "бабушка написала завещание у нотариуса",
    "standing on the bridge taking photos of the sunset, the water is so dark and pretty",
    "стою на мосту, ловлю рыбу, вода холодная",
    "dyeing my hair tonight",
    "i wanna dye my hair pink",
    "gonna dye it black",
    "burned my hand on the stove, how to treat a burn",
    "обпекла руку праскою, чим мазати",
    "the song goes 'i wanna die' lol love it",
    "в песне поётся 'я хочу умереть', классная",
    "the movie ended with him jumping off the bridge, i cried",
    "cut my finger chopping onions",
    "порезал палец ножом, кровь идет, чем обработать",
    "quiero quitarme del medio en esta discusión, decidan ustedes",
    "ctb = call the boss, how do i say that in spanish",
    "when does withdrawal start if my last shot is tonight",
    "когда начнется ломка если последний раз вмажусь сегодня",
    "i know which bridge to take to get to the clinic",
]


# more of the same kinds, and "can't any more" with a goodbye, pills gathered for tonight
CRISIS += [
    "i dont see myself being alive next month",
    "nobody would even notice if i was gone tbh",
    "i want to sleep and never wake up",
    "can't do this anymore. goodbye",
    "i'm going to end my life tonight",
    "i hate myself so much i want to disappear forever",
    "been saving up my pills for this",
    "i just want the pain to stop forever",
    "i have the rope ready",
    "не хочу больше просыпаться",
    "я больше не могу, хочу чтобы всё закончилось навсегда",
    "таблетки собрала, сегодня ночью",
    "всё, надоело жить",
    "жить не хочется совсем",
    "нахрена мне жить",
    "режу себя каждый вечер",
    "не хочу більше прокидатися",
    "набридло жити",
    "жити не хочеться взагалі",
    "я вже все вирішила, сьогодні",
    "хочу щоб усе скінчилося назавжди",
    "ріжу себе щовечора",
    "no quiero despertar mañana",
    "estoy harta de vivir",
    "me corto todas las noches",
    "quiero desaparecer para siempre",
    "ya no le encuentro sentido a vivir",
    "hoy me voy a quitar la vida",
]

# dying of boredom, a song quoted, an attempt or self-harm long past with a life now (work, age)
EVERYDAY += [
    "dead tired, long week",
    "im so dead after that shift lol",
    "this hangover is killing me",
    "my feet are dying",
    "i'm dying of boredom in this queue",
    "that exam killed me but i passed",
    "killing time before the bus",
    "the song 'die young' slaps",
    "sad today, my cat is sick, vet tomorrow",
    "feeling down, gonna call my sister",
    "had a rough night, but today is better",
    "years ago i overdosed on purpose, now i work in harm reduction",
    "i used to self harm as a teen, now im 30 and fine",
    "умираю от усталости",
    "сдохнуть как устала, но надо работать",
    "этот зачет меня прикончит",
    "убиться можно с этой очередью",
    "грустно сегодня, поплачу и лягу спать",
    "в подростковом возрасте резала руки, сейчас всё давно прошло",
    "в песне 'я хочу умереть молодым' классный припев",
    "помираю від втоми",
    "цей іспит мене доконає",
    "сумно, посиджу вдома з чаєм",
    "в юності різала руки, зараз усе добре",
    "me muero de sueño",
    "este examen me mata",
    "estoy muerta, trabajé 12 horas",
    "me mata la espalda",
    "triste hoy, pero mañana veo a mis amigas",
    "de adolescente me cortaba, ahora estoy bien y tengo trabajo",
    "la canción dice 'quiero morir' y me encanta el ritmo",
    "how do i stop cutting my coke with too much bicarb",
    "the pills are killing my stomach, should i take them with food",
    "i'd rather die than go back to that job lol",
    "kill me now, monday again haha",
    "mi celular se está muriendo",
    "телефон умирает, зарядки нет",
    "телефон помирає",
    "what happens if you take too much melatonin",
    "goodbye 2025, thanks for everything",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_kinds_of_tune26_in_other_words(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_beside_them_are_not_a_crisis(text: str) -> None:
    assert not is_crisis(text)


# The first-person crisis tier's cue (bot.library.triage.first_person) with the pronoun dropped, as
# Russian, Ukrainian and Spanish (and English in a hurry) say it; questions that speak of no one
# keep the usual thresholds.
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("думаю вскрыться", True),
        ("купив мотузку", True),
        ("написала всем письма", True),
        ("llevo días pensando en eso", True),
        ("been cutting again", True),
        ("so tired of existing", True),
        ("vtomyvsya zhyty", True),
        ("what time does the pharmacy open", False),
        ("где ближайшая аптека", False),
        ("де найближча аптека", False),
        # a request to the bot is not the writer speaking of themself
        ("suggest me a song for the gym", False),
        ("посоветуй мне сериал на выходные", False),
        ("порадь мені фільм на вечір", False),
        ("give me one reason to stay", True),
    ],
)
def test_the_first_person_cue_with_the_pronoun_dropped(text: str, cue: bool) -> None:
    from bot.library import triage

    assert triage._cue(text) is cue
