"""Validation of what a bot sends, with Telegram's limits and error texts: formatted text
(``parse_mode``/``entities``), captions and reply markup."""

from __future__ import annotations

import itertools
from typing import Any

from bot.sandbox.fakeapi.params import ApiError, Params, bad_request
from bot.sandbox.tghtml import (
    TelegramHTMLError,
    add_detected_entities,
    parse_html,
    strip_text,
    utf16_len,
)

Entity = dict[str, Any]

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
BUTTON_LIMIT = 100
_ENTITY_TYPES = frozenset(
    {
        "mention",
        "hashtag",
        "cashtag",
        "bot_command",
        "url",
        "email",
        "phone_number",
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "blockquote",
        "expandable_blockquote",
        "code",
        "pre",
        "text_link",
        "text_mention",
        "custom_emoji",
    }
)
_INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_LINK_SCHEMES = ("http://", "https://", "tg://")


def _given_entities(value: Any, text: str) -> list[Entity]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
        raise bad_request("can't parse entities JSON object")
    size = utf16_len(text)
    entities = []
    for entity in value:
        kind, offset, length = entity.get("type"), entity.get("offset"), entity.get("length")
        if kind not in _ENTITY_TYPES or not isinstance(offset, int) or not isinstance(length, int):
            raise bad_request(f"can't parse entities: unsupported entity {entity!r}")
        end = min(offset + length, size)
        if offset >= 0 and end > offset:
            entities.append({**entity, "offset": offset, "length": end - offset})
    return entities


def formatted(
    p: Params,
    text: str | None,
    *,
    mode_field: str = "parse_mode",
    entities_field: str = "entities",
    strict_html: bool = True,
) -> tuple[str, list[Entity]]:
    """Apply ``parse_mode`` (HTML or none) or explicit entities, then trim like Telegram."""
    text = text or ""
    mode = (p.string(mode_field) or "").lower()
    if mode == "html":
        try:
            text, entities = parse_html(text, strict=strict_html)
        except TelegramHTMLError as exc:
            raise bad_request(f"can't parse entities: {exc.description}") from None
    elif mode in ("markdown", "markdownv2"):
        raise bad_request(f"parse_mode {p.string(mode_field)} is not supported by the fake Bot API")
    elif mode:
        raise bad_request("unsupported parse_mode")
    else:
        entities = _given_entities(p.obj(entities_field), text)
    text, entities = strip_text(text, entities)
    return text, add_detected_entities(text, entities)


def message_text(p: Params, api_users: dict[int, Any], strict_html: bool) -> dict[str, Any]:
    """The ``text``/``entities`` fields of a text message, or Telegram's error."""
    if not p.has("text"):
        raise bad_request("message text is empty")
    text, entities = formatted(p, p.string("text"), strict_html=strict_html)
    if not text:
        raise bad_request("message text is empty")
    if utf16_len(text) > TEXT_LIMIT:
        raise bad_request("message is too long")
    fields: dict[str, Any] = {"text": text}
    if entities:
        fields["entities"] = _with_known_users(entities, api_users)
    return fields


def caption(p: Params, api_users: dict[int, Any], strict_html: bool) -> dict[str, Any]:
    """The ``caption``/``caption_entities`` fields of a media message (may be empty)."""
    text, entities = formatted(
        p,
        p.string("caption"),
        entities_field="caption_entities",
        strict_html=strict_html,
    )
    if utf16_len(text) > CAPTION_LIMIT:
        raise bad_request("message caption is too long")
    fields: dict[str, Any] = {}
    if text:
        fields["caption"] = text
    if entities:
        fields["caption_entities"] = _with_known_users(entities, api_users)
    return fields


def _with_known_users(entities: list[Entity], users: dict[int, Any]) -> list[Entity]:
    """Fill ``text_mention`` users with what Telegram knows of them."""
    for entity in entities:
        if entity["type"] == "text_mention":
            known = users.get(entity["user"]["id"])
            if known is not None:
                entity["user"] = known.as_dict()
    return entities


def _button_error(message: str) -> ApiError:
    return bad_request(f"can't parse inline keyboard button: {message}")


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise _button_error("InlineKeyboardButton must be an Object")
    if not isinstance(button.get("text"), str) or not button["text"]:
        raise _button_error("Text must be non-empty")
    actions = [key for key in _INLINE_ACTIONS if key in button]
    if not actions:
        raise _button_error("Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise _button_error("exactly one of the optional fields must be used")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode()) <= CALLBACK_DATA_LIMIT:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button and not str(button["url"]).startswith(_LINK_SCHEMES):
        raise bad_request("BUTTON_URL_INVALID")


def _rows(markup: dict[str, Any], key: str) -> list[list[Any]]:
    rows = markup[key]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f'field "{key}" of the reply markup must be an Array of Arrays')
    if sum(len(row) for row in rows) > BUTTON_LIMIT:
        raise bad_request("reply markup is too long")
    return rows


def reply_markup(value: Any) -> dict[str, Any] | None:
    """Validate ``reply_markup``; reply keyboard buttons given as strings become objects."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise bad_request("object expected as reply markup")
    if "inline_keyboard" in value:
        for button in itertools.chain.from_iterable(_rows(value, "inline_keyboard")):
            _check_inline_button(button)
        return value
    if "keyboard" in value:
        rows = [
            [{"text": b} if isinstance(b, str) else b for b in row]
            for row in _rows(value, "keyboard")
        ]
        for button in itertools.chain.from_iterable(rows):
            if not isinstance(button, dict) or not button.get("text"):
                raise bad_request("can't parse keyboard button: Text must be non-empty")
        return {**value, "keyboard": rows}
    if value.get("remove_keyboard") is True or value.get("force_reply") is True:
        return value
    raise bad_request("object expected as reply markup")
