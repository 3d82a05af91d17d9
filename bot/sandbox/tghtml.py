"""Telegram's HTML formatting, parsed the way the Bot API parses ``parse_mode=HTML``.

``parse_html(text)`` returns the plain text and the Bot API ``MessageEntity`` dicts
(offsets and lengths in UTF-16 code units, sorted like Telegram sorts them), or raises
``TelegramHTMLError`` whose ``description`` is Telegram's own wording, so that
``"Bad Request: can't parse entities: " + description`` is what the real API answers.

Supported, as documented by Telegram: ``b strong i em u ins s strike del``,
``span class="tg-spoiler"``, ``tg-spoiler``, ``a href``, ``code``, ``pre`` (with an
optional nested ``code class="language-x"``), ``blockquote`` (optionally ``expandable``),
``tg-emoji emoji-id``; the entities ``&lt; &gt; &amp; &quot;`` and ``&#NNN;``/``&#xHH;``.

The tag parser follows TDLib's ``parse_html`` (which the Bot API server runs): the same
error messages and byte offsets, unknown attributes ignored, ``</>`` closing any tag,
zero-length entities dropped, ``<a>`` without ``href`` linking to its own text.
``strict=True`` (the default) is stricter than Telegram in one respect: Telegram keeps a
bare ``&`` or an unknown entity such as ``&foo;`` as literal text, although its docs say
they must be escaped; strict mode rejects them so that a forgotten ``html.escape`` fails
in tests instead of garbling a message that happens to contain ``&lt;``. ``strict=True``
also rejects ``<a href>`` URLs that Telegram would silently drop (a scheme other than
http, https, tg or mailto). Attribute values stay lenient (``href="?a=1&b=2"`` is fine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = [
    "TelegramHTMLError",
    "add_detected_entities",
    "parse_html",
    "sort_entities",
    "strip_text",
    "utf16_len",
]

Entity = dict[str, Any]

_SPACES = frozenset(" \t\r\n\v\f\0")
_TAGS = frozenset(
    [
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    ]
)
_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# TDLib's entity type priorities: with equal offset and length, lower sorts first.
_PRIORITY = {
    "blockquote": 0,
    "expandable_blockquote": 0,
    "pre": 11,
    "code": 20,
    "text_link": 49,
    "text_mention": 49,
    "bold": 90,
    "italic": 91,
    "underline": 92,
    "strikethrough": 93,
    "spoiler": 94,
    "custom_emoji": 99,
}
_URL_SCHEMES = ("http", "https", "tg", "mailto")
_SURROGATE_ERROR = (
    "Text contains invalid Unicode characters after decoding HTML entities, "
    "check for unmatched surrogate code units"
)
_SPECIAL = re.compile(r"[<&]")
_NAME_TOKEN = re.compile(r"[A-Za-z0-9.\-]*")
_ENTITY_NAME = re.compile(r"[A-Za-z]*")
_DEC = re.compile(r"[0-9]*")
_HEX = re.compile(r"[0-9A-Fa-f]*")
_EMOJI_ID = re.compile(r"[0-9]{1,19}")
_BAD_ENTITY = re.compile(r"&#?[A-Za-z0-9]+;")


class TelegramHTMLError(ValueError):
    """HTML that Telegram rejects; ``description`` is Telegram's message for it."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Telegram's offsets and limits."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def sort_entities(entities: list[Entity]) -> list[Entity]:
    """Sort entities like Telegram: by offset, longer first, then by type priority."""
    entities.sort(key=lambda e: (e["offset"], -e["length"], _PRIORITY.get(e["type"], 50)))
    return entities


@dataclass(slots=True)
class _Open:
    tag: str
    argument: str
    offset: int  # UTF-16 offset in the output
    out_index: int  # index into the output chunk list, for <a> without href
    byte_offset: int


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8", "surrogatepass"))


def _decode_entity(text: str, pos: int) -> tuple[int, int]:
    """Decode the character reference at ``text[pos] == '&'`` like TDLib.

    Returns ``(code_point, end)``; ``code_point`` is 0 when it is not a reference that
    Telegram understands (then the ``&`` is literal text to Telegram).
    """
    n = len(text)
    if pos + 1 < n and text[pos + 1] == "#":
        if pos + 2 < n and text[pos + 2] == "x":
            digits = _HEX.match(text, pos + 3)
            base = 16
        else:
            digits = _DEC.match(text, pos + 2)
            base = 10
        assert digits is not None
        end = digits.end()
        value = int(digits.group(), base) if digits.group() else 0
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        name = _ENTITY_NAME.match(text, pos + 1)
        assert name is not None
        end = name.end()
        char = _NAMED.get(name.group())
        if char is None:
            return 0, pos
        value = ord(char)
    if end < n and text[end] == ";":
        end += 1
    return value, end


def _strict_entity_error(text: str, pos: int) -> TelegramHTMLError:
    match = _BAD_ENTITY.match(text, pos)
    where = f"at byte offset {_byte_offset(text, pos)}"
    if match and match.group().endswith(";"):
        return TelegramHTMLError(f'Unsupported HTML entity "{match.group()}" {where}')
    return TelegramHTMLError(f'Character "&" must be escaped as "&amp;" {where}')


def _check_url(url: str) -> str | None:
    """Normalise a link URL like Telegram, or return None when Telegram would drop it."""
    if not url or any(c in _SPACES for c in url):
        return None
    scheme, sep, rest = url.partition(":")
    if (
        not sep
        or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*", scheme)
        or (scheme.lower() in ("http", "https") and not rest.startswith("//"))
    ):
        if "." not in url.split("/", 1)[0]:
            return None
        scheme, rest = "http", "//" + url
    scheme = scheme.lower()
    if scheme not in _URL_SCHEMES:
        return None
    if scheme in ("http", "https"):
        host_end = len(rest)
        for stop in "/?#":
            found = rest.find(stop, 2)
            if found != -1:
                host_end = min(host_end, found)
        host = rest[2:host_end]
        if not host or host.startswith(".") or host.endswith("."):
            return None
        path = rest[host_end:]
        if not path.startswith("/"):
            path = "/" + path
        return f"{scheme}://{host.lower()}{path}"
    return f"{scheme}:{rest}" if rest else None


def _user_link_id(url: str) -> int | None:
    match = re.fullmatch(r"tg:(?://)?user\?id=(\d{1,19})", url, re.IGNORECASE)
    return int(match.group(1)) if match else None


class _Parser:
    """One run of TDLib's HTML parsing algorithm over a Python string."""

    def __init__(self, text: str, strict: bool) -> None:
        self.text = text
        self.n = len(text)
        self.strict = strict
        self.out: list[str] = []
        self.u16 = 0
        self.stack: list[_Open] = []
        self.entities: list[Entity] = []
        self.surrogate = False

    def error_at(self, message: str, index: int) -> TelegramHTMLError:
        return TelegramHTMLError(f"{message} at byte offset {_byte_offset(self.text, index)}")

    def emit(self, chunk: str) -> None:
        self.out.append(chunk)
        self.u16 += utf16_len(chunk)

    def skip_spaces(self, i: int) -> int:
        while i < self.n and self.text[i] in _SPACES:
            i += 1
        return i

    def run(self) -> tuple[str, list[Entity]]:
        text, i = self.text, 0
        while i < self.n:
            match = _SPECIAL.search(text, i)
            j = match.start() if match else self.n
            if j > i:
                self.emit(text[i:j])
            if match is None:
                break
            if text[j] == "&":
                i = self.entity(j)
            elif j + 1 < self.n and text[j + 1] == "/":
                i = self.end_tag(j)
            else:
                i = self.start_tag(j)
        if self.stack:
            raise TelegramHTMLError(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"'
            )
        if self.surrogate:
            raise TelegramHTMLError(_SURROGATE_ERROR)
        for entity in self.entities:
            if entity["type"] == "code":
                entity.pop("language", None)
        return "".join(self.out), sort_entities(self.entities)

    def entity(self, pos: int) -> int:
        value, end = _decode_entity(self.text, pos)
        if value == 0:
            if self.strict:
                raise _strict_entity_error(self.text, pos)
            self.emit("&")
            return pos + 1
        if 0xD800 <= value <= 0xDFFF:
            self.surrogate = True
            self.emit("\ufffd")
        else:
            self.emit(chr(value))
        return end

    def attribute_value(self, i: int, tag: str, begin: int) -> tuple[str, int]:
        text = self.text
        if i >= self.n:
            raise self.error_at(f'Unclosed start tag "{tag}"', begin)
        if text[i] not in "'\"":
            token = _NAME_TOKEN.match(text, i)
            assert token is not None
            end = token.end()
            if end < self.n and text[end] not in _SPACES and text[end] != ">":
                raise self.error_at("Unexpected end of name token", i)
            return token.group().lower(), end
        quote, i = text[i], i + 1
        value: list[str] = []
        while i < self.n and text[i] != quote:
            if text[i] == "&":
                code, end = _decode_entity(text, i)
                if code:
                    value.append(chr(code))
                    i = end
                    continue
            value.append(text[i])
            i += 1
        return "".join(value), min(i + 1, self.n)

    def start_tag(self, begin: int) -> int:
        text = self.text
        i = begin + 1
        while i < self.n and text[i] not in _SPACES and text[i] != ">":
            i += 1
        if i >= self.n:
            raise self.error_at("Unclosed start tag", begin)
        tag = text[begin + 1 : i].lower()
        if tag not in _TAGS:
            raise self.error_at(f'Unsupported start tag "{tag}"', begin)
        argument = ""
        while True:
            i = self.skip_spaces(i)
            if i >= self.n:
                raise self.error_at("Unclosed start tag", begin)
            if text[i] == ">":
                break
            name_begin = i
            while i < self.n and text[i] not in _SPACES and text[i] not in "=>":
                i += 1
            name = text[name_begin:i]
            if not name:
                raise self.error_at(f'Empty attribute name in the tag "{tag}"', begin)
            i = self.skip_spaces(i)
            if i >= self.n or text[i] != "=":
                if tag == "blockquote" and name == "expandable":
                    argument = "1"
                continue
            value, i = self.attribute_value(self.skip_spaces(i + 1), tag, begin)
            if i >= self.n:
                raise self.error_at("Unclosed start tag", begin)
            argument = _attribute_argument(tag, name, value, argument)
        if tag == "span" and argument != "spoiler":
            raise self.error_at('Tag "span" must have class "tg-spoiler"', begin)
        self.stack.append(_Open(tag, argument, self.u16, len(self.out), _byte_offset(text, begin)))
        return i + 1

    def end_tag(self, begin: int) -> int:
        text = self.text
        if not self.stack:
            raise self.error_at("Unexpected end tag", begin)
        i = begin + 2
        while i < self.n and text[i] not in _SPACES and text[i] != ">":
            i += 1
        name = text[begin + 2 : i]
        i = self.skip_spaces(i)
        if i >= self.n or text[i] != ">":
            raise self.error_at("Unclosed end tag", begin)
        opened = self.stack.pop()
        if name and name != opened.tag:
            raise TelegramHTMLError(
                f"Unmatched end tag at byte offset {_byte_offset(text, begin)}, "
                f'expected "</{opened.tag}>", found "</{name}>"'
            )
        if self.u16 > opened.offset:
            self.close(opened, self.u16 - opened.offset)
        return i + 1

    def close(self, opened: _Open, length: int) -> None:
        tag, offset, entities = opened.tag, opened.offset, self.entities
        last: Entity = entities[-1] if entities else {}
        same_span = bool(last) and last["offset"] == offset and last["length"] == length
        entity: Entity = {"offset": offset, "length": length}
        if tag in _SIMPLE:
            entity["type"] = _SIMPLE[tag]
        elif tag == "blockquote":
            entity["type"] = "expandable_blockquote" if opened.argument else "blockquote"
        elif tag == "tg-emoji":
            emoji_id = int(opened.argument) if _EMOJI_ID.fullmatch(opened.argument) else 0
            if not 0 < emoji_id < 2**63:
                raise TelegramHTMLError("Invalid custom emoji identifier specified")
            entity.update(type="custom_emoji", custom_emoji_id=str(emoji_id))
        elif tag == "a":
            url = opened.argument or "".join(self.out[opened.out_index :])
            user_id = _user_link_id(url)
            if user_id is not None:
                user = {"id": user_id, "is_bot": False, "first_name": ""}
                entity.update(type="text_mention", user=user)
            else:
                checked = _check_url(url)
                if checked is None:
                    if self.strict and opened.argument:
                        raise TelegramHTMLError(
                            f'Unsupported URL "{url}" in the tag "a" at byte offset '
                            f"{opened.byte_offset}"
                        )
                    return
                entity.update(type="text_link", url=checked)
        elif tag == "pre":
            if same_span and last["type"] == "code" and last.get("language"):
                last["type"] = "pre"
                return
            entity["type"] = "pre"
        else:  # code
            if same_span and last["type"] == "pre" and opened.argument:
                last["language"] = opened.argument
                return
            entity["type"] = "code"
            if opened.argument:
                entity["language"] = opened.argument
        entities.append(entity)


def _attribute_argument(tag: str, name: str, value: str, current: str) -> str:
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    if tag == "blockquote" and name == "expandable":
        return "1"
    return current


def parse_html(text: str, *, strict: bool = True) -> tuple[str, list[Entity]]:
    """Parse Telegram HTML into ``(plain_text, entities)`` or raise ``TelegramHTMLError``."""
    return _Parser(text, strict).run()


_TRIM = " \t\r\n"


def strip_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Trim surrounding whitespace as Telegram does when sending, clipping the entities."""
    left = len(text) - len(text.lstrip(_TRIM))
    stripped = text.strip(_TRIM)
    if len(stripped) == len(text):
        return text, entities
    shift, size = utf16_len(text[:left]), utf16_len(stripped)
    clipped: list[Entity] = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, size)
        if end > start:
            clipped.append({**entity, "offset": start, "length": end - start})
    return stripped, clipped


_DETECTORS = (
    ("url", re.compile(r"(?<![\w@/.\-])(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,:;!?'\)\]]")),
    ("email", re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?!\w)")),
    (
        "bot_command",
        re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@])"),
    ),
    ("mention", re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}(?![\w@])")),
    ("hashtag", re.compile(r"(?<![\w#])#(?=\w*[^\W\d_])\w{1,256}")),
)
_OPAQUE = frozenset({"code", "pre", "text_link", "text_mention", "custom_emoji"})


def add_detected_entities(text: str, entities: list[Entity]) -> list[Entity]:
    """Add the entities Telegram finds by itself (URLs, e-mails, /commands, @mentions,
    #hashtags) outside code, pre and links; returns the sorted list.

    This is a close approximation: Telegram also recognises bare domains, cashtags,
    phone and bank card numbers, which the sandbox does not need.
    """
    if not any(c in text for c in "/@#w"):
        return sort_entities(entities)
    taken: list[tuple[int, int]] = [
        (e["offset"], e["offset"] + e["length"]) for e in entities if e["type"] in _OPAQUE
    ]
    ascii_only = text.isascii()
    found: list[Entity] = []
    for kind, pattern in _DETECTORS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not ascii_only:
                start, end = utf16_len(text[:start]), utf16_len(text[:end])
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            found.append({"offset": start, "length": end - start, "type": kind})
    return sort_entities(entities + found)
