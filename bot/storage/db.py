"""One SQLite file through aiosqlite: pragmas, numbered migrations, backup.

Only modules under ``bot/storage`` hold SQL. Migrations are files named
``NNN_name.sql`` in ``bot/storage/migrations``; they are forward-only and applied in order at
start, each in its own transaction, with ``PRAGMA user_version`` recording the last one applied.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sqlite3
import stat
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import aiosqlite

BUSY_TIMEOUT_MS = 5000
CHECKPOINT_WAIT_MS = 200
RETRY_MAX_S = 10.0
BACKUP_STEP_PAGES = 64
BACKUP_PAUSE_S = 0.005
log = logging.getLogger(__name__)
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


class MigrationError(RuntimeError):
    """A migration failed; the database is unchanged."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """All migrations shipped with the package, in order; gaps or duplicates are a bug."""
    found: list[Migration] = []
    # The folder beside this module (importlib.resources would cost every start its import).
    for entry in (Path(__file__).parent / "migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number: {sorted(m.name for m in found)}")
    return found


class Database:
    """The bot's single connection. Writes are serialised by an asyncio lock."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()
        # Set when an erasure could not be pushed out of the WAL yet (a reader held it); a
        # background task keeps trying until it succeeds (see ``checkpoint``).
        self._checkpointed = asyncio.Event()
        self.checkpoint_pending = False
        self._retry_task: asyncio.Task[None] | None = None

    @property
    def checkpoint_pending(self) -> bool:
        return not self._checkpointed.is_set()

    @checkpoint_pending.setter
    def checkpoint_pending(self, pending: bool) -> None:
        if pending:
            self._checkpointed.clear()
        else:
            self._checkpointed.set()

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("database is not open")
        return self._conn

    async def open(self, migrate: bool = True, upto: int | None = None) -> Self:
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _create_private(self.path)
        self._conn = await aiosqlite.connect(self.path, isolation_level=None)
        self._conn.row_factory = aiosqlite.Row
        try:
            await self._apply_pragmas(self._conn)
            if migrate:
                await self.migrate(upto)
        except BaseException:
            await self._conn.close()
            self._conn = None
            raise
        return self

    @staticmethod
    async def _apply_pragmas(conn: aiosqlite.Connection) -> None:
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        await conn.execute("PRAGMA synchronous=NORMAL")
        # Erased rows are overwritten with zeros, not merely unlinked (see /forget).
        await conn.execute("PRAGMA secure_delete=ON")

    async def close(self) -> None:
        """Checkpoint the WAL into the main file (best effort) and close."""
        if self._conn is None:
            return
        if self._retry_task is not None:
            self._retry_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._retry_task
            self._retry_task = None
        async with self._write_lock:
            try:
                await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError as exc:
                # A reader still active elsewhere: the WAL is folded in at the next start.
                log.warning("Could not checkpoint the database at close (%s)", exc)
            finally:
                await self._conn.close()
                self._conn = None

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def schema_version(self) -> int:
        async with self.conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        assert row is not None  # the pragma always answers
        return int(row[0])

    async def pending_migrations(self) -> list[Migration]:
        """Migrations this code has that the database has not applied yet."""
        current = await self.schema_version()
        return [m for m in available_migrations() if m.version > current]

    async def migrate(
        self, upto: int | None = None, migrations: list[Migration] | None = None
    ) -> list[str]:
        """Apply pending migrations (up to ``upto``) and return the names applied.

        All pending migrations run in ONE transaction: if any statement fails, the database is
        left exactly as it was (SQLite's schema changes are transactional, and so is
        ``user_version``). ``migrations`` replaces the shipped list (tests of failure).
        """
        applied: list[str] = []
        current = await self.schema_version()
        migrations = available_migrations() if migrations is None else migrations
        latest = migrations[-1].version if migrations else 0
        if current > latest:
            raise RuntimeError(
                f"the database is at schema version {current}, newer than this code "
                f"({latest}); upgrade the bot instead of downgrading it"
            )
        pending = [
            m for m in migrations if m.version > current and (upto is None or m.version <= upto)
        ]
        if not pending:
            return applied
        async with self._write_lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                for migration in pending:
                    try:
                        for statement in _split_sql(migration.sql):
                            await self.conn.execute(statement)
                    except sqlite3.Error as exc:
                        raise MigrationError(
                            f"migration {migration.name} failed ({exc}); the database was left "
                            f"unchanged at schema version {current}"
                        ) from exc
                    await self.conn.execute(f"PRAGMA user_version={migration.version}")
                    applied.append(migration.name)
                await self.conn.execute("COMMIT")
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
        return applied

    # -- facts about the database itself ----------------------------------------------------
    async def get_meta(self, name: str) -> str | None:
        row = await self.fetchone("SELECT value FROM meta WHERE name = ?", (name,))
        return None if row is None else str(row[0])

    async def set_meta(self, name: str, value: str) -> None:
        await self.execute(
            "INSERT INTO meta (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    # -- helpers for the repositories ------------------------------------------------------
    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A write transaction; repositories group related writes in one."""
        async with self._write_lock:
            try:
                await self.conn.execute("BEGIN IMMEDIATE")
            except asyncio.CancelledError:
                # BEGIN may still run in the database thread after we stop waiting; the
                # ROLLBACK queued behind it makes sure no transaction is left open.
                await asyncio.shield(self._rollback_quietly())
                raise
            try:
                yield self.conn
            except BaseException:
                await asyncio.shield(self._rollback_quietly())
                raise
            else:
                await self.conn.execute("COMMIT")

    async def _rollback_quietly(self) -> None:
        with contextlib.suppress(sqlite3.OperationalError):  # no transaction was open
            await self.conn.execute("ROLLBACK")

    async def fetchone(self, sql: str, params: Iterable[object] = ()) -> aiosqlite.Row | None:
        # execute_fetchall is one trip to the database thread instead of three.
        rows = await self.conn.execute_fetchall(sql, tuple(params))
        return next(iter(rows), None)

    async def fetchall(self, sql: str, params: Iterable[object] = ()) -> list[aiosqlite.Row]:
        return list(await self.conn.execute_fetchall(sql, tuple(params)))

    async def execute(self, sql: str, params: Iterable[object] = ()) -> int:
        """Run one write statement in its own transaction; return the row count."""
        async with self.transaction() as conn:
            cur = await conn.execute(sql, tuple(params))
            return cur.rowcount

    async def checkpoint(self, attempts: int = 3, pause_s: float = 0.3) -> bool:
        """Fold the WAL into the main file and truncate it, so erased pages leave the WAL.

        Returns True when the WAL is empty afterwards. A reader elsewhere (``hrbot db backup``,
        an operator's sqlite3 shell) can hold it: each attempt waits only briefly (not the
        5-second busy timeout, which stalled every other reply), then we pause and retry. After
        ``attempts`` the result is False, ``checkpoint_pending`` is set and a background task
        keeps trying every few seconds until it succeeds.
        """
        for attempt in range(max(1, attempts)):
            if await self._checkpoint_once():
                self.checkpoint_pending = False
                return True
            if attempt + 1 < attempts:
                await asyncio.sleep(pause_s)
        self.checkpoint_pending = True
        self._retry_later()
        return False

    async def _checkpoint_once(self) -> bool:
        async with self._write_lock:
            try:
                await self.conn.execute(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
                rows = await self.conn.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError as exc:
                log.info("WAL checkpoint not possible yet (%s)", exc)
                return False
            finally:
                await self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        row = next(iter(rows), None)
        # (busy, frames in the WAL, frames checkpointed); TRUNCATE leaves 0 frames on success.
        return row is not None and int(row[0]) == 0 and int(row[1]) <= 0

    def _retry_later(self) -> None:
        if self._retry_task is not None and not self._retry_task.done():
            return

        async def retry() -> None:
            delay = 1.0
            while self._conn is not None:
                await asyncio.sleep(delay)
                if await self._checkpoint_once():
                    self.checkpoint_pending = False
                    log.info("The delayed WAL checkpoint completed; erased data has left the WAL")
                    return
                delay = min(delay * 2, RETRY_MAX_S)

        self._retry_task = asyncio.create_task(retry(), name="wal-checkpoint-retry")

    async def wait_checkpointed(self) -> None:
        """For tests and shutdown: wait until no checkpoint is pending (bound it with
        ``asyncio.timeout``)."""
        await self._checkpointed.wait()

    async def backup(self, target: Path | str) -> None:
        """A consistent copy through SQLite's online backup API, safe while the bot runs."""
        target = Path(target)
        if target.exists():
            raise FileExistsError(f"{target} already exists; choose a new file name")
        target.parent.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(backup_file, self.path, target)


def backup_file(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` with the online backup API (its own connections).

    The copy goes ``BACKUP_STEP_PAGES`` pages at a time; each step holds a read on the source
    only while it runs, and the pause after it lets the bot checkpoint the WAL (which /forget
    needs) instead of waiting behind one long read. The copy is created with mode 0600.
    """
    _create_private(target)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=BACKUP_STEP_PAGES, progress=lambda *_: time.sleep(BACKUP_PAUSE_S))
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _create_private(path: Path) -> None:
    """Create the database file (and its -wal and -shm) readable by the owner only (0600).

    SQLite creates missing files with 0644 less the umask, and the -wal/-shm files copy the
    main file's mode; creating the main file first with 0600 keeps all three private.
    """
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if candidate == path and not path.exists():
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            elif candidate.exists() and stat.S_IMODE(candidate.stat().st_mode) & 0o077:
                os.chmod(candidate, 0o600)
        except FileExistsError:
            pass
        except OSError as exc:
            log.warning("Could not make %s private (%s)", candidate.name, exc.strerror)


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows about triggers)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()[:60]}")
    return statements


# -- operating on the file while the bot is stopped (hrbot db check | restore) ----------------
class RunLock:
    """An exclusive lock on ``<database>.lock`` held while a bot serves that database.

    ``hrbot db restore`` takes the same lock, so it refuses to replace a database under a
    running bot. The operating system drops the lock when the process ends, even on kill -9.
    """

    def __init__(self, database: Path) -> None:
        self.path = Path(f"{database}.lock")
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False if another process holds it."""
        import fcntl
        import os

        if str(self.path).startswith(":memory:"):
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        import os

        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None


@dataclass(frozen=True)
class FileCheck:
    """What ``hrbot db check`` found in one database file."""

    path: Path
    problems: tuple[str, ...]
    schema_version: int
    latest_version: int
    size_bytes: int

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path) -> FileCheck:
    """Integrity, foreign keys and schema version of a database file, read-only."""
    latest = max((m.version for m in available_migrations()), default=0)
    if not path.exists():
        return FileCheck(path, (f"{path} does not exist",), 0, latest, 0)
    problems: list[str] = []
    version = 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return FileCheck(path, (f"cannot open {path}: {exc}",), 0, latest, path.stat().st_size)
    try:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(f"integrity: {row}" for row in rows[:20])
            bad_keys = conn.execute("PRAGMA foreign_key_check").fetchall()
            if bad_keys:
                problems.append(
                    f"{len(bad_keys)} rows point at rows that do not exist (foreign keys)"
                )
        except sqlite3.DatabaseError as exc:
            problems.append(f"not a readable SQLite database ({exc})")
    finally:
        conn.close()
    if version > latest:
        problems.append(
            f"schema version {version} is newer than this code ({latest}): use a newer hrbot"
        )
    elif version == 0 and not problems:
        problems.append("schema version 0: this is not a harm-reduction-bot database")
    return FileCheck(path, tuple(problems), version, latest, path.stat().st_size)


def restore_file(backup: Path, database: Path, now: str) -> Path | None:
    """Replace ``database`` with a verified copy of ``backup``; return where the old file went.

    The caller holds the RunLock (no bot is running). The previous database, with its WAL
    folded in first, is kept as ``<database>.before-restore-<now>``; nothing is deleted.
    """
    import os

    kept: Path | None = None
    if database.exists():
        conn = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        kept = database.with_name(f"{database.name}.before-restore-{now}")
        os.replace(database, kept)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{database}{suffix}")
            if side.exists():
                side.unlink()  # empty after the checkpoint above
    database.parent.mkdir(parents=True, exist_ok=True)
    partial = database.with_name(f"{database.name}.restoring")
    if partial.exists():
        partial.unlink()
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    backup_file(backup, partial)
    os.replace(partial, database)
    return kept
