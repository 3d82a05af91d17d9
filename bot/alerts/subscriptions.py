"""Who gets alerts for which region: subscribing, unsubscribing, the active alerts one sees.

A subscription is the person's keyed hash, a region id, their private chat id sealed for the
purpose "alerts", and their language. The language follows /language automatically (a
database trigger updates it whenever ``people.language`` changes), so delivery can read it
straight from the subscription row. Subscriptions last until the person unsubscribes, sends
/forget, or writes nothing to the bot for 12 months (the inactive-people purge erases them
with the person, through ON DELETE CASCADE).

An alert for region R reaches subscribers of R and of every region above it, so a person
subscribed to S sees the alerts of S and of every region below S.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.alerts.model import Alert
from bot.privacy import Keyring
from bot.storage.alerts import AlertsRepo, Subscription

if TYPE_CHECKING:
    from bot.directory.regions import Region, Regions

CHAT_PURPOSE = "alerts"
MAX_SUBSCRIPTIONS = 20
# A language that points to one country, to put that country first when nothing better is known
# (only where the language is mostly spoken in one listed country).
LANGUAGE_COUNTRY = {"uk": "ua"}
CITIES_SUGGESTED = 6
# A shared location further than this from every city's centre suggests the province or country.
NEAR_CITY_KM = 40.0
NEAR_PROVINCE_KM = 150.0


class TooManySubscriptions(Exception):
    pass


class UnknownRegion(Exception):
    pass


def region_token(region_id: str) -> str:
    """A short, fixed-length stand-in for a region id in button data (ids can be long)."""
    return base64.urlsafe_b64encode(hashlib.sha256(region_id.encode()).digest()[:6]).decode()


class Subscriptions:
    def __init__(
        self, repo: AlertsRepo, keyring: Keyring, regions: Callable[[], Regions | None]
    ) -> None:
        self.repo = repo
        self.keyring = keyring
        self._regions = regions
        self._tokens: dict[str, str] = {}
        self._tokens_for: int | None = None

    @property
    def regions(self) -> Regions | None:
        return self._regions()

    # -- region handles for buttons ------------------------------------------------------------
    def token(self, region_id: str) -> str:
        return region_token(region_id)

    def resolve(self, token: str) -> Region | None:
        regions = self.regions
        if regions is None:
            return None
        if self._tokens_for != id(regions):
            self._tokens = {region_token(r.id): r.id for r in regions}
            self._tokens_for = id(regions)
        region_id = self._tokens.get(token)
        return regions.get(region_id) if region_id else None

    def path(self, region_id: str, lang: str) -> str:
        """ "Lviv, Lviv Oblast, Ukraine": the region and everything above it."""
        regions = self.regions
        if regions is None:
            return region_id
        chain = regions.ancestors(region_id)
        return ", ".join(r.name(lang) for r in chain) if chain else region_id

    # -- finding the place quickly -----------------------------------------------------------------
    def home_country(self, hints: list[str], lang: str) -> Region | None:
        """The person's likely country: from region ids they chose before (their /overdose country,
        their subscriptions), else from their language when it points to one country."""
        regions = self.regions
        if regions is None:
            return None
        for region_id in hints:
            country = regions.country_of(region_id) if region_id else None
            if country is not None:
                return country
        guess = LANGUAGE_COUNTRY.get(lang)
        return regions.get(guess) if guess else None

    def suggestions(self, country: Region | None, lang: str) -> list[Region]:
        """The country, then its cities (by name): one tap to a city subscription screen."""
        regions = self.regions
        if regions is None or country is None:
            return []
        cities = [r for r in regions.descendants(country.id) if r.level == "city"]
        cities.sort(key=lambda r: r.name(lang).casefold())
        return [country, *cities[:CITIES_SUGGESTED]]

    def near(self, lat: float, lon: float) -> list[Region]:
        """Regions for a shared location: the nearest city (if close), then what is above it.
        The location is used for this and forgotten (never stored or logged)."""
        from bot.directory.gazetteer import haversine_km

        regions = self.regions
        if regions is None:
            return []

        def nearest(level: str) -> list[tuple[float, Region]]:
            return sorted(
                (
                    (haversine_km(lat, lon, r.center[0], r.center[1]), r)
                    for r in regions
                    if r.level == level
                ),
                key=lambda pair: pair[0],
            )

        for level, within in (("city", NEAR_CITY_KM), ("province", NEAR_PROVINCE_KM)):
            found = nearest(level)
            if found and found[0][0] <= within:
                return regions.ancestors(found[0][1].id)
        # No listed city or province nearby: the nearest countries (by their centre), to choose.
        return [r for _, r in nearest("country")[:3]]

    # -- subscribing ---------------------------------------------------------------------------
    async def subscribe(self, user_key: bytes, chat_id: int, region_id: str, language: str) -> bool:
        """Subscribe (True) or refresh an existing subscription (False)."""
        regions = self.regions
        if regions is None or regions.get(region_id) is None:
            raise UnknownRegion(region_id)
        current = await self.repo.subscriptions_of(user_key)
        if len(current) >= MAX_SUBSCRIPTIONS and region_id not in {s.region_id for s in current}:
            raise TooManySubscriptions()
        sealed = self.keyring.seal_chat(chat_id, CHAT_PURPOSE)
        return await self.repo.subscribe(user_key, region_id, sealed, language, datetime.now(UTC))

    async def unsubscribe(self, user_key: bytes, region_id: str) -> bool:
        removed = await self.repo.unsubscribe(user_key, region_id)
        if removed:
            # The sealed chat id just deleted must leave the -wal file too, not only the table;
            # one short attempt (a background retry takes over if a reader holds the WAL).
            await self.repo.db.checkpoint(attempts=1)
        return removed

    async def of(self, user_key: bytes) -> list[Subscription]:
        return await self.repo.subscriptions_of(user_key)

    def covered(self, region_ids: list[str]) -> list[str]:
        """The regions whose alerts subscribers of ``region_ids`` receive (them and below)."""
        regions = self.regions
        found: dict[str, None] = {}
        for region_id in region_ids:
            found[region_id] = None
            if regions is not None:
                for below in regions.descendants(region_id):
                    found[below.id] = None
        return list(found)

    async def active_alerts(self, user_key: bytes, now: datetime | None = None) -> list[Alert]:
        """Approved, unexpired alerts that reach this person's subscriptions."""
        subs = await self.of(user_key)
        if not subs:
            return []
        return await self.repo.active_in(
            self.covered([s.region_id for s in subs]), now or datetime.now(UTC)
        )

    async def recipients(self, region_id: str) -> int:
        """How many people an alert in ``region_id`` would reach now."""
        regions = self.regions
        chain = [r.id for r in regions.ancestors(region_id)] if regions else [region_id]
        return await self.repo.subscriber_count(chain or [region_id])
