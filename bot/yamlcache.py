"""Parsed content files kept between runs, so a big library starts and checks in seconds.

``yamlstrict.loads`` (duplicate keys, positions for every value, YAML 1.1 traps) is most of
the time of loading 1,000 topics. Its result depends only on the file's text, its display name
and the parser's code, so ``load`` keeps it in a cache folder keyed by a hash of exactly those,
and parses again only what changed. The YAML files stay the only source of truth: a changed
byte is a new key, and every problem (``file:line:column``) is the one a fresh parse reports.

The cache folder is ``HRBOT_YAML_CACHE`` (``off``: no cache), else ``hrbot/yaml`` in the user's
cache folder. Entries are pickles read back with an unpickler that accepts only the types a
parse produces; an unreadable or foreign entry is parsed again. Entries of old file versions
are not deleted (they are small; the folder can be removed at any time).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
import sys
import threading
from functools import lru_cache
from pathlib import Path
from types import EllipsisType
from typing import Any

from bot import yamlstrict
from bot.yamlstrict import Document

log = logging.getLogger(__name__)

ENV = "HRBOT_YAML_CACHE"
_ALLOWED = {
    ("bot.yamlstrict", "Document"),
    ("bot.yamlstrict", "Problem"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "bytes"),
    ("builtins", "bytearray"),
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a parsed file")
        return super().find_class(module, name)


@lru_cache(maxsize=1)
def _version() -> bytes:
    """The parser's code: this module, yamlstrict and PyYAML's version."""
    digest = hashlib.sha256()
    for module in (yamlstrict, sys.modules[__name__]):
        source = getattr(module, "__file__", None)
        if source:
            digest.update(Path(source).read_bytes())
    import yaml

    digest.update(yaml.__version__.encode())
    return digest.digest()


def cache_dir() -> Path | None:
    """The folder of parsed files (``HRBOT_YAML_CACHE``, read by ``bot.config``)."""
    from bot.config import yaml_cache_dir

    return yaml_cache_dir()


def load(
    path: Path, display: str | None = None, folder: Path | None | EllipsisType = ...
) -> Document:
    """``yamlstrict.load(path, display)``, read from the cache when this text was parsed before.
    ``folder``: the cache folder (None: no cache); by default ``cache_dir()``, looked up now."""
    return load_with_text(path, display, folder)[0]


def load_with_text(
    path: Path, display: str | None = None, folder: Path | None | EllipsisType = ...
) -> tuple[Document, str | None]:
    """``load``, and the file's text when it was read as UTF-8 (None otherwise), for a caller
    that needs its lines too (the file is read once)."""
    if isinstance(folder, EllipsisType):
        folder = cache_dir()
    if folder is None:
        return yamlstrict.load(path, display), None
    name = display or str(path)
    try:
        if path.stat().st_size > yamlstrict.MAX_FILE_BYTES:
            return yamlstrict.load(path, display), None
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return yamlstrict.load(path, display), None  # the same problem as without a cache
    return _load_text(text, name, folder), text


def _load_text(text: str, name: str, folder: Path) -> Document:
    digest = hashlib.sha256(_version())
    digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    key = digest.hexdigest()
    entry = folder / key[:2] / f"{key}.pickle"
    try:
        data = entry.read_bytes()
    except OSError:
        data = None
    if data is not None:
        try:
            doc = _Unpickler(io.BytesIO(data)).load()
            if isinstance(doc, Document) and doc.file == name:
                return doc
        except Exception as exc:  # noqa: BLE001 - a damaged entry is parsed again
            log.debug("A YAML cache entry could not be read (%s)", type(exc).__name__)
    doc = yamlstrict.loads(text, name)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f"{entry.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_bytes(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, entry)
    except (OSError, pickle.PicklingError, RecursionError) as exc:
        log.debug("A YAML cache entry could not be written (%s)", type(exc).__name__)
    return doc
