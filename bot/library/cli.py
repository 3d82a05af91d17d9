"""``hrbot content check|stats`` and ``hrbot search``: the library's command-line tools."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from bot.config import ConfigError, Settings


def add_commands(sub: argparse._SubParsersAction) -> None:
    content = sub.add_parser("content", help="check the content files, or show what readers need")
    content_sub = content.add_subparsers(dest="content_command", metavar="ACTION")
    check = content_sub.add_parser(
        "check",
        help="check every content file; problems are printed as file:line:column",
        description="Exit 1 on any error; warnings exit 0 unless --strict. Notices (unchecked or stale "
        "phone numbers: `hrbot content numbers`; a missing country note; a translation waiting for review) "
        "are work for a person: reported, never a failure, not even with --strict.",
    )
    check.add_argument(
        "dir",
        nargs="?",
        default=None,
        help="the content folder (default: HRBOT_CONTENT_DIR or content/)",
    )
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.set_defaults(func=cmd_check)
    stats = content_sub.add_parser(
        "stats", help="feedback per topic and the most frequent unanswered questions"
    )
    stats.add_argument("--days", type=int, default=30, help="how many days back (default 30)")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument(
        "--reviews",
        action="store_true",
        help="only the translations waiting for review, per language (no database needed)",
    )
    stats.set_defaults(func=cmd_stats)
    numbers = content_sub.add_parser(
        "numbers",
        help="every emergency and crisis number with its source and when it was checked",
        description="Lists the phone numbers the bot shows (content/regions.yaml, content/numbers.yaml) "
        "with the page that states each one and the day a person checked it there; 'UNCHECKED' where nobody has.",
    )
    numbers.add_argument(
        "dir",
        nargs="?",
        default=None,
        help="the content folder (default: HRBOT_CONTENT_DIR or content/)",
    )
    numbers.add_argument(
        "--unchecked",
        action="store_true",
        help="only numbers never checked or checked over a year ago",
    )
    numbers.add_argument("--json", action="store_true", help="print one JSON object per number")
    numbers.set_defaults(func=cmd_numbers)
    review = content_sub.add_parser(
        "review",
        help="record that a person reviewed a translation against the current English",
        description="Writes `review: {by, on, en_sha, sha}` into the translation LANG of content/topics/TOPIC.yaml. "
        "Run it only after a person has read the translation against the English as it is now.",
    )
    review.add_argument("topic", help="the topic id, e.g. naloxone")
    review.add_argument("lang", help="the translation's language: ru, uk, es...")
    review.add_argument("--by", required=True, help="the reviewer's pseudonym")
    review.add_argument("--on", default=None, help="the review date, YYYY-MM-DD (default: today)")
    review.add_argument(
        "--dir", default=None, help="the content folder (default: HRBOT_CONTENT_DIR)"
    )
    review.set_defaults(func=cmd_review)
    content.set_defaults(func=lambda args, settings: _usage(content))

    combo = sub.add_parser(
        "combo",
        help="check a drug combination like the bot does (JSON for outside checks)",
        description='With --json prints one object {"a": ID or null, "b": ID or null, "risk": "dangerous" | '
        '"unsafe" | "caution" | "low-risk" | "unknown" | null, "ask": true | false}; ask is true when the bot '
        "would ask the person to confirm a name (a typo, or a word with several meanings), and then risk is null. "
        "Without A and B, reads A<TAB>B lines from standard input and prints one object per line.",
    )
    combo.add_argument(
        "a", nargs="?", default=None, help="the first substance, as a person would type it"
    )
    combo.add_argument("b", nargs="?", default=None, help="the second substance")
    combo.add_argument("--lang", default="en", help="the person's language (en, ru, uk, es)")
    combo.add_argument(
        "--country", default=None, help="the person's country (ISO code such as MX), if known"
    )
    combo.add_argument(
        "--json", action="store_true", help="JSON output (the default for stdin mode)"
    )
    combo.add_argument(
        "--dir", default=None, help="the content folder (default: HRBOT_CONTENT_DIR)"
    )
    combo.set_defaults(func=cmd_combo)

    search = sub.add_parser(
        "search",
        help="search the library like the bot does (JSON for evaluation)",
        description='Prints [{"id": ..., "score": ...}, ...] best first; [] when no topic is a good answer. '
        "Without QUERY, reads one query per line from standard input and prints one list per line.",
    )
    search.add_argument("query", nargs="?", default=None)
    search.add_argument("--lang", default="en", help="the person's language (en, ru, uk, es)")
    search.add_argument(
        "--json", action="store_true", help="JSON output (the default for stdin mode)"
    )
    search.add_argument(
        "--dir", default=None, help="the content folder (default: HRBOT_CONTENT_DIR)"
    )
    search.add_argument("--all", action="store_true", help="also show results below the threshold")
    search.set_defaults(func=cmd_search)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


# The domain packages whose modules register content validators. Only the domain is imported
# (never the Telegram side): `hrbot content check` starts in a fraction of the bot's time.
VALIDATOR_PACKAGES = ("bot.library", "bot.directory", "bot.alerts")


def _register_all_validators() -> None:
    """Import the domain modules that register a validator (their source names
    ``VALIDATORS``), so that each has registered it. The others are not imported: search,
    embeddings (numpy), feeds (aiohttp) and the alert sender cost the check about a second."""
    import importlib
    import pkgutil

    for name in VALIDATOR_PACKAGES:
        try:
            package = importlib.import_module(name)
            for module in pkgutil.iter_modules(package.__path__, name + "."):
                if module.ispkg or _registers_validator(Path(package.__path__[0]), module.name):
                    importlib.import_module(module.name)
        except Exception as exc:  # noqa: BLE001 - a broken other feature must not hide our report
            print(
                f"hrbot: warning: {name} could not be loaded ({type(exc).__name__}); "
                "its files were not checked",
                file=sys.stderr,
            )


def _registers_validator(folder: Path, name: str) -> bool:
    path = folder / (name.rpartition(".")[2] + ".py")
    try:
        return "VALIDATORS" in path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return True  # not a plain source file: import it, as before


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.contentcheck import check_all

    _register_all_validators()
    folder = Path(args.dir) if args.dir else settings.core.content_dir
    if not folder.is_dir():
        raise ConfigError(f"The content folder {folder} does not exist.")
    problems = check_all(folder)
    errors = sum(1 for p in problems if p.level == "error")
    # Notices say what nobody has verified yet (phone numbers without a recent check, a missing
    # country note, a translation waiting for review). They are the honest state of the content,
    # work for a person rather than a defect a commit could fix, so --strict ignores them.
    notices = sum(1 for p in problems if p.level == "notice")
    warnings = len(problems) - errors - notices
    for problem in problems:
        print(problem)
    verdict = "FAILED" if errors or (args.strict and warnings) else "OK"
    tail = (
        f", {notices} notice(s) (work for a person: unchecked numbers, country notes, translations to review)"
        if notices
        else ""
    )
    print(f"{verdict}: {errors} error(s), {warnings} warning(s){tail} in {folder}")
    if errors:
        return 1
    if warnings and args.strict:
        return 1
    return 0


def _valid_library(folder: Path):
    """The content in ``folder``; its errors on stderr and a one-line ConfigError if it has any."""
    from bot.library.loader import errors, load_library

    library, problems = load_library(folder)
    bad = errors(problems)
    if bad:
        for problem in bad:
            print(problem, file=sys.stderr)
        raise ConfigError(
            f"The content in {folder} has {len(bad)} error(s); run `hrbot content check`."
        )
    return library


def _load_checker(folder: Path):
    from bot.library.combos import ComboChecker

    return ComboChecker(_valid_library(folder))


def combo_verdict(checker, a_text: str, b_text: str, country: str | None = None):
    """``({"a", "b", "risk", "ask"}, answer or None, readings)`` exactly as the bot would decide."""
    from bot.library.combos import ReadingKind

    a, b = checker.read(a_text, country), checker.read(b_text, country)
    ask = a.ask or b.ask
    a_id = a.named.id if a.kind == ReadingKind.EXACT and a.named else None
    b_id = b.named.id if b.kind == ReadingKind.EXACT and b.named else None
    answer = None
    if a_id and b_id:
        answer = checker.lookup(a.named, b.named)
    verdict = {"a": a_id, "b": b_id, "risk": answer.risk if answer else None, "ask": ask}
    return verdict, answer, (a, b)


def cmd_combo(args: argparse.Namespace, settings: Settings) -> int:
    from bot.i18n import I18n
    from bot.library.combos import ReadingKind
    from bot.library.render import RISK_LABELS

    folder = Path(args.dir) if args.dir else settings.core.content_dir
    checker = _load_checker(folder)
    lang = args.lang if args.lang in ("en", "ru", "uk", "es") else "en"
    translator = I18n().translator(lang)

    def human(a_text: str, b_text: str) -> str:
        _verdict, answer, readings = combo_verdict(checker, a_text, b_text, args.country)
        lines = []
        for reading in readings:
            if reading.kind == ReadingKind.TYPO:
                names = ", ".join(checker.display_name(n, lang) for n in reading.options)
                lines.append(
                    f"{reading.typed!r} is not a name I know. Did you mean: {names}? (the bot asks before answering)"
                )
            elif reading.kind == ReadingKind.AMBIGUOUS:
                names = ", ".join(checker.display_name(n, lang) for n in reading.options)
                lines.append(
                    f"{reading.typed!r} can mean several things: {names}. The bot asks which one."
                )
            elif reading.kind == ReadingKind.NONE:
                lines.append(f"{reading.typed!r}: no substance or class by that name.")
        if answer is not None:
            label = translator._(RISK_LABELS[answer.risk])
            lines.append(
                f"{checker.display_name(answer.a, lang)} + {checker.display_name(answer.b, lang)}: {label} ({answer.risk})"
            )
            worst = [
                checker.display_name(checker.named(i), lang) for i in checker.worst_members(answer)
            ]
            if worst:
                lines.append("worst case in the group, because of: " + ", ".join(worst))
            if answer.combo is not None:
                _shown, note = answer.combo.note(lang)
                lines.append(note)
                lines.extend(
                    f"source: {s.title}, {s.publisher} ({s.year}) {s.url}"
                    for s in answer.combo.sources
                )
        return "\n".join(lines)

    def as_json(a_text: str, b_text: str) -> str:
        return json.dumps(
            combo_verdict(checker, a_text, b_text, args.country)[0], ensure_ascii=False
        )

    if args.a is not None or args.b is not None:
        if args.a is None or args.b is None:
            print(
                "hrbot combo: give two names (A and B), or none to read A<TAB>B lines from standard input",
                file=sys.stderr,
            )
            return 2
        print(as_json(args.a, args.b) if args.json else human(args.a, args.b))
        return 0
    for raw in sys.stdin:
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            continue
        a_text, sep, b_text = line.partition("\t")
        if not sep:
            print(json.dumps({"a": None, "b": None, "risk": None, "ask": False}), flush=True)
            continue
        print(as_json(a_text, b_text), flush=True)
    return 0


def cmd_numbers(args: argparse.Namespace, settings: Settings) -> int:
    from bot.directory.regions import REGIONS_FILE, Regions

    folder = Path(args.dir) if args.dir else settings.core.content_dir
    if not (folder / REGIONS_FILE).exists():
        raise ConfigError(f"There is no {REGIONS_FILE} in {folder}.")
    regions = Regions.load(folder / REGIONS_FILE)
    rows = regions.all_numbers()
    shown = 0
    for region_id, kind, number, found in rows:
        stale = found.stale()
        if args.unchecked and not (found.unchecked or stale):
            continue
        shown += 1
        checked = found.checked.isoformat() if found.checked else None
        if args.json:
            print(
                json.dumps(
                    {
                        "region": region_id,
                        "kind": kind,
                        "number": number,
                        "source": found.source,
                        "checked": checked,
                        "stale": stale,
                    },
                    ensure_ascii=False,
                )
            )
            continue
        state = (
            "UNCHECKED"
            if found.unchecked
            else (f"checked {checked}" + (" (over a year ago)" if stale else ""))
        )
        print(f"{region_id:<12} {kind:<9} {number:<16} {state:<32} {found.source or 'no source'}")
    if not args.json:
        todo = sum(1 for *_rest, found in rows if found.unchecked or found.stale())
        print(
            f"{len(rows)} number(s), {todo} unchecked or checked over a year ago; "
            "record a check in content/numbers.yaml (source and checked date)"
        )
    return 0


def _load_index(folder: Path):
    from bot.library.search import SearchIndex

    return SearchIndex(_valid_library(folder))


def _hidden(settings: Settings) -> set[str]:
    """Topics withdrawn from Telegram (stored in the database), when there is one."""
    import sqlite3

    path = settings.core.database
    if not path.exists():
        return set()
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute(
                "SELECT item_id FROM library_withdrawn WHERE kind = 'topic'"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return set()
    return {r[0] for r in rows}


def _attach_embeddings(index, settings: Settings) -> None:
    """The bot's sentence embeddings (same cache), unless HRBOT_SEARCH_EMBEDDINGS=off."""
    from bot.library import embed

    config = settings.library
    embed.use_threads(config.embed_threads)
    if not config.embeddings or not embed.available():
        return
    cache = config.embeddings_cache or embed.default_cache_dir(settings.core.database)
    embed.use_query_embedding(config.query_embedding, cache)
    try:
        index.embeddings = embed.TopicEmbeddings.build(index, cache)
    except Exception as exc:  # noqa: BLE001 - like the bot: BM25 alone when the model fails
        print(
            f"sentence embeddings unavailable ({type(exc).__name__}); searching without them",
            file=sys.stderr,
        )
        return
    from bot.library import triage

    triage.prepare(
        cache
    )  # like the bot: emergencies and crises recognised by rules, then embeddings


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from bot.library.intent import _COMMAND

    folder = Path(args.dir) if args.dir else settings.core.content_dir
    index = _load_index(folder)
    _attach_embeddings(index, settings)
    hidden = _hidden(settings)
    threshold = 0.0 if args.all else None

    def run(query: str) -> str:
        # like the bot: a "/command" typed as text is never searched
        searched = query.strip() and not (_COMMAND.match(query) or query.lstrip().startswith("/"))
        hits = (
            index.search(query, args.lang, hidden=hidden, threshold=threshold) if searched else []
        )
        shown = [{"id": h.topic_id, "score": round(h.score, 4)} for h in hits]
        return json.dumps(_urgent_first(index, query, shown, hidden), ensure_ascii=False)

    if args.query is not None:
        print(run(args.query))
        return 0
    for line in sys.stdin:
        print(run(line.rstrip("\n")), flush=True)
    return 0


def _urgent_first(index, query: str, shown: list[dict], hidden: set[str]) -> list[dict]:
    """The bot's emergency and crisis decision (``bot.library.triage.classify``, the same as the
    urgent step's): an emergency lists ``overdose-response`` first, a crisis message the crisis
    topic first, with score 1.0 (after the overdose steps when the rules see an emergency too)."""
    from bot.library import triage
    from bot.library.crisis import CRISIS_TOPIC, is_crisis
    from bot.library.model import Status
    from bot.library.search import EMERGENCY_TOPIC

    if not query.strip():
        return shown
    verdict = triage.classify(query)
    if verdict.emergency:
        topic = index.library.topics.get(EMERGENCY_TOPIC)
        if (
            topic is not None
            and EMERGENCY_TOPIC not in hidden
            and topic.status == Status.PUBLISHED
            and (not shown or shown[0] != {"id": EMERGENCY_TOPIC, "score": 1.0})
        ):
            rest = [h for h in shown if h["id"] != EMERGENCY_TOPIC]
            shown = [{"id": EMERGENCY_TOPIC, "score": 1.0}, *rest][: index.config.max_results]
    if not (verdict.crisis or is_crisis(query)):
        return shown
    topic = index.library.topics.get(CRISIS_TOPIC)
    if topic is None or CRISIS_TOPIC in hidden or topic.status != Status.PUBLISHED:
        return shown
    rest = [h for h in shown if h["id"] != CRISIS_TOPIC]
    at = 1 if rest and rest[0] == {"id": EMERGENCY_TOPIC, "score": 1.0} else 0
    return [*rest[:at], {"id": CRISIS_TOPIC, "score": 1.0}, *rest[at:]][: index.config.max_results]


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, date, datetime

    from bot.library.loader import errors, load_library
    from bot.library.reviews import ReviewError, stamp

    folder = Path(args.dir) if args.dir else settings.core.content_dir
    library, problems = load_library(folder)
    bad = errors(problems)
    if bad:
        for problem in bad:
            print(problem, file=sys.stderr)
        raise ConfigError(
            f"The content in {folder} has {len(bad)} error(s); fix them before recording a review."
        )
    topic = library.topics.get(args.topic)
    if topic is None:
        raise ConfigError(f"There is no topic `{args.topic}` in {folder}.")
    translation = topic.translations.get(args.lang)
    english = topic.translations.get("en")
    if translation is None or english is None:
        raise ConfigError(
            f"`{args.topic}` has no `{args.lang}` translation (or no English to review it against)."
        )
    try:
        on = date.fromisoformat(args.on) if args.on else datetime.now(UTC).date()
        path = folder / "topics" / f"{topic.id}.yaml"
        line = stamp(path, args.lang, args.by, on, english.text_sha, translation.text_sha)
    except (ValueError, ReviewError) as exc:
        raise ConfigError(str(exc)) from exc
    print(
        f"{path}:{line}: review of `{args.lang}` recorded ({args.by}, {on.isoformat()}, "
        f"English {english.text_sha})"
    )
    _, after = load_library(folder)
    if errors(after):  # never leave a broken file behind
        for problem in errors(after):
            print(problem, file=sys.stderr)
        return 1
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from bot.library.stats import collect_stats, format_reviews, format_stats, review_report

    if getattr(args, "reviews", False):
        from bot.library.loader import load_library

        library, _ = load_library(settings.core.content_dir)
        waiting = review_report(library)
        if args.json:
            print(json.dumps({"waiting_for_review": waiting}, ensure_ascii=False, indent=2))
        else:
            total = sum(
                len(t.translations) - ("en" in t.translations) for t in library.topics.values()
            )
            print("\n".join(format_reviews(waiting, total)))
        return 0
    settings = settings.with_secret()
    if not settings.core.database.exists():
        raise ConfigError(f"There is no database at {settings.core.database} (set HRBOT_DATABASE).")
    report = asyncio.run(collect_stats(settings, days=args.days))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_stats(report))
    return 0
