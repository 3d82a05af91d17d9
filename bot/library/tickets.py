"""Anonymous questions to peers: numbered tickets with no identity attached.

The asker is known only by keyed hash; their chat id is sealed. The question reaches peers as
new text written by the bot (never a forward, which would carry the account), in the peers'
chat (``HRBOT_PEER_CHAT``) or by direct message to each peer or moderator on duty. A peer
claims it, answers through the bot, follow-ups stay in the ticket, either side closes it.
Unclaimed tickets are announced again after ``HRBOT_TICKET_REPING_MINUTES`` and the asker is
told honestly when to expect an answer. Texts are sealed and deleted with the ticket
``HRBOT_TICKET_RETENTION_DAYS`` after it closes.

Telegram stays outside: messages go out through a ``Messenger`` the handlers provide (not the alerts' outbox, a queue).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Protocol

from cryptography.exceptions import InvalidTag

from bot import timegrain
from bot.i18n import N_, I18n, Translator
from bot.library.config import PeerSettings
from bot.library.markdown import esc, fit
from bot.people import People, Person
from bot.privacy import Keyring
from bot.storage.audit import AuditLog
from bot.storage.library import LibraryRepo, TicketRow, TicketSide, TicketStatus
from bot.storage.people import this_month

log = logging.getLogger(__name__)

TEXT_PURPOSE = "ticket-text"
CHAT_PURPOSE = "ticket-chat"
PEER_CHAT_PURPOSE = "ticket-peer-chat"
Button = tuple[str, str, tuple[str, ...]]  # label, action, args
# Questions still open or claimed after this long are closed (and later purged with the others).
STALE_TICKET_AGE = timedelta(days=30)
# Questions one person may send per UTC day, counted under an unlinkable token (survives /forget).
ASKS_PER_DAY = 10


class Messenger(Protocol):
    async def send(
        self, chat_id: int, text: str, buttons: list[list[Button]] | None = None
    ) -> int | None: ...

    async def edit(
        self, chat_id: int, message_id: int, text: str, buttons: list[list[Button]] | None = None
    ) -> None: ...

    async def delete(self, chat_id: int, message_id: int) -> bool: ...


class AskStatus(StrEnum):
    """What became of a question for peers (``TicketDesk.ask``)."""

    OK = "ok"  # a ticket was opened and announced
    EMPTY = "empty"
    TOO_LONG = "too_long"  # longer than ``PeerSettings.max_question_chars``
    LIMIT = "limit"  # too many today, or too many open at once
    BLOCKED = "blocked"  # a peer blocked this asker for a while


class ClaimResult(StrEnum):
    """What a peer's claim did (``TicketDesk.claim``)."""

    CLAIMED = "claimed"
    MINE = "mine"  # this peer already holds it
    TAKEN = "taken"  # another peer was first
    OWN = "own"  # the peer's own question
    CLOSED = "closed"
    MISSING = "missing"


class ReplyResult(StrEnum):
    """What a message into a ticket did (``TicketDesk.reply``)."""

    SENT = "sent"  # to the other side now
    QUEUED = "queued"  # kept with the question: peers see it when they claim it
    EMPTY = "empty"
    TOO_LONG = "too_long"
    CLOSED = "closed"
    DENIED = "denied"  # neither the asker nor the peer on it


class CloseResult(StrEnum):
    """What closing a ticket did (``TicketDesk.close``)."""

    CLOSED_NOW = "closed_now"
    ALREADY_CLOSED = "closed"
    MISSING = "missing"
    DENIED = "denied"


@dataclass(frozen=True)
class AskOutcome:
    status: AskStatus
    ticket_id: int | None = None
    expectation: str = ""
    delivered: int = 0  # how many peers or chats were told


URGENT = N_("URGENT: this person may be in danger right now.")


def urgent_line(tr: Translator) -> str:
    return "🚨 <b>" + esc(tr._(URGENT)) + "</b>"


def is_urgent(texts: list[str]) -> bool:
    """Peers see a ticket as urgent when the person described an overdose happening now or
    said they want to die or hurt themselves (worked out from the texts, never stored)."""
    # The phrase rules are imported after the bot's first poll (bot.app's warm-up), not at start.
    from bot.library.crisis import is_crisis
    from bot.library.emergency_text import is_emergency

    if any(is_emergency(text) or is_crisis(text) for text in texts):
        return True
    from bot.library import triage

    # what the urgent step recognised by embeddings (its vector is still in the query LRU),
    # the softer crisis note's messages included: a peer should read a possible crisis first
    return any(
        verdict.urgent or verdict.maybe_crisis
        for verdict in (triage.classify(text, cached_only=True) for text in texts)
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class TicketDesk:
    def __init__(
        self,
        repo: LibraryRepo,
        keyring: Keyring,
        people: People,
        i18n: I18n,
        audit: AuditLog,
        peers: PeerSettings,
        moderators: frozenset[int],
    ) -> None:
        self.repo = repo
        self.keyring = keyring
        self.people = people
        self.i18n = i18n
        self.audit = audit
        self.peers = peers
        self.moderators = moderators  # HRBOT_MODERATORS: asked too when no peers' chat is set
        self.messenger: Messenger | None = None

    # -- helpers -------------------------------------------------------------------------------
    def tr(self, lang: str | None) -> Translator:
        return self.i18n.translator(lang)

    def _open(self, sealed: bytes) -> str:
        return self.keyring.open_text(sealed, TEXT_PURPOSE)

    async def _send(
        self, chat_id: int, text: str, buttons: list[list[Button]] | None = None
    ) -> int | None:
        if self.messenger is None:
            log.warning("No messenger attached; a ticket message was not sent")
            return None
        try:
            return await self.messenger.send(chat_id, text, buttons)
        except Exception as exc:  # noqa: BLE001 - one unreachable chat must not stop the others
            log.warning("Could not deliver a ticket message (%s)", type(exc).__name__)
            return None

    def asker_chat(self, ticket: TicketRow) -> int:
        return self.keyring.open_chat(ticket.sealed_chat, CHAT_PURPOSE)

    def peer_chat(self, ticket: TicketRow) -> int | None:
        return (
            self.keyring.open_chat(ticket.peer_chat, PEER_CHAT_PURPOSE)
            if ticket.peer_chat
            else None
        )

    def expectation(
        self, tr: Translator, now: datetime | None = None, tz: tzinfo | None = None
    ) -> str:
        """An honest sentence about when a peer will answer, in the person's language and, when
        their time zone is known (``tz``), their time."""
        now = now or _now()
        hours = self.peers.hours
        if hours.is_open(now):
            return tr._("Peers are volunteers; one usually answers within a few hours.")
        nxt = hours.next_open(now)
        if nxt is None:
            return tr._("Peers are volunteers and may take a day or more to answer.")
        zone = tz or hours.tz
        return tr._(
            "Peers are volunteers and answer during their hours: {hours}. The next time is {when}, "
            "so expect an answer after that.",
            hours=hours.describe(tr, tz, now),
            when=tr.date(nxt.astimezone(zone).date(), "full")
            + ", "
            + tr.time(nxt, "short", tz=zone),
        )

    async def peer_targets(self) -> list[int]:
        """Where new questions go: the peers' chat, or each peer and moderator on duty."""
        if self.peers.chat is not None:
            return [self.peers.chat]
        off = await self.repo.off_duty()
        chats: list[int] = []
        for role in ("peer", "moderator"):
            for record in await self.people.repo.with_role(role):
                if record.user_key in off:
                    continue
                try:
                    chats.append(self.keyring.open_chat(record.sealed_chat, "private-chat"))
                except (InvalidTag, ValueError):
                    log.warning("A peer's sealed chat could not be opened; skipping")
        for telegram_id in sorted(self.moderators):
            if self.keyring.user_key(telegram_id) not in off:
                chats.append(telegram_id)
        return list(dict.fromkeys(chats))

    # -- asking --------------------------------------------------------------------------------
    async def ask(
        self,
        person: Person,
        text: str,
        lang: str,
        now: datetime | None = None,
        tz: tzinfo | None = None,
    ) -> AskOutcome:
        """Open a ticket; ``tz`` is the person's time zone when known (for the expectation)."""
        now = now or _now()
        text = text.strip()
        tr = self.tr(lang)
        if not text:
            return AskOutcome(AskStatus.EMPTY)
        if len(text) > self.peers.max_question_chars:
            return AskOutcome(AskStatus.TOO_LONG)
        until = await self.repo.blocked_until(person.key)
        if until and until > _iso(now):
            return AskOutcome(AskStatus.BLOCKED)
        # The same limits, under tokens that survive /forget but link to nothing (ask_limits).
        block = await self.repo.limit(self.keyring.limit_token(person.telegram_id, "block"))
        if block and block[0] > _iso(now):
            return AskOutcome(AskStatus.BLOCKED)
        daily_token = self.keyring.limit_token(
            person.telegram_id, "asks|" + now.strftime("%Y-%m-%d")
        )
        daily = await self.repo.limit(daily_token)
        if daily and daily[1] >= ASKS_PER_DAY:
            return AskOutcome(AskStatus.LIMIT)
        if len(await self.repo.open_tickets_of(person.key)) >= self.peers.max_open:
            return AskOutcome(AskStatus.LIMIT)
        await self.people.repo.ensure(person.key, this_month(now))
        ticket_id = await self.repo.create_ticket(
            person.key,
            self.keyring.seal_chat(person.telegram_id, CHAT_PURPOSE),
            lang,
            self.keyring.seal_text(text, TEXT_PURPOSE),
            _iso(now),
            created=timegrain.hour(now),
        )
        await self.repo.count_limit(daily_token, timegrain.day(now + timedelta(days=2)))
        ticket = await self.repo.ticket(ticket_id)
        assert ticket is not None
        delivered = await self.announce(ticket, again=False)
        log.info("Ticket %d opened and announced to %d chat(s)", ticket_id, delivered)
        return AskOutcome(AskStatus.OK, ticket_id, self.expectation(tr, now, tz), delivered)

    async def announce(self, ticket: TicketRow, again: bool) -> int:
        """Tell peers about an unclaimed ticket (the whole thread so far, as new text)."""
        messages = await self.repo.messages(ticket.id)
        said = [self._open(m.sealed) for m in messages if m.author == TicketSide.PERSON]
        thread = [esc(text) for text in said]
        urgent = is_urgent(said)
        sent = 0
        for chat_id in await self.peer_targets():
            tr = self.tr(
                self.peers.chat_language
                if chat_id == self.peers.chat
                else await self._lang_of_chat(chat_id)
            )
            head = (
                tr._("Still waiting: question #{number}", number=ticket.id)
                if again
                else tr._("New question #{number}", number=ticket.id)
            )
            first = f"❓ <b>{esc(head)}</b> ({esc(ticket.lang)})"
            if urgent:
                first = urgent_line(tr) + "\n" + first
            text = fit(
                [
                    first,
                    *thread,
                    "<i>"
                    + esc(
                        tr._(
                            "Anonymous: I don't know who asked, and you won't either. "
                            "Claim it to answer through me."
                        )
                    )
                    + "</i>",
                ],
                keep_last=1,
            )
            message_id = await self._send(
                chat_id,
                text,
                [[(tr._("Claim #{number}", number=ticket.id), "tk_claim", (str(ticket.id),))]],
            )
            if message_id is not None:
                sent += 1
                await self.repo.add_post(
                    ticket.id, self.keyring.seal_chat(chat_id, PEER_CHAT_PURPOSE), message_id
                )
        return sent

    async def _lang_of_chat(self, chat_id: int) -> str | None:
        if chat_id < 0:
            return self.peers.chat_language
        record = await self.people.repo.get(self.keyring.user_key(chat_id))
        return record.language if record else None

    # -- peers ---------------------------------------------------------------------------------
    async def claim(self, ticket_id: int, peer: Person, now: datetime | None = None) -> ClaimResult:
        now = now or _now()
        ticket = await self.repo.ticket(ticket_id)
        if ticket is None:
            return ClaimResult.MISSING
        if ticket.status == TicketStatus.CLOSED:
            return ClaimResult.CLOSED
        if ticket.status == TicketStatus.CLAIMED:
            return ClaimResult.MINE if ticket.peer_key == peer.key else ClaimResult.TAKEN
        if ticket.user_key == peer.key:
            return ClaimResult.OWN
        name = peer.pseudonym or "peer"
        ok = await self.repo.claim(
            ticket_id,
            peer.key,
            name,
            self.keyring.seal_chat(peer.telegram_id, PEER_CHAT_PURPOSE),
            timegrain.hour(now),
        )
        if not ok:
            return ClaimResult.TAKEN
        await self.audit.record(name, "library.ticket.claim", f"#{ticket_id}")
        ticket = await self.repo.ticket(ticket_id)
        assert ticket is not None
        # the notices in the peers' chat or DMs now say it is taken
        for sealed, message_id in await self.repo.posts(ticket_id):
            chat_id = self.keyring.open_chat(sealed, PEER_CHAT_PURPOSE)
            tr = self.tr(await self._lang_of_chat(chat_id))
            if self.messenger is not None:
                try:
                    await self.messenger.edit(
                        chat_id,
                        message_id,
                        "✅ "
                        + esc(
                            tr._(
                                "Question #{number} was claimed by {name}.",
                                number=ticket_id,
                                name=name,
                            )
                        ),
                    )
                except Exception as exc:  # noqa: BLE001 - the claim stands even if a notice is stale
                    log.info("Could not update a ticket notice (%s)", type(exc).__name__)
        await self.send_thread_to_peer(ticket, peer.telegram_id, peer.language)
        asker_tr = self.tr(ticket.lang)
        await self._send(
            self.asker_chat(ticket),
            "👋 "
            + esc(
                asker_tr._(
                    "A peer has picked up your question #{number} and is writing an answer. "
                    "It will arrive here, from me.",
                    number=ticket_id,
                )
            ),
        )
        return ClaimResult.CLAIMED

    async def send_thread_to_peer(self, ticket: TicketRow, chat_id: int, lang: str | None) -> None:
        tr = self.tr(lang)
        messages = await self.repo.messages(ticket.id)
        head = tr._("Question #{number}", number=ticket.id)  # not inside the f-string: extracted
        parts = [f"<b>{esc(head)}</b> ({esc(ticket.lang)})"]
        if is_urgent([self._open(m.sealed) for m in messages if m.author == TicketSide.PERSON]):
            parts.insert(0, urgent_line(tr))
        for m in messages:
            who = tr._("Person") if m.author == TicketSide.PERSON else (m.peer_name or tr._("Peer"))
            parts.append(f"<b>{esc(who)}:</b> {esc(self._open(m.sealed))}")
        parts.append(
            "<i>"
            + esc(
                tr._(
                    "Press Reply, then write your answer. It goes to the person as a message from me, "
                    "with your pseudonym and nothing else."
                )
            )
            + "</i>"
        )
        await self._send(chat_id, fit(parts), self.peer_buttons(tr, ticket.id))

    @staticmethod
    def peer_buttons(tr: Translator, ticket_id: int) -> list[list[Button]]:
        arg = (str(ticket_id),)
        return [
            [(tr._("Reply"), "tk_reply", arg), (tr._("Close"), "tk_close", arg)],
            [
                (tr._("Give it back"), "tk_release", arg),
                (tr._("Block this asker"), "tk_block", arg),
            ],
        ]

    @staticmethod
    def person_buttons(tr: Translator, ticket_id: int) -> list[list[Button]]:
        arg = (str(ticket_id),)
        return [[(tr._("Reply"), "tk_reply", arg), (tr._("Close the question"), "tk_close", arg)]]

    async def side(self, ticket: TicketRow, person: Person) -> TicketSide | None:
        """The asker's side, the claiming peer's, or None."""
        if ticket.user_key == person.key:
            return TicketSide.PERSON
        if ticket.peer_key == person.key and person.is_peer:
            return TicketSide.PEER
        return None

    async def reply(
        self, ticket_id: int, author: Person, text: str, now: datetime | None = None
    ) -> ReplyResult:
        """A message into a ticket from either side."""
        now = now or _now()
        text = text.strip()
        if not text:
            return ReplyResult.EMPTY
        if len(text) > self.peers.max_question_chars:
            return ReplyResult.TOO_LONG
        ticket = await self.repo.ticket(ticket_id)
        if ticket is None or ticket.status == TicketStatus.CLOSED:
            return ReplyResult.CLOSED
        side = await self.side(ticket, author)
        if side is None:
            return ReplyResult.DENIED
        name = ticket.peer_name if side == TicketSide.PEER else None
        await self.repo.add_message(
            ticket_id, side, name, self.keyring.seal_text(text, TEXT_PURPOSE), timegrain.hour(now)
        )
        if side == TicketSide.PEER:
            tr = self.tr(ticket.lang)
            head = tr._(
                "Answer from a peer ({name}) to your question #{number}:",
                name=name or tr._("Peer"),
                number=ticket_id,
            )
            message = f"💬 <b>{esc(head)}</b>\n\n{esc(text)}"
            await self._send(self.asker_chat(ticket), message, self.person_buttons(tr, ticket_id))
            return ReplyResult.SENT
        peer_chat = self.peer_chat(ticket)
        if ticket.status != TicketStatus.CLAIMED or peer_chat is None:
            return ReplyResult.QUEUED  # peers see it with the question when they claim it
        peer_lang = await self._lang_of_chat(peer_chat)
        tr = self.tr(peer_lang)
        head = tr._("Follow-up on question #{number}:", number=ticket_id)
        message = f"💬 <b>{esc(head)}</b>\n\n{esc(text)}"
        if is_urgent([text]):
            message = urgent_line(tr) + "\n" + message
        await self._send(peer_chat, message, self.peer_buttons(tr, ticket_id))
        return ReplyResult.SENT

    async def close(
        self, ticket_id: int, actor: Person, now: datetime | None = None
    ) -> CloseResult:
        now = now or _now()
        ticket = await self.repo.ticket(ticket_id)
        if ticket is None:
            return CloseResult.MISSING
        side = await self.side(ticket, actor)
        if side is None and not actor.is_moderator:
            return CloseResult.DENIED
        if not await self.repo.close(ticket_id, side or TicketSide.PEER, timegrain.day(now)):
            return CloseResult.ALREADY_CLOSED
        if side == TicketSide.PERSON:
            peer_chat = self.peer_chat(ticket)
            if peer_chat is not None:
                tr = self.tr(await self._lang_of_chat(peer_chat))
                await self._send(
                    peer_chat,
                    esc(
                        tr._(
                            "The person closed question #{number}. Thank you for answering.",
                            number=ticket_id,
                        )
                    ),
                )
        else:
            tr = self.tr(ticket.lang)
            await self._send(
                self.asker_chat(ticket),
                esc(
                    tr._(
                        "Question #{number} was closed by the peer. You can always ask a new one with /ask.",
                        number=ticket_id,
                    )
                ),
            )
            await self.audit.record(
                actor.pseudonym or "peer", "library.ticket.close", f"#{ticket_id}"
            )
        return CloseResult.CLOSED_NOW

    async def release(self, ticket_id: int, peer: Person) -> bool:
        ticket = await self.repo.ticket(ticket_id)
        if ticket is None or ticket.peer_key != peer.key:
            return False
        if not await self.repo.release(ticket_id):
            return False
        ticket = await self.repo.ticket(ticket_id)
        assert ticket is not None
        await self.announce(ticket, again=True)
        return True

    async def block(self, ticket_id: int, peer: Person, now: datetime | None = None) -> bool:
        """Block the asker of a ticket for a while, without revealing who they are; closes it."""
        now = now or _now()
        ticket = await self.repo.ticket(ticket_id)
        if ticket is None or not peer.is_peer or ticket.status == TicketStatus.CLOSED:
            return False
        # Only the peer who holds the question (or a moderator) may block its asker: a peer who
        # gave it back, or never claimed it, may not.
        if not peer.is_moderator and (
            ticket.status != TicketStatus.CLAIMED or ticket.peer_key != peer.key
        ):
            return False
        until = now + timedelta(days=self.peers.block_days)
        await self.repo.block(ticket.user_key, timegrain.hour_up(until), peer.pseudonym or "peer")
        try:
            asker_chat = self.asker_chat(ticket)
        except (InvalidTag, ValueError):
            asker_chat = None
        if asker_chat is not None and asker_chat > 0:  # a private chat's id is the person's id
            await self.repo.set_limit(
                self.keyring.limit_token(asker_chat, "block"), timegrain.hour_up(until)
            )
        await self.repo.close(ticket_id, TicketSide.PEER, timegrain.day(now))
        await self.audit.record(peer.pseudonym or "peer", "library.ticket.block", f"#{ticket_id}")
        tr = self.tr(ticket.lang)
        await self._send(
            self.asker_chat(ticket),
            esc(
                tr._(
                    "Question #{number} was closed by the peer. You can't send questions to peers for a while.",
                    number=ticket_id,
                )
            ),
        )
        return True

    # -- /forget and revoked peers ---------------------------------------------------------------
    async def take_down_notices(self, ticket_id: int) -> None:
        """Remove a ticket's notices from the peers' chat and DMs: delete them, or (when Telegram
        no longer lets a bot delete an old message) replace them with a line without buttons."""
        for sealed, message_id in await self.repo.posts(ticket_id):
            try:
                chat_id = self.keyring.open_chat(sealed, PEER_CHAT_PURPOSE)
            except (InvalidTag, ValueError):
                continue
            if self.messenger is None:
                continue
            try:
                if await self.messenger.delete(chat_id, message_id):
                    continue
            except Exception as exc:  # noqa: BLE001 - fall back to editing the notice
                log.info("Could not delete a ticket notice (%s)", type(exc).__name__)
            tr = self.tr(self.peers.chat_language if chat_id == self.peers.chat else None)
            try:
                await self.messenger.edit(
                    chat_id, message_id, "🗑 " + esc(tr._("This question was withdrawn."))
                )
            except Exception as exc:  # noqa: BLE001
                log.warning("Could not take down a ticket notice (%s)", type(exc).__name__)
        await self.repo.drop_posts(ticket_id)

    async def withdraw_all(self, person: Person, now: datetime | None = None) -> int:
        """/forget by an asker: every question of theirs leaves the peers' chats, closed.

        The claiming peer is told (in their language) that the person withdrew it; the rows
        themselves are deleted a moment later with the person.
        """
        now = now or _now()
        count = 0
        for ticket in await self.repo.tickets_of(person.key):
            await self.take_down_notices(ticket.id)
            peer_chat = self.peer_chat(ticket) if ticket.status == TicketStatus.CLAIMED else None
            if peer_chat is not None:
                tr = self.tr(await self._lang_of_chat(peer_chat))
                await self._send(
                    peer_chat,
                    "🗑 "
                    + esc(
                        tr._(
                            "The person withdrew question #{number} and erased their data; it is closed. "
                            "Please delete your copy of the conversation too.",
                            number=ticket.id,
                        )
                    ),
                )
            await self.repo.close(ticket.id, TicketSide.PERSON, timegrain.day(now))
            count += 1
        return count

    async def hand_back_claims(self, peer_key: bytes) -> int:
        """A peer revoked or erased: their claimed tickets go back to the others.

        Each is released (the peer's sealed chat and pseudonym leave the ticket, so nothing more
        reaches them) and announced again, and its asker is told a new peer will pick it up.
        """
        count = 0
        for ticket in await self.repo.tickets_of_peer(peer_key):
            if not await self.repo.release(ticket.id):
                continue
            fresh = await self.repo.ticket(ticket.id)
            if fresh is None:
                continue
            await self.announce(fresh, again=True)
            tr = self.tr(fresh.lang)
            await self._send(
                self.asker_chat(fresh),
                "⏳ "
                + esc(
                    tr._(
                        "The peer who picked up your question #{number} can no longer answer it; "
                        "I asked the other peers.",
                        number=ticket.id,
                    )
                ),
            )
            count += 1
        return count

    # -- background ----------------------------------------------------------------------------
    async def reping(self, now: datetime | None = None) -> int:
        """Announce again tickets nobody claimed in time; tell their askers once what to expect."""
        now = now or _now()
        cutoff = _iso(now - timedelta(minutes=self.peers.reping_minutes))
        count = 0
        for ticket in await self.repo.unclaimed():
            if ticket.pinged_at > cutoff:
                continue
            await self.announce(ticket, again=True)
            if not ticket.told_wait:
                tr = self.tr(ticket.lang)
                await self._send(
                    self.asker_chat(ticket),
                    "⏳ "
                    + esc(
                        tr._(
                            "No peer has picked up your question #{number} yet. I asked them again.",
                            number=ticket.id,
                        )
                        + " "
                        + self.expectation(tr, now)
                    ),
                )
            await self.repo.mark_pinged(ticket.id, _iso(now), told_wait=True)
            count += 1
        return count

    async def close_stale(self, now: datetime) -> int:
        """Close questions open or claimed for ``STALE_TICKET_DAYS``: their sealed text would
        otherwise be kept, and re-announced, forever. The asker is told; the notices go."""
        count = 0
        for ticket in await self.repo.stale_tickets(_iso(now - STALE_TICKET_AGE)):
            await self.take_down_notices(ticket.id)
            if not await self.repo.close(ticket.id, "system", timegrain.day(now)):
                continue
            tr = self.tr(ticket.lang)
            await self._send(
                self.asker_chat(ticket),
                esc(
                    tr._(
                        "Question #{number} was closed: no peer could finish answering it within {days} days. "
                        "You can always ask again with /ask.",
                        number=ticket.id,
                        days=STALE_TICKET_AGE.days,
                    )
                ),
            )
            count += 1
        return count

    async def purge_limits(self, now: datetime) -> int:
        return await self.repo.purge_limits(_iso(now))

    async def purge(self, now: datetime) -> int:
        await self.close_stale(now)
        removed = await self.repo.purge_closed(
            _iso(now - timedelta(days=self.peers.ticket_retention_days))
        )
        removed += await self.repo.purge_blocks(_iso(now))
        return removed

    async def set_duty(self, person: Person, on: bool) -> None:
        await self.repo.set_off_duty(person.key, not on, this_month())

    async def on_duty(self, person: Person) -> bool:
        return person.key not in await self.repo.off_duty()

    async def thread(self, ticket_id: int) -> list[tuple[TicketSide, str | None, str]]:
        """(author, peer name, text) for a ticket, opened from the sealed texts."""
        return [
            (m.author, m.peer_name, self._open(m.sealed))
            for m in await self.repo.messages(ticket_id)
        ]
