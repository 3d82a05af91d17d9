"""Crisis kinds found on tune52 (session 23), in other words than the labelled messages: each kind
with messages the rules alone must catch and everyday look-alikes they must leave alone (waking up
early, goodbye letters to colleagues, a show ended, a song's title asked, a friend asked about, a
past crisis that is over)."""

from __future__ import annotations

import pytest

from bot.library.crisis import everyday_figure, is_crisis
from bot.library.emergency_text import is_emergency

CRISIS = [
    # nobody would notice if I were gone (either order), Russian and Ukrainian
    "если меня вдруг не станет, никто даже не заметит",
    "никто и не вспомнит когда меня не станет",
    "якщо мене раптом не стане, ніхто навіть не згадає",
    "ніхто не заплаче коли мене не буде",
    # no strength left to live; why am I still holding on
    "уже нет сил жить так дальше",
    "не залишилось сил жити",
    "всё без толку, зачем я до сих пор держусь",
    "навіщо я ще тримаюсь",
    # pills gathered, then all of them at once
    "полгода копила колеса от бессонницы, завтра проглочу их все",
    "маю дві пачки пігулок від тиску, ковтну всі разом",
    "got a shoebox of meds from my nan, i'm gonna swallow them all tonight",
    "junté las pastillas de mi abuela y me las trago todas de una",
    # never waking up again, and wanting it so
    "если так пойдет, больше не проснусь, ну и пусть",
    "після цього вже ніколи не прокинусь, і нехай",
    "after this much i won't wake up again and thats what i want",
    # hitting one's head or fists against a wall until it bleeds or goes quiet
    "луплю кулаками по стене до крови, заслужил",
    "б'юся лобом об стіну поки не стане легше",
    "kept slamming my fists into the wall until my knuckles split",
    "me daba cabezazos contra la pared hasta sangrar",
    # it will all stop soon, decided, forgive me
    "сегодня это всё закончится, простите меня все",
    "цієї ночі все це скінчиться, пробачте мене",
    "esta noche todo se va a acabar, perdónenme",
    # preparations done, only the nerve left
    "раздала вещи, удалила переписки, осталось только набраться смелости",
    "листи написав, речі роздав, лишилось тільки зважитись",
    "letters are written, all that's left is to work up the nerve",
    "ya regalé mis cosas, nomás me falta animarme",
    # on the other side of a railing
    "перелезла за ограждение на мосту, держусь одной рукой",
    "стою за поруччям на даху",
    "i'm on the other side of the railing on the overpass",
    "estoy del otro lado del barandal del puente",
    # brought back and wanting to do it again
    "мне промыли желудок, но я все равно попробую еще раз",
    "мене відкачали в лікарні, хочу повторити як випишуть",
    "they pumped my stomach last week and i want to finish it",
    # no sense going on, said last; a dose bigger than usual "and that's it"
    "после всего этого не вижу смысла дальше",
    "возьму дозу сильнее чем обычно и всё",
    # the world will be better without me
    "мир без меня точно станет лучше",
    "світ без мене стане легшим",
]

EVERYDAY = [
    # not wanting to wake up early, at an hour, on a weekday, for work or school
    "не хочу вставать в шесть, опять смена",
    "так не хочу просыпаться рано, зима",
    "не хочеться прокидатися у понеділок",
    "dont wanna wake up at 5 for my shift",
    "no quiero levantarme temprano, hace frío",
    # a goodbye letter or card to colleagues, a team, a class
    "пишу прощальную открытку коллективу, перехожу в другой отдел",
    "склала прощальну промову для колег, йду на пенсію",
    "drafting a farewell email to my team, new job starts monday",
    "le mandé un correo de despedida a mis compañeros, me jubilo",
    # a show or a book finished, "nothing to live for" said laughing or with what to read next
    "книга закончилась, жить незачем хаха, что почитать похожее",
    "the show ended, nothing to live for lol, what should i watch next",
    # a song's or a trend's title asked about
    "есть песня «хочу пропасть», кто исполнитель не подскажете",
    "who's the artist of that song i want to disappear",
    # a friend's words with "hed"/"shed", then how to help
    "my brother keeps telling me hed rather be dead, what should i say",
    # how to tell whether someone close has suicidal thoughts
    "як зрозуміти, що в сина суїцидальні думки",
    "how can i tell if my son is suicidal",
    "cómo saber si mi hija tiene ideas suicidas",
    # a past crisis that is over
    "раньше думал покончить с собой, сейчас уже всё лучше, работаю",
    "раніше різала руки, тепер у мене все добре",
    "i used to want to die, now everything is so much better",
    # killing time, laughing, hungry, batteries, games
    "как убить пару часов в поезде",
    "вмираю зі сміху з цього кота",
    "me muero de sueño, me voy a dormir",
    "ноут сдох, где починить",
    # things that look like the kinds but are not
    "бьюсь головой об стену с этим кодом, помогите с ошибкой",
    "не вижу смысла дальше ждать автобус, пойду пешком",
    "осталось только решиться на покупку машины",
    "положил таблетки в аптечку, выпью все витамины по одной в день",
]


@pytest.mark.parametrize("text", CRISIS)
def test_tune52_kinds_are_a_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_tune52_look_alikes_are_no_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "не вижу смысла ходить на лекции по философии",
        "нема сенсу готуватися до заліку, все одно завалю",
        "there's no point studying for the chemistry test",
        "no le veo sentido a estudiar para el examen de física",
    ],
)
def test_no_point_in_a_lesson_keeps_the_embedding_stage_to_the_note(text: str) -> None:
    assert everyday_figure(text)
    assert not is_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "не вижу смысла жить дальше",
        "нема сенсу ходити на пари, та й жити нема сенсу, таблетки вже купив",
        "no point going to class anymore, i'm not joking, i want to die",
    ],
)
def test_no_point_in_living_or_beside_the_means_is_no_everyday_figure(text: str) -> None:
    assert not everyday_figure(text)


CRISIS_2 = [
    # a problem or a burden to everyone, and it ends tonight or soon
    "надоело быть всем обузой, этой ночью всё закончится",
    "я для всіх тягар, скоро це перестане бути проблемою",
    "sick of being a burden to my family, after tonight i won't be",
    "soy una carga para mi madre, después de esta noche ya no",
    # things handed over and nothing left to sort
    "отдала ноутбук племяннице, ключи оставила соседу, дел больше нет",
    "віддав гітару другові, кота залишив мамі, більше справ нема",
    "gave my bike to my neighbour and left the keys with my sister, nothing else to take care of",
    "le regalé la guitarra a mi sobrino, ya no me queda nada por hacer",
    # going quietly, nobody beside it
    "хочу тихонько уйти, и чтобы никто не искал",
    "ніхто не сумуватиме, просто тихо піду",
    "nobody will care, i'll just leave quietly",
    "nadie se va a dar cuenta, me voy a ir en silencio",
    # one's funeral song chosen and things willed
    "выбрала музыку на свои похороны, расписала кому что оставить",
    "picked the music for my funeral and wrote down who gets what",
    # falling asleep and it all ending by itself
    "так хочется просто заснуть и чтобы всё прекратилось",
    "хотілося б заснути і щоб усе це скінчилось",
    "i just want to fall asleep and have it all be over",
    "quiero dormirme y que todo se acabe",
    # a pack in hand, counting whether it is enough
    "сижу с упаковкой снотворного, прикидываю хватит ли",
    "тримаю жменю таблеток, думаю чи достатньо",
    "holding a bottle of my sleeping pills, counting if it's enough",
    # no longer fighting with or for one's life
    "не хочу больше бороться за свою жизнь",
    "не можу більше боротися з цим життям",
    "i won't keep fighting for my life anymore",
    "ya no quiero seguir luchando por mi vida",
    # no sense waking up, typed in Latin letters
    "ne vizhu smysla prosypatsya bolshe",
]

EVERYDAY_2 = [
    # a friend's words about being fed up with living, then "is it normal?"
    "сестра шутит что ей жить надоело с такой зарплатой, это нормально?",
    "друг постійно каже що йому жити набридло, мені хвилюватися?",
    "my sister keeps joking she's tired of living, is that normal",
    "mi prima bromea con que está harta de vivir, ¿es normal?",
    # handed over before a trip; leaving quietly from somewhere
    "отдал кота соседке, больше дел не осталось, завтра улетаю в отпуск",
    "gave the plants to my neighbour, nothing left to sort before the flight",
    "nobody noticed, so i left quietly from the party",
    "хочу тихо уйти с работы пораньше, чтобы никто не заметил",
    # a funeral of a grandparent; "enough for a month"
    "помогаю с похоронами бабушки, она заранее написала кому что оставить",
    "держу пачку таблеток, думаю хватит на месяц",
    # sleep and an end that is not life's; fighting with a thing
    "хочу уснуть и чтобы эта неделя закончилась",
    "не могу больше бороться с этой ленью",
    "i can't fight this cold anymore, taking a sick day",
]


@pytest.mark.parametrize("text", CRISIS_2)
def test_tune52_second_batch_kinds_are_a_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY_2)
def test_tune52_second_batch_look_alikes_are_no_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "вмажусь всем что есть, и пускай сердце остановится",
        "закину все що маю, нехай серце зупиниться",
    ],
)
def test_a_heart_stop_wished_in_a_plan_is_the_crisis_not_the_card(text: str) -> None:
    assert is_crisis(text)
    assert not is_emergency(text)


def test_a_heart_felt_stopping_after_using_is_still_the_card() -> None:
    assert is_emergency("закинулась солью, сердце останавливается")
