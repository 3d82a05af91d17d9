"""Kinds of Russian miss fixed after tune14 (issue 9, fifteenth session), on the real content:
methadone named with a seller ("у барыги", "знакомый продал") is street methadone, and
"метадонка" is the programme. The messages are written for this test, not copied from the
labelled sets."""

from __future__ import annotations

import pytest

from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "ru")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    "text",
    [
        "купил метадон у барыги, он правда сильнее геры?",
        "знакомый продал метадон, сколько можно выпить в первый раз",
        "взял метадона у знакомого, не знаю какая там доза",
    ],
)
def test_methadone_from_a_seller_is_street_methadone(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "street-methadone-heroin", text


@pytest.mark.parametrize(
    "text",
    [
        "на метадонке доза не держит до утра, как сказать врачу",
        "хожу на метадонку полгода, можно уехать в отпуск на неделю",
        "метадонку хочу бросить, как это делают",
    ],
)
def test_metadonka_is_the_programme(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "opioid-agonist-therapy", text
