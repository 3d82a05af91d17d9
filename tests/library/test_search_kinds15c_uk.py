"""Kinds of Ukrainian miss fixed after search blind12-tune (issue 9, fifteenth session, late
round), on the real content, without sentence embeddings (the messages are written for this
test, not copied from the labelled sets).

- Two substances asked together, one of them in a form the combination names lacked: GHB as
  "гб", alpha-PVP in its case forms ("альфу", "альфою"), opiates as a class in Ukrainian case
  forms ("з опіатами", "опіоїдів"): the combination card. Opioids "in" something (the locative,
  "у вуличних опіоїдах") are not read as a second substance.
- A group of a service kind said first ("групи взаємодопомоги в <місті>"): the service finder.
- Cannabis buds smoked ("після шишок", "покурив шишок"), a cigarette filter for the solution: the
  topic; the lumps left by injecting and quitting cigarettes stay what they were.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("uk", "гб з пивом нормально буде?", {"ghb", "alcohol"}),
        ("ru", "гб с водкой сильно опасно?", {"ghb", "alcohol"}),
        ("uk", "мівку з альфою можна поєднувати?", {"mephedrone", "alpha-pvp"}),
        ("uk", "альфу після мєфу догнатись нормально?", {"alpha-pvp", "mephedrone"}),
        ("ru", "альфу с мефом вместе норм?", {"alpha-pvp", "mephedrone"}),
        ("uk", "валокордин з опіатами небезпечно?", {"phenobarbital", "opioids"}),
        ("uk", "бензи після опіоїдів можна пити?", {"benzodiazepines", "opioids"}),
    ],
)
def test_two_named_in_new_forms_open_the_card(
    router: Router, lang: str, text: str, pair: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO, (text, intent)
    assert set(intent.substances or ()) == pair, (text, intent.substances)


@pytest.mark.parametrize(
    "text",
    [
        "що таке ксилазин у вуличних опіоїдах і чим він небезпечний",
        "скільки гб треба на телефон для відео",
    ],
)
def test_what_is_in_opioids_stays_a_topic(router: Router, text: str) -> None:
    assert router.route(text, "uk").kind == Route.TOPIC, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "група взаємодопомоги в рівному для тих хто колеться є?"),
        ("uk", "групи взаємодопомоги у вінниці де збираються"),
        ("ru", "группы взаимопомощи для зависимых в гомеле есть?"),
    ],
)
def test_a_mutual_help_group_in_a_city_is_the_finder(router: Router, lang: str, text: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE and intent.service_type == "peer-support", (text, intent)


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("uk", "курнув шишок з друзями, тепер параноя і страшно", "cannabis"),
        ("uk", "покурив шишок і тепер тривога не відпускає", "cannabis"),
        ("ru", "после шишек паранойя накрыла, что делать", "cannabis"),
        ("uk", "можна фільтр від цигарки брати щоб набрати розчин?", "safer-injecting"),
        ("uk", "сигаретним фільтром фільтрувати нормально?", "safer-injecting"),
        ("ru", "фильтр с сигареты для раствора пойдёт?", "safer-injecting"),
    ],
)
def test_buds_and_filters_reach_the_topic(
    index: SearchIndex, lang: str, text: str, topic: str
) -> None:
    found = index.search(text, lang)
    assert found and found[0].topic_id == topic, (text, [h.topic_id for h in found])


def test_lumps_and_quitting_cigarettes_keep_their_sense(index: SearchIndex) -> None:
    assert index.search("як кинути курити сигарети з фільтром", "uk") == []
    for lang, text in (
        ("uk", "шишки від уколів на руці болять"),
        ("uk", "як колотись щоб шишок на венах не лишалось"),
    ):
        lumps = [h.topic_id for h in index.search(text, lang)]
        assert "cannabis" not in lumps[:1], (text, lumps)
