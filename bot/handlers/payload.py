"""Typed button payloads: how a button action is declared, signed data built and read back.

A button action is a class decorated with ``@action(code, role, does)``, declared and frozen as a
dataclass is (without ``dataclasses.dataclass``'s cost at start: see ``_init_for``): its fields
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
import inspect
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
    # generated for each of the ~70 actions at every start (``action`` makes only their
    # ``__init__``; immutability is below).
    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, spec.name) for spec in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    # Frozen, as a frozen dataclass is (``__init__`` sets the fields with object.__setattr__).
    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        args = ", ".join(f"{spec.name}={getattr(self, spec.name)!r}" for spec in self._fields)
        return f"{type(self).__qualname__}({args})"

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


P = TypeVar("P", bound=Payload)


# -- declaring without dataclasses.dataclass ---------------------------------------------------
# ``dataclass(frozen=True)`` compiles three functions per class and reads every annotation
# through ``typing.get_type_hints``: about a third of a millisecond per class, for the 72
# actions at every start (issue 14, a light start). A payload needs only ``__init__`` (the
# fields in order, with their defaults) and immutability (``Payload.__setattr__``), so each
# class gets an ``__init__`` made from one compiled template per shape of fields, and each
# annotation is evaluated once per module.
@dataclasses.dataclass(frozen=True)
class _Declared:
    name: str
    hint: Any
    default: Any
    metadata: Any


_HINTS: dict[tuple[str, str], Any] = {}
_TEMPLATES: dict[tuple[tuple[str, bool], ...], Callable[..., Callable[..., None]]] = {}


def _hint(cls: type, annotation: Any) -> Any:
    """The annotation evaluated as ``typing.get_type_hints`` does (the module's names first,
    then the class's), once per module and text."""
    if not isinstance(annotation, str):
        return annotation
    key = (cls.__module__, annotation)
    found = _HINTS.get(key)
    if found is None:
        module = vars(sys.modules[cls.__module__])
        try:
            found = _HINTS[key] = eval(annotation, module)
        except NameError:  # a name of the class itself: not shared with other classes
            return eval(annotation, dict(vars(cls)), module)
    return found


def _declared_fields(cls: type, code: str) -> list[_Declared]:
    """The fields a dataclass would find: the class's own annotations, in order."""
    fields: list[_Declared] = []
    for name, annotation in inspect.get_annotations(cls).items():
        value = cls.__dict__.get(name, dataclasses.MISSING)
        metadata: Any = {}
        if isinstance(value, dataclasses.Field):
            metadata = value.metadata
            value = value.default
            if value is dataclasses.MISSING:
                delattr(cls, name)
        if (
            value is dataclasses.MISSING
            and fields
            and fields[-1].default is not dataclasses.MISSING
        ):
            raise TypeError(f"{code}: non-default argument {name!r} follows default argument")
        fields.append(_Declared(name, _hint(cls, annotation), value, metadata))
    return fields


def _init_for(cls: type, fields: list[_Declared]) -> Callable[..., None]:
    shape = tuple((f.name, f.default is not dataclasses.MISSING) for f in fields)
    template = _TEMPLATES.get(shape)
    if template is None:
        params = ", ".join(
            f"{name}=_default_{i}" if has_default else name
            for i, (name, has_default) in enumerate(shape)
        )
        body = "".join(f"    _set(self, {name!r}, {name})\n" for name, _ in shape) or "    pass\n"
        defaults = ", ".join(f"_default_{i}" for i in range(len(shape)))
        source = (
            f"def template(_set, {defaults}):\n"
            f"  def __init__(self{', ' if params else ''}{params}):\n"
            + "".join("  " + line + "\n" for line in body.splitlines())
            + "  return __init__\n"
        )
        scope: dict[str, Any] = {}
        exec(source, scope)  # noqa: S102 - a fixed template filled with declared field names
        template = _TEMPLATES[shape] = scope["template"]
    init = template(object.__setattr__, *(f.default for f in fields))
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


# Every declared action, by code (filled by @action, read by the router and the docs table).
ACTIONS: dict[str, type[Payload]] = {}


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dash))
def action(code: str, role: Role = Role.PERSON, does: str = "") -> Callable[[type[P]], type[P]]:
    """Declare a button action (see the module's doc)."""

    def declare(cls: type[P]) -> type[P]:
        if code in ACTIONS:
            raise ValueError(f"button action {code!r} declared twice")
        if cls.__doc__ is None:
            cls.__doc__ = does or code
        data_cls = cls
        fields = _declared_fields(cls, code)
        specs: list[_Field] = []
        for i, f in enumerate(fields):
            hint = f.hint
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
        type.__setattr__(data_cls, "__init__", _init_for(cls, fields))
        type.__setattr__(data_cls, "__match_args__", tuple(f.name for f in fields))
        data_cls.action = code
        data_cls.role = role
        data_cls.does = does
        data_cls._fields = tuple(specs)
        ACTIONS[code] = data_cls
        return data_cls

    return declare
