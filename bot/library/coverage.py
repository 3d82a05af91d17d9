"""What the content still needs from people: country notes and translation reviews.

Both are reported by ``hrbot content check`` as *notices* (``file:line:column: notice: ...``):
printed with the other problems, but they never make the check fail, not even with
``--strict``. They are not mistakes in a file; they are work that only a person can do (write
a country's note, read a translation against the changed English). Making them fail
``--strict`` would block every content fix until every translator has re-read it, which is
exactly when a safety fix must go out. ``hrbot content stats`` lists the translations
waiting for review per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from bot.library.model import FALLBACK_LANGUAGE, Library, Status, Topic
from bot.yamlstrict import Problem

NOTICE = "notice"


# -- translation reviews ---------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewState:
    topic: str
    lang: str
    state: str  # "reviewed" | "unreviewed" | "english-changed" | "translation-changed"
    by: str = ""
    on: date | None = None

    @property
    def waiting(self) -> bool:
        return self.state != "reviewed"


def review_states(library: Library) -> list[ReviewState]:
    """Every non-English translation of every topic and whether its review still holds."""
    out: list[ReviewState] = []
    for topic in sorted(library.topics.values(), key=lambda t: t.id):
        english = topic.translations.get(FALLBACK_LANGUAGE)
        for lang in sorted(topic.translations):
            if lang == FALLBACK_LANGUAGE:
                continue
            tr = topic.translations[lang]
            review = tr.review
            if review is None:
                out.append(ReviewState(topic.id, lang, "unreviewed"))
            elif english is not None and review.en_sha != english.text_sha:
                out.append(ReviewState(topic.id, lang, "english-changed", review.by, review.on))
            elif review.sha and review.sha != tr.text_sha:
                out.append(ReviewState(topic.id, lang, "translation-changed", review.by, review.on))
            else:
                out.append(ReviewState(topic.id, lang, "reviewed", review.by, review.on))
    return out


def waiting_by_language(library: Library) -> dict[str, list[ReviewState]]:
    waiting: dict[str, list[ReviewState]] = {}
    for state in review_states(library):
        if state.waiting:
            waiting.setdefault(state.lang, []).append(state)
    return dict(sorted(waiting.items()))


_TRANSLATIONS = re.compile(r"^translations:\s*$")


@lru_cache(maxsize=64)
def _lang_key(lang: str) -> re.Pattern[str]:
    return re.compile(rf"^(\s+){re.escape(lang)}:\s*$")


@lru_cache(maxsize=64)
def _field_key(key: str) -> re.Pattern[str]:
    return re.compile(rf"^\s+{re.escape(key)}:")


def translation_line(
    path: Path, lang: str, key: str | None = None, lines: list[str] | None = None
) -> int:
    """The line of ``translations: -> <lang>:`` (or of ``key:`` inside it) in a topic file
    (``lines``: the file's lines when the caller already read them)."""
    if lines is None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return 1
    inside = False
    lang_line = 0
    lang_indent = -1
    lang_key = _lang_key(lang)
    field_key = _field_key(key) if key else None
    for number, line in enumerate(lines, 1):
        if _TRANSLATIONS.match(line):
            inside = True
            continue
        if not inside:
            continue
        match = lang_key.match(line)
        if match and not lang_line:
            lang_line = number
            lang_indent = len(match.group(1))
            if key is None:
                return number
            continue
        if lang_line and line.strip():
            indent = len(line) - len(line.lstrip())
            if indent <= lang_indent:
                break
            if field_key is not None and field_key.match(line):
                return number
    return lang_line or 1


def review_problems(library: Library, content_dir: Path) -> list[Problem]:
    problems: list[Problem] = []
    read: dict[Path, list[str] | None] = {}  # each file read once, whatever it waits for
    for state in review_states(library):
        if not state.waiting:
            continue
        topic = library.topics[state.topic]
        path = Path(topic.file)
        if not path.is_absolute():
            path = content_dir.parent / topic.file
        if path not in read:
            try:
                read[path] = path.read_text(encoding="utf-8").splitlines()
            except OSError:
                read[path] = None
        lines = read[path]
        line = (
            translation_line(
                path, state.lang, "review" if state.state != "unreviewed" else None, lines
            )
            if lines is not None
            else 1
        )
        command = f"hrbot content review {state.topic} {state.lang} --by NAME"
        if state.state == "unreviewed":
            message = f"the `{state.lang}` translation has no review recorded; after a person has read it: {command}"
        elif state.state == "english-changed":
            message = (
                f"the English changed after the `{state.lang}` translation was reviewed "
                f"({state.by}, {state.on}): update the translation, have it read again, then: {command}"
            )
        else:
            message = (
                f"the `{state.lang}` translation changed after its review ({state.by}, {state.on}): "
                f"have it read, then: {command}"
            )
        problems.append(Problem(topic.file, line, 1, message, NOTICE))
    return problems


# -- country notes -----------------------------------------------------------------------------
def served_countries(content_dir: Path) -> dict[str, str]:
    """Countries (ISO code -> what is there) where content/services lists a service.

    Alerts are written by moderators into the database, not the content folder, so the
    check cannot see them; a country that receives alerts should have a region and usually
    a service listed too.
    """
    from bot.directory.regions import ContentError, Regions
    from bot.directory.services import load_services

    path = content_dir / "regions.yaml"
    if not path.exists():
        return {}
    try:
        regions = Regions.load(path)
    except (ContentError, OSError):  # regions.yaml reports its own problems
        return {}
    services, _ = load_services(content_dir, regions)
    found: dict[str, str] = {}
    for service in services:
        if service.country:
            found.setdefault(service.country, "services")
        for region_id in ([service.region] if service.region else []) + list(service.service_area):
            country = regions.country_of(region_id)
            if country is not None:
                found.setdefault(country.country, "services")
    return found


def coverage_problems(library: Library, content_dir: Path) -> list[Problem]:
    """For each topic marked ``country_specific``: every served country without a note."""
    flagged = [
        t for t in library.topics.values() if t.country_specific and t.status == Status.PUBLISHED
    ]
    if not flagged:
        return []
    served = served_countries(content_dir)
    problems: list[Problem] = []
    for topic in sorted(flagged, key=lambda t: t.id):
        for country in sorted(served):
            missing = sorted(
                lang
                for lang in topic.translations
                if country not in topic.country_notes.get(lang, {})
            )
            if not missing:
                continue
            has_english = country in topic.country_notes.get(FALLBACK_LANGUAGE, {})
            effect = (
                "people reading those languages get the English note"
                if has_english
                else 'people there are told "laws differ; this is general advice"'
            )
            problems.append(
                Problem(
                    topic.file,
                    _flag_line(content_dir, topic),
                    1,
                    f"no country note for {country} ({', '.join(missing)}), where content/services lists "
                    f"{served[country]}: {effect}. Add it to content/country-notes/{topic.id}/<lang>.yaml",
                    NOTICE,
                )
            )
    return problems


def _flag_line(content_dir: Path, topic: Topic) -> int:
    path = Path(topic.file)
    if not path.is_absolute():
        path = content_dir.parent / topic.file
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("country_specific:"):
                return number
    except OSError:
        pass
    return 1
