"""Find help nearby: regions, the offline gazetteer, the service directory, emergencies.

Importing the package registers the content validators of regions and places with
``bot.contentcheck``; the services' validator registers when ``bot.directory.services`` is
imported (``hrbot content check`` imports every module that registers one), not here: the
directory's loader is not needed at the bot's start (issue 14, a light start).
"""

from bot.directory import gazetteer as gazetteer  # registers validate_places
from bot.directory import regions as regions  # registers validate_regions
from bot.directory.gazetteer import Gazetteer, Place, PlaceMatch
from bot.directory.regions import ContentError, Region, Regions

__all__ = ["ContentError", "Gazetteer", "Place", "PlaceMatch", "Region", "Regions"]
