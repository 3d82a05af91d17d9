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
            self.problem(path, f"{what}: `{raw}` was read as {_kind(value)}, not text; put it in quotes: \"{raw}\"")
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


def load(path: Path, display: str | None = None) -> Document:
    """Parse ``path``; YAML errors and duplicate keys become problems, never exceptions."""
    name = display or str(path)
    doc = Document(name, None)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        doc.problems.append(Problem(name, 1, 1, f"the file is not UTF-8 text ({exc.reason})"))
        return doc
    except OSError as exc:
        doc.problems.append(Problem(name, 1, 1, f"cannot read the file: {exc.strerror}"))
        return doc
    return loads(text, name)


def loads(text: str, name: str = "<text>") -> Document:
    doc = Document(name, None)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        doc.problems.append(Problem(name, line, column, f"this is not valid YAML: {exc.problem or exc}"))
        return doc
    except yaml.YAMLError as exc:
        doc.problems.append(Problem(name, 1, 1, f"this is not valid YAML: {exc}"))
        return doc
    if node is None:
        doc.data = None
        return doc
    constructor = SafeConstructor()
    doc.data = _convert(node, (), doc, constructor)
    return doc


_STR = "tag:yaml.org,2002:str"


def _convert(node: yaml.Node, path: Path_, doc: Document, constructor: SafeConstructor) -> Any:
    doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                doc.problems.append(
                    Problem(doc.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                            "merge keys (<<) are not allowed in content files; write the fields out")
                )
                continue
            if key_node.tag == _STR and isinstance(key_node, yaml.ScalarNode):
                key = key_node.value  # the common case, without the constructor's detour
            else:
                key = _convert(key_node, path + ("<key>",), doc, constructor)
            if isinstance(key, (list, dict)):
                doc.problems.append(Problem(doc.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1, "a key must be a simple word"))
                continue
            if key in result:
                first = doc.marks.get(path + (key,), (0, 0))[0]
                doc.problems.append(
                    Problem(doc.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                            f"duplicate key `{key}` (first given on line {first}); YAML would silently keep only the last one")
                )
                continue
            doc.marks[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _convert(value_node, path + (key,), doc, constructor)
            doc.marks[path + (key,)] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(child, path + (i,), doc, constructor) for i, child in enumerate(node.value)]
    if node.tag == _STR:
        return node.value  # text needs no constructor (most values in content files)
    value = constructor.construct_object(node, deep=True)
    # Plain (unquoted) style is None in PyYAML and "" in libyaml.
    if isinstance(node, yaml.ScalarNode) and not node.style and not isinstance(value, str):
        doc.raw[path] = node.value
    return value
