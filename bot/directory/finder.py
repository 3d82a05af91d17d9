"""Find help nearby: the nearest services to a point, open-now text, filters and paging.

The domain behind ``/near``, the "Find services" button and ``hrbot services near``. It never
stores or logs the point it is given: a search is a pure function of (point, filter, page,
now). ``clock`` is injectable so tests can freeze "now" instead of sleeping.

Rendering produces Telegram HTML text but uses no Telegram types: the Translator gives the
person's language, and distances use km or miles by their locale.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from babel import Locale
from babel.dates import format_skeleton
from babel.units import format_unit

from bot.directory.crisis import line_text
from bot.directory.geo import check_point, haversine_m
from bot.directory.hours import CLOSED, OPEN, HoursStatus, utc_now
from bot.directory.service_types import TYPES
from bot.i18n import N_, Translator

if TYPE_CHECKING:  # the loader is imported when the directory loads, not at start
    from bot.directory.regions import CrisisLine, Region
    from bot.directory.services import Service, ServiceDirectory

PAGE_SIZE = 5
MAX_RESULTS = 50  # paging stops here: farther than the 50th nearest is not "nearby"
AREA_RADIUS_M = 50_000  # a point within this of a city's centre is treated as in that city
FAR_M = 100_000  # beyond this, a type is not offered as a filter "nearby"
NEAR_M = 50_000  # farther than this is another place: listed after the near ones, under a label
# When nothing (of the wanted type) is within NEAR_M, the reply says so first and gives what works
# there (the numbers, a peer); services within this are then listed after it, each with its
# distance and town, and farther ones are left out: another city hundreds of km away is not
# "nearby" for someone looking for needles tonight.
FAR_SHOWN_M = 150_000
MAX_AREA = 3  # mobile/online services shown under the first page
MESSAGE_BUDGET = 3900  # UTF-16 code units; Telegram's limit is 4096 after entity parsing

# Telegram sends only a language code; a territory in it (en-US, en_GB) decides miles.
MILES_TERRITORIES = frozenset({"US", "GB", "LR", "MM"})

FLAG_LABELS = {
    "community_led": N_("Community-led"),
    "peer_staff": N_("Peer staff"),
    "low_threshold": N_("No ID or insurance needed"),
}


def units_for(language_code: str | None) -> str:
    """``"mi"`` for language codes whose territory uses miles (en-US, en-GB...), else ``"km"``."""
    if not language_code:
        return "km"
    parts = re.split(r"[-_]", language_code.strip())
    if len(parts) > 1 and parts[-1].upper() in MILES_TERRITORIES:
        return "mi"
    return "km"


def format_distance(meters: float, locale: Locale | str, units: str = "km") -> str:
    """``650 m``, ``1.2 km``, ``14 km``; or ``300 ft``, ``0.4 mi``, ``12 mi`` (babel, localised)."""
    if units == "mi":
        miles = meters / 1609.344
        if miles < 0.1:
            feet = max(50, round(meters / 0.3048 / 50) * 50)
            return format_unit(feet, "length-foot", length="short", locale=locale)
        value: float = round(miles, 1) if miles < 10 else round(miles)
        return format_unit(value, "length-mile", length="short", locale=locale)
    if meters < 1000:
        return format_unit(
            max(10, round(meters / 10) * 10), "length-meter", length="short", locale=locale
        )
    km = meters / 1000
    value = round(km, 1) if km < 10 else round(km)
    return format_unit(value, "length-kilometer", length="short", locale=locale)


@dataclass(frozen=True)
class Hit:
    service: Service
    distance_m: float | None  # None for a mobile/online service listed by its area
    status: HoursStatus | None  # None: no hours listed


@dataclass(frozen=True)
class Page:
    hits: tuple[Hit, ...]
    offset: int
    has_more: bool
    type_id: str | None = None
    area: tuple[Hit, ...] = ()  # mobile, online or mail-order services covering the point
    types_nearby: tuple[str, ...] = field(default=())
    now: datetime | None = None
    near_count: int = 0  # how many of all the results (not only this page) are within NEAR_M
    # service id -> the town (city, else the region) of each hit farther than NEAR_M, so a far
    # result says where it is ("Kyiv"), not only how far
    towns: Mapping[str, Region] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.hits and not self.area

    @property
    def nothing_near(self) -> bool:
        """Nothing of the wanted type within NEAR_M, and no mobile service for the area."""
        return self.near_count == 0 and not self.area


class Finder:
    """Nearest services with their open-now state, from a ``ServiceDirectory``."""

    def __init__(
        self,
        directory: ServiceDirectory,
        regions: Any | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.directory = directory
        self.regions = regions
        self.clock = clock

    def status(self, service: Service, now: datetime) -> HoursStatus | None:
        return service.hours.status(now) if service.hours is not None else None

    def near(
        self,
        lat: float,
        lon: float,
        type_id: str | None = None,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        with_area: bool | None = None,
    ) -> Page:
        """The ``limit`` nearest findable services after ``offset`` (optionally of one type)."""
        check_point(lat, lon)
        if type_id is not None and type_id not in TYPES:
            raise ValueError(f"unknown service type {type_id!r}")
        offset = max(0, min(offset, MAX_RESULTS))
        limit = max(1, min(limit, MAX_RESULTS))
        now = self.clock()
        found = self.directory.nearest(lat, lon, MAX_RESULTS, type_id)
        ranked = rank([Hit(s, d, self.status(s, now)) for s, d in found])
        hits = tuple(ranked[offset : offset + limit])
        has_more = len(ranked) > offset + limit
        near_count = sum(1 for hit in ranked if not is_far(hit))
        area: tuple[Hit, ...] = ()
        if with_area if with_area is not None else offset == 0:
            area = tuple(
                Hit(s, None, self.status(s, now))
                for s in self.area_services(lat, lon, found[:PAGE_SIZE])
                if type_id is None or type_id in s.types
            )[:MAX_AREA]
        types = self.types_nearby(lat, lon) if offset == 0 else ()
        towns = {h.service.id: town for h in hits if is_far(h) and (town := self.town(h.service))}
        return Page(hits, offset, has_more, type_id, area, types, now, near_count, towns)

    def town(self, service: Service) -> Region | None:
        """The city a service is in, else the most precise region known for it."""
        if self.regions is None or not service.region:
            return None
        chain = self.regions.ancestors(service.region)
        return next((r for r in chain if r.level == "city"), chain[0] if chain else None)

    def types_nearby(self, lat: float, lon: float, k: int = 20) -> tuple[str, ...]:
        """The service types among the ``k`` nearest services (for the filter buttons)."""
        present: set[str] = set()
        for service, distance in self.directory.nearest(lat, lon, k):
            if distance <= FAR_M:
                present.update(service.types)
        return tuple(t for t in TYPES if t in present)

    def regions_at(
        self, lat: float, lon: float, nearest: Iterable[tuple[Service, float]] = ()
    ) -> set[str]:
        """Region ids the point is probably in: cities whose centre is within
        ``AREA_RADIUS_M``, and the regions of nearby services, with all their ancestors."""
        found: set[str] = set()
        for service, distance in nearest:
            if distance <= AREA_RADIUS_M and service.region:
                found.add(service.region)
        if self.regions is not None:
            for region in self.regions:
                if (
                    region.level == "city"
                    and haversine_m(lat, lon, *region.center) <= AREA_RADIUS_M
                ):
                    found.add(region.id)
            for region_id in list(found):
                found.update(r.id for r in self.regions.ancestors(region_id))
        return found

    def area_services(
        self, lat: float, lon: float, nearest: Iterable[tuple[Service, float]] = ()
    ) -> list[Service]:
        here = self.regions_at(lat, lon, nearest)
        if not here:
            return []
        return [s for s in self.directory.area_services if here.intersection(s.service_area)]


def is_open(hit: Hit) -> bool:
    return (
        hit.service.status != "temporarily-closed"
        and hit.status is not None
        and hit.status.state == OPEN
    )


def is_far(hit: Hit) -> bool:
    return hit.distance_m is not None and hit.distance_m > NEAR_M


def rank(hits: list[Hit]) -> list[Hit]:
    """The order people can use: near before far (another city is never mixed in between
    local services); near ones open now before closed or unknown, then by distance; far ones
    by distance alone (a closed service 80 km away is nearer help than an open one 460 km
    away, and only those within FAR_SHOWN_M are shown when nothing is near)."""
    return sorted(
        hits, key=lambda h: (is_far(h), not is_far(h) and not is_open(h), h.distance_m or 0.0)
    )


# -- rendering -------------------------------------------------------------------------------
def describe_status(
    service: Service, status: HoursStatus | None, tr: Translator, now: datetime
) -> str:
    """ "Open now, until 18:00", "Closed now, opens tomorrow at 09:00"... in the service's zone."""
    if service.status == "temporarily-closed":
        return "⛔ " + tr._("Temporarily closed")
    if status is None:
        return "❔ " + tr._("Opening hours not listed: call or check before you go")
    tz = service.hours.tz if service.hours is not None else None
    local_now = now.astimezone(tz) if tz else now
    comment = f" ({html.escape(status.comment)})" if status.comment else ""
    if status.state == OPEN:
        if status.until is None:
            return "🟢 " + tr._("Open 24 hours") + comment
        until = status.until
        time_text = tr.time(until, tz=tz)
        days = (until.date() - local_now.date()).days
        if days <= 0 or (days == 1 and until.hour == 0 and until.minute == 0):
            text = tr._("Open now, until {time}", time=time_text)
        elif days == 1:
            text = tr._("Open now, until {time} tomorrow", time=time_text)
        else:
            text = tr._("Open now, until {when}", when=_when(until, tr))
        return "🟢 " + text + comment
    if status.state == CLOSED:
        opens = status.opens
        if opens is None:
            return "🔴 " + tr._("Closed now") + comment
        time_text = tr.time(opens, tz=tz)
        days = (opens.date() - local_now.date()).days
        if days <= 0:
            text = tr._("Closed now, opens today at {time}", time=time_text)
        elif days == 1:
            text = tr._("Closed now, opens tomorrow at {time}", time=time_text)
        else:
            text = tr._("Closed now, opens {when}", when=_when(opens, tr))
        return "🔴 " + text + comment
    # unknown: "by appointment", "call first"...
    return "🟡 " + tr._("May be open: check before you go") + comment


def _when(moment: datetime, tr: Translator) -> str:
    """``Mon, November 30, 9:00 AM`` in the person's language, in the moment's own zone."""
    day = format_skeleton("MMMMEEEEd", moment, locale=tr.locale)
    return f"{day}, {tr.time(moment, tz=moment.tzinfo)}"


def type_label(type_id: str, tr: Translator) -> str:
    return tr._(TYPES[type_id])


def language_names(codes: Iterable[str], tr: Translator) -> str:
    names = []
    for code in codes:
        name = tr.locale.languages.get(code) or code
        names.append(name)
    return ", ".join(names)


def render_service(
    hit: Hit,
    number: int | None,
    tr: Translator,
    units: str,
    now: datetime,
    town: Region | None = None,
) -> str:
    service = hit.service
    lang = tr.lang
    title = html.escape(service.name(lang))
    head = f"<b>{number}. {title}</b>" if number is not None else f"<b>{title}</b>"
    if hit.distance_m is not None:
        head += " · " + html.escape(format_distance(hit.distance_m, tr.locale, units))
    if town is not None and is_far(hit):  # another place: say which
        head += " · " + html.escape(town.name(lang))
    lines = [head, describe_status(service, hit.status, tr, now)]
    lines.append(html.escape(" · ".join(type_label(t, tr) for t in service.types)))
    if service.has_point:
        address = service.address_in(lang)
        if address:
            lines.append("📍 " + html.escape(address))
    else:
        lines.append("🚐 " + tr._("Mobile or outreach service: no fixed address"))
    if service.phone:
        lines.append("☎️ " + html.escape(service.phone))
    if service.url:
        lines.append("🔗 " + html.escape(service.url))
    if service.languages:
        lines.append("🗣 " + html.escape(language_names(service.languages, tr)))
    flags = [tr._(label) for attr, label in FLAG_LABELS.items() if getattr(service, attr)]
    if flags:
        lines.append("✊ " + html.escape(" · ".join(flags)))
    notice = service.notice_in(lang)
    if notice:
        lines.append("⚠️ <i>" + html.escape(notice) + "</i>")
    return "\n".join(lines)


def render_page(
    page: Page,
    tr: Translator,
    units: str = "km",
    place: str | None = None,
    local_help: str | None = None,
    missing_type: str | None = None,
) -> str:
    """The whole reply: heading, numbered services, area services, a short footer."""
    return render(page, tr, units, place, local_help, missing_type)[0]


def nothing_near_text(tr: Translator, units: str, place: str | None, type_id: str | None) -> str:
    """ "I don't know of any services near Moscow yet (none within 50 km)." (Telegram HTML)"""
    distance = html.escape(format_distance(NEAR_M, tr.locale, units))
    if type_id:
        kind = html.escape(type_label(type_id, tr))
        if place:
            return tr._(
                "I don't know of any services of this type ({type}) near {place} yet "
                "(none within {distance}).",
                type=kind,
                place=html.escape(place),
                distance=distance,
            )
        return tr._(
            "I don't know of any services of this type ({type}) near you yet "
            "(none within {distance}).",
            type=kind,
            distance=distance,
        )
    if place:
        return tr._(
            "I don't know of any services near {place} yet (none within {distance}).",
            place=html.escape(place),
            distance=distance,
        )
    return tr._(
        "I don't know of any services near you yet (none within {distance}).", distance=distance
    )


def render_local_help(
    tr: Translator, emergency: str, lines: Iterable[CrisisLine] = (), max_lines: int = 2
) -> str:
    """What works where no service is known: the emergency number (``emergency``: "112 or
    103", or the "your local emergency number" text), the crisis lines, a peer (HTML)."""
    rows = [
        tr._("🚑 Overdose or another emergency: call {number}", number="<b>" + emergency + "</b>")
    ]
    rows += [line_text(tr, line) for line in list(lines)[:max_lines]]
    rows.append(
        "💬 "
        + tr._(
            "A peer (someone with lived experience) can answer you here, anonymously, "
            "and may know a place near you."
        )
    )
    return tr._("What you can do now:") + "\n" + "\n".join(rows)


def render(
    page: Page,
    tr: Translator,
    units: str = "km",
    place: str | None = None,
    local_help: str | None = None,
    missing_type: str | None = None,
) -> tuple[str, int, int]:
    """``render_page``, how many of ``page.hits`` fit in the message (the next page starts
    after them) and how many of ``page.area``.

    When nothing (of the wanted type) is within ``NEAR_M`` (``page.nothing_near``, first page)
    the reply says so first, then ``local_help`` (what works there: the numbers, a peer), and
    lists only services within ``FAR_SHOWN_M``, each with its distance and town. A
    ``missing_type`` is a type the person asked for that is not near: ``page`` then holds the
    services of every type near there, after a sentence saying so."""
    now = page.now or utc_now()
    parts: list[str] = []
    nothing_near = page.offset == 0 and page.nothing_near
    if nothing_near:
        parts.append("<b>" + nothing_near_text(tr, units, place, page.type_id) + "</b>")
        if local_help:
            parts.append(local_help)
    else:
        if place:
            where = tr._("Services nearest to {place}", place=html.escape(place))
        else:
            where = tr._("Services nearest to you")
        if page.type_id:
            where += f" ({html.escape(type_label(page.type_id, tr))})"
        if page.offset:
            where += " · " + tr._("from number {n}", n=page.offset + 1)
        parts.append(f"<b>{where}</b>")
        if missing_type and page.offset == 0:
            parts.append(
                nothing_near_text(tr, units, place, missing_type)
                + " "
                + tr._("Other services near there, which may help or know where to go:")
            )
    hits = list(page.hits)
    if nothing_near:
        hits = [h for h in hits if h.distance_m is not None and h.distance_m <= FAR_SHOWN_M]
        if hits:
            parts.append("<b>" + tr._("The nearest I know, farther away:") + "</b>")
    items = []
    for number, hit in enumerate(hits, start=page.offset + 1):
        text = render_service(hit, number, tr, units, now, page.towns.get(hit.service.id))
        if not nothing_near and page.near_count and number == page.near_count + 1:
            far = html.escape(format_distance(NEAR_M, tr.locale, units))
            text = (
                "<b>"
                + tr._("Farther away (more than {distance}), in other places:", distance=far)
                + "</b>\n\n"
                + text
            )
        items.append(text)
    area = [render_service(hit, None, tr, units, now) for hit in page.area]
    if not items and not area and not nothing_near:  # a page past the end
        if page.type_id:
            parts.append(
                tr._("I know of no service of this type anywhere near. Try without the filter.")
            )
        else:
            parts.append(
                tr._(
                    "I don't know of any service yet. A peer may know one: ask your question in your own words."
                )
            )
        return "\n\n".join(parts), 0, 0
    footer = [tr._("Distances are in a straight line. Hours change: call ahead when you can.")]
    if any(h.service.sample for h in (*hits, *page.area)):
        footer.append(tr._("These are sample listings for trying the bot, not real services."))
    tail = ["<i>" + html.escape(" ".join(footer)) + "</i>"] if items or area else []
    area_head = ["<b>" + tr._("Mobile and outreach services for this area") + "</b>"]

    def assemble() -> str:
        return "\n\n".join(parts + items + (area_head + area if area else []) + tail)

    # Stay within one Telegram message: drop area services first, then the last items
    # (they stay reachable with "more"), never the first.
    text = assemble()
    while _utf16_len(text) > MESSAGE_BUDGET and (area or len(items) > 1):
        if area:
            area.pop()
        else:
            items.pop()
        text = assemble()
    return text, len(items), len(area)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def render_plain_status(
    service: Service, status: HoursStatus | None, tr: Translator, now: datetime
) -> str:
    """The status line without the emoji (for the CLI)."""
    return describe_status(service, status, tr, now).split(" ", 1)[-1]
