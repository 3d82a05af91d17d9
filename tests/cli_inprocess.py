"""``hrbot ARGS`` run in the test process: ``bot.cli.main`` with its own environment, standard
input and captured output, as a subprocess would see them, in a tenth of a subprocess's time.

For tests of what a command prints and returns. A command starts with
``bot.privacy.configure_logging``, which changes the process's logging (the root logger's
handler and level, a few loggers' levels): that is put back afterwards, so later tests see the
logging pytest set up. Tests of what only a real process shows (start-up of the installed
command, signals, exit on a broken import) keep running ``python -m bot`` as a subprocess.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout


@contextmanager
def _kept_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {
        name: logger.level
        for name, logger in logging.root.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    try:
        yield
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        for handler in handlers:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(level)
        for name, logger in logging.root.manager.loggerDict.items():
            if isinstance(logger, logging.Logger):
                logger.setLevel(levels.get(name, logging.NOTSET))


@contextmanager
def _environment(env: Mapping[str, str] | None) -> Iterator[None]:
    """``env`` replaces the whole environment (like a subprocess's ``env=``) for the block."""
    if env is None:
        yield
        return
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def hrbot_in_process(
    *args: str, stdin: str = "", env: Mapping[str, str] | None = None
) -> tuple[int, str, str]:
    """``(exit code, stdout, stderr)`` of ``hrbot ARGS`` (``env``: the whole environment; by
    default the test's own)."""
    from bot.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with _environment(env), _kept_logging(), redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:  # argparse's usage errors and --help
                code = (
                    exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
                )
    finally:
        sys.stdin = saved_stdin
    return code, out.getvalue(), err.getvalue()
