"""Kinds fixed on tune53 (session 24, emerg helper), in words of no labelled set, with guards.

Card: a door not opened by someone who scored or used; found on the floor, not answering, a grey or
blue colour told (the end of a long story, no drug needed); a gurgle or rattle in the throat, or the
head lolling with a noise, after something taken; cold, clammy or grey with breaths far apart after
a shot; the writer going under ("sinking", "меня уносит", "мене несе", "otrubayus") on a downer or
G (with "xanny", "гэ", "гхб" read as drugs); Spanish "está aguado", eyes half open "como si no
estuviera" after pills; heat said "calientísima" or "весь палає", drowsy beside the heat, a chest
"crushing"; Ukrainian "не кліпає" (blinks) is no music clip.
No card: a child or teenager woken for school who won't react; not answering with headphones or a
hearing aid; a laptop that "ни на что не реагирует"; and the guards of each kind (sinking into a
sofa, carried away by music, a door not opened with no drug, a floor with no colour).
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import is_emergency, told_not_now

CARD = [
    # a door not opened after scoring or using
    "she hasnt opened her door since she scored last night, tv is blaring",
    "сестра не открывает дверь, утром подняла закладку, на звонки не берёт",
    "кум не відчиняє двері, вчора взяв у ділера, тиша",
    "mi roomie no abre la puerta, conectó anoche y no sale",
    # on the floor, not answering, a colour told
    "anyway after all that we got back and my uncle was on the kitchen floor, didnt respond, lips purple",
    "пришли домой, а дядя на полу, не отзывается, лицо синее",
    "повернулись, а батько на підлозі, не відгукується, синій",
    "al final lo hallamos tirado en el piso sin responder, con la cara morada",
    # a noise in the throat, or the head lolling with a noise, after something taken
    "she did a bag and now theres a rattling in her throat and she wont wake",
    "после метадона хрипит в горле и не просыпается",
    "після трамадолу якийсь булькіт у горлі, не прокидається",
    "se metió chiva y tiene un estertor en la garganta",
    "after the bars his head keeps flopping and hes snoring weird",
    # cold, grey, breaths far apart, after a shot
    "ashen and clammy, she breathes only now and then, shot up an hour ago",
    "после укола серый, липкий, дышит раз в полминуты",
    # the writer going under on a downer or G
    "did a xanny and some gin and im slipping, cant feel my face",
    "выпил гэшку и водки, меня накрывает и тянет вниз, страшно",
    "випила гхб, мене вирубає, ледве друкую",
    "tome clonazepam con chelas y siento que me hundo",
    # Spanish limp, eyes half open after pills
    "mi prima se metió unas pastillas y está bien aguada, no responde bien",
    "se tomó unas pastas y tiene los ojos medio abiertos pero como si no estuviera ahí",
    # heat, drowsy beside heat, the chest crushed
    "mi cuate está calientísimo después de la md y no deja de vomitar",
    "після амфу він весь палає і трусить",
    "hot and sleepy after mdma and ket, puked twice, she cant stand up",
    "squeezing in my chest after crack, cant breathe right",
    # a blink is no clip
    "накурився спайсу, лежить і не кліпає, хрипить",
]

NO_CARD = [
    # a child or a teenager woken for school
    "my son won't respond when i try to get him up for school, teenagers lol",
    "сына не добудишься в школу, не реагирует вообще, что делать",
    "малу не можу розбудити в садочок, не реагує, що робити",
    "no reacciona cuando lo levanto para ir a la prepa, qué hago",
    # headphones or a hearing aid
    "dad didnt answer the doorbell, he had his hearing aids out",
    "брат не отвечает, сидит в наушниках и играет",
    "дід не відповідав, бо навушники, все добре",
    "mi abuelo no contestaba, traía el aparato auditivo apagado",
    # a laptop that does not react to anything
    "комп завис и вообще ни на что не реагирует",
    "ноут ні на що не реагує після оновлення",
    # the guards of each kind
    "my neighbour wont open his door, probably at work",
    "не открывает дверь, наверное спит, позвоню позже",
    "she was on the floor doing yoga and didnt answer, grey leggings on",
    "after the xanny im sinking into the couch, so relaxed, chill night",
    "меня уносит от этой музыки",
    "head lolling on the bus after a long shift, snoring lol",
    "el café está aguado",
    "после прогулки весь палает лицо от ветра",
]


@pytest.mark.parametrize("text", CARD)
def test_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "бабуля была бледная и не отвечала, оказалось слуховой аппарат разрядился, всё нормально",
        "grandad looked grey and didnt answer but his hearing aid battery was dead, hes fine",
        "no reacciona cuando la despierto para el cole, se tapa la cara",
    ],
)
def test_not_now_for_the_embedding_stage(text: str) -> None:
    assert told_not_now(text), text


def test_as_if_absent_is_no_crisis() -> None:
    """ "como si no estuviera" (as if not there) describes someone gone under, not a wish to be gone."""
    from bot.library.crisis import is_crisis

    assert not is_crisis("lo veo con la mirada fija, como si no estuviera, se metió algo")
    assert not is_crisis("mi novio me habla como si no estuviera en la habitación")
    assert is_crisis("creo que mi familia viviría mejor si no estuviera")
    assert is_crisis("a veces pienso que todo iría mejor si ya no existiera")


# second batch (tune53's appended rows): kinds in other words
CARD_2 = [
    # shut in after meeting the dealer
    "he wont come out of the toilet since meeting his dealer, its been an hour",
    "брат заперся в туалете после встречи с дилером, не выходит уже час",
    "подруга замкнулась у ванній після барижки, тиша",
    "mi hermano se encerró después de ver al transa y no sale de su recámara",
    # grey or blue with a noise as they breathe, after a drug
    "did some coke with us and now hes blue and making a gurgling noise",
    "после героина синий и хрипит когда дышит",
    # arms that won't lift or dozing mid-sentence on downers
    "took valium and gabapentin, cant raise my arms, keep nodding off mid conversation",
    "випила феназепам з прегабаліном, засинаю посеред розмови",
    # the chest sat on, the pipe
    "after the coke my chest feels like someone is sitting on it, cant breathe",
    "been hitting the pipe all night and now theres a crushing pain in my chest",
    # "когда ору" is yelling, not "lol"
    "она вмазалась и не дышит нормально, не шевелится когда ору",
]

NO_CARD_2 = [
    "my flatmate hasnt come out of her room all day, shes revising for exams",
    "сосед заперся у себя и не выходит, обиделся на нас",
    "no sale de su cuarto desde que volvió del cole, está jugando",
    "i cant lift my arms after the gym today, so sore",
    "the cat makes a snorting sound when she breathes, vet said its normal",
    "the pipe under the sink is leaking again",
    # shut in with pills named as a threat, not taken: the crisis reply's, not the card
    "my brother locked himself in his room and says hes going to swallow all his tablets",
]


@pytest.mark.parametrize("text", CARD_2)
def test_card_second_batch(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NO_CARD_2)
def test_no_card_second_batch(text: str) -> None:
    assert not is_emergency(text), text
