"""The composition root's first half: every feature's domain object, built once, typed.

``compose_features`` is the one place where features are put together: it loads the region tree
once and hands it to whoever needs it (the overdose guide, alerts, the alert sender, the
service finder), gives each feature its section of ``Settings`` and the shared objects through
its constructor, and stores the results as typed attributes of ``services.features``
(``bot.container.Features``). Handlers only read them; no feature builds or loads what another
owns. ``bot.app.build_application`` is the second half: it registers the handlers.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from bot.alerts.feature import AlertsFeature
from bot.container import Features, Services
from bot.country_memory import RememberedCountry
from bot.directory.gazetteer import PLACES_FILE, Gazetteer
from bot.directory.overdose_guide import OverdoseGuide
from bot.directory.regions import REGIONS_FILE, Regions
from bot.handlers import services as find_services
from bot.library.feature import LibraryFeature
from bot.storage.regions import RegionChoiceRepo

log = logging.getLogger(__name__)


async def compose_features(services: Services) -> Features:
    """Build every feature (before the bot starts); the alert sender starts later, in
    ``bot.app.start_background``, once the application runs."""
    settings = services.settings
    features = services.features
    content = settings.core.content_dir

    # The region tree and the places, loaded once, in a worker thread.
    regions = await asyncio.to_thread(Regions.load, content / REGIONS_FILE)
    gazetteer = await asyncio.to_thread(Gazetteer.load, content / PLACES_FILE, regions)
    features.regions = regions
    features.gazetteer = gazetteer
    features.emergency = OverdoseGuide(regions, services.i18n)
    features.region_choice = RegionChoiceRepo(services.db)
    features.country = RememberedCountry(
        features.region_choice, features.emergency, services.people
    )
    log.info("Loaded %d regions and %d places", len(regions), len(gazetteer))

    features.alerts = await _alerts(services, regions)
    # The service directory loads in the background (``finder`` is set when it is ready).
    find_services.start_directory(services, regions)
    library = LibraryFeature(
        services, settings.library, settings.peers, region_choice=features.region_choice
    )
    await library.start()
    features.library = library
    return features


async def _alerts(services: Services, regions: Regions) -> AlertsFeature:
    alerts = AlertsFeature(services, services.settings.alerts, regions)
    retention = services.retention
    retention.add("alert expiry", timedelta(0), alerts.review.expire)
    retention.add("ended alerts", timedelta(days=180), alerts.review.purge)
    retention.add(
        "alert invites", timedelta(hours=alerts.settings.invite_hours), alerts.invites.purge
    )
    retention.add("alert report counts", timedelta(days=2), alerts.reports.purge_counts)
    await alerts.review.expire(datetime.now(UTC))
    alerts.start_reminders()
    try:
        from bot.handlers.alerts_transport import create_sender

        # Started by bot.app.start_background once the application runs.
        alerts.sender = create_sender(services, regions=regions)
    except Exception as exc:  # noqa: BLE001 - queued deliveries wait for the next start
        log.error(  # noqa: TRY400 - the type only: a traceback may carry people's data
            "The alert sender could not start (%s); approved alerts stay queued", type(exc).__name__
        )
    return alerts
