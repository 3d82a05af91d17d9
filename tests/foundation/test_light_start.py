"""A light start (issue 14): what `hrbot run` imports before its first getUpdates.

The heavy libraries and modules below are needed only once the bot polls (the search index,
sentence embeddings, the phrase rules' patterns, the directory's loader) or only when asked
for (/metrics, the health server). Importing them at start would cost tenths of a second;
this test fails when an import at the top of some module pulls one back in.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Everything `hrbot run` imports to build the bot: the CLI, the runner, the composition root
# and the Application with every handler.
START = "import bot.cli, bot.runner, bot.compose, bot.app"
NOT_AT_START = [
    "numpy",
    "bm25s",
    "prometheus_client",
    "aiohttp.web",
    "bot.library.search",
    "bot.library.triage",
    "bot.library.crisis",
    "bot.library.emergency_text",
    "bot.library.intent",  # the message router: built once the bot polls (or by a first question)
    "bot.library.cues",
    "bot.directory.services",
    "bot.yamlfast",
    "bot.health",
    # the feature tools' subcommands: ``hrbot run`` parses without them
    "bot.library.cli",
    "bot.directory.cli",
    "bot.alerts.cli",
    "importlib.resources",  # the migrations are read from the folder beside bot.storage.db
    "opening_hours",  # a service's hours are read once the directory is loaded, after the poll
]


def test_the_start_imports_nothing_the_first_poll_does_not_need() -> None:
    code = f"import json, sys; {START}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(done.stdout))
    assert "bot.app" in loaded and "bot.handlers.urgent" in loaded
    assert [name for name in NOT_AT_START if name in loaded] == []


def test_what_is_left_out_still_loads_when_used() -> None:
    code = (
        f"{START}\n"
        "from bot import metrics\n"
        "from bot.handlers import urgent\n"
        "metrics.count_update('message')\n"
        "assert b'hrbot_updates_total{type=\"message\"} 1.0' in metrics.exposition()\n"
        "assert urgent.triage.classify_now('he is not breathing, lips blue') is not None\n"
        "from bot.library.textproc import stopwords\n"
        "assert 'the' in stopwords()['en'] and 'bm25s' not in __import__('sys').modules\n"
        "args = bot.cli.build_parser(features=False).parse_args(['run', '--webhook'])\n"
        "assert args.func.__name__ == '_cmd_run' and args.webhook\n"
        "assert 'bot.library.cli' not in __import__('sys').modules\n"
        "assert [m.__name__ for m in bot.cli.CLI_FEATURES] == "
        "['bot.library.cli', 'bot.directory.cli', 'bot.alerts.cli']\n"
        "assert bot.cli.build_parser().parse_args(['content', 'check']).command == 'content'\n"
        "from datetime import UTC, datetime\n"
        "from bot.directory.hours import OPEN, Hours, check_hours\n"
        "hours = Hours('Mo-Su 00:00-24:00', 'Europe/Kyiv', 'UA')\n"
        "assert hours.status(datetime(2026, 3, 2, 12, tzinfo=UTC)).state == OPEN\n"
        "assert check_hours('Mo-Fr 25:00-26:00') is not None\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=True)


def test_hrbot_run_collects_no_cyclic_garbage_until_it_polls() -> None:
    """``hrbot run`` pauses the cyclic collector while it imports and builds the bot (bot.heap);
    the runner resumes it once the first getUpdates is under way. Other commands, and other
    programs importing the bot, keep collecting."""
    code = (
        "import gc, sys\n"
        "sys.argv = [{argv!r}, {command!r}]\n"
        "import bot.cli\n"
        "from bot import heap\n"
        "paused = not gc.isenabled()\n"
        "heap.resume_after_start()\n"
        "print(paused, gc.isenabled())\n"
    )
    cases = {
        ("/usr/local/bin/hrbot", "run"): "True True",
        ("/x/bot/__main__.py", "run"): "True True",
        ("/usr/local/bin/hrbot", "content"): "False True",
        ("-c", "run"): "False True",
    }
    for (argv, command), expected in cases.items():
        done = subprocess.run(
            [sys.executable, "-c", code.format(argv=argv, command=command)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stdout.split() == expected.split(), (argv, command)


def test_long_polling_starts_without_the_webhook_server() -> None:
    """``hrbot run`` (long polling) leaves out python-telegram-bot's webhook server (tornado)
    and httpx's command line; ``hrbot run --webhook`` keeps the server, and everything else
    imports both as usual."""
    polling = (
        "import sys, bot.cli\n"
        "assert bot.cli.leave_out_unused_modules(webhook=False)\n"
        f"{START}\n"
        "assert 'tornado.web' not in sys.modules\n"
        "assert 'click' not in sys.modules and 'httpx' in sys.modules\n"
        "assert not bot.cli.leave_out_unused_modules(webhook=False)  # too late now\n"
    )
    webhook = (
        "import sys, bot.cli\n"
        "assert bot.cli.leave_out_unused_modules(webhook=True)\n"
        f"{START}\n"
        "assert 'tornado.web' in sys.modules\n"
        "assert 'click' not in sys.modules\n"
    )
    other = f"import sys; {START}\nassert 'tornado.web' in sys.modules\n"
    for code in (polling, webhook, other):
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=True)
