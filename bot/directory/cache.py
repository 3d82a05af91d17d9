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

from __future__ import annotations

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
            path.name,
            type(exc).__name__,
        )
        return None
    return services, problems, ids


def write(
    folder: Path,
    key: str,
    services: list[Any],
    problems: list[Problem],
    ids: list[tuple[str, int, int]],
) -> None:
    """Store one file's result (best effort: a read-only disk only costs speed)."""
    payload = (
        FORMAT,
        [_plain(s) for s in services],
        [(p.file, p.line, p.column, p.message, p.level) for p in problems],
        ids,
    )
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / f"{PREFIX}{key}{SUFFIX}"
        partial = folder / f".{PREFIX}{key}.{os.getpid()}.tmp"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(payload, handle, protocol=5)
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
            try:
                entry.unlink()
            except OSError:
                pass


def _plain(service: Any) -> tuple[Any, ...]:
    """A Service as plain values, in the order ``_service`` reads them."""
    d = service.__dict__
    hours, verified = d["hours"], d["verified"]
    return (
        d["id"],
        dict(d["names"]),
        d["organization"],
        d["types"],
        d["lat"],
        d["lon"],
        dict(d["address"]) or None,
        d["region"],
        d["service_area"],
        None if hours is None else hours.text,
        d["timezone"],
        d["country"],
        d["phone"],
        d["url"],
        d["languages"],
        d["community_led"],
        d["peer_staff"],
        d["low_threshold"],
        d["status"],
        dict(d["notice"]) or None,
        None if verified is None else verified.toordinal(),
        d["listed"],
        d["sample"],
        d["file"],
        d["line"],
    )


_EMPTY: MappingProxyType = MappingProxyType({})


def _service(row: tuple[Any, ...]) -> Any:
    """A Service from its cached values, without running the checks again (they ran when the
    file was compiled). Built straight into the frozen dataclass's ``__dict__``: a national
    directory decodes 100,000 of these at start."""
    (
        sid,
        names,
        organization,
        types,
        lat,
        lon,
        address,
        region,
        area,
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
    ) = row
    service = object.__new__(_Service)
    service.__dict__.update(
        id=sid,
        names=MappingProxyType(names),
        organization=organization,
        types=types,
        lat=lat,
        lon=lon,
        address=MappingProxyType(address) if address else _EMPTY,
        region=region,
        service_area=area,
        hours=None if hours is None else _Hours.trusted(hours, timezone, country),
        timezone=timezone,
        country=country,
        phone=phone,
        url=url,
        languages=languages,
        community_led=community_led,
        peer_staff=peer_staff,
        low_threshold=low_threshold,
        status=status,
        notice=MappingProxyType(notice) if notice else _EMPTY,
        verified=None if verified is None else date.fromordinal(verified),
        listed=listed,
        sample=sample,
        file=file,
        line=line,
    )
    return service
