"""People and trust: one-time invites that make a verified peer, pseudonyms, role changes.

An invite code is random (144 bits), shown once to the moderator who made it, and stored
only as a SHA-256 hash; it works once and expires (48 hours by default). Every role change
goes to the audit log under pseudonyms only.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from bot import timegrain
from bot.people import People, Person, Role
from bot.storage.alerts import AlertsRepo
from bot.storage.audit import AuditLog
from bot.storage.people import RoleRecord

PSEUDONYM_MIN = 2
PSEUDONYM_MAX = 32
_PSEUDONYM = re.compile(r"[\w-]+")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# How long an opened invite is held for the person who opened it: as long as the bot waits
# for their pseudonym (bot.handlers.alerts_common.EXPECT_TTL_S).
INVITE_HOLD = timedelta(minutes=15)
# The actor recorded when someone listed in HRBOT_MODERATORS picks their pseudonym.
CONFIG_ACTOR = "HRBOT_MODERATORS"


class InviteOutcome(StrEnum):
    """What opening or redeeming an invite, or naming a moderator, did (equal to its text)."""

    OK = "ok"
    # the invite
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    BUSY = "busy"  # someone else opened it and is choosing their pseudonym
    # the person
    ALREADY = "already"  # already a peer or moderator
    NOT_MODERATOR = "not-moderator"
    # the pseudonym
    INVALID = "invalid"
    OWN_NAME = "own_name"
    TAKEN = "taken"


def check_pseudonym(text: str) -> str | None:
    """None if ``text`` is a valid pseudonym, else why not: ``length``, ``chars`` or ``letter``."""
    if not PSEUDONYM_MIN <= len(text) <= PSEUDONYM_MAX:
        return "length"
    if not _PSEUDONYM.fullmatch(text):
        return "chars"
    if not _HAS_LETTER.search(text):
        return "letter"  # all digits and dashes looks like a phone number or an id
    return None


# Letters from other scripts that look like Latin ones (the common Cyrillic and Greek
# look-alikes): "аnna" with a Cyrillic "а" must not pass for a new pseudonym next to "anna".
_LOOKALIKES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ɡ": "g",
        "һ": "h",
        "ӏ": "l",
        "ԛ": "q",
        "ԝ": "w",
        "ь": "b",
        "з": "3",
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "μ": "m",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
        "ϲ": "c",
        "0": "o",
        "1": "l",
        "|": "l",
        "_": "",
        "-": "",
        ".": "",
    }
)


def fold(text: str) -> str:
    """NFKC and case folding: how two pseudonyms or names are compared."""
    return unicodedata.normalize("NFKC", text).casefold()


def skeleton(text: str) -> str:
    """A pseudonym reduced to what it looks like: folded, look-alike letters mapped to Latin,
    separators dropped (``Аnna_1`` with a Cyrillic А and ``anna-l`` give the same skeleton)."""
    return fold(text).translate(_LOOKALIKES).replace("i", "l")


def looks_like_own_name(pseudonym: str, names: tuple[str | None, ...]) -> bool:
    """True if the pseudonym is, or contains, the person's Telegram username or a part of
    their name (3 letters or more), compared folded and without separators."""
    folded = skeleton(pseudonym)
    for name in names:
        if not name:
            continue
        whole = skeleton(name.lstrip("@"))
        parts = [whole, *(skeleton(p) for p in re.split(r"[\s_.\-]+", name.lstrip("@")))]
        for part in parts:
            if len(part) >= 3 and part in folded:
                return True
    return False


def hash_code(code: str) -> bytes:
    return hashlib.sha256(code.encode("utf-8")).digest()


def person_token(user_key: bytes) -> str:
    """A short, stable handle for a peer in button data (not reversible to anything useful)."""
    return base64.urlsafe_b64encode(hashlib.sha256(b"peer|" + user_key).digest()[:6]).decode()


@dataclass(frozen=True)
class Invite:
    code: str
    expires_at: datetime


class Invites:
    """Creating and redeeming invites; naming moderators; promoting and revoking roles."""

    def __init__(
        self, repo: AlertsRepo, people: People, audit: AuditLog, hours: float = 48.0
    ) -> None:
        self.repo = repo
        self.people = people
        self.audit = audit
        self.hours = hours

    # -- invites ---------------------------------------------------------------------------
    async def create(self, created_by: str, now: datetime | None = None) -> Invite:
        now = now or datetime.now(UTC)
        code = secrets.token_urlsafe(18)
        expires = now + timedelta(hours=self.hours)
        await self.repo.create_invite(hash_code(code), created_by, now, expires)
        await self.audit.record(
            created_by, "invite.create", "", f"expires {expires.isoformat(timespec='minutes')}"
        )
        return Invite(code, expires)

    async def status(self, code: str, now: datetime | None = None) -> InviteOutcome:
        """``ok``, ``unknown``, ``used`` or ``expired``, without using the invite."""
        now = now or datetime.now(UTC)
        if not code or len(code) > 64:
            return InviteOutcome.UNKNOWN
        status, _ = await self.repo.invite_status(hash_code(code), now)
        return InviteOutcome(status)

    async def pseudonym_taken(self, pseudonym: str) -> bool:
        """Taken if an existing pseudonym has the same skeleton (case, width, look-alikes)."""
        wanted = skeleton(pseudonym)
        return any(skeleton(record.pseudonym) == wanted for record in await self.members())

    async def pseudonym_outcome(
        self, pseudonym: str, names: tuple[str | None, ...]
    ) -> InviteOutcome | None:
        """None if the pseudonym can be used, else ``invalid``, ``own_name`` or ``taken``."""
        if check_pseudonym(pseudonym) is not None:
            return InviteOutcome.INVALID
        if looks_like_own_name(pseudonym, names):
            return InviteOutcome.OWN_NAME
        if await self.pseudonym_taken(pseudonym):
            return InviteOutcome.TAKEN
        return None

    async def open(self, code: str, person: Person, now: datetime | None = None) -> InviteOutcome:
        """Someone opened an invite link: hold it for them while they choose a pseudonym.

        ``ok`` (held for this person), ``busy`` (someone else opened it and is choosing theirs),
        or ``unknown``, ``used``, ``expired``."""
        now = now or datetime.now(UTC)
        status = await self.status(code, now)
        if status != "ok":
            return status
        if await self.repo.reserve_invite(hash_code(code), person.key, now, now + INVITE_HOLD):
            return InviteOutcome.OK
        return InviteOutcome.BUSY

    async def redeem(
        self,
        code: str,
        person: Person,
        pseudonym: str,
        now: datetime | None = None,
        names: tuple[str | None, ...] = (),
    ) -> InviteOutcome:
        """Make ``person`` a verified peer with ``pseudonym``.

        Returns ``ok``, or why not: ``already`` (they are a peer or moderator), ``unknown``,
        ``used``, ``expired``, ``busy`` (the invite; busy: someone else holds it), ``invalid``
        or ``taken`` (the pseudonym).
        """
        now = now or datetime.now(UTC)
        if person.is_peer:
            return InviteOutcome.ALREADY
        problem = await self.pseudonym_outcome(pseudonym, names)
        if problem is not None:
            return problem
        code_hash = hash_code(code)
        async with self.repo.db.transaction() as conn:
            if await self.repo.invite_held_by_other_in(conn, code_hash, person.key, now):
                return InviteOutcome.BUSY
            status, created_by = await self.repo.claim_invite(conn, code_hash, now)
        if status != "ok":
            return InviteOutcome(status)
        try:
            await self.people.grant(person, "peer", pseudonym, actor=created_by or "invite")
        except BaseException:
            await self.repo.unclaim_invite(code_hash)
            raise
        await self.audit.record(pseudonym, "invite.redeem", pseudonym, f"invited by {created_by}")
        person.role, person.pseudonym = Role.PEER, pseudonym
        return InviteOutcome.OK

    async def purge(self, now: datetime) -> int:
        return await self.repo.purge_invites(now)

    # -- moderators from HRBOT_MODERATORS ------------------------------------------------------
    def needs_pseudonym(self, person: Person) -> bool:
        """A moderator listed in HRBOT_MODERATORS who has not chosen a pseudonym yet."""
        return person.is_moderator and not person.pseudonym

    async def name_moderator(
        self, person: Person, pseudonym: str, names: tuple[str | None, ...] = ()
    ) -> InviteOutcome:
        """Record the pseudonym of a configured moderator: ``ok``, ``invalid``, ``own_name``,
        ``taken``, ``not-moderator``. ``names`` are the person's Telegram username and names,
        used only for this comparison and never stored."""
        if person.telegram_id not in self.people.moderators and not person.is_moderator:
            return InviteOutcome.NOT_MODERATOR
        problem = await self.pseudonym_outcome(pseudonym, names)
        if problem is not None:
            return problem
        await self.people.grant(person, "moderator", pseudonym, actor=CONFIG_ACTOR)
        person.role, person.pseudonym = Role.MODERATOR, pseudonym
        return InviteOutcome.OK

    # -- listing, promoting, revoking -----------------------------------------------------------
    async def members(self) -> list[RoleRecord]:
        """Moderators then peers, each by pseudonym."""
        repo = self.people.repo
        return [*await repo.with_role("moderator"), *await repo.with_role("peer")]

    async def find(self, token: str) -> RoleRecord | None:
        for record in await self.members():
            if person_token(record.user_key) == token:
                return record
        return None

    async def promote(self, token: str, actor: str) -> RoleRecord | None:
        """Make a verified peer a moderator (audited); None if there is no such peer."""
        record = await self.find(token)
        if record is None or record.role != "peer":
            return None
        now = timegrain.day()
        await self.people.repo.set_role(
            record.user_key, "moderator", record.pseudonym, record.sealed_chat, now
        )
        await self.audit.record(actor, "role.grant.moderator", record.pseudonym)
        self.people.invalidate(record.user_key)
        return record

    def configured(self, user_key: bytes) -> bool:
        """Whether this person is a moderator through HRBOT_MODERATORS (the bot cannot undo that)."""
        return any(self.people.keyring.user_key(m) == user_key for m in self.people.moderators)

    async def revoke(self, token: str, actor: str, actor_key: bytes) -> RoleRecord | None:
        """Remove someone's peer or moderator role (audited); never one's own, and not that of a
        moderator listed in HRBOT_MODERATORS (they would stay a moderator without a pseudonym)."""
        record = await self.find(token)
        if record is None or record.user_key == actor_key or self.configured(record.user_key):
            return None
        await self.people.revoke(record.user_key, actor)
        return record
