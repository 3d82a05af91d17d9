"""The service files: schema, file:line errors from `hrbot content check`, and the sample data."""

from __future__ import annotations

import functools
import shutil
import textwrap
from pathlib import Path

import pytest

import bot.directory  # noqa: F401  (registers the validators)
from bot.contentcheck import VALIDATORS
from bot.directory.regions import Regions
from bot.directory.services import TYPES, ServiceDirectory, load_services, validate_services
from bot.yamlstrict import Problem

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"

GOOD = """\
services:
  - id: good-one
    name: {en: Good One (sample), uk: Добре (зразок)}
    organization: Org
    types: [naloxone, syringe-services]
    location:
      lat: 50.45
      lon: 30.52
      address: Somewhere 1
      region: ua-kyiv-city
    hours: "Mo-Fr 09:00-18:00; PH off"
"""


def write(tmp_path: Path, body: str, name: str = "test.yaml", regions: bool = True) -> Path:
    (tmp_path / "services").mkdir(exist_ok=True)
    if regions:
        shutil.copy(CONTENT / "regions.yaml", tmp_path / "regions.yaml")
    path = tmp_path / "services" / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


@functools.lru_cache(maxsize=1)
def regions() -> Regions:
    return Regions.load(CONTENT / "regions.yaml")


def problems_in(tmp_path: Path) -> list[Problem]:
    """Like validate_services (tested once below), with the regions parsed once per module."""
    has_regions = (tmp_path / "regions.yaml").exists()
    return load_services(tmp_path, regions() if has_regions else None)[1]


def errors(tmp_path: Path) -> list[str]:
    return [
        f"{Path(p.file).name}:{p.line}:{p.column}: {p.message}"
        for p in problems_in(tmp_path)
        if p.level == "error"
    ]


def test_the_validator_is_registered_with_content_check() -> None:
    assert validate_services in VALIDATORS


def test_sample_data_has_no_problems_and_covers_four_cities() -> None:
    services, problems = load_services(CONTENT, regions())
    assert [str(p) for p in problems] == []
    cities = {s.region or s.service_area[0] for s in services}
    assert {"ua-kyiv-city", "es-madrid-madrid", "mx-cdmx", "ca-bc-vancouver"} <= cities
    for region in ("ua-kyiv-city", "es-madrid-madrid", "mx-cdmx", "ca-bc-vancouver"):
        here = [s for s in services if s.region == region or region in s.service_area]
        assert 8 <= len(here) <= 15, region
        assert any(s.listed == "on-request" for s in here), region
        assert any(s.status == "temporarily-closed" for s in here), region
        assert any(not s.has_point for s in here), region  # a mobile service with service_area
    assert all(s.sample for s in services)
    assert all("(" in name for s in services for name in s.names.values())
    assert any(s.hours is not None and s.hours.text == "24/7" for s in services)
    assert any(s.hours is not None and "PH off" in s.hours.text for s in services)
    assert any(
        s.hours is not None and "," in s.hours.text.split(";")[0].split(" ", 1)[-1]
        for s in services
    )


def test_validate_services_reads_regions_yaml_itself(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("region: ua-kyiv-city", "region: ua-kiev"))
    found = [str(p) for p in validate_services(tmp_path)]
    assert any(":10:15: error: unknown region `ua-kiev`" in f for f in found)


def test_a_good_file_loads(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    services, problems = load_services(tmp_path, regions())
    assert problems == []
    (service,) = services
    assert service.id == "good-one" and service.types == ("syringe-services", "naloxone")
    assert service.timezone == "Europe/Kyiv" and service.country == "UA"  # from the region
    assert service.name("uk") == "Добре (зразок)" and service.name("es") == "Good One (sample)"


def test_bad_opening_hours_is_an_error_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace('"Mo-Fr 09:00-18:00; PH off"', '"Mo-Fx 09:00-18:00"'))
    found = errors(tmp_path)
    assert len(found) == 1
    assert found[0].startswith(
        "test.yaml:11:12: hours `Mo-Fx 09:00-18:00`: not valid opening_hours syntax at character 4"
    )


def test_unknown_type_is_an_error_with_its_line(tmp_path: Path) -> None:
    write(
        tmp_path,
        GOOD.replace(
            "[naloxone, syringe-services]", "[naloxone, needle-exchange, syringe_services]"
        ),
    )
    found = errors(tmp_path)
    assert found[0].startswith(
        "test.yaml:5:23: unknown type `needle-exchange` (did you mean `syringe-services`?)"
    )
    assert found[1].startswith(
        "test.yaml:5:40: unknown type `syringe_services` (did you mean `syringe-services`?)"
    )


def test_unknown_region_is_an_error_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("region: ua-kyiv-city", "region: ua-kiev"))
    found = errors(tmp_path)
    assert any(f.startswith("test.yaml:10:15: unknown region `ua-kiev`") for f in found)


def test_unknown_region_in_service_area(tmp_path: Path) -> None:
    write(
        tmp_path,
        """\
        services:
          - id: van
            name: Van
            organization: Org
            types: [naloxone]
            service_area: [ua-kyiv-city, atlantis]
        """,
    )
    assert errors(tmp_path) == [
        "test.yaml:6:34: unknown region `atlantis`; region ids are listed in content/regions.yaml"
    ]


def test_many_mistakes_are_all_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        """\
        services:
          - id: Bad_ID
            name: ""
            types: []
            location: {lat: "50.1", lon: 300, address: X, region: ua-kyiv-city}
            phone: call us
            url: example.org
            status: open
            listed: secret
            verified: last week
            peer_staff: yes please
            colour: red
          - id: dup
            name: A
            organization: O
            types: [food]
            service_area: [ua-kyiv-city]
          - id: dup
            name: B
            organization: O
            types: [food]
            service_area: [ua-kyiv-city]
            location: {lat: 1, lon: 1, address: x, region: ua-kyiv-city}
        """,
    )
    found = "\n".join(errors(tmp_path))
    for expected in (
        "test.yaml:2:9: id `Bad_ID` must be lowercase",
        "test.yaml:3:11: `name` is empty",
        "`organization` is required",
        "test.yaml:4:12: types must be a list of one or more",
        "test.yaml:5:21: location lat must be a number",
        "test.yaml:5:34: location lon 300 is out of range",
        "test.yaml:6:12: phone `call us`",
        "test.yaml:7:10: url `example.org` must start with https://",
        "test.yaml:8:13: status must be one of active, temporarily-closed, inactive",
        "test.yaml:9:13: listed must be one of public, on-request",
        "test.yaml:10:15: verified must be a date",
        "test.yaml:11:17: peer_staff must be true or false",
        "test.yaml:12:13: unknown field `colour`",
        "test.yaml:18:9: duplicate service id `dup`",
        "give either `location`",
    ):
        assert expected in found, expected


def test_unquoted_values_read_as_something_else(tmp_path: Path) -> None:
    write(
        tmp_path,
        GOOD.replace('"Mo-Fr 09:00-18:00; PH off"', "off").replace(
            "address: Somewhere 1", "address: no"
        ),
    )
    found = "\n".join(errors(tmp_path))
    assert 'hours: `off` was read as false, not text; put it in quotes: "off"' in found
    assert "address: `no` was read as false" in found


def test_invalid_yaml_and_wrong_shape(tmp_path: Path) -> None:
    write(tmp_path, "services:\n  - id: a\n   name: b\n", name="broken.yaml")
    write(tmp_path, "- just a list\n", name="shape.yaml")
    found = errors(tmp_path)
    assert any(f.startswith("broken.yaml:3:") and "not valid YAML" in f for f in found)
    assert any(f.startswith("shape.yaml:1:1:") and "services:" in f for f in found)


def test_without_regions_file_ids_are_not_checked_but_time_zone_is_needed(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("region: ua-kyiv-city", "region: somewhere"), regions=False)
    assert errors(tmp_path) == []
    services, _ = load_services(tmp_path, None)
    assert services[0].timezone == "UTC"
    write(
        tmp_path,
        GOOD.replace(
            '    hours: "Mo-Fr 09:00-18:00; PH off"\n',
            '    timezone: Mars/Olympus\n    hours: "24/7"\n',
        ),
        regions=False,
    )
    assert any("unknown time zone `Mars/Olympus`" in e for e in errors(tmp_path))


def test_own_timezone_overrides_the_regions(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("    hours:", "    timezone: Europe/Madrid\n    hours:"))
    services, problems = load_services(tmp_path, regions())
    assert problems == [] and services[0].timezone == "Europe/Madrid"
    assert str(services[0].hours.tz) == "Europe/Madrid"


def test_point_far_from_its_region_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, GOOD.replace("lat: 50.45", "lat: 30.52").replace("lon: 30.52", "lon: 50.45"))
    problems = problems_in(tmp_path)
    assert [p.level for p in problems] == ["warning"]
    assert "not swapped" in problems[0].message


def test_directory_indexes_only_public_active_services() -> None:
    directory = ServiceDirectory.load(CONTENT, regions())
    indexed = {sid for sid, _ in directory.index.nearest(0, 0, len(directory))}
    hidden = {
        s.id for s in directory.services if s.listed == "on-request" or s.status == "inactive"
    }
    assert hidden and not hidden & indexed
    assert all(s.findable and not s.has_point for s in directory.area_services)
    for type_id, index in directory.by_type.items():
        assert type_id in TYPES
        assert all(
            type_id in directory.get(sid).types for sid, _ in index.nearest(0, 0, len(index))
        )


@pytest.mark.parametrize("type_id", list(TYPES))
def test_every_type_is_documented(type_id: str) -> None:
    assert f"`{type_id}`" in (CONTENT / "README.md").read_text(encoding="utf-8")


def test_a_national_directory_may_come_as_one_big_file(tmp_path: Path) -> None:
    """Content files stop at 1 MB; a directory file is data and may be a whole export."""
    lines = ["services:"]
    for i in range(6000):
        lines += [
            f"  - id: big-{i}",
            f"    name: Service number {i} with a long enough name to fill the file",
            "    organization: An organisation with a long enough name to fill the file",
            "    types: [naloxone, syringe-services]",
            "    location:",
            f"      lat: {50.40 + i / 100000:.5f}",
            "      lon: 30.52",
            f"      address: {i} A long street name in the city of Kyiv, building {i}",
            "      region: ua-kyiv-city",
        ]
    content = tmp_path / "content"
    (content / "services").mkdir(parents=True)
    (content / "services" / "all.yaml").write_text("\n".join(lines) + "\n")
    assert (content / "services" / "all.yaml").stat().st_size > 1_000_000
    regions = Regions.load(ROOT / "content" / "regions.yaml")
    services, problems = load_services(content, regions)
    assert [p for p in problems if p.level == "error"] == []
    assert len(services) == 6000


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("    sample: !true yes", "test.yaml:12:13: this is not valid YAML: could not determine"),
        ("    verified: 2026-13-45", "test.yaml:12:15: `2026-13-45` cannot be read (month must"),
        ("    verified: !!float soon", "test.yaml:12:15: `soon` cannot be read (could not convert"),
    ],
)
def test_values_yaml_cannot_construct_are_problems_not_crashes(
    tmp_path: Path, line: str, expected: str
) -> None:
    """An unknown tag or an impossible date was an exception out of `hrbot content check` and
    the directory load; now it is a file:line problem like any other."""
    write(tmp_path, GOOD + line + "\n")
    found = errors(tmp_path)
    assert len(found) == 1 and found[0].startswith(expected), found
