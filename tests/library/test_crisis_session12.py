"""Crisis recognition, session 12 (issue #9): the indirect plans and goodbyes the rules missed on
blind8-tune (a pet or things handed over and "ready now", a note written "and that's it", pills
saved "to sleep for good", "forgive me everyone, I'm going", last words from a roof or a bridge,
on a bridge now, not planning to wake up, a painless end asked with the whole of a drug, "I want it
all to end forever", letters and "tomorrow I'll be no one's problem", self-harm now, the last shot
and then the end), through the public ``is_crisis``; and everyday messages with the same words
(leaving for bed, a note for the landlord, a roof with friends, a fever at a rave, an itch).

``tune29`` (``bench/labelled/triage-tune29-*.yaml``, written before the fixes) is checked message
by message in ``tests/library/test_triage.py`` (``_tune``); the kinds below say its kinds again in
other words (no labelled text)."""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import is_emergency

CRISIS = [
    # a pet or things handed over, ready now
    "gave my cat to my mum this morning. ready to go now",
    "раздал все вещи, кота отдал брату. теперь можно уходить",
    "віддала кішку сестрі. тепер можна йти",
    "regale mi perro a mi primo. ya me puedo ir",
    # forgive me everyone, I'm going
    "forgive me everyone, it's better this way",
    "простите меня все. я ухожу",
    "вибачте мені всі, так буде краще",
    "perdoname a todos, me voy",
    # last words from up high; on a bridge now
    "стою на даху зараз, пишу останнє",
    "sitting on the ledge typing my last words",
    "on the ledge right now",
    "estoy encima del puente ahorita",
    # not planning to wake up; the last night and no morning
    "no pienso despertarme nunca mas",
    "не собираюсь больше просыпаться",
    "последняя ночь, меня уже не будет",
    # a painless end asked with the whole of a drug
    "if i take all my methadone at once will i go peacefully",
    "якщо вколоти весь пакет разом, помру без болю?",
    # wanting it all to end forever
    "quiero que todo se acabe para siempre",
    "хочу чтобы всё кончилось навсегда",
    # it all ends, that is what I want
    "после этого пакета всё закончится, я этого и хочу",
    # letters and no one's problem
    "wrote to my son today. from tomorrow i won't be anyone's problem",
    # a note, then nothing left
    "записку залишила. більше мене ніщо не тримає",
    "wrote the note. nothing is keeping me here",
    # pills saved to sleep for good
    "got enough sleepers saved to sleep forever",
    "накопила колес, хватит уснуть навсегда",
    # self-harm now
    "cutting my arms right now",
    "me estoy quemando las piernas ahorita",
    "again scratching my wrists till they bleed, can't stop",
    # the last shot, then the end
    "после последней дозы покончу с собой",
    "ultimo pico y acabo con mi vida",
    # affairs in order and nothing needed
    "left my sister my passwords. soon i won't need any of it",
    # the same kinds said another way (a second probe, session 12)
    "handed my rabbit over to a neighbour. i'm ready",
    "gave away my clothes and my dog to a friend. time to go",
    "perdonenme todos. me voy para siempre",
    "i dont plan to wake up ever again",
    "how much methadone would let me go peacefully",
    "скільки треба метадону щоб піти уві сні без болю",
    "записку написал. всё",
    "ya escribi la nota. ya esta",
    "last bag and then i end my life",
]

EVERYDAY = [
    "gave my old bike to my nephew, ready to go now to the match",
    "forgive me everyone, im going now to bed, early start",
    "простите все, я ухожу пораньше",
    "пробачте всі, я йду спати",
    "on the roof rn fixing the antenna",
    "standing on the bridge now waiting for you",
    "estoy en la azotea ahora con mis amigos tomando algo",
    "стою на мосту сейчас, пробка жуткая",
    "not planning on waking up before noon tomorrow",
    "wrote the note for the landlord and thats everything done",
    "напишу записку соседям про шум и всё",
    "scratching my arms till they bleed, the eczema is awful again",
    "burning my arm on the oven right now ouch",
    "bro is burning up at the rave right now, his skin is so hot",
    "me acabo la cerveza y me voy",
    "ultimo pico y lo dejo, mañana entro a rehabilitacion",
    "mañana ya no voy a ser un problema para nadie, me mudo a madrid",
    "can i take the whole pill or just half",
    "my battery is gonna die, call me later",
    "i literally died watching that match, the team was thrashed",
    "how can i help my brother who keeps telling me he wants to die",
    "handed the keys over to my landlord, time to go",
    "gave my spare ticket to a mate, time to go",
    "i dont plan to wake up tomorrow, sleeping in on my day off",
    "left a note for my roommates about the dishes, thats it",
    "me voy para siempre de este chat",
    "after that double shift i could sleep for a week",
    "ojala esta cruda se termine para siempre jaja",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_kinds_of_tune29_in_other_words(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_beside_them_are_not_a_crisis(text: str) -> None:
    assert not is_crisis(text)


# A helper's question about a friend who talks about wanting to die: the short crisis note, then
# its answer (not the full crisis reply, whose words speak to the person in crisis); a friend who
# says it now, or with a word of tonight, still gets the full crisis reply.
@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("how can i support my partner who talks about suicide a lot", True),
        ("как поддержать подругу которая говорит что не хочет жить", True),
        ("як підтримати брата який каже що хоче вмерти", True),
        ("como apoyo a mi hermana que dice que se quiere morir", True),
        ("how do i help my friend who says he wants to die tonight", False),
        ("my friend says she is going to kill herself, what do i do", False),
    ],
)
def test_a_helpers_question_gets_the_crisis_note(text: str, note: bool) -> None:
    from bot.library import triage
    from bot.library.crisis import asks_how_to_help

    verdict = triage.by_rules(text)
    assert asks_how_to_help(text) is note
    assert verdict.maybe_crisis is note
    assert verdict.crisis is not note


# An ordinary leaving or a drug given up for good: the embedding stage gives it at most the note;
# never when it names dying, living, an ending or the means.
@pytest.mark.parametrize(
    ("text", "ordinary"),
    [
        ("goodnight guys going to sleep, speak tomorrow", True),
        ("выхожу из группы, всем удачи", True),
        ("me salgo del chat, cuidense", True),
        ("переезжаю в Киев, раздаю мебель", True),
        ("quit coke for good today, flushed it", True),
        ("зав'язав з героїном, вже місяць чистий", True),
        ("writing to my mum from rehab, day 20", True),
        ("goodbye everyone, leaving this group. i won't be alive tomorrow", False),
        ("moving to a better place tonight, nobody will miss me", False),
        ("me mudo a otro mundo esta noche", False),
        ("done with life for good", False),
        ("quit for good, sorry everyone", False),
    ],
)
def test_an_ordinary_leaving_is_told_from_a_goodbye(text: str, ordinary: bool) -> None:
    from bot.library.crisis import ordinary_leaving

    assert ordinary_leaving(text) is ordinary


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("staying in tonight and ordering a pizza", True),
        ("сегодня останусь дома, посмотрю сериал", True),
        ("сьогодні лишусь вдома, замовлю суші", True),
        ("esta noche me quedo en casa a ver una serie", True),
        ("staying in tonight, doing a bag of ket on my own", False),
        ("staying in tonight for the last time, nobody will miss me", False),
    ],
)
def test_an_evening_in_is_a_plan(text: str, plan: bool) -> None:
    from bot.library.crisis import evening_in

    assert evening_in(text) is plan


# -- a plan said with the night (tune27's rule misses, fixed by kind; fresh wordings, none labelled):
# "doing it" tonight and decided, nobody hears from the person after tonight, the last evening and the
# goodbyes said, a jump when everyone sleeps, all of a drug and not waking, the pain ended for good
# tonight; and the same words in an evening's everyday plans (a chore, a confession, a haircut, a
# week offline, a city's last evening, a pool, a toothache, the neighbours' noise).
NIGHT_CRISIS = [
    "tonight's when i do it. my mind's made up",
    "gonna do it tonight, i decided",
    "сегодня вечером я это сделаю, всё решено",
    "вночі це зроблю, вже вирішила",
    "hoy a la noche lo voy a hacer, ya lo decidí",
    "after tonight nobody will hear from me ever again",
    "после сегодняшней ночи вы меня больше не увидите",
    "після цієї ночі ви мене більше не побачите",
    "después de hoy no me van a ver nunca más",
    "my last evening. said goodbye to mum and my sister",
    "это последний вечер, со всеми уже попрощалась",
    "це остання ніч, я з усіма попрощалася",
    "es mi última tarde, ya me despedí de mis hermanos",
    "my last night on earth, won't be here next week",
    "when everyone's asleep i'm going to jump",
    "когда все лягут спать, я прыгну с балкона",
    "коли всі поснуть, я зістрибну з даху",
    "cuando todos se duerman me aviento del puente",
    "tonight i'll swallow all i've got and never wake up",
    "esta noche me meto todo lo que me queda y ya no despierto",
    "вночі вип'ю все що є і більше не прокинусь",
    "tonight i stop this pain forever",
    "этой ночью покончу с этой болью навсегда",
    "вночі припиню цей біль назавжди",
    "esta noche acabo con mi dolor para siempre",
    "the last night. i'm not going to wake up after it",
]
NIGHT_EVERYDAY = [
    "i'm doing it tonight, decided to finally clean the flat",
    "decided, doing it tonight: telling her how i feel",
    "gonna do it tonight, made up my mind, the tattoo on my arm",
    "сегодня вечером я это сделаю, решил: признаюсь ей",
    "вночі це зроблю, вирішив: допишу курсову",
    "esta noche lo hago, ya lo decidí: me corto el pelo yo solo",
    "after tonight you won't hear from me for a week, no signal in the mountains",
    "after tonight you won't hear from me, going to bed lol",
    "после этой ночи не услышите меня до понедельника, удаляю телеграм",
    "después de esta noche no van a saber de mí hasta el lunes, me voy de retiro",
    "my last evening in lisbon, said goodbye to the hostel crew",
    "последний вечер в Праге, попрощался с друзьями",
    "mi última noche en madrid, me despedí de los compas",
    "my last night in the hostel, won't be here next week, flying home",
    "my last night in glasgow, won't be around next month",
    "when everyone's asleep i'll jump in the pool",
    "когда все уснут, я прыгну на диван и буду смотреть сериал",
    "cuando todos duerman me tiro en el sofá a jugar",
    "tonight i end this toothache for good, dentist at 6",
    "сегодня вечером закончу с этой болью в спине навсегда, новый матрас",
    "esta noche termino con este dolor de muela para siempre, voy al dentista",
    "i want the drilling next door to stop forever",
    "the barking next door, i want it to stop for good",
    "хочу чтобы этот храп соседа прекратился навсегда",
    "quiero que el ruido de la obra se acabe para siempre",
    "last night was fun, doing it again tonight",
]


@pytest.mark.parametrize("text", NIGHT_CRISIS)
def test_a_plan_said_with_the_night_is_a_crisis(text: str) -> None:
    assert is_crisis(text)
    assert not is_emergency(text)


@pytest.mark.parametrize("text", NIGHT_EVERYDAY)
def test_an_evenings_everyday_plan_is_not_a_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize(
    ("text", "emergency"),
    [
        ("not planning on waking up once it's dark", False),
        ("i don't intend to wake up after this one", False),
        ("he's not waking up after that line", True),
        ("she took it and she's not waking", True),
    ],
)
def test_a_plan_not_to_wake_is_no_emergency(text: str, emergency: bool) -> None:
    assert is_emergency(text) is emergency


# A second probe of the same kinds in other words (not labelled): a final night and "прощавайте",
# "doing it tonight. decided", "after tonight I won't be around", "my last night of the holidays",
# taxes, a raise or a report named.
NIGHT_CRISIS_2 = [
    "this is my last evening. goodbye everyone",
    "my final night, i've said goodbye to everyone",
    "это моя последняя ночь. прощайте",
    "сьогодні мій останній вечір, прощавайте",
    "es mi última noche, adiós a todos",
    "i'll do it tonight. i've decided",
    "doing it tonight. decided",
    "сегодня ночью сделаю это. решено",
    "сьогодні вночі зроблю це, вирішено",
    "lo hago esta noche, está decidido",
    "after tonight i won't be around anymore",
    "после этой ночи меня не будет",
    "після цієї ночі мене не буде",
    "después de esta noche ya no voy a estar",
    "you won't hear from me after tonight",
    "tonight when they're all asleep i'll jump off the balcony",
    "ночью, когда все уснут, спрыгну с крыши",
    "esta noche cuando todos estén dormidos me lanzo del edificio",
    "tonight i take every pill i have and don't wake up",
    "сегодня ночью выпью всё что есть и не проснусь",
    "tonight i end my pain for good",
    "сьогодні вночі покінчу з цим болем назавжди",
    "hoy a la noche termino con todo este dolor para siempre",
]
NIGHT_EVERYDAY_2 = [
    "doing it tonight, decided to finally do my taxes",
    "i'll do it tonight, i've decided — asking for a raise tomorrow, practising",
    "сегодня ночью сделаю это, решено — доделаю отчёт",
    "esta noche lo hago, ya decidí: limpio toda la casa",
    "after tonight you won't hear from me till monday, camping trip",
    "my last night in the dorm, said goodbye to my roommates",
    "это последний вечер отпуска, попрощались с морем",
    "es mi última noche de vacaciones, ya me despedí del hotel",
    "last night i said goodbye to my ex",
    "when everyone's asleep i'll sneak to the fridge",
    "tonight i end the back pain for good, got a massage booked",
    "tonight's the last night of the festival, said bye to everyone",
    "doing it tonight with friends, decided on the karaoke bar",
    "i'm not going to wake up early tomorrow, day off",
]


@pytest.mark.parametrize("text", NIGHT_CRISIS_2)
def test_the_night_kinds_said_again(text: str) -> None:
    assert is_crisis(text)
    assert not is_emergency(text)


@pytest.mark.parametrize("text", NIGHT_EVERYDAY_2)
def test_the_night_kinds_everyday_said_again(text: str) -> None:
    assert not is_crisis(text)


# -- blind9-tune's kinds (late round): said in other words, none a labelled text --------------------
BLIND9_CRISIS = [
    # a plan with how and when, and no point
    "what's the point of any of it. i've worked out how and when",
    "смысла нет, я уже продумал как и когда",
    "сенсу немає, я вже спланувала як і коли",
    "ya nada importa, ya tengo pensado el como y el cuando",
    # a friend in crisis now: goodbye texts and all they have
    "my sister sent me a goodbye message and says she's taking all she's got",
    "друг шлёт прощальные сообщения, пишет что выпьет всё что у него есть",
    "mi amigo me manda mensajes de despedida, dice que se toma todo lo que tiene",
    # all one has, on purpose, not coming back
    "gonna do the whole lot tonight and let it take me",
    "вмажусь всем что осталось и не проснусь",
    "me meto todo lo que me queda y que me lleve",
    # things and a pet given away, all ready
    "gave my stuff away and the dog to my aunt. everything's ready",
    "роздала речі, кішку віддала сусідці. все готово",
    # joining the dead, today
    "после смерти мамы нет смысла, хочу к ней сегодня",
    "з того часу як помер тато сенсу нема, хочу до нього сьогодні",
    "desde la muerte de mi hermana nada importa, quiero irme con ella hoy",
    # a burden, decided to go
    "я всем мешаю, решила что уйду",
    "я всім тільки заважаю, вирішила що піду",
    # the last thing written, a goodbye
    "прости меня мама, это последнее что я напишу",
    "this is my last message. thanks for trying with me",
    "пишу последнее сообщение, спасибо что пытались",
    "perdon a todos, pronto ya no voy a ser una carga",
    "sorry everyone, soon i won't be anyone's burden",
    # self-harm now, deep, wanting more
    "cut again tonight, deep, and i want more",
    "снова порезалась глубоко, хочется ещё",
    # disappearing is best for the family
    "the best thing i can do for my kids is disappear",
    "лучшее что я могу сделать для родных это исчезнуть",
    "lo mejor que puedo hacer por mi familia es desaparecer",
]

BLIND9_EVERYDAY = [
    # a plan for a trip or a holiday
    "no point waiting for the sale, i've planned how and when we fly to lisbon",
    "все продумал как и когда едем на фестиваль",
    # goodbye texts at a leaving party, a friend taking everything he has to a new flat
    "sent my goodbye texts to the team, last day at work",
    # the whole lot, said of a trip or a sale
    "bought the whole lot at the market and let it take me all afternoon to cook",
    # things and a pet given to a friend while moving
    "раздала вещи, кота отдала подруге, переезжаю в другой город. все готово",
    "gave my cat to my friend while i'm moving flats, everything's ready",
    # the dead and a grave
    "дед умер в марте, хочу к нему на кладбище сегодня",
    # a burden at work, leaving a job or a group
    "я всем мешаю на работе, решил что уйду в другой отдел",
    "всім заважаю в чаті, вирішив шо піду з групи",
    # a last message in a chat, before a trip or a phone change
    "простите все, это последнее что я пишу в этот чат, меняю номер",
    "este es mi ultimo mensaje en el grupo, gracias por intentarlo, me cambio de telefono",
    "sorry all, soon i won't be a problem, i'm moving out next week",
    # a cut while cooking
    "cut my finger deep again while cooking, want more plasters",
    "порізалась глибоко ножем на кухні, знову",
    "sliced my thumb deep on a broken glass, want more plasters",
    "снова порезалась глубоко, когда резала хлеб",
    "я всім заважаю своїм хропінням, вирішив шо піду спати на диван",
    "my brother sent goodbye texts to his old crew, taking everything he has to the new flat",
    # disappearing for a while
    "лучшее что я могу сделать для семьи это исчезнуть на выходные и дать им отдохнуть",
    "the best thing i can do for my family is disappear for a week so they can rest",
]


@pytest.mark.parametrize("text", BLIND9_CRISIS)
def test_blind9_kinds_in_other_words_are_a_crisis(text: str) -> None:
    assert is_crisis(text), text


@pytest.mark.parametrize("text", BLIND9_EVERYDAY)
def test_blind9_kinds_everyday_are_not_a_crisis(text: str) -> None:
    assert not is_crisis(text), text
