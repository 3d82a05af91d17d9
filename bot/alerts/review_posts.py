"""What a review message shows and where review messages were posted (no Telegram here).

The handlers (``bot/handlers/review_cards.py``) render and send; this reads what a review
card needs in one call (``facts``), keeps the posted messages with their chats sealed
(``remember``/``posts``/``forget``), finds where to tell a reporter, and which urgent
reports are due to be brought up again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.alerts.model import Alert
from bot.people import People
from bot.privacy import Keyring
from bot.storage.alerts import AlertsRepo

log = logging.getLogger(__name__)

REVIEW_PURPOSE = "review"  # the purpose review messages' chats are sealed under


@dataclass(frozen=True)
class ReviewFacts:
    """An alert with who reported it and who approved it so far."""

    alert: Alert
    reporter_key: bytes | None  # None after the reporter's /forget
    reporter: str  # their pseudonym
    approvals: list[str]  # approvers' pseudonyms, in order


@dataclass(frozen=True)
class Post:
    chat_id: int
    message_id: int
    language: str


class ReviewPosts:
    def __init__(self, repo: AlertsRepo, keyring: Keyring, people: People) -> None:
        self.repo = repo
        self.keyring = keyring
        self.people = people

    async def facts(self, alert_id: int) -> ReviewFacts | None:
        alert = await self.repo.get_alert(alert_id)
        if alert is None:
            return None
        reporter_key, reporter, _ = await self.repo.reporter(alert_id)
        approvals = [a.pseudonym for a in await self.repo.approvals(alert_id)]
        return ReviewFacts(alert, reporter_key, reporter, approvals)

    async def pending(self) -> list[ReviewFacts]:
        """Every report waiting for review, urgent warnings first."""
        found = [await self.facts(i) for i in await self.repo.pending_ids()]
        return [f for f in found if f is not None]

    async def remember(self, alert_id: int, chat_id: int, message_id: int, language: str) -> None:
        sealed = self.keyring.seal_chat(chat_id, REVIEW_PURPOSE)
        await self.repo.add_review_message(alert_id, sealed, message_id, language)

    async def posts(self, alert_id: int) -> list[Post]:
        """The review messages of an alert (a row whose chat does not open is skipped)."""
        found = []
        for message in await self.repo.review_messages(alert_id):
            try:
                chat_id = self.keyring.open_chat(message.sealed_chat, REVIEW_PURPOSE)
            except Exception:  # noqa: BLE001 - a damaged row must not stop the others
                log.warning("Could not open a review message's sealed chat")
                continue
            found.append(Post(chat_id, message.message_id, message.language))
        return found

    async def forget(self, alert_id: int) -> None:
        """The alert is decided: its review messages are not updated again."""
        await self.repo.clear_review_messages(alert_id)

    async def reporter_chat(self, alert_id: int) -> tuple[int, str] | None:
        """The reporter's private chat and language, while they have a role and a chat."""
        key, _, lang = await self.repo.reporter(alert_id)
        if key is None:
            return None
        chat_id = await self.people.chat_of(key)
        return (chat_id, lang) if chat_id is not None else None

    async def due(
        self, cutoff: datetime, now: datetime, severities: Iterable[str] = ("warning",)
    ) -> list[int]:
        """Pending reports of these severities not brought up since ``cutoff``, marked as
        brought up ``now``."""
        due = await self.repo.due_reminders(cutoff, list(severities))
        for alert_id in due:
            await self.repo.mark_pinged(alert_id, now)
        return due

    async def approvers(self, alert_id: int) -> set[bytes]:
        return await self.repo.approver_keys(alert_id)
