"""The emergency and crisis patterns compile ahead of the first messages once the bot polls."""

from __future__ import annotations

import logging

import pytest

from bot.app import _warm_up_patterns
from bot.library import emergency_text


async def test_the_pattern_warm_up_compiles_every_group(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="bot.app"):
        await _warm_up_patterns()
    assert "patterns compiled" in caplog.text
    assert "failed" not in caplog.text
    assert emergency_text.warm_up() < 1.0  # everything is compiled already: nothing left to do
