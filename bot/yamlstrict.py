"""Strict YAML for peer-written content: positions for every value, no silent surprises.

PyYAML merges duplicate keys silently and, following YAML 1.1, reads ``no`` as false and
``12:30`` as a number. Content authors are not programmers, so ``load`` reports duplicate
keys as errors and keeps, for every value, its ``line:column`` and whether a plain (unquoted)
scalar was turned into something other than text. Validators then say, where they expect
text, "``no`` was read as false: put it in quotes".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

Path_ = tuple[Any, ...]
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
# libyaml's parser when PyYAML was built with it: same nodes and marks, several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Limits against YAML bombs: a few hundred bytes of nested aliases ("billion laughs") expand to
# gigabytes, and an alias inside its own anchor never ends. Content files are small and hand
# written; these limits are far above anything real and far below anything harmful.
MAX_FILE_BYTES = 1_000_000
MAX_ALIASES = 50
MAX_VALUES = 200_000  # values after expanding aliases
MAX_DEPTH = 64


class _TooBig(Exception):
    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


@dataclass
class _Budget:
    values: int = 0
    depth: int = 0
    open_nodes: set[int] = field(default_factory=set)
    top: tuple[int, int] | None = None  # the key of the top-level entry being read
    limit: int = MAX_VALUES


@dataclass(frozen=True)
class Problem:
    """One finding about a content file, printed as ``file:line:column: level: message``."""

    file: str
    line: int
    column: int
    message: str
    level: str = "error"  # or "warning"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.level}: {self.message}"


@dataclass
class Document:
    """Parsed YAML plus where each value came from."""

    file: str
    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    raw: dict[Path_, str] = field(default_factory=dict)  # plain scalars that were not read as text
    problems: list[Problem] = field(default_factory=list)
    errors: int = 0  # how many of ``problems`` are errors (counted, not rescanned: big files)

    def where(self, path: Path_) -> tuple[int, int]:
        """``(line, column)``, 1-based, of the value at ``path`` (or its nearest parent)."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (1, 1))

    def problem(self, path: Path_, message: str, level: str = "error") -> Problem:
        line, column = self.where(path)
        found = Problem(self.file, line, column, message, level)
        self.problems.append(found)
        if level == "error":
            self.errors += 1
        return found

    def text(self, path: Path_, value: Any, what: str) -> str | None:
        """Return ``value`` if it is text; otherwise record a plain-language problem."""
        if isinstance(value, str):
            return value
        raw = self.raw.get(path)
        if raw is not None:
            self.problem(
                path,
                f'{what}: `{raw}` was read as {_kind(value)}, not text; put it in quotes: "{raw}"',
            )
        else:
            self.problem(path, f"{what} must be text")
        return None

    def language_code(self, path: Path_, lang: Any) -> bool:
        """True if ``lang`` is a language code such as ``en``; otherwise record a problem."""
        if isinstance(lang, str) and LANGUAGE_CODE.match(lang):
            return True
        self.problem(path, f"`{lang}` is not a language code such as en, ru, uk or es")
        return False

    def language_texts(
        self, at: Path_, mapping: dict[Any, Any], label: Callable[[str], str]
    ) -> dict[str, str] | None:
        """Non-empty texts per language (``{en: ..., ru: ...}``), stripped.

        ``label(lang)`` names an entry in messages. Returns None after the first problem.
        """
        result: dict[str, str] = {}
        for lang, text in mapping.items():
            if not self.language_code(at + (lang,), lang):
                return None
            checked = self.text(at + (lang,), text, label(lang))
            if checked is None:
                return None
            if not checked.strip():
                self.problem(at + (lang,), f"{label(lang)} is empty")
                return None
            result[lang] = checked.strip()
        return result


def _kind(value: Any) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "a number"
    return type(value).__name__


def load(path: Path, display: str | None = None, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Parse ``path``; YAML errors and duplicate keys become problems, never exceptions.

    ``max_bytes``: a bigger limit for files that are data rather than text (the service
    directory: a national list in one file); values are then limited by the size, except
    where aliases could multiply them (MAX_VALUES).
    """
    name = display or str(path)
    doc = Document(name, None)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            doc.problems.append(
                Problem(
                    name,
                    1,
                    1,
                    f"the file is too big for a content file ({size:,} bytes; the limit is {max_bytes:,})",
                )
            )
            return doc
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        doc.problems.append(Problem(name, 1, 1, f"the file is not UTF-8 text ({exc.reason})"))
        return doc
    except OSError as exc:
        doc.problems.append(Problem(name, 1, 1, f"cannot read the file: {exc.strerror}"))
        return doc
    return loads(text, name, max_bytes)


def loads(text: str, name: str = "<text>", max_bytes: int = MAX_FILE_BYTES) -> Document:
    doc = Document(name, None)
    if len(text) > max_bytes:
        doc.problems.append(
            Problem(
                name,
                1,
                1,
                f"the text is too big for a content file (the limit is {max_bytes:,} bytes)",
            )
        )
        return doc
    try:
        if _may_need_alias_check(text):
            _check_aliases(text)
        node = yaml.compose(text, Loader=_LOADER)
    except _TooBig as exc:
        doc.problems.append(Problem(name, exc.line, exc.column, exc.message))
        return doc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        doc.problems.append(
            Problem(name, line, column, f"this is not valid YAML: {exc.problem or exc}")
        )
        return doc
    except yaml.YAMLError as exc:
        doc.problems.append(Problem(name, 1, 1, f"this is not valid YAML: {exc}"))
        return doc
    except RecursionError:
        doc.problems.append(
            Problem(name, 1, 1, f"the YAML is nested too deeply (the limit is {MAX_DEPTH} levels)")
        )
        return doc
    if node is None:
        doc.data = None
        return doc
    constructor = SafeConstructor()
    try:
        budget = _Budget()
        if max_bytes > MAX_FILE_BYTES and _ANCHOR.search(text) is None:
            budget.limit = max(MAX_VALUES, max_bytes // 4)  # no alias: bounded by the size
        doc.data = _convert(node, (), doc, constructor, budget)
    except _TooBig as exc:
        doc.problems.append(Problem(name, exc.line, exc.column, exc.message))
        doc.data = None
    except RecursionError:
        doc.problems.append(
            Problem(name, 1, 1, f"the YAML is nested too deeply (the limit is {MAX_DEPTH} levels)")
        )
        doc.data = None
    return doc


_DEEP_INDENT = re.compile(rf"^[ \t-]{{{MAX_DEPTH},}}", re.MULTILINE)
# An anchor (``&name``) where YAML reads one: no alias can exist without an anchor.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s\[\]{},]", re.MULTILINE)


def _may_need_alias_check(text: str) -> bool:
    """Whether the event pre-pass can find anything: an anchor, or deep nesting.

    The pre-pass parses the text a second time; content with no anchor and no deep
    indentation or many brackets (almost every file) skips it. These are scans in C.
    Expansion is bounded in ``_convert`` either way (MAX_VALUES, cycles).
    """
    return (
        _ANCHOR.search(text) is not None
        or text.count("[") + text.count("{") > MAX_DEPTH
        or _DEEP_INDENT.search(text) is not None
    )


def _position(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _check_aliases(text: str) -> None:
    """Count aliases and nesting in the event stream (cheap: nothing is expanded yet)."""
    aliases = 0
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                line, column = _position(event)
                raise _TooBig(
                    line,
                    column,
                    f"too many aliases (*name): more than {MAX_ALIASES} in one file; write the values out",
                )
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                line, column = _position(event)
                raise _TooBig(
                    line, column, f"the YAML is nested too deeply (the limit is {MAX_DEPTH} levels)"
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


_STR = "tag:yaml.org,2002:str"


def _convert(
    node: yaml.Node, path: Path_, doc: Document, constructor: SafeConstructor, budget: _Budget
) -> Any:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    budget.values += 1
    if budget.values > budget.limit:
        line, column = budget.top or (line, column)
        raise _TooBig(
            line,
            column,
            f"the aliases here expand to more than {budget.limit:,} values; write the values out",
        )
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        if id(node) in budget.open_nodes:
            raise _TooBig(
                line, column, "this anchor (&name) contains an alias to itself, so it never ends"
            )
        if len(budget.open_nodes) >= MAX_DEPTH:
            raise _TooBig(
                line, column, f"the YAML is nested too deeply (the limit is {MAX_DEPTH} levels)"
            )
        budget.open_nodes.add(id(node))
        try:
            return _convert_collection(node, path, doc, constructor, budget)
        finally:
            budget.open_nodes.discard(id(node))
    doc.marks[path] = (line, column)
    if node.tag == _STR:
        return node.value  # text needs no constructor (most values in content files)
    try:
        value = constructor.construct_object(node, deep=True)
    except yaml.YAMLError as exc:  # an unknown tag such as `!true`: a problem, not a crash
        problem = getattr(exc, "problem", None) or str(exc)
        raise _TooBig(line, column, f"this is not valid YAML: {problem}") from None
    except (ValueError, OverflowError) as exc:  # a date such as 2026-13-45
        raise _TooBig(
            line,
            column,
            f"`{node.value}` cannot be read ({exc}); if it is text, put it in quotes",
        ) from None
    # Plain (unquoted) style is None in PyYAML and "" in libyaml.
    if isinstance(node, yaml.ScalarNode) and not node.style and not isinstance(value, str):
        doc.raw[path] = node.value
    return value


def _convert_collection(
    node: yaml.Node, path: Path_, doc: Document, constructor: SafeConstructor, budget: _Budget
) -> Any:
    doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                doc.problems.append(
                    Problem(
                        doc.file,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        "merge keys (<<) are not allowed in content files; write the fields out",
                    )
                )
                continue
            if key_node.tag == _STR and isinstance(key_node, yaml.ScalarNode):
                key = key_node.value  # the common case, without the constructor's detour
            else:
                key = _convert(key_node, path + ("<key>",), doc, constructor, budget)
            if isinstance(key, (list, dict)):
                doc.problems.append(
                    Problem(
                        doc.file,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        "a key must be a simple word",
                    )
                )
                continue
            if key in result:
                first = doc.marks.get(path + (key,), (0, 0))[0]
                doc.problems.append(
                    Problem(
                        doc.file,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        f"duplicate key `{key}` (first given on line {first}); YAML would silently keep only the last one",
                    )
                )
                continue
            doc.marks[path + (key,)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
            if not path:
                budget.top = doc.marks[path + (key,)]
            result[key] = _convert(value_node, path + (key,), doc, constructor, budget)
            doc.marks[path + (key,)] = (
                value_node.start_mark.line + 1,
                value_node.start_mark.column + 1,
            )
        return result
    return [
        _convert(child, path + (i,), doc, constructor, budget) for i, child in enumerate(node.value)
    ]
