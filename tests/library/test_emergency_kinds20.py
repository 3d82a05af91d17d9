"""Kinds fixed on tune45 (session 20, emerg helper), in words of no labelled set, with guards.

A fit beside a drug when "someone" in the story is only the one who gave the drug ("somebody handed
her a pill"); a fit said in Spanish as a body jerking or an attack going on ("se está sacudiendo",
"está teniendo un ataque", "está con espasmos") or in Ukrainian as "напад", with "something" taken
in Spanish ("se metió algo", "tomó algo en la fiesta") counted as a drug taken; a question asked
ahead of time ("спрашиваю заранее", "asking so I'm prepared") and a change to come in a reflexive
future ("начнутся", "почнуться") after "if"; a sleeper that a noise did not wake, said with the noise
first ("даже будильник не разбудил"); laughing so hard or to tears that one could not breathe; under
control now after a story; a sign asked about in the future on a condition ("у друга начнутся
судороги если он примет ...?"); "what if one day" with no word of now; "how would one know" (ru/uk)
asking in general. Overdose questions: too much of a drug asked about, a seizure asked "what to do
if", a sign to come if a drug is taken, the temperature at which overheating on a drug is dangerous.
Probes of the same session: "creo que me da algo" and the heart beating badly ("me late fatal", "a
tope") in Spanish, the heart pressed or squeezed ("тисне серце", "давит сердце"), "anfetas", a while without waking ("lleva 10 minutos sin despertar"), "eyes
rolling" said last; dead of tiredness said of the living; a day feared beside an "if" anywhere.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency

CARD = [
    # the giver is "someone": the person in trouble is one's own
    "somebody handed my sister a pill at the club and now shes having a fit by the bar",
    "someone spiked my mates drink and now hes having a fit in the corridor",
    "alguien le pasó una pasta a mi primo y ahora está teniendo un ataque en el baño",
    # a fit said as a body jerking or an attack going on, in Spanish, beside something taken
    "mi cuñado se metió algo en el concierto y se está sacudiendo, no contesta",
    "mi vecina tomó algo en la fiesta y ahora está teniendo un ataque, qué hago",
    "le dieron algo a mi novia y le están dando espasmos",
    "somebody spiked my sisters drink and shes having a fit in the toilets",
    # something about to happen to me, said in Spanish, with the heart beating badly, on a drug
    "me metí speed y el corazón me late horrible, tiemblo, creo que me da algo",
    "tomé anfetas y tengo el corazón a tope y me arde el pecho",
    "me metí unas pepas y el corazón me va a reventar, estoy ardiendo",
    # the heart pressed or squeezed, with the arm going numb, on a stimulant
    "у мене зараз тисне серце і ліва рука німіє, я на амфетаміні",
    "после кокса давит сердце и рука отнимается",
    # a while without waking, beside something taken
    "mi colega se metió algo y sigue sin reaccionar, le cae baba",
    # eyes rolling said last, thrashing, on a stimulant
    "she's thrashing about after the meth, boiling hot, eyes rolling",
    "el chavo se tomó unas pastas y sigue con convulsiones",
    # a fit in Ukrainian, "напад", after a drug
    "у брата після мефу напад, його аж викручує",
    "в неї після таблеток напад, не відповідає",
]

NO_CARD = [
    # the giver and a fit asked in general stay a question
    "if someone passed you a pill and you started having a fit, what would happen",
    # a Spanish attack of panic, laughter or a cramp; shaking something off; something to drink
    "mi hermana se metió algo y está teniendo un ataque de ansiedad, la estoy calmando",
    "me estoy muriendo, estoy teniendo un ataque de risa con este video",
    "mi padre tomó algo para el dolor y está con espasmos en la espalda",
    "el perro salió del mar y se está sacudiendo el agua encima de todos",
    "tomé algo de agua después del partido, sudando y con el corazón a mil",
    # a Ukrainian panic attack or an assault
    "у неї після кави напад паніки, сидить і дихає в пакет",
    "в нього напад на роботі стався, начальник кричав",
    # asked ahead of time, or a change to come after "if" in a reflexive future
    "що робити, якщо у брата на концерті почнуться судоми? цікавлюсь заздалегідь",
    "что делать если у подруги случится приступ на рейве, хочу знать заранее",
    "what do i do if my cousin seizes at the rave? asking so i'm prepared",
    # a sleeper a noise did not wake, the noise said first
    "сын спит так, что даже будильник его не разбудил, подросток",
    "доньку навіть грім не розбудив, от соня",
    "even the fire alarm test didn't wake my husband this morning lol",
    "a mi hija ni la tormenta la despertó anoche",
    # laughing so hard or to tears
    "хохотали до слёз, я аж задыхалась, лучший вечер",
    "сміялися так, що аж дихати не могли",
    "laughed so hard at the wedding speech i couldn't breathe",
    "me reí tanto que no podía respirar con tu historia",
    # under control now after a story told
    "mi suegro tuvo convulsiones hace tres años, ahora está controlado con pastillas",
    "у тёти были припадки пять лет назад, сейчас всё под контролем",
    # whether to lay a person in general on the side
    "hay que poner de lado a una persona que bebió mucho y vomita?",
    "надо ли класть человека на бок, если он перебрал с алкоголем?",
    # a day feared, no word of now
    "what if someday my dad stops breathing in his sleep, i lie awake thinking about it",
    "y si un día mi madre no se despierta? me da mucho miedo",
    "а вдруг когда-нибудь муж не проснётся после своих таблеток, не могу уснуть",
    # the heart, a while without answering, eyes rolling: everyday with no drug
    "me late el corazón fatal cuando me escribe jaja",
    "el corazón a tope en la final del mundial",
    "el corazón me va a estallar de felicidad, me dieron la beca",
    "lleva dos días sin contestar mis mensajes, estará de viaje",
    "my teenage daughter, eyes rolling at every word i say",
    # the heart squeezed by a feeling
    "сердце сжимается, когда вспоминаю бабушку",
    "me aprieta el corazón ver a mi perro tan viejito",
    # dead of tiredness or sleep, said of the living
    "mi cuñado está muerto de cansancio después de la guardia",
    "she's dead on her feet after the double shift",
    # a day feared said anywhere beside an "if"
    "a veces pienso qué haría si mi padre deja de respirar algún día",
    "i sometimes wonder what i'd do if my brother stopped breathing one day",
    # a sign asked about in the future, on a drug to come
    "у подруги будут судороги если она выпьет пять таблеток трамадола?",
    "в сестри почнуться судоми якщо вона змішає трамадол з алкоголем?",
    "will my brother stop breathing if he mixes his bars with beer?",
    # how would one know, asked in general
    "откуда знать, что человек не просто под кайфом, а передознулся?",
    "по чому зрозуміти, що людина вже передознулась, а не спить?",
]

STILL_CARD = [
    # a day feared but a drug taken or a state now
    "what if one day he doesnt wake, he took 5 bars tonight and wont answer me",
    "y si un día no despierta? ya no respira, se tomó todo el bote",
    # a sign now, and the future asked about
    "у друга судороги, будет хуже если он примет ещё?",
    "is she going to die if she takes another one? shes not breathing right",
    # the noise first but a sign or a drug beside it
    "даже будильник его не разбудил, губы синие, он вчера кололся",
    # under control now but something now
    "tuvo convulsiones hace años, ahora está controlado pero acaba de meterse cristal y convulsiona",
    # laying one's own person down asked beside a sign now
    "hay que ponerlo de lado? no respira y se pasó con el G",
    # a drink spiked and a fit
    "alguien le echó algo en la copa a mi amiga y ahora está teniendo un ataque",
    # laughing and then something else now
    "we were laughing so hard and then she dropped and isnt breathing",
    "он смеялся так сильно, а потом упал и не дышит",
    "i'm so ready for the weekend but my mate took 3 bars and isnt breathing",
    "we were laughing so hard and then he took a bump of ket and now hes not breathing, help",
]

OD_QUESTION = [
    "is it dangerous to leave a friend to sleep after way too much ketamine?",
    "como se ve alguien que se ha pasado con la keta?",
    "як виглядає людина, яка перебрала з мефом?",
    "нужно ли класть на бок того, кто перебрал с бутиратом?",
    "se debe poner de lado a una persona que se pasó con el alcohol?",
    "should you put someone on their side if they overdid the G?",
    "what should we do if a mate has a seizure at the rave?",
    "что делать если у человека начнутся судороги после соли?",
    "a partir de qué temperatura es peligroso con el speed?",
    "at what temperature is it dangerous on mdma?",
    "mi primo va a convulsionar si toma mucho tramadol?",
]

NOT_OD_QUESTION = [
    "too much homework this week, is it ok to skip the lecture?",
    "too much sun at the beach today, is it dangerous to nap now?",
    "a qué temperatura se hornea el pan?",
]


@pytest.mark.parametrize("text", CARD)
def test_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", STILL_CARD)
def test_still_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", OD_QUESTION)
def test_overdose_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


@pytest.mark.parametrize("text", NOT_OD_QUESTION)
def test_not_overdose_question(text: str) -> None:
    assert not is_emergency(text)
    assert not asks_about_overdose(text)
