"""Public channels per region that get each approved alert (``HRBOT_ALERT_CHANNELS``).

The operator (whoever runs the bot) names the channels, because only a channel's owner can
make the bot an administrator there; moderators then need to do nothing: every alert they
approve for a region is cross-posted to that region's channels, and a correction or
withdrawal edits the post (or replies to it when Telegram cannot edit it).

Format: comma-separated ``REGION=CHANNEL:LANGUAGE`` entries, e.g.
``ua-lviv-oblast=@lviv_drug_alerts:uk, ua=-1001234567890:ru``. ``CHANNEL`` is the channel's
``@username`` or its numeric chat id (-100...); ``LANGUAGE`` is the card's language (en, ru,
uk, es; default en). A channel of a region gets the alerts of that region and of every region
inside it (as a subscriber of it would); a channel named for several regions gets one post.

The posts go through the alerts outbox (``bot.storage.channels``, migration 010) and the
bot's one sending budget, like subscribers' deliveries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.config_error import ConfigError

LANGUAGES = ("en", "ru", "uk", "es")
_USERNAME = re.compile(r"^@[A-Za-z][A-Za-z0-9_]{3,31}$")
_CHAT_ID = re.compile(r"^-100\d{5,15}$")
_REGION = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True, slots=True)
class AlertChannel:
    region_id: str
    chat: str  # '@username' or '-100...'
    language: str

    @property
    def chat_id(self) -> int | str:
        """What the Bot API takes as ``chat_id``."""
        return self.chat if self.chat.startswith("@") else int(self.chat)


def parse_channels(raw: str | None) -> tuple[AlertChannel, ...]:
    """``"ua=@ua_alerts:uk, ua-lviv-oblast=-1001234567890:ru"`` -> channels (ConfigError if wrong)."""
    if not raw or not raw.strip():
        return ()
    found: list[AlertChannel] = []
    languages: dict[str, str] = {}
    for piece in raw.replace(";", ",").replace("\n", ",").split(","):
        part = piece.strip()
        if not part:
            continue
        region, sep, rest = part.partition("=")
        region = region.strip().lower()
        chat, _, language = rest.strip().partition(":")
        chat, language = chat.strip(), (language.strip().lower() or "en")
        if not sep or not _REGION.match(region):
            raise ConfigError(
                "HRBOT_ALERT_CHANNELS must look like ua-lviv-oblast=@lviv_alerts:uk,"
                f"ua=-1001234567890:ru; {part!r} has no region id before '='."
            )
        if not (_USERNAME.match(chat) or _CHAT_ID.match(chat)):
            raise ConfigError(
                f"HRBOT_ALERT_CHANNELS: {chat!r} is neither a channel @username nor a channel "
                "chat id (-100...)."
            )
        if language not in LANGUAGES:
            raise ConfigError(
                f"HRBOT_ALERT_CHANNELS: language {language!r} is not one of {', '.join(LANGUAGES)}."
            )
        key = chat.lower()
        if languages.setdefault(key, language) != language:
            raise ConfigError(
                f"HRBOT_ALERT_CHANNELS: {chat} is given two languages; a channel has one."
            )
        found.append(AlertChannel(region, chat, language))
    return tuple(dict.fromkeys(found))


def channel_targets(
    channels: Iterable[AlertChannel], region_ids: Sequence[str]
) -> list[tuple[str, str]]:
    """(chat, language) of every channel serving one of ``region_ids`` (the alert's region and
    the regions above it), once per channel."""
    wanted = set(region_ids)
    targets: dict[str, tuple[str, str]] = {}
    for channel in channels:
        if channel.region_id in wanted:
            targets.setdefault(channel.chat.lower(), (channel.chat, channel.language))
    return list(targets.values())
