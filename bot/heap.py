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
import time

log = logging.getLogger(__name__)


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
