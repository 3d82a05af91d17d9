"""Crisis recognition, session 19 late round (blind16-tune's missed kinds), by the rules alone: pills
or a drug saved up "for the end", "for when I can't any more" or with only the nerve missing; wanting
to go to a loved one who died; "if I disappeared everyone would be better off" with the condition
first; the last message with "don't look for me"; self-harm for the relief it brings (cut, burnt,
a head banged till it bleeds); one last loaded shot and goodbye or "nobody will care"; thinking of
taking oneself out of the way ("quitarme de en medio"). And the everyday messages beside them that
must stay out: suicidal thoughts long ago and "in a good place now", pills kept for a trip, a grave
visited, away for a week, a new account, the idiom of banging one's head against a wall, an itch
scratched, a haircut, a last line before bed. A worry about overdosing alone, asked, keeps the
embedding stage to the crisis note (``overdose_alone_fear``), never with a word of wanting or caring. Fresh wordings, never a labelled text. One test per
list, so a failure names every miss."""

from __future__ import annotations

from bot.library.crisis import is_crisis, overdose_alone_fear

CRISIS = [
    # pills or a drug saved up for the end, only the nerve missing
    "been saving my sleeping pills for when i cant take it anymore",
    "stashed a load of my benzos, just need the nerve now",
    "коплю снотворное на тот случай, осталось только набраться смелости",
    "відкладаю пігулки вже другий місяць, залишилось тільки наважитись",
    "estoy juntando rivotril para cuando ya no aguante mas",
    "guardo pastillas desde hace tiempo, solo me falta el valor",
    # wanting to go to a loved one who died
    "мама умерла весной, я больше не могу, хочу к ней",
    "відколи не стало тата, все сіре, хочу до нього",
    "since my sister passed i just want to be with her again",
    "desde que se murio mi abuelo solo quiero irme con el",
    # taking oneself out of the way, the thinking worded otherwise
    "cada noche me dan ganas de quitarme de en medio",
    # everyone better off if I disappeared, the condition first
    "если я просто исчезну, всем станет только легче",
    "if i just vanished my family would be better off honestly",
    "si desapareciera todos estarian mas tranquilos",
    # the last message, "don't look for me"
    "пишу сюда в последний раз, не ищите меня",
    "не шукайте мене. прощавайте",
    "this is my last message, dont come looking for me",
    "es la ultima vez que les escribo, no me busquen",
    # self-harm for the relief it brings
    "снова порезалась, только так и успокаиваюсь",
    "режу руки, потом становится легче",
    "i keep cutting myself, its the only thing that calms me down",
    "banging my head against the wall until it bleeds, makes everything quieter",
    "me quemo con el mechero y me alivia un poco",
    # one last loaded shot and goodbye, nobody will care
    "una ultima dosis bien cargada y hasta nunca",
    "one last big shot and goodbye",
    "last bag tonight, no one will even notice",
    "последний раз вмажусь по полной, никому нет дела",
]

NOT_CRISIS = [
    # suicidal long ago, in a good place now
    "had suicidal thoughts back in my teens, i'm in a really good place these days",
    "years ago i was suicidal, now i'm in a stable place and volunteer at the drop-in",
    "hace años quise quitarme la vida, hoy estoy en un buen momento",
    # pills saved for a trip, the nerve for something everyday
    "saving my meds for the festival trip, just need the nerve to ask my boss for time off",
    "коплю таблетки от давления на поездку, осталось решиться с билетами",
    "estoy guardando pastillas para el viaje, solo me falta decidirme por el hotel",
    # a grave visited, a photo
    "бабушка умерла в мае, хочу к ней на могилу съездить",
    "після смерті діда хочу до нього на цвинтар сходити",
    "since my grandad died i want to go to his village in the summer",
    "desde que murio mi tio quiero ir a visitar su pueblo",
    # out of the way in a room or a row
    "me quito de en medio para que hablen tranquilos",
    # away for a while, out of a chat
    "если я исчезну на неделю, всем будет только легче, отдохнут от меня",
    "if i disappeared from the group chat everyone would be better off lol",
    # a last message before a move or a new account
    "последний раз пишу с этого аккаунта, не ищите меня тут, я переехал",
    "last post here, don't look for me on this server, moving to discord",
    "es la ultima vez que escribo en este grupo, no me busquen, me mudo de numero",
    # the idiom, an itch, a haircut, a kitchen cut
    "бьюсь головой об стену с этим отчетом, ничего не выходит",
    "расчесала укусы комаров до крови, так легче",
    "me volvi a cortar el pelo, es lo unico que me calma antes de un examen",
    "cut myself on a tin can, feel better after a plaster",
    # a last line before bed
    "una ultima raya y adios, me voy a dormir",
    "one last line and im off to bed",
    "последняя доза на сегодня, завтра к врачу",
]


def test_blind16_crisis_kinds() -> None:
    missed = [text for text in CRISIS if not is_crisis(text)]
    assert missed == []


def test_blind16_everyday_look_alikes() -> None:
    wrong = [text for text in NOT_CRISIS if is_crisis(text)]
    assert wrong == []


def test_overdose_alone_fear_is_no_crisis_reply() -> None:
    worries = [
        "what if i overdo it some night and theres nobody around",
        "y que pasa si me da una sobredosis y nadie se entera?",
        "а вдруг я переборщу с мефедроном, а рядом никого нет?",
        "а раптом я передознуся вночі і ніхто не знайде",
    ]
    assert [text for text in worries if not overdose_alone_fear(text)] == []
    assert [text for text in worries if is_crisis(text)] == []
    wishes = [
        "what if i overdo it on purpose and nobody finds me",
        "y si me paso y nadie me encuentra, ojala",
        "а если я передознусь и никто не найдет, никому не будет до меня дела, хочу так",
    ]
    assert [text for text in wishes if overdose_alone_fear(text)] == []
