"""The finder's domain rules: units, distances, area services, paging, message length."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType

import pytest

from bot.directory.finder import (
    MAX_RESULTS,
    MESSAGE_BUDGET,
    NEAR_M,
    Finder,
    _utf16_len,
    format_distance,
    is_far,
    is_open,
    render,
    render_page,
    units_for,
)
from bot.directory.regions import Regions
from bot.directory.services import ServiceDirectory
from bot.i18n import I18n

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def regions() -> Regions:
    return Regions.load(ROOT / "content" / "regions.yaml")


@pytest.fixture(scope="module")
def finder(regions: Regions) -> Finder:
    return Finder(ServiceDirectory.load(ROOT / "content", regions), regions, clock=lambda: NOW)


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


@pytest.mark.parametrize(
    ("code", "units"),
    [
        (None, "km"),
        ("", "km"),
        ("en", "km"),
        ("ru", "km"),
        ("en-US", "mi"),
        ("en_GB", "mi"),
        ("es-MX", "km"),
        ("my-MM", "mi"),
        ("en-LR", "mi"),
        ("uk-UA", "km"),
    ],
)
def test_units_follow_the_territory_in_the_language_code(code: str | None, units: str) -> None:
    assert units_for(code) == units


@pytest.mark.parametrize(
    ("meters", "units", "locale", "text"),
    [
        (4, "km", "en", "10 m"),
        (644, "km", "en", "640 m"),
        (1234, "km", "ru", "1,2 км"),
        (15_600, "km", "es", "16 km"),
        (30, "mi", "en", "100 ft"),
        (1609.344 * 2.34, "mi", "en", "2.3 mi"),
        (1609.344 * 12.6, "mi", "en", "13 mi"),
    ],
)
def test_distances_are_formatted_by_babel(
    meters: float, units: str, locale: str, text: str
) -> None:
    assert format_distance(meters, locale, units).replace("\xa0", " ") == text


def test_mobile_services_show_where_they_serve(finder: Finder) -> None:
    in_kyiv = finder.near(50.45, 30.52)
    assert [h.service.id for h in in_kyiv.area] == ["kyiv-mobile-outreach-van"]
    assert all(h.distance_m is None for h in in_kyiv.area)
    in_london = finder.near(51.51, -0.13)
    assert {h.service.id for h in in_london.area} == {
        "london-outreach-van",
        "london-mail-order-kits",
    }
    # a province-wide service reaches a city inside it
    assert "lviv-mobile-clinic" in {h.service.id for h in finder.near(49.84, 24.03).area}
    # only on the first page, and filtered by type like the rest
    assert finder.near(50.45, 30.52, offset=5).area == ()
    assert finder.near(50.45, 30.52, type_id="legal-aid").area == ()
    # nowhere near any region: none
    assert finder.near(-45.0, -140.0).area == ()


def test_paging_is_contiguous_and_capped(finder: Finder) -> None:
    seen = []
    offset = 0
    while True:
        page = finder.near(40.41, -3.70, offset=offset)
        seen += [h.service.id for h in page.hits]
        if not page.has_more:
            break
        offset += len(page.hits)
    assert len(seen) == len(set(seen)) == MAX_RESULTS
    everything = finder.directory.nearest(40.41, -3.70, MAX_RESULTS)
    assert set(seen) == {s.id for s, _ in everything}


def test_open_services_first_then_by_distance_and_far_ones_last_by_distance_and_labelled(
    finder: Finder, i18n: I18n
) -> None:
    # Lviv at 16:00 UTC on a Friday: four services in town, the next one is in Kyiv, 458 km away.
    page = finder.near(49.84, 24.03, limit=MAX_RESULTS)
    hits = list(page.hits)
    near = [h for h in hits if h.distance_m <= NEAR_M]
    assert hits[: len(near)] == near and page.near_count == len(near) >= 2
    far = hits[len(near) :]
    assert far and all(h.distance_m > NEAR_M for h in far)
    # far ones by distance only: open now matters little 450 km away
    assert [h.distance_m for h in far] == sorted(h.distance_m for h in far)
    opened = [is_open(h) for h in near]
    assert opened == sorted(opened, reverse=True) and any(opened) and not all(opened)
    for group in ([h for h in near if is_open(h)], [h for h in near if not is_open(h)]):
        assert [h.distance_m for h in group] == sorted(h.distance_m for h in group)
    text = render_page(finder.near(49.84, 24.03), i18n.translator("en"))
    label = text.index("Farther away (more than 50 km), in other places:")
    assert "458 km" in text[label:] and "458 km" not in text[:label]
    # the same label in every language, and not when everything is near
    for lang, words in (("ru", "Дальше"), ("uk", "Далі"), ("es", "Más lejos")):
        assert words in render_page(finder.near(49.84, 24.03), i18n.translator(lang))
    assert "Farther away" not in render_page(finder.near(40.41, -3.70), i18n.translator("en"))
    # a type filter keeps the same order rules
    typed = finder.near(50.45, 30.52, type_id="naloxone", limit=MAX_RESULTS)
    assert all("naloxone" in h.service.types for h in typed.hits)
    assert [is_far(h) for h in typed.hits] == sorted(is_far(h) for h in typed.hits)


def test_bad_input_is_refused(finder: Finder) -> None:
    with pytest.raises(ValueError):
        finder.near(91.0, 0.0)
    with pytest.raises(ValueError):
        finder.near(0.0, 0.0, type_id="needles")
    with pytest.raises(TypeError):
        finder.near("50", 30)  # type: ignore[arg-type]


def test_far_away_says_so(finder: Finder, i18n: I18n) -> None:
    text = render_page(finder.near(-45.0, -140.0), i18n.translator("en"))
    assert "I know of nothing close to you" in text


def test_type_filter_heading_and_empty_result(finder: Finder, i18n: I18n, regions: Regions) -> None:
    tr = i18n.translator("uk")
    text = render_page(finder.near(50.45, 30.52, type_id="drug-checking"), tr, place="Поділ")
    assert text.startswith("<b>Найближчі служби до місця: Поділ (Перевірка речовин)</b>")
    empty = Finder(ServiceDirectory([]), regions, clock=lambda: NOW)
    assert "I know of no service of this type" in render_page(
        empty.near(0, 0, "food"), i18n.translator("en")
    )


def test_a_long_page_still_fits_one_message(regions: Regions, i18n: I18n) -> None:
    directory = ServiceDirectory.load(ROOT / "content", regions)
    bloated = [
        replace(
            s,
            names=MappingProxyType({"en": "Ж" * 180}),
            notice=MappingProxyType({"en": "⚠" * 299}),
            address=MappingProxyType({"en": "A" * 250}),
        )
        for s in directory.services
    ]
    finder = Finder(ServiceDirectory(bloated), regions, clock=lambda: NOW)
    page = finder.near(50.45, 30.52)
    text, shown, area_shown = render(page, i18n.translator("en"))
    assert area_shown == 0 and page.area  # the area services went first
    assert _utf16_len(text) <= MESSAGE_BUDGET < 4096
    assert 1 <= shown < len(page.hits)  # the rest move to the next page
    assert text.count("Ж" * 180) == shown
