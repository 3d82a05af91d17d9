"""The service directory: ``content/services/*.yaml``, modelled on Open Referral HSDS.

Each file has a ``services:`` list (and may say ``sample: true`` for every service in it).
Fields, checked by ``hrbot content check`` with ``file:line:column`` problems:

``id`` (lowercase, unique), ``name`` (text, or text per language), ``organization``,
``types`` (from ``TYPES``), ``location`` {``lat``, ``lon``, ``address``, ``region``} or,
for a mobile, online or mail-order service, ``service_area`` (region ids, no point),
``hours`` (OpenStreetMap ``opening_hours``; the parser must accept it), ``timezone`` (else the
region's), ``phone``, ``url``, ``languages``, ``community_led``, ``peer_staff``,
``low_threshold``, ``status`` (active | temporarily-closed | inactive), ``notice`` (text or
per language), ``verified`` (date), ``listed`` (public | on-request), ``sample``.

No Telegram here. ``ServiceDirectory`` is what the finder searches.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot import contentcheck, yamlfast, yamlstrict
from bot.directory.geo import GeoIndex, haversine_m
from bot.directory.hours import Hours, HoursError, zone
from bot.directory.service_types import TYPES
from bot.yamlstrict import LANGUAGE_CODE, Document, Problem

log = logging.getLogger(__name__)

SERVICES_DIR = "services"

# Words authors may reach for instead of the type ids, for "did you mean" hints.
TYPE_HINTS = {
    "needles": "syringe-services",
    "needle-exchange": "syringe-services",
    "nsp": "syringe-services",
    "syringes": "syringe-services",
    "ssp": "syringe-services",
    "narcan": "naloxone",
    "methadone": "opioid-agonist-therapy",
    "buprenorphine": "opioid-agonist-therapy",
    "oat": "opioid-agonist-therapy",
    "ost": "opioid-agonist-therapy",
    "mat": "opioid-agonist-therapy",
    "ops": "supervised-consumption",
    "sis": "supervised-consumption",
    "dcr": "supervised-consumption",
    "hiv": "hiv-testing",
    "hepatitis": "hepatitis-testing-treatment",
    "hcv": "hepatitis-testing-treatment",
    "prep": "prep-pep",
    "pep": "prep-pep",
    "sti": "sexual-health",
    "housing": "shelter",
    "legal": "legal-aid",
    "counselling": "mental-health",
    "counseling": "mental-health",
}
STATUSES = ("active", "temporarily-closed", "inactive")
LISTINGS = ("public", "on-request")
FIELDS = (
    "id",
    "name",
    "organization",
    "types",
    "location",
    "service_area",
    "hours",
    "timezone",
    "phone",
    "url",
    "languages",
    "community_led",
    "peer_staff",
    "low_threshold",
    "status",
    "notice",
    "verified",
    "listed",
    "sample",
)
LOCATION_FIELDS = ("lat", "lon", "address", "region")
# The same as sets, and the types' display order: looked up for every field of every service.
_FIELD_SET = frozenset(FIELDS)
_TYPE_ORDER = {t: i for i, t in enumerate(TYPES)}
# A directory file is data, not hand-written text: a national list may come as one export
# (20,000 services are about 4 MB). yamlstrict's 1 MB limit for content files is raised here;
# aliases are still limited as everywhere.
MAX_FILE_BYTES = 64_000_000
MAX_ID_LENGTH = 40  # ids travel in button data (64 bytes with the signature)
MAX_NOTICE = 300
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]{2,24}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


@dataclass(frozen=True, slots=True)  # slots: a national directory holds 100,000 of these
class Service:
    id: str
    names: Mapping[str, str]
    organization: str
    types: tuple[str, ...]
    lat: float | None = None
    lon: float | None = None
    address: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    region: str | None = None
    service_area: tuple[str, ...] = ()
    hours: Hours | None = None
    timezone: str = "UTC"
    country: str | None = None
    phone: str | None = None
    url: str | None = None
    languages: tuple[str, ...] = ()
    community_led: bool = False
    peer_staff: bool = False
    low_threshold: bool = False
    status: str = "active"
    notice: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    verified: date | None = None
    listed: str = "public"
    sample: bool = False
    file: str = ""
    line: int = 0

    def __hash__(self) -> int:
        return hash(self.id)

    def name(self, lang: str | None) -> str:
        return _pick(self.names, lang)

    def address_in(self, lang: str | None) -> str:
        return _pick(self.address, lang)

    def notice_in(self, lang: str | None) -> str:
        return _pick(self.notice, lang)

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def findable(self) -> bool:
        """Shown in search results: publicly listed and not closed for good."""
        return self.listed == "public" and self.status != "inactive"


def _pick(texts: Mapping[str, str], lang: str | None) -> str:
    if not texts:
        return ""
    return texts.get(lang or "en") or texts.get("en") or next(iter(texts.values()))


# -- loading and validation ------------------------------------------------------------------
def _regions(content_dir: Path) -> Any | None:
    """The loaded regions, or None if regions.yaml is missing or invalid (reported by its own
    validator)."""
    path = content_dir / "regions.yaml"
    if not path.exists():
        return None
    from bot.directory.regions import ContentError, Regions

    try:
        return Regions.load(path)
    except (ContentError, OSError) as exc:  # regions.yaml reports its own problems
        log.warning(
            "regions.yaml could not be loaded (%s); services are checked without it",
            type(exc).__name__,
        )
        return None


def load_services(
    content_dir: Path, regions: Any | None = None, cache_dir: Path | None = None
) -> tuple[list[Service], list[Problem]]:
    """Every valid service in ``content_dir/services/*.yaml`` and every problem found.

    A service with an error is left out (and reported); the others still load. With
    ``cache_dir``, files whose bytes, regions and checking code are unchanged are read from the
    compiled cache (``bot.directory.cache``) instead of being parsed again.
    """
    # The load makes hundreds of thousands of small objects that all live on, and the cyclic
    # garbage collector would scan them again and again; it runs less often during the load.
    with _collector_slowed():
        return _load_services(Path(content_dir), regions, cache_dir)


_slow_lock = threading.Lock()
_slowed = 0
_thresholds = gc.get_threshold()


@contextmanager
def _collector_slowed() -> Iterator[None]:
    """Collect young objects every 20,000 allocations instead of 700 (nested, thread-safe).

    Only in the main thread (the CLI). Slowed, not paused: cycles made meanwhile are still
    collected. Measured on 20,000 services (cold): paused 2.9 s, slowed 3.1 s, default 3.8 s
    of CPU.
    """
    global _slowed, _thresholds
    if threading.current_thread() is not threading.main_thread():
        # The bot's load runs in a worker thread, off the reply path: there, the other threads'
        # garbage matters more than the load's speed (a 20,000-service cold load with the
        # collector slowed left the bot at 320 MB instead of 170).
        yield
        return
    with _slow_lock:
        if _slowed == 0:
            _thresholds = gc.get_threshold()
            gc.set_threshold(max(_thresholds[0], 20_000), 50, 1000)
        _slowed += 1
    try:
        yield
    finally:
        with _slow_lock:
            _slowed -= 1
            if _slowed == 0:
                gc.set_threshold(*_thresholds)


def _load_services(
    content_dir: Path, regions: Any | None, cache_dir: Path | None
) -> tuple[list[Service], list[Problem]]:
    folder = content_dir / SERVICES_DIR
    if regions is None:
        regions = _regions(content_dir)
    services: list[Service] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    if not folder.is_dir():
        return [], []
    from bot.directory import cache

    context = ""
    if cache_dir is not None:
        regions_file = content_dir / "regions.yaml"
        regions_bytes = regions_file.read_bytes() if regions_file.exists() else b""
        context = (
            cache.code_digest()
            + hashlib.sha256(regions_bytes).hexdigest()
            + str(regions is not None)
        )
    used: set[str] = set()
    paths = sorted(folder.glob("*.yaml"))
    results: list[tuple[list[Service], list[Problem], list[tuple[str, int, int]]] | None] = []
    todo: list[tuple[int, Path, str, bytes, str]] = []  # files not in the compiled cache
    for index, path in enumerate(paths):
        display = str(path)
        cached = None
        try:
            data = path.read_bytes()
        except OSError:
            data = b""  # parse_file_ids reports it as file:line
        if cache_dir is not None:
            key = cache.key_for(data, display, context)
            used.add(key)
            cached = cache.read(cache_dir, key)
        else:
            key = ""
        results.append(cached)
        if cached is None:
            todo.append((index, path, display, data, key))
    for (index, path, display, data, key), blob in zip(
        todo, _parse_in_parallel(todo, regions), strict=True
    ):
        parsed = None if blob is None else cache.decode(blob) if blob else None
        if parsed is None:
            parsed = parse_file_ids(path, regions, display, data or None)
            if cache_dir is not None:
                cache.write(cache_dir, key, *parsed)
        elif cache_dir is not None:
            cache.write_bytes(cache_dir, key, blob)  # type: ignore[arg-type]
        results[index] = parsed
    for path, result in zip(paths, results, strict=True):
        assert result is not None
        display = str(path)
        found, file_problems, ids = result
        problems.extend(file_problems)
        # Ids must be unique across files: a later duplicate is an error and is left out.
        for service, (sid, line, column) in zip(found, ids, strict=True):
            if sid in seen:
                problems.append(
                    Problem(
                        display,
                        line,
                        column,
                        f"duplicate service id `{sid}` (first in {seen[sid]})",
                    )
                )
                continue
            seen[sid] = f"{display}:{line}"
            services.append(service)
    if cache_dir is not None:
        cache.prune(cache_dir, used)
    return services, problems


# Parsing files in parallel: only for a big cold load in a process with no other thread
# (`hrbot services near`, `hrbot content check`), with fork (the workers inherit the loaded
# code and regions; nothing is imported again). The bot loads in a worker thread, so never.
PARALLEL_MIN_BYTES = 2_000_000
_fork_regions: Any = None


def _parse_in_parallel(
    todo: list[tuple[int, Path, str, bytes, str]], regions: Any | None
) -> Iterator[bytes | None]:
    """``cache.encode`` bytes per file parsed by worker processes, or Nones (parse here), in
    ``todo``'s order. Yielded as each file is ready: the caller decodes one while the workers
    parse the next (decoding 100,000 services is most of a second on one core)."""
    global _fork_regions
    workers = min(os.cpu_count() or 1, len(todo), 4)
    if (
        workers < 2
        or sum(len(t[3]) for t in todo) < PARALLEL_MIN_BYTES
        or threading.active_count() != 1
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        yield from [None] * len(todo)
        return
    done = 0
    _fork_regions = regions
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_worker_start) as pool:
            items = [(t[1], t[2], t[3]) for t in todo]
            for blob in pool.imap(_parse_encoded, items, chunksize=1):
                done += 1
                yield blob
    except Exception:  # noqa: BLE001 - any failure of the pool: parse the rest here instead
        log.warning("Parsing the directory in parallel failed; parsing in one process")
    finally:
        _fork_regions = None
    yield from [None] * (len(todo) - done)


def _worker_start() -> None:
    """A parsing worker lives for one load and keeps nothing: no cyclic garbage collection in
    it (about a tenth of its CPU; what it allocates is freed by reference counting or when it
    ends, and a collection would also walk, and copy, the parent's inherited objects)."""
    gc.disable()


def _parse_encoded(item: tuple[Path, str, bytes]) -> bytes:
    from bot.directory import cache

    path, display, data = item
    # As plain rows: no Service objects to build here and take apart again for the pipe.
    rows, problems, ids = parse_file_ids(path, _fork_regions, display, data or None, plain=True)
    return cache.encode_rows(rows, problems, ids)


def parse_file(
    path: Path, regions: Any | None, seen: dict[str, str] | None = None, display: str | None = None
) -> tuple[list[Service], list[Problem]]:
    """One file's services and problems (``seen``: ids of earlier files, updated)."""
    found, problems, ids = parse_file_ids(path, regions, display or str(path))
    if seen is None:
        return found, problems
    kept: list[Service] = []
    for service, (sid, line, column) in zip(found, ids, strict=True):
        if sid in seen:
            problems.append(
                Problem(
                    display or str(path),
                    line,
                    column,
                    f"duplicate service id `{sid}` (first in {seen[sid]})",
                )
            )
            continue
        seen[sid] = f"{display or path}:{line}"
        kept.append(service)
    return kept, problems


def parse_file_ids(
    path: Path, regions: Any | None, display: str, data: bytes | None = None, plain: bool = False
) -> tuple[list[Any], list[Problem], list[tuple[str, int, int]]]:
    """Parse one file on its own: its services (with ``plain``, as the cache's rows),
    problems, and each service's id position."""
    doc: Document | None = None
    try:
        if data is None:
            data = path.read_bytes()
        # Plain block YAML (almost every directory file) is read by the fast reader; anything
        # else, including every error, by yamlstrict with its file:line messages.
        doc = yamlfast.loads(data.decode("utf-8"), display, MAX_FILE_BYTES)
    except (OSError, UnicodeDecodeError):
        pass
    if doc is None:
        doc = yamlstrict.load(path, display, MAX_FILE_BYTES)
    if doc.problems:
        return [], list(doc.problems), []
    data_ = doc.data
    if not isinstance(data_, dict) or not isinstance(data_.get("services"), list):
        doc.problem((), "the file must have a `services:` list at the top")
        return [], doc.problems, []
    for key in data_:
        if key not in ("services", "sample"):
            doc.problem((key,), f"unknown top-level key `{key}` (allowed: services, sample)")
    file_sample = data_.get("sample", False)
    if not isinstance(file_sample, bool):
        doc.problem(("sample",), "sample must be true or false")
        file_sample = False
    services: list[Any] = []
    ids: list[tuple[str, int, int]] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(data_["services"]):
        service = _parse_service(doc, ("services", i), raw, regions, seen, file_sample, plain)
        if service is not None:
            services.append(service)
            line, column = doc.where(("services", i, "id"))
            ids.append((service[0] if plain else service.id, line, column))
    return services, doc.problems, ids


def _parse_service(  # noqa: C901 - a record parser: one check per field, split when next changed
    doc: Document,
    at: tuple,
    raw: Any,
    regions: Any | None,
    seen: dict[str, str],
    file_sample: bool,
    plain: bool = False,
) -> Any:
    """The ``Service`` (or, with ``plain``, its values as ``bot.directory.cache`` stores them:
    what a parsing worker sends back) or None when the service has an error."""
    if not isinstance(raw, dict):
        doc.problem(at, "each service must be a block of `key: value` lines starting with `- id:`")
        return None
    errors_before = _errors(doc)
    for key in raw:
        if key not in _FIELD_SET:
            doc.problem(at + (key,), f"unknown field `{key}` (allowed: {', '.join(FIELDS)})")
    sid = doc.text(at + ("id",), raw.get("id"), "id") if "id" in raw else None
    if sid is None:
        if "id" not in raw:
            doc.problem(at, "every service needs an `id`")
        return None
    if not _ID.match(sid) or len(sid) > MAX_ID_LENGTH:
        doc.problem(
            at + ("id",),
            f"id `{sid}` must be lowercase letters, digits and single hyphens, at most {MAX_ID_LENGTH} characters",
        )
    elif sid in seen:
        doc.problem(at + ("id",), f"duplicate service id `{sid}` (first in {seen[sid]})")
    else:
        line = doc.where(at + ("id",))[0]
        seen[sid] = f"{doc.file}:{line}"

    names = _texts(doc, at + ("name",), raw.get("name"), "name", required=True)
    organization = _required_text(
        doc, at + ("organization",), raw.get("organization"), "organization"
    )
    types = _types(doc, at + ("types",), raw.get("types"))

    location = raw.get("location")
    area_raw = raw.get("service_area")
    lat = lon = None
    address: dict[str, str] = {}
    region_id: str | None = None
    area: tuple[str, ...] = ()
    if location is not None and area_raw is not None:
        doc.problem(
            at + ("service_area",),
            "give either `location` (a place people go to) or `service_area` (mobile, online or mail-order), not both",
        )
    elif location is None and area_raw is None:
        doc.problem(
            at,
            "a service needs a `location` {lat, lon, address, region} or, if it has no fixed place, a `service_area` list of region ids",
        )
    elif location is not None:
        parsed = _location(doc, at + ("location",), location, regions)
        if parsed is not None:
            lat, lon, address, region_id = parsed
    else:
        area = _area(doc, at + ("service_area",), area_raw, regions)

    # Time zone and country: the service's own, else its region's (for public holidays).
    tz_name: str | None = None
    country: str | None = None
    home = region_id or (area[0] if area else None)
    if regions is not None and home is not None:
        region = regions.get(home)
        if region is not None:
            tz_name, country = region.timezone, region.country
    if "timezone" in raw:
        text = doc.text(at + ("timezone",), raw.get("timezone"), "timezone")
        if text is not None:
            try:
                zone(text)
                tz_name = text
            except HoursError as exc:
                doc.problem(at + ("timezone",), str(exc))
    hours: Hours | None = None
    if "hours" in raw:
        text = doc.text(at + ("hours",), raw.get("hours"), "hours")
        if text is not None:
            if tz_name is None:
                if regions is not None or "timezone" in raw:
                    doc.problem(
                        at + ("hours",),
                        "the hours need a time zone: add `timezone:` or a valid region",
                    )
                tz_for_check = "UTC"
            else:
                tz_for_check = tz_name
            try:
                hours = _hours(text, tz_for_check, country)
            except HoursError as exc:
                doc.problem(at + ("hours",), f"hours `{text}`: {exc}")
            else:
                for warning in hours.warnings:
                    doc.problem(at + ("hours",), f"hours `{text}`: {warning}", "warning")
                if hours.uses_holidays and country is None:
                    doc.problem(
                        at + ("hours",),
                        "the hours mention PH (public holidays) but the service has no region with a country, so holidays cannot be known",
                        "warning",
                    )
    phone = _optional_text(doc, at + ("phone",), raw.get("phone"), "phone")
    if phone is not None and not _PHONE.match(phone):
        doc.problem(
            at + ("phone",),
            f"phone `{phone}` should be digits with an optional leading + (spaces, dashes and brackets allowed)",
        )
    url = _optional_text(doc, at + ("url",), raw.get("url"), "url")
    if url is not None and not _URL.match(url):
        doc.problem(at + ("url",), f"url `{url}` must start with https:// (or http://)")
    languages = _languages(doc, at + ("languages",), raw.get("languages"))
    flags = {}
    for flag in ("community_led", "peer_staff", "low_threshold", "sample"):
        value = raw.get(flag, file_sample if flag == "sample" else False)
        if not isinstance(value, bool):
            raw_text = doc.raw.get(at + (flag,), repr(value))
            doc.problem(at + (flag,), f"{flag} must be true or false (got `{raw_text}`)")
            value = False
        flags[flag] = value
    status = _choice(doc, at + ("status",), raw.get("status", "active"), "status", STATUSES)
    listed = _choice(doc, at + ("listed",), raw.get("listed", "public"), "listed", LISTINGS)
    notice = _texts(doc, at + ("notice",), raw.get("notice"), "notice", required=False)
    for lang, text in (notice or {}).items():
        if len(text) > MAX_NOTICE:
            doc.problem(
                at + ("notice", lang),
                f"notice is {len(text)} characters; keep it under {MAX_NOTICE} (it is a short-term message)",
            )
    verified = _date(doc, at + ("verified",), raw.get("verified"))
    if flags["sample"] and names and not all("(" in n for n in names.values()):
        doc.problem(
            at + ("name",),
            'a sample service should say so in its name, such as "(sample)"',
            "warning",
        )

    if _errors(doc) > errors_before:
        return None
    line = doc.where(at)[0]
    if plain:  # the order of bot.directory.cache's rows
        return (
            sid,
            names or {},
            organization or "",
            types,
            lat,
            lon,
            address or None,
            region_id,
            area,
            hours.text if hours is not None and tz_name is not None else None,
            tz_name or "UTC",
            country,
            phone,
            url,
            languages,
            flags["community_led"],
            flags["peer_staff"],
            flags["low_threshold"],
            status or "active",
            notice or None,
            None if verified is None else verified.toordinal(),
            listed or "public",
            flags["sample"],
            doc.file,
            line,
        )
    return Service(
        id=sid,
        names=MappingProxyType(names or {}),
        organization=organization or "",
        types=types,
        lat=lat,
        lon=lon,
        address=MappingProxyType(address),
        region=region_id,
        service_area=area,
        hours=hours if tz_name is not None else None,
        timezone=tz_name or "UTC",
        country=country,
        phone=phone,
        url=url,
        languages=languages,
        community_led=flags["community_led"],
        peer_staff=flags["peer_staff"],
        low_threshold=flags["low_threshold"],
        status=status or "active",
        notice=MappingProxyType(notice or {}),
        verified=verified,
        listed=listed or "public",
        sample=flags["sample"],
        file=doc.file,
        line=line,
    )


_HOURS: dict[tuple[str, str, str | None], Hours] = {}


def _hours(text: str, tz: str, country: str | None) -> Hours:
    """Checked hours, one object for all services with the same hours, zone and country (an
    ``Hours`` is immutable once parsed); raises ``HoursError`` like ``Hours``."""
    key = (text, tz, country)
    found = _HOURS.get(key)
    if found is None:
        found = Hours(text, tz, country)
        if len(_HOURS) >= 20_000:
            _HOURS.clear()
        _HOURS[key] = found
    return found


def _errors(doc: Document) -> int:
    return doc.errors


def _required_text(doc: Document, at: tuple, value: Any, what: str) -> str | None:
    if value is None:
        doc.problem(at, f"`{what}` is required")
        return None
    text = doc.text(at, value, what)
    if text is not None and not text.strip():
        doc.problem(at, f"`{what}` is empty")
        return None
    return text.strip() if text else None


def _optional_text(doc: Document, at: tuple, value: Any, what: str) -> str | None:
    if value is None:
        return None
    text = doc.text(at, value, what)
    return text.strip() if text and text.strip() else None


def _texts(
    doc: Document, at: tuple, value: Any, what: str, required: bool
) -> dict[str, str] | None:
    """A text, or a block of texts per language (``{en: ..., uk: ...}``)."""
    if value is None:
        if required:
            doc.problem(at, f"`{what}` is required")
        return {} if not required else None
    if isinstance(value, str):
        if not value.strip():
            doc.problem(at, f"`{what}` is empty")
            return None
        return {"en": value.strip()}
    if not isinstance(value, dict):
        doc.text(at, value, what)
        return None
    # The common case, checked without building paths and labels: every key a language code
    # and every value non-empty text. Anything else takes the way with messages below.
    fast: dict[str, str] | None = {}
    for lang, text in value.items():
        stripped = text.strip() if type(text) is str else ""
        if not stripped or not _language_code(lang):
            fast = None
            break
        fast[lang] = stripped  # type: ignore[index]
    if fast:
        return fast
    result = doc.language_texts(at, value, lambda lang: f"{what} ({lang})")
    if result is None:
        return None
    if not result:
        doc.problem(at, f"`{what}` has no text")
        return None
    return result


def _types(doc: Document, at: tuple, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        doc.problem(at, "types must be a list of one or more of: " + ", ".join(TYPES))
        return ()
    found: list[str] = []
    for j, item in enumerate(value):
        if not isinstance(item, str):
            doc.problem(at + (j,), "each type must be a word from the list: " + ", ".join(TYPES))
            continue
        if item not in TYPES:
            word = item.replace("_", "-").lower()
            close = (
                [TYPE_HINTS[word]]
                if word in TYPE_HINTS
                else [t for t in TYPES if word in t or t in word]
            )
            hint = f" (did you mean `{close[0]}`?)" if close else ""
            doc.problem(at + (j,), f"unknown type `{item}`{hint}; known types: {', '.join(TYPES)}")
            continue
        if item in found:
            doc.problem(at + (j,), f"type `{item}` is listed twice", "warning")
            continue
        found.append(item)
    return tuple(sorted(found, key=_TYPE_ORDER.__getitem__))


def _region(doc: Document, at: tuple, value: Any, regions: Any | None) -> str | None:
    text = doc.text(at, value, "region")
    if text is None:
        return None
    if regions is not None and regions.get(text) is None:
        near = (
            [r.id for r, _score in regions.search(text.replace("-", " "), limit=1, min_score=85.0)]
            if hasattr(regions, "search")
            else []
        )
        hint = f" (did you mean `{near[0]}`?)" if near else ""
        doc.problem(
            at, f"unknown region `{text}`{hint}; region ids are listed in content/regions.yaml"
        )
        return None
    return text


def _location(
    doc: Document, at: tuple, value: Any, regions: Any | None
) -> tuple[float, float, dict[str, str], str] | None:
    if not isinstance(value, dict):
        doc.problem(at, "location must be a block with lat, lon, address and region")
        return None
    ok = True
    for key in value:
        if key not in LOCATION_FIELDS:
            doc.problem(
                at + (key,),
                f"unknown location field `{key}` (allowed: {', '.join(LOCATION_FIELDS)})",
            )
            ok = False
    coords: list[float] = []
    for key, limit in (("lat", 90.0), ("lon", 180.0)):
        number = value.get(key)
        if number is None:
            doc.problem(at, f"location needs `{key}`")
            ok = False
            continue
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            doc.problem(at + (key,), f"location {key} must be a number in degrees, without quotes")
            ok = False
            continue
        if not -limit <= float(number) <= limit:
            doc.problem(
                at + (key,), f"location {key} {number} is out of range (-{limit:g} to {limit:g})"
            )
            ok = False
            continue
        coords.append(float(number))
    address = _texts(doc, at + ("address",), value.get("address"), "address", required=True)
    if "region" not in value:
        doc.problem(at, "location needs the `region` id it is in (from content/regions.yaml)")
        return None
    region = _region(doc, at + ("region",), value.get("region"), regions)
    if not ok or address is None or region is None or len(coords) != 2:
        return None
    lat, lon = coords
    if regions is not None:
        _check_near_region(doc, at, lat, lon, regions.get(region))
    return lat, lon, address, region


# A point farther than this from its region's centre is probably a swapped lat/lon or a typo.
_MAX_FROM_CENTER_KM = {"city": 80.0, "province": 600.0, "country": 3500.0}


def _check_near_region(doc: Document, at: tuple, lat: float, lon: float, region: Any) -> None:
    if region is None:
        return
    limit = _MAX_FROM_CENTER_KM.get(region.level)
    distance_km = haversine_m(lat, lon, region.center[0], region.center[1]) / 1000
    if limit is not None and distance_km > limit:
        doc.problem(
            at + ("lat",),
            f"this point is {distance_km:.0f} km from the centre of {region.id}; are lat and lon right (not swapped)?",
            "warning",
        )


def _area(doc: Document, at: tuple, value: Any, regions: Any | None) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        doc.problem(
            at, "service_area must be a list of one or more region ids, such as [ua-kyiv-city]"
        )
        return ()
    found: list[str] = []
    for j, item in enumerate(value):
        region = _region(doc, at + (j,), item, regions)
        if region is not None and region not in found:
            found.append(region)
    return tuple(found)


def _languages(doc: Document, at: tuple, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        doc.problem(at, "languages must be a list of language codes, such as [uk, ru, en]")
        return ()
    if all(map(_language_code, value)):  # the common case, without building paths
        return tuple(value)
    found: list[str] = []
    for j, item in enumerate(value):
        text = doc.text(at + (j,), item, "a language code")
        if text is None:
            continue
        if not LANGUAGE_CODE.match(text):
            doc.problem(at + (j,), f"`{text}` is not a language code such as en, ru, uk or es")
            continue
        found.append(text)
    return tuple(found)


_CODES: dict[str, bool] = {}


def _language_code(value: Any) -> bool:
    """Whether ``value`` is text that ``LANGUAGE_CODE`` matches (remembered: a directory
    repeats a handful of codes many thousands of times)."""
    if type(value) is not str:
        return False
    ok = _CODES.get(value)
    if ok is None:
        ok = bool(LANGUAGE_CODE.match(value))
        if len(_CODES) < 1000:
            _CODES[value] = ok
    return ok


def _choice(
    doc: Document, at: tuple, value: Any, what: str, allowed: tuple[str, ...]
) -> str | None:
    if value not in allowed:
        doc.problem(at, f"{what} must be one of {', '.join(allowed)} (got `{value}`)")
        return None
    return value


def _date(doc: Document, at: tuple, value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    doc.problem(at, "verified must be a date written as YYYY-MM-DD, such as 2026-10-15")
    return None


def validate_services(content_dir: Path) -> list[Problem]:
    """``hrbot content check``: every problem in ``content/services/*.yaml``."""
    _services, problems = load_services(Path(content_dir))
    return problems


if validate_services not in contentcheck.VALIDATORS:
    contentcheck.VALIDATORS.append(validate_services)


# -- the searchable directory ----------------------------------------------------------------
class ServiceDirectory:
    """Loaded services with nearest-k indexes: one over every findable service with a place,
    and one per type (so a filtered search is as fast as an unfiltered one), each type's built
    the first time someone searches for that type (a national directory starts faster)."""

    def __init__(self, services: Iterable[Service]) -> None:
        self.services: list[Service] = list(services)
        self.by_id: dict[str, Service] = {s.id: s for s in self.services}
        self._placed = [s for s in self.services if s.findable and s.has_point]
        self.index: GeoIndex[str] = GeoIndex((s.id, s.lat, s.lon) for s in self._placed)  # type: ignore[misc]
        self._by_type: dict[str, GeoIndex[str] | None] = {}
        self.area_services: list[Service] = [
            s for s in self.services if s.findable and not s.has_point
        ]

    def type_index(self, type_id: str) -> GeoIndex[str] | None:
        """The nearest-k index of one service type (None if no service has it)."""
        if type_id not in self._by_type:
            members = [(s.id, s.lat, s.lon) for s in self._placed if type_id in s.types]
            self._by_type[type_id] = GeoIndex(members) if members else None  # type: ignore[arg-type]
        return self._by_type[type_id]

    @property
    def by_type(self) -> dict[str, GeoIndex[str]]:
        """Every type's index (built now if not yet)."""
        return {t: index for t in TYPES if (index := self.type_index(t)) is not None}

    @classmethod
    def load(
        cls, content_dir: Path, regions: Any | None = None, cache_dir: Path | None = None
    ) -> ServiceDirectory:
        with _collector_slowed():
            services, problems = load_services(content_dir, regions, cache_dir)
            directory = cls(services)
        errors = [p for p in problems if p.level == "error"]
        if errors:
            log.error(
                "%d problem(s) in content/services; the services concerned are left out "
                "(run `hrbot content check`): first: %s",
                len(errors),
                errors[0],
            )
        return directory

    def __len__(self) -> int:
        return len(self.services)

    def get(self, service_id: str) -> Service | None:
        return self.by_id.get(service_id)

    def nearest(
        self, lat: float, lon: float, k: int, type_id: str | None = None
    ) -> list[tuple[Service, float]]:
        index = self.index if type_id is None else self.type_index(type_id)
        if index is None:
            return []
        return [(self.by_id[sid], dist) for sid, dist in index.nearest(lat, lon, k)]
