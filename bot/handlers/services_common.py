"""The service finder's shared parts: its settings, the memory-only search state (a search's
exact point lives here for at most ``SEARCH_TTL``, never in the database or the logs), and
the finder once the directory has loaded.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from telegram import (
    LinkPreviewOptions,
)

from bot.directory.feedback import KINDS
from bot.directory.finder import Finder
from bot.directory.service_types import TYPES
from bot.handlers.base import (
    HRContext,
)

if TYPE_CHECKING:
    from bot.directory.services import ServiceDirectory

log = logging.getLogger(__name__)
# The directory loads once the bot is polling, waiting at most START_WAIT_S; one of this many
# bytes of YAML or more (about 5,000 services) is followed by a full garbage collection.
DEFER_BYTES = 1_000_000
START_WAIT_S = 10.0


def _directory_bytes(content_dir: Path) -> int:
    try:
        return sum(p.stat().st_size for p in (content_dir / "services").glob("*.yaml"))
    except OSError:
        return 0


LOAD_WAIT_S = 20.0  # a search waits this long for a directory that is still loading

SEARCH_TTL = 15 * 60.0  # seconds a search (with its exact point) stays in memory
AWAIT_TTL = 10 * 60.0  # how long after "Find services" a typed text is read as a place
STORE_KEY = "directory.searches"
PLACE = "place"  # the prompt kind: a typed place after "Find services" or /near
TYPE_IDS = list(TYPES)
KIND_IDS = list(KINDS)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# A typed place is taken without asking when it matches this well and clearly beats the next.
SURE_SCORE = 85.0
SURE_MARGIN = 4.0
ALONE_SCORE = 80.0  # ... or when it is the only match and matches this well
MAX_PLACE_WORDS = 6  # "metro Kontraktova ploshcha, Podil" fits; a question does not


# -- memory-only state ---------------------------------------------------------------------
@dataclass
class Search:
    chat_id: int
    lat: float
    lon: float
    place: str | None  # the typed place's name, or None for a shared location
    expires: float


@dataclass
class Choice:
    """Places offered after an ambiguous typed name ("did you mean ...?")."""

    chat_id: int
    options: list[tuple[str, float, float]]  # (label, lat, lon)
    expires: float


@dataclass
class SearchStore:
    """Searches by token and places offered to choose from; in memory only, swept on expiry."""

    searches: OrderedDict[str, Search] = field(default_factory=OrderedDict)
    choices: dict[str, Choice] = field(default_factory=dict)
    max_items: int = 20_000

    def sweep(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        for token in [t for t, s in self.searches.items() if s.expires <= now]:
            del self.searches[token]
        for token in [t for t, c in self.choices.items() if c.expires <= now]:
            del self.choices[token]

    def _schedule_sweep(self, delay: float) -> None:
        # no running loop (plain unit use): sweeping on access suffices
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().call_later(delay + 0.5, self.sweep)

    def put(self, chat_id: int, lat: float, lon: float, place: str | None) -> str:
        self.sweep()
        self.drop_chat(chat_id)
        token = secrets.token_urlsafe(6)
        self.searches[token] = Search(chat_id, lat, lon, place, time.monotonic() + SEARCH_TTL)
        while len(self.searches) > self.max_items:
            self.searches.popitem(last=False)
        self._schedule_sweep(SEARCH_TTL)
        return token

    def get(self, token: str, chat_id: int) -> Search | None:
        self.sweep()
        found = self.searches.get(token)
        return found if found is not None and found.chat_id == chat_id else None

    def offer(self, chat_id: int, options: list[tuple[str, float, float]]) -> str:
        self.sweep()
        token = secrets.token_urlsafe(6)
        self.choices[token] = Choice(chat_id, options, time.monotonic() + AWAIT_TTL)
        self._schedule_sweep(AWAIT_TTL)
        return token

    def choice(self, token: str, chat_id: int) -> Choice | None:
        self.sweep()
        found = self.choices.get(token)
        return found if found is not None and found.chat_id == chat_id else None

    def drop_chat(self, chat_id: int) -> None:
        for token in [t for t, s in self.searches.items() if s.chat_id == chat_id]:
            del self.searches[token]
        for token in [t for t, c in self.choices.items() if c.chat_id == chat_id]:
            del self.choices[token]


def _store(context: HRContext) -> SearchStore:
    return context.application.bot_data[STORE_KEY]


def _finder(context: HRContext) -> Finder | None:
    return context.services.features.finder


async def _loaded_finder(context: HRContext) -> Finder | None:
    """The finder, waiting (up to LOAD_WAIT_S) while a large directory is still loading."""
    finder = _finder(context)
    loading: asyncio.Event | None = context.services.features.finder_loading
    if finder is None and loading is not None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(loading.wait(), LOAD_WAIT_S)
        finder = _finder(context)
    return finder


def _positions(directory: ServiceDirectory) -> dict[str, int]:
    cached = getattr(directory, "_positions", None)
    if cached is None:
        cached = {s.id: i for i, s in enumerate(directory.services)}
        directory._positions = cached  # type: ignore[attr-defined]
    return cached
