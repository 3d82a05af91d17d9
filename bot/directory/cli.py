"""``hrbot services near LAT LON`` and ``hrbot services feedback``: the directory for operators.

``near`` reads only the content files (no database, no token) and prints the nearest
findable services, or JSON items with ``id`` and ``distance_m`` for outside checks. Nothing
is logged about the point asked for. Open services come first, so the answer depends on the
time: ``--at`` answers as at a given moment instead of now (what is open on Saturday night;
tests use it so their expected order does not change with the hour they run at).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.config import ConfigError, Settings
from bot.directory.finder import (
    MAX_RESULTS,
    NEAR_M,
    Finder,
    format_distance,
    render_plain_status,
)
from bot.directory.hours import utc_now
from bot.directory.service_types import TYPES


def add_commands(sub: Any) -> None:
    services = sub.add_parser(
        "services", help="the service directory: nearest services, anonymous feedback"
    )
    actions = services.add_subparsers(dest="services_command", metavar="ACTION")

    near = actions.add_parser("near", help="list the services nearest to a point")
    near.add_argument("lat", type=_latitude, help="latitude in decimal degrees (-90 to 90)")
    near.add_argument("lon", type=_longitude, help="longitude in decimal degrees (-180 to 180)")
    near.add_argument(
        "--type",
        dest="type_id",
        choices=list(TYPES),
        metavar="TYPE",
        help="only services of this type: " + ", ".join(TYPES),
    )
    near.add_argument(
        "--limit", type=_limit, default=5, help=f"how many (1 to {MAX_RESULTS}, default 5)"
    )
    near.add_argument("--lang", default="en", help="language of names and hours text (default: en)")
    near.add_argument(
        "--json", action="store_true", help="print JSON (items with id and distance_m)"
    )
    near.add_argument(
        "--at",
        type=_moment,
        metavar="WHEN",
        help="answer as at this moment instead of now (which services are open): ISO 8601 with "
        "a UTC offset, e.g. 2026-12-05T23:30+01:00",
    )
    near.set_defaults(func=cmd_near)

    feedback = actions.add_parser(
        "feedback", help="anonymous feedback counts per service, and flags raised"
    )
    feedback.add_argument(
        "--days", type=int, default=0, help="only the last N days (default: all kept)"
    )
    feedback.add_argument("--json", action="store_true", help="print JSON")
    feedback.set_defaults(func=cmd_feedback)

    services.set_defaults(func=lambda args, settings: _usage(services))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _number(text: str, low: float, high: float, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{what} must be a number in decimal degrees, not {text!r}"
        ) from None
    if not math.isfinite(value) or not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{what} must be between {low:g} and {high:g}")
    return value


def _latitude(text: str) -> float:
    return _number(text, -90.0, 90.0, "latitude")


def _longitude(text: str) -> float:
    return _number(text, -180.0, 180.0, "longitude")


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--limit must be a whole number, not {text!r}") from None
    if not 1 <= value <= MAX_RESULTS:
        raise argparse.ArgumentTypeError(f"--limit must be between 1 and {MAX_RESULTS}")
    return value


def _moment(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--at must be an ISO 8601 date and time, such as 2026-12-05T23:30+01:00, not {text!r}"
        ) from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise argparse.ArgumentTypeError(
            f"--at needs a UTC offset (+01:00, or Z for UTC): {text!r} could be any time zone"
        )
    return value.astimezone(UTC)


def cache_dir(settings: Settings) -> Path:
    """Where the compiled directory is kept: beside the database (see bot/directory/cache.py)."""
    return settings.core.database.parent / "cache"


def _load(settings: Settings, clock: Callable[[], datetime] = utc_now) -> Finder:
    content = settings.core.content_dir
    if not (content / "services").is_dir():
        raise ConfigError(f"There is no services folder in {content} (set HRBOT_CONTENT_DIR).")
    regions = None
    if (content / "regions.yaml").exists():
        from bot.directory.regions import ContentError, Regions

        try:
            regions = Regions.load(content / "regions.yaml")
        except ContentError as exc:
            raise ConfigError(
                f"content/regions.yaml is invalid; run `hrbot content check` ({len(exc.problems)} problem(s))."
            ) from None
    from bot.directory.services import ServiceDirectory  # not imported by `hrbot run`

    return Finder(ServiceDirectory.load(content, regions, cache_dir(settings)), regions, clock)


def cmd_near(args: argparse.Namespace, settings: Settings) -> int:
    from bot.i18n import I18n

    at: datetime | None = args.at
    finder = _load(settings, utc_now if at is None else lambda: at)
    page = finder.near(args.lat, args.lon, args.type_id, 0, args.limit, with_area=True)
    tr = I18n(settings.core.locales_dir).translator(args.lang)
    now = page.now or datetime.now(UTC)
    if args.json:

        def item(hit: Any) -> dict[str, Any]:
            service = hit.service
            return {
                "id": service.id,
                "name": service.name(tr.lang),
                "distance_m": round(hit.distance_m, 1) if hit.distance_m is not None else None,
                "types": list(service.types),
                "lat": service.lat,
                "lon": service.lon,
                "region": service.region,
                "service_area": list(service.service_area),
                "status": service.status,
                "open_now": hit.status.is_open
                if hit.status is not None and service.status == "active"
                else None,
                "hours_text": render_plain_status(service, hit.status, tr, now),
                "sample": service.sample,
            }

        body = {
            "items": [item(h) for h in page.hits],  # nearest first, each with id and distance_m
            "area": [item(h) for h in page.area],  # mobile/online services covering the point
            "now": now.isoformat(timespec="seconds"),
        }
        json.dump(body, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if page.empty:
        print("No services found." if not args.type_id else f"No {args.type_id} services found.")
        return 0
    # Far results are labelled: the distance they are beyond, and the town each one is in.
    near = format_distance(NEAR_M, tr.locale)
    what = f"{args.type_id} services" if args.type_id else "services"
    if page.near_count == 0 and page.hits:
        print(f"No {what} within {near}; the nearest known are in other places:")
    for i, hit in enumerate(page.hits, start=1):
        service = hit.service
        distance = format_distance(hit.distance_m or 0.0, tr.locale)
        if page.near_count and i == page.near_count + 1:
            print(f"    -- farther than {near}, in other places --")
        town = page.towns.get(service.id)
        where = f"  [{town.name(tr.lang)}]" if town is not None else ""
        print(f"{i:>2}. {service.id}  {distance}{where}  {service.name(tr.lang)}")
        print(
            f"    {render_plain_status(service, hit.status, tr, now)}; {', '.join(service.types)}"
        )
    for hit in page.area:
        service = hit.service
        print(
            f"    area: {service.id}  {service.name(tr.lang)} ({', '.join(service.service_area)})"
        )
    return 0


def cmd_feedback(args: argparse.Namespace, settings: Settings) -> int:
    from bot.directory.feedback import KINDS, Feedback
    from bot.storage.db import Database
    from bot.storage.directory import DirectoryRepo

    if not settings.core.database.exists():
        raise ConfigError(f"There is no database at {settings.core.database} (set HRBOT_DATABASE).")
    since = datetime.now(UTC) - timedelta(days=args.days) if args.days > 0 else None

    async def read() -> tuple[list, list]:
        db = await Database(settings.core.database).open()
        try:
            feedback = Feedback(DirectoryRepo(db))
            return await feedback.totals(since), await feedback.flags(since)
        finally:
            await db.close()

    totals, flags = asyncio.run(read())
    table: dict[str, dict[str, int]] = {}
    for total in totals:
        table.setdefault(total.service_id, {k: 0 for k in KINDS})[total.kind] = total.count
    if args.json:
        json.dump(
            {
                "services": [{"id": sid, **counts} for sid, counts in sorted(table.items())],
                "flags": [
                    {
                        "id": f.service_id,
                        "kind": f.kind,
                        "raised_at": f.raised_at,
                        "reports": f.reports,
                    }
                    for f in flags
                ],
            },
            sys.stdout,
            indent=2,
        )
        print()
        return 0
    if not table:
        print("No feedback yet.")
    else:
        header = f"{'service':<40} " + " ".join(f"{k:>15}" for k in KINDS)
        print(header)
        for sid, counts in sorted(table.items()):
            print(f"{sid:<40} " + " ".join(f"{counts[k]:>15}" for k in KINDS))
    if flags:
        print()
        print("Flags raised for moderators (several people reported a problem):")
        for flag in flags:
            print(f"  {flag.raised_at}  {flag.service_id}: {flag.kind} ({flag.reports} reports)")
    return 0
