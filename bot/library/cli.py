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
        "check", help="check every content file; problems are printed as file:line:column",
        description="Exit 1 on any error; warnings exit 0 unless --strict. Notices (a missing country note, "
        "a translation waiting for review) are work for a person, never a failure, not even with --strict.",
    )
    check.add_argument("dir", nargs="?", default=None, help="the content folder (default: HRBOT_CONTENT_DIR or content/)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.set_defaults(func=cmd_check)
    stats = content_sub.add_parser("stats", help="feedback per topic and the most frequent unanswered questions")
    stats.add_argument("--days", type=int, default=30, help="how many days back (default 30)")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument("--reviews", action="store_true",
                       help="only the translations waiting for review, per language (no database needed)")
    stats.set_defaults(func=cmd_stats)
    review = content_sub.add_parser(
        "review", help="record that a person reviewed a translation against the current English",
        description="Writes `review: {by, on, en_sha, sha}` into the translation LANG of content/topics/TOPIC.yaml. "
        "Run it only after a person has read the translation against the English as it is now.",
    )
    review.add_argument("topic", help="the topic id, e.g. naloxone")
    review.add_argument("lang", help="the translation's language: ru, uk, es...")
    review.add_argument("--by", required=True, help="the reviewer's pseudonym")
    review.add_argument("--on", default=None, help="the review date, YYYY-MM-DD (default: today)")
    review.add_argument("--dir", default=None, help="the content folder (default: HRBOT_CONTENT_DIR)")
    review.set_defaults(func=cmd_review)
    content.set_defaults(func=lambda args, settings: _usage(content))

    search = sub.add_parser(
        "search", help="search the library like the bot does (JSON for evaluation)",
        description="Prints [{\"id\": ..., \"score\": ...}, ...] best first; [] when no topic is a good answer. "
        "Without QUERY, reads one query per line from standard input and prints one list per line.",
    )
    search.add_argument("query", nargs="?", default=None)
    search.add_argument("--lang", default="en", help="the person's language (en, ru, uk, es)")
    search.add_argument("--json", action="store_true", help="JSON output (the default for stdin mode)")
    search.add_argument("--dir", default=None, help="the content folder (default: HRBOT_CONTENT_DIR)")
    search.add_argument("--all", action="store_true", help="also show results below the threshold")
    search.set_defaults(func=cmd_search)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _register_all_validators() -> None:
    """Import the feature modules so that each has registered its validator."""
    import bot.library

    try:
        import bot.app  # noqa: F401 - imports every feature, which registers theirs
    except Exception as exc:  # noqa: BLE001 - a broken other feature must not hide our report
        print(f"hrbot: warning: not every feature could be loaded ({type(exc).__name__}); "
              "only the library's files were checked", file=sys.stderr)


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.contentcheck import check_all

    _register_all_validators()
    folder = Path(args.dir) if args.dir else settings.content_dir
    if not folder.is_dir():
        raise ConfigError(f"The content folder {folder} does not exist.")
    problems = check_all(folder)
    errors = sum(1 for p in problems if p.level == "error")
    notices = sum(1 for p in problems if p.level == "notice")
    warnings = len(problems) - errors - notices
    for problem in problems:
        print(problem)
    verdict = "FAILED" if errors or (args.strict and warnings) else "OK"
    tail = f", {notices} notice(s)" if notices else ""
    print(f"{verdict}: {errors} error(s), {warnings} warning(s){tail} in {folder}")
    if errors:
        return 1
    if warnings and args.strict:
        return 1
    return 0


def _load_index(folder: Path):
    from bot.library.loader import errors, load_library
    from bot.library.search import SearchIndex

    library, problems = load_library(folder)
    bad = errors(problems)
    if bad:
        for problem in bad:
            print(problem, file=sys.stderr)
        raise ConfigError(f"The content in {folder} has {len(bad)} error(s); run `hrbot content check`.")
    return SearchIndex(library)


def _hidden(settings: Settings) -> set[str]:
    """Topics withdrawn from Telegram (stored in the database), when there is one."""
    import sqlite3

    path = settings.database
    if not path.exists():
        return set()
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT item_id FROM library_withdrawn WHERE kind = 'topic'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return set()
    return {r[0] for r in rows}


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    folder = Path(args.dir) if args.dir else settings.content_dir
    index = _load_index(folder)
    hidden = _hidden(settings)
    threshold = 0.0 if args.all else None

    def run(query: str) -> str:
        hits = index.search(query, args.lang, hidden=hidden, threshold=threshold) if query.strip() else []
        return json.dumps([{"id": h.topic_id, "score": round(h.score, 4)} for h in hits], ensure_ascii=False)

    if args.query is not None:
        print(run(args.query))
        return 0
    for line in sys.stdin:
        print(run(line.rstrip("\n")), flush=True)
    return 0


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, date, datetime

    from bot.library.loader import errors, load_library
    from bot.library.reviews import ReviewError, stamp

    folder = Path(args.dir) if args.dir else settings.content_dir
    library, problems = load_library(folder)
    bad = errors(problems)
    if bad:
        for problem in bad:
            print(problem, file=sys.stderr)
        raise ConfigError(f"The content in {folder} has {len(bad)} error(s); fix them before recording a review.")
    topic = library.topics.get(args.topic)
    if topic is None:
        raise ConfigError(f"There is no topic `{args.topic}` in {folder}.")
    translation = topic.translations.get(args.lang)
    english = topic.translations.get("en")
    if translation is None or english is None:
        raise ConfigError(f"`{args.topic}` has no `{args.lang}` translation (or no English to review it against).")
    try:
        on = date.fromisoformat(args.on) if args.on else datetime.now(UTC).date()
        path = folder / "topics" / f"{topic.id}.yaml"
        line = stamp(path, args.lang, args.by, on, english.text_sha, translation.text_sha)
    except (ValueError, ReviewError) as exc:
        raise ConfigError(str(exc)) from exc
    print(f"{path}:{line}: review of `{args.lang}` recorded ({args.by}, {on.isoformat()}, "
          f"English {english.text_sha})")
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

        library, _ = load_library(settings.content_dir)
        waiting = review_report(library)
        if args.json:
            print(json.dumps({"waiting_for_review": waiting}, ensure_ascii=False, indent=2))
        else:
            total = sum(len(t.translations) - ("en" in t.translations) for t in library.topics.values())
            print("\n".join(format_reviews(waiting, total)))
        return 0
    settings = settings.with_secret()
    if not settings.database.exists():
        raise ConfigError(f"There is no database at {settings.database} (set HRBOT_DATABASE).")
    report = asyncio.run(collect_stats(settings, days=args.days))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_stats(report))
    return 0
