"""Drug alerts: verified peers report bad batches, moderators approve, subscribers get them.

``model`` is the shared contract; ``invites``, ``subscriptions``, ``reports``, ``review`` are
the flow (no Telegram types); ``card``, ``outbox``, ``sender`` are delivery.
"""

from bot.alerts.model import ADVICE, EVIDENCE, SEVERITIES, SUBSTANCES, Alert, default_advice

__all__ = ["ADVICE", "EVIDENCE", "SEVERITIES", "SUBSTANCES", "Alert", "default_advice"]
