"""Kinds fixed on tune51 (session 23, emerg helper), in words of no labelled set, with guards.

Card: someone roused by shaking, pinching, slapping or shouting and no reaction, beside a drug, an
injection or a syringe lying by them; breathing that stops as one dozes off, beside a drug taken or
"too much"; Mexican and Spain slang for pills ("se empastilló", "va hasta arriba") beside the heat
and "no está coherente"; "se desguanzó" (gone limp) and eyes turned with words between; Ukrainian
"не відкриває очей" and "дивно хропить"; Russian and Ukrainian typed in Latin letters told with
symptom words only ("toshnit", "nudyt", "hropyt", "tilky"), or with one stray Cyrillic letter.
No card: a flat battery, a car that will not start or a phone that will not wake "not
responding"; a lamp that does not react to its switch; a snore asked "is it normal?" with no drug;
the writer's own faint told and ended "fine now"; a plant's leaves gone grey and stiff; a past fit
and "is it safe now?". The embedding stage also gives none (``told_not_now``) to someone awake and
chatting now, up "as if nothing happened", a pain "gone now", a limb asleep from sitting with drugs
denied, and to Latin-typed Russian or Ukrainian the rules clean in Cyrillic.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import is_emergency, told_not_now

CARD = [
    # roused and no reaction, a drug, an injection or a syringe beside
    "shaking her shoulder and yelling at her, nothing at all, she banged up in the toilet",
    "prodding him and calling his name, zero reaction, he smoked some fent",
    "тормошим брата, кричим — ничего, он вмазался полчаса назад",
    "щипаю кума за вухо, жодної реакції, поруч лежить шприц",
    "le damos cachetadas y nada, se picó hace rato",
    # breathing stopping on dozing off, beside a drug or too much
    "took a load of tramadol, she keeps forgetting to breathe when she nods",
    "выпила зопиклон с водкой, дыхание пропадает когда отрубаюсь",
    "перестає дихати коли засинає, наковтався габапентину",
    "me pasé con las benzos y se me corta la respiración al dormirme",
    # Mexican and Spain slang for pills beside heat and confusion
    "mi carnal se empastilló, está hirviendo y no está coherente",
    "va empastillada, está caliente y desorientada",
    # limp, eyes turned
    "el wey se desguanzó en el baño después de la tacha",
    "se le quedaron los ojos medio cerrados y volteados después de fumar cristal",
    # Ukrainian eyes not opening, a strange snore
    "вколовся, тепер лежить і не відкриває очей",
    "брат дивно хропить після метадону, я його не можу розбудити",
    # Latin letters with symptom words only, and one stray Cyrillic letter
    "sestra vsya goryachaya i toshnit, bredit posle ekstazi",
    "kum ves garyachyi, nudyt i maryt pislya amfu",
    "brat ne dyshit, guby sinie, pomogite sроchno",
]

NO_CARD = [
    # a flat battery, a car that won't start, a phone that won't wake
    "the laptop battery died and now it wont respond at all",
    "батарейка в пульте села, пульт не реагирует",
    "машина не заводиться і не реагує на ключ, що робити",
    "se me descargó el celular y no prende",
    "phone is flat and wont turn on, need a charger near the clinic",
    # a lamp that does not react to its switch
    "лампа на кухне не реагирует на выключатель",
    "the hallway light doesnt respond to the switch anymore",
    # a snore asked "is it normal?"
    "my toddler snores at night, is that normal for a 2 year old?",
    "дочка хропе уві сні, чи це нормально?",
    "es normal que mi hijo ronque tan fuerte",
    # the writer's own faint ended fine
    "got dizzy and blacked out for a moment at the gym, im ok now",
    "я в метро на секунду вырубился от духоты, сейчас нормально",
    "me desmayé un momento en la cola del banco, ya estoy bien",
    # a plant
    "my basil leaves went brown and dry, too much sun?",
    "у фікуса листя жовте і сухе",
    # a past fit, asked about now
    "had a seizure on bupropion years ago, is it safe to try a low dose now",
    "два года назад был приступ на трамадоле, можно ли сейчас немного",
]

STILL_CARD = [
    # a drug or a person beside the everyday words keeps the card
    "phone died and my friend wont wake up, he took xanax",
    "my car battery is dead and he is in the back seat not responding, blue lips",
    "she snores and doesnt wake when i shake her, is that normal after oxy",
    "fainted and im fine now but my friend is still blue and not breathing",
    "his leaves of weed were on the table, he is grey and stiff and not breathing",
    "дыхание останавливается когда засыпает, выпил много феназепама",
]

TOLD_NOT_NOW = [
    "she threw up after the pills but she's awake and chatting, eating toast now",
    "его вырвало после таблеток, но он в сознании, шутит",
    "кіт щось з'їв і виблював, зараз бігає як ні в чому не бувало",
    "got a stitch in my chest on the run but it's gone now",
    "my foot fell asleep on the bus, no drugs at all",
    "akkumulyator sel i telefon ne vklyuchaetsya, chto delat",
]

MODEL_STILL_ASKED = [
    "she's awake but talking nonsense and burning up after the mdma",
    "my legs went numb after the heroin and i cant breathe",
    "its gone now but he is still blue and not breathing",
    "brat ne dyshit, guby sinie",
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


@pytest.mark.parametrize("text", TOLD_NOT_NOW)
def test_told_not_now(text: str) -> None:
    assert not is_emergency(text)
    assert told_not_now(text)


@pytest.mark.parametrize("text", MODEL_STILL_ASKED)
def test_model_still_asked(text: str) -> None:
    assert not told_not_now(text)


NIGHTLY_BREATH = [
    # sleep apnoea told as a nightly trouble, with or without a drug named
    "my husband says i stop breathing at night in my sleep, i only smoke weed, could that be it",
    "муж говорит что я по ночам перестаю дышать во сне, курю только траву",
    "dice mi novia que dejo de respirar cuando me duermo por las noches, tengo cita por apnea",
]


@pytest.mark.parametrize("text", NIGHTLY_BREATH)
def test_nightly_breath_stops_is_no_card(text: str) -> None:
    assert not is_emergency(text)


# the second batch's kinds (tune51 appended rows), in other words
CARD_2 = [
    # head back, mouth open and a noise, after something taken
    "found her in the kitchen chair, head tipped back, mouth wide open, rattling, she took something an hour ago",
    "він у кріслі, голова закинута, рот відкритий, хрипить, щось нюхнув",
    # skin mottled purple after a drug
    "his skin is all mottled and bluish after the oxy, he feels cold",
    "piel con manchas moradas después de la heroína, está fría",
    # barely breathing, the writer, after too much
    "перебрала с метадоном, дышу еле-еле и глаза закрываются",
    # heroin slang "с герой" is no film hero
    "друг перебрал с герой и не просыпается",
]

NO_CARD_2 = [
    # a year gone by, now a volunteer
    "in 2019 i was found blue in a stairwell, now i volunteer at the needle exchange",
    "в 2017 году меня откачали, сейчас я волонтёр в фонде",
    # a snore or gurgle a doctor called normal
    "our baby makes a little snoring sound after feeds, the health visitor said it's fine",
    "малюк хрюкає уві сні, педіатр каже що це норма",
    # a modem
    "el módem no responde desde anoche, ya lo reinicié",
    # the hero of a film
    "главный герой сериала посинел и умер, так жалко",
]


@pytest.mark.parametrize("text", CARD_2)
def test_card_second_batch(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD_2)
def test_no_card_second_batch(text: str) -> None:
    assert not is_emergency(text)


# "fine now" said of the writer, then a "but" that turns to someone not fine (lead, session 23): the
# happy end is the writer's, the danger is the other one's
FINE_BUT_NOT_HIM = [
    "we both used, i'm ok now but she isn't, her lips went grey",
    "i'm fine now but my mate's still not waking up after the pills",
    "shes alright now but her bf is not breathing properly after the fent",
]
FINE_BUT_ONLY_A_WORRY = [
    "he went grey after a shot last night, he's fine now, but should i keep narcan around",
    "she passed out at the party but she's ok now, but not sure what she took",
]


@pytest.mark.parametrize("text", FINE_BUT_NOT_HIM)
def test_fine_now_but_someone_is_not(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", FINE_BUT_ONLY_A_WORRY)
def test_fine_now_but_only_a_worry(text: str) -> None:
    assert not is_emergency(text)


# what was tried did not bring them round, or still not waking (lead, session 23)
NOT_BROUGHT_ROUND = [
    "we splashed cold water, didnt bring her round, she did a lot of bars",
    "nothing brings him round and his lips look off",
    "le echamos agua fría y sigue sin despertar",
    "mi carnal sigue sin reaccionar, se metió chiva",
]
BROUGHT_ROUND_EVERYDAY = [
    "the debate didnt bring them round to our plan",
    "my mate sigue sin despertar para ir a clase, qué flojo",
    "sigue sin responder mis mensajes desde ayer",
]


@pytest.mark.parametrize("text", NOT_BROUGHT_ROUND)
def test_not_brought_round(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", BROUGHT_ROUND_EVERYDAY)
def test_brought_round_everyday(text: str) -> None:
    assert not is_emergency(text)
