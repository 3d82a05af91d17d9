"""bot.heap.settle, the real one (other tests skip it: tests/shared_loads.py)."""

from __future__ import annotations

import gc
import weakref

from bot import heap


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_settle_collects_cycles_then_freezes_the_survivors(real_heap_settle) -> None:
    try:
        kept = [_Node() for _ in range(100)]
        dropped = _Node()
        gone = weakref.ref(dropped)
        del dropped
        heap.settle("test")
        assert gone() is None  # the cycle was collected first
        frozen = gc.get_freeze_count()
        assert frozen > len(kept)  # the survivors, these among them, are frozen
        kept_ref = weakref.ref(kept[0])
        again = _Node()
        again_ref = weakref.ref(again)
        del again
        heap.settle("test again")  # unfreezes first: a cycle made since is collected too
        assert again_ref() is None and kept_ref() is not None
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_settle_is_skipped_without_the_fixture() -> None:
    gc.unfreeze()
    heap.settle("skipped")
    assert gc.get_freeze_count() == 0


def test_the_running_bot_collects_young_objects_less_often() -> None:
    import gc

    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        heap.collect_for_updates()
        assert gc.get_threshold() == (heap.UPDATE_GC_THRESHOLD, 10, 10)
        gc.set_threshold(50_000, 10, 10)
        heap.collect_for_updates()  # never lowers a threshold set by the operator
        assert gc.get_threshold() == (50_000, 10, 10)
    finally:
        gc.set_threshold(*saved)
