"""Keyed hashes, sealed chat ids, signed buttons and log redaction."""

from __future__ import annotations

import logging

import pytest
from cryptography.exceptions import InvalidTag

from bot.privacy import ButtonCodec, Keyring, RedactingFormatter

SECRET = "a-secret-key-that-is-at-least-32-chars-long"


def test_user_key_is_keyed_and_stable() -> None:
    a, b = Keyring(SECRET), Keyring(SECRET + "x")
    assert a.user_key(42) == Keyring(SECRET).user_key(42)
    assert len(a.user_key(42)) == 32
    assert a.user_key(42) != a.user_key(43)
    assert a.user_key(42) != b.user_key(42)
    assert b"42" not in a.user_key(42)


def test_sealed_chat_ids_open_only_with_the_key_and_purpose() -> None:
    ring = Keyring(SECRET)
    sealed = ring.seal_chat(123456789, "alerts")
    assert ring.open_chat(sealed, "alerts") == 123456789
    assert ring.seal_chat(123456789, "alerts") != sealed  # random nonce
    assert b"123456789" not in sealed
    with pytest.raises(InvalidTag):
        ring.open_chat(sealed, "tickets")
    with pytest.raises(InvalidTag):
        Keyring(SECRET + "other").open_chat(sealed, "alerts")
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(InvalidTag):
        ring.open_chat(tampered, "alerts")


def test_sealed_text_roundtrip() -> None:
    ring = Keyring(SECRET)
    sealed = ring.seal_text("вопрос про налоксон", "ticket")
    assert "налоксон".encode() not in sealed
    assert ring.open_text(sealed, "ticket") == "вопрос про налоксон"


def test_short_secret_refused() -> None:
    with pytest.raises(ValueError):
        Keyring("short")


def test_buttons_are_bound_to_their_chat() -> None:
    codec = ButtonCodec(Keyring(SECRET))
    data = codec.encode(1001, "lang", "ru")
    assert len(data.encode()) <= 64
    assert codec.decode(1001, data) == ("lang", ["ru"])
    assert codec.decode(1002, data) is None  # replayed in another chat
    assert codec.decode(1001, "lang:ru") is None  # typed by hand
    assert codec.decode(1001, data.replace("ru", "uk")) is None  # altered
    assert codec.decode(1001, None) is None
    assert codec.decode(1001, "lang:ru~Ünïcödé") is None
    assert codec.decode(1001, "~") is None


def test_button_data_limits() -> None:
    codec = ButtonCodec(Keyring(SECRET))
    with pytest.raises(ValueError):
        codec.encode(1, "x" * 60)
    with pytest.raises(ValueError):
        codec.encode(1, "a", "b:c")


def test_redacting_formatter_removes_tokens() -> None:
    token = "123456789:AAH-test-token-0123456789abcdefghijklm"
    fmt = RedactingFormatter("%(message)s", secrets=(token,))
    record = logging.LogRecord(
        "httpx",
        logging.INFO,
        __file__,
        1,
        "POST https://api.telegram.org/bot%s/getMe",
        (token,),
        None,
    )
    assert token not in fmt.format(record)
    other = "987654321:ZZZ-another-token-abcdefghijklmnopqrs"
    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "url was %s", (f"/bot{other}/sendMessage",), None
    )
    assert other not in fmt.format(record)


def test_configure_logging_caps_loggers_that_leak(caplog: pytest.LogCaptureFixture) -> None:
    from bot.privacy import configure_logging

    configure_logging("DEBUG")
    for name in ("httpx", "httpcore", "aiosqlite"):
        assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
    assert not logging.getLogger("telegram.ext.ExtBot").isEnabledFor(logging.DEBUG)
    assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)


def test_a_capped_logger_stays_quiet_when_its_library_resets_its_level(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """bm25s sets its own logger to DEBUG on import, after logging is configured: the handler
    still drops its chatter below WARNING, and keeps its warnings and the bot's own debug lines."""
    from bot.privacy import configure_logging

    configure_logging("DEBUG")
    chatty = logging.getLogger("bm25s")
    chatty.setLevel(logging.DEBUG)  # what "import bm25s" does
    chatty.debug("Building index from tokens")
    logging.getLogger("bm25s.tokenization").info("Split strings")
    chatty.warning("index is empty")
    logging.getLogger("bot.library.search").debug("own line")
    err = capsys.readouterr().err
    assert "Building index" not in err and "Split strings" not in err
    assert "index is empty" in err and "own line" in err
