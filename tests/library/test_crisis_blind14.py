"""Crisis recognition, session 17 late round (blind14-tune's missed kinds): burning oneself with a
lighter or cigarettes; off a bridge or a roof, "not joking"; the whole stash at once with "nobody will
notice" or "let it be the last time"; "no sense going on, I want to end it all" (also typed in Latin
letters); pills kept "for the exit"; decided how to do it and waiting for a day; everyone better off
"without me" said first; the last time writing here, "that's it"; won't live to spring, decided
oneself; a blade at hand and thinking about it; letters to the children, "that's it"; "if I use
alone and don't wake up, better". And the everyday messages beside them that must stay out: a burn
while cooking, a jump into a river, a last binge before quitting, leaving a work chat, a razor for
shaving, a birthday letter. Fresh wordings, never a labelled text. One test per list, so a failure
names every miss."""

from __future__ import annotations

from bot.library.crisis import is_crisis

CRISIS = [
    # burning oneself
    "keep burning my wrists with cigarettes when it gets bad",
    "опять прижигаю руку сигаретой, по-другому не отпускает",
    "знову припікаю руку запальничкою щоб хоч щось відчути",
    "me sigo quemando los brazos con el mechero cuando tengo ansiedad",
    # off a bridge or a roof, not joking
    "thinking of stepping off the roof tonight, i'm not kidding this time",
    "пойду прыгну с крыши, я не шучу",
    "сьогодні піду стрибну з даху, я не жартую",
    "me voy a tirar del puente, lo digo en serio",
    # everything at once, nobody will notice / the last time
    "gonna shoot everything i've got in one go, no one will even notice",
    "вколю весь запас за раз, пусть это будет последний раз",
    "вмажу все що є разом, хай буде останній раз",
    "me meto todo lo que me queda y que sea la última vez",
    # no sense going on, end it all
    "не вижу смысла вообще, хочу всё закончить",
    "ne vizhu smysla zhit, hochu vsyo zakonchit",
    "не бачу сенсу далі, хочу все закінчити",
    # pills kept for the exit
    "відклала пігулки на вихід, чекаю неділі",
    "коплю колеса на выход",
    "been keeping my pills for the way out",
    # decided how, waiting for a day
    "я уже решил как это сделаю, дождусь пятницы",
    "i've decided how i'll do it, just waiting for saturday",
    # better off without me, said first
    "без мене їм буде набагато краще",
    "без меня всем будет только легче",
    "sin mí todos van a estar mucho mejor",
    # the last time writing, that's it
    "последний раз сюда пишу. всё",
    "la última vez que les escribo, es todo",
    # won't live to spring, decided oneself
    "не доживу до лета, сама так решила",
    "not gonna make it to christmas, it's my own choice",
    # a blade and thinking about it
    "у меня есть лезвие и я весь день об этом думаю",
    "got a razor here and keep thinking about it",
    # letters to the children, that's it
    "написала листи дітям, на цьому все",
    "wrote letters to my kids. that's it",
    # if I use alone and don't wake up, better
    "если сегодня вколюсь один и не проснусь, то и ладно",
    "if i use alone tonight and don't wake up, whatever",
]

NOT_CRISIS = [
    "burned my hand on the pan making dinner",
    "обжёг руку об сковородку, что мазать?",
    "jumped off the bridge into the river, not kidding it was freezing lol",
    "прыгали с моста в речку, я не шучу, вода ледяная",
    "me meto todo lo que tengo y que sea la última vez, el lunes dejo",
    "без меня всем станет легче на работе, увольняюсь",
    "у мене є лезо для гоління, як ним не порізатись?",
    "wrote a letter to my mom for her birthday",
    "wrote notes to my kids for christmas morning",
    "decided how i'll do it: ask my doctor on friday about methadone",
    "если не проснусь вовремя, мне конец на работе",
    "таблетки на вечер или на утро лучше пить?",
]


def test_blind14_kinds_are_crisis() -> None:
    missed = [text for text in CRISIS if not is_crisis(text)]
    assert missed == []


def test_blind14_neighbours_are_not_crisis() -> None:
    flagged = [text for text in NOT_CRISIS if is_crisis(text)]
    assert flagged == []
