"""Regions: validation with file:line:column, the tree, emergency numbers, typo-tolerant search."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot import contentcheck
from bot.directory.regions import ContentError, Regions, fold, match_key, validate_regions

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"


@pytest.fixture(scope="module")
def regions() -> Regions:
    return Regions.load(CONTENT / "regions.yaml")


GOOD = """\
regions:
  - id: ua
    parent: null
    level: country
    country: UA
    timezone: Europe/Kyiv
    emergency: ["112", "103"]
    center: {lat: 49.0, lon: 31.4}
    names: {en: Ukraine, ru: Украина, uk: Україна, es: Ucrania}
  - id: ua-lviv-oblast
    parent: ua
    level: province
    country: UA
    timezone: Europe/Kyiv
    center: {lat: 49.8, lon: 24.0}
    names: {en: Lviv Oblast, ru: Львовская область, uk: Львівська область, es: Óblast de Leópolis}
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "regions.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def errors(tmp_path: Path, text: str) -> list[tuple[int, int, str]]:
    found = validate_regions(write(tmp_path, text))
    return [(p.line, p.column, p.message) for p in found if p.level == "error"]


def test_shipped_regions_are_valid_and_cover_forty_countries(regions: Regions) -> None:
    # Unchecked phone numbers are notices (content/numbers.yaml), never errors or warnings.
    assert [p for p in validate_regions(CONTENT) if p.level != "notice"] == []
    assert len(regions.roots()) >= 40
    assert all(r.emergency for r in regions.roots())
    for rid in (
        "ua-kyiv-city",
        "ua-lviv-oblast-lviv",
        "ua-odesa-oblast-odesa",
        "ua-kharkiv-oblast-kharkiv",
        "es-madrid-madrid",
        "es-catalonia-barcelona",
        "mx-cdmx",
        "ca-bc-vancouver",
        "us-ny-nyc",
        "gb-england-london",
        "ge-tbilisi",
        "kz-almaty",
        "ke-nairobi",
        "za-western-cape-cape-town",
        "au-nsw-sydney",
        "de-berlin",
        "pt-lisbon",
        "ar-buenos-aires",
        "co-bogota",
    ):
        assert regions.get(rid) is not None, rid


def test_validator_is_registered_when_the_package_is_imported() -> None:
    import bot.directory  # noqa: F401

    assert validate_regions in contentcheck.VALIDATORS
    assert any(p.file.endswith("regions.yaml") for p in contentcheck.check_all(ROOT / "missing"))


def test_a_good_file_has_no_errors(tmp_path: Path) -> None:
    assert errors(tmp_path, GOOD) == []


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("    parent: ua\n", "    parent: ru\n", 11, "unknown parent `ru`"),
        (
            "  - id: ua-lviv-oblast\n",
            "  - id: ua\n",
            10,
            "duplicate region id `ua` (first given on line 2)",
        ),
        (
            "    country: UA\n    timezone: Europe/Kyiv\n    emergency",
            "    country: XX\n    timezone: Europe/Kyiv\n    emergency",
            5,
            "`XX` is not an ISO 3166-1",
        ),
        (
            "    country: UA\n    timezone: Europe/Kyiv\n    emergency",
            "    country: UA\n    timezone: Europe/Kiev_Town\n    emergency",
            6,
            "unknown time zone",
        ),
        ('    emergency: ["112", "103"]\n', "", 2, "needs its emergency number"),
        ("{en: Ukraine, ", "{", 9, "needs an English (en) text"),
        (
            "center: {lat: 49.0, lon: 31.4}",
            "center: {lat: 49.0, lon: 231.4}",
            8,
            "center lon 231.4 is out of range",
        ),
        (
            "center: {lat: 49.0, lon: 31.4}",
            "center: {lat: 99.0, lon: 31.4}",
            8,
            "center lat 99.0 is out of range",
        ),
        ('emergency: ["112", "103"]', "emergency: [112]", 7, "`112` was read as a number"),
        (
            "  - id: ua-lviv-oblast\n",
            "  - id: lviv-oblast\n",
            10,
            "must start with its parent's id",
        ),
        ("    level: province\n", "    level: village\n", 12, "level must be one of"),
        (
            "  - id: ua-lviv-oblast\n",
            "  - id: ua-" + "x" * 40 + "\n",
            10,
            "longer than 40 characters",
        ),
    ],
)
def test_each_error_is_reported_at_its_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in GOOD
    found = errors(tmp_path, GOOD.replace(old, new, 1))
    assert any(ln == line and message in text for ln, _col, text in found), found
    assert all(col >= 1 for _ln, col, _text in found)


def test_a_cycle_of_parents_is_reported(tmp_path: Path) -> None:
    text = (
        GOOD
        + """\
  - id: ua-a
    parent: ua-a-b
    level: city
    country: UA
    timezone: Europe/Kyiv
    center: {lat: 49.8, lon: 24.0}
    names: {en: A}
  - id: ua-a-b
    parent: ua-a
    level: city
    country: UA
    timezone: Europe/Kyiv
    center: {lat: 49.8, lon: 24.0}
    names: {en: B}
"""
    )
    found = errors(tmp_path, text)
    assert any("go round in a circle" in m and "ua-a" in m for _l, _c, m in found), found
    assert any(line == 18 for line, _c, m in found if "circle" in m)


def test_load_raises_with_every_problem(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("Europe/Kyiv", "Mars/Olympus").replace("UA", "ZZ"))
    with pytest.raises(ContentError) as info:
        Regions.load(tmp_path / "regions.yaml")
    text = str(info.value)
    assert "regions.yaml:5:" in text and "regions.yaml:6:" in text


def test_broken_yaml_and_missing_file_are_problems_not_crashes(tmp_path: Path) -> None:
    found = errors(tmp_path, "regions:\n  - id: [unclosed\n")
    assert found and found[0][2].startswith("this is not valid YAML")
    assert "missing" in validate_regions(tmp_path / "nowhere")[0].message


def test_tree_lookups(regions: Regions) -> None:
    chain = [r.id for r in regions.ancestors("ua-lviv-oblast-lviv")]
    assert chain == ["ua-lviv-oblast-lviv", "ua-lviv-oblast", "ua"]
    assert regions.ancestors("nowhere") == []
    below = [r.id for r in regions.descendants("ua")]
    assert "ua-kyiv-city" in below and "ua-odesa-oblast-odesa" in below
    assert below.index("ua-odesa-oblast") < below.index("ua-odesa-oblast-odesa")
    assert [r.id for r in regions.children("es")] == ["es-catalonia", "es-madrid"]
    roots = regions.roots()
    assert [r.names["en"] for r in roots] == sorted((r.names["en"] for r in roots), key=fold)
    assert regions.get("ua").name("de") == "Ukraine"
    assert regions.get("ua").name("uk") == "Україна"


def test_emergency_numbers_walk_up_to_the_country(regions: Regions) -> None:
    assert regions.emergency_numbers("ua-kharkiv-oblast-kharkiv") == ("103", "112")
    assert regions.emergency_numbers("us-ny-nyc") == ("911",)
    assert regions.emergency_numbers("gb-england-london") == ("999", "112")
    assert regions.emergency_numbers("au-nsw-sydney")[0] == "000"
    assert regions.emergency_numbers("mx-cdmx") == ("911",)
    assert regions.emergency_numbers("nz") == ("111",)
    assert regions.emergency_numbers("nowhere") == ()


def test_good_samaritan_walks_up_and_is_absent_elsewhere(regions: Regions) -> None:
    assert "Good Samaritan Drug Overdose Act" in regions.good_samaritan("ca-bc-vancouver", "en")
    assert "Нью-Йорк" in regions.good_samaritan("us-ny-nyc", "ru")
    assert regions.good_samaritan("es-madrid-madrid", "es") is None


@pytest.mark.parametrize(
    ("typed", "lang", "expected"),
    [
        ("Ukrain", "en", "ua"),
        ("Украина", "ru", "ua"),
        ("Украйна", "ru", "ua"),
        ("Україна", "uk", "ua"),
        ("Espana", "es", "es"),
        ("Испания", "ru", "es"),
        ("Іспанiя", "uk", "es"),  # a Latin "i" typed in the middle
        ("Mexco", "en", "mx"),
        ("Мексика", "uk", "mx"),
        ("germny", "en", "de"),
        ("Alemania", "es", "de"),
        ("USA", None, "us"),
        ("США", "ru", "us"),
        ("Estados Unidos", "es", "us"),
        ("Vancuver", "en", "ca-bc-vancouver"),
        ("Киев", "ru", "ua-kyiv-city"),
        ("Kyiv", "en", "ua-kyiv-city"),
        ("Львів", "uk", "ua-lviv-oblast-lviv"),
        ("nueva york", "es", "us-ny-nyc"),
        ("I am in Spain", "en", "es"),
    ],
)
def test_search_tolerates_typos_in_every_language(
    regions: Regions, typed: str, lang: str | None, expected: str
) -> None:
    hits = regions.search(typed, lang)
    assert hits and hits[0][0].id == expected, hits[:3]
    assert 0 < hits[0][1] <= 100


def test_search_can_keep_one_level_and_finds_nothing_for_nonsense(regions: Regions) -> None:
    assert all(r.level == "country" for r, _ in regions.search("Madrid", level="country"))
    assert regions.search("qwxz") == []
    assert regions.search("") == []


def test_matching_keys_fold_case_accents_apostrophes_and_script() -> None:
    assert fold("Lavapiés") == "lavapies"
    assert fold("Ёлка") == "елка"
    assert match_key("Поділ") == "podil"
    assert match_key("Лук’янівка") == match_key("Лук'янівка")
    assert fold("Main & Hastings") == "main hastings"
