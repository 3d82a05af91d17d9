"""The alert model shared by the alerts flow (reporting, review, lifecycle) and delivery.

This module is the contract between the two halves of the alerts feature: field names,
codes and meanings do not change without both sides agreeing. No Telegram types here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class Severity(StrEnum):
    """How urgent an alert is (``alerts.severity``, stored as its value), least urgent first."""

    INFORMATION = "information"
    CAUTION = "caution"
    WARNING = "warning"  # urgent: sent first, needs more approvals by default


SEVERITIES = tuple(Severity)
EVIDENCE = (
    "lab",
    "ftir",
    "test-strip",
    "reagent",
    "overdose-cluster",
    "peer-report",
)  # strongest first; shown as a confidence label
SUBSTANCES = (
    "fentanyl",
    "fentanyl-analogues",
    "carfentanil",
    "nitazenes",
    "xylazine",
    "medetomidine",
    "bromazolam",
    "benzodiazepines",
    "levamisole",
    "pmma",
    "high-dose-mdma",
    "cathinones",
    "synthetic-cannabinoids",
    "ketamine",
    "methamphetamine",
    "cocaine",
    "heroin",
    "mdma",
    "unknown",
)
ADVICE = (
    "carry-naloxone",
    "more-naloxone",
    "dont-use-alone",
    "start-low",
    "test-your-drugs",
    "space-doses",
    "avoid-mixing",
    "wound-care",
    "stay-cool-hydrated",
    "seek-help-early",
)

# What was found, described with codes every card translates (the reporter's free text is optional).
FORMS = ("pills", "powder", "crystals", "liquid", "blotter", "other")
COLOURS = (
    "white",
    "beige",
    "brown",
    "grey",
    "black",
    "pink",
    "red",
    "orange",
    "yellow",
    "green",
    "blue",
    "purple",
    "multicoloured",
    "clear",
)
IMPRINTS = ("none", "letters", "logo")
SIGNS = (
    "hard-to-wake",
    "slow-breathing",
    "blue-lips",
    "seizures",
    "overheating",
    "agitation",
    "wounds",
    "stronger-than-usual",
)
# Free-text fields that moderators can translate (field -> language -> text in Alert.texts).
TRANSLATABLE = ("sold_as", "found_free", "appearance", "effects", "advice_free", "correction")


class AlertState(StrEnum):
    """Where an alert is (``alerts.state``, stored as its value: no migration; a ``StrEnum``
    equals the stored text, so SQL may name the values)."""

    DRAFT = "draft"
    PENDING = "pending"  # waits for moderators' approvals
    APPROVED = "approved"  # delivered, active until it expires
    REJECTED = "rejected"
    RETRACTED = "retracted"  # withdrawn after approval
    EXPIRED = "expired"


STATES = tuple(AlertState)


class DeliveryKind(StrEnum):
    """What one delivery carries, and which card it shows (``outbox.kind``, ``outbox_runs.kind``,
    ``outbox_channels.kind``, ``alert_requests.kind``; stored as its value)."""

    ALERT = "alert"  # the approved alert, sent to subscribers and posted in channels
    CORRECTION = "correction"  # a note and the corrected alert, replying to the original
    RETRACTION = "retraction"  # the withdrawal, replying to the original


DEFAULT_EXPIRY = timedelta(days=7)

# Groups used to pre-fill advice from what was found.
OPIOIDS = frozenset({"fentanyl", "fentanyl-analogues", "carfentanil", "nitazenes", "heroin"})
SEDATIVES = frozenset({"xylazine", "medetomidine", "bromazolam", "benzodiazepines"})
STIMULANTS = frozenset(
    {"cathinones", "methamphetamine", "cocaine", "pmma", "high-dose-mdma", "mdma"}
)
WOUND_CAUSING = frozenset({"xylazine", "levamisole", "medetomidine"})
OVERHEATING = frozenset({"pmma", "high-dose-mdma", "mdma", "cathinones", "methamphetamine"})


@dataclass
class Alert:
    id: int | None
    state: AlertState
    severity: Severity
    region_id: str
    sold_as: str  # a SUBSTANCES code, or free text typed by the reporter
    sold_as_free: bool  # True when sold_as is the reporter's own words
    found: list[str]  # SUBSTANCES codes
    found_free: str  # extra free text typed by the reporter ("" if none)
    evidence: str  # one of EVIDENCE
    appearance: str  # free text (form, colour, markings)
    effects: str  # free text (route and effects seen)
    advice: list[str]  # ADVICE codes
    advice_free: str  # extra advice typed/edited by the reporter
    photo_file_id: str | None
    created_at: datetime  # UTC
    expires_at: datetime  # UTC (default created_at + 7 days)
    version: int = 1  # increases with each correction
    correction: str = ""  # latest correction note (free text by a moderator)
    form: str = ""  # one of FORMS, or "" if not given
    colour: str = ""  # one of COLOURS, or ""
    imprint: str = ""  # one of IMPRINTS, or ""
    signs: list[str] = field(default_factory=list)  # SIGNS codes: what people who took it showed
    source_lang: str = ""  # the language the reporter typed in ("" = unknown)
    correction_lang: str = ""  # the language the correction note / withdrawal reason was typed in
    texts: dict[str, dict[str, str]] = field(
        default_factory=dict
    )  # translations: field -> lang -> text
    changes: dict[str, object] = field(
        default_factory=dict
    )  # latest correction: field -> previous value

    def free_text(self, name: str) -> str:
        """The typed text of a TRANSLATABLE field ("" if none; sold_as only when typed)."""
        if name == "sold_as":
            return self.sold_as if self.sold_as_free else ""
        return str(getattr(self, name, "") or "")

    def original_lang(self, name: str) -> str:
        return self.correction_lang if name == "correction" else self.source_lang

    def missing_translations(self, languages: list[str] | tuple[str, ...]) -> dict[str, list[str]]:
        """Language -> the free-text fields not yet readable in it (typed in another language)."""
        missing: dict[str, list[str]] = {}
        for lang in languages:
            for name in TRANSLATABLE:
                text = self.free_text(name).strip()
                if (
                    not text
                    or self.original_lang(name) == lang
                    or self.texts.get(name, {}).get(lang)
                ):
                    continue
                missing.setdefault(lang, []).append(name)
        return missing

    @property
    def number(self) -> int:
        """The id of a stored alert (one read from the database always has it)."""
        if self.id is None:
            raise ValueError("this alert has not been stored yet")
        return self.id

    def is_active(self, now: datetime) -> bool:
        """Approved and not yet expired."""
        return self.state == AlertState.APPROVED and self.expires_at > now


def default_advice(found: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> list[str]:
    """Advice pre-filled from what was found, in ADVICE order (the reporter can change it)."""
    found_set = set(found)
    chosen: set[str] = {"test-your-drugs", "start-low", "seek-help-early"}
    if found_set & OPIOIDS:
        chosen |= {"carry-naloxone", "more-naloxone", "dont-use-alone"}
    if found_set & SEDATIVES:
        # Naloxone does not reverse sedatives, but they are usually mixed with opioids:
        # still give naloxone, and do not mix depressants.
        chosen |= {"carry-naloxone", "dont-use-alone", "avoid-mixing"}
    if found_set & STIMULANTS:
        chosen |= {"space-doses", "avoid-mixing"}
    if found_set & WOUND_CAUSING:
        chosen.add("wound-care")
    if found_set & OVERHEATING:
        chosen.add("stay-cool-hydrated")
    if not found_set or found_set == {"unknown"}:
        chosen |= {"dont-use-alone", "carry-naloxone"}
    return [code for code in ADVICE if code in chosen]


__all__ = [
    "ADVICE",
    "COLOURS",
    "DEFAULT_EXPIRY",
    "EVIDENCE",
    "FORMS",
    "IMPRINTS",
    "SEVERITIES",
    "SIGNS",
    "STATES",
    "SUBSTANCES",
    "TRANSLATABLE",
    "Alert",
    "AlertState",
    "DeliveryKind",
    "Severity",
    "default_advice",
]
