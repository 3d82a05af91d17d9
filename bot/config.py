"""Settings, read once from the environment (and optionally a config file).

Every name here is a contract with operators and outside checks; see the README's
configuration table. A config file (``HRBOT_CONFIG``, ``KEY=value`` lines) may supply
values, but the environment always wins.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.keycheck import WeakKeyError, check_secret

DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_DATABASE = "data/hrbot.sqlite3"
DEFAULT_CONTENT_DIR = "content/"
MIN_SECRET_LENGTH = 32
# Telegram allows about 30 messages a second per bot (1,000 for paid broadcasts). Every
# message counts against one budget (bot/telegram_budget.py); this leaves a little headroom.
DEFAULT_SEND_RATE = 29.5
DEFAULT_PAID_RATE = 980.0
KEY_FILE_NAME = "hrbot.key"

# Telegram tokens look like "123456789:AAH...": a numeric bot id, a colon, and a
# url-safe secret. We accept any plausible length so a format change on Telegram's
# side does not lock operators out; getMe catches a token that is well-formed but wrong.
TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{10,}$")

log = logging.getLogger(__name__)


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line an operator can act on."""


def _parse_ids(raw: str, name: str) -> frozenset[int]:
    ids: set[int] = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise ConfigError(
                f"{name} must be comma-separated numeric Telegram user ids; {part!r} is not a number."
            ) from None
    return frozenset(ids)


def _parse_chat(raw: str | None, name: str) -> int | None:
    if raw is None or not raw.strip():
        return None
    try:
        return int(raw.strip())
    except ValueError:
        raise ConfigError(
            f"{name} must be a numeric Telegram chat id such as -1001234567890."
        ) from None


def _parse_bool(raw: str | None, default: bool) -> bool:
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _read_config_file(path: Path) -> dict[str, str]:
    """Read ``KEY=value`` lines (comments with #, optional quotes), as in an env file."""
    values: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"Cannot read the config file {path}: {exc.strerror}.") from None
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ")
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError(f"{path}:{number}: expected KEY=value.")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to know about its deployment."""

    token: str | None = None
    api_url: str = DEFAULT_API_URL
    database: Path = Path(DEFAULT_DATABASE)
    content_dir: Path = Path(DEFAULT_CONTENT_DIR)
    secret_key: str | None = field(default=None, repr=False)
    moderators: frozenset[int] = frozenset()
    log_level: str = "INFO"
    moderator_chat: int | None = None
    peer_chat: int | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    locales_dir: Path | None = None
    purge_interval_s: float = 3600.0
    health_port: int | None = None
    health_listen: str = "127.0.0.1"
    key_file_path: Path | None = None
    send_rate: float | None = None  # None: DEFAULT_SEND_RATE, or DEFAULT_PAID_RATE when paid
    paid_broadcast: bool = False
    send_concurrency: int | None = None
    feeds_port: int | None = None
    feeds_listen: str = "127.0.0.1"
    feeds_url: str = ""
    feeds_sender: str = "harm-reduction-bot"

    @property
    def effective_send_rate(self) -> float:
        """Messages a second for the whole bot (alerts take what replies leave)."""
        if self.send_rate is not None:
            return self.send_rate
        return DEFAULT_PAID_RATE if self.paid_broadcast else DEFAULT_SEND_RATE

    @property
    def api_file_url(self) -> str:
        """The file download base that belongs to ``api_url`` (``.../bot`` -> ``.../file/bot``)."""
        base = self.api_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        config_path = env.get("HRBOT_CONFIG")
        if config_path:
            file_values = _read_config_file(Path(config_path))
            env = {**file_values, **env}

        def get(name: str) -> str | None:
            value = env.get(name)
            return value if value not in (None, "") else None

        level = (get("HRBOT_LOG_LEVEL") or "INFO").upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(
                f"HRBOT_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL (got {level!r})."
            )
        secret = get("HRBOT_SECRET_KEY")
        if secret is not None:
            try:
                check_secret(secret)
            except WeakKeyError as exc:
                raise ConfigError(str(exc)) from None
        api_url = get("TELEGRAM_API_URL") or DEFAULT_API_URL
        if not re.match(r"^https?://", api_url):
            raise ConfigError(
                "TELEGRAM_API_URL must start with http:// or https://, for example "
                "http://127.0.0.1:8081/bot."
            )
        port_raw = get("HRBOT_WEBHOOK_PORT") or "8443"
        try:
            port = int(port_raw)
        except ValueError:
            raise ConfigError(
                f"HRBOT_WEBHOOK_PORT must be a port number (got {port_raw!r})."
            ) from None
        interval_raw = get("HRBOT_PURGE_INTERVAL") or "3600"
        try:
            interval = float(interval_raw)
        except ValueError:
            raise ConfigError(
                f"HRBOT_PURGE_INTERVAL must be a number of seconds (got {interval_raw!r})."
            ) from None
        locales = get("HRBOT_LOCALES_DIR")
        health_raw = get("HRBOT_HEALTH_PORT")
        health_port: int | None = None
        if health_raw is not None:
            try:
                health_port = int(health_raw)
            except ValueError:
                health_port = -1
            if not 0 <= health_port <= 65535:
                raise ConfigError(
                    f"HRBOT_HEALTH_PORT must be a port number such as 9090 (got {health_raw!r})."
                )
        rate_raw = get("HRBOT_SEND_RATE")
        send_rate: float | None = None
        if rate_raw is not None:
            try:
                send_rate = float(rate_raw)
            except ValueError:
                send_rate = -1.0
            if not 0 < send_rate <= 10_000:
                raise ConfigError(
                    f"HRBOT_SEND_RATE must be messages a second between 0 and 10000 (got {rate_raw!r})."
                )
        concurrency_raw = get("HRBOT_SEND_CONCURRENCY")
        send_concurrency: int | None = None
        if concurrency_raw is not None:
            send_concurrency = int(concurrency_raw) if concurrency_raw.isdigit() else 0
            if not 1 <= send_concurrency <= 1000:
                raise ConfigError(
                    f"HRBOT_SEND_CONCURRENCY must be a whole number from 1 to 1000 (got {concurrency_raw!r})."
                )
        feeds_raw = get("HRBOT_FEEDS_PORT")
        feeds_port: int | None = None
        if feeds_raw is not None:
            feeds_port = int(feeds_raw) if feeds_raw.isdigit() else -1
            if not 0 <= feeds_port <= 65535:
                raise ConfigError(
                    f"HRBOT_FEEDS_PORT must be a port number such as 8090 (got {feeds_raw!r})."
                )
        feeds_url = get("HRBOT_FEEDS_URL") or ""
        if feeds_url and not re.match(r"^https?://", feeds_url):
            raise ConfigError(
                "HRBOT_FEEDS_URL must be the public http(s) address of the feeds, such as https://example.org/feeds."
            )
        feeds_sender = get("HRBOT_FEEDS_SENDER") or "harm-reduction-bot"
        if re.search(r"[\s,<&]", feeds_sender):
            raise ConfigError(
                "HRBOT_FEEDS_SENDER must have no spaces, commas, < or & (CAP's rule), e.g. alerts@example.org."
            )
        return cls(
            token=get("TELEGRAM_BOT_TOKEN"),
            api_url=api_url,
            database=Path(get("HRBOT_DATABASE") or DEFAULT_DATABASE),
            content_dir=Path(get("HRBOT_CONTENT_DIR") or DEFAULT_CONTENT_DIR),
            secret_key=secret,
            moderators=_parse_ids(get("HRBOT_MODERATORS") or "", "HRBOT_MODERATORS"),
            log_level=level,
            moderator_chat=_parse_chat(get("HRBOT_MODERATOR_CHAT"), "HRBOT_MODERATOR_CHAT"),
            peer_chat=_parse_chat(get("HRBOT_PEER_CHAT"), "HRBOT_PEER_CHAT"),
            webhook_url=get("HRBOT_WEBHOOK_URL"),
            webhook_secret=get("HRBOT_WEBHOOK_SECRET"),
            webhook_listen=get("HRBOT_WEBHOOK_LISTEN") or "127.0.0.1",
            webhook_port=port,
            locales_dir=Path(locales) if locales else None,
            purge_interval_s=interval,
            health_port=health_port,
            health_listen=get("HRBOT_HEALTH_LISTEN") or "127.0.0.1",
            key_file_path=_key_file_from(env),
            send_rate=send_rate,
            paid_broadcast=_parse_bool(get("HRBOT_PAID_BROADCAST"), False),
            send_concurrency=send_concurrency,
            feeds_port=feeds_port,
            feeds_listen=get("HRBOT_FEEDS_LISTEN") or "127.0.0.1",
            feeds_url=feeds_url,
            feeds_sender=feeds_sender,
        )

    def require_token(self) -> str:
        """The bot token, or a one-line ConfigError saying what to do."""
        if not self.token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather and export its "
                "token, or run `hrbot sandbox` to try the bot without Telegram."
            )
        if not TOKEN_RE.match(self.token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is malformed: expected the form 123456789:ABC-DEF... "
                "as given by @BotFather."
            )
        return self.token

    def with_secret(self) -> Settings:
        """Return settings whose secret key is set, generating a key file once if needed.

        The key file lives apart from the data folder (``key_file``): whoever copies the data
        folder must not get the key with it. A key file created beside the database by an
        earlier version is still used (losing it would make every record unreadable), with a
        warning at every start until it is moved.
        """
        if self.secret_key:
            return self
        path = self.key_file
        legacy = self.legacy_key_file
        if not path.exists() and legacy.exists():
            path = legacy
        if path.resolve().is_relative_to(self.database.resolve().parent):
            if path == legacy and self.key_file != legacy:
                advice = (
                    f"move it: mkdir -p -m 700 {self.key_file.parent} && mv {path} {self.key_file}"
                )
            else:
                advice = (
                    "set HRBOT_KEY_FILE to a path outside the data folder and move the file there"
                )
            log.warning(
                "The secret key file %s lives beside the database: whoever copies the data folder "
                "gets the key with it; %s (README: 'Moving the key out of the data folder').",
                path,
                advice,
            )
        return replace(self, secret_key=load_or_create_key_file(path))

    @property
    def key_file(self) -> Path:
        """Where the generated key is kept: ``HRBOT_KEY_FILE``, else ``$XDG_CONFIG_HOME/hrbot/hrbot.key``."""
        if self.key_file_path is not None:
            return self.key_file_path
        return _key_file_from(os.environ)

    @property
    def legacy_key_file(self) -> Path:
        """Where versions before 0.2 created the key: beside the database (do not create it there)."""
        return self.database.parent / KEY_FILE_NAME


def _key_file_from(env: Mapping[str, str]) -> Path:
    explicit = env.get("HRBOT_KEY_FILE")
    if explicit:
        return Path(explicit)
    config_home = env.get("XDG_CONFIG_HOME") or str(
        Path(env.get("HOME") or Path.home()) / ".config"
    )
    return Path(config_home) / "hrbot" / KEY_FILE_NAME


def load_or_create_key_file(path: Path) -> str:
    """Read the generated secret from ``path``, creating it (mode 0600) the first time."""
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            log.warning("The key file %s is readable by other users; run: chmod 600 %s", path, path)
        key = path.read_text(encoding="utf-8").strip()
        if len(key) < MIN_SECRET_LENGTH:
            raise ConfigError(
                f"The key file {path} is damaged (shorter than {MIN_SECRET_LENGTH} characters)."
            )
        try:
            check_secret(key, name=f"The key in {path}")
        except WeakKeyError as exc:
            raise ConfigError(str(exc)) from None
        return key
    key = secrets.token_urlsafe(48)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise ConfigError(
            f"Cannot create the key file {path} ({exc.strerror}); set HRBOT_KEY_FILE to a writable "
            "path outside the data folder, or set HRBOT_SECRET_KEY."
        ) from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    log.warning(
        "HRBOT_SECRET_KEY is not set, so a new secret was generated into %s (mode 0600). Keep a "
        "copy somewhere safe and apart from database backups: whoever has both the database and "
        "this key can link records to Telegram ids, and losing it makes stored records unreadable.",
        path,
    )
    return key
