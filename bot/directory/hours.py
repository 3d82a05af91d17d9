"""Opening hours in OpenStreetMap ``opening_hours`` syntax, evaluated by opening-hours-py.

We do not parse the syntax ourselves: the maintained parser handles several intervals a day,
``24/7``, ``off``, public holidays (``PH off``, with the country's holiday calendar),
date-specific closures (``2026 Dec 24-Jan 02 off``), comments and overnight ranges. This
module wraps it in what the finder needs: "open now, until when" or "closed, opens when", in
the service's own time zone. No Telegram types here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:  # imported on first use: the bot's start shows no service yet (issue 14)
    from opening_hours import OpeningHours


@cache
def _library() -> tuple[Any, type[Exception], type[Exception], dict[Any, str]]:
    """opening_hours, its two errors and its states' names, imported on first use (its native
    module costs the start about 10 ms; the directory loads after the first poll)."""
    import opening_hours
    from opening_hours import State

    # Raised by opening_hours at run time, missing from its type stubs.
    unknown_country: type[Exception] = getattr(opening_hours, "UnknownCountryError")  # noqa: B009
    parser_error: type[Exception] = getattr(opening_hours, "ParserError")  # noqa: B009
    names = {State.OPEN: OPEN, State.CLOSED: CLOSED, State.UNKNOWN: UNKNOWN}
    return opening_hours, unknown_country, parser_error, names


# How far ahead we look for the next opening or closing (a service closed for the holidays
# still says when it opens again; one closed for longer simply says "closed").
HORIZON = timedelta(days=45)

OPEN = "open"
CLOSED = "closed"
UNKNOWN = "unknown"

_POSITION = re.compile(r"-->\s*(\d+):(\d+)")
_EXPECTED = re.compile(r"=\s*(.+)$", re.MULTILINE)


class HoursError(ValueError):
    """The opening_hours string is not valid; ``column`` is 1-based within the string."""

    def __init__(self, message: str, column: int = 1) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class HoursStatus:
    """The state at one moment.

    ``until``: when an open (or unknown) period ends, ``None`` if not within the horizon
    (``24/7``). ``opens``: for a closed service, the next opening, ``None`` if not within the
    horizon. Both are aware datetimes in the service's time zone. ``comment`` is the text the
    hours give for the current period (``"by appointment"``), possibly empty.
    """

    state: str
    until: datetime | None = None
    opens: datetime | None = None
    comment: str = ""

    @property
    def is_open(self) -> bool:
        return self.state == OPEN


def zone(name: str) -> ZoneInfo:
    """The time zone called ``name``; ``HoursError`` if there is none by that name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise HoursError(
            f"unknown time zone `{name}` (use an IANA name such as Europe/Kyiv)"
        ) from None


def _explain(exc: Exception) -> HoursError:
    """Turn the parser's multi-line caret diagram into one line with a column."""
    text = str(exc)
    position = _POSITION.search(text)
    column = int(position.group(2)) if position else 1
    expected = _EXPECTED.search(text)
    detail = expected.group(1).strip() if expected else text.splitlines()[0]
    return HoursError(f"not valid opening_hours syntax at character {column}: {detail}", column)


_PARSED: dict[tuple[str, str, str | None], OpeningHours] = {}
_PARSED_MAX = 20_000


class Hours:
    """One service's hours, bound to its time zone and country (for public holidays)."""

    def __init__(self, text: str, tz: str | ZoneInfo, country: str | None = None) -> None:
        self.text = text
        self.tz = tz if isinstance(tz, ZoneInfo) else zone(tz)
        self.country = country.upper() if country else None
        if not text or not text.strip():
            raise HoursError("the opening hours are empty; leave `hours` out if they are not known")
        self._parsed: OpeningHours | None = self._parse()

    def _parse(self) -> OpeningHours:
        # A directory repeats a few opening-hours strings thousands of times; the parsed form
        # is immutable (a Rust object), so services with the same hours, zone and country
        # share it.
        key = (self.text, str(self.tz), self.country)
        parsed = _PARSED.get(key)
        if parsed is None:
            parsed = self._parse_now()
            if len(_PARSED) >= _PARSED_MAX:
                _PARSED.clear()
            _PARSED[key] = parsed
        return parsed

    def _parse_now(self) -> OpeningHours:
        library, unknown_country, parser_error, _ = _library()
        try:
            return library.OpeningHours(
                self.text,
                timezone=self.tz,
                country=self.country,
                auto_country=False,
                auto_timezone=False,
            )
        except unknown_country:
            raise HoursError(f"no public-holiday calendar for country `{self.country}`") from None
        except (parser_error, SyntaxError, ValueError) as exc:
            raise _explain(exc) from None

    # A directory read from the compiled cache (bot/directory/cache.py) was checked when it
    # was compiled: its hours are parsed again only when a service is shown.
    @classmethod
    def trusted(cls, text: str, tz: str, country: str | None) -> Hours:
        """Hours already validated once: parsed on first use, not now."""
        hours = cls.__new__(cls)
        hours.text = text
        hours.tz = zone(tz)
        hours.country = country.upper() if country else None
        hours._parsed = None
        return hours

    @property
    def _oh(self) -> OpeningHours:
        if self._parsed is None:
            self._parsed = self._parse()
        return self._parsed

    @property
    def warnings(self) -> list[str]:
        return list(self._oh.warnings)

    @property
    def uses_holidays(self) -> bool:
        return bool(re.search(r"\bPH\b", self.text))

    def status(self, now: datetime) -> HoursStatus:
        """Whether the service is open at ``now`` (aware, any zone), and until / from when."""
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        local = now.astimezone(self.tz)
        end = local + HORIZON
        state: str | None = None
        comment = ""
        until: datetime | None = None
        opens: datetime | None = None
        state_names = _library()[3]
        for start, stop, raw_state, raw_comment in self._oh.intervals(local, end):
            name = state_names.get(raw_state, UNKNOWN)
            if state is None:
                state, comment = name, raw_comment or ""
                if name == CLOSED:
                    continue
                until = stop
                continue
            if state == CLOSED:
                if name == OPEN:
                    opens = start
                    break
                continue
            # open or unknown: extend while the state stays the same (intervals may split)
            if name == state:
                until = stop
                continue
            break
        if state is None:
            return HoursStatus(UNKNOWN)
        if state != CLOSED and until is not None and until >= end:
            until = None
        return HoursStatus(state, _aware(until, self.tz), _aware(opens, self.tz), comment)


def _aware(value: datetime | None, tz: ZoneInfo) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value.astimezone(tz)


def check_hours(text: str, tz: str | None = None, country: str | None = None) -> HoursError | None:
    """The problem with an opening_hours string, or None if the parser accepts it."""
    try:
        Hours(text, tz or "UTC", country)
    except HoursError as exc:
        return exc
    return None


def utc_now() -> datetime:
    return datetime.now(UTC)
