"""Reporting an alert: the draft a verified peer fills in, its checks, and submitting it.

The draft lives only in memory while the peer fills in the form; nothing is stored until
they press Submit. The form never asks where a drug was bought or anything about a person,
and free text that looks like a contact (a link, a @username, a phone number) is refused.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.alerts.config import AlertSettings
from bot.alerts.model import (
    ADVICE,
    COLOURS,
    EVIDENCE,
    FORMS,
    IMPRINTS,
    SEVERITIES,
    SIGNS,
    SUBSTANCES,
    Alert,
    AlertState,
    Severity,
    default_advice,
)
from bot.people import Person
from bot.storage.alerts import AlertsRepo
from bot.storage.audit import AuditLog

EXPIRY_CHOICES = (1, 3, 7, 14)
DEFAULT_EXPIRY_DAYS = 7
# Longest free text per field (the card shortens further if it must).
LIMITS = {
    "sold_as": 60,
    "found_free": 200,
    "appearance": 200,  # short: form, colour, markings and effects have buttons that every card translates
    "effects": 200,
    "advice_free": 500,
    "correction": 500,
}
_LINK = re.compile(r"(https?://|www\.|t\.me/|telegram\.me/)", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z][A-Za-z0-9_]{3,}")
_PHONE = re.compile(r"\+?\d[\d ()\-]{6,}\d")


class LimitReached(Exception):
    """The peer has submitted as many reports today as allowed."""


class NotAllowed(Exception):
    """Only verified peers (and moderators) can report."""


class Incomplete(Exception):
    def __init__(self, missing: list[str]) -> None:
        super().__init__(", ".join(missing))
        self.missing = missing


def check_text(text: str, field_name: str) -> str | None:
    """None if ``text`` can go into ``field_name``, else why not: ``empty``, ``long``, ``contact``."""
    text = text.strip()
    if not text:
        return "empty"
    if len(text) > LIMITS.get(field_name, 500):
        return "long"
    if _LINK.search(text) or _HANDLE.search(text) or _PHONE.search(text):
        return "contact"
    return None


@dataclass
class Draft:
    """A report in progress, in memory only."""

    nonce: str = field(default_factory=lambda: secrets.token_hex(2))
    sold_as: str = ""
    sold_as_free: bool = False
    found: list[str] = field(default_factory=list)
    found_free: str = ""
    evidence: str = ""
    region_id: str = ""
    appearance: str = ""
    photo_file_id: str | None = None
    effects: str = ""
    severity: str = ""
    advice: list[str] | None = None
    advice_free: str = ""
    expiry_days: int = DEFAULT_EXPIRY_DAYS
    form: str = ""
    colour: str = ""
    imprint: str = ""
    signs: list[str] = field(default_factory=list)

    def choose(self, name: str, index: int) -> None:
        """A button of the form, colour, markings (one; again clears it) or effects (toggle)."""
        table = {"form": FORMS, "colour": COLOURS, "imprint": IMPRINTS, "signs": SIGNS}[name]
        if not 0 <= index < len(table):
            return
        code = table[index]
        if name == "signs":
            self.signs = sorted(set(self.signs) ^ {code}, key=SIGNS.index)
        else:
            setattr(self, name, "" if getattr(self, name) == code else code)

    def toggle_found(self, code: str) -> None:
        if code not in SUBSTANCES:
            return
        if code in self.found:
            self.found.remove(code)
        else:
            self.found.append(code)
            self.found.sort(key=SUBSTANCES.index)

    def prefill_advice(self) -> list[str]:
        """Advice pre-filled from what was found (once; the peer's changes are kept)."""
        if self.advice is None:
            self.advice = default_advice(self.found)
        return self.advice

    def toggle_advice(self, code: str) -> None:
        advice = self.prefill_advice()
        if code not in ADVICE:
            return
        if code in advice:
            advice.remove(code)
        else:
            advice.append(code)
            advice.sort(key=ADVICE.index)

    def missing(self) -> list[str]:
        missing = []
        if not self.sold_as:
            missing.append("sold_as")
        if not self.found and not self.found_free:
            missing.append("found")
        if self.evidence not in EVIDENCE:
            missing.append("evidence")
        if not self.region_id:
            missing.append("region")
        if self.severity not in SEVERITIES:
            missing.append("severity")
        return missing

    def to_alert(self, now: datetime | None = None) -> Alert:
        now = (now or datetime.now(UTC)).replace(microsecond=0)
        days = self.expiry_days if self.expiry_days in EXPIRY_CHOICES else DEFAULT_EXPIRY_DAYS
        return Alert(
            id=None,
            state=AlertState.PENDING,
            severity=Severity(self.severity),
            region_id=self.region_id,
            sold_as=self.sold_as,
            sold_as_free=self.sold_as_free,
            found=list(self.found),
            found_free=self.found_free,
            evidence=self.evidence,
            appearance=self.appearance,
            effects=self.effects,
            advice=list(self.prefill_advice()),
            advice_free=self.advice_free,
            photo_file_id=self.photo_file_id,
            form=self.form,
            colour=self.colour,
            imprint=self.imprint,
            signs=list(self.signs),
            created_at=now,
            expires_at=now + timedelta(days=days),
        )


def day_of(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m-%d")


class Reports:
    def __init__(self, repo: AlertsRepo, audit: AuditLog, settings: AlertSettings) -> None:
        self.repo = repo
        self.audit = audit
        self.settings = settings

    async def remaining_today(self, user_key: bytes, now: datetime | None = None) -> int:
        used = await self.repo.reports_on(user_key, day_of(now or datetime.now(UTC)))
        return max(0, self.settings.reports_per_day - used)

    async def submit(
        self, person: Person, draft: Draft, language: str, now: datetime | None = None
    ) -> Alert:
        """Store the report as pending review; counts against the daily limit."""
        if not person.is_peer:
            raise NotAllowed()
        missing = draft.missing()
        if missing:
            raise Incomplete(missing)
        now = now or datetime.now(UTC)
        alert = draft.to_alert(now)
        alert.source_lang = language
        async with self.repo.db.transaction() as conn:
            if not await self.repo.count_report_in(
                conn, person.key, day_of(now), self.settings.reports_per_day
            ):
                raise LimitReached()
            await self.repo.insert_alert_in(
                conn, alert, person.key, person.pseudonym or "", language
            )
        await self.audit.record(
            person.pseudonym or "?",
            "alert.submit",
            f"#{alert.id}",
            f"{alert.severity} in {alert.region_id}",
        )
        return alert

    async def purge_counts(self, now: datetime) -> int:
        """Daily counts are only needed for today; keep two days for time-zone edges."""
        return await self.repo.purge_report_counts(day_of(now - timedelta(days=2)))
