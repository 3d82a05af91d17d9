"""``hrbot alerts list`` (state and delivery counts) and ``hrbot alerts export DIR`` (feeds)."""

from __future__ import annotations

import argparse
import asyncio
import sqlite3

from bot.alerts.model import STATES, AlertState
from bot.config import ConfigError, Settings
from bot.storage.alerts import AlertsRepo
from bot.storage.db import Database

COLUMNS = (
    "id",
    "state",
    "severity",
    "region",
    "created",
    "expires",
    "version",
    "sent",
    "failed",
    "left",
)


async def list_rows(
    settings: Settings, states: list[AlertState] | None, limit: int
) -> list[tuple[str, ...]]:
    if not settings.core.database.exists():
        raise ConfigError(f"There is no database at {settings.core.database} (set HRBOT_DATABASE).")
    db = await Database(settings.core.database).open(migrate=False)
    try:
        try:
            alerts = await AlertsRepo(db).list_alerts(states, limit)
        except sqlite3.OperationalError:
            raise ConfigError(
                "The database has no alerts yet; run `hrbot db migrate` first."
            ) from None
        rows: list[tuple[str, ...]] = []
        for alert in alerts:
            counts = await _counts(db, int(alert.id or 0))
            rows.append(
                (
                    str(alert.id),
                    alert.state,
                    alert.severity,
                    alert.region_id,
                    alert.created_at.strftime("%Y-%m-%d %H:%M"),
                    alert.expires_at.strftime("%Y-%m-%d %H:%M"),
                    str(alert.version),
                    *counts,
                )
            )
        return rows
    finally:
        await db.close()


async def _counts(db: Database, alert_id: int) -> tuple[str, str, str]:
    try:
        from bot.alerts.outbox import delivery_counts

        progress = await delivery_counts(db, alert_id)
    except (ImportError, sqlite3.OperationalError):
        return "-", "-", "-"
    return str(progress.sent), str(progress.failed), str(progress.left)


def format_table(rows: list[tuple[str, ...]]) -> str:
    table = [COLUMNS, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in table
    )


def _cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    rows = asyncio.run(list_rows(settings, args.state or None, args.limit))
    if not rows:
        print("No alerts.")
        return 0
    print(format_table(rows))
    return 0


async def export_files(settings: Settings) -> dict[str, str]:
    from bot.alerts.feeds import FeedConfig, FeedPublisher
    from bot.directory.regions import REGIONS_FILE, ContentError, Regions
    from bot.i18n import I18n

    if not settings.core.database.exists():
        raise ConfigError(f"There is no database at {settings.core.database} (set HRBOT_DATABASE).")
    try:
        regions = Regions.load(settings.core.content_dir / REGIONS_FILE)
    except (ContentError, OSError):
        raise ConfigError(
            "content/regions.yaml could not be read; run `hrbot content check`."
        ) from None
    db = await Database(settings.core.database).open(migrate=False)
    try:
        publisher = FeedPublisher(
            db,
            I18n(settings.core.locales_dir),
            regions,
            FeedConfig(sender=settings.core.feeds_sender, base_url=settings.core.feeds_url),
        )
        try:
            return await publisher.all_files()
        except sqlite3.OperationalError:
            raise ConfigError(
                "The database has no alerts yet; run `hrbot db migrate` first."
            ) from None
    finally:
        await db.close()


def _cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    files = asyncio.run(export_files(settings))
    root = Path(args.dir)
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".tmp")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)  # readers never see a half-written file
    feeds = sum(1 for name in files if not name.startswith("alerts/"))
    print(f"Wrote {feeds} feeds and {len(files) - feeds} CAP documents to {root}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    alerts = sub.add_parser("alerts", help="drug alerts: list them with their state and delivery")
    alerts_sub = alerts.add_subparsers(dest="alerts_command", metavar="ACTION")
    listing = alerts_sub.add_parser("list", help="alerts, newest first, with delivery counts")
    listing.add_argument(
        "--state",
        action="append",
        type=AlertState,
        choices=STATES,
        help="only alerts in this state (repeatable)",
    )
    listing.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    listing.set_defaults(func=_cmd_list)
    export = alerts_sub.add_parser(
        "export",
        help="write the Atom and CAP 1.2 feeds of approved alerts (per region and language) to DIR",
    )
    export.add_argument("dir", help="the folder to write (created if missing; files are replaced)")
    export.set_defaults(func=_cmd_export)
    alerts.set_defaults(func=lambda a, s: (alerts.print_help(), 2)[1])
