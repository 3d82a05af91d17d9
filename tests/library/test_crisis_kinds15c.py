"""Crisis recognition, session 15 late round (issue #9): the kinds of crisis message blind12-tune
missed (in a car in a closed garage with the engine running, "nobody will miss me" with the whole
amount at once, things given away with an apology or "easier for them", cut on purpose, "I won't
be here tomorrow, thanks for everything", an overdose let happen, the last dose of one's life,
"піти під потяг", "hoy termino con todo" and letters left for the children) and the everyday
messages it carded (self-harm long ago and well now, "slept like the dead" after a party), through
the public ``is_crisis``. Fresh wordings, never a labelled text; everyday near misses of each kind
stay quiet. One test per list, so a failure names every miss."""

from __future__ import annotations

from bot.library.crisis import is_crisis

CRISIS = [
    # in the car, in the garage, engine on
    "im in my car in the garage with the engine on and the door shut",
    "sat in the car in the garage for an hour, engine running, nobody knows",
    "sigo metido en el carro en la cochera con el motor prendido",
    "estoy sentada en el auto, motor en marcha, garaje cerrado",
    "сижу в машине в гараже, двигатель работает, ворота закрыты",
    "сиджу у машині, двигун працює, гараж зачинений",
    # nobody will miss me, with the whole amount at once
    "nobody is going to miss me so im taking the whole bag tonight",
    "gonna shoot the entire stash, no one would even miss me",
    "nadie me va a echar de menos, me tomo todas las pastillas de golpe",
    "никто даже не заметит, вмажусь всем что есть за раз",
    "ніхто не згадає, вколю все одразу",
    # things given away with an apology or "easier for them"
    "gave away all my books and records, apologised to my sister, it's better for them",
    "been giving my things away and said my goodbyes",
    "estoy regalando mis cosas, ya me despedí de mi mamá",
    "раздала все свои вещи, попросила у всех прощения",
    "роздав свої речі, їм буде легше без мене",
    # cut on purpose
    "cut myself again on purpose tonight",
    "специально порезался ножом, пусть болит",
    "порізалася навмисно, кров не зупиняється",
    "me corté a propósito otra vez",
    # not here tomorrow, thanks for everything
    "меня завтра уже не будет, спасибо за всё",
    "i won't be around tomorrow. thank you for everything",
    "mañana ya no voy a estar. gracias por todo, de verdad",
    # an overdose let happen
    "пусть будет передоз, мне уже всё равно",
    "нехай вже станеться передоз, набираю більше",
    "que venga la sobredosis, ya no me importa",
    # the last dose of my life
    "this is the last shot of my life, making it a big one",
    "последняя доза в моей жизни, двойная",
    "la última dosis de mi vida, y grande",
    # under a train
    "хочу піти під поїзд сьогодні",
    "думаю пойти под электричку",
    "why shouldn't i just step in front of the train now",
    # today I end it all; letters for the kids
    "ya acabo con todo, no aguanto",
    "mañana me termino con todo, perdón",
    "left notes for my kids, tonight i end it all",
    "dejé una carta para mi hija, hoy se acaba",
]

NOT_CRISIS = [
    # garages and engines
    "sitting in the car in the garage with the engine running to warm it up, -25 outside",
    "my car is in the garage, engine running rough, mechanic says spark plugs",
    "estoy en el coche en el garaje con el motor encendido calentándolo, hace frío",
    "сижу в машине в гараже, прогреваю двигатель, мороз",
    # missing, the whole of something
    "nobody will miss me at the party if i leave early",
    "did the whole gram with friends last night, how long till it's out of my system",
    "nadie me va a extrañar en el trabajo mañana",
    "никто не заметит если я уйду с работы пораньше",
    # giving things away for a move or a clear-out
    "giving away my stuff before moving abroad, said goodbye to the flat",
    "regalé mis cosas porque me mudo a otro piso",
    "estoy regalando mis cosas antes de la mudanza, me despedí del piso",
    # cuts not on purpose
    "порезалась не специально, когда резала хлеб",
    "cut myself shaving, not on purpose obviously",
    "me corté el pelo a propósito muy corto",
    # tomorrow away
    "меня завтра не будет на работе, спасибо за всё",
    "i won't be here tomorrow, flight at 6, thanks for everything",
    # overdose questions, quitting
    "если будет передоз, что делать?",
    "cuántos mg hacen falta para que sea sobredosis",
    "how fast does breathing get before it counts as an overdose, let it be a real answer",
    "last dose of my life, going to rehab tomorrow",
    "остання доза в житті, завтра кидаю і йду на реабілітацію",
    # trains, ending tasks
    "боюсь пойти под дождь без зонта",
    "hoy termino con todo el trabajo pendiente",
    "ya acabo con todo lo de la mudanza",
    # self-harm long ago, and sleep like the dead
    "i used to cut as a kid but im fine now, asking for a friend",
    "раньше резалась, но сейчас всё хорошо, спасибо",
    "antes me cortaba pero ahora estoy bien",
    "после фестиваля спал как убитый весь день",
    "slept like the dead after the rave",
    "dormí como un tronco después de la fiesta",
]


def test_blind12_kinds_are_crisis() -> None:
    missed = [text for text in CRISIS if not is_crisis(text)]
    assert missed == []


def test_blind12_near_misses_are_not_crisis() -> None:
    carded = [text for text in NOT_CRISIS if is_crisis(text)]
    assert carded == []
