"""Typed button payloads: how a button action is declared, signed data built and read back.

A button action is a frozen dataclass decorated with ``@action(code, role, does)``: its fields
are what the button carries, in order; ``code`` is the short action name at the start of the
callback data (kept short: Telegram allows 64 bytes, MAC included); ``role`` is checked when
the press arrives; ``does`` is one line for people reading the code (docs/ARCHITECTURE.md's
table comes from it). ``bot/handlers/buttons.py`` declares every action of the bot.

Encoding is the one the bot always used, ``code:arg1:arg2`` signed by ``ButtonCodec``; each
field is written and read by its type, in ``encode_args`` and ``parse`` (nowhere else):

- ``int``: decimal digits (a leading ``-`` allowed); anything else is refused;
- ``str``: as it is (it must not contain ``:`` or ``~``);
- ``Literal["a", "b"]`` or a ``StrEnum``: one of its values;
- ``X | None`` declared with ``dash()``: ``None`` is written ``-``;
- a trailing field with a default of ``None``: left out when ``None`` (and read as ``None``
  when the data is shorter);
- a last field ``tuple[str, ...]``: whatever arguments remain.

A press whose arguments do not read as the declared fields is refused by the router with
"This button no longer works" (a button from an older version of the bot), so handlers get a
payload they can trust and never parse text themselves.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import types
from collections.abc import Callable
from enum import StrEnum
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    Union,
    cast,
    dataclass_transform,
    get_args,
    get_origin,
)

from bot.people import Role

DASH = "-"
_INT = re.compile(r"-?[0-9]+")


class Payload:
    """Base of every button payload (see the module's doc)."""

    action: ClassVar[str]
    role: ClassVar[Role]
    does: ClassVar[str]
    _fields: ClassVar[tuple[_Field, ...]]

    # Equality, hash and repr as a frozen dataclass has them, written once here rather than
    # generated for each of the ~70 actions at every start (``action`` asks dataclasses for
    # ``__init__`` and immutability only).
    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, spec.name) for spec in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        args = ", ".join(f"{spec.name}={getattr(self, spec.name)!r}" for spec in self._fields)
        return f"{type(self).__qualname__}({args})"

    # Immutable as a frozen dataclass is, written once here too: ``action`` asks dataclasses for
    # ``__init__`` alone (a frozen dataclass compiles two more functions per class).
    def __setattr__(self, name: str, value: object) -> None:
        if name in self.__dict__ or name not in type(self).__dataclass_fields__:  # type: ignore[attr-defined]
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def encode_args(self) -> tuple[str, ...]:
        """The arguments after the action code, as the callback data carries them."""
        out: list[str] = []
        for spec in self._fields:
            value = getattr(self, spec.name)
            if spec.rest:
                out.extend(str(v) for v in value)
            elif value is None and spec.omit_none:
                break
            else:
                out.append(spec.write(value))
        return tuple(out)

    @classmethod
    def parse(cls, args: list[str]) -> Any:
        """The payload these arguments carry; ``ValueError`` when they do not fit."""
        values: dict[str, Any] = {}
        rest = list(args)
        for spec in cls._fields:
            if spec.rest:
                values[spec.name] = tuple(rest)
                rest = []
                break
            if not rest:
                if spec.omit_none:
                    values[spec.name] = None
                    continue
                raise ValueError(f"{cls.action}: {spec.name} missing")
            values[spec.name] = spec.read(rest.pop(0))
        if rest:
            raise ValueError(f"{cls.action}: {len(rest)} argument(s) too many")
        return cls(**values)


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    read: Callable[[str], Any]
    write: Callable[[Any], str]
    omit_none: bool = False
    rest: bool = False


def dash() -> Any:
    """A field whose ``None`` is written ``-`` (it still has to be given)."""
    return dataclasses.field(metadata={"none": DASH})


def _read_int(text: str) -> int:
    if not _INT.fullmatch(text):
        raise ValueError("not a whole number")
    return int(text)


def _codec(hint: Any, none: str | None) -> tuple[Callable[[str], Any], Callable[[Any], str]]:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(hint) if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {hint!r}")
        read, write = _codec(inner[0], None)
        if none is None:
            return read, write
        token = none

        def read_optional(text: str) -> Any:
            return None if text == token else read(text)

        def write_optional(value: Any) -> str:
            return token if value is None else write(value)

        return read_optional, write_optional
    if origin is Literal:
        allowed = tuple(str(a) for a in get_args(hint))

        def read_literal(text: str) -> str:
            if text not in allowed:
                raise ValueError(f"not one of {allowed}")
            return text

        return read_literal, str
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        enum = hint
        return enum, str
    if hint is int:
        return _read_int, str
    if hint is str:
        return str, str
    raise TypeError(f"unsupported button field type {hint!r}")


# Field annotations already read, by (text, module): the same few ("str", "int | None", ...)
# recur across the ~70 actions, and typing.get_type_hints would also read Payload's own
# annotations again for each.
_HINTS: dict[tuple[str, str], Any] = {}


def _hint(annotation: Any, module: str) -> Any:
    if not isinstance(annotation, str):
        return annotation
    key = (annotation, module)
    found = _HINTS.get(key)
    if found is None:
        # what typing.get_type_hints does with it: the declaring module's own source text
        found = _HINTS[key] = eval(annotation, vars(sys.modules[module]))
    return found


P = TypeVar("P", bound=Payload)

# Every declared action, by code (filled by @action, read by the router and the docs table).
ACTIONS: dict[str, type[Payload]] = {}


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dash))
def action(code: str, role: Role = Role.PERSON, does: str = "") -> Callable[[type[P]], type[P]]:
    """Declare a button action (see the module's doc)."""

    def declare(cls: type[P]) -> type[P]:
        if code in ACTIONS:
            raise ValueError(f"button action {code!r} declared twice")
        if cls.__doc__ is None:
            # (what dataclass() would otherwise work out from the signature: ~0.2 ms a class,
            # 72 classes at every start)
            cls.__doc__ = does or code
        data_cls = dataclasses.dataclass(eq=False, repr=False)(cls)
        specs: list[_Field] = []
        fields = dataclasses.fields(cast(Any, data_cls))
        for i, f in enumerate(fields):
            hint = _hint(f.type, data_cls.__module__)
            if get_origin(hint) is tuple:
                if i != len(fields) - 1:
                    raise TypeError(f"{code}: only the last field may take the rest")
                specs.append(_Field(f.name, str, str, rest=True))
                continue
            omit = f.default is None
            if specs and specs[-1].omit_none and not omit:
                raise TypeError(f"{code}: a field left out when None must be last")
            read, write = _codec(hint, f.metadata.get("none"))
            specs.append(_Field(f.name, read, write, omit_none=omit))
        data_cls.action = code
        data_cls.role = role
        data_cls.does = does
        data_cls._fields = tuple(specs)
        ACTIONS[code] = data_cls
        return data_cls

    return declare
