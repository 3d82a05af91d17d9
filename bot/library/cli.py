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
        description="Exit 1 on any error; warnings exit 0 unless --strict.",
    )
    check.add_argument("dir", nargs="?", default=None, help="the content folder (default: HRBOT_CONTENT_DIR or content/)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.set_defaults(func=cmd_check)
    stats = content_sub.add_parser("stats", help="feedback per topic and the most frequent unanswered questions")
    stats.add_argument("--days", type=int, default=30, help="how many days back (default 30)")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=cmd_stats)
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
    warnings = len(problems) - errors
    for problem in problems:
        print(problem)
    verdict = "FAILED" if errors or (args.strict and warnings) else "OK"
    print(f"{verdict}: {errors} error(s), {warnings} warning(s) in {folder}")
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


def _attach_embeddings(index, settings: Settings) -> None:
    """The bot's sentence embeddings (same cache), unless HRBOT_SEARCH_EMBEDDINGS=off."""
    from bot.library import embed
    from bot.library.config import LibrarySettings

    config = LibrarySettings.from_env()
    if not config.embeddings or not embed.available():
        return
    try:
        index.embeddings = embed.TopicEmbeddings.build(
            index, config.embeddings_cache or embed.default_cache_dir(settings.database))
    except Exception as exc:  # noqa: BLE001 - like the bot: BM25 alone when the model fails
        print(f"sentence embeddings unavailable ({type(exc).__name__}); searching without them", file=sys.stderr)


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from bot.library.intent import _COMMAND

    folder = Path(args.dir) if args.dir else settings.content_dir
    index = _load_index(folder)
    _attach_embeddings(index, settings)
    hidden = _hidden(settings)
    threshold = 0.0 if args.all else None

    def run(query: str) -> str:
        # like the bot: a "/command" typed as text is never searched
        searched = query.strip() and not (_COMMAND.match(query) or query.lstrip().startswith("/"))
        hits = index.search(query, args.lang, hidden=hidden, threshold=threshold) if searched else []
        return json.dumps([{"id": h.topic_id, "score": round(h.score, 4)} for h in hits], ensure_ascii=False)

    if args.query is not None:
        print(run(args.query))
        return 0
    for line in sys.stdin:
        print(run(line.rstrip("\n")), flush=True)
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from bot.library.stats import collect_stats, format_stats

    settings = settings.with_secret()
    if not settings.database.exists():
        raise ConfigError(f"There is no database at {settings.database} (set HRBOT_DATABASE).")
    report = asyncio.run(collect_stats(settings, days=args.days))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_stats(report))
    return 0
