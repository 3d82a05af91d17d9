"""Find help nearby: regions, the offline gazetteer, the service directory, emergencies.

Importing the package registers the content validators of its modules with
``bot.contentcheck`` (``hrbot content check`` imports ``bot.directory``).
"""

from bot.directory import regions as regions
from bot.directory import services as services  # noqa: F401  (registers validate_services)
from bot.directory.regions import ContentError, Region, Regions

__all__ = ["ContentError", "Region", "Regions"]
