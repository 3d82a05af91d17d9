"""Kinds of miss fixed in English, Russian and Spanish after blind12-tune became tuning data
(issue 9, fifteenth session, late round), on the real content: GHB by its Russian slang "гыч" in
a mix, a soup run or soup kitchen as a food service, cannabis in a drug test ("план" only when
it stays in the blood or is smoked), veins ruined by injecting, who runs the bot, a mouth burnt
on a pipe, and whether drug checkers tell the police (the topic, not the finder). The messages
are written for this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str, lang: str) -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


def _top(index: SearchIndex, text: str, lang: str, n: int = 2) -> list[str]:
    return [h.topic_id for h in index.search(text, lang)[:n]]


@pytest.mark.parametrize(
    "text", ["гыча с пивом можно?", "через сколько после водки можно гычу", "гыч и алкашка вместе"]
)
def test_ghb_by_its_slang_in_a_mix(router: Router, text: str) -> None:
    intent = router.route(text, "ru")
    assert intent.kind == Route.COMBO, (text, intent)
    assert set(intent.substances or ()) == {"ghb", "alcohol"}, (text, intent)


def test_ghb_by_its_slang_alone(index: SearchIndex) -> None:
    assert _first(index, "что такое гыч и чем опасен", "ru") == "ghb-gbl"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("is there a soup kitchen in dublin", "dublin"),
        ("any soup runs in glasgow tonight", "glasgow"),
        ("where is a soup van in bristol", "bristol"),
    ],
)
def test_a_soup_run_is_a_food_service(router: Router, text: str, place: str) -> None:
    intent = router.route(text, "en")
    assert (intent.kind, intent.service_type, intent.place) == (Route.SERVICE, "food", place)


@pytest.mark.parametrize("text", ["how long to cook soup with weed", "weed soup recipe"])
def test_soup_cooked_is_no_service(router: Router, text: str) -> None:
    assert router.route(text, "en").kind != Route.SERVICE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("курил план неделю назад, медкомиссия покажет?", "ru"),
        ("за сколько план выводится из организма", "ru"),
        ("через сколько трава выводится из мочи", "ru"),
        ("how long does weed stay in your system, got a drug test at work", "en"),
        ("cuanto tiempo sale la mota en la orina, tengo examen en el trabajo", "es"),
    ],
)
def test_cannabis_in_a_drug_test(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "cannabis", (text, _first(index, text, lang))


def test_a_plan_at_a_medical_is_no_cannabis(index: SearchIndex) -> None:
    text = "какой план на медкомиссии, что проверяют"
    assert _first(index, text, "ru") != "cannabis"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("все вены убитые, куда теперь колоться", "ru"),
        ("как ставиться чтоб не угробить вены", "ru"),
        ("how do i stop wrecking my veins", "en"),
        ("me destrocé las venas, donde me pincho ahora", "es"),
    ],
)
def test_veins_ruined_by_injecting(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "safer-injecting", (text, _first(index, text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("who runs this, is it the government", "en"),
        ("are you from the police", "en"),
        ("quien esta detras de esto, la policia?", "es"),
        ("кто за этим стоит, менты?", "ru"),
    ],
)
def test_who_runs_the_bot(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "about-this-bot", (text, _first(index, text, lang))


def test_police_search_is_no_bot_question(index: SearchIndex) -> None:
    assert _first(index, "is it run by the police when they search you", "en") != "about-this-bot"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me quemo la boca con la pipa de base, que hago", "es"),
        ("burnt my mouth on the pipe smoking crack", "en"),
        ("обжигаю рот трубкой когда курю, как быть", "ru"),
    ],
)
def test_a_mouth_burnt_on_a_pipe(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "safer-smoking", (text, _first(index, text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where can i get my molly checked, will they report me to the police", "en"),
        ("где проверить таблетки анонимно, не сдадут ментам?", "ru"),
        ("donde analizan pastillas, llaman a la policia?", "es"),
    ],
)
def test_whether_checkers_tell_the_police_is_the_topic(
    router: Router, text: str, lang: str
) -> None:
    # the finder only asks for a place; the drug-checking topic says they are free and anonymous
    assert router.route(text, lang).kind == Route.TOPIC, text


def test_checkers_in_a_named_place_stay_the_finder(router: Router) -> None:
    intent = router.route("where can i get my pills tested in leeds, do they tell the cops", "en")
    assert (intent.kind, intent.service_type) == (Route.SERVICE, "drug-checking")
