"""Kinds of Ukrainian and Russian miss fixed after search tune19 (issue 9, nineteenth session),
on the real content (the messages are written for this test, not copied from the labelled sets).

- Ukrainian typed in Latin letters leaves out the soft sign ("sil" for "сіль") or types it as an
  apostrophe ending the word ("sil'"): search reads the message again with the soft sign put back
  where only it makes a street word. Salt in the kitchen or the bath stays unanswered.
- A "space" cookie or cake eaten, with its effect or its lack said: a cannabis edible; space
  cookies baked for a child's party are not. "Спейс кейк" and bakes "with grass" are edibles.
- Sex said in street words (Ukrainian and Russian) with a chemsex drug named (3-MMC in Cyrillic
  too): chemsex. The windpipe ("трахея") and sex with no drug are not.
- A bundle packed as a dead drop (in tape, on a magnet, buried) found by someone: the dead-drops
  topic; tape, a magnet or a dug-up bag of rubbish found are not.
- Yellow eyes or skin beside injecting: hepatitis C; a newborn's jaundice and yellow eyes with no
  injecting are not.
- A street opioid suddenly stronger than before ("з пів дози вирубає"): the fentanyl topic;
  needing more than before, or half a dose doing nothing, is not that.
- Pregabalin's diminutive ("ліричка", "лиричка") is pregabalin.
- Needles or syringes found where people walk or children play: getting rid of them; a sewing
  needle found is not.
- The nose spray "for an overdose", naloxone not named: naloxone; a child's decongestant given too
  often is not.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str, lang: str) -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    "text",
    [
        "nyukhaiu sil druhyi den, sertse vyskakuie z hrudei",
        "sil' kurymo z druhom, a vin vzhe bachyt liudei u vikni",
        # the street word's reading first, before the plain one finds any stimulant
        "kuryla sil, tretiu nich ne splyu",
    ],
)
def test_latin_ukrainian_without_its_soft_sign(index: SearchIndex, text: str) -> None:
    assert _first(index, text, "uk") == "salts-alpha-pvp", text


@pytest.mark.parametrize(
    "text",
    [
        "skilky sil treba na kilo ohirkiv dlia zasolky",
        "morska sil dlia vanny z lavandoiu, de kupyty",
    ],
)
def test_kitchen_salt_in_latin_letters_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "uk") == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("зʼїла космічний кекс на концерті, накрило дуже сильно і страшно", "uk"),
        ("съел космическое печенье в отпуске, час не берет, доесть ещё кусок?", "ru"),
        ("спейс кейк скільки чекати поки подіє", "uk"),
        ("брауни с травой первый раз, сколько съесть", "ru"),
    ],
)
def test_a_space_bake_is_an_edible(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "cannabis", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("рецепт: космічні кекси на дитяче свято з глазурʼю", "uk"),
        ("космическое печенье для детского праздника, как украсить", "ru"),
        ("печиво з вівсянкою для дитини без цукру", "uk"),
    ],
)
def test_space_cookies_for_a_party_stay_unanswered(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "на мефі перепихон з незнайомими, як не підхопити нічого",
        "трахались на соли двое суток, как теперь восстановиться",
        "під 4ммс з хлопцем трахаємось до ранку, серце не витримує",
    ],
)
def test_sex_in_street_words_with_a_chem_is_chemsex(text: str) -> None:
    assert cues.asks_chemsex(text), text


@pytest.mark.parametrize(
    "text",
    [
        "трахея пече після того як курив мефедрон",
        "трахаюсь з ремонтом третій тиждень, нічого не встигаю",
    ],
)
def test_windpipe_or_no_chem_is_no_chemsex(text: str) -> None:
    assert not cues.asks_chemsex(text), text


def test_chemsex_first_for_sex_on_a_chem(index: SearchIndex) -> None:
    assert _first(index, "на мефі перепихон з незнайомими, як не підхопити нічого", "uk") == (
        "chemsex"
    )


@pytest.mark.parametrize(
    "text",
    [
        "натрапив у клумбі на зіп-пакетик в ізоленті, шо це",
        "нашла на магните под подоконником сверток, что с ним делать",
        "откопал с собакой в лесу прикопанный пакетик, там порошок",
    ],
)
def test_a_found_stash_is_a_dead_drop(text: str) -> None:
    assert cues.DEAD_DROPS in cues.asked_topics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "знайшов стару ізоленту в гаражі, нею можна замотати провід?",
        "нашла магнит на холодильник с морем, откуда он",
        "знайшли в лісі закопаний пакет зі сміттям, куди подзвонити",
    ],
)
def test_tape_or_a_magnet_found_is_no_dead_drop(text: str) -> None:
    assert cues.DEAD_DROPS not in cues.asked_topics(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("шкіра якась жовта стала, а я колюсь третій рік", "uk"),
        ("белки глаз пожелтели, раньше ширялся с другом одной иглой", "ru"),
    ],
)
def test_yellow_eyes_beside_injecting_is_hepatitis(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert _first(index, text, lang) == "hepatitis-c", text


@pytest.mark.parametrize(
    "text",
    [
        "у новонародженого жовтуха на третій день, це нормально?",
        "у кота жовті очі і він нічого не їсть",
        "желтые пятна на коже после загара, чем вывести",
    ],
)
def test_yellow_with_no_injecting_is_no_hepatitis(text: str) -> None:
    assert cues.HEPATITIS_C not in cues.asked_topics(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("в этот раз гера с полдозы вырубила, что в ней", "ru"),
        ("героїн сильніший ніж раніше, друг відʼїхав з одного куба", "uk"),
    ],
)
def test_a_stronger_batch_is_fentanyl(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "fentanyl", text


@pytest.mark.parametrize(
    "text",
    [
        "героин раньше хватало на день, теперь с половины не берет",
        "гера вже не бере як раніше, треба більше",
        "стал не такой как раньше после больницы, всё время устаю",
    ],
)
def test_needing_more_is_no_stronger_batch(text: str) -> None:
    assert cues.FENTANYL not in cues.asked_topics(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("ліричку пʼю третій місяць, без неї кидає в піт", "uk"), ("лиричку бросил, трясет", "ru")],
)
def test_pregabalin_diminutive(index: SearchIndex, text: str, lang: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id in ("pregabalin", "benzodiazepine-withdrawal"), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("в підʼїзді валяються шприци, сусід знайшов, шо робити", "uk"),
        ("нашли шприцы в песочнице, как убрать чтобы не уколоться", "ru"),
    ],
)
def test_needles_found_outside_are_disposal(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "syringe-disposal", text


@pytest.mark.parametrize(
    "text",
    ["знайшла голку для вишивки в парку", "нашли иголки от елки во дворе, как вымести"],
)
def test_a_sewing_or_pine_needle_is_no_disposal(text: str) -> None:
    assert cues.SYRINGE_DISPOSAL not in cues.asked_topics(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("спрей против передоза где взять бесплатно", "ru"),
        ("назальний спрей на випадок передозу, він є в аптеці?", "uk"),
    ],
)
def test_the_spray_for_an_overdose_is_naloxone(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "naloxone", text


def test_a_decongestant_given_too_often_is_no_naloxone() -> None:
    text = "спрей в ніс від нежитю, дитині передозували, шо робити"
    assert cues.NALOXONE not in cues.asked_topics(text), text
