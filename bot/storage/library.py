"""SQL for the content library: withdrawals, feedback counts, unanswered questions, tickets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.storage.db import Database


class TicketStatus(StrEnum):
    """Where a question to peers is (``library_tickets.status``, stored as its value: a
    ``StrEnum`` equals the stored text, so the SQL below may name the values)."""

    OPEN = "open"  # waiting for a peer to claim it
    CLAIMED = "claimed"  # a peer holds it and answers
    CLOSED = "closed"  # by the asker, the peer, a moderator or a block; purged later


class TicketSide(StrEnum):
    """Who wrote a message in a ticket (``library_ticket_messages.author``), or closed it
    (``closed_by``, which may also be ``system`` for a stale question)."""

    PERSON = "person"  # the asker
    PEER = "peer"  # the peer who claimed it


@dataclass(frozen=True)
class TicketRow:
    id: int
    user_key: bytes
    sealed_chat: bytes
    lang: str
    status: TicketStatus
    peer_key: bytes | None
    peer_name: str | None
    peer_chat: bytes | None
    created_at: str
    claimed_at: str | None
    closed_at: str | None
    closed_by: str | None
    pinged_at: str
    pings: int
    told_wait: int


@dataclass(frozen=True)
class TicketMessageRow:
    id: int
    ticket_id: int
    author: TicketSide
    peer_name: str | None
    sealed: bytes
    at: str


_TICKET_COLUMNS = (
    "id, user_key, sealed_chat, lang, status, peer_key, peer_name, peer_chat, created_at, claimed_at, "
    "closed_at, closed_by, pinged_at, pings, told_wait"
)


def _ticket(row: Iterable[Any]) -> TicketRow:
    r = tuple(row)
    return TicketRow(
        int(r[0]),
        bytes(r[1]),
        bytes(r[2]),
        r[3],
        TicketStatus(r[4]),
        bytes(r[5]) if r[5] is not None else None,
        r[6],
        bytes(r[7]) if r[7] is not None else None,
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        int(r[13]),
        int(r[14]),
    )


class LibraryRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- withdraw switch -----------------------------------------------------------------------
    async def withdrawn(self, kind: str) -> set[str]:
        rows = await self.db.fetchall(
            "SELECT item_id FROM library_withdrawn WHERE kind = ?", (kind,)
        )
        return {r[0] for r in rows}

    async def withdraw(self, kind: str, item_id: str, actor: str, at: str) -> bool:
        return (
            await self.db.execute(
                "INSERT INTO library_withdrawn(kind, item_id, at, actor) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (kind, item_id, at, actor),
            )
            > 0
        )

    async def republish(self, kind: str, item_id: str) -> bool:
        return (
            await self.db.execute(
                "DELETE FROM library_withdrawn WHERE kind = ? AND item_id = ?", (kind, item_id)
            )
            > 0
        )

    # -- feedback ------------------------------------------------------------------------------
    async def count_feedback(self, topic_id: str, lang: str, column: str) -> None:
        if column not in ("shown", "helpful", "not_helpful"):
            raise ValueError(column)
        await self.db.execute(
            f"INSERT INTO library_feedback(topic_id, lang, {column}) VALUES (?, ?, 1) "
            f"ON CONFLICT(topic_id, lang) DO UPDATE SET {column} = {column} + 1",
            (topic_id, lang),
        )

    async def add_counts(
        self,
        feedback: list[tuple[str, str, str, int]],
        unanswered: list[tuple[bytes, str, str, bytes, int]],
    ) -> None:
        """Add batched counters in one transaction (see LibraryService.flush)."""
        async with self.db.transaction() as conn:
            for topic_id, lang, column, n in feedback:
                if column not in ("shown", "helpful", "not_helpful"):
                    raise ValueError(column)
                await conn.execute(
                    f"INSERT INTO library_feedback(topic_id, lang, {column}) VALUES (?, ?, ?) "
                    f"ON CONFLICT(topic_id, lang) DO UPDATE SET {column} = {column} + excluded.{column}",
                    (topic_id, lang, n),
                )
            for digest, lang, day, sealed, n in unanswered:
                await conn.execute(
                    "INSERT INTO library_unanswered(digest, lang, day, sealed, count) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(digest, lang, day) DO UPDATE SET count = count + excluded.count",
                    (digest, lang, day, sealed, n),
                )

    async def feedback(self) -> list[tuple[str, str, int, int, int]]:
        rows = await self.db.fetchall(
            "SELECT topic_id, lang, shown, helpful, not_helpful FROM library_feedback ORDER BY topic_id, lang"
        )
        return [(r[0], r[1], int(r[2]), int(r[3]), int(r[4])) for r in rows]

    # -- unanswered questions ------------------------------------------------------------------
    async def count_unanswered(self, digest: bytes, lang: str, day: str, sealed: bytes) -> None:
        await self.db.execute(
            "INSERT INTO library_unanswered(digest, lang, day, sealed, count) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT(digest, lang, day) DO UPDATE SET count = count + 1",
            (digest, lang, day, sealed),
        )

    async def unanswered(
        self, since_day: str, limit: int = 50
    ) -> list[tuple[bytes, str, bytes, int]]:
        rows = await self.db.fetchall(
            "SELECT digest, lang, MAX(sealed), SUM(count) AS n FROM library_unanswered WHERE day >= ? "
            "GROUP BY digest, lang ORDER BY n DESC LIMIT ?",
            (since_day, limit),
        )
        return [(bytes(r[0]), r[1], bytes(r[2]), int(r[3])) for r in rows]

    async def purge_unanswered(self, before_day: str) -> int:
        return await self.db.execute("DELETE FROM library_unanswered WHERE day < ?", (before_day,))

    # -- tickets -------------------------------------------------------------------------------
    async def create_ticket(
        self,
        user_key: bytes,
        sealed_chat: bytes,
        lang: str,
        sealed_text: bytes,
        now: str,
        created: str | None = None,
    ) -> int:
        """``now`` (exact) schedules the next announcement; ``created`` is the coarse time kept."""
        created = created or now
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO library_tickets(user_key, sealed_chat, lang, status, created_at, pinged_at) "
                "VALUES (?, ?, ?, 'open', ?, ?)",
                (user_key, sealed_chat, lang, created, now),
            )
            ticket_id = cur.lastrowid
            assert ticket_id is not None  # set by the INSERT
            await conn.execute(
                "INSERT INTO library_ticket_messages(ticket_id, author, sealed, at) VALUES (?, 'person', ?, ?)",
                (ticket_id, sealed_text, created),
            )
        return ticket_id

    async def ticket(self, ticket_id: int) -> TicketRow | None:
        row = await self.db.fetchone(
            f"SELECT {_TICKET_COLUMNS} FROM library_tickets WHERE id = ?", (ticket_id,)
        )
        return _ticket(row) if row else None

    async def open_tickets_of(self, user_key: bytes) -> list[TicketRow]:
        rows = await self.db.fetchall(
            f"SELECT {_TICKET_COLUMNS} FROM library_tickets WHERE user_key = ? AND status <> 'closed' ORDER BY id",
            (user_key,),
        )
        return [_ticket(r) for r in rows]

    async def tickets_of(self, user_key: bytes) -> list[TicketRow]:
        """Every ticket of an asker, closed ones included (their notices may still be up)."""
        rows = await self.db.fetchall(
            f"SELECT {_TICKET_COLUMNS} FROM library_tickets WHERE user_key = ? ORDER BY id",
            (user_key,),
        )
        return [_ticket(r) for r in rows]

    async def drop_posts(self, ticket_id: int) -> int:
        return await self.db.execute(
            "DELETE FROM library_ticket_posts WHERE ticket_id = ?", (ticket_id,)
        )

    async def tickets_of_peer(self, peer_key: bytes) -> list[TicketRow]:
        rows = await self.db.fetchall(
            f"SELECT {_TICKET_COLUMNS} FROM library_tickets WHERE peer_key = ? AND status = 'claimed' ORDER BY id",
            (peer_key,),
        )
        return [_ticket(r) for r in rows]

    async def unclaimed(self) -> list[TicketRow]:
        rows = await self.db.fetchall(
            f"SELECT {_TICKET_COLUMNS} FROM library_tickets WHERE status = 'open' ORDER BY id"
        )
        return [_ticket(r) for r in rows]

    async def claim(
        self, ticket_id: int, peer_key: bytes, peer_name: str, peer_chat: bytes, now: str
    ) -> bool:
        """Claim an open ticket; False when someone else was first (or it is closed)."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO people(user_key, last_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (peer_key, now[:7]),
            )
            cur = await conn.execute(
                "UPDATE library_tickets SET status = 'claimed', peer_key = ?, peer_name = ?, peer_chat = ?, "
                "claimed_at = ? WHERE id = ? AND status = 'open'",
                (peer_key, peer_name, peer_chat, now, ticket_id),
            )
            return cur.rowcount > 0

    async def forget_peer(self, peer_key: bytes) -> int:
        """A peer erased by /forget: their claims lose the sealed chat and pseudonym too."""
        return await self.db.execute(
            "UPDATE library_tickets SET peer_chat = NULL, peer_name = NULL WHERE peer_key = ?",
            (peer_key,),
        )

    async def release(self, ticket_id: int) -> bool:
        return (
            await self.db.execute(
                "UPDATE library_tickets SET status = 'open', peer_key = NULL, peer_name = NULL, peer_chat = NULL, "
                "claimed_at = NULL, pinged_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') "
                "WHERE id = ? AND status = 'claimed'",
                (ticket_id,),
            )
            > 0
        )

    async def close(self, ticket_id: int, by: str, now: str) -> bool:
        return (
            await self.db.execute(
                # The exact time of the last announcement is no longer needed: keep only the day.
                "UPDATE library_tickets SET status = 'closed', closed_at = ?, closed_by = ?, pinged_at = ? "
                "WHERE id = ? AND status <> 'closed'",
                (now, by, now, ticket_id),
            )
            > 0
        )

    async def add_message(
        self, ticket_id: int, author: TicketSide, peer_name: str | None, sealed: bytes, now: str
    ) -> None:
        await self.db.execute(
            "INSERT INTO library_ticket_messages(ticket_id, author, peer_name, sealed, at) VALUES (?, ?, ?, ?, ?)",
            (ticket_id, author, peer_name, sealed, now),
        )

    async def messages(self, ticket_id: int) -> list[TicketMessageRow]:
        rows = await self.db.fetchall(
            "SELECT id, ticket_id, author, peer_name, sealed, at FROM library_ticket_messages "
            "WHERE ticket_id = ? ORDER BY id",
            (ticket_id,),
        )
        return [
            TicketMessageRow(int(r[0]), int(r[1]), TicketSide(r[2]), r[3], bytes(r[4]), r[5])
            for r in rows
        ]

    async def mark_pinged(self, ticket_id: int, now: str, told_wait: bool) -> None:
        await self.db.execute(
            "UPDATE library_tickets SET pinged_at = ?, pings = pings + 1, told_wait = MAX(told_wait, ?) WHERE id = ?",
            (now, 1 if told_wait else 0, ticket_id),
        )

    async def add_post(self, ticket_id: int, sealed_chat: bytes, message_id: int) -> None:
        await self.db.execute(
            "INSERT INTO library_ticket_posts(ticket_id, sealed_chat, message_id) VALUES (?, ?, ?)",
            (ticket_id, sealed_chat, message_id),
        )

    async def posts(self, ticket_id: int) -> list[tuple[bytes, int]]:
        rows = await self.db.fetchall(
            "SELECT sealed_chat, message_id FROM library_ticket_posts WHERE ticket_id = ?",
            (ticket_id,),
        )
        return [(bytes(r[0]), int(r[1])) for r in rows]

    async def purge_closed(self, before: str) -> int:
        """Delete tickets (their messages and posts cascade) closed before ``before``."""
        return await self.db.execute(
            "DELETE FROM library_tickets WHERE status = 'closed' AND closed_at < ?", (before,)
        )

    async def ticket_counts(self) -> dict[str, int]:
        rows = await self.db.fetchall(
            "SELECT status, COUNT(*) FROM library_tickets GROUP BY status"
        )
        return {r[0]: int(r[1]) for r in rows}

    # -- blocks and duty -----------------------------------------------------------------------
    async def block(self, user_key: bytes, until: str, by_peer: str) -> None:
        await self.db.execute(
            "INSERT INTO library_blocks(user_key, until, by_peer) VALUES (?, ?, ?) "
            "ON CONFLICT(user_key) DO UPDATE SET until = excluded.until, by_peer = excluded.by_peer",
            (user_key, until, by_peer),
        )

    async def blocked_until(self, user_key: bytes) -> str | None:
        row = await self.db.fetchone(
            "SELECT until FROM library_blocks WHERE user_key = ?", (user_key,)
        )
        return row[0] if row else None

    async def purge_blocks(self, now: str) -> int:
        return await self.db.execute("DELETE FROM library_blocks WHERE until < ?", (now,))

    async def purge_limits(self, now: str) -> int:
        return await self.db.execute("DELETE FROM ask_limits WHERE until < ?", (now,))

    # -- limits that outlive /forget (ask_limits: tokens, not user keys) ------------------------
    async def limit(self, token: bytes) -> tuple[str, int] | None:
        row = await self.db.fetchone(
            "SELECT until, count FROM ask_limits WHERE token = ?", (token,)
        )
        return (row[0], int(row[1])) if row else None

    async def set_limit(self, token: bytes, until: str) -> None:
        await self.db.execute(
            "INSERT INTO ask_limits(token, until) VALUES (?, ?) "
            "ON CONFLICT(token) DO UPDATE SET until = max(until, excluded.until)",
            (token, until),
        )

    async def count_limit(self, token: bytes, until: str) -> None:
        await self.db.execute(
            "INSERT INTO ask_limits(token, until, count) VALUES (?, ?, 1) "
            "ON CONFLICT(token) DO UPDATE SET count = count + 1",
            (token, until),
        )

    async def stale_tickets(self, created_before: str) -> list[TicketRow]:
        rows = await self.db.fetchall(
            f"SELECT {_TICKET_COLUMNS} FROM library_tickets WHERE status <> 'closed' AND created_at < ? ORDER BY id",
            (created_before,),
        )
        return [_ticket(r) for r in rows]

    async def set_off_duty(self, user_key: bytes, off: bool, month: str) -> None:
        if off:
            async with self.db.transaction() as conn:
                await conn.execute(
                    "INSERT INTO people(user_key, last_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    (user_key, month),
                )
                await conn.execute(
                    "INSERT INTO library_off_duty(user_key) VALUES (?) ON CONFLICT DO NOTHING",
                    (user_key,),
                )
        else:
            await self.db.execute("DELETE FROM library_off_duty WHERE user_key = ?", (user_key,))

    async def off_duty(self) -> set[bytes]:
        rows = await self.db.fetchall("SELECT user_key FROM library_off_duty")
        return {bytes(r[0]) for r in rows}
