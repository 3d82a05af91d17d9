"""Kinds of miss fixed in Spanish after tune15's first look (issue 9, fifteenth session, second
round), on the real content: coca paste by its Andean names (bazuco), a pregnancy said by its
month with the baby named, a drink drunk every day and stopped at once, a pet bird that screams.
The messages are written for this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "es")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "el basuco me deja la garganta hecha mierda, como lo fumo con menos riesgo",
            {"safer-smoking", "cocaine"},
        ),
        ("que diferencia hay entre el bazuco y la coca normal", {"cocaine", "safer-smoking"}),
        ("parce cuanto dura el efecto del bazuco", {"cocaine", "safer-smoking"}),
    ],
)
def test_coca_paste_by_its_andean_names(index: SearchIndex, text: str, topics: set[str]) -> None:
    assert _first(index, text) in topics, (text, _first(index, text))


@pytest.mark.parametrize(
    "text",
    [
        "voy de cinco meses y me fumo unos porros, le afecta al bebe?",
        "mi novia esta de 12 semanas y sigue metiendose perico, que le pasa al feto",
        "estoy de dos meses y tomo metadona, la puedo seguir tomando por el bebito",
    ],
)
def test_a_pregnancy_said_by_its_month(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "pregnancy", (text, _first(index, text))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # months clean is not a pregnancy
        ("estoy de tres meses sin meterme perico y quiero volver un finde", "cocaine"),
    ],
)
def test_months_clean_is_not_a_pregnancy(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) != "pregnancy", (text, _first(index, text))


@pytest.mark.parametrize(
    "text",
    [
        "mi papa toma media botella de aguardiente diario y quiere cortarlo de golpe, es peligroso",
        "me bebo seis cervezas al dia desde hace años, si paro en seco me puede pasar algo",
        "mi hermano se toma un litro de vino cada dia y dice que lo va a dejar de un dia para otro",
    ],
)
def test_a_daily_drink_stopped_at_once(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "alcohol-withdrawal", (text, _first(index, text))


@pytest.mark.parametrize(
    "text",
    [
        "el perico que me regalaron chilla toda la mañana, es normal",
        "como hago que mi perico no grite cuando salgo de casa",
        "mi pajarito perico se arranca las plumas",
    ],
)
def test_a_pet_bird_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == [], text


def test_perico_the_drug_keeps_its_topic(index: SearchIndex) -> None:
    assert (
        _first(index, "me meti perico toda la noche y grito por nada, es del bajon?") == "cocaine"
    )


@pytest.mark.parametrize(
    "text",
    [
        "en el barrio venden unas pepas que traen fentanilo, que tan grave es",
        "las pastis rosas que dicen que llevan keta y md son peligrosas?",
        "el cristal que venden aca es metanfetamina de verdad o pura mezcla con cafeina",
    ],
)
def test_one_drug_inside_another_is_not_a_mix(router: Router, text: str) -> None:
    assert router.route(text, "es").kind is not Route.COMBO, text


@pytest.mark.parametrize(
    "text",
    [
        "que tienen de malo el alcohol y el clonazepam juntos",
        "es peligroso de verdad mezclar perico con alcohol",
        "me tomo dos chelas con un rivotril, es mala idea?",
    ],
)
def test_a_mix_asked_stays_a_mix(router: Router, text: str) -> None:
    assert router.route(text, "es").kind is Route.COMBO, text
