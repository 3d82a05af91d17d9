"""Button payloads: declared once (bot/handlers/buttons.py), written as the bot always wrote
them, read back by type in one place, every one routed, and documented from the declarations."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from bot.alerts.labels import REJECT_REASONS
from bot.handlers import buttons
from bot.handlers.buttons import (
    AlertEdit,
    AlertPicture,
    AlertsUnsubscribe,
    ComboPage,
    OverdoseMore,
    RejectReason,
    ReportForm,
    ReportStart,
    ServicesPage,
    TopicFeedback,
)
from bot.handlers.payload import ACTIONS
from bot.people import Role
from tests.conftest import Harness

DECLARED = {code: cls for code, cls in ACTIONS.items() if cls.__module__ == buttons.__name__}


@pytest.mark.parametrize(
    ("payload", "args"),
    [
        (ServicesPage("k3", 10, None), ("k3", "10", "-")),
        (ServicesPage("k3", 0, 2), ("k3", "0", "2")),
        (OverdoseMore(None), ("-",)),
        (OverdoseMore("de"), ("de",)),
        (ComboPage(None, 1), ("-", "1")),
        (AlertsUnsubscribe("r7"), ("r7",)),
        (AlertsUnsubscribe("r7", "r"), ("r7", "r")),
        (AlertPicture(5), ("5",)),
        (AlertPicture(5, "uk"), ("5", "uk")),
        (ReportStart(), ("0",)),
        (ReportForm("n0", "ok"), ("n0", "ok")),
        (ReportForm("n0", "s", "3"), ("n0", "s", "3")),
        (AlertEdit("p", 12, "tx", "0"), ("p", "12", "tx", "0")),
        (TopicFeedback("naloxone", "es", "n"), ("naloxone", "es", "n")),
    ],
)
def test_payloads_are_written_as_before_and_read_back(payload, args) -> None:
    assert payload.encode_args() == args
    assert type(payload).parse(list(args)) == payload


@pytest.mark.parametrize(
    ("cls", "args"),
    [
        (ServicesPage, ["k3", "ten", "-"]),  # not a number
        (ServicesPage, ["k3", "1"]),  # a field missing
        (AlertPicture, ["5", "uk", "extra"]),  # too many
        (TopicFeedback, ["t", "en", "maybe"]),  # not one of the literals
        (ReportForm, ["n0", "zz"]),  # no such step operation
        (AlertEdit, ["q", "1", "m"]),  # no such mode
    ],
)
def test_arguments_that_do_not_fit_are_refused(cls, args) -> None:
    with pytest.raises(ValueError):
        cls.parse(args)


def test_every_declaration_is_well_formed() -> None:
    assert len(DECLARED) >= 70
    for code, cls in DECLARED.items():
        assert cls.action == code and isinstance(cls.role, Role) and cls.does, code
        assert ":" not in code and "~" not in code


def test_reject_reasons_are_the_labelled_ones() -> None:
    assert set(get_args(RejectReason)) == set(REJECT_REASONS)


async def test_every_declared_button_is_routed_and_every_route_declared(harness: Harness) -> None:
    routes = harness.app.bot_data.registry.router.routes
    routed = {
        code for code, route in routes.items() if route.payload.__module__ == buttons.__name__
    }
    assert routed == set(DECLARED)
    for code, route in routes.items():
        assert ACTIONS[code] is route.payload


def test_the_architecture_page_holds_the_generated_button_table() -> None:
    page = (Path(__file__).parents[2] / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert buttons.table() in page, "run: python -m bot.handlers.buttons, paste into the page"


def test_a_keyboard_writes_the_same_json_as_python_telegram_bot() -> None:
    """``Keyboard`` writes plain signed buttons itself (a /start's CPU) and leaves any other
    button to python-telegram-bot: the Bot API gets the same JSON either way."""
    from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup, LoginUrl

    from bot.handlers.base import Keyboard

    rows = [
        [
            InlineKeyboardButton("Help", callback_data="help~AbCdEf"),
            InlineKeyboardButton("Site", url="https://example.org"),
        ],
        [InlineKeyboardButton("Copy", copy_text=CopyTextButton("+1 555"))],
        [InlineKeyboardButton("Log in", login_url=LoginUrl("https://example.org/login"))],
        [InlineKeyboardButton("x", callback_data="x~1", api_kwargs={"future_field": 1})],
    ]
    for keyboard in (rows, rows[:1], [rows[0][:1]]):
        assert Keyboard(keyboard).to_dict() == InlineKeyboardMarkup(keyboard).to_dict()
    assert Keyboard([rows[0][:1]]).to_dict() == {
        "inline_keyboard": [[{"text": "Help", "callback_data": "help~AbCdEf"}]]
    }


def test_a_payload_signed_as_text_is_the_same_callback_data() -> None:
    import secrets

    from bot.handlers.buttons import TopicCategory
    from bot.privacy import ButtonCodec, Keyring

    codec = ButtonCodec(Keyring(secrets.token_urlsafe(48)))
    payload = TopicCategory("drugs", 2)
    text = codec.payload_text(payload.action, *payload.encode_args())
    assert codec.sign(42, text) == codec.encode(42, payload.action, *payload.encode_args())
    assert codec.decode(42, codec.sign(42, text)) == (payload.action, ["drugs", "2"])
    assert codec.decode(43, codec.sign(42, text)) is None
