"""Phone numbers with honest provenance (content/numbers.yaml) and per-country crisis lines."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.directory.regions import ContentError, CrisisLine, Regions, validate_regions
from tests.cli_inprocess import hrbot_in_process

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"


@pytest.fixture(scope="module")
def regions() -> Regions:
    return Regions.load(CONTENT / "regions.yaml")


def numbers_of(regions: Regions, region_id: str) -> set[str]:
    return {line.number for line in regions.crisis_lines(region_id)}


def test_crisis_lines_for_the_countries_the_issue_names(regions: Regions) -> None:
    assert "024" in numbers_of(regions, "es")
    assert "800 911 2000" in numbers_of(regions, "mx")
    assert "116 123" in numbers_of(regions, "gb") and "116 123" in numbers_of(regions, "ie")
    assert "988" in numbers_of(regions, "us") and "988" in numbers_of(regions, "ca")
    assert "7333" in numbers_of(regions, "ua")
    assert regions.crisis_lines("ru"), "Russia needs at least one line"


def test_every_crisis_line_names_its_source_and_russia_lists_an_adult_line_first(
    regions: Regions,
) -> None:
    """Review follow-up (content-ru-uk.md, mental-health-crisis): a person in crisis in Russia
    is not sent to the children's line first; every crisis line says where its number is from."""
    first = regions.crisis_lines("ru")[0]
    assert first.number == "+7 495 989 50 50" and "adults" in first.name("en")
    assert "для взрослых" in first.name("ru")
    assert "8 800 2000 122" in numbers_of(regions, "ru")  # still listed, for young people
    for region in regions.roots():
        for crisis in regions.crisis_lines(region.id):
            assert crisis.source and crisis.source.startswith("https://"), (region.id, crisis)


def test_a_province_or_city_walks_up_to_its_country(regions: Regions) -> None:
    assert numbers_of(regions, "es-catalonia-barcelona") == numbers_of(regions, "es")
    assert numbers_of(regions, "ua-lviv-oblast-lviv") == {"7333"}
    assert numbers_of(regions, "us-ny-nyc") == {"988"}
    assert regions.crisis_lines(None) == []
    assert regions.crisis_lines("atlantis") == []


def test_a_crisis_line_has_names_in_every_language_and_honest_provenance(regions: Regions) -> None:
    line = regions.crisis_lines("mx-cdmx")[0]
    assert isinstance(line, CrisisLine)
    assert line.name("es").startswith("Línea de la Vida")
    assert line.name("ru") != line.name("es") and line.name("xx") == line.name("en")
    assert line.hours_text("uk") == "цілодобово"
    # Nobody has opened a page to check these numbers: they must say so.
    for region in regions.roots():
        for crisis in regions.crisis_lines(region.id):
            assert crisis.checked is None and crisis.unchecked
            assert set(crisis.names) >= {"en", "ru", "uk", "es"}


def test_review_fixes_put_the_ambulance_first(regions: Regions) -> None:
    assert regions.emergency_numbers("ar-buenos-aires")[0] == "107"
    assert regions.emergency_numbers("at")[0] == "144"
    assert regions.emergency_numbers("ch")[0] == "144"
    assert "191" not in regions.emergency_numbers("th")  # the police, not an ambulance


def test_no_number_claims_a_check_that_did_not_happen() -> None:
    header = (CONTENT / "regions.yaml").read_text(encoding="utf-8")[:2000]
    assert "Checked against national" not in header
    rows = Regions.load(CONTENT / "regions.yaml").all_numbers()
    assert rows and all(p.checked is None for _r, _k, _n, p in rows)


def test_every_unchecked_number_is_a_notice_not_a_warning() -> None:
    problems = validate_regions(CONTENT)
    notices = [p for p in problems if p.level == "notice"]
    rows = Regions.load(CONTENT / "regions.yaml").all_numbers()
    assert len(notices) == len(rows)
    assert any("emergency number 107 (ar) is unchecked" in p.message for p in notices)
    assert [p for p in problems if p.level != "notice"] == []


REGIONS = """\
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


def write(tmp_path: Path, numbers: str) -> Path:
    (tmp_path / "regions.yaml").write_text(REGIONS, encoding="utf-8")
    (tmp_path / "numbers.yaml").write_text(textwrap.dedent(numbers), encoding="utf-8")
    return tmp_path


def test_checked_stale_and_unchecked_numbers(tmp_path: Path) -> None:
    recent = (date.today() - timedelta(days=30)).isoformat()
    old = (date.today() - timedelta(days=400)).isoformat()
    folder = write(
        tmp_path,
        f"""\
        emergency:
          ua:
            "112": {{source: "https://112.ua/", checked: "{recent}"}}
            "103": {{source: "https://moz.gov.ua/", checked: "{old}"}}
        crisis:
          ua:
            - number: "7333"
              names: {{en: Lifeline Ukraine}}
              hours: null
              source: null
              checked: null
        """,
    )
    problems = validate_regions(folder)
    messages = {(p.level, p.message) for p in problems}
    assert (
        "notice",
        f"emergency number 103 (ua) was last checked on {old}, more than a year ago",
    ) in messages
    assert ("notice", "crisis line 7333 (ua) is unchecked and has no source") in messages
    assert not any("112" in m for _level, m in messages)
    # A missing translation of a line's name is a real warning (it fails --strict).
    assert any(
        p.level == "warning" and "no ru name for crisis line 7333" in p.message for p in problems
    )
    regions = Regions.load(folder / "regions.yaml")
    assert regions.provenance("ua-lviv-oblast", "112").checked == date.fromisoformat(recent)
    assert regions.provenance("ua-lviv-oblast", "103").stale()
    assert [line.number for line in regions.crisis_lines("ua-lviv-oblast")] == ["7333"]


@pytest.mark.parametrize(
    ("numbers", "message"),
    [
        (
            'emergency:\n  ua:\n    "911": {source: null, checked: null}\n',
            "`911` is not among ua's emergency numbers",
        ),
        (
            'emergency:\n  ua:\n    "112": {source: null, checked: "2999-01-01"}\n',
            "is in the future",
        ),
        (
            'emergency:\n  ua:\n    "112": {source: "112.ua", checked: null}\n',
            "must be the address",
        ),
        ('emergency:\n  ua:\n    "112": {source: null, checked: "last week"}\n', "YYYY-MM-DD"),
        ('crisis:\n  xx:\n    - number: "1"\n', "unknown region `xx`"),
        ('crisis:\n  ua:\n    - {number: "call us", names: {en: X}}\n', "must be digits"),
    ],
)
def test_contradictions_are_errors(tmp_path: Path, numbers: str, message: str) -> None:
    folder = write(tmp_path, numbers)
    errors = [p.message for p in validate_regions(folder) if p.level == "error"]
    assert any(message in e for e in errors), errors
    with pytest.raises(ContentError):
        Regions.load(folder / "regions.yaml")


def _hrbot(*args: str) -> subprocess.CompletedProcess[str]:
    """``hrbot ARGS`` in this process (tests/cli_inprocess.py), as a finished process."""
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(CONTENT)}
    code, out, err = hrbot_in_process(*args, env=env)
    return subprocess.CompletedProcess(["hrbot", *args], code, out, err)


def test_moderators_list_the_numbers_and_strict_check_passes_honestly() -> None:
    listed = _hrbot("content", "numbers", "--unchecked", "--json")
    assert listed.returncode == 0
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {
        "region": "ar",
        "kind": "emergency",
        "number": "107",
        "source": None,
        "checked": None,
        "stale": False,
    } in rows
    assert any(r["kind"] == "crisis" and r["number"] == "024" and r["source"] for r in rows)
    human = _hrbot("content", "numbers")
    assert "UNCHECKED" in human.stdout and "unchecked or checked over a year ago" in human.stdout
    strict = _hrbot("content", "check", "--strict")
    assert strict.returncode == 0, strict.stdout[-2000:]
    assert (
        "notice(s) (work for a person: unchecked numbers" in strict.stdout
        and "0 warning(s)" in strict.stdout
    )


def test_kazakhstan_has_a_crisis_line_marked_unchecked(regions: Regions) -> None:
    """Kazakhstan's crisis reply names the national helpline 150, with its source, unchecked
    (nobody here has opened a page of the line itself)."""
    (line,) = regions.crisis_lines("kz")
    assert line.number == "150" and line.source and line.checked is None
    assert all(line.name(lang) for lang in ("en", "ru", "uk", "es"))
