"""Keep the gettext catalogs in step with the code: ``python -m bot.i18n_tools [update [DOMAIN]|check]``.

``update`` extracts every ``tr._()``, ``tr.n_()`` and ``N_()`` string from ``bot/``, sorts it
into the catalog file of the feature it belongs to (``DOMAINS``), adds what is missing to every
language (English gets the source text; other languages get an empty entry to translate) and
drops entries the code no longer uses. ``check`` prints every problem and exits 1: a missing
or empty translation, a fuzzy entry, or placeholders that differ from the source.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from bot.i18n import REQUIRED_LANGUAGES, default_locales_dir

PACKAGE_DIR = Path(__file__).resolve().parent
KEYWORDS = {"_": None, "n_": (1, 2), "N_": None}

# Which catalog file a source file's strings belong to: first matching prefix wins.
DOMAINS: list[tuple[str, str]] = [
    ("library/", "library"),
    ("handlers/topics", "library"),
    ("handlers/ask", "library"),
    ("handlers/combo", "library"),
    ("handlers/library_", "library"),
    ("alerts/", "alerts"),
    ("handlers/alerts", "alerts"),
    ("handlers/report", "alerts"),
    ("handlers/review", "alerts"),
    ("handlers/peers", "alerts"),
    ("directory/", "directory"),
    ("handlers/services", "directory"),
    ("handlers/overdose", "directory"),
    ("sandbox/", "sandbox"),
    ("", "hrbot"),
]
PLACEHOLDER = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)[^{}]*\}")


@dataclass(frozen=True)
class Message:
    msgid: str
    plural: str | None
    domain: str
    location: tuple[str, int]


def domain_of(relative_path: str) -> str:
    for prefix, domain in DOMAINS:
        if relative_path.startswith(prefix):
            return domain
    return "hrbot"


def extract() -> dict[str, dict[str, Message]]:
    """All messages in the code, by domain then msgid."""
    found: dict[str, dict[str, Message]] = defaultdict(dict)
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(PACKAGE_DIR), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        rel = filename.replace("\\", "/")
        domain = domain_of(rel)
        if isinstance(message, tuple):
            msgid, plural = message[0], message[1]
        else:
            msgid, plural = message, None
        if not msgid:
            continue
        found[domain].setdefault(msgid, Message(msgid, plural, domain, (f"bot/{rel}", lineno)))
    return found


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _load(path: Path, lang: str) -> Catalog:
    if path.exists():
        with path.open("rb") as handle:
            return read_po(handle, locale=lang)
    return Catalog(locale=lang, project="harm-reduction-bot", domain=path.stem)


def update(locales_dir: Path, languages: list[str], only: str | None = None) -> None:
    messages = extract()
    if only:
        messages = {only: messages.get(only, {})}
    for lang in languages:
        nplurals = Catalog(locale=lang).num_plurals
        for domain, by_id in messages.items():
            path = locales_dir / lang / "LC_MESSAGES" / f"{domain}.po"
            old = _load(path, lang)
            new = Catalog(locale=lang, project="harm-reduction-bot", domain=domain, fuzzy=False)
            new.header_comment = (
                f"# harm-reduction-bot: {domain} messages, {Locale.parse(lang).english_name}."
            )
            for msgid, msg in sorted(by_id.items(), key=lambda item: item[1].location):
                key = (msgid, msg.plural) if msg.plural else msgid
                previous = old.get(msgid)
                if (
                    previous is not None
                    and previous.string
                    and (bool(previous.pluralizable) == bool(msg.plural))
                ):
                    string = previous.string
                elif lang == "en":
                    string = (msgid, msg.plural) if msg.plural else msgid
                else:
                    string = ("",) * nplurals if msg.plural else ""
                new.add(key, string, locations=[msg.location])
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                write_po(
                    handle,
                    new,
                    width=100,
                    omit_header=False,
                    sort_output=False,
                    include_lineno=False,
                )


def check(locales_dir: Path, languages: list[str]) -> list[str]:
    """Every problem in the catalogs, as ``file: message`` lines."""
    problems: list[str] = []
    messages = extract()
    for lang in languages:
        expected_plurals = Catalog(locale=lang).num_plurals
        for domain, by_id in messages.items():
            path = locales_dir / lang / "LC_MESSAGES" / f"{domain}.po"
            if not path.exists():
                problems.append(f"{path}: missing catalog file ({len(by_id)} messages)")
                continue
            catalog = _load(path, lang)
            for msgid, msg in by_id.items():
                entry = catalog.get(msgid)
                short = msgid[:60].replace("\n", " ")
                if entry is None:
                    problems.append(f"{path}: missing message {short!r}")
                    continue
                if entry.fuzzy:
                    problems.append(f"{path}: fuzzy entry {short!r}")
                strings = (
                    entry.string if isinstance(entry.string, tuple) else (str(entry.string or ""),)
                )
                if msg.plural and len(strings) != expected_plurals:
                    problems.append(f"{path}: {short!r} needs {expected_plurals} plural forms")
                if any(not s for s in strings):
                    problems.append(f"{path}: untranslated {short!r}")
                    continue
                want = placeholders(msgid) | (placeholders(msg.plural) if msg.plural else set())
                for s in strings:
                    got = placeholders(s)
                    if not got <= want or (not msg.plural and got != want):
                        problems.append(
                            f"{path}: placeholders differ in {short!r}: expected {sorted(want)}, got {sorted(got)}"
                        )
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    locales_dir = default_locales_dir()
    languages = (
        sorted({*REQUIRED_LANGUAGES, *(p.name for p in locales_dir.iterdir() if p.is_dir())})
        if locales_dir.exists()
        else list(REQUIRED_LANGUAGES)
    )
    if command == "update":
        only = argv[1] if len(argv) > 1 else None
        update(locales_dir, languages, only)
        print(f"Updated catalogs in {locales_dir} for: {', '.join(languages)}")
        return 0
    if command == "check":
        problems = check(locales_dir, languages)
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    print("usage: python -m bot.i18n_tools [update|check]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
