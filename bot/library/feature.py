"""The library feature as one object: ``services.features.library``.

Holds the content service, the ticket desk, short-lived in-memory conversation state (what the
next text of a person means: a question for peers, or a reply in a ticket) and the background
loop that watches content files and re-pings peers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.config import ConfigError
from bot.container import Services
from bot.i18n import Translator
from bot.library.config import LibrarySettings, PeerSettings
from bot.library.drafts import DRAFT_RETENTION, forget_author, purge_drafts
from bot.library.loader import errors
from bot.library.markdown import esc, fit
from bot.library.search_config import SearchConfig
from bot.library.service import UNANSWERED_WINDOW, LibraryService, ReloadResult
from bot.library.tickets import Messenger, TicketDesk
from bot.people import Person
from bot.storage.library import LibraryRepo, TicketRow
from bot.storage.regions import RegionChoiceRepo

log = logging.getLogger(__name__)

PENDING_SECONDS = 15 * 60
REPING_CHECK_SECONDS = 60.0
# Feedback and unanswered-question counters are written this often (and at shutdown); a
# crash loses at most these seconds of counts.
COUNTER_FLUSH_SECONDS = 5.0


@dataclass
class Pending:
    kind: str  # "ask" (next text is a question for peers) or "reply" (into ticket_id)
    ticket_id: int = 0
    text: str = ""  # kept in memory only: the last unanswered question, for "ask a peer"
    expires: float = 0.0


class LibraryFeature:
    def __init__(
        self,
        services: Services,
        config: LibrarySettings | None = None,
        peers: PeerSettings | None = None,
        region_choice: RegionChoiceRepo | None = None,
    ) -> None:
        self.services = services
        self.region_choice = region_choice  # the remembered country, for regional slang
        self.config = config or services.settings.library
        self.peers = peers or services.settings.peers
        search = SearchConfig(embeddings=self.config.embeddings)
        if self.config.threshold is not None:
            search = replace(
                search, threshold=self.config.threshold, fused_threshold=self.config.threshold
            )
        self.repo = LibraryRepo(services.db)
        from bot.library.embed import default_cache_dir, use_query_embedding, use_threads

        use_threads(self.config.embed_threads)

        cache = self.config.embeddings_cache or default_cache_dir(services.settings.core.database)
        use_query_embedding(self.config.query_embedding, cache)
        self.service = LibraryService(
            services.settings.core.content_dir,
            self.repo,
            services.audit,
            services.keyring,
            search,
            embed_cache=cache,
            quick_start=self.config.quick_start,
            gate=services.polling,
        )
        if self.config.query_embedding == "rewrite":
            from bot.library.embed import use_rewriter

            use_rewriter(self.service.slang_free)
        services.people.revoke_hooks.append(self._revoked)
        self.desk = TicketDesk(
            self.repo,
            services.keyring,
            services.people,
            services.i18n,
            services.audit,
            self.peers,
            services.settings.core.moderators,
        )
        self._pending: dict[bytes, Pending] = {}
        self._task: asyncio.Task | None = None
        self._flusher: asyncio.Task | None = None
        self._last_failed: tuple = ()

    # -- life cycle ----------------------------------------------------------------------------
    async def start(self) -> None:
        result = await self.service.load()
        if not result.ok:
            lines = [str(p) for p in errors(result.problems)]
            raise ConfigError(
                "the content is invalid, so the bot will not start:\n" + "\n".join(lines)
            )
        for warning in result.problems:
            log.info("Content warning: %s", warning)
        retention = self.services.retention
        retention.add(
            "closed questions to peers",
            timedelta(days=self.peers.ticket_retention_days),
            self.desk.purge,
        )
        retention.add(
            "unanswered question counts", UNANSWERED_WINDOW, self.service.purge_unanswered
        )
        retention.add("drafts from peer answers", DRAFT_RETENTION, self._purge_drafts)
        retention.add(
            "question limits that outlive /forget",
            timedelta(days=self.peers.block_days),
            self.desk.purge_limits,
        )
        self._task = asyncio.create_task(self._loop(), name="library-watch")
        self._flusher = asyncio.create_task(self._flush_loop(), name="library-counters")

    async def close(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
            self._flusher = None
        try:
            await self.service.flush()  # the counters gathered since the last flush
        except Exception:
            log.exception("Could not write the last library counters at shutdown")
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.service.close()

    def attach(self, messenger: Messenger) -> None:
        self.desk.messenger = messenger

    async def _loop(self) -> None:
        last_reping = 0.0
        poll = self.config.poll_seconds
        while True:
            await asyncio.sleep(poll if poll > 0 else REPING_CHECK_SECONDS)
            try:
                if poll > 0 and self.service.changed():
                    await self.reload(notify=True)
                if time.monotonic() - last_reping >= REPING_CHECK_SECONDS:
                    last_reping = time.monotonic()
                    await self.desk.reping()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("The library background check failed; it will run again")

    async def _flush_loop(self) -> None:
        """Write the feedback and unanswered-question counters every few seconds."""
        while True:
            await asyncio.sleep(COUNTER_FLUSH_SECONDS)
            try:
                await self.service.flush()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception(
                    "Could not write the library counters; they are kept for the next try"
                )

    async def reload(self, notify: bool = False) -> ReloadResult:
        result = await self.service.load()
        if not result.ok and notify:
            fingerprint = self.service.fingerprint()
            if fingerprint != self._last_failed:
                self._last_failed = fingerprint
                await self.notify_moderators(result)
        return result

    async def notify_moderators(self, result: ReloadResult) -> None:
        messenger = self.desk.messenger
        if messenger is None:
            return
        for target in await self.services.moderators.everyone():
            tr = self.services.i18n.translator(target.language)
            try:
                await messenger.send(target.chat_id, reload_report(tr, result))
            except Exception as exc:  # noqa: BLE001 - one unreachable moderator must not stop the others
                log.warning(
                    "Could not tell a moderator about broken content (%s)", type(exc).__name__
                )

    # -- conversation state (memory only) --------------------------------------------------------
    def set_pending(self, person: Person, pending: Pending) -> None:
        pending.expires = time.monotonic() + PENDING_SECONDS
        self._pending[person.key] = pending
        if len(self._pending) > 10_000:
            now = time.monotonic()
            for key in [k for k, v in self._pending.items() if v.expires < now]:
                self._pending.pop(key, None)

    async def ticket(self, ticket_id: int) -> TicketRow | None:
        """One question for peers, as stored (for the handlers, which do not use the repo)."""
        return await self.repo.ticket(ticket_id)

    def pending(self, person: Person) -> Pending | None:
        return self.pending_key(person.key)

    def pending_key(self, key: bytes) -> Pending | None:
        found = self._pending.get(key)
        if found is None:
            return None
        if found.expires < time.monotonic():
            self._pending.pop(key, None)
            return None
        return found

    def clear_pending(self, person: Person) -> None:
        self._pending.pop(person.key, None)

    async def _purge_drafts(self, now: datetime) -> int:
        return await asyncio.to_thread(
            purge_drafts, Path(self.service.content_dir), DRAFT_RETENTION, now.timestamp()
        )

    async def _revoked(self, user_key: bytes) -> None:
        """A revoked peer receives nothing more: their claimed questions go back to the others."""
        await self.desk.hand_back_claims(user_key)

    async def forget(self, person: Person) -> None:
        """Before /forget deletes the rows: memory state, and what a peer left in others' tickets."""
        self.clear_pending(person)
        # Their questions leave the peers' chat (no Claim button left behind) and close; the
        # tickets they claimed as a peer go back to the others, so none is left orphaned.
        await self.desk.withdraw_all(person)
        await self.desk.hand_back_claims(person.key)
        await self.repo.forget_peer(person.key)
        if person.pseudonym:
            await asyncio.to_thread(forget_author, Path(self.service.content_dir), person.pseudonym)

    async def country(self, person: Person | None) -> str | None:
        """The person's remembered country (``MX``, ``UA``...), for regional slang; None if unknown."""
        choices = self.region_choice
        if person is None or choices is None:
            return None
        if person.seen_month is None:
            # Nothing stored about this person (a region choice is stored with their people
            # row, and storing it drops them from the people cache): no database round-trip.
            return None
        try:
            choice = await asyncio.wait_for(choices.get(person.key), 1.5)
        except Exception as exc:  # noqa: BLE001 - slang falls back to its general meaning
            log.info("No country for the lexicon (%s)", type(exc).__name__)
            return None
        region = choice.region_id if choice is not None else None
        return region.split("-")[0].upper() if region else None


def reload_report(tr: Translator, result: ReloadResult) -> str:
    """What a moderator reads after /reload or when changed files were refused."""
    if result.ok:
        warnings = [p for p in result.problems if p.level == "warning"]
        head = "✅ " + esc(
            tr._(
                "Content reloaded: {topics} topics, {combos} combinations.",
                topics=result.topics,
                combos=result.combos,
            )
        )
        if warnings:
            head += "\n" + esc(tr.n_("{n} warning:", "{n} warnings:", len(warnings)))
        lines = [head] + [f"<code>{esc(str(p))}</code>" for p in warnings[:30]]
        return fit(lines, separator="\n")
    bad = errors(result.problems)
    head = "⚠️ " + esc(
        tr._(
            "The new content has errors, so I kept serving the last good version "
            "({topics} topics). Fix these and reload:",
            topics=result.topics,
        )
    )
    lines = [head] + [f"<code>{esc(str(p))}</code>" for p in bad[:40]]
    return fit(lines, separator="\n")


def utcnow() -> datetime:
    return datetime.now(UTC)
