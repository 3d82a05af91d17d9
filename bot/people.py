"""Who is writing: a person's keyed identity, language and role, resolved once per update.

The raw Telegram id lives only in memory for the length of one update; what is stored is the
keyed hash. A small in-memory cache keeps the hot path (every update) off the database.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum

from bot import timegrain
from bot.privacy import Keyring
from bot.storage.audit import AuditLog
from bot.storage.people import PeopleRepo, this_month

CACHE_SIZE = 20_000


def erased_label() -> str:
    """What an erased peer's or moderator's pseudonym becomes in the logs: one random label."""
    return "erased-" + secrets.token_hex(3)


class Role(StrEnum):
    """What a person may do. Stored as its value (``people_roles.role``); a plain person has no
    row. A ``StrEnum``, so it compares equal to the stored text."""

    PERSON = "person"
    PEER = "peer"  # a verified peer: answers questions, reports alerts
    MODERATOR = "moderator"  # reviews alerts and drafts, manages peers; can always act as a peer


@dataclass
class Person:
    """One person for the length of one update. ``telegram_id`` is never stored."""

    key: bytes
    telegram_id: int
    language: str | None = None
    role: Role = Role.PERSON
    pseudonym: str | None = None
    seen_month: str | None = field(default=None, repr=False)

    @property
    def is_moderator(self) -> bool:
        return self.role == Role.MODERATOR

    @property
    def is_peer(self) -> bool:
        """Verified peers, and moderators, who can always act as peers."""
        return self.role in (Role.PEER, Role.MODERATOR)


@dataclass
class _Cached:
    language: str | None
    role: Role
    pseudonym: str | None
    seen_month: str | None


class People:
    """Resolves people, remembers their language, manages roles and erases them on request."""

    def __init__(
        self, repo: PeopleRepo, keyring: Keyring, audit: AuditLog, moderators: frozenset[int]
    ) -> None:
        self.repo = repo
        self.keyring = keyring
        self.audit = audit
        self.moderators = moderators
        self._cache: OrderedDict[bytes, _Cached] = OrderedDict()
        # When the whole table fits in the cache (``preload``), a miss means "nobody we know":
        # no database read for people who never saved anything, which is most of them.
        self._complete = False
        self._dirty: set[bytes] = set()
        self._generation = 0
        # Features that hand something to a role holder (claimed questions) take it back here.
        self.revoke_hooks: list[Callable[[bytes], Awaitable[object]]] = []

    async def preload(self) -> None:
        """Load every person into the cache if they fit (at start, and hourly by the purge job)."""
        generation = self._generation
        rows = await self.repo.snapshot(CACHE_SIZE + 1)
        if len(rows) > CACHE_SIZE:
            self._complete = False
            return
        self._cache = OrderedDict(
            (key, _Cached(language, Role(role or Role.PERSON), pseudonym, last_seen))
            for key, language, last_seen, role, pseudonym in rows
        )
        if generation == self._generation:
            self._dirty.clear()  # nothing changed while we read
        self._complete = True

    async def resolve(self, telegram_id: int) -> Person:
        key = self.keyring.user_key(telegram_id)
        cached = self._cache.get(key)
        if cached is None and self._complete and key not in self._dirty:
            return self.unknown(telegram_id, key)
        if cached is None:
            self._dirty.discard(key)
            record = await self.repo.get(key)
            role_row = await self.repo.role(key) if record else None
            cached = _Cached(
                language=record.language if record else None,
                role=Role(role_row.role) if role_row else Role.PERSON,
                pseudonym=role_row.pseudonym if role_row else None,
                seen_month=record.last_seen if record else None,
            )
            self._remember(key, cached)
        else:
            self._cache.move_to_end(key)
        role = cached.role
        if telegram_id in self.moderators:
            role = Role.MODERATOR
        return Person(key, telegram_id, cached.language, role, cached.pseudonym, cached.seen_month)

    def unknown(self, telegram_id: int, key: bytes | None = None) -> Person:
        """A person with nothing stored (configured moderators keep their role)."""
        role = Role.MODERATOR if telegram_id in self.moderators else Role.PERSON
        return Person(
            key or self.keyring.user_key(telegram_id), telegram_id, None, role, None, None
        )

    def _remember(self, key: bytes, cached: _Cached) -> None:
        self._cache[key] = cached
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
            self._complete = False

    def invalidate(self, key: bytes) -> None:
        """Forget what is cached about ``key``; the next resolve reads the database."""
        self._cache.pop(key, None)
        self._dirty.add(key)
        self._generation += 1

    async def touch(self, person: Person) -> None:
        """Record that a person who has a stored row was seen this month (at most monthly)."""
        month = this_month()
        if person.seen_month is None or person.seen_month == month:
            return
        await self.repo.ensure(person.key, month)
        person.seen_month = month
        cached = self._cache.get(person.key)
        if cached:
            cached.seen_month = month

    async def set_language(self, person: Person, language: str) -> None:
        await self.repo.set_language(person.key, language)
        person.language = language
        person.seen_month = this_month()
        self.invalidate(person.key)

    async def grant(self, person: Person, role: Role | str, pseudonym: str, actor: str) -> None:
        """Make ``person`` a peer or moderator (audited, by pseudonym only)."""
        sealed = self.keyring.seal_chat(person.telegram_id, "private-chat")
        now = timegrain.day()
        await self.repo.set_role(person.key, role, pseudonym, sealed, now)
        await self.audit.record(actor, f"role.grant.{role}", pseudonym)
        self.invalidate(person.key)

    async def revoke(self, user_key: bytes, actor: str) -> bool:
        record = await self.repo.role(user_key)
        if record is None:
            return False
        await self.repo.revoke_role(user_key)
        self.invalidate(user_key)
        for hook in self.revoke_hooks:
            await hook(user_key)
        await self.audit.record(actor, f"role.revoke.{record.role}", record.pseudonym)
        return True

    async def language_of(self, user_key: bytes) -> str | None:
        """The language a person chose, read from the database (None: not chosen)."""
        record = await self.repo.get(user_key)
        return record.language if record else None

    async def chat_of(self, user_key: bytes) -> int | None:
        """The private chat id of a peer or moderator, opened from its sealed form."""
        record = await self.repo.role(user_key)
        return self.keyring.open_chat(record.sealed_chat, "private-chat") if record else None

    async def forget(self, person: Person) -> int:
        """Erase every row about this person, then push the erased pages out of the WAL."""
        deleted = await self.repo.forget(person.key, pseudonym_label=erased_label())
        self.invalidate(person.key)
        self._dirty.discard(person.key)  # known to be gone: nothing to read
        await self.repo.db.checkpoint()
        return deleted
