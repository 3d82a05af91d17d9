"""A person's remembered country or province: one service for the overdose card and the library.

The stored row (``region_choice``, keyed by the person's hash; /forget erases it) is read and
written with a short timeout (the overdose steps never wait long for it), and what was last
read is kept in memory (bounded) so a known person's number is right even while the database
is unavailable. A region is stored as its country, or its province where numbers differ by
province (``OverdoseGuide.storable``); ``None`` means "don't ask again". No Telegram here.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable
from typing import TypeVar

from bot.directory.overdose_guide import OverdoseGuide
from bot.directory.regions import Region
from bot.people import People, Person
from bot.storage.regions import RegionChoice, RegionChoiceRepo

log = logging.getLogger(__name__)
T = TypeVar("T")

DB_TIMEOUT_S = 1.0  # the steps never wait longer than this for the remembered country


async def bounded(coroutine: Awaitable[T]) -> T:
    """Wait at most ``DB_TIMEOUT_S`` for a database call. On a timeout the call finishes in
    the background (shielded) instead of being cancelled half-way inside the driver."""
    task = asyncio.ensure_future(coroutine)
    try:
        return await asyncio.wait_for(asyncio.shield(task), DB_TIMEOUT_S)
    except TimeoutError:
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        raise


class ChoiceMemory:
    """Recently read choices by keyed user hash, in memory only. Bounded; /forget drops the
    entry."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._choices: OrderedDict[bytes, RegionChoice | None] = OrderedDict()

    def get(self, key: bytes) -> tuple[bool, RegionChoice | None]:
        if key not in self._choices:
            return False, None
        self._choices.move_to_end(key)
        return True, self._choices[key]

    def put(self, key: bytes, choice: RegionChoice | None) -> None:
        self._choices[key] = choice
        self._choices.move_to_end(key)
        while len(self._choices) > self.size:
            self._choices.popitem(last=False)

    def drop(self, key: bytes) -> None:
        self._choices.pop(key, None)


class RememberedCountry:
    def __init__(self, repo: RegionChoiceRepo, guide: OverdoseGuide, people: People) -> None:
        self.repo = repo
        self.guide = guide
        self.people = people
        self.memory = ChoiceMemory()

    async def read(self, key: bytes) -> tuple[bool, str | None, bool]:
        """(database answered, remembered region id, the person declined to be asked)."""
        db_ok = True
        try:
            choice = await bounded(self.repo.get(key))
            self.memory.put(key, choice)
        except Exception as exc:  # noqa: BLE001 - any failure: the steps go out anyway
            log.warning("Could not read the remembered country (%s)", type(exc).__name__)
            db_ok = False
            known, choice = self.memory.get(key)
            if not known:
                return False, None, False
        if choice is None:
            return db_ok, None, False
        region_id = choice.region_id if self.guide.region(choice.region_id) else None
        return db_ok, region_id, choice.region_id is None

    async def remember(self, person: Person | None, region_id: str | None) -> bool:
        """Store ``region_id`` (None: don't ask again); False when it could not be stored."""
        if person is None:
            return False
        try:
            await bounded(self.repo.set(person.key, region_id))
        except Exception as exc:  # noqa: BLE001 - any failure: say so, keep going
            log.warning("Could not remember the chosen country (%s)", type(exc).__name__)
            return False
        # The people row may be new: let the next update see it (monthly last-seen updates).
        self.people.invalidate(person.key)
        self.memory.put(person.key, RegionChoice(region_id))
        return True

    async def remember_region(self, person: Person | None, region: Region) -> tuple[bool, Region]:
        """Store the country or province of ``region``; (saved, what was stored or chosen)."""
        stored = self.guide.storable(region.id)
        saved = await self.remember(person, stored)
        return saved, (self.guide.region(stored) if stored else None) or region

    def forget(self, key: bytes) -> None:
        """/forget: the row cascades with the person; the copy in memory goes here."""
        self.memory.drop(key)
