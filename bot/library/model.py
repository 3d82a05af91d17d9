"""The content library's data: topics, categories and combinations, as loaded and checked.

Plain frozen dataclasses, no Telegram and no SQL: ``loader`` builds them from the YAML files
in ``content/`` and every other part of the library reads them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from bot.i18n import REQUIRED_LANGUAGES


class Status(StrEnum):
    """Where a topic or a combination entry stands: only published ones reach people."""

    DRAFT = "draft"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"


STATUSES = tuple(Status)
RISKS = ("dangerous", "unsafe", "caution", "low-risk", "unknown")
CATEGORY_IDS = (
    "overdose",
    "substances",
    "mixing",
    "drug-checking",
    "safer-use",
    "health",
    "treatment",
    "mental-health",
    "rights",
    "about",
)
REQUIRED = REQUIRED_LANGUAGES
FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    year: int
    url: str  # "" only in country notes, where a title without an address is allowed


@dataclass(frozen=True)
class Review:
    """Who last reviewed a translation, when, and what it was checked against.

    ``en_sha`` is ``text_hash`` of the English title, summary and body the reviewer read it
    against; ``sha`` (optional) the same hash of the translation itself at that moment. When
    either text has changed since, the translation is waiting for review again.
    """

    by: str
    on: date
    en_sha: str
    sha: str = ""


@dataclass(frozen=True)
class Translation:
    title: str
    summary: str
    body: str  # the Markdown subset, as written
    keywords: tuple[str, ...] = ()
    review: Review | None = None

    @property
    def text_sha(self) -> str:
        return text_hash(self.title, self.summary, self.body)


def text_hash(title: str, summary: str, body: str) -> str:
    """A short, stable hash of what a translator translates (keywords are per language)."""
    joined = "\x1f".join(part.strip() for part in (title, summary, body))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class CountryNote:
    """Advice for one country, shown under a topic's body to people in that country."""

    country: str  # ISO 3166-1 alpha-2, e.g. "UA"
    text: str  # the Markdown subset
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Topic:
    id: str
    category: str
    status: Status
    translations: dict[str, Translation]
    tags: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    reviewed: date | None = None
    authors: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    file: str = ""
    # law, treatment access or services: the bot says so plainly when it has no note for
    # the person's country (content/README.md, "Country notes")
    country_specific: bool = False
    # language -> country code -> note, from content/country-notes/<id>/<lang>.yaml
    country_notes: dict[str, dict[str, CountryNote]] = field(default_factory=dict)

    def note_countries(self) -> set[str]:
        return {c for notes in self.country_notes.values() for c in notes}

    def country_note(self, lang: str, country: str | None) -> tuple[str, CountryNote] | None:
        """The note for ``country`` in ``lang``, else in English; with the language used."""
        if not country:
            return None
        for candidate in (lang, FALLBACK_LANGUAGE):
            note = self.country_notes.get(candidate, {}).get(country)
            if note is not None:
                return candidate, note
        return None

    def translation(self, lang: str) -> tuple[str, Translation]:
        """The translation in ``lang``, else English; returns the language actually used."""
        if lang in self.translations:
            return lang, self.translations[lang]
        if FALLBACK_LANGUAGE in self.translations:
            return FALLBACK_LANGUAGE, self.translations[FALLBACK_LANGUAGE]
        first = next(iter(self.translations))
        return first, self.translations[first]


@dataclass(frozen=True)
class Category:
    id: str
    order: int
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get(FALLBACK_LANGUAGE) or self.id


@dataclass(frozen=True)
class SubstanceClass:
    id: str
    names: dict[str, tuple[str, ...]]

    def name(self, lang: str) -> str:
        names = self.names.get(lang) or self.names.get(FALLBACK_LANGUAGE) or (self.id,)
        return names[0]


@dataclass(frozen=True)
class Substance:
    id: str
    classes: tuple[str, ...]
    names: dict[str, tuple[str, ...]]
    # A street mix answered as the worst of what it usually contains ("tusi": ketamine + MDMA).
    contains: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        names = self.names.get(lang) or self.names.get(FALLBACK_LANGUAGE) or (self.id,)
        return names[0]


@dataclass(frozen=True)
class AmbiguousName:
    """A word that names several things ("колеса": any pills; "cristal": meth in Mexico, MDMA
    crystal in Spain). The checker asks which one, or answers the worst of ``options``."""

    id: str
    names: dict[str, tuple[str, ...]]
    options: tuple[str, ...]
    countries: dict[str, str] = field(default_factory=dict)  # ISO code -> the usual meaning there
    notes: dict[str, str] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        names = self.names.get(lang) or self.names.get(FALLBACK_LANGUAGE) or (self.id,)
        return names[0]

    def note(self, lang: str) -> str | None:
        return self.notes.get(lang) or self.notes.get(FALLBACK_LANGUAGE)


@dataclass(frozen=True)
class Combo:
    a: str
    b: str
    risk: str
    notes: dict[str, str]
    sources: tuple[Source, ...] = ()
    status: Status = Status.PUBLISHED
    # Why this entry is deliberately milder than the TripSit chart (tests/fixtures README), or None.
    milder_than_tripsit: str | None = None

    @property
    def id(self) -> str:
        """A stable id for the pair (sorted), used by the withdraw switch: ``a+b``."""
        return combo_id(self.a, self.b)

    def note(self, lang: str) -> tuple[str, str]:
        if lang in self.notes:
            return lang, self.notes[lang]
        if FALLBACK_LANGUAGE in self.notes:
            return FALLBACK_LANGUAGE, self.notes[FALLBACK_LANGUAGE]
        first = next(iter(self.notes))
        return first, self.notes[first]


def combo_id(a: str, b: str) -> str:
    first, second = sorted((a, b))
    return f"{first}+{second}"


@dataclass
class Library:
    """One consistent, validated snapshot of the content folder."""

    topics: dict[str, Topic] = field(default_factory=dict)
    categories: list[Category] = field(default_factory=list)
    ambiguous: dict[str, AmbiguousName] = field(default_factory=dict)
    classes: dict[str, SubstanceClass] = field(default_factory=dict)
    substances: dict[str, Substance] = field(default_factory=dict)
    combos: list[Combo] = field(default_factory=list)
    lexicon: Any = None  # bot.library.lexicon.Lexicon (content/lexicon.yaml), None when not loaded

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def published(self) -> list[Topic]:
        return [t for t in self.topics.values() if t.status == Status.PUBLISHED]
