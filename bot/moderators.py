"""Who among the moderators is told what: the one place that decides where their notices go.

Four kinds of notice reach moderators, each with its own rule (kept as they were when each
feature had its own copy of the loop over ``people_roles``):

- a report to review and what follows from it (``reviewers``): the moderators' chat
  (``HRBOT_MODERATOR_CHAT``, in ``HRBOT_MODERATOR_CHAT_LANGUAGE``), or each stored moderator
  privately, in their language, never the reporter;
- a notice that asks a moderator to act (a service said to be closed: ``notice``): the
  moderators' chat, or each moderator privately, those named in ``HRBOT_MODERATORS`` who
  never saved anything included;
- a problem with the bot's own content (a failed reload: ``everyone``): every moderator and
  the moderators' chat, in the default language;
- the progress of a delivery (``progress``): the moderators' chat, or the approver's private
  chat, in the approver's language.

Chats are stored sealed; a row that does not open (another key) is skipped with a warning
and never stops the others. No Telegram import: callers send.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.people import People, Role
from bot.privacy import Keyring

log = logging.getLogger(__name__)

PRIVATE_CHAT = "private-chat"  # the purpose private chats are sealed under (bot.people)


@dataclass(frozen=True)
class Recipient:
    chat_id: int
    language: str | None  # None: the bot's default language


class Moderators:
    def __init__(
        self,
        people: People,
        keyring: Keyring,
        chat: int | None,
        chat_language: str = "en",
    ) -> None:
        self.people = people
        self.keyring = keyring
        self.chat = chat  # the moderators' group chat, if there is one
        self.chat_language = chat_language

    async def _stored(self) -> list[tuple[bytes, int]]:
        """(user key, private chat) of every stored moderator whose chat opens."""
        found = []
        for record in await self.people.repo.with_role(Role.MODERATOR):
            try:
                chat_id = self.keyring.open_chat(record.sealed_chat, PRIVATE_CHAT)
            except Exception:  # noqa: BLE001 - a damaged row must not stop the others
                log.warning("Could not open a moderator's sealed chat; skipped")
                continue
            found.append((record.user_key, chat_id))
        return found

    async def _language(self, user_key: bytes) -> str | None:
        return await self.people.language_of(user_key)

    async def reviewers(
        self,
        reporter: bytes | None = None,
        exclude: set[bytes] | frozenset[bytes] = frozenset(),
        only: bytes | None = None,
    ) -> list[Recipient]:
        """Where a report to review goes: the moderators' chat, or each stored moderator (not
        the reporter, not those in ``exclude``; only ``only`` when given, even with a chat)."""
        if self.chat is not None and only is None:
            return [Recipient(self.chat, self.chat_language)]
        targets = []
        for user_key, chat_id in await self._stored():
            if user_key == reporter or user_key in exclude:
                continue
            if only is not None and user_key != only:
                continue
            targets.append(Recipient(chat_id, (await self._language(user_key)) or "en"))
        return targets

    async def notice(self) -> list[Recipient]:
        """Where a notice that needs a moderator's action goes: the moderators' chat, or each
        moderator privately, configured ones (``HRBOT_MODERATORS``) included."""
        if self.chat is not None:
            return [Recipient(self.chat, None)]
        targets = [
            Recipient(chat_id, await self._language(user_key))
            for user_key, chat_id in await self._stored()
        ]
        known = {t.chat_id for t in targets}
        for moderator_id in self.people.moderators:
            if moderator_id not in known:
                key = self.keyring.user_key(moderator_id)
                targets.append(Recipient(moderator_id, await self._language(key)))
        return targets

    async def everyone(self) -> list[Recipient]:
        """Where a problem with the bot's content goes: configured and stored moderators and
        the moderators' chat, each once, in the default language."""
        chats: list[int] = list(self.people.moderators)
        chats += [chat_id for _key, chat_id in await self._stored()]
        if self.chat is not None:
            chats.append(self.chat)
        return [Recipient(chat_id, None) for chat_id in dict.fromkeys(chats)]

    async def progress(self, approver: bytes | None) -> Recipient | None:
        """Where a delivery's progress is shown: the moderators' chat, or the approver's
        private chat; in the approver's language either way."""
        language = await self._language(approver) if approver is not None else None
        chat = self.chat
        if chat is None and approver is not None:
            chat = await self.people.chat_of(approver)
        return Recipient(chat, language) if chat is not None else None
