"""Crisis recognition, session 15 (issue #9): the kinds of crisis message tune35's first look
missed (a last message with an apology or love, a lethal amount asked so no one can bring one back,
self-harm now with a blade named, "neck myself", "kys ... about to", the note left and "tonight's
the night", under a train, a loaded gun in the lap, better off with the insurance, on a roof and no
longer afraid, misspelt "suicidal" with a plan, googling how to die, lying with cut veins, all the
insulin injected, "я выпиливаюсь", the means bought and "doing it sunday", "мені нічого не треба"
after things given away) and the everyday messages it carded (a hangover's "I want to die", a bungee
jump off a bridge, a jump into a river for the heat, a friend's words about suicide then how to
talk to them, a sibling's past self-harm and the signs to look for, a song asked about by a line,
"dead" before bed, "хоть убей не помню"), through the public ``is_crisis``. Fresh wordings: no
labelled text (``tune35`` itself is checked message by message in ``tests/library/test_triage.py``).
One test per list, so a failure names every miss."""

from __future__ import annotations

from bot.library.crisis import is_crisis

CRISIS = [
    # a last message with an apology or love
    "this is my last message to everyone, i'm sorry for all of it",
    "my last words to you all: forgive me",
    "это моё последнее сообщение вам, простите за всё",
    "це мій останній пост, пробачте мені",
    "este es mi último mensaje, perdónenme todos",
    # a lethal amount asked so no one can bring one back
    "сколько нужно выпить чтобы меня уже не откачали",
    "скільки треба щоб мене вже не врятували",
    "cuántas necesito para que no me puedan reanimar",
    "how much do i need so nobody can bring me back",
    "what amount of oxy would actually take a person out, it's for me",
    # self-harm now with a blade or blood
    "sliced my forearm with a razor just now and it keeps bleeding",
    "cutting into my wrists again, deep this time",
    # UK slang, "kys" taken up
    "thinking about necking myself tonight",
    "people keep saying kys and honestly i'm gonna do it",
    # the note left, tonight's the night
    "wrote my letters to the kids, tonight is the night",
    "escribí la carta para mi mamá, ya es hora",
    # under a train
    "tempted to step in front of the next train honestly",
    "хочеться кинутися під поїзд і все",
    "думаю броситься под поезд сегодня",
    # the gun, the insurance
    "holding my dad's gun to my head right now",
    "my wife would be happier with the insurance payout than with me",
    "семье будет лучше со страховкой, чем со мной",
    # on a roof and no longer afraid
    "сижу на краю крыши, уже не страшно",
    "estoy sentado en el borde de la azotea y ya no me da miedo",
    "sitting on the ledge of the roof, not scared anymore",
    # misspelt "suicidal" with a plan, googling how to die, cut veins
    "sucidal all week and now i have a plan",
    "суецидальные мысли, и теперь есть план",
    "ищу в интернете как умереть побыстрее",
    "шукав як вбити себе без болю",
    "busco cómo matarme rápido",
    "сижу на полу с порезанными венами",
    "toy en el baño con las venas abiertas",
    # all the insulin, "выпиливаюсь", the means bought and a day
    "вколю себе весь свой инсулин ночью",
    "voy a inyectarme toda la insulina que tengo esta noche",
    "короче я выпиливаюсь, всем пока",
    "got some charcoal and tape, doing it saturday",
    "compré la cuerda, lo hago el sábado",
    # things given away, nothing needed after a day (Ukrainian)
    "роздала свої речі, після неділі мені вже нічого не треба",
]


def test_crisis_kinds_of_tune35_are_recognised() -> None:
    missed = [text for text in CRISIS if not is_crisis(text)]
    assert not missed, missed
