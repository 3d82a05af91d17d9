"""Kinds of Russian miss fixed after tune16 (issue 9, sixteenth session), on the real content:
coconut is not cocaine ("кокос" beside a cake or hair oil; the adjective "кокосовый" never);
a recipe beside food is not a prescription; snow that melts is weather; the speed of light or of
a download, a screw of a meat grinder, a heat gun, lyrics of songs, bike wheels, a hobby club, a
carpet runner or a treadmill, herbs for tea are everyday; an appliance that will not switch off
"is it dangerous" is the device's danger; edibles said as people say them ("от съедобного",
"съедобки", "тгк") are cannabis, and "кокосик" is cocaine. The messages are written for this
test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "ru")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    "text",
    [
        "кекс с кокосом и шоколадом, сколько выпекать",
        "кокосовым молоком можно заменить сливки в супе?",
        "масло кокоса на волосы на ночь оставлять можно",
        "кокос купила, как его вскрыть молотком",
        "пирожное кокосовое рецепт попроще",
        "скорость звука в воде какая, для физики задача",
        "скорость скачивания упала до 2 мбит, что с роутером",
        "отвалился винт у блендера, где найти такой",
        "фен строительный купил, как снять им старую краску",
        "когда снег растает уже, надоела зима",
        "лирика в рэпе сейчас вообще есть или одни понты",
        "колеса на велик какие поставить для города",
        "колеса на лето поменять где дешевле шиномонтаж",
        "клуб нумизматов в городе есть где-нибудь?",
        "ковровая дорожка в прихожую какой ширины брать",
        "травяной чай с ромашкой на ночь полезен?",
        "грибы засолить на зиму, сколько держать под гнетом",
        "фен искрит у розетки, это опасно?",
    ],
)
def test_everyday_senses_are_not_answered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "кокос нюхнули вчера, до сих пор нос заложен",
        "после кокоса не сплю вторые сутки",
        "рецепт на трамал как выписать у терапевта",
        "можно ли взять феназепам без рецепта в аптеке",
        "рецепт сварить винт дома",
        "на беговой дорожке после мефа сердце прыгает",
        "в клубе под экстази как не перегреться",
    ],
)
def test_drug_questions_with_those_words_still_answered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru"), text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("от съедобного так вштырило, что лежал до утра", "cannabis"),
        ("съедобки с травой, сколько ждать пока подействует", "cannabis"),
        ("мармелад с тгк, половинку или целую на первый раз", "cannabis"),
        ("кокосик сколько дней в моче видно", "cocaine"),
    ],
)
def test_edibles_and_slang(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


def test_recipe_and_prescription() -> None:
    assert cues.everyday_frame("рецепт блинов на молоке с сахаром")
    assert not cues.everyday_frame("рецепт на лирику где получить")
    assert not cues.everyday_frame("без рецепта продадут трамадол с сахаром?")


@pytest.mark.parametrize(
    "text",
    [
        "ломка голоса у сына в 13 лет это рано?",
        "ломка сарая на участке, кого нанять",
        "план на месяц по учебе помоги составить",
        "бизнес план для кофейни пример",
        "марка кроссовок какая самая удобная",
        "кислотные оттенки в интерьере не слишком?",
        "в бане соль на полок сыпать зачем",
        "соль в игре как получить для персонажа",
    ],
)
def test_more_everyday_senses(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru") == [], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ломка от трамала вторую неделю, что помогает", "tramadol"),
        ("какая марка лучше на первый раз, 100 или 150 мкг", "psychedelics"),
    ],
)
def test_the_street_senses_stay(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("героиновая ломка на какой день самая тяжелая", "opioid-withdrawal"),
        ("трамадоловую зависимость как лечат", "tramadol"),
        ("мефедроновый марафон третьи сутки, челюсть сводит", "cathinones"),
        ("ешки по половинке или целую, первый раз", "mdma"),
        ("прикоп искал два часа, так и не нашел", "dead-drops"),
    ],
)
def test_adjectives_and_slang(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


def test_adjective_named_back(index: SearchIndex) -> None:
    assert index.named_by_adjective("трамадоловая зависимость", "ru") == "трамадол зависимость"
    assert index.named_by_adjective("кокосовая стружка", "ru") == "кокосовая стружка"
    assert index.named_by_adjective("столовая ложка", "ru") == "столовая ложка"


@pytest.mark.parametrize(
    "text",
    [
        "сладкое хочу бросить, вечером тянет на конфеты",
        "сахара сколько в день нормально ребенку",
        "фен-щетка или плойка для коротких волос",
        "винт на оправе очков выпал, как вкрутить",
        "трава на грядках, сорняки замучили, чем обработать",
    ],
)
def test_sweets_hot_brush_glasses_weeds(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru") == [], text


@pytest.mark.parametrize(
    "text",
    ["мефедрон с сахаром бодяжат, как понять", "винт открутили за ночь, зубы сводит"],
)
def test_with_a_substance_still_answered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru"), text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("закладку подняли, а там одна мука, что делать", "dead-drops"),
        ("после ребцентра полгода не кололся, сколько теперь можно", "tolerance-loss"),
    ],
)
def test_flour_in_a_drop_and_rehab(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text
