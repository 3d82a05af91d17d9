"""One running bot per module (the alerts fixtures: moderators and invited peers included)."""

from tests.alerts.conftest import moderators, peer, relaxed  # noqa: F401 - fixtures used by name
