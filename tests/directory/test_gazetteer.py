"""The offline gazetteer: typo-tolerant, cross-script place matching and its validator."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot import contentcheck
from bot.directory.gazetteer import Gazetteer, haversine_km, validate_places
from bot.directory.regions import ContentError, Regions

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(CONTENT / "places.yaml")


def test_shipped_places_are_valid(gazetteer: Gazetteer) -> None:
    assert validate_places(CONTENT) == []
    assert validate_places in contentcheck.VALIDATORS
    regions = gazetteer.regions
    assert regions is not None
    for place in gazetteer:
        assert regions.get(place.region) is not None
        assert "en" in place.names
    cities = {p.region for p in gazetteer if p.kind == "city"}
    assert len(cities) >= 15


@pytest.mark.parametrize(
    ("typed", "lang", "expected"),
    [
        ("Lavapies", "en", "madrid-lavapies"),
        ("лаваписе", "ru", "madrid-lavapies"),
        ("Лавапьес", "ru", "madrid-lavapies"),
        ("Подол", "ru", "kyiv-podil"),
        ("Поділ", "uk", "kyiv-podil"),
        ("podil", None, "kyiv-podil"),
        ("Downtwon Eastside", "en", "vancouver-dtes"),
        ("main & hastings", "en", "vancouver-main-hastings"),
        ("Malasaña", "es", "madrid-malasana"),
        ("Valecas", "es", "madrid-vallecas"),
        ("Gràcia", "es", "barcelona-gracia"),
        ("el raval", "es", "barcelona-raval"),
        ("Coyoacan", "es", "cdmx-coyoacan"),
        ("Тепито", "ru", "cdmx-tepito"),
        ("Троещина", "ru", "kyiv-troieshchyna"),
        ("troeshchina", "en", "kyiv-troieshchyna"),
        ("Дарниця", "uk", "kyiv-darnytsia"),
        ("Майдан", "uk", "kyiv-maidan"),
        ("the bronx", "en", "nyc-bronx"),
        ("brixtn", "en", "london-brixton"),
        ("kitsilano", "en", "vancouver-kitsilano"),
        ("ვაკე", None, "tbilisi-vake"),
        ("Кейптаун", "uk", "cape-town"),
        ("near podil metro", "en", "kyiv-podil"),
    ],
)
def test_typed_places_are_found(
    gazetteer: Gazetteer, typed: str, lang: str | None, expected: str
) -> None:
    hits = gazetteer.search(typed, lang=lang)
    assert hits and hits[0].place.id == expected, [(h.place.id, h.score) for h in hits]
    assert 0 < hits[0].score <= 100


def test_scores_rank_exact_above_typos(gazetteer: Gazetteer) -> None:
    exact = gazetteer.search("Lavapiés")[0].score
    typo = gazetteer.search("Lavapiez")[0].score
    assert exact == 100 and 70 <= typo < exact


def test_search_limits_and_filters(gazetteer: Gazetteer) -> None:
    assert gazetteer.search("qqqzzz") == []
    assert gazetteer.search("") == []
    assert len(gazetteer.search("Centro", limit=1)) <= 1
    assert gazetteer.search("Podil", limit=0) == []
    in_spain = gazetteer.search("Sol", within="es")
    assert in_spain and all(h.place.region.startswith("es-") for h in in_spain)
    assert gazetteer.search("Podil", within="es") == []


def test_place_names_fall_back_to_english(gazetteer: Gazetteer) -> None:
    podil = gazetteer.get("kyiv-podil")
    assert podil is not None
    assert podil.name("uk") == "Поділ" and podil.name("de") == "Podil"
    assert haversine_km(podil.lat, podil.lon, 50.4501, 30.5234) < 5


PLACES = """\
places:
  - id: kyiv-podil
    region: ua-kyiv-city
    kind: district
    lat: 50.4650
    lon: 30.5170
    names:
      en: [Podil, Podol]
      uk: [Поділ]
"""


def check(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    (tmp_path / "places.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    (tmp_path / "regions.yaml").write_text((CONTENT / "regions.yaml").read_text("utf-8"), "utf-8")
    return [(p.line, p.level, p.message) for p in validate_places(tmp_path)]


@pytest.mark.parametrize(
    ("old", "new", "line", "level", "message"),
    [
        ("region: ua-kyiv-city", "region: ua-kyiv", 3, "error", "unknown region `ua-kyiv`"),
        ("lat: 50.4650", "lat: 150.4650", 5, "error", "lat 150.465 is out of range"),
        ("lon: 30.5170", "lon: east", 6, "error", "lon must be a number"),
        ("kind: district", "kind: area", 4, "error", "kind must be one of"),
        ("      en: [Podil, Podol]\n", "", 8, "error", "needs English (en) names"),
        (
            "lat: 50.4650\n    lon: 30.5170",
            "lat: 30.5170\n    lon: 50.4650",
            5,
            "warning",
            "km from the centre of Kyiv",
        ),
        ("[Поділ]", "[Пoділ]", 9, "warning", "mixes Latin and Cyrillic"),
    ],
)
def test_place_problems_are_reported_at_their_line(
    tmp_path: Path, old: str, new: str, line: int, level: str, message: str
) -> None:
    assert old in PLACES
    found = check(tmp_path, PLACES.replace(old, new, 1))
    assert any(ln == line and lv == level and message in m for ln, lv, m in found), found


def test_duplicate_place_ids_are_errors(tmp_path: Path) -> None:
    found = check(tmp_path, PLACES + PLACES.split("places:\n", 1)[1])
    assert (10, "error", "duplicate place id `kyiv-podil` (first given on line 2)") in found


def test_load_refuses_an_invalid_file(tmp_path: Path) -> None:
    check(tmp_path, PLACES.replace("ua-kyiv-city", "atlantis"))
    with pytest.raises(ContentError):
        Gazetteer.load(tmp_path / "places.yaml", Regions.load(tmp_path / "regions.yaml"))


@pytest.mark.parametrize(
    "typed", ["podil", "near podil metro please", "Downtwon Eastside", "лаваписе", "x"]
)
def test_batched_scores_equal_one_by_one_similarity(gazetteer: Gazetteer, typed: str) -> None:
    from bot.directory.regions import match_key, similarity

    index = gazetteer._index
    query = match_key(typed)
    batched = index.scores(query)
    one_by_one = [similarity(query, key) for key, _lang, _item in index._entries]
    assert batched.tolist() == pytest.approx(one_by_one)
