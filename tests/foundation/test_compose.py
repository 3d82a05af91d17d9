"""One composition root: every feature built once with typed arguments, handlers get a typed
container, and FEATURES names every module that registers handlers."""

from __future__ import annotations

import ast
import asyncio
import re
from dataclasses import fields
from pathlib import Path

from bot import app as composition
from bot.container import Features
from bot.handlers import fallback
from bot.handlers.base import BotData, HRContext
from tests.conftest import Harness

ROOT = Path(__file__).resolve().parents[2]


async def test_every_feature_is_built_once_and_shares_one_region_tree(harness: Harness) -> None:
    app = harness.app
    assert isinstance(app.bot_data, BotData)  # type: ignore[attr-defined]
    assert app.context_types.context is HRContext  # type: ignore[attr-defined]
    assert app.context_types.bot_data is BotData  # type: ignore[attr-defined]
    features = harness.services.features
    assert isinstance(features, Features)
    assert features.finder_loading is not None
    await asyncio.wait_for(features.finder_loading.wait(), 60)
    missing = [f.name for f in fields(features) if getattr(features, f.name) is None]
    assert missing == []
    regions = features.regions
    assert features.alerts is not None and features.alerts.regions is regions
    assert features.alerts.sender is not None and features.alerts.sender.regions is regions
    assert features.emergency is not None and features.emergency.regions is regions
    assert features.finder is not None and features.finder.regions is regions
    assert features.library is not None
    assert features.library.region_choice is features.region_choice
    assert features.library.config is harness.settings.library
    assert features.alerts.settings is harness.settings.alerts


def test_features_lists_every_module_that_registers_handlers() -> None:
    registering = set()
    for path in sorted((ROOT / "bot" / "handlers").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(n, ast.FunctionDef) and n.name == "register" for n in tree.body):
            registering.add(f"bot.handlers.{path.stem}")
        # A handler module never registers another module's handlers.
        calls = re.findall(
            r"^\s+(\w+)\.register\(app, ", path.read_text(encoding="utf-8"), re.MULTILINE
        )
        assert calls == [], f"{path.name} registers {calls}"
    listed = {module.__name__ for module in composition.FEATURES} | {fallback.__name__}
    assert listed == registering


def test_no_feature_is_looked_up_by_a_string_key() -> None:
    lookups = re.compile(r"features\s*\[|features\.get\(|features\.setdefault\(")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if lookups.search(line)
    ]
    assert found == []
