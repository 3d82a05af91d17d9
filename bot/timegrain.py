"""The coarse times stored next to a person's keyed hash.

A copy of the database without the key must not give a per-person timeline fine enough to be
matched against Telegram's or a network's records. So each stored time has the coarsest grain
its purpose needs (see docs/THREAT_MODEL.md and migration 007):

* ``day``: when something began or ended and only retention counts days (subscriptions, roles,
  closed tickets);
* ``hour``: when people may want to see roughly when (ticket and message times, approvals, the
  audit log).

Exact times are kept only where a feature schedules by them, and only while it does: a ticket's
``pinged_at`` while it waits for a peer, an outbox row's ``next_at`` and ``lease_until`` until it
is sent. Both formats stay ISO 8601 with the UTC offset, so comparisons and parsing still work.
"""

from __future__ import annotations

from datetime import UTC, datetime


def hour(moment: datetime | None = None) -> str:
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.replace(minute=0, second=0, microsecond=0).isoformat()


def day(moment: datetime | None = None) -> str:
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0).isoformat()


def hour_up(moment: datetime) -> str:
    """The next full hour at or after ``moment`` (for limits that must not end early)."""
    moment = moment.astimezone(UTC)
    floor = moment.replace(minute=0, second=0, microsecond=0)
    if floor == moment:
        return floor.isoformat()
    from datetime import timedelta

    return (floor + timedelta(hours=1)).isoformat()
