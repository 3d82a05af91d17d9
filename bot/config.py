"""Settings, read once from the environment (and optionally a config file), in one place.

``Settings.from_env`` is the only reader of ``HRBOT_*`` variables. ``Settings`` holds one frozen
section per concern; the composition root passes each feature its own section(s) through its
constructor (docs/ARCHITECTURE.md, "Settings", says who takes what):

* ``settings.core``     (``CoreSettings``): token, Bot API, database, keys, moderators and their
  chat, languages, webhook, health and feeds servers, the purge interval;
* ``settings.library``  (``LibrarySettings``, bot/library/config.py): content polling and search;
* ``settings.peers``    (``PeerSettings``, bot/library/config.py): questions to peers (their
  chat, hours and limits);
* ``settings.alerts``   (``AlertSettings``, bot/alerts/config.py): invites, reports, review;
* ``settings.delivery`` (``DeliverySettings``): Telegram's sending rate and paid broadcasts;
* ``settings.flood``    (``FloodSettings``): how fast one chat may write before it is slowed.

Every name in ``VARIABLES`` is a contract with operators; the README's configuration table lists
exactly these (tests/foundation/test_config.py checks names and defaults). A config file
(``HRBOT_CONFIG``, ``KEY=value`` lines) may supply values, but the environment always wins.
An ``HRBOT_*`` name nobody knows is reported with the closest known one (``hrbot config check``).
"""

from __future__ import annotations

import contextlib
import difflib
import logging
import os
import re
import secrets
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.alerts.config import AlertSettings
from bot.config_error import ConfigError
from bot.i18n import parse_fallbacks
from bot.keycheck import WeakKeyError, check_secret
from bot.library.config import LibrarySettings, PeerSettings

__all__ = [
    "VARIABLES",
    "AlertSettings",
    "ConfigError",
    "CoreSettings",
    "DeliverySettings",
    "FloodSettings",
    "LibrarySettings",
    "PeerSettings",
    "Settings",
    "Variable",
]

DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_DATABASE = "data/hrbot.sqlite3"
DEFAULT_CONTENT_DIR = "content/"
MIN_SECRET_LENGTH = 32
# Telegram allows about 30 messages a second per bot (1,000 for paid broadcasts). Every
# message counts against one budget (bot/telegram_budget.py), a bucket of one token, so no
# one-second window ever holds more than 30 (1 + 29.8): a little headroom, and alerts still reach
# about 0.98 of 30/s after the moderators' progress edits (bench/alerts_blackbox_bench.py: at
# 29.5 a broadcast was capped at 0.972 by the budget alone).
DEFAULT_SEND_RATE = 29.8
DEFAULT_PAID_RATE = 980.0
KEY_FILE_NAME = "hrbot.key"

# Telegram tokens look like "123456789:AAH...": a numeric bot id, a colon, and a
# url-safe secret. We accept any plausible length so a format change on Telegram's
# side does not lock operators out; getMe catches a token that is well-formed but wrong.
TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{10,}$")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Variable:
    """One setting an operator can give: its name, its section, and its default as documented."""

    name: str
    section: str
    default: str  # the README's "Default" cell, exactly


# Every variable the bot reads, in the README's order. ``default`` is the README's cell: when it
# is one literal in backticks, giving that value must change nothing (the tests check it).
VARIABLES: tuple[Variable, ...] = tuple(
    Variable(name, section, default)
    for section, name, default in (
        ("core", "HRBOT_CONFIG", "(none)"),
        ("core", "TELEGRAM_BOT_TOKEN", "(none)"),
        ("core", "TELEGRAM_API_URL", "`https://api.telegram.org/bot`"),
        ("core", "HRBOT_DATABASE", "`data/hrbot.sqlite3`"),
        ("core", "HRBOT_CONTENT_DIR", "`content/`"),
        ("core", "HRBOT_SECRET_KEY", "generated"),
        (
            "core",
            "HRBOT_KEY_FILE",
            "`$XDG_CONFIG_HOME/hrbot/hrbot.key` (`~/.config/hrbot/hrbot.key`)",
        ),
        ("core", "HRBOT_MODERATORS", "(none)"),
        ("core", "HRBOT_LOG_LEVEL", "`INFO`"),
        ("core", "HRBOT_MODERATOR_CHAT", "(none)"),
        ("alerts", "HRBOT_MODERATOR_CHAT_LANGUAGE", "`en`"),
        ("alerts", "HRBOT_APPROVALS", "`information=1,caution=1,warning=2`"),
        ("alerts", "HRBOT_REVIEW_REPING_MINUTES", "`10`"),
        ("alerts", "HRBOT_INVITE_HOURS", "`48`"),
        ("alerts", "HRBOT_REPORTS_PER_DAY", "`5`"),
        ("alerts", "HRBOT_REPORT_TIMEOUT", "`30`"),
        ("peers", "HRBOT_PEER_CHAT", "(none)"),
        ("core", "HRBOT_WEBHOOK_URL", "(none)"),
        ("core", "HRBOT_WEBHOOK_LISTEN", "`127.0.0.1`"),
        ("core", "HRBOT_WEBHOOK_PORT", "`8443`"),
        ("core", "HRBOT_WEBHOOK_SECRET", "derived"),
        ("delivery", "HRBOT_SEND_RATE", "`29.8` (`980` paid)"),
        ("delivery", "HRBOT_PAID_BROADCAST", "off"),
        ("delivery", "HRBOT_SEND_CONCURRENCY", "from the rate"),
        ("flood", "HRBOT_FLOOD_RATE", "`1`"),
        ("flood", "HRBOT_FLOOD_BURST", "`10`"),
        ("core", "HRBOT_PURGE_INTERVAL", "`3600`"),
        ("core", "HRBOT_LOCALES_DIR", "the checkout's `locales/`"),
        ("core", "HRBOT_HEALTH_PORT", "off"),
        ("core", "HRBOT_HEALTH_LISTEN", "`127.0.0.1`"),
        ("alerts", "HRBOT_ALERT_CHANNELS", "(none)"),
        ("core", "HRBOT_FEEDS_PORT", "off"),
        ("core", "HRBOT_FEEDS_LISTEN", "`127.0.0.1`"),
        ("core", "HRBOT_FEEDS_URL", "(none)"),
        ("core", "HRBOT_FEEDS_SENDER", "`harm-reduction-bot`"),
        ("alerts", "HRBOT_FONT_DIR", "Debian's DejaVu folder"),
        (
            "core",
            "HRBOT_LANGUAGE_FALLBACKS",
            "`kk:ru,ky:ru,tg:ru,uz:ru,be:ru,az:ru,hy:ru,ka:ru,tk:ru`",
        ),
        ("library", "HRBOT_CONTENT_POLL_SECONDS", "`5`"),
        ("library", "HRBOT_SEARCH_EMBEDDINGS", "`on`"),
        ("library", "HRBOT_SEARCH_QUICK_START", "`on`"),
        ("library", "HRBOT_SEARCH_THRESHOLD", "(built in)"),
        ("library", "HRBOT_EMBEDDINGS_CACHE", "`cache/` beside the database"),
        ("library", "HRBOT_EMBED_THREADS", "`1`"),
        ("library", "HRBOT_QUERY_EMBEDDING", "`full`"),
        ("peers", "HRBOT_PEER_HOURS", "`Mo-Fr 10:00-20:00`"),
        ("peers", "HRBOT_PEER_TIMEZONE", "`UTC`"),
        ("peers", "HRBOT_PEER_CHAT_LANGUAGE", "`en`"),
        ("peers", "HRBOT_TICKET_REPING_MINUTES", "`60`"),
        ("peers", "HRBOT_TICKET_MAX_OPEN", "`3`"),
        ("peers", "HRBOT_TICKET_BLOCK_DAYS", "`30`"),
        ("peers", "HRBOT_TICKET_RETENTION_DAYS", "`14`"),
        ("library", "HRBOT_YAML_CACHE", "`hrbot/yaml` in the user's cache folder (`~/.cache`)"),
    )
)
KNOWN_NAMES = frozenset(v.name for v in VARIABLES)


def unknown_names(names: Iterable[str]) -> list[tuple[str, str | None]]:
    """``HRBOT_*`` names that no setting has, each with the closest known name (or None)."""
    # Compared without the common prefix, which would make every name look alike.
    known = {name.removeprefix("HRBOT_"): name for name in KNOWN_NAMES}
    found = []
    for name in sorted(set(names)):
        if name.startswith("HRBOT_") and name not in KNOWN_NAMES:
            close = difflib.get_close_matches(name.removeprefix("HRBOT_"), known, n=1, cutoff=0.6)
            found.append((name, known[close[0]] if close else None))
    return found


def describe_unknown(name: str, closest: str | None) -> str:
    hint = f"; did you mean {closest}?" if closest else "; see the README's configuration table"
    return f"{name} is not a setting of this bot and is ignored{hint}"


def _parse_ids(raw: str, name: str) -> frozenset[int]:
    ids: set[int] = set()
    for piece in raw.replace(";", ",").split(","):
        part = piece.strip()
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
    for number, raw_line in enumerate(text.splitlines(), start=1):
        stripped = raw_line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        line = stripped.removeprefix("export ")
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError(f"{path}:{number}: expected KEY=value.")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


@dataclass(frozen=True)
class DeliverySettings:
    """How fast the bot sends: one budget for the whole bot (bot/telegram_budget.py)."""

    send_rate: float | None = None  # None: DEFAULT_SEND_RATE, or DEFAULT_PAID_RATE when paid
    paid_broadcast: bool = False
    send_concurrency: int | None = None

    @property
    def effective_send_rate(self) -> float:
        """Messages a second for the whole bot (alerts take what replies leave)."""
        if self.send_rate is not None:
            return self.send_rate
        return DEFAULT_PAID_RATE if self.paid_broadcast else DEFAULT_SEND_RATE

    @classmethod
    def parse(cls, env: Mapping[str, str]) -> DeliverySettings:
        rate_raw = (env.get("HRBOT_SEND_RATE") or "").strip() or None
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
        concurrency_raw = (env.get("HRBOT_SEND_CONCURRENCY") or "").strip() or None
        send_concurrency: int | None = None
        if concurrency_raw is not None:
            send_concurrency = int(concurrency_raw) if concurrency_raw.isdigit() else 0
            if not 1 <= send_concurrency <= 1000:
                raise ConfigError(
                    f"HRBOT_SEND_CONCURRENCY must be a whole number from 1 to 1000 (got {concurrency_raw!r})."
                )
        return cls(
            send_rate=send_rate,
            paid_broadcast=_parse_bool(env.get("HRBOT_PAID_BROADCAST"), False),
            send_concurrency=send_concurrency,
        )


@dataclass(frozen=True)
class FloodSettings:
    """Per chat: ``burst`` messages at once, then ``rate`` a second (``FloodGate``)."""

    rate: float = 1.0
    burst: int = 10

    @classmethod
    def parse(cls, env: Mapping[str, str]) -> FloodSettings:
        rate_raw = (env.get("HRBOT_FLOOD_RATE") or "").strip() or "1"
        burst_raw = (env.get("HRBOT_FLOOD_BURST") or "").strip() or "10"
        try:
            rate = float(rate_raw)
        except ValueError:
            rate = -1.0
        if not 0 < rate <= 10_000:
            raise ConfigError(
                f"HRBOT_FLOOD_RATE must be messages a second between 0 and 10000 (got {rate_raw!r})."
            )
        burst = int(burst_raw) if burst_raw.isdigit() else 0
        if not 1 <= burst <= 100_000:
            raise ConfigError(
                f"HRBOT_FLOOD_BURST must be a whole number from 1 to 100000 (got {burst_raw!r})."
            )
        return cls(rate=rate, burst=burst)


@dataclass(frozen=True)
class CoreSettings:
    """What every part of the bot shares: Telegram, storage, keys, moderators, languages and the
    servers the runner starts (``Services.create``, ``bot.runner``, the CLI)."""

    token: str | None = None
    api_url: str = DEFAULT_API_URL
    database: Path = Path(DEFAULT_DATABASE)
    content_dir: Path = Path(DEFAULT_CONTENT_DIR)
    secret_key: str | None = field(default=None, repr=False)
    moderators: frozenset[int] = frozenset()
    log_level: str = "INFO"
    moderator_chat: int | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    locales_dir: Path | None = None
    purge_interval_s: float = 3600.0
    health_port: int | None = None
    health_listen: str = "127.0.0.1"
    key_file_path: Path | None = None
    feeds_port: int | None = None
    feeds_listen: str = "127.0.0.1"
    feeds_url: str = ""
    feeds_sender: str = "harm-reduction-bot"
    language_fallbacks: dict[str, str] | None = None  # None: bot.i18n.DEFAULT_FALLBACKS

    @property
    def api_file_url(self) -> str:
        """The file download base that belongs to ``api_url`` (``.../bot`` -> ``.../file/bot``)."""
        base = self.api_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"

    @classmethod
    def parse(cls, env: Mapping[str, str]) -> CoreSettings:
        """The section from the merged environment and config file (see ``Settings.from_env``)."""

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
            webhook_url=get("HRBOT_WEBHOOK_URL"),
            webhook_secret=get("HRBOT_WEBHOOK_SECRET"),
            webhook_listen=get("HRBOT_WEBHOOK_LISTEN") or "127.0.0.1",
            webhook_port=port,
            locales_dir=Path(locales) if locales else None,
            purge_interval_s=interval,
            health_port=health_port,
            health_listen=get("HRBOT_HEALTH_LISTEN") or "127.0.0.1",
            key_file_path=_key_file_from(env),
            feeds_port=feeds_port,
            feeds_listen=get("HRBOT_FEEDS_LISTEN") or "127.0.0.1",
            feeds_url=feeds_url,
            feeds_sender=feeds_sender,
            language_fallbacks=parse_fallbacks(get("HRBOT_LANGUAGE_FALLBACKS")),
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

    def with_secret(self) -> CoreSettings:
        """Return a core whose secret key is set, generating a key file once if needed.

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


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to know about its deployment: one section per concern, each
    passed by the composition root to the constructors that need it."""

    core: CoreSettings = field(default_factory=CoreSettings)
    library: LibrarySettings = field(default_factory=LibrarySettings)
    peers: PeerSettings = field(default_factory=PeerSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    flood: FloodSettings = field(default_factory=FloodSettings)
    # HRBOT_* names given (environment or file) that no setting has: reported, never fatal.
    unknown: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        given = [name for name in env if name.startswith("HRBOT_")]
        config_path = env.get("HRBOT_CONFIG")
        if config_path:
            file_values = _read_config_file(Path(config_path))
            given += list(file_values)
            env = {**file_values, **env}
        return cls(
            core=CoreSettings.parse(env),
            library=LibrarySettings.parse(env),
            peers=PeerSettings.parse(env),
            alerts=AlertSettings.parse(env),
            delivery=DeliverySettings.parse(env),
            flood=FloodSettings.parse(env),
            unknown=tuple(name for name, _ in unknown_names(given)),
        )

    def report_unknown(self) -> None:
        """Warn once per unknown ``HRBOT_*`` name, naming the closest known one."""
        for name, closest in unknown_names(self.unknown):
            log.warning("%s", describe_unknown(name, closest))

    def with_secret(self) -> Settings:
        """These settings with the core's secret key set (``CoreSettings.with_secret``)."""
        core = self.core.with_secret()
        return self if core is self.core else replace(self, core=core)


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


def yaml_cache_dir(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where parsed content files are kept (``HRBOT_YAML_CACHE``; None: ``off``). Read here, not
    through ``Settings``, because ``hrbot content check`` parses content without a bot's settings;
    the environment wins over the ``HRBOT_CONFIG`` file, as for every other setting."""
    env = dict(os.environ if environ is None else environ)
    config_path = env.get("HRBOT_CONFIG")
    if config_path:
        # a bad config file is reported by whoever reads the settings
        with contextlib.suppress(ConfigError):
            env = {**_read_config_file(Path(config_path)), **env}
    configured = (env.get("HRBOT_YAML_CACHE") or "").strip()
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hrbot" / "yaml"
