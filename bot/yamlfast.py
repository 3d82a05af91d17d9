"""A fast reader for the plain block YAML that directory files are written in.

``bot.yamlstrict`` builds a node (with two position marks) for every value through libyaml and
then converts it: about 0.2 ms per service, seconds for a national directory. Directory files
use a small part of YAML: block mappings and lists, one-line plain or quoted values, short
``[a, b]`` lists. This module reads exactly that part, line by line, into the same
``Document`` (data, ``line:column`` of every value, raw text of plain values not read as text),
and gives up (returns None) at the first thing outside it: anchors, tags, multi-line values,
block scalars, duplicate or unusual keys, tabs, unusual characters, anything it cannot be sure
about. The caller then reads the file with ``yamlstrict`` as before, so every error and
``file:line`` message still comes from one place. Values are resolved with PyYAML's own
resolver patterns (YAML 1.1: ``no`` is false, ``2026-11-01`` a date, ``1.5`` a number).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from yaml.resolver import Resolver

from bot.yamlstrict import MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES, Document

_STR = "tag:yaml.org,2002:str"
# first character -> [(tag, pattern)], as PyYAML resolves plain scalars
_IMPLICIT: dict[Any, list[tuple[str, re.Pattern[str]]]] = Resolver.yaml_implicit_resolvers
_BOOL = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]*\Z")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
# First characters of a plain value that is text whatever follows (not an indicator, and no
# YAML 1.1 resolver starts with it).
_TEXT_START = frozenset(
    c
    for c in map(chr, range(0x20, 0x2FF))
    if c.isprintable() and c not in "&*!|>%@`{}[],#'\"?:- " and c not in _IMPLICIT
) | frozenset(map(chr, range(0x400, 0x530)))
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?\Z")
# Characters that YAML reads as something other than the start of a plain value.
_INDICATORS = frozenset("&*!|>%@`{}[],#'\"?:-")
# Anything libyaml might read differently or reject: other line breaks, tabs, a byte-order
# mark, non-printable characters, surrogates; and document markers (``_unusual``).
_UNUSUAL = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def _unusual(text: str) -> bool:
    """An unusual character, or a line starting with ``---`` or ``...``: what the regular
    expression ``^(?:---|\\.\\.\\.)`` (multi-line) finds, four times faster as text searches."""
    return bool(
        _UNUSUAL.search(text)
        or text.startswith(("---", "..."))
        or "\n---" in text
        or "\n..." in text
    )


class _GiveUp(Exception):
    """The text uses YAML beyond this reader; the caller reads it with ``yamlstrict``."""


def loads(text: str, name: str, max_bytes: int = MAX_FILE_BYTES) -> Document | None:
    """The ``Document`` ``yamlstrict.loads(text, name)`` would give, or None to ask it.

    Positions are found when asked for: reading ``marks`` or ``raw`` for a path inside one
    item of a top-level list reads that item's lines again, with positions (checks ask for
    positions only where they report something); any other path reads the whole file again.
    """
    if len(text) > max_bytes or _unusual(text):
        return None
    reader = _Reader(text)
    # No anchors here (they are handed over), so values are bounded by the size, as in
    # yamlstrict for the same limit.
    reader.max_values = (
        MAX_VALUES if max_bytes <= MAX_FILE_BYTES else max(MAX_VALUES, max_bytes // 4)
    )
    try:
        data = reader.read()
    except (_GiveUp, RecursionError, ValueError):
        return None
    doc = Document(name, data)
    doc.marks = _Marks(reader)  # type: ignore[assignment]
    doc.raw = _Raw(reader)  # type: ignore[assignment]
    return doc


Path_ = tuple[Any, ...]


class _Reader:
    def __init__(self, text: str) -> None:
        # Each line that is not blank or a comment: its number, indentation and text without
        # surrounding spaces. Split on "\n" only: ``loads`` handed over any other line break.
        self.rows: list[tuple[int, int, str]] = [
            (number, len(line) - len(line.lstrip(" ")), content)
            for number, line in enumerate(text.split("\n"), 1)
            if (content := line.strip(" ")) and content[0] != "#"
        ]
        self.count = len(self.rows)
        self.marks: dict[Path_, tuple[int, int]] = {}
        self.raw: dict[Path_, str] = {}
        self.values = 0
        self.max_values = MAX_VALUES
        self.marking = False
        # (top-level key, index) -> (row, column) of each item of a top-level list
        self.items: dict[tuple[Any, Any], tuple[int, int]] = {}
        self.done: set[Any] = set()  # item keys whose positions are read; "all" for the file

    def read(self) -> Any:
        if not self.rows or self.rows[0][1] != 0:
            raise _GiveUp
        data, i = self.block(0, (), 0)
        if i != self.count or self.values > self.max_values:
            raise _GiveUp
        return data

    def locate(self, path: Path_) -> None:
        """Read the positions of the item ``path`` is in (or of the whole file)."""
        if "all" in self.done:
            return
        item = path[:2] if len(path) >= 2 else None
        if item is not None and item in self.done:
            return
        self.marking = True
        try:
            if item is not None and item in self.items:
                row, column = self.items[item]
                self._item(row, self.rows[row][1], self.rows[row][2], column, item, 2)
                self.done.add(item)
            else:
                self.values = 0
                self.block(0, (), 0)
                self.done.add("all")
        finally:
            self.marking = False

    def block(self, i: int, path: Path_ | None, depth: int) -> tuple[Any, int]:
        if depth >= MAX_DEPTH:
            raise _GiveUp
        _number, indent, content = self.rows[i]
        if content == "-" or content.startswith("- "):
            return self.sequence(i, indent, path, depth + 1)
        return self.mapping(i, indent, content, path, depth + 1)

    def mapping(
        self, i: int, indent: int, content: str, path: Path_ | None, depth: int
    ) -> tuple[dict[str, Any], int]:
        rows, count, marks = self.rows, self.count, self.marks
        result: dict[str, Any] = {}
        number = rows[i][0]
        if path is not None:
            marks[path] = (number, indent + 1)
        # Paths (and positions) are recorded down to the fields of a top-level list's items
        # (``services[i].name``: checks report there most), deeper only when asked.
        record = path is not None and (self.marking or len(path) < 3)
        texts = 1  # values counted here (added to self.values once, at the end)
        plain_keys = _PLAIN_KEYS
        while True:
            key, colon, after = content.partition(":")
            if not colon or key in result or not (plain_keys.get(key) or _plain_key(key)):
                raise _GiveUp  # not `key: ...`, a duplicate, or a key YAML reads as true/null
            if after:
                if after[0] != " ":
                    raise _GiveUp  # `key:value` (what _KEY would not match either)
                rest: str | None = after.lstrip(" ")
            else:
                rest = None
            at = path + (key,) if record else None  # type: ignore[operator]
            if not rest or rest[0] == "#":
                # The value is the block on the next lines (a list may start at this indent).
                i += 1
                if i >= count:
                    raise _GiveUp  # an empty value (null): rare, yamlstrict knows its marks
                below = rows[i]
                if below[1] > indent or (
                    below[1] == indent and (below[2] == "-" or below[2].startswith("- "))
                ):
                    result[key], i = self.block(i, at, depth)
                else:
                    raise _GiveUp
            elif (
                rest[0] in _TEXT_START and " #" not in rest and ": " not in rest and rest[-1] != ":"
            ):
                # Text that cannot be anything else (the common case), without the detour.
                result[key] = rest
                texts += 1
                if at is not None:
                    marks[at] = (number, indent + len(content) - len(rest) + 1)
                i += 1
            else:
                result[key] = self.scalar(rest, number, indent + len(content) - len(rest), at)
                i += 1
            if i >= count:
                break
            number, below_indent, content = rows[i]
            if below_indent != indent:
                if below_indent > indent:
                    raise _GiveUp  # a value continued on the next line, or bad indentation
                break
            if content[0] == "-" and (content == "-" or content[1] == " "):
                break
        self.values += texts
        return result, i

    def sequence(
        self, i: int, indent: int, path: Path_ | None, depth: int
    ) -> tuple[list[Any], int]:
        rows, count = self.rows, self.count
        result: list[Any] = []
        if path is not None:
            self.marks[path] = (rows[i][0], indent + 1)
        self.values += 1
        top = path is not None and len(path) == 1 and not self.marking
        while i < count:
            _number, row_indent, content = rows[i]
            if row_indent != indent or not content.startswith("- "):
                if row_indent > indent or content == "-":
                    raise _GiveUp
                break
            at = path + (len(result),) if path is not None else None
            if top:
                self.items[at] = (i, indent)  # type: ignore[index]
            value, i = self._item(i, indent, content, indent, at, depth)
            result.append(value)
        return result, i

    def _item(
        self, i: int, indent: int, content: str, dash: int, at: Path_ | None, depth: int
    ) -> tuple[Any, int]:
        """One ``- value`` line of a list whose dashes are at column ``dash`` (0-based)."""
        rest = content[2:].lstrip(" ")
        if not rest or rest[0] == "#" or rest.startswith("- ") or rest == "-":
            raise _GiveUp
        column = dash + len(content) - len(rest)
        if _KEY.match(rest):
            value, i = self.mapping(i, column, rest, at, depth + 1)
            if i < self.count and self.rows[i][1] > dash:
                raise _GiveUp
            return value, i
        return self.scalar(rest, self.rows[i][0], column, at), i + 1

    def scalar(self, rest: str, number: int, column: int, at: Path_ | None) -> Any:
        """The one-line value ``rest`` that starts at 0-based ``column`` of line ``number``."""
        first = rest[0]
        if at is not None:
            self.marks[at] = (number, column + 1)
        self.values += 1
        if first == "'":
            end = 1
            while True:
                end = rest.find("'", end)
                if end < 0:
                    raise _GiveUp  # continues on the next line
                if rest[end + 1 : end + 2] == "'":
                    end += 2
                    continue
                break
            _after(rest, end + 1)
            return rest[1:end].replace("''", "'")
        if first == '"':
            end = rest.find('"', 1)
            if end < 0 or "\\" in rest[:end]:
                raise _GiveUp
            _after(rest, end + 1)
            return rest[1:end]
        if first == "[":
            return self.flow(rest, number, column, at)
        comment = rest.find(" #")
        value = rest if comment < 0 else rest[:comment].rstrip(" ")
        return self.plain(value, at)

    def flow(self, rest: str, number: int, column: int, at: Path_ | None) -> list[Any]:
        if not self.marking:
            # The same short lists come back line after line (languages, types): read once.
            known = _FLOWS.get(rest)
            if known is not None:
                self.values += len(known)
                return list(known)
            items = self._flow(rest, number, column, at)
            if len(_FLOWS) < _FLOWS_MAX:
                _FLOWS[rest] = tuple(items)
            return items
        return self._flow(rest, number, column, at)

    def _flow(self, rest: str, number: int, column: int, at: Path_ | None) -> list[Any]:
        end = rest.find("]")
        if end < 0:
            raise _GiveUp
        _after(rest, end + 1)
        inner = rest[1:end]
        if _FLOW_STOP.search(inner):
            raise _GiveUp
        items: list[Any] = []
        if not inner.strip(" "):
            return items
        offset = 1
        marking = self.marking
        for part in inner.split(","):
            item = part.strip(" ")
            if not item or item[0] in _INDICATORS:
                raise _GiveUp
            self.values += 1
            item_at = None
            if marking:
                item_at = at + (len(items),)  # type: ignore[operator]
                self.marks[item_at] = (
                    number,
                    column + offset + len(part) - len(part.lstrip(" ")) + 1,
                )
            items.append(self.plain(item, item_at))
            offset += len(part) + 1
        return items

    def plain(self, value: str, at: Path_ | None) -> Any:
        first = value[0]
        if first in _INDICATORS and (first not in "-?:" or len(value) == 1 or value[1] == " "):
            raise _GiveUp
        if ": " in value or value[-1] == ":":
            raise _GiveUp
        if _DECIMAL.match(value):  # coordinates: what PyYAML reads as a float, without the detour
            if at is not None:
                self.raw[at] = value
            return float(value)
        tag = _tag(value)
        if tag == _STR:
            return value
        if at is not None:
            self.raw[at] = value
        if tag == "tag:yaml.org,2002:bool":
            return _BOOL[value.lower()]
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:int" and _INT.match(value):
            return int(value)
        if tag == "tag:yaml.org,2002:float" and _FLOAT.match(value):
            return float(value)
        if tag == "tag:yaml.org,2002:timestamp":
            match = _DATE.match(value)
            if match:
                return date(int(match[1]), int(match[2]), int(match[3]))  # ValueError: give up
        raise _GiveUp


_FLOW_STOP = re.compile(r"[\[\]{}'\"#:]")
# Flow lists already read (without positions), by their text: ``Reader.flow``.
_FLOWS: dict[str, tuple[Any, ...]] = {}
_FLOWS_MAX = 10_000
# Plain decimals such as ``50.4501``: every one is a float to PyYAML (its float pattern, which
# comes first for digits and ``-``, matches; ``_FLOAT`` too).
_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+\Z")


class _Marks:
    """``Document.marks`` that reads positions on first use (see ``loads``).

    A view of the reader's own dict, so there is no reference cycle: a file's rows are freed
    as soon as its Document is (the garbage collector is paused while a directory loads).
    """

    def __init__(self, reader: _Reader) -> None:
        self._reader = reader

    def __contains__(self, path: object) -> bool:
        store = self._reader.marks
        if path not in store:
            self._reader.locate(path)  # type: ignore[arg-type]
        return path in store

    def __getitem__(self, path: Path_) -> tuple[int, int]:
        if path not in self._reader.marks:
            self._reader.locate(path)
        return self._reader.marks[path]

    def get(self, path: Path_, default: Any = None) -> Any:
        if path not in self._reader.marks:
            self._reader.locate(path)
        return self._reader.marks.get(path, default)

    def complete(self) -> dict[Path_, tuple[int, int]]:
        """Every position (reads the whole file again)."""
        self._reader.locate(())
        return dict(self._reader.marks)


class _Raw:
    """``Document.raw`` read on first use, like ``_Marks``."""

    def __init__(self, reader: _Reader) -> None:
        self._reader = reader

    def get(self, path: Path_, default: Any = None) -> Any:
        self._reader.locate(path)
        return self._reader.raw.get(path, default)

    def __contains__(self, path: object) -> bool:
        self._reader.locate(path)  # type: ignore[arg-type]
        return path in self._reader.raw

    def __getitem__(self, path: Path_) -> str:
        self._reader.locate(path)
        return self._reader.raw[path]

    def complete(self) -> dict[Path_, str]:
        self._reader.locate(())
        return dict(self._reader.raw)


_KEY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_PLAIN_KEYS: dict[str, bool] = {}


def _plain_key(key: str) -> bool:
    """Whether ``key`` is a key ``_KEY`` accepts that YAML reads as text (remembered: a
    directory repeats a few dozen keys thousands of times)."""
    ok = _PLAIN_KEYS.get(key)
    if ok is None:
        ok = bool(_KEY_NAME.match(key)) and _tag(key) == _STR
        if len(_PLAIN_KEYS) < 10_000:
            _PLAIN_KEYS[key] = ok
    return ok


def _tag(value: str) -> str:
    """PyYAML's tag for the plain scalar ``value`` (remembered for short, repeated words)."""
    tag = _TAGS.get(value)
    if tag is not None:
        return tag
    tag = _STR
    for candidate, pattern in _IMPLICIT.get(value[0], ()):
        if pattern.match(value):
            tag = candidate
            break
    if len(value) <= 16 and len(_TAGS) < 4096:
        _TAGS[value] = tag
    return tag


_TAGS: dict[str, str] = {}


def _after(rest: str, end: int) -> None:
    """Only a comment may follow a quoted value or a ``[list]`` on its line."""
    tail = rest[end:]
    if tail and not (tail[0] == " " and tail.lstrip(" ")[:1] in ("", "#")):
        raise _GiveUp
