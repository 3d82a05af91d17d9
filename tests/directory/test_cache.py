"""The compiled directory cache gives exactly what parsing the YAML gives, and never stale data."""

from __future__ import annotations

import os
import pickle
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

from bot.directory import cache
from bot.directory.regions import Regions
from bot.directory.services import load_services

ROOT = Path(__file__).resolve().parents[2]


def copy_content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "services", content / "services")
    for name in ("regions.yaml", "places.yaml"):
        shutil.copy(ROOT / "content" / name, content / name)
    return content


def summary(services, problems):
    now = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    return (
        [
            (
                s.id,
                dict(s.names),
                s.types,
                s.lat,
                s.lon,
                s.region,
                s.timezone,
                s.country,
                s.verified,
                s.hours.text if s.hours else None,
                s.hours.status(now).state if s.hours else None,
                s.file,
                s.line,
            )
            for s in services
        ],
        [str(p) for p in problems],
    )


def test_a_warm_load_equals_a_fresh_parse(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    regions = Regions.load(content / "regions.yaml")
    # A problem and a warning in one file, and an id that repeats one in another file.
    extra = content / "services" / "zz-extra.yaml"
    extra.write_text(
        "services:\n"
        "  - id: kyiv-podil-harm-reduction\n"
        "    name: Duplicate\n    organization: X\n    types: [naloxone]\n"
        "    location: {lat: 50.45, lon: 30.52, address: {en: 1 Test St}, region: ua-kyiv-city}\n"
        "  - id: extra-one\n"
        "    name: Extra\n    organization: X\n    types: [naloxone]\n"
        "    location: {lat: 50.45, lon: 30.52, address: {en: 1 Test St}, region: ua-kyiv-city}\n"
        '    hours: "Mo-Fr 09:00-17:00"\n    sample: true\n'
        "  - id: broken\n    name: Broken\n    organization: X\n    types: [no-such-type]\n"
        "    location: {lat: 50.45, lon: 30.52, address: {en: 1 Test St}, region: ua-kyiv-city}\n"
    )
    fresh = summary(*load_services(content, regions))
    folder = tmp_path / "cache"
    cold = summary(*load_services(content, regions, folder))
    files = sorted(folder.glob(f"{cache.PREFIX}*{cache.SUFFIX}"))
    assert len(files) == len(list((content / "services").glob("*.yaml")))
    warm = summary(*load_services(content, regions, folder))
    assert cold == fresh and warm == fresh
    assert any("duplicate service id `kyiv-podil-harm-reduction`" in p for p in warm[1])
    assert any("no-such-type" in p for p in warm[1])
    assert "extra-one" in [s[0] for s in warm[0]] and "broken" not in [s[0] for s in warm[0]]
    for entry in files:
        assert entry.stat().st_mode & 0o077 == 0


def test_a_changed_file_is_parsed_again_and_its_old_entry_removed(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    folder = tmp_path / "cache"
    load_services(content, None, folder)
    before = {p.name for p in folder.glob(f"{cache.PREFIX}*{cache.SUFFIX}")}
    path = content / "services" / "kyiv.yaml"
    path.write_text(
        path.read_text().replace("Podil Harm Reduction Point (sample)", "Podil Point (sample)")
    )
    services, _ = load_services(content, None, folder)
    assert any(s.names.get("en") == "Podil Point (sample)" for s in services)
    after = {p.name for p in folder.glob(f"{cache.PREFIX}*{cache.SUFFIX}")}
    assert len(after) == len(before) and after != before


def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    folder = tmp_path / "cache"
    expected = summary(*load_services(content, None))
    load_services(content, None, folder)
    for entry in folder.glob(f"{cache.PREFIX}*{cache.SUFFIX}"):
        entry.write_text("{not the format")
    assert summary(*load_services(content, None, folder)) == expected
    # Rewritten by the load above; now a well-formed file of another format version.
    for entry in folder.glob(f"{cache.PREFIX}*{cache.SUFFIX}"):
        entry.write_bytes(pickle.dumps((999, [], [], [])))
    assert summary(*load_services(content, None, folder)) == expected
    # A file that names a class or function is refused, never run.
    for entry in folder.glob(f"{cache.PREFIX}*{cache.SUFFIX}"):
        entry.write_bytes(pickle.dumps((cache.FORMAT, [os.system], [], [])))
    assert summary(*load_services(content, None, folder)) == expected


def test_the_key_covers_regions_and_code(tmp_path: Path) -> None:
    assert cache.key_for(b"a", "f", "ctx1") != cache.key_for(b"a", "f", "ctx2")
    assert cache.key_for(b"a", "f", "c") != cache.key_for(b"b", "f", "c")
    assert len(cache.code_digest()) == 64


def test_a_big_cold_load_parsed_in_parallel_equals_one_parsed_here(tmp_path, monkeypatch) -> None:
    from bot.directory import services

    content = copy_content(tmp_path)
    regions = Regions.load(content / "regions.yaml")
    expected = summary(*load_services(content, regions))
    monkeypatch.setattr(services, "PARALLEL_MIN_BYTES", 0)
    todo = [
        (i, p, str(p), p.read_bytes(), "")
        for i, p in enumerate(sorted((content / "services").glob("*.yaml")))
    ]
    if threading.active_count() == 1:  # the workers are forked only from a single thread
        blobs = services._parse_in_parallel(todo, regions)
        assert all(isinstance(b, bytes) for b in blobs)
    folder = tmp_path / "cache"
    assert summary(*load_services(content, regions, folder)) == expected
    assert summary(*load_services(content, regions, folder)) == expected
