"""A compiled cache of the service directory, so a national directory loads in seconds.

The YAML files stay the source of truth. Reading and checking YAML costs tens of microseconds
per service, so each checked file is also written here: its services as plain tuples and its
problems (with the same ``file:line:column`` messages). A file is read from the cache only
when its bytes, ``regions.yaml`` and the checking code are all unchanged (their SHA-256 is the
cache file's name); anything else is parsed again.

The format is pickle (protocol 5) of plain values only: of JSON, marshal and pickle it was the
fastest to write and read and the smallest (20,000 services: 0.26 s to write, 0.12 s to read,
6.2 MB; JSON 0.52 s, 0.34 s, 9.0 MB; ``bench/directory_bench.py``). It is read by an unpickler
that refuses every class and function (``_PlainUnpickler``), so a file someone slipped into
the folder cannot run code; only tuples, lists, dicts, text and numbers come out, and a damaged
or foreign file is simply parsed again.

Cache files live in a folder beside the database (``<data>/cache``), mode 0600.
"""

from __future__ import annotations  # noqa: I001

import hashlib
import io
import logging
import os
import pickle
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.directory.hours import Hours as _Hours
from bot.directory.services import Service as _Service
from bot.yamlstrict import Problem
import contextlib

log = logging.getLogger(__name__)

FORMAT = 2
PREFIX = "services-"
SUFFIX = ".bin"


def code_digest() -> str:
    """The checking code's own hash: a change in the rules makes every entry stale."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    here = Path(__file__).resolve().parent
    for name in (
        "services.py",
        "service_types.py",
        "hours.py",
        "cache.py",
        "regions.py",
        "../yamlstrict.py",
        "../yamlfast.py",
    ):
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()


def key_for(data: bytes, display: str, context: str) -> str:
    return hashlib.sha256(context.encode() + b"\0" + display.encode() + b"\0" + data).hexdigest()


class _PlainUnpickler(pickle.Unpickler):
    """Plain data only: any class or function in the file is refused, never imported."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def read(
    folder: Path, key: str
) -> tuple[list[Any], list[Problem], list[tuple[str, int, int]]] | None:
    """The compiled file for ``key``, or None (missing, damaged or of another format)."""
    path = folder / f"{PREFIX}{key}{SUFFIX}"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("Directory cache entry %s is unreadable (%s)", path.name, type(exc).__name__)
        return None
    return decode(data, path.name)


def decode(
    data: bytes, name: str = "<compiled>"
) -> tuple[list[Any], list[Problem], list[tuple[str, int, int]]] | None:
    """Services, problems and id positions from ``encode``'s bytes (None if not that)."""
    try:
        fmt, rows, problem_rows, ids = _PlainUnpickler(io.BytesIO(data)).load()
        if fmt != FORMAT:
            return None
        services = [_service(row) for row in rows]
        problems = [Problem(*p) for p in problem_rows]
        ids = [(i[0], i[1], i[2]) for i in ids]
    except Exception as exc:  # noqa: BLE001 - whatever a damaged or foreign file raises: parse again
        log.warning(
            "Directory cache entry %s is unreadable (%s); parsing the YAML again",
            name,
            type(exc).__name__,
        )
        return None
    return services, problems, ids


def encode(services: list[Any], problems: list[Problem], ids: list[tuple[str, int, int]]) -> bytes:
    """One file's result as plain-data pickle (what ``write`` stores and ``decode`` reads)."""
    return encode_rows([_plain(s) for s in services], problems, ids)


def encode_rows(
    rows: list[tuple[Any, ...]], problems: list[Problem], ids: list[tuple[str, int, int]]
) -> bytes:
    """``encode`` of services already as plain rows (what ``_plain`` makes of each)."""
    payload = (
        FORMAT,
        rows,
        [(p.file, p.line, p.column, p.message, p.level) for p in problems],
        ids,
    )
    return pickle.dumps(payload, protocol=5)


def write(
    folder: Path,
    key: str,
    services: list[Any],
    problems: list[Problem],
    ids: list[tuple[str, int, int]],
) -> None:
    """Store one file's result (best effort: a read-only disk only costs speed)."""
    write_bytes(folder, key, encode(services, problems, ids))


def write_bytes(folder: Path, key: str, data: bytes) -> None:
    """Store ``encode``'s bytes for ``key`` (best effort)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / f"{PREFIX}{key}{SUFFIX}"
        partial = folder / f".{PREFIX}{key}.{os.getpid()}.tmp"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(partial, path)
    except OSError as exc:
        log.debug("Could not write the directory cache (%s)", type(exc).__name__)


def prune(folder: Path, keep: set[str]) -> None:
    """Remove cache files that no current file uses (content changed or was removed)."""
    try:
        entries = list(folder.glob(f"{PREFIX}*"))
    except OSError:
        return
    for entry in entries:
        if entry.name[len(PREFIX) :].split(".", 1)[0] not in keep:
            with contextlib.suppress(OSError):
                entry.unlink()


def _plain(service: Any) -> tuple[Any, ...]:
    """A Service as plain values, in the order ``_service`` reads them."""
    hours, verified = service.hours, service.verified
    return (
        service.id,
        dict(service.names),
        service.organization,
        service.types,
        service.lat,
        service.lon,
        dict(service.address) or None,
        service.region,
        service.service_area,
        None if hours is None else hours.text,
        service.timezone,
        service.country,
        service.phone,
        service.url,
        service.languages,
        service.community_led,
        service.peer_staff,
        service.low_threshold,
        service.status,
        dict(service.notice) or None,
        None if verified is None else verified.toordinal(),
        service.listed,
        service.sample,
        service.file,
        service.line,
    )


_EMPTY: MappingProxyType = MappingProxyType({})


_NAMES = (
    "id",
    "names",
    "organization",
    "types",
    "lat",
    "lon",
    "address",
    "region",
    "service_area",
    "hours",
    "timezone",
    "country",
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
    "file",
    "line",
)
_set = object.__setattr__
# Values many services repeat (type lists, languages, opening hours, zone names) are shared
# between them rather than held once per service: a third less memory at 100,000 services.
_SHARED_MAX = 50_000
_shared: dict[Any, Any] = {}


def _share(value: Any) -> Any:
    found = _shared.get(value)
    if found is None:
        if len(_shared) >= _SHARED_MAX:
            _shared.clear()
        _shared[value] = found = value
    return found


def _hours(text: str, timezone: str, country: str | None) -> _Hours:
    key = ("hours", text, timezone, country)
    found = _shared.get(key)
    if found is None:
        if len(_shared) >= _SHARED_MAX:
            _shared.clear()
        _shared[key] = found = _Hours.trusted(text, timezone, country)
    return found


def _service(row: tuple[Any, ...]) -> Any:
    """A Service from its cached values, without running the checks again (they ran when the
    file was compiled). A national directory decodes 100,000 of these at start: the fields
    are set one by one, unrolled (half the time of a loop over the names)."""
    (
        sid,
        names,
        organization,
        types,
        lat,
        lon,
        address,
        region,
        service_area,
        hours,
        timezone,
        country,
        phone,
        url,
        languages,
        community_led,
        peer_staff,
        low_threshold,
        status,
        notice,
        verified,
        listed,
        sample,
        file,
        line,
    ) = row  # ValueError for a row of another shape
    timezone = _share(timezone)
    service = _new(_Service)
    _set(service, "id", sid)
    _set(service, "names", _proxy(names))
    _set(service, "organization", organization)
    _set(service, "types", _share(types))
    _set(service, "lat", lat)
    _set(service, "lon", lon)
    _set(service, "address", _proxy(address) if address else _EMPTY)
    _set(service, "region", region)
    _set(service, "service_area", _share(service_area))
    _set(service, "hours", None if hours is None else _hours(hours, timezone, country))
    _set(service, "timezone", timezone)
    _set(service, "country", country)
    _set(service, "phone", phone)
    _set(service, "url", url)
    _set(service, "languages", _share(languages))
    _set(service, "community_led", community_led)
    _set(service, "peer_staff", peer_staff)
    _set(service, "low_threshold", low_threshold)
    _set(service, "status", _share(status))
    _set(service, "notice", _proxy(notice) if notice else _EMPTY)
    _set(service, "verified", None if verified is None else _from_ordinal(verified))
    _set(service, "listed", _share(listed))
    _set(service, "sample", sample)
    _set(service, "file", file)
    _set(service, "line", line)
    return service


_new = object.__new__
_proxy = MappingProxyType
_from_ordinal = date.fromordinal
