"""The ``hrbot`` command line: run, sandbox, db, and the feature tools.

Errors an operator reads are one line on stderr with exit code 2 (configuration) or 1
(failure); never a traceback for a mistake in the environment.
"""

from __future__ import annotations

import sys

from bot import heap

# ``hrbot run``: the cyclic collector waits until the bot polls (bot.heap; before the imports).
heap.pause_for_start(sys.argv)

import argparse
import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from bot import __version__
from bot.config import ConfigError, Settings
from bot.privacy import configure_logging

log = logging.getLogger("bot.cli")


# Feature modules that add subcommands: each has ``add_commands(subparsers)`` and sets
# ``func`` on its parsers (``func(args, settings) -> int``). ``CLI_FEATURES`` is read on
# first use: ``hrbot run`` needs none of them and does not import them (a light start).
def _cli_features() -> list[ModuleType]:
    from bot.alerts import cli as alerts_cli
    from bot.directory import cli as directory_cli
    from bot.library import cli as library_cli

    return [library_cli, directory_cli, alerts_cli]


def __getattr__(name: str) -> object:
    if name == "CLI_FEATURES":
        return _cli_features()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def leave_out_unused_modules(webhook: bool) -> bool:
    """What ``hrbot run`` never uses but its libraries import when they can (issue 14, a light
    start; call before python-telegram-bot is imported; True when it took effect):

    - httpx's command-line client (click, rich, pygments: ~15 ms of CPU), which httpx imports
      whenever they are installed;
    - with long polling, tornado (~40 ms with the curses it imports), the dependency of
      python-telegram-bot's optional webhook server: the library runs without it as when
      installed without its ``webhooks`` extra, and its Updater polls the same. ``hrbot run
      --webhook`` imports it. Only module names are named here, no part of the library."""
    if "telegram" in sys.modules or "httpx" in sys.modules:
        return False
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    if not webhook:
        sys.modules.setdefault("tornado", None)  # type: ignore[arg-type]
    return True


def _cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    leave_out_unused_modules(args.webhook)
    from bot.runner import serve_until_signalled

    token = settings.core.require_token()
    settings = settings.with_secret()
    asyncio.run(serve_until_signalled(settings, token, webhook=args.webhook))
    return 0


def _cmd_sandbox(args: argparse.Namespace, settings: Settings) -> int:
    if args.web:
        from bot.sandbox.web import run_web_sandbox

        return asyncio.run(
            run_web_sandbox(
                settings, data_dir=args.data, language=args.lang, host=args.host, port=args.port
            )
        )
    from bot.sandbox.terminal import run_terminal_sandbox

    return asyncio.run(run_terminal_sandbox(settings, data_dir=args.data, language=args.lang))


def _cmd_db_backup(args: argparse.Namespace, settings: Settings) -> int:
    from bot.storage.db import backup_file

    source = settings.core.database
    if not source.exists():
        raise ConfigError(f"There is no database at {source} (set HRBOT_DATABASE).")
    target = Path(args.path)
    if target.exists():
        raise ConfigError(f"{target} already exists; choose a new file name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    backup_file(source, target)
    print(f"Backed up {source} to {target}")
    return 0


def _cmd_db_migrate(args: argparse.Namespace, settings: Settings) -> int:
    from bot.storage.db import Database, MigrationError

    if not settings.core.database.exists() and args.check:
        print(f"There is no database at {settings.core.database} yet: every migration is pending.")
        return 1

    async def migrate() -> list[str]:
        db = await Database(settings.core.database).open(migrate=False)
        try:
            if args.check:
                return [m.name for m in await db.pending_migrations()]
            return await db.migrate()
        finally:
            await db.close()

    try:
        names = asyncio.run(migrate())
    except MigrationError as exc:
        print(f"hrbot: error: {exc}", file=sys.stderr)
        return 1
    except RuntimeError as exc:  # newer than this code
        print(f"hrbot: error: {exc}", file=sys.stderr)
        return 1
    if args.check:
        if names:
            print("Pending migrations: " + ", ".join(names))
            return 1
        print("The database is up to date.")
        return 0
    print("Applied: " + ", ".join(names) if names else "The database is up to date.")
    return 0


def _cmd_db_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.storage.db import check_file

    path = Path(args.path) if args.path else settings.core.database
    report = check_file(path)
    if report.ok:
        pending = report.latest_version - report.schema_version
        note = f", {pending} migration(s) pending (applied at the next start)" if pending else ""
        print(
            f"{path}: ok (schema version {report.schema_version}{note}, {report.size_bytes:,} bytes)"
        )
        return 0
    for problem in report.problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1


def _cmd_db_restore(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime

    from bot.storage.db import RunLock, check_file, restore_file

    backup = Path(args.path)
    if not backup.is_file():
        raise ConfigError(f"There is no backup file at {backup}.")
    target = settings.core.database
    if backup.resolve() == target.resolve():
        raise ConfigError(f"{backup} is the database itself (HRBOT_DATABASE); name a backup file.")
    report = check_file(backup)
    if not report.ok:
        for problem in report.problems:
            print(f"{backup}: {problem}", file=sys.stderr)
        print("hrbot: error: the backup failed its checks; nothing was changed.", file=sys.stderr)
        return 1
    lock = RunLock(target)
    if not lock.acquire():
        raise ConfigError(
            f"The bot is running on {target} (it holds {lock.path}): stop it, then restore."
        )
    try:
        kept = restore_file(backup, target, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
    finally:
        lock.release()
    if kept is not None:
        print(f"Kept the previous database as {kept}")
    print(
        f"Restored {backup} (schema version {report.schema_version}) to {target}. Start the bot "
        "with the same secret key the backup was made with."
    )
    return 0


def _cmd_config_check(args: argparse.Namespace, settings: Settings) -> int:
    """Every setting parsed (a bad value already stopped with exit 2); unknown names exit 1."""
    from bot.config import KNOWN_NAMES, describe_unknown, unknown_names

    unknown = unknown_names(settings.unknown)
    for name, closest in unknown:
        print(f"hrbot: {describe_unknown(name, closest)}", file=sys.stderr)
    if unknown:
        return 1
    print(
        f"The configuration is valid ({len(KNOWN_NAMES)} settings known, no unknown HRBOT_* names)."
    )
    return 0


def build_parser(features: bool = True) -> argparse.ArgumentParser:
    """Every command; ``features=False`` leaves out the feature tools' (for ``hrbot run``)."""
    parser = argparse.ArgumentParser(
        prog="hrbot",
        description="harm-reduction-bot: a community-led harm reduction Telegram bot.",
        epilog="Configuration comes from environment variables; see the README.",
    )
    parser.add_argument("--version", action="version", version=f"hrbot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="run the bot against Telegram (needs TELEGRAM_BOT_TOKEN)")
    run.add_argument(
        "--webhook",
        action="store_true",
        help="receive updates by webhook (HRBOT_WEBHOOK_URL) instead of long polling",
    )
    run.set_defaults(func=_cmd_run)

    sandbox = sub.add_parser(
        "sandbox", help="chat with the bot locally, no Telegram and no token needed"
    )
    sandbox.add_argument(
        "--data",
        type=Path,
        default=None,
        help="keep the sandbox database in this folder (default: a throwaway folder)",
    )
    sandbox.add_argument(
        "--lang",
        default="en",
        help="the Telegram language code of the sandbox person (default: en)",
    )
    sandbox.add_argument(
        "--web",
        action="store_true",
        help="play the bot in a browser: person, peer, moderator and their group chats side by side",
    )
    sandbox.add_argument(
        "--port",
        type=int,
        default=None,
        help="with --web: the port of the page (default: 8080, or a free one if it is taken; 0 picks a free one)",
    )
    sandbox.add_argument(
        "--host",
        default="127.0.0.1",
        help="with --web: the address to listen on (default: 127.0.0.1; the page has no password)",
    )
    sandbox.set_defaults(func=_cmd_sandbox)

    config = sub.add_parser("config", help="the settings")
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION")
    config_check = config_sub.add_parser(
        "check",
        help="parse every setting (environment and HRBOT_CONFIG) and name unknown HRBOT_* ones",
    )
    config_check.set_defaults(func=_cmd_config_check)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION")
    backup = db_sub.add_parser(
        "backup", help="copy the database consistently, even while the bot runs"
    )
    backup.add_argument("path", help="the new file to write")
    backup.set_defaults(func=_cmd_db_backup)
    migrate = db_sub.add_parser(
        "migrate", help="apply pending migrations (the bot also does this at start)"
    )
    migrate.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if migrations are pending (for deploy scripts)",
    )
    migrate.set_defaults(func=_cmd_db_migrate)
    check = db_sub.add_parser(
        "check", help="integrity, foreign keys and schema version of the database (or of a backup)"
    )
    check.add_argument(
        "path", nargs="?", default=None, help="a backup file to check instead of HRBOT_DATABASE"
    )
    check.set_defaults(func=_cmd_db_check)
    restore = db_sub.add_parser(
        "restore",
        help="replace the database with a checked backup (the bot must be stopped; the old file is kept)",
    )
    restore.add_argument("path", help="the backup file made by `hrbot db backup`")
    restore.set_defaults(func=_cmd_db_restore)
    db.set_defaults(func=lambda a, s: _usage(db))

    if features:
        for feature in _cli_features():
            feature.add_commands(sub)
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # ``hrbot run [--webhook]`` parses the same without the feature tools' subcommands.
    parser = build_parser(features=words[:1] != ["run"])
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace, Settings], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        settings = Settings.from_env()
        configure_logging(settings.core.log_level, secrets=(settings.core.token or "",))
        if args.command != "config":
            settings.report_unknown()
        return int(func(args, settings) or 0)
    except ConfigError as exc:
        print(f"hrbot: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
