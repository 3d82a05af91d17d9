"""Regions: the country > province > city tree behind alerts, the directory and emergencies.

``content/regions.yaml`` holds every region with its names per language, ISO country code,
time zone, emergency numbers and centre point (format: ``content/README.md``). ``Regions``
loads it once; lookups are dictionary reads, and ``search`` matches typed names offline with
typos tolerated (rapidfuzz), in any of the languages and scripts the names are written in.

No Telegram here: handlers and other features call this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from rapidfuzz import fuzz, process

from bot import contentcheck, yamlcache
from bot.yamlstrict import Document, Problem

if TYPE_CHECKING:
    import numpy as np
# numpy is imported where names are matched, not at start: `hrbot services near` and a bot
# that nobody has asked for a place yet do not pay for it.

REGIONS_FILE = "regions.yaml"
NUMBERS_FILE = "numbers.yaml"  # provenance of every number, and crisis lines (a sibling file)
STALE_AFTER_DAYS = 365  # a check older than this is reported again
LEVELS = ("country", "province", "city")
LANGUAGES = ("en", "ru", "uk", "es")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_ID_LENGTH = 40
_ISO = re.compile(r"^[A-Z]{2}$")
_PHONE = re.compile(r"^[0-9]{2,6}$")
_DIAL = re.compile(
    r"^[*+]?[0-9]+(?:[ -][0-9]+)*$"
)  # a crisis line as people dial it: "800 911 2000"
_URL = re.compile(r"^https?://[^\s]+$")
# ISO 3166-1 alpha-2 codes known to CLDR (babel), without the groupings such as "EU" or "419".
ISO_COUNTRIES = frozenset(
    code
    for code in Locale.parse("en").territories
    if _ISO.match(str(code)) and code not in {"EU", "EZ", "UN", "QO", "ZZ"}
)
_FIELDS = {
    "id",
    "parent",
    "level",
    "country",
    "timezone",
    "emergency",
    "center",
    "names",
    "good_samaritan",
    "aliases",
}


class ContentError(Exception):
    """A content file is invalid; ``problems`` say where (file:line:column) and what."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{len(problems)} problem(s) in the content:\n{shown}{more}")


# -- matching names offline ------------------------------------------------------------------
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc`\u00b4\u02bb\u2018")
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_TO_LATIN = str.maketrans(_CYRILLIC)


def fold(text: str) -> str:
    """Casefolded, accents stripped (so ё is е, й is и), apostrophes dropped, punctuation
    turned into single spaces: the form both names and typed text are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_APOSTROPHES)
    bare = re.sub(r"[\W_]+", " ", bare)
    return " ".join(bare.split())


def match_key(text: str) -> str:
    """``fold`` plus a plain Latin transliteration of Cyrillic, so that "Podil", "Поділ" and
    "лаваписе" meet the names they mean whatever script either side is written in."""
    return fold(text).translate(_TO_LATIN)


def similarity(query: str, key: str) -> float:
    """0-100: how well a folded query matches a folded name (typos, word order, extra words)."""
    if not query or not key:
        return 0.0
    best = fuzz.ratio(query, key)
    if best == 100:
        return 100.0
    q_words, k_words = query.split(), key.split()
    if len(q_words) > 1 or len(k_words) > 1:
        best = max(best, fuzz.token_sort_ratio(query, key) * 0.97)
    # The name among other words ("near podil metro"): compare it with windows of as many words.
    n = len(k_words)
    if len(q_words) > n and len(key) >= 4:
        for i in range(len(q_words) - n + 1):
            window = " ".join(q_words[i : i + n])
            best = max(best, fuzz.ratio(window, key) * 0.95)
    return float(best)


T = TypeVar("T")


class NameIndex(Generic[T]):
    """Names (in any language) pointing at items; ``search`` ranks items by their best name.

    Scores are ``similarity`` for every name, computed for all names at once with
    rapidfuzz's ``cdist`` (C loops), so a long typed sentence stays fast.
    """

    def __init__(self) -> None:
        self._entries: list[tuple[str, str | None, T]] = []
        self._built: tuple[list[str], np.ndarray, dict[int, np.ndarray]] | None = None

    def add(self, item: T, name: str, lang: str | None = None) -> None:
        key = match_key(name)
        if key:
            self._entries.append((key, lang, item))
            self._built = None

    def _build(self) -> tuple[list[str], np.ndarray, dict[int, np.ndarray]]:
        import numpy as np

        if self._built is None:
            keys = [key for key, _lang, _item in self._entries]
            multi = np.array([len(k.split()) > 1 for k in keys], dtype=bool)
            by_words: dict[int, list[int]] = {}
            for i, key in enumerate(keys):
                if len(key) >= 4:
                    by_words.setdefault(len(key.split()), []).append(i)
            self._built = (keys, multi, {n: np.array(ix) for n, ix in by_words.items()})
        return self._built

    def scores(self, query: str) -> np.ndarray:
        """``similarity(query, key)`` for every name, in the order they were added."""
        import numpy as np

        keys, multi, by_words = self._build()
        if not keys:
            return np.zeros(0)
        scores = process.cdist([query], keys, scorer=fuzz.ratio, dtype=np.float64)[0]
        q_words = query.split()
        sort = (
            process.cdist([query], keys, scorer=fuzz.token_sort_ratio, dtype=np.float64)[0] * 0.97
        )
        use_sort = multi | (len(q_words) > 1)
        scores = np.where(use_sort & (scores < 100), np.maximum(scores, sort), scores)
        for n, ix in by_words.items():
            if len(q_words) <= n:
                continue
            windows = [" ".join(q_words[i : i + n]) for i in range(len(q_words) - n + 1)]
            names = [keys[i] for i in ix]
            inside = (
                process.cdist(names, windows, scorer=fuzz.ratio, dtype=np.float64).max(axis=1)
                * 0.95
            )
            scores[ix] = np.where(scores[ix] < 100, np.maximum(scores[ix], inside), scores[ix])
        return scores

    def search(
        self,
        text: str,
        lang: str | None = None,
        limit: int = 5,
        min_score: float = 70.0,
        ident: Any = id,
    ) -> list[tuple[T, float]]:
        query = match_key(text)
        if not query or limit <= 0 or not self._entries:
            return []
        import numpy as np

        scores = self.scores(query)
        best: dict[Hashable, tuple[float, T]] = {}
        for i in np.nonzero(scores >= min_score)[0]:
            _key, name_lang, item = self._entries[i]
            score = float(scores[i])
            if lang and name_lang == lang:
                score = min(100.0, score + 0.5)  # prefer the reader's language on a tie
            k = ident(item)
            if k not in best or score > best[k][0]:
                best[k] = (score, item)
        ranked = sorted(best.values(), key=lambda pair: -pair[0])
        return [(item, round(score, 1)) for score, item in ranked[:limit]]


# -- the region tree -------------------------------------------------------------------------
@dataclass(frozen=True)
class Region:
    id: str
    parent: str | None
    level: str
    country: str
    timezone: str
    emergency: tuple[str, ...]
    center: tuple[float, float]
    names: Mapping[str, str]
    good_samaritan: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    aliases: tuple[str, ...] = ()  # other names people type: "USA", "UK", "Штаты"

    def __hash__(self) -> int:
        return hash(self.id)

    def name(self, lang: str | None) -> str:
        """The name in ``lang``, falling back to English."""
        return self.names.get(lang or "en") or self.names["en"]

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Provenance:
    """Where a number comes from: ``source`` (the page that states it) and ``checked`` (the day a
    person saw it there). Either may be None; without ``checked`` the number is unchecked."""

    source: str | None = None
    checked: date | None = None

    @property
    def unchecked(self) -> bool:
        return self.checked is None

    def stale(self, today: date | None = None) -> bool:
        """Checked, but longer than ``STALE_AFTER_DAYS`` ago."""
        return (
            self.checked is not None
            and ((today or date.today()) - self.checked).days > STALE_AFTER_DAYS
        )


@dataclass(frozen=True)
class CrisisLine:
    """A mental-health crisis line (``content/numbers.yaml``, ``crisis:``)."""

    region: str  # the region id it is listed under (usually a country)
    number: str  # as people dial it: "800 911 2000", "116 123", "*4141"
    names: Mapping[str, str]
    hours: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    source: str | None = None
    checked: date | None = None

    def name(self, lang: str | None) -> str:
        return self.names.get(lang or "en") or self.names["en"]

    def hours_text(self, lang: str | None) -> str | None:
        """Opening hours in ``lang`` (else English), or None when not known."""
        if not self.hours:
            return None
        return self.hours.get(lang or "en") or self.hours.get("en")

    @property
    def unchecked(self) -> bool:
        return self.checked is None

    @property
    def provenance(self) -> Provenance:
        return Provenance(self.source, self.checked)


@dataclass(frozen=True)
class Numbers:
    """``content/numbers.yaml`` read: emergency-number provenance and crisis lines per region."""

    emergency: Mapping[str, Mapping[str, Provenance]] = field(default_factory=dict)
    crisis: Mapping[str, tuple[CrisisLine, ...]] = field(default_factory=dict)


class Regions:
    """The loaded tree. Build it with ``Regions.load(path)``."""

    def __init__(self, regions: list[Region], numbers: Numbers | None = None) -> None:
        self._numbers = numbers or Numbers()
        self._by_id: dict[str, Region] = {r.id: r for r in regions}
        self._children: dict[str | None, list[Region]] = {}
        for region in regions:
            self._children.setdefault(region.parent, []).append(region)
        for siblings in self._children.values():
            siblings.sort(key=lambda r: fold(r.names["en"]))
        self._index: NameIndex[Region] = NameIndex()
        for region in regions:
            for lang, name in region.names.items():
                self._index.add(region, name, lang)
            for alias in region.aliases:
                self._index.add(region, alias)

    @classmethod
    def load(cls, path: Path) -> Regions:
        """Load and validate ``path``; raise ``ContentError`` listing every error."""
        regions, problems = parse_regions(path)
        numbers = Numbers()
        numbers_path = Path(path).parent / NUMBERS_FILE
        if numbers_path.exists():
            numbers, more = parse_numbers(numbers_path, regions)
            problems = problems + more
        errors = [p for p in problems if p.level == "error"]
        if errors:
            raise ContentError(errors)
        return cls(regions, numbers)

    def __iter__(self) -> Iterator[Region]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, region_id: object) -> bool:
        return region_id in self._by_id

    def get(self, region_id: str) -> Region | None:
        return self._by_id.get(region_id)

    def roots(self) -> list[Region]:
        """Countries, sorted by English name."""
        return list(self._children.get(None, []))

    def children(self, region_id: str) -> list[Region]:
        return list(self._children.get(region_id, []))

    def ancestors(self, region_id: str) -> list[Region]:
        """The region itself first, then its parent, and so on up to the country."""
        chain: list[Region] = []
        region = self._by_id.get(region_id)
        while region is not None and len(chain) <= len(self._by_id):
            chain.append(region)
            region = self._by_id.get(region.parent) if region.parent else None
        return chain

    def descendants(self, region_id: str) -> list[Region]:
        """Every region below ``region_id`` (not itself), parents before their children."""
        found: list[Region] = []
        queue = list(self._children.get(region_id, []))
        while queue:
            region = queue.pop(0)
            found.append(region)
            queue.extend(self._children.get(region.id, []))
        return found

    def country_of(self, region_id: str) -> Region | None:
        chain = self.ancestors(region_id)
        return chain[-1] if chain else None

    def emergency_numbers(self, region_id: str) -> tuple[str, ...]:
        """The nearest emergency numbers defined walking up from ``region_id`` (or ``()``)."""
        for region in self.ancestors(region_id):
            if region.emergency:
                return region.emergency
        return ()

    def crisis_lines(self, region_id: str | None) -> list[CrisisLine]:
        """Mental-health crisis lines for ``region_id``: those listed for the region itself first,
        then its parent's, up to the country's (a province or city walks up to its country).
        ``[]`` for None, an unknown id, or a country with no line listed."""
        if not region_id:
            return []
        found: list[CrisisLine] = []
        for region in self.ancestors(region_id):
            found.extend(self._numbers.crisis.get(region.id, ()))
        return found

    def provenance(self, region_id: str, number: str) -> Provenance:
        """Where the emergency ``number`` of the region that defines it comes from (an
        unchecked ``Provenance()`` when nothing is recorded)."""
        for region in self.ancestors(region_id):
            if region.emergency:
                return self._numbers.emergency.get(region.id, {}).get(number, Provenance())
        return Provenance()

    def all_numbers(self) -> list[tuple[str, str, str, Provenance]]:
        """Every number the bot can show, for moderators: ``(region id, "emergency" | "crisis",
        number, provenance)``, in file order."""
        rows: list[tuple[str, str, str, Provenance]] = []
        for region in self._by_id.values():
            for number in region.emergency:
                rows.append((region.id, "emergency", number, self.provenance(region.id, number)))
            for line in self._numbers.crisis.get(region.id, ()):
                rows.append((region.id, "crisis", line.number, line.provenance))
        return rows

    def good_samaritan(self, region_id: str, lang: str | None) -> str | None:
        """The nearest Good Samaritan note walking up, in ``lang`` (else English), or None."""
        for region in self.ancestors(region_id):
            if region.good_samaritan:
                return region.good_samaritan.get(lang or "en") or region.good_samaritan.get("en")
        return None

    def search(
        self,
        text: str,
        lang: str | None = None,
        limit: int = 5,
        min_score: float = 70.0,
        level: str | None = None,
    ) -> list[tuple[Region, float]]:
        """Regions whose name in any language (or alias) matches ``text``, best first."""
        hits = self._index.search(
            text,
            lang,
            limit=len(self._by_id) if level else limit,
            min_score=min_score,
            ident=lambda r: r.id,
        )
        if level:
            hits = [(r, s) for r, s in hits if r.level == level][:limit]
        return hits


# -- parsing and validation ------------------------------------------------------------------
def parse_regions(path: Path, display: str | None = None) -> tuple[list[Region], list[Problem]]:
    """Every region that could be read, and every problem found (errors and warnings)."""
    doc = yamlcache.load(path, display or str(path))
    if doc.problems:
        return [], list(doc.problems)
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("regions"), list):
        doc.problem((), "the file must have a `regions:` list at the top")
        return [], doc.problems
    for key in data:
        if key != "regions":
            doc.problem((key,), f"unknown top-level key `{key}` (only `regions` is allowed)")
    regions: list[Region] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["regions"]):
        region = _parse_one(doc, ("regions", i), raw, seen)
        if region is not None:
            regions.append(region)
    index_of: dict[str, int] = {}
    for i, raw in enumerate(data["regions"]):
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            index_of.setdefault(raw["id"], i)
    _check_tree(doc, regions, index_of)
    return regions, doc.problems


def _parse_one(doc: Document, at: tuple, raw: Any, seen: dict[str, int]) -> Region | None:  # noqa: C901 - a record parser: one check per field, split when next changed
    if not isinstance(raw, dict):
        doc.problem(at, "each region must be a block of `key: value` lines")
        return None
    ok = True
    for key in raw:
        if key not in _FIELDS:
            doc.problem(
                at + (key,), f"unknown field `{key}` (allowed: {', '.join(sorted(_FIELDS))})"
            )
    rid = doc.text(at + ("id",), raw.get("id"), "id")
    if rid is None:
        return None
    if not _ID.match(rid):
        doc.problem(
            at + ("id",), f"id `{rid}` must be lowercase letters, digits and single hyphens"
        )
        ok = False
    elif len(rid) > MAX_ID_LENGTH:
        doc.problem(
            at + ("id",),
            f"id `{rid}` is longer than {MAX_ID_LENGTH} characters "
            "(it travels inside Telegram buttons, which hold 64 bytes)",
        )
        ok = False
    if rid in seen:
        doc.problem(at + ("id",), f"duplicate region id `{rid}` (first given on line {seen[rid]})")
        return None
    seen[rid] = doc.where(at + ("id",))[0]
    parent = raw.get("parent")
    if parent is not None:
        parent = doc.text(at + ("parent",), parent, "parent")
        ok = ok and parent is not None
    level = raw.get("level")
    if level not in LEVELS:
        doc.problem(at + ("level",), f"level must be one of {', '.join(LEVELS)} (got `{level}`)")
        ok = False
    country = doc.text(at + ("country",), raw.get("country"), "country")
    if country is None:
        ok = False
    elif not _ISO.match(country) or country not in ISO_COUNTRIES:
        doc.problem(
            at + ("country",),
            f"`{country}` is not an ISO 3166-1 alpha-2 country code (two capital letters, such as UA or ES)",
        )
        ok = False
    timezone = doc.text(at + ("timezone",), raw.get("timezone"), "timezone")
    if timezone is None:
        ok = False
    else:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            doc.problem(
                at + ("timezone",),
                f"unknown time zone `{timezone}` (use an IANA name such as Europe/Kyiv)",
            )
            ok = False
    emergency = _numbers(doc, at + ("emergency",), raw.get("emergency"))
    if emergency is None:
        ok = False
    elif not emergency and level == "country":
        doc.problem(
            at + ("emergency",),
            f'country `{rid}` needs its emergency number(s): emergency: ["112"]',
        )
        ok = False
    center = _center(doc, at + ("center",), raw.get("center"))
    ok = ok and center is not None
    names = _texts(doc, at + ("names",), raw.get("names"), "names", required=True)
    if names is None:
        ok = False
    else:
        for lang in LANGUAGES[1:]:
            if lang not in names:
                doc.problem(
                    at + ("names",), f"no {lang} name for `{rid}`; English will be shown", "warning"
                )
        for lang, text in names.items():
            for word in text.split():
                if re.search(r"[a-zA-Z]", word) and re.search(r"[\u0400-\u04ff]", word):
                    doc.problem(
                        at + ("names", lang),
                        f"`{word}` mixes Latin and Cyrillic letters; retype it in one alphabet",
                        "warning",
                    )
    gs = _texts(
        doc, at + ("good_samaritan",), raw.get("good_samaritan"), "good_samaritan", required=False
    )
    if gs is None:
        ok = False
    aliases = _aliases(doc, at + ("aliases",), raw.get("aliases"))
    if (
        not ok
        or aliases is None
        or country is None
        or timezone is None
        or emergency is None
        or center is None
        or names is None
    ):
        return None
    return Region(
        id=rid,
        parent=parent,
        level=str(level),
        country=country,
        timezone=timezone,
        emergency=emergency,
        center=center,
        names=MappingProxyType(names),
        good_samaritan=MappingProxyType(gs or {}),
        aliases=aliases,
    )


def _numbers(doc: Document, at: tuple, value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if not isinstance(value, list):
        doc.problem(at, 'emergency must be a list of numbers in quotes, such as ["112", "103"]')
        return None
    numbers: list[str] = []
    for j, number in enumerate(value):
        text = doc.text(at + (j,), number, "an emergency number")
        if text is None:
            return None
        if not _PHONE.match(text):
            doc.problem(at + (j,), f"emergency number `{text}` must be 2 to 6 digits")
            return None
        if text in numbers:
            doc.problem(at + (j,), f"emergency number `{text}` is listed twice")
            return None
        numbers.append(text)
    return tuple(numbers)


def _center(doc: Document, at: tuple, value: Any) -> tuple[float, float] | None:
    if not isinstance(value, dict) or set(value) != {"lat", "lon"}:
        doc.problem(at, "center must be {lat: ..., lon: ...}")
        return None
    lat, lon = value["lat"], value["lon"]
    for key, number, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            doc.problem(at + (key,), f"center {key} must be a number")
            return None
        if not -limit <= number <= limit:
            doc.problem(at + (key,), f"center {key} {number} is out of range (-{limit} to {limit})")
            return None
    return (float(lat), float(lon))


def _texts(
    doc: Document, at: tuple, value: Any, what: str, required: bool
) -> dict[str, str] | None:
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        doc.problem(
            at, f"{what} must be a block of language: text lines, such as {{en: ..., ru: ...}}"
        )
        return None
    result = doc.language_texts(at, value, lambda lang: f"{what} {lang}")
    if result is None:
        return None
    if "en" not in result:
        doc.problem(at, f"{what} needs an English (en) text")
        return None
    return result


def _aliases(doc: Document, at: tuple, value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if not isinstance(value, list):
        doc.problem(at, "aliases must be a list of names, such as [USA, America]")
        return None
    found: list[str] = []
    for j, alias in enumerate(value):
        text = doc.text(at + (j,), alias, "an alias")
        if text is None:
            return None
        found.append(text)
    return tuple(found)


def _check_tree(doc: Document, regions: list[Region], index_of: dict[str, int]) -> None:
    by_id = {r.id: r for r in regions}

    def at(region: Region, key: str) -> tuple:
        return ("regions", index_of.get(region.id, 0), key)

    for region in regions:
        if region.parent is None:
            if region.level != "country":
                doc.problem(
                    at(region, "parent"),
                    f"`{region.id}` is a {region.level}; only countries have no parent",
                )
            elif region.id != region.country.lower():
                doc.problem(
                    at(region, "id"),
                    f"a country's id is its ISO code in lowercase: `{region.country.lower()}`",
                )
            continue
        parent = by_id.get(region.parent)
        if parent is None:
            if region.parent not in index_of:  # a parent with its own errors is reported there
                doc.problem(at(region, "parent"), f"unknown parent `{region.parent}`")
            continue
        if region.level == "country":
            doc.problem(
                at(region, "parent"),
                f"`{region.id}` is a country; a country has no parent (parent: null)",
            )
        elif parent.level == "city" or (region.level == "province" and parent.level != "country"):
            doc.problem(
                at(region, "parent"),
                f"a {region.level} cannot be inside a {parent.level} (`{parent.id}`)",
            )
        if not region.id.startswith(region.parent + "-"):
            doc.problem(
                at(region, "id"),
                f"`{region.id}` must start with its parent's id: `{region.parent}-...`",
            )
        if region.country != parent.country:
            doc.problem(
                at(region, "country"),
                f"country {region.country} differs from its parent's ({parent.country})",
            )
    # Cycles: walk up from every region; a walk that comes back to where it started is a loop.
    reported: set[str] = set()
    for region in regions:
        path: list[str] = []
        current: Region | None = region
        while current is not None and current.parent is not None:
            if current.id in path:
                loop = path[path.index(current.id) :]
                if not reported.intersection(loop):
                    reported.update(loop)
                    doc.problem(
                        at(region, "parent"),
                        "the parents go round in a circle: " + " -> ".join(loop + [current.id]),
                    )
                break
            path.append(current.id)
            current = by_id.get(current.parent)


# -- numbers.yaml: provenance and crisis lines ----------------------------------------------
NOTICE = "notice"  # reported, never fails `--strict`: see content/README.md


def _date(doc: Document, at: tuple, value: Any) -> tuple[bool, date | None]:
    if value is None:
        return True, None
    text = doc.text(at, value, "checked")
    if text is None:
        return False, None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        doc.problem(
            at, f'checked `{text}` must be a date written "YYYY-MM-DD" (or null: unchecked)'
        )
        return False, None
    if day > date.today():
        doc.problem(at, f"checked {text} is in the future")
        return False, None
    return True, day


def _provenance(doc: Document, at: tuple, raw: Any, what: str, today: date) -> Provenance | None:
    if not isinstance(raw, dict):
        doc.problem(at, f'{what} needs {{source: URL or null, checked: "YYYY-MM-DD" or null}}')
        return None
    source = raw.get("source")
    if source is not None:
        source = doc.text(at + ("source",), source, "source")
        if source is None:
            return None
        if not _URL.match(source):
            doc.problem(
                at + ("source",),
                f"source `{source}` must be the address (http:// or https://) of the page that states the number",
            )
            return None
    ok, checked = _date(doc, at + ("checked",), raw.get("checked"))
    if not ok:
        return None
    found = Provenance(source, checked)
    if found.unchecked:
        doc.problem(at, f"{what} is unchecked" + ("" if source else " and has no source"), NOTICE)
    elif checked is not None and found.stale(today):
        doc.problem(
            at + ("checked",),
            f"{what} was last checked on {checked.isoformat()}, more than a year ago",
            NOTICE,
        )
    return found


def parse_numbers(  # noqa: C901 - a record parser: one check per field, split when next changed
    path: Path,
    regions: list[Region],
    display: str | None = None,
    today: date | None = None,
) -> tuple[Numbers, list[Problem]]:
    """Read ``numbers.yaml`` against the loaded ``regions``. Unchecked and stale numbers are
    reported at level ``notice``; a number that contradicts ``regions.yaml`` is an error."""
    today = today or date.today()
    doc = yamlcache.load(path, display or str(path))
    if doc.problems:
        return Numbers(), list(doc.problems)
    data = doc.data
    if not isinstance(data, dict):
        doc.problem((), "the file must have `emergency:` and `crisis:` blocks")
        return Numbers(), doc.problems
    for key in data:
        if key not in ("emergency", "crisis"):
            doc.problem((key,), f"unknown top-level key `{key}` (allowed: emergency, crisis)")
    by_id = {r.id: r for r in regions}
    emergency: dict[str, dict[str, Provenance]] = {}
    raw_emergency = data.get("emergency") or {}
    if not isinstance(raw_emergency, dict):
        doc.problem(
            ("emergency",), "emergency must be a block of region id: {number: {source, checked}}"
        )
        raw_emergency = {}
    for rid, numbers in raw_emergency.items():
        at = ("emergency", rid)
        region = by_id.get(rid)
        if region is None:
            doc.problem(at, f"unknown region `{rid}` (not in regions.yaml)")
            continue
        if not isinstance(numbers, dict):
            doc.problem(at, 'give each number as "112": {source: ..., checked: ...}')
            continue
        emergency[rid] = {}
        for number, raw in numbers.items():
            if not isinstance(number, str):
                doc.problem(at + (number,), f"put the number {number} in quotes")
                continue
            if number not in region.emergency:
                doc.problem(
                    at + (number,),
                    f"`{number}` is not among {rid}'s emergency numbers in regions.yaml "
                    f"({', '.join(region.emergency) or 'none'}); fix one file or the other",
                )
                continue
            found = _provenance(
                doc, at + (number,), raw, f"emergency number {number} ({rid})", today
            )
            if found is not None:
                emergency[rid][number] = found
    for region in regions:
        for number in region.emergency:
            if number not in emergency.get(region.id, {}):
                doc.problem(
                    ("emergency",),
                    f"emergency number {number} ({region.id}) has no entry here: "
                    "it is unchecked and its source unknown",
                    NOTICE,
                )
    crisis: dict[str, tuple[CrisisLine, ...]] = {}
    raw_crisis = data.get("crisis") or {}
    if not isinstance(raw_crisis, dict):
        doc.problem(("crisis",), "crisis must be a block of region id: [lines]")
        raw_crisis = {}
    for rid, lines in raw_crisis.items():
        at = ("crisis", rid)
        if rid not in by_id:
            doc.problem(at, f"unknown region `{rid}` (not in regions.yaml)")
            continue
        if not isinstance(lines, list):
            doc.problem(at, "crisis lines must be a list")
            continue
        found_lines: list[CrisisLine] = []
        for j, raw in enumerate(lines):
            line = _crisis_line(doc, at + (j,), rid, raw, today)
            if line is not None:
                found_lines.append(line)
        crisis[rid] = tuple(found_lines)
    return Numbers(emergency, crisis), doc.problems


_LINE_FIELDS = {"number", "names", "hours", "source", "checked"}


def _crisis_line(doc: Document, at: tuple, rid: str, raw: Any, today: date) -> CrisisLine | None:
    if not isinstance(raw, dict):
        doc.problem(at, "each crisis line needs number, names, hours, source, checked")
        return None
    for key in raw:
        if key not in _LINE_FIELDS:
            doc.problem(
                at + (key,), f"unknown field `{key}` (allowed: {', '.join(sorted(_LINE_FIELDS))})"
            )
    number = doc.text(at + ("number",), raw.get("number"), "number")
    if number is None:
        return None
    if not _DIAL.match(number):
        doc.problem(
            at + ("number",),
            f'`{number}` must be digits, optionally grouped by spaces or hyphens ("800 911 2000")',
        )
        return None
    names = _texts(doc, at + ("names",), raw.get("names"), "names", required=True)
    if names is None:
        return None
    for lang in LANGUAGES:
        if lang not in names:
            doc.problem(
                at + ("names",),
                f"no {lang} name for crisis line {number}; English will be shown",
                "warning",
            )
    hours = _texts(doc, at + ("hours",), raw.get("hours"), "hours", required=False)
    if hours is None:
        return None
    found = _provenance(
        doc,
        at,
        {"source": raw.get("source"), "checked": raw.get("checked")},
        f"crisis line {number} ({rid})",
        today,
    )
    if found is None:
        return None
    return CrisisLine(
        region=rid,
        number=number,
        names=MappingProxyType(names),
        hours=MappingProxyType(hours),
        source=found.source,
        checked=found.checked,
    )


def validate_regions(content_dir: Path) -> list[Problem]:
    """``hrbot content check``: every problem in ``content/regions.yaml`` and ``numbers.yaml``."""
    path = Path(content_dir) / REGIONS_FILE
    if not path.exists():
        return [
            Problem(
                str(path),
                1,
                1,
                "regions.yaml is missing; alerts, the directory and /overdose need it",
            )
        ]
    regions, problems = parse_regions(path)
    numbers_path = Path(content_dir) / NUMBERS_FILE
    if numbers_path.exists():
        problems = problems + parse_numbers(numbers_path, regions)[1]
    return problems


if validate_regions not in contentcheck.VALIDATORS:
    contentcheck.VALIDATORS.append(validate_regions)
