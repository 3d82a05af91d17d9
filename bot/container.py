"""The container: the domain objects one running bot shares, created once at start and closed
at stop (``Services``, with every feature in ``Services.features``). Not to be confused with
harm-reduction services (``bot/directory/services.py``, ``bot/handlers/services.py``)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from bot.config import DEFAULT_SEND_RATE, ConfigError, Settings
from bot.i18n import I18n
from bot.moderators import Moderators
from bot.people import People
from bot.privacy import ButtonCodec, Keyring
from bot.retention import Retention
from bot.storage.audit import AuditLog
from bot.storage.db import Database, RunLock
from bot.storage.people import PeopleRepo, this_month
from bot.telegram_budget import SendBudget

if TYPE_CHECKING:
    from bot.alerts.feature import AlertsFeature
    from bot.country_memory import RememberedCountry
    from bot.directory.feedback import Feedback
    from bot.directory.finder import Finder
    from bot.directory.gazetteer import Gazetteer
    from bot.directory.overdose_guide import OverdoseGuide
    from bot.directory.regions import Regions
    from bot.library.feature import LibraryFeature
    from bot.storage.regions import RegionChoiceRepo

# People who hold no role and have not written for this long are erased by the purge job.
INACTIVE_PERSON_WINDOW = timedelta(days=365)


_T = TypeVar("_T")


def composed(feature: _T | None, what: str) -> _T:
    """A feature a handler needs; only a bot built without it (a test, a tool) lacks it."""
    if feature is None:
        raise RuntimeError(f"{what} is not composed into this bot")
    return feature


@dataclass
class Features:
    """Every feature's domain object, typed. ``bot.compose.compose_features`` builds them all,
    once, before the bot starts (None only in tests and tools that build part of a bot)."""

    regions: Regions | None = None  # the region tree, loaded once and shared
    gazetteer: Gazetteer | None = None
    emergency: OverdoseGuide | None = None
    region_choice: RegionChoiceRepo | None = None  # a person's remembered country or province
    country: RememberedCountry | None = None  # ... read and written with a timeout and a copy
    alerts: AlertsFeature | None = None
    library: LibraryFeature | None = None
    service_feedback: Feedback | None = None
    finder: Finder | None = None  # set when the service directory has loaded (in the background)
    finder_loading: asyncio.Event | None = None  # set once the directory load ended either way
    finder_task: asyncio.Task[None] | None = None

    async def close(self) -> None:
        for item in fields(self):
            close = getattr(getattr(self, item.name), "close", None)
            if close is not None:
                await close()


@dataclass
class Services:
    settings: Settings
    db: Database
    keyring: Keyring
    buttons: ButtonCodec
    i18n: I18n
    people: People
    audit: AuditLog
    retention: Retention
    # Every feature's domain object (bot.compose builds them; typed attributes, no string keys).
    features: Features = field(default_factory=Features)
    run_lock: RunLock | None = None
    # Telegram's ~30 messages a second for the whole bot: replies are counted, alerts wait.
    send_budget: SendBudget = field(default_factory=lambda: SendBudget(DEFAULT_SEND_RATE))
    # Set once the bot polls for updates (bot.app.start_background): loads that answers can do
    # without for a while (the Ukrainian lemmatizer, the sentence-embedding model, compiling the
    # emergency patterns) wait for it, so they do not slow the start (issue 14, a light start).
    polling: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def moderators(self) -> Moderators:
        """Who among the moderators is told what (stateless; follows the current settings)."""
        return Moderators(
            self.people,
            self.keyring,
            self.settings.core.moderator_chat,
            self.settings.alerts.moderator_chat_language,
        )

    @classmethod
    async def create(
        cls, settings: Settings, i18n: I18n | None = None, *, lock: bool = True
    ) -> Services:
        """Open the database (migrating it) and build the shared objects."""
        if not settings.core.secret_key:
            raise ValueError("settings.core.secret_key must be set (Settings.with_secret())")
        keyring = Keyring(settings.core.secret_key)
        run_lock = RunLock(settings.core.database)
        # ``lock=False`` only for tests that play two processes on one file in one process.
        if lock and not run_lock.acquire():
            raise ConfigError(
                f"Another hrbot process is already using {settings.core.database} "
                f"(it holds {run_lock.path}); stop it first."
            )
        try:
            db = await Database(settings.core.database).open()
            await _check_key(db, keyring, settings)
        except BaseException:
            if "db" in locals():
                await db.close()
            run_lock.release()
            raise
        audit = AuditLog(db)
        people = People(PeopleRepo(db), keyring, audit, settings.core.moderators)
        retention = Retention(after_purge=db.checkpoint)
        repo = people.repo

        async def purge_people(now: datetime) -> int:
            return await repo.purge_inactive(this_month(now - INACTIVE_PERSON_WINDOW))

        retention.add("inactive people", INACTIVE_PERSON_WINDOW, purge_people)
        await people.preload()
        return cls(
            settings=settings,
            db=db,
            keyring=keyring,
            buttons=ButtonCodec(keyring),
            i18n=i18n
            or I18n(settings.core.locales_dir, fallbacks=settings.core.language_fallbacks),
            people=people,
            audit=audit,
            retention=retention,
            run_lock=run_lock if lock else None,
            send_budget=SendBudget(settings.delivery.effective_send_rate),
        )

    async def close(self) -> None:
        await self.features.close()
        await self.db.close()
        if self.run_lock is not None:
            self.run_lock.release()


KEY_CHECK = "key_check"


async def _check_key(db: Database, keyring: Keyring, settings: Settings) -> None:
    """Refuse a database written with another secret key instead of serving garbage.

    The first start with this code records a one-way check value of the key (see
    ``Keyring.key_check``); every later start compares it.
    """
    expected = keyring.key_check()
    stored = await db.get_meta(KEY_CHECK)
    if stored is None:
        await db.set_meta(KEY_CHECK, expected)
    elif stored != expected:
        raise ConfigError(
            f"The database {settings.core.database} was written with a different secret key "
            "(HRBOT_SECRET_KEY or the key file): its records cannot be read with this one. "
            "Start with the key it was created with, or restore a backup made with this key."
        )
