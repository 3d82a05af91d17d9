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
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?\Z")
# Characters that YAML reads as something other than the start of a plain value.
_INDICATORS = frozenset("&*!|>%@`{}[],#'\"?:-")
# Anything libyaml might read differently or reject: other line breaks, tabs, a byte-order
# mark, non-printable characters, surrogates.
_UNUSUAL = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
    "|^(?:---|\\.\\.\\.)",
    re.MULTILINE,
)


class _GiveUp(Exception):
    """The text uses YAML beyond this reader; the caller reads it with ``yamlstrict``."""


def loads(text: str, name: str) -> Document | None:
    """The ``Document`` ``yamlstrict.loads(text, name)`` would give, or None to ask it."""
    if len(text) > MAX_FILE_BYTES or _UNUSUAL.search(text):
        return None
    try:
        data, marks, raw = _Reader(text).read()
    except (_GiveUp, RecursionError, ValueError):
        return None
    doc = Document(name, data)
    doc.marks = marks
    doc.raw = raw
    return doc


class _Reader:
    def __init__(self, text: str) -> None:
        rows: list[tuple[int, int, str]] = []
        append = rows.append
        for number, line in enumerate(text.split("\n"), 1):
            content = line.lstrip(" ")
            if content and content[0] != "#":
                append((number, len(line) - len(content), content.rstrip(" ")))
        self.rows = rows
        self.count = len(rows)
        self.marks: dict[tuple[Any, ...], tuple[int, int]] = {}
        self.raw: dict[tuple[Any, ...], str] = {}
        self.values = 0

    def read(self) -> tuple[Any, dict[tuple[Any, ...], tuple[int, int]], dict[Any, str]]:
        if not self.rows or self.rows[0][1] != 0:
            raise _GiveUp
        data, i = self.block(0, (), 0)
        if i != self.count or self.values > MAX_VALUES:
            raise _GiveUp
        return data, self.marks, self.raw

    def block(self, i: int, path: tuple[Any, ...], depth: int) -> tuple[Any, int]:
        if depth >= MAX_DEPTH:
            raise _GiveUp
        _number, indent, content = self.rows[i]
        if content == "-" or content.startswith("- "):
            return self.sequence(i, indent, path, depth + 1)
        return self.mapping(i, indent, content, path, depth + 1)

    def mapping(
        self, i: int, indent: int, content: str, path: tuple[Any, ...], depth: int
    ) -> tuple[dict[str, Any], int]:
        rows, count, marks = self.rows, self.count, self.marks
        result: dict[str, Any] = {}
        number = rows[i][0]
        marks[path] = (number, indent + 1)
        self.values += 1
        while True:
            match = _KEY.match(content)
            if match is None:
                raise _GiveUp
            key, rest = match.groups()
            if key in result or key[0] in _IMPLICIT and _tag(key) != _STR:
                raise _GiveUp  # a duplicate, or a key YAML reads as true/false/null
            at = path + (key,)
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
            if content == "-" or content.startswith("- "):
                break
        return result, i

    def sequence(
        self, i: int, indent: int, path: tuple[Any, ...], depth: int
    ) -> tuple[list[Any], int]:
        rows, count = self.rows, self.count
        result: list[Any] = []
        number = rows[i][0]
        self.marks[path] = (number, indent + 1)
        self.values += 1
        while i < count:
            number, row_indent, content = rows[i]
            if row_indent != indent or not content.startswith("- "):
                if row_indent > indent or content == "-":
                    raise _GiveUp
                break
            rest = content[2:].lstrip(" ")
            if not rest or rest[0] == "#" or rest.startswith("- ") or rest == "-":
                raise _GiveUp
            column = indent + len(content) - len(rest)
            at = path + (len(result),)
            if _KEY.match(rest):
                value, i = self.mapping(i, column, rest, at, depth + 1)
                if i < count and rows[i][1] > indent:
                    raise _GiveUp
            else:
                value = self.scalar(rest, number, column, at)
                i += 1
            result.append(value)
        return result, i

    def scalar(self, rest: str, number: int, column: int, at: tuple[Any, ...]) -> Any:
        """The one-line value ``rest`` that starts at 0-based ``column`` of line ``number``."""
        first = rest[0]
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

    def flow(self, rest: str, number: int, column: int, at: tuple[Any, ...]) -> list[Any]:
        end = rest.find("]")
        if end < 0:
            raise _GiveUp
        _after(rest, end + 1)
        inner = rest[1:end]
        if any(c in inner for c in "[]{}'\"#:"):
            raise _GiveUp
        items: list[Any] = []
        if not inner.strip(" "):
            return items
        offset = 1
        for part in inner.split(","):
            item = part.strip(" ")
            if not item or item[0] in _INDICATORS:
                raise _GiveUp
            item_at = at + (len(items),)
            self.values += 1
            self.marks[item_at] = (number, column + offset + len(part) - len(part.lstrip(" ")) + 1)
            items.append(self.plain(item, item_at))
            offset += len(part) + 1
        return items

    def plain(self, value: str, at: tuple[Any, ...]) -> Any:
        if value[0] in _INDICATORS and (
            value[0] not in "-?:" or len(value) == 1 or value[1] == " "
        ):
            raise _GiveUp
        if ": " in value or value.endswith(":") or "\t" in value:
            raise _GiveUp
        if value[0] not in _IMPLICIT:
            return value
        tag = _tag(value)
        if tag == _STR:
            return value
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


def _tag(value: str) -> str:
    for tag, pattern in _IMPLICIT.get(value[0], ()):
        if pattern.match(value):
            return tag
    return _STR


def _after(rest: str, end: int) -> None:
    """Only a comment may follow a quoted value or a ``[list]`` on its line."""
    tail = rest[end:]
    if tail and not (tail[0] == " " and tail.lstrip(" ")[:1] in ("", "#")):
        raise _GiveUp
