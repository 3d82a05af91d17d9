"""Find help nearby: regions, the offline gazetteer, the service directory, emergencies.

Importing the package registers the content validators of its modules with
``bot.contentcheck`` (``hrbot content check`` imports ``bot.directory``).
"""

from bot.directory import gazetteer as gazetteer  # registers validate_places
from bot.directory import regions as regions  # registers validate_regions
from bot.directory import services as services  # registers validate_services
from bot.directory.gazetteer import Gazetteer, Place, PlaceMatch
from bot.directory.regions import ContentError, Region, Regions

__all__ = ["ContentError", "Gazetteer", "Place", "PlaceMatch", "Region", "Regions"]
