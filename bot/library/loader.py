"""Load and check the content folder: topics, categories and combinations.

``load_library(content_dir)`` reads every file with ``bot.yamlstrict`` (positions for every
value, duplicate keys and YAML 1.1 traps reported), checks it against the schema in
content/README.md and returns the ``Library`` plus every problem as ``file:line:column``.
The same function backs ``hrbot content check``, the start-up check and ``/reload``, so the
messages are identical everywhere. A library with any error is never served.
"""

from __future__ import annotations

import gc
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bot import yamlcache
from bot.library import markdown
from bot.library.model import (
    CATEGORY_IDS,
    REQUIRED,
    RISKS,
    STATUSES,
    AmbiguousName,
    Category,
    Combo,
    CountryNote,
    Library,
    Review,
    Source,
    Status,
    Substance,
    SubstanceClass,
    Topic,
    Translation,
    combo_id,
)
from bot.yamlstrict import Document, Problem

TOPIC_FIELDS = {
    "id",
    "category",
    "tags",
    "status",
    "reviewed",
    "authors",
    "related",
    "sources",
    "translations",
    "country_specific",
}
TOPIC_REQUIRED = ("id", "category", "status", "reviewed", "authors", "sources", "translations")
TRANSLATION_FIELDS = {"title", "summary", "body", "keywords", "review"}
REVIEW_FIELDS = {"by", "date", "en_sha", "sha"}
NOTE_FIELDS = {"text", "sources"}
COUNTRY_NOTES_DIR = "country-notes"
NOTE_SOFT_LIMIT = 500  # "1-4 sentences": a warning beyond it
NOTE_HARD_LIMIT = 1000
SOURCE_FIELDS = {"title", "publisher", "year", "url"}
CATEGORY_FIELDS = {"id", "order", "names"}
COMBO_TOP_FIELDS = {"classes", "substances", "ambiguous", "combos"}
CLASS_FIELDS = {"id", "names"}
SUBSTANCE_FIELDS = {"id", "classes", "names", "contains"}
AMBIGUOUS_FIELDS = {"id", "names", "options", "countries", "note"}
COMBO_FIELDS = {"pair", "pairs", "risk", "note", "sources", "status", "milder_than_tripsit"}

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")
BODY_SOFT_LIMIT = 1500  # "about 1,500 characters" per language: a warning beyond it
BODY_HARD_LIMIT = 3000  # beyond this the answer would be cut: an error
SUMMARY_SOFT_LIMIT = 300
REVIEW_MAX_AGE_DAYS = 548  # 18 months
TOPIC_MESSAGE_LIMIT = markdown.TELEGRAM_LIMIT

# Publishers and web addresses we accept as reputable (lower case, matched as substrings).
REPUTABLE = (
    "who.int",
    "world health organization",
    "unodc",
    "united nations office on drugs",
    "euda",
    "emcdda",
    "european union drugs agency",
    "european monitoring centre",
    "nida",
    "nih.gov",
    "national institute on drug abuse",
    "samhsa",
    "cdc",
    "centers for disease control",
    "nhs",
    "national health service",
    "harm reduction international",
    "hri.global",
    "drugsdata",
    "energy control",
    "energy-control",
    "checkit",
    "wedinos",
    "the loop",
    "dancesafe",
    "drug checking",
    "drug-checking",
    "saferparty",
    "tripsit",
    "drugs and me",
    "drugsand.me",
    "unaids",
    "ecdc",
    "nice.org.uk",
    "nice",
    "doi.org",
    "pubmed",
    "ncbi.nlm.nih.gov",
    "lancet",
    "bmj",
    "jama",
    "nejm",
    "addiction",
    "journal",
    "cochrane",
    "springer",
    "wiley",
    "elsevier",
    "sciencedirect",
    "plos",
    "frontiersin",
    "mdpi",
    "peer-reviewed",
    "fda.gov",
    "ema.europa.eu",
    "harm reduction coalition",
    "national harm reduction coalition",
    "harmreduction.org",
    "eurasian harm reduction",
    "harmreductioneurasia",
    "correlation",
    "inpud",
    "alliance for public health",
    "aph.org.ua",
    "gov.uk",
    "canada.ca",
    "health canada",
)


class _Checker:
    """Collects problems across files while building the library."""

    def __init__(self, content_dir: Path, today: date) -> None:
        self.root = content_dir
        self.today = today
        self.problems: list[Problem] = []
        # Where parsed files are kept (HRBOT_YAML_CACHE), looked up once per load, not per file.
        self.yaml_cache = yamlcache.cache_dir()

    def parse(self, path: Path) -> Document:
        """The file, parsed (from the cache when this text was parsed before)."""
        return yamlcache.load(path, self.display(path), self.yaml_cache)

    def parse_with_lines(self, path: Path) -> tuple[Document, list[str]]:
        """``parse``, and the file's lines (read once)."""
        doc, text = yamlcache.load_with_text(path, self.display(path), self.yaml_cache)
        if text is None:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
        return doc, text.splitlines()

    def display(self, path: Path) -> str:
        try:
            return (
                str(path.relative_to(self.root.parent)) if self.root.parent != path else str(path)
            )
        except ValueError:
            return str(path)

    def add(self, doc: Document, path: tuple, message: str, level: str = "error") -> None:
        doc.problem(path, message, level)

    # -- shared field checks ---------------------------------------------------------------
    def mapping(self, doc: Document, path: tuple, value: Any, what: str) -> dict | None:
        if isinstance(value, dict):
            return value
        self.add(doc, path, f"{what} must be a block of `key: value` lines")
        return None

    def unknown_fields(
        self, doc: Document, path: tuple, value: dict, allowed: set[str], what: str
    ) -> None:
        for key in value:
            if key not in allowed:
                hint = _closest(str(key), allowed)
                extra = f" (did you mean `{hint}`?)" if hint else ""
                self.add(
                    doc,
                    path + (key,),
                    f"unknown field `{key}` in {what}{extra}; allowed: {', '.join(sorted(allowed))}",
                )

    def text(
        self, doc: Document, path: tuple, value: Any, what: str, required: bool = True
    ) -> str | None:
        if value is None and required:
            raw = doc.raw.get(path)
            if raw is None:
                self.add(doc, path, f"{what} is missing or empty")
                return None
        result = doc.text(path, value, what)
        if result is not None and not result.strip():
            self.add(doc, path, f"{what} is empty")
            return None
        return result.strip() if result is not None else None

    def text_list(self, doc: Document, path: tuple, value: Any, what: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.add(doc, path, f"{what} must be a list, like [a, b]")
            return ()
        out: list[str] = []
        for i, item in enumerate(value):
            text = self.text(doc, path + (i,), item, f"{what} entry")
            if text:
                out.append(text)
        return tuple(out)

    def sources(
        self,
        doc: Document,
        path: tuple,
        value: Any,
        url_required: bool = True,
        reputable: bool = True,
    ) -> tuple[Source, ...]:
        if not isinstance(value, list) or not value:
            self.add(doc, path, "at least one source is required (title, publisher, year, url)")
            return ()
        found: list[Source] = []
        for i, item in enumerate(value):
            item_path = path + (i,)
            entry = self.mapping(doc, item_path, item, "a source")
            if entry is None:
                continue
            self.unknown_fields(doc, item_path, entry, SOURCE_FIELDS, "a source")
            title = self.text(doc, item_path + ("title",), entry.get("title"), "source title")
            publisher = self.text(
                doc, item_path + ("publisher",), entry.get("publisher"), "source publisher"
            )
            url = (
                self.text(doc, item_path + ("url",), entry.get("url"), "source url")
                if url_required or "url" in entry
                else ""
            )
            year = entry.get("year")
            if (
                not isinstance(year, int)
                or isinstance(year, bool)
                or not 1900 <= year <= self.today.year + 1
            ):
                self.add(doc, item_path + ("year",), "source year must be a year such as 2023")
                year = None
            if url and not re.match(r"^https?://\S+\.\S+$", url):
                self.add(
                    doc,
                    item_path + ("url",),
                    f"source url must start with https:// (got `{url[:60]}`)",
                )
                url = None
            if title and publisher and (url or (not url_required and url == "")) and year:
                found.append(Source(title, publisher, int(year), url or ""))
        if reputable and found and not any(_reputable(s) for s in found):
            self.add(
                doc,
                path,
                "none of the sources is from a publisher we recognise as reputable "
                "(WHO, UNODC, EUDA/EMCDDA, NIDA, CDC, NHS, Harm Reduction International, a drug-checking "
                "service, a peer-reviewed paper); add one",
                "warning",
            )
        return tuple(found)

    def lang_key(self, doc: Document, path: tuple, key: Any) -> str | None:
        if not isinstance(key, str) or not LANG_RE.match(key):
            self.add(doc, path, f"`{key}` is not a language code such as en, ru, uk or es")
            return None
        return key


def _reputable(source: Source) -> bool:
    haystack = f"{source.publisher} {source.url} {source.title}".lower()
    return any(word in haystack for word in REPUTABLE)


def _closest(word: str, options: set[str]) -> str | None:
    from rapidfuzz import process

    found = process.extractOne(word, sorted(options), score_cutoff=70)
    return found[0] if found else None


def _block_offset(text_lines: list[str], line: int, column: int) -> int:
    """1 when the value at (line, column) is a block scalar (``|`` or ``>``), whose text starts
    on the next line; 0 for a quoted or plain scalar."""
    if 1 <= line <= len(text_lines):
        rest = text_lines[line - 1][column - 1 :].lstrip()
        if rest[:1] in ("|", ">"):
            return 1
    return 0


# -- categories ----------------------------------------------------------------------------
def _load_categories(ck: _Checker, path: Path) -> list[Category]:
    doc = ck.parse(path)
    ck.problems.extend(doc.problems)
    if doc.data is None:
        if not doc.problems:
            doc.problem((), "the file is empty; it needs a `categories:` list")
            ck.problems.extend(doc.problems)
        return []
    start = len(doc.problems)
    top = ck.mapping(doc, (), doc.data, "categories.yaml")
    result: list[Category] = []
    if top is not None:
        ck.unknown_fields(doc, (), top, {"categories"}, "categories.yaml")
        items = top.get("categories")
        if not isinstance(items, list) or not items:
            ck.add(doc, ("categories",), "`categories` must be a list of categories")
            items = []
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            p = ("categories", i)
            entry = ck.mapping(doc, p, item, "a category")
            if entry is None:
                continue
            ck.unknown_fields(doc, p, entry, CATEGORY_FIELDS, "a category")
            cid = ck.text(doc, p + ("id",), entry.get("id"), "category id")
            if cid and not ID_RE.match(cid):
                ck.add(
                    doc, p + ("id",), f"category id `{cid}` must be lower-case words joined by -"
                )
            if cid in seen:
                ck.add(
                    doc, p + ("id",), f"duplicate category id `{cid}` (first on line {seen[cid]})"
                )
                cid = None
            elif cid:
                seen[cid] = doc.where(p + ("id",))[0]
            order = entry.get("order")
            if not isinstance(order, int) or isinstance(order, bool):
                ck.add(doc, p + ("order",), "category order must be a whole number")
                order = i + 1
            names = ck.mapping(doc, p + ("names",), entry.get("names"), "category names") or {}
            parsed: dict[str, str] = {}
            for lang, name in names.items():
                lk = ck.lang_key(doc, p + ("names", lang), lang)
                value = ck.text(doc, p + ("names", lang), name, f"category name ({lang})")
                if lk and value:
                    parsed[lk] = value
            for lang in REQUIRED:
                if names and lang not in names:
                    ck.add(
                        doc, p + ("names",), f"category name missing in required language `{lang}`"
                    )
            if cid:
                result.append(Category(cid, int(order), parsed))
    ck.problems.extend(doc.problems[start:])
    result.sort(key=lambda c: (c.order, c.id))
    return result


# -- topics --------------------------------------------------------------------------------
def _load_topic(
    ck: _Checker, path: Path, categories: set[str] | None
) -> tuple[Topic | None, Document | None]:
    doc, lines = ck.parse_with_lines(path)  # parsed once per version of the file
    ck.problems.extend(doc.problems)
    if doc.problems and doc.data is None:
        return None, None
    start = len(doc.problems)
    topic = _parse_topic(ck, doc, path, categories, lines)
    ck.problems.extend(doc.problems[start:])
    return topic, doc


def _parse_topic(  # noqa: C901 - TODO(lead): split after merge
    ck: _Checker, doc: Document, path: Path, categories: set[str] | None, lines: list[str]
) -> Topic | None:
    data = doc.data
    if data is None:
        ck.add(
            doc,
            (),
            "the file is empty; a topic needs id, category, status, reviewed, authors, sources and translations",
        )
        return None
    top = ck.mapping(doc, (), data, "a topic file")
    if top is None:
        return None
    ck.unknown_fields(doc, (), top, TOPIC_FIELDS, "a topic")
    for name in TOPIC_REQUIRED:
        if name not in top:
            ck.add(doc, (), f"required field `{name}` is missing")
    ok = True
    tid = ck.text(doc, ("id",), top.get("id"), "id") if "id" in top else None
    if tid is not None:
        if not ID_RE.match(tid):
            ck.add(
                doc,
                ("id",),
                f"id `{tid}` must be lower-case words joined by - (like overdose-response)",
            )
        if tid != path.stem:
            ck.add(doc, ("id",), f"id `{tid}` must match the file name `{path.stem}`")
    tid = path.stem
    category = (
        ck.text(doc, ("category",), top.get("category"), "category") if "category" in top else None
    )
    if category and categories is not None and category not in categories:
        hint = _closest(category, categories)
        ck.add(
            doc,
            ("category",),
            f"unknown category `{category}`"
            + (f" (did you mean `{hint}`?)" if hint else "")
            + "; categories are listed in content/categories.yaml",
        )
    status = ck.text(doc, ("status",), top.get("status"), "status") if "status" in top else None
    if status and status not in STATUSES:
        ck.add(doc, ("status",), f"status must be one of {', '.join(STATUSES)} (got `{status}`)")
        status = None
    reviewed = _date(ck, doc, ("reviewed",), top.get("reviewed")) if "reviewed" in top else None
    if reviewed is not None:
        age = (ck.today - reviewed).days
        if age > REVIEW_MAX_AGE_DAYS:
            ck.add(
                doc,
                ("reviewed",),
                f"last reviewed on {reviewed.isoformat()}, more than 18 months ago; please review it again",
                "warning",
            )
        elif age < -1:
            ck.add(doc, ("reviewed",), f"review date {reviewed.isoformat()} is in the future")
    authors = ck.text_list(doc, ("authors",), top.get("authors"), "authors")
    if "authors" in top and not authors:
        ck.add(doc, ("authors",), "name at least one author (a pseudonym)")
    tags = ck.text_list(doc, ("tags",), top.get("tags"), "tags")
    related = ck.text_list(doc, ("related",), top.get("related"), "related")
    sources = ck.sources(doc, ("sources",), top.get("sources")) if "sources" in top else ()
    translations: dict[str, Translation] = {}
    raw_tr = top.get("translations")
    if "translations" in top:
        trs = ck.mapping(doc, ("translations",), raw_tr, "translations")
        if trs is not None:
            for lang, body in trs.items():
                lk = ck.lang_key(doc, ("translations", lang), lang)
                tr = _translation(ck, doc, ("translations", lang), body, lang, lines)
                if lk and tr:
                    translations[lk] = tr
            for lang in REQUIRED:
                if lang not in trs:
                    ck.add(doc, ("translations",), f"missing required language `{lang}`")
    country_specific = False
    if "country_specific" in top:
        flag = top.get("country_specific")
        if isinstance(flag, bool):
            country_specific = flag
        else:
            ck.add(doc, ("country_specific",), "country_specific must be true or false")
    if not ok or tid is None or category is None or status is None or not translations:
        return None
    return Topic(
        id=tid,
        category=category,
        status=Status(status),
        translations=translations,
        tags=tags,
        sources=sources,
        reviewed=reviewed,
        authors=authors,
        related=related,
        file=doc.file,
        country_specific=country_specific,
    )


def _date(ck: _Checker, doc: Document, path: tuple, value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    ck.add(
        doc,
        path,
        f"`{doc.raw.get(path, value)}` is not a date; write it as YYYY-MM-DD, like 2026-11-20",
    )
    return None


def _translation(
    ck: _Checker, doc: Document, path: tuple, value: Any, lang: str, lines: list[str]
) -> Translation | None:
    entry = ck.mapping(doc, path, value, f"the `{lang}` translation")
    if entry is None:
        return None
    ck.unknown_fields(doc, path, entry, TRANSLATION_FIELDS, f"the `{lang}` translation")
    title = ck.text(doc, path + ("title",), entry.get("title"), f"title ({lang})")
    summary = ck.text(doc, path + ("summary",), entry.get("summary"), f"summary ({lang})")
    body = ck.text(doc, path + ("body",), entry.get("body"), f"body ({lang})")
    keywords = ck.text_list(doc, path + ("keywords",), entry.get("keywords"), f"keywords ({lang})")
    if summary and len(summary) > SUMMARY_SOFT_LIMIT:
        ck.add(
            doc,
            path + ("summary",),
            f"summary ({lang}) is {len(summary)} characters; keep it to one or two sentences (under {SUMMARY_SOFT_LIMIT})",
            "warning",
        )
    if body:
        line, column = doc.where(path + ("body",))
        offset = _block_offset(lines, line, column)
        _, md_problems = markdown.render(body)
        for mp in md_problems:
            at_line = line + offset + mp.line
            at_col = mp.column
            if offset and 1 <= at_line <= len(lines):
                at_col = mp.column + (len(lines[at_line - 1]) - len(lines[at_line - 1].lstrip()))
            elif not offset:
                at_col = column + mp.column
            ck.problems.append(Problem(doc.file, at_line, at_col, f"body ({lang}): {mp.message}"))
        if len(body) > BODY_HARD_LIMIT:
            ck.add(
                doc,
                path + ("body",),
                f"body ({lang}) is {len(body)} characters; the most is {BODY_HARD_LIMIT} (aim for about {BODY_SOFT_LIMIT})",
            )
        elif len(body) > BODY_SOFT_LIMIT + 100:
            ck.add(
                doc,
                path + ("body",),
                f"body ({lang}) is {len(body)} characters; aim for about {BODY_SOFT_LIMIT}",
                "warning",
            )
    review = (
        _review(ck, doc, path + ("review",), entry["review"], lang) if "review" in entry else None
    )
    if title and summary and body is not None:
        return Translation(title, summary, body, keywords, review)
    return None


def _review(ck: _Checker, doc: Document, path: tuple, value: Any, lang: str) -> Review | None:
    """``review: {by: NAME, date: YYYY-MM-DD, en_sha: "...", sha: "..."}`` in a translation.

    (``date``, not ``on``: YAML 1.1 reads an unquoted ``on`` as true.)"""
    entry = ck.mapping(doc, path, value, f"the `{lang}` review")
    if entry is None:
        return None
    ck.unknown_fields(doc, path, entry, REVIEW_FIELDS, f"the `{lang}` review")
    by = ck.text(doc, path + ("by",), entry.get("by"), f"review by ({lang})")
    on = _date(ck, doc, path + ("date",), entry.get("date")) if "date" in entry else None
    if "date" not in entry:
        ck.add(doc, path, f"the `{lang}` review needs `date: YYYY-MM-DD`")
    en_sha = (
        ck.text(doc, path + ("en_sha",), entry.get("en_sha"), f"review en_sha ({lang})")
        if lang != "en"
        else ""
    )
    sha = (
        ck.text(doc, path + ("sha",), entry.get("sha"), f"review sha ({lang})", required=False)
        if "sha" in entry
        else ""
    )
    if on is not None and (on - ck.today).days > 1:
        ck.add(doc, path + ("date",), f"review date {on.isoformat()} is in the future")
    if by and on is not None and en_sha is not None:
        return Review(by, on, en_sha, sha or "")
    return None


# -- country notes -------------------------------------------------------------------------
def _iso_countries() -> frozenset[str]:
    from bot.directory.regions import ISO_COUNTRIES

    return frozenset(str(code) for code in ISO_COUNTRIES)


def _load_country_notes(ck: _Checker, content_dir: Path, library: Library) -> None:
    """``country-notes/<topic-id>/<lang>.yaml``: ``XX: {text: ..., sources: [...]}`` per country.

    Notes are attached to their topic (``Topic.country_notes``); every problem is reported at
    its line. Countries present in one language but not another are a notice (a person
    reading the other language gets the general text only).
    """
    folder = content_dir / COUNTRY_NOTES_DIR
    if not folder.is_dir():
        return
    iso = _iso_countries()
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if not entry.is_dir():
            ck.problems.append(
                Problem(
                    ck.display(entry),
                    1,
                    1,
                    "country-notes/ holds one folder per topic id "
                    "(country-notes/<topic-id>/<lang>.yaml); this file is ignored",
                    "warning",
                )
            )
            continue
        topic = library.topics.get(entry.name)
        files = sorted(entry.glob("*.yaml"))
        if topic is None:
            hint = _closest(entry.name, set(library.topics)) if library.topics else None
            where = ck.display(files[0]) if files else ck.display(entry)
            ck.problems.append(
                Problem(
                    where,
                    1,
                    1,
                    f"country notes for `{entry.name}`, but there is no such topic"
                    + (f" (did you mean `{hint}`?)" if hint else ""),
                )
            )
            continue
        notes: dict[str, dict[str, CountryNote]] = {}
        docs: dict[str, Document] = {}
        for stray in sorted(entry.iterdir()):
            if stray.is_file() and stray.suffix != ".yaml" and not stray.name.startswith("."):
                ck.problems.append(
                    Problem(
                        ck.display(stray),
                        1,
                        1,
                        "only <lang>.yaml files belong here; this file is ignored",
                        "warning",
                    )
                )
        for path in files:
            lang = path.stem
            doc = ck.parse(path)
            ck.problems.extend(doc.problems)
            if doc.data is None:
                continue
            start = len(doc.problems)
            if not LANG_RE.match(lang):
                ck.add(
                    doc,
                    (),
                    f"`{path.name}`: name the file after a language code, like en.yaml or uk.yaml",
                )
            elif lang not in topic.translations:
                ck.add(
                    doc,
                    (),
                    f"the topic `{topic.id}` has no `{lang}` translation; notes in {path.name} would never be shown",
                    "warning",
                )
            parsed = _parse_notes(ck, doc, lang, iso)
            ck.problems.extend(doc.problems[start:])
            if LANG_RE.match(lang):
                notes[lang] = parsed
                docs[lang] = doc
        # every language the topic has should cover the same countries
        everywhere = {c for per_lang in notes.values() for c in per_lang}
        for lang in sorted(topic.translations):
            missing = sorted(everywhere - set(notes.get(lang, {})))
            if not missing:
                continue
            lang_doc = docs.get(lang)
            at = lang_doc.file if lang_doc else ck.display(entry / f"{lang}.yaml")
            ck.problems.append(
                Problem(
                    at,
                    1,
                    1,
                    f"no `{lang}` note for {', '.join(missing)} (other languages of "
                    f"`{topic.id}` have one): people reading {lang} there get the English note, or none",
                    "notice",
                )
            )
        if notes:
            library.topics[topic.id] = replace(topic, country_notes=notes)


def _parse_notes(
    ck: _Checker, doc: Document, lang: str, iso: frozenset[str]
) -> dict[str, CountryNote]:
    top = ck.mapping(doc, (), doc.data, "a country-notes file")
    out: dict[str, CountryNote] = {}
    if top is None:
        return out
    for code, value in top.items():
        p = (code,)
        if not isinstance(code, str) or not re.match(r"^[A-Z]{2}$", code) or code not in iso:
            hint = (
                f" (write it in capitals: {code.upper()})"
                if isinstance(code, str) and code.upper() in iso
                else ""
            )
            shown = doc.raw.get(p, code)
            ck.add(
                doc,
                p,
                f"`{shown}` is not an ISO 3166-1 country code such as UA, ES or MX{hint}"
                + ('; Norway is "NO" in quotes' if shown is False else ""),
            )
            continue
        entry = ck.mapping(doc, p, value, f"the note for {code}")
        if entry is None:
            continue
        ck.unknown_fields(doc, p, entry, NOTE_FIELDS, f"the note for {code}")
        text = ck.text(doc, p + ("text",), entry.get("text"), f"note text ({code}, {lang})")
        if text:
            _, md_problems = markdown.render(text)
            for mp in md_problems:
                ck.add(doc, p + ("text",), f"note text ({code}, {lang}): {mp.message}")
            if len(text) > NOTE_HARD_LIMIT:
                ck.add(
                    doc,
                    p + ("text",),
                    f"the {code} note is {len(text)} characters; the most is {NOTE_HARD_LIMIT}",
                )
            elif len(text) > NOTE_SOFT_LIMIT:
                ck.add(
                    doc,
                    p + ("text",),
                    f"the {code} note is {len(text)} characters; keep it to 1-4 sentences "
                    f"(about {NOTE_SOFT_LIMIT})",
                    "warning",
                )
        if "sources" not in entry:
            ck.add(
                doc,
                p,
                f"the {code} note needs `sources:` (title, publisher, year; url when there is a page)",
            )
            sources: tuple[Source, ...] = ()
        else:
            sources = ck.sources(
                doc, p + ("sources",), entry.get("sources"), url_required=False, reputable=False
            )  # a country's own law or health ministry counts
        if text:
            out[code] = CountryNote(code, text, sources)
    return out


# -- combinations --------------------------------------------------------------------------
def _names(
    ck: _Checker, doc: Document, path: tuple, value: Any, what: str
) -> dict[str, tuple[str, ...]]:
    entry = ck.mapping(doc, path, value, f"{what} names")
    if entry is None:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for lang, given in entry.items():
        lk = ck.lang_key(doc, path + (lang,), lang)
        names = [given] if isinstance(given, str) else given
        items = ck.text_list(doc, path + (lang,), names, f"{what} names ({lang})")
        if lk and items:
            out[lk] = items
    if "en" not in entry:
        ck.add(doc, path, f"{what} needs English names (en)")
    return out


def _load_combos(  # noqa: C901 - TODO(lead): split after merge (complexity 62)
    ck: _Checker, path: Path
) -> tuple[dict[str, SubstanceClass], dict[str, Substance], list[Combo], dict[str, AmbiguousName]]:
    doc = ck.parse(path)
    ck.problems.extend(doc.problems)
    classes: dict[str, SubstanceClass] = {}
    substances: dict[str, Substance] = {}
    combos: list[Combo] = []
    ambiguous: dict[str, AmbiguousName] = {}
    if doc.data is None:
        return classes, substances, combos, ambiguous
    start = len(doc.problems)
    top = ck.mapping(doc, (), doc.data, "combos.yaml")
    if top is None:
        ck.problems.extend(doc.problems[start:])
        return classes, substances, combos, ambiguous
    ck.unknown_fields(doc, (), top, COMBO_TOP_FIELDS, "combos.yaml")
    first_line: dict[str, int] = {}

    def new_id(p: tuple, value: Any, what: str) -> str | None:
        cid = ck.text(doc, p, value, f"{what} id")
        if cid is None:
            return None
        if not ID_RE.match(cid):
            ck.add(doc, p, f"{what} id `{cid}` must be lower-case words joined by -")
            return None
        if cid in first_line:
            ck.add(
                doc,
                p,
                f"duplicate id `{cid}` (first on line {first_line[cid]}); classes and substances share one set of ids",
            )
            return None
        first_line[cid] = doc.where(p)[0]
        return cid

    for i, item in enumerate(top.get("classes") or []):
        p = ("classes", i)
        entry = ck.mapping(doc, p, item, "a class")
        if entry is None:
            continue
        ck.unknown_fields(doc, p, entry, CLASS_FIELDS, "a class")
        cid = new_id(p + ("id",), entry.get("id"), "class")
        names = _names(ck, doc, p + ("names",), entry.get("names"), "class")
        if cid:
            classes[cid] = SubstanceClass(cid, names)
    pending_classes: list[tuple[str, tuple, tuple[str, ...]]] = []
    for i, item in enumerate(top.get("substances") or []):
        p = ("substances", i)
        entry = ck.mapping(doc, p, item, "a substance")
        if entry is None:
            continue
        ck.unknown_fields(doc, p, entry, SUBSTANCE_FIELDS, "a substance")
        sid = new_id(p + ("id",), entry.get("id"), "substance")
        member_of = ck.text_list(doc, p + ("classes",), entry.get("classes"), "classes")
        names = _names(ck, doc, p + ("names",), entry.get("names"), "substance")
        contains = (
            ck.text_list(doc, p + ("contains",), entry.get("contains"), "contains")
            if "contains" in entry
            else ()
        )
        if sid:
            substances[sid] = Substance(sid, member_of, names, tuple(contains or ()))
            pending_classes.append((sid, p, member_of))
    for sid, p, member_of in pending_classes:
        for j, cls in enumerate(member_of):
            if cls not in classes:
                ck.add(doc, p + ("classes", j), f"unknown class `{cls}` for substance `{sid}`")
        for j, part in enumerate(substances[sid].contains):
            if part not in substances or part == sid or substances[part].contains:
                ck.add(
                    doc,
                    p + ("contains", j),
                    f"`{part}` in `contains` of `{sid}` must be another substance (not a mix)",
                )
    for i, item in enumerate(top.get("ambiguous") or []):
        p = ("ambiguous", i)
        entry = ck.mapping(doc, p, item, "an ambiguous name")
        if entry is None:
            continue
        ck.unknown_fields(doc, p, entry, AMBIGUOUS_FIELDS, "an ambiguous name")
        aid = new_id(p + ("id",), entry.get("id"), "ambiguous name")
        names = _names(ck, doc, p + ("names",), entry.get("names"), "ambiguous name")
        options = ck.text_list(doc, p + ("options",), entry.get("options"), "options") or ()
        if len(options) < 2:
            ck.add(
                doc,
                p + ("options",),
                "an ambiguous name needs at least two options (substance or class ids)",
            )
        for j, option in enumerate(options):
            if option not in substances and option not in classes:
                ck.add(doc, p + ("options", j), f"unknown substance or class `{option}`")
        countries: dict[str, str] = {}
        raw_countries = entry.get("countries")
        if raw_countries is not None:
            by_country = ck.mapping(doc, p + ("countries",), raw_countries, "countries")
            for code, meaning in (by_country or {}).items():
                if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
                    ck.add(
                        doc,
                        p + ("countries", code),
                        f"`{code}` must be a two-letter country code such as MX (in quotes for NO)",
                    )
                elif meaning not in options:
                    ck.add(
                        doc,
                        p + ("countries", code),
                        f"`{meaning}` must be one of this name's options",
                    )
                else:
                    countries[code] = meaning
        amb_notes: dict[str, str] = {}
        note = ck.mapping(doc, p + ("note",), entry.get("note"), "note")
        for lang, text in (note or {}).items():
            lk = ck.lang_key(doc, p + ("note", lang), lang)
            value = ck.text(doc, p + ("note", lang), text, f"note ({lang})")
            if lk and value:
                amb_notes[lk] = value
        for lang in REQUIRED:
            if note is not None and lang not in note:
                ck.add(doc, p + ("note",), f"note missing in required language `{lang}`")
        if aid:
            ambiguous[aid] = AmbiguousName(aid, names, tuple(options), countries, amb_notes)
    # The same name for two different things would make lookups ambiguous. The checker looks
    # names up in every language at once, so a name is unique across languages (A-m11).
    alias_owner: dict[str, tuple[str, tuple]] = {}
    for kind, table in (("classes", classes), ("substances", substances), ("ambiguous", ambiguous)):
        for index, item in enumerate(top.get(kind) or []):
            if not isinstance(item, dict) or item.get("id") not in table:
                continue
            owner = item["id"]
            for lang, lang_names in table[owner].names.items():
                for name in lang_names:
                    key = _fold_name(name)
                    where = (kind, index, "names", lang)
                    if key in alias_owner and alias_owner[key][0] != owner:
                        ck.add(
                            doc,
                            where,
                            f"the name `{name}` ({lang}) is used for both `{alias_owner[key][0]}` and `{owner}`"
                            + (
                                " (a word with several meanings belongs under `ambiguous:` only)"
                                if kind == "ambiguous"
                                else ""
                            ),
                        )
                    else:
                        alias_owner.setdefault(key, (owner, where))
    known = set(classes) | set(substances)
    seen_pairs: dict[str, int] = {}
    for i, item in enumerate(top.get("combos") or []):
        p = ("combos", i)
        entry = ck.mapping(doc, p, item, "a combination")
        if entry is None:
            continue
        ck.unknown_fields(doc, p, entry, COMBO_FIELDS, "a combination")
        # `pairs: [[amt, maois], [amt, ssris]]` gives one note to several pairs.
        pair_list: list[tuple[tuple, Any]] = []
        if "pairs" in entry and "pair" in entry:
            ck.add(doc, p + ("pairs",), "give either `pair` or `pairs`, not both")
        elif "pairs" in entry:
            if not isinstance(entry["pairs"], list) or not entry["pairs"]:
                ck.add(
                    doc,
                    p + ("pairs",),
                    "pairs must be a list of pairs, like [[amt, maois], [amt, ssris]]",
                )
            else:
                pair_list = [(p + ("pairs", k), item) for k, item in enumerate(entry["pairs"])]
        else:
            pair_list = [(p + ("pair",), entry.get("pair"))]
        all_sides: list[tuple[tuple, list[str]]] = []
        for pp, pair in pair_list:
            sides: list[str] = []
            if not isinstance(pair, list) or len(pair) != 2:
                ck.add(
                    doc,
                    pp,
                    "pair must name exactly two substances or classes, like [opioids, benzodiazepines]",
                )
                continue
            for j, side in enumerate(pair):
                side_name = ck.text(doc, pp + (j,), side, "pair entry")
                if side_name and side_name not in known:
                    hint = _closest(side_name, known) if known else None
                    ck.add(
                        doc,
                        pp + (j,),
                        f"unknown substance or class `{side_name}`"
                        + (f" (did you mean `{hint}`?)" if hint else ""),
                    )
                elif side_name:
                    sides.append(side_name)
            all_sides.append((pp, sides))
        milder = None
        if "milder_than_tripsit" in entry:
            milder = ck.text(
                doc,
                p + ("milder_than_tripsit",),
                entry.get("milder_than_tripsit"),
                "milder_than_tripsit",
            )
        risk = ck.text(doc, p + ("risk",), entry.get("risk"), "risk")
        if risk and risk not in RISKS:
            ck.add(doc, p + ("risk",), f"risk must be one of {', '.join(RISKS)} (got `{risk}`)")
            risk = None
        status = "published"
        if "status" in entry:
            status = ck.text(doc, p + ("status",), entry.get("status"), "status") or "published"
            if status not in STATUSES:
                ck.add(doc, p + ("status",), f"status must be one of {', '.join(STATUSES)}")
                status = "published"
        notes: dict[str, str] = {}
        note = ck.mapping(doc, p + ("note",), entry.get("note"), "note")
        if note is not None:
            for lang, text in note.items():
                lk = ck.lang_key(doc, p + ("note", lang), lang)
                value = ck.text(doc, p + ("note", lang), text, f"note ({lang})")
                if lk and value:
                    _, md_problems = markdown.render(value)
                    for mp in md_problems:
                        ck.add(doc, p + ("note", lang), f"note ({lang}): {mp.message}")
                    notes[lk] = value
            for lang in REQUIRED:
                if lang not in note:
                    ck.add(doc, p + ("note",), f"note missing in required language `{lang}`")
        sources = ck.sources(doc, p + ("sources",), entry.get("sources"))
        for pp, sides in all_sides:
            if len(sides) != 2:
                continue
            cid = combo_id(*sides)
            if cid in seen_pairs:
                ck.add(
                    doc,
                    pp,
                    f"duplicate combination {sides[0]} + {sides[1]} (first on line {seen_pairs[cid]})",
                )
                continue
            seen_pairs[cid] = doc.where(pp)[0]
            if risk and notes:
                combos.append(
                    Combo(sides[0], sides[1], risk, notes, sources, Status(status), milder)
                )
    ck.problems.extend(doc.problems[start:])
    return classes, substances, combos, ambiguous


def normalize_name(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower().replace("ё", "е"))


def _fold_name(name: str) -> str:
    """The form the checker looks names up in (``bot.library.combos.fold``)."""
    from bot.library.combos import fold

    return fold(name)


# -- the whole folder ----------------------------------------------------------------------
def load_library(content_dir: Path, today: date | None = None) -> tuple[Library, list[Problem]]:
    """Load ``content_dir``; the library is only safe to serve when no problem is an error."""
    # Loading makes millions of small objects and no cyclic garbage worth collecting: with the
    # cyclic collector paused, a big library loads about a third faster (as SearchIndex builds).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_library(content_dir, today)
    finally:
        if collecting:
            gc.enable()


def _load_library(content_dir: Path, today: date | None) -> tuple[Library, list[Problem]]:  # noqa: C901 - TODO: split after merge
    content_dir = Path(content_dir)
    ck = _Checker(content_dir, today or datetime.now(UTC).date())
    library = Library()
    if not content_dir.is_dir():
        ck.problems.append(
            Problem(
                str(content_dir), 1, 1, "the content folder does not exist (set HRBOT_CONTENT_DIR)"
            )
        )
        return library, ck.problems
    cat_path = content_dir / "categories.yaml"
    if cat_path.exists():
        library.categories = _load_categories(ck, cat_path)
        category_ids: set[str] | None = {c.id for c in library.categories}
    else:
        ck.problems.append(Problem(ck.display(cat_path), 1, 1, "categories.yaml is missing"))
        category_ids = None
    unknown_fixed = [c.id for c in library.categories if c.id not in CATEGORY_IDS]
    for cid in unknown_fixed:
        ck.problems.append(
            Problem(
                ck.display(cat_path),
                1,
                1,
                f"category `{cid}` is not one of the fixed categories; the bot shows it, but check the spelling",
                "warning",
            )
        )
    topics_dir = content_dir / "topics"
    docs: dict[str, Document] = {}
    files = (
        sorted(topics_dir.glob("*.yaml")) + sorted(topics_dir.glob("*.yml"))
        if topics_dir.is_dir()
        else []
    )
    for stray in sorted(topics_dir.iterdir()) if topics_dir.is_dir() else []:
        if (
            stray.is_file()
            and stray.suffix not in (".yaml", ".yml")
            and not stray.name.startswith(".")
        ):
            ck.problems.append(
                Problem(
                    ck.display(stray),
                    1,
                    1,
                    "only .yaml files belong in topics/; this file is ignored",
                    "warning",
                )
            )
    for path in files:
        topic, doc = _load_topic(ck, path, category_ids)
        if topic is None or doc is None:
            continue
        if topic.id in library.topics:
            ck.problems.append(
                Problem(
                    doc.file,
                    *doc.where(("id",)),
                    f"duplicate topic id `{topic.id}` (also in {library.topics[topic.id].file})",
                )
            )
            continue
        library.topics[topic.id] = topic
        docs[topic.id] = doc
    if not files:
        ck.problems.append(
            Problem(
                ck.display(topics_dir),
                1,
                1,
                "there are no topics yet (content/topics/*.yaml)",
                "warning",
            )
        )
    extra_langs = sorted(
        {lang for t in library.topics.values() for lang in t.translations} - set(REQUIRED)
    )
    for topic in library.topics.values():
        doc = docs[topic.id]
        for j, rel in enumerate(topic.related):
            if rel not in library.topics:
                hint = _closest(rel, set(library.topics)) if library.topics else None
                msg = f"related topic `{rel}` not found" + (
                    f" (did you mean `{hint}`?)" if hint else ""
                )
                ck.problems.append(Problem(doc.file, *doc.where(("related", j)), msg))
            elif rel == topic.id:
                ck.problems.append(
                    Problem(
                        doc.file, *doc.where(("related", j)), "a topic cannot be related to itself"
                    )
                )
        for lang in extra_langs:
            if lang not in topic.translations:
                ck.problems.append(
                    Problem(
                        doc.file,
                        *doc.where(("translations",)),
                        f"no `{lang}` translation (other topics have one)",
                        "warning",
                    )
                )
        for lang, tr in topic.translations.items():
            size = markdown.visible_length_above(
                topic_message_estimate(topic, lang), TOPIC_MESSAGE_LIMIT
            )
            if size is not None:
                ck.problems.append(
                    Problem(
                        doc.file,
                        *doc.where(("translations", lang, "body")),
                        f"the `{lang}` answer is {size} characters with its title, summary and sources; "
                        f"Telegram allows {TOPIC_MESSAGE_LIMIT}: shorten the body",
                    )
                )
            del tr
    _load_country_notes(ck, content_dir, library)
    for topic in library.topics.values():
        for country in sorted(topic.note_countries()):
            for lang in topic.translations:
                if topic.country_note(lang, country) is None:
                    continue
                size = markdown.visible_length_above(
                    topic_message_estimate(topic, lang, country), TOPIC_MESSAGE_LIMIT
                )
                if size is not None:
                    doc = docs[topic.id]
                    ck.problems.append(
                        Problem(
                            doc.file,
                            *doc.where(("translations", lang, "body")),
                            f"the `{lang}` answer with the {country} note is {size} characters; Telegram "
                            f"allows {TOPIC_MESSAGE_LIMIT}: the body would be cut, so shorten it or the note",
                            "warning",
                        )
                    )
    combos_path = content_dir / "combos.yaml"
    if combos_path.exists():
        library.classes, library.substances, library.combos, library.ambiguous = _load_combos(
            ck, combos_path
        )
    else:
        ck.problems.append(
            Problem(
                ck.display(combos_path),
                1,
                1,
                "combos.yaml is missing: the combination checker will have no entries",
                "warning",
            )
        )
    from bot.library.lexicon import load_lexicon

    known = set(library.substances) | set(library.classes)
    library.lexicon, lexicon_problems = load_lexicon(
        content_dir, set(library.topics), known if combos_path.exists() else None
    )
    ck.problems.extend(lexicon_problems)
    ck.problems.sort(key=lambda p: (p.file, p.line, p.column))
    return library, _dedupe(ck.problems)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple] = set()
    out: list[Problem] = []
    for p in problems:
        key = (p.file, p.line, p.column, p.message, p.level)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def topic_message_estimate(topic: Topic, lang: str, country: str | None = None) -> str:
    """The full topic message as HTML (title, summary, body, country note, sources) before any cutting."""
    from bot.library.render import country_note_text, topic_parts

    local = ""
    found = topic.country_note(lang, country) if country else None
    if found is not None:
        local = country_note_text(found[1], lang, found[0], _Plain())  # type: ignore[arg-type]
    return "\n\n".join(
        p for p in topic_parts(topic, lang, sources_label="Sources", country=local) if p
    )


class _Plain:
    """Stands in for a Translator when estimating sizes: English labels, no catalogue needed."""

    lang = "en"

    def _(self, text: str, **kwargs: object) -> str:
        return text.format(**kwargs) if kwargs else text


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.level == "error"]


def validate(content_dir: Path) -> list[Problem]:
    """The validator registered in ``bot.contentcheck.VALIDATORS``: the library's problems, plus
    notices for missing country notes and translations waiting for review (``coverage``)."""
    from bot.library.coverage import coverage_problems, review_problems

    library, problems = load_library(content_dir)
    if errors(problems):
        return problems
    extra = coverage_problems(library, Path(content_dir)) + review_problems(
        library, Path(content_dir)
    )
    return problems + extra
