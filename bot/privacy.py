"""The privacy core: keyed hashes of user ids, sealed chat ids, signed buttons, log redaction.

A copy of the database without the secret key must reveal no Telegram id. So:

* a person is stored under ``user_key(telegram_id)``: HMAC-SHA256 with a key derived from
  ``HRBOT_SECRET_KEY`` (HKDF), never the raw id;
* a chat id that the bot needs to write to later is ``seal``-ed with AES-GCM (random nonce,
  the purpose bound in as associated data) and only ``open``-ed in memory;
* button ``callback_data`` carries a short MAC bound to the chat it was shown in, so forged or
  replayed data from anyone else is refused;
* logs go through ``RedactingFormatter``, which removes the bot token and anything shaped like one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import re
import struct

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.keycheck import check_entropy

_NONCE = 12


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"harm-reduction-bot/v1", info=purpose
    ).derive(secret.encode("utf-8"))


class Keyring:
    """Keys derived once from the operator's secret, one per purpose."""

    def __init__(self, secret: str) -> None:
        # A guessable key protects nothing (public values are refused earlier, in config).
        check_entropy(secret, "the secret key")
        self._user_key = _derive(secret, b"user-id-hmac")
        self._seal = AESGCM(_derive(secret, b"chat-id-seal"))
        self._button_key = _derive(secret, b"callback-mac")
        # Keyed HMAC states, copied per use (the key schedule is not redone every time).
        self._button_hmac = hmac.new(self._button_key, digestmod=hashlib.sha256)
        self._user_hmac = hmac.new(self._user_key, digestmod=hashlib.sha256)
        self._text_seal = AESGCM(_derive(secret, b"text-seal"))
        self._key_check = _derive(secret, b"key-check")
        self._limit_key = _derive(secret, b"rate-limit")

    # -- people -----------------------------------------------------------------------------
    def user_key(self, telegram_id: int) -> bytes:
        """The 32-byte keyed hash under which a person is stored."""
        mac = self._user_hmac.copy()
        mac.update(str(int(telegram_id)).encode())
        return mac.digest()

    def key_check(self) -> str:
        """A value stored in the database to recognise the key it was written with.

        Derived one-way from the secret (HKDF, then HMAC of a constant): it tells whether two
        keys are the same, and nothing about the key itself.
        """
        return hmac.new(
            self._key_check, b"harm-reduction-bot key check", hashlib.sha256
        ).hexdigest()

    def limit_token(self, telegram_id: int, scope: str) -> bytes:
        """A 16-byte token for a rate limit that outlives /forget: its own key and scope, so it
        matches no ``user_key`` and no other limit's token."""
        return hmac.new(
            self._limit_key, f"{scope}|{int(telegram_id)}".encode(), hashlib.sha256
        ).digest()[:16]

    # -- sealed chat ids --------------------------------------------------------------------
    def seal_chat(self, chat_id: int, purpose: str = "chat") -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._seal.encrypt(nonce, struct.pack(">q", int(chat_id)), purpose.encode())

    def open_chat(self, sealed: bytes, purpose: str = "chat") -> int:
        nonce, body = bytes(sealed[:_NONCE]), bytes(sealed[_NONCE:])
        return struct.unpack(">q", self._seal.decrypt(nonce, body, purpose.encode()))[0]

    # -- sealed texts (for the few features that must keep a text for a while) ----------------
    def seal_text(self, text: str, purpose: str) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._text_seal.encrypt(nonce, text.encode("utf-8"), purpose.encode())

    def open_text(self, sealed: bytes, purpose: str) -> str:
        nonce, body = bytes(sealed[:_NONCE]), bytes(sealed[_NONCE:])
        return self._text_seal.decrypt(nonce, body, purpose.encode()).decode("utf-8")

    # -- buttons ----------------------------------------------------------------------------
    def button_mac(self, scope: int, payload: str) -> str:
        mac = self._button_hmac.copy()
        mac.update(f"{scope}|{payload}".encode())
        return base64.urlsafe_b64encode(mac.digest()[:6]).decode().rstrip("=")


class ButtonCodec:
    """Encodes ``action`` + args into signed ``callback_data`` of at most 64 bytes.

    Format: ``action:arg1:arg2~mac``. The MAC binds the payload to the chat the button was
    shown in; a button copied into another chat, or data typed by hand, does not verify.
    Authorization (roles) is still checked when the press arrives: a valid MAC only says the
    bot made this button for this chat.
    """

    MAX_BYTES = 64

    def __init__(self, keyring: Keyring) -> None:
        self._keyring = keyring

    def encode(self, scope: int, action: str, *args: object) -> str:
        return self.sign(scope, self.payload_text(action, *args))

    @staticmethod
    def payload_text(action: str, *args: object) -> str:
        """``action:arg1:arg2``, unsigned (the same for every chat: ``sign`` binds it to one)."""
        parts = [action, *(str(a) for a in args)]
        if any(":" in p or "~" in p for p in parts):
            raise ValueError("button arguments must not contain ':' or '~'")
        return ":".join(parts)

    def sign(self, scope: int, payload: str) -> str:
        """The callback data of ``payload`` (``payload_text``) for the chat ``scope``."""
        data = f"{payload}~{self._keyring.button_mac(scope, payload)}"
        if len(data.encode()) > self.MAX_BYTES:
            action = payload.partition(":")[0]
            raise ValueError(f"callback data too long ({len(data.encode())} bytes): {action}")
        return data

    def decode(self, scope: int, data: str | None) -> tuple[str, list[str]] | None:
        """Return ``(action, args)`` if the data is genuine for this chat, else None."""
        if not data or "~" not in data:
            return None
        payload, _, mac = data.rpartition("~")
        # Bytes, not str: compare_digest raises on non-ASCII text, and forged data may be anything.
        if not hmac.compare_digest(mac.encode(), self._keyring.button_mac(scope, payload).encode()):
            return None
        action, *args = payload.split(":")
        return action, args


# -- logs ----------------------------------------------------------------------------------
_TOKEN_SHAPE = re.compile(r"(?<![0-9])\d{3,20}:[A-Za-z0-9_-]{20,}")


class RedactingFormatter(logging.Formatter):
    """A formatter whose output never contains the bot token or anything shaped like one."""

    def __init__(self, fmt: str | None = None, secrets: tuple[str, ...] = ()) -> None:
        super().__init__(fmt)
        self._secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return _TOKEN_SHAPE.sub("[redacted-token]", text)


class UpdateDataFilter(logging.Filter):
    """Redacts the raw update python-telegram-bot logs when it cannot parse one.

    In webhook mode it logs, at CRITICAL, "Received data was: <the whole update>": ids, names,
    usernames, message texts, locations. This keeps the line (an operator must know an update
    was dropped) but replaces the data by its shape, and the exception by its class name (its
    text can quote values too).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if "Received data" not in str(record.msg):
            return True
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_shape(a) for a in args)
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.msg} ({type(record.exc_info[1]).__name__})"
            record.exc_info = None
            record.exc_text = None
        return True


def _shape(value: object) -> str:
    """An update reduced to what it held, without any value: ``{update_id, message{...}}``."""
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(
                f"{k}{_shape(v) if isinstance(v, dict) else ''}"
                for k, v in value.items()
                if isinstance(k, str)
            )
            + "}"
        )
    return f"<{type(value).__name__}>"


# Loggers that log request URLs (with the token), every request, or index-building chatter:
# WARNING and above only.
_CAPPED = ("httpx", "httpcore", "aiohttp.access", "hpack", "bm25s")


def _below_cap(record: logging.LogRecord) -> bool:
    """False for a record of a capped logger (or its children) below WARNING."""
    if record.levelno >= logging.WARNING:
        return True
    return not any(record.name == n or record.name.startswith(n + ".") for n in _CAPPED)


def configure_logging(level: str, secrets: tuple[str, ...] = ()) -> None:
    """Route all logging through one redacting stderr handler.

    httpx logs every request URL (which contains the token) at INFO, so its logger is capped
    at WARNING; the redacting formatter is the second line of defence.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hrbot", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler()
    handler._hrbot = True  # type: ignore[attr-defined]
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets)
    )
    # the cap is also a filter on the handler: bm25s sets its own logger to DEBUG when it is
    # imported, which happens after this (the search index is built lazily)
    handler.addFilter(_below_cap)
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in _CAPPED:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # aiosqlite logs every statement with its parameters (user keys, sealed values) at DEBUG.
    logging.getLogger("aiosqlite").setLevel(logging.INFO)
    # python-telegram-bot's Application logs update contents at DEBUG; keep them out.
    logging.getLogger("telegram").setLevel(max(logging.INFO, logging.getLevelName(level)))
    # ... and when it cannot parse an update, it logs the raw data at CRITICAL: redact it.
    redact_unparsed_updates()


def redact_unparsed_updates() -> None:
    """Attach ``UpdateDataFilter`` to python-telegram-bot's loggers (once)."""
    for name in ("telegram.ext.Updater", "telegram.ext.Application"):
        target = logging.getLogger(name)
        if not any(isinstance(f, UpdateDataFilter) for f in target.filters):
            target.addFilter(UpdateDataFilter())
