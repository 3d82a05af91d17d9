"""The emergency and crisis patterns compile ahead of the first messages once the bot polls."""

from __future__ import annotations

import logging
import threading

import pytest

from bot.app import _warm_up_patterns
from bot.library import emergency_text

# the real warm-up (other tests skip it: tests/shared_loads.py)
pytestmark = pytest.mark.usefixtures("real_warm_up")


async def test_the_pattern_warm_up_compiles_every_group(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="bot.app"):
        await _warm_up_patterns()
    assert "patterns compiled" in caplog.text
    assert "failed" not in caplog.text
    assert emergency_text.warm_up() < 1.0  # everything is compiled already: nothing left to do


def test_a_stopping_bot_ends_the_warm_up_after_the_union_in_hand() -> None:
    """A bot told to stop does not wait seconds for compiling nobody will use; recognition is
    the same either way (a message compiles what it needs)."""
    group = emergency_text.WordStartPatterns([r"ab+c", r"abd", r"xyz", r"x\w+q"])
    stop = threading.Event()
    stop.set()
    group.warm_up(stop)
    assert not group._two and not group._one  # nothing compiled
    assert group.search(" xyyq") is not None  # ... and still found
    stop.clear()
    group.warm_up(stop)
    assert set(group._two) | set(group._one) >= {"ab", "xy"}
    emergency_text.warm_up(stop)  # not set: every group to the end
    assert all(g._ready for g in emergency_text._GROUPS)
