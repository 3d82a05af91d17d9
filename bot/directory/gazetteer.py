"""The offline gazetteer: typed place names to coordinates, never an online geocoder.

``content/places.yaml`` lists cities, districts, neighbourhoods, streets, stations and
landmarks with the names and spellings people type in several languages. ``search`` matches
a typed text against all of them with typos tolerated ("Lavapies", "лаваписе", "Подол",
"Downtwon Eastside"), in any script, and returns the best places with a 0-100 score. Nothing
typed is stored or logged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot import contentcheck, yamlcache
from bot.directory.regions import (
    REGIONS_FILE,
    ContentError,
    NameIndex,
    Regions,
    parse_regions,
)
from bot.yamlstrict import Document, Problem

PLACES_FILE = "places.yaml"
KINDS = ("city", "district", "neighbourhood", "street", "station", "landmark")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELDS = {"id", "region", "kind", "lat", "lon", "names"}
# A place further than this from its city's centre is probably a typo in lat/lon (a warning).
MAX_KM_FROM_CITY = 60.0
_LATIN = re.compile(r"[a-zA-Z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class Place:
    id: str
    names: Mapping[str, tuple[str, ...]]  # language -> names, the usual one first
    lat: float
    lon: float
    region: str
    kind: str

    def __hash__(self) -> int:
        return hash(self.id)

    def name(self, lang: str | None) -> str:
        """The usual name in ``lang``, else English, else any."""
        for key in (lang, "en"):
            if key and self.names.get(key):
                return self.names[key][0]
        return next(iter(self.names.values()))[0]


@dataclass(frozen=True)
class PlaceMatch:
    place: Place
    score: float  # 0-100


class Gazetteer:
    """Loaded places and a typo-tolerant index over every name of every place."""

    def __init__(self, places: list[Place], regions: Regions | None = None) -> None:
        self.places = {p.id: p for p in places}
        self.regions = regions
        self._index: NameIndex[Place] = NameIndex()
        for place in places:
            for lang, names in place.names.items():
                for name in names:
                    self._index.add(place, name, lang)

    @classmethod
    def load(cls, path: Path, regions: Regions | None = None) -> Gazetteer:
        """Load and validate ``path`` (region ids against ``regions``, else the
        ``regions.yaml`` beside it); raise ``ContentError`` listing every error."""
        if regions is None:
            regions = Regions.load(Path(path).parent / REGIONS_FILE)
        places, problems = parse_places(Path(path), regions)
        errors = [p for p in problems if p.level == "error"]
        if errors:
            raise ContentError(errors)
        return cls(places, regions)

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places.values())

    def __len__(self) -> int:
        return len(self.places)

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def nearest_city(self, lat: float, lon: float, within_km: float) -> Place | None:
        """The known city nearest to the point, if one is within ``within_km``."""
        best: tuple[float, Place] | None = None
        for place in self.places.values():
            if place.kind == "city":
                km = haversine_km(lat, lon, place.lat, place.lon)
                if km <= within_km and (best is None or km < best[0]):
                    best = (km, place)
        return best[1] if best else None

    def search(
        self,
        text: str,
        lang: str | None = None,
        limit: int = 5,
        *,
        min_score: float = 70.0,
        within: str | None = None,
    ) -> list[PlaceMatch]:
        """Best places for ``text``; ``within`` keeps only places in that region or below."""
        if within is not None:
            allowed = {within}
            if self.regions is not None:
                allowed |= {r.id for r in self.regions.descendants(within)}
            hits = self._index.search(
                text, lang, limit=len(self.places), min_score=min_score, ident=lambda p: p.id
            )
            hits = [(p, s) for p, s in hits if p.region in allowed][:limit]
        else:
            hits = self._index.search(
                text, lang, limit=limit, min_score=min_score, ident=lambda p: p.id
            )
        return [PlaceMatch(place, score) for place, score in hits]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def mixed_script_words(text: str) -> list[str]:
    """Words that mix Latin and Cyrillic letters (a Latin "c" typed inside a Russian word)."""
    return [w for w in text.split() if _LATIN.search(w) and _CYRILLIC.search(w)]


# -- parsing and validation ------------------------------------------------------------------
def parse_places(
    path: Path, regions: Regions | None, display: str | None = None
) -> tuple[list[Place], list[Problem]]:
    doc = yamlcache.load(path, display or str(path))
    if doc.problems:
        return [], list(doc.problems)
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        doc.problem((), "the file must have a `places:` list at the top")
        return [], doc.problems
    for key in data:
        if key != "places":
            doc.problem((key,), f"unknown top-level key `{key}` (only `places` is allowed)")
    places: list[Place] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["places"]):
        place = _parse_one(doc, ("places", i), raw, seen, regions)
        if place is not None:
            places.append(place)
    return places, doc.problems


def _parse_one(
    doc: Document, at: tuple, raw: Any, seen: dict[str, int], regions: Regions | None
) -> Place | None:
    if not isinstance(raw, dict):
        doc.problem(at, "each place must be a block of `key: value` lines")
        return None
    for key in raw:
        if key not in _FIELDS:
            doc.problem(
                at + (key,), f"unknown field `{key}` (allowed: {', '.join(sorted(_FIELDS))})"
            )
    pid = doc.text(at + ("id",), raw.get("id"), "id")
    if pid is None:
        return None
    ok = True
    if not _ID.match(pid):
        doc.problem(
            at + ("id",), f"id `{pid}` must be lowercase letters, digits and single hyphens"
        )
        ok = False
    if pid in seen:
        doc.problem(at + ("id",), f"duplicate place id `{pid}` (first given on line {seen[pid]})")
        return None
    seen[pid] = doc.where(at + ("id",))[0]
    region = doc.text(at + ("region",), raw.get("region"), "region")
    if region is None:
        ok = False
    elif regions is not None and regions.get(region) is None:
        doc.problem(at + ("region",), f"unknown region `{region}` (not in regions.yaml)")
        ok = False
    kind = raw.get("kind")
    if kind not in KINDS:
        doc.problem(at + ("kind",), f"kind must be one of {', '.join(KINDS)} (got `{kind}`)")
        ok = False
    coords: list[float] = []
    for key, limit in (("lat", 90), ("lon", 180)):
        value = raw.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            doc.problem(at + (key,), f"{key} must be a number in decimal degrees, such as 50.4501")
            ok = False
        elif not -limit <= value <= limit or math.isnan(value):
            doc.problem(at + (key,), f"{key} {value} is out of range (-{limit} to {limit})")
            ok = False
        else:
            coords.append(float(value))
    names = _names(doc, at + ("names",), raw.get("names"))
    if names is None or not ok:
        return None
    lat, lon = coords
    if regions is not None and region is not None:
        city = next((r for r in regions.ancestors(region) if r.level == "city"), None)
        if city is not None:
            km = haversine_km(lat, lon, *city.center)
            if km > MAX_KM_FROM_CITY:
                doc.problem(
                    at + ("lat",),
                    f"`{pid}` is {km:.0f} km from the centre of {city.names['en']}; "
                    "are lat and lon right (not swapped)?",
                    "warning",
                )
    return Place(pid, MappingProxyType(names), lat, lon, region, kind)  # type: ignore[arg-type]


def _names(doc: Document, at: tuple, value: Any) -> dict[str, tuple[str, ...]] | None:
    if not isinstance(value, dict) or not value:
        doc.problem(at, "names must be a block of language: [name, other spelling, ...] lines")
        return None
    result: dict[str, tuple[str, ...]] = {}
    for lang, entry in value.items():
        if not doc.language_code(at + (lang,), lang):
            return None
        items = entry if isinstance(entry, list) else [entry]
        if not items:
            doc.problem(at + (lang,), f"names {lang} is empty")
            return None
        found: list[str] = []
        for j, name in enumerate(items):
            where = at + (lang, j) if isinstance(entry, list) else at + (lang,)
            text = doc.text(where, name, f"a {lang} name")
            if text is None:
                return None
            if not text.strip():
                doc.problem(where, f"a {lang} name is empty")
                return None
            for word in mixed_script_words(text):
                doc.problem(
                    where,
                    f"`{word}` mixes Latin and Cyrillic letters; retype it in one alphabet",
                    "warning",
                )
            found.append(text.strip())
        result[lang] = tuple(found)
    if "en" not in result:
        doc.problem(at, "names needs English (en) names")
        return None
    return result


def validate_places(content_dir: Path) -> list[Problem]:
    """``hrbot content check``: every problem in ``content/places.yaml``."""
    path = Path(content_dir) / PLACES_FILE
    if not path.exists():
        return [Problem(str(path), 1, 1, "places.yaml is missing; typed places in /near need it")]
    regions_path = Path(content_dir) / REGIONS_FILE
    regions: Regions | None = None
    if regions_path.exists():
        parsed, region_problems = parse_regions(regions_path)
        if not any(p.level == "error" for p in region_problems):
            regions = Regions(parsed)
    _, problems = parse_places(path, regions)
    return problems


if validate_places not in contentcheck.VALIDATORS:
    contentcheck.VALIDATORS.append(validate_places)
