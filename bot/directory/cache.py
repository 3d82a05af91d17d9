"""A compiled cache of the service directory, so a national directory loads in seconds.

The YAML files stay the source of truth. Reading YAML with positions for every value costs
about half a millisecond per service, so each checked file is also written here as compact
JSON: its services and its problems (with the same ``file:line:column`` messages). A file is
read from the cache only when its bytes, ``regions.yaml`` and the checking code are all
unchanged (their SHA-256 is the cache file's name); anything else is parsed again. The cache is
plain data (no pickle): a file someone slipped into the folder cannot run code, and a
damaged one is simply parsed again.

Cache files live in a folder beside the database (``<data>/cache``), mode 0600.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.yamlstrict import Problem

log = logging.getLogger(__name__)

FORMAT = 1
PREFIX = "services-"


def code_digest() -> str:
    """The checking code's own hash: a change in the rules makes every entry stale."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    here = Path(__file__).resolve().parent
    for name in ("services.py", "hours.py", "cache.py", "regions.py", "../yamlstrict.py"):
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()


def key_for(data: bytes, display: str, context: str) -> str:
    return hashlib.sha256(context.encode() + b"\0" + display.encode() + b"\0" + data).hexdigest()


def read(
    folder: Path, key: str
) -> tuple[list[Any], list[Problem], list[tuple[str, int, int]]] | None:
    """The compiled file for ``key``, or None (missing, damaged or of another format)."""
    from bot.directory.services import Service  # noqa: F401 - decoded below

    path = folder / f"{PREFIX}{key}.json"
    try:
        raw = json.loads(path.read_bytes())
        if raw.get("format") != FORMAT:
            return None
        services = [_service(item) for item in raw["services"]]
        problems = [Problem(p[0], p[1], p[2], p[3], p[4]) for p in raw["problems"]]
        ids = [(i[0], i[1], i[2]) for i in raw["ids"]]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
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
    payload = {
        "format": FORMAT,
        "services": [_plain(s) for s in services],
        "problems": [[p.file, p.line, p.column, p.message, p.level] for p in problems],
        "ids": [list(i) for i in ids],
    }
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / f"{PREFIX}{key}.json"
        partial = folder / f".{PREFIX}{key}.{os.getpid()}.tmp"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(partial, path)
    except OSError as exc:
        log.debug("Could not write the directory cache (%s)", type(exc).__name__)


def prune(folder: Path, keep: set[str]) -> None:
    """Remove cache files that no current file uses (content changed or was removed)."""
    try:
        entries = list(folder.glob(f"{PREFIX}*.json"))
    except OSError:
        return
    for entry in entries:
        if entry.name[len(PREFIX) : -len(".json")] not in keep:
            try:
                entry.unlink()
            except OSError:
                pass


_FIELDS = (
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


def _plain(service: Any) -> list[Any]:
    out: list[Any] = []
    for name in _FIELDS:
        value = getattr(service, name)
        if name in ("names", "address", "notice"):
            value = dict(value)
        elif name in ("types", "service_area", "languages"):
            value = list(value)
        elif name == "hours":
            value = None if value is None else value.text
        elif name == "verified":
            value = None if value is None else value.isoformat()
        out.append(value)
    return out


_EMPTY: MappingProxyType = MappingProxyType({})


def _service(item: list[Any]) -> Any:
    """A Service from its cached fields, without running the checks again (they ran when the
    file was compiled). Built straight into the frozen dataclass's ``__dict__``: a national
    directory decodes 100,000 of these at start."""
    from bot.directory.hours import Hours
    from bot.directory.services import Service

    values = dict(zip(_FIELDS, item, strict=True))
    for name in ("names", "address", "notice"):
        value = values[name]
        values[name] = MappingProxyType(value) if value else _EMPTY
    for name in ("types", "service_area", "languages"):
        values[name] = tuple(values[name])
    if values["hours"] is not None:
        values["hours"] = Hours.trusted(values["hours"], values["timezone"], values["country"])
    if values["verified"] is not None:
        values["verified"] = date.fromisoformat(values["verified"])
    service = object.__new__(Service)
    service.__dict__.update(values)
    return service
