"""``hrbot alerts list``: alerts with their state and delivery counts, for operators."""

from __future__ import annotations

import argparse
import asyncio
import sqlite3

from bot.alerts.model import STATES
from bot.config import ConfigError, Settings
from bot.storage.alerts import AlertsRepo
from bot.storage.db import Database

COLUMNS = ("id", "state", "severity", "region", "created", "expires", "version", "sent", "failed", "left")


async def list_rows(settings: Settings, states: list[str] | None, limit: int) -> list[tuple[str, ...]]:
    if not settings.database.exists():
        raise ConfigError(f"There is no database at {settings.database} (set HRBOT_DATABASE).")
    db = await Database(settings.database).open(migrate=False)
    try:
        try:
            alerts = await AlertsRepo(db).list_alerts(states, limit)
        except sqlite3.OperationalError:
            raise ConfigError("The database has no alerts yet; run `hrbot db migrate` first.") from None
        rows = []
        for alert in alerts:
            counts = await _counts(db, int(alert.id or 0))
            rows.append((
                str(alert.id), alert.state, alert.severity, alert.region_id,
                alert.created_at.strftime("%Y-%m-%d %H:%M"), alert.expires_at.strftime("%Y-%m-%d %H:%M"),
                str(alert.version), *counts,
            ))
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
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
                     for row in table)


def _cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    rows = asyncio.run(list_rows(settings, args.state or None, args.limit))
    if not rows:
        print("No alerts.")
        return 0
    print(format_table(rows))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    alerts = sub.add_parser("alerts", help="drug alerts: list them with their state and delivery")
    alerts_sub = alerts.add_subparsers(dest="alerts_command", metavar="ACTION")
    listing = alerts_sub.add_parser("list", help="alerts, newest first, with delivery counts")
    listing.add_argument("--state", action="append", choices=STATES, help="only alerts in this state (repeatable)")
    listing.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    listing.set_defaults(func=_cmd_list)
    alerts.set_defaults(func=lambda a, s: (alerts.print_help(), 2)[1])
