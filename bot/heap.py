"""Long-lived data out of the cyclic garbage collector's way.

The content, search indexes, lexicon, lemmatizer dictionaries and embeddings are hundreds of
thousands of objects that live as long as the process. Every update allocates many short-lived
python-telegram-bot objects, so the collector runs often, and each full collection walked all of
that data again: about a fifth of the CPU of a /topics or button update (measured with
bench/profile_updates.py). ``settle()`` moves what is alive into the collector's permanent
generation (``gc.freeze``) after each big load, so collections only look at what updates made.

Frozen objects are still freed by reference counting when dropped (an old index after /reload);
only reference cycles among them would be missed, so each ``settle`` first unfreezes and runs a
full collection (once per load: tens of milliseconds), then freezes what survived.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections.abc import Sequence

log = logging.getLogger(__name__)

_paused_for_start = False


def pause_for_start(argv: Sequence[str]) -> bool:
    """``hrbot run`` (or ``python -m bot run``): no cyclic garbage collection until the bot
    polls (``resume_after_start``). Importing the bot and python-telegram-bot creates hundreds
    of thousands of long-lived objects (classes, functions, tables) and almost no cyclic
    garbage, yet the collector walks them again and again while they pile up: about a tenth of
    the start's CPU (issue 14, a light start). Anything freed by reference counting is still
    freed at once; the few cycles made meanwhile are collected by the first ``settle``.
    Any other command, and any other program importing the bot (tests), collects as usual."""
    global _paused_for_start
    program = os.path.basename(argv[0]) if argv else ""
    if program in ("hrbot", "__main__.py") and list(argv[1:2]) == ["run"] and gc.isenabled():
        gc.disable()
        _paused_for_start = True
    return _paused_for_start


def resume_after_start() -> None:
    """The start is over (the first getUpdates is under way): collect as usual again."""
    global _paused_for_start
    if _paused_for_start:
        _paused_for_start = False
        gc.enable()


def settle(reason: str) -> None:
    """Collect, then freeze the survivors (call after loading something big and long-lived)."""
    started = time.perf_counter()
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    log.debug(
        "Heap settled after %s: %d objects frozen in %.0f ms",
        reason,
        gc.get_freeze_count(),
        (time.perf_counter() - started) * 1000,
    )


# Young collections while the bot answers: one every this many new container objects
# (CPython's default is 700). Each update makes a few hundred short-lived python-telegram-bot
# objects; at 700 the collector ran every two or three updates and walked what the updates in
# flight hold each time: about 0.08 ms of each /start or /topics (bench/profile_updates.py
# --gc-only: 0.022 s in 61 collections for 300 /start updates, 0.004 s in 2 at 7,000). Garbage
# without cycles is freed by reference counting at once whatever the threshold; cyclic garbage
# waits a little longer (a few thousand objects at most).
UPDATE_GC_THRESHOLD = 7_000


def collect_for_updates() -> None:
    """The running bot's young-generation threshold (``UPDATE_GC_THRESHOLD``), once it polls."""
    first, second, third = gc.get_threshold()
    gc.set_threshold(max(first, UPDATE_GC_THRESHOLD), second, third)
