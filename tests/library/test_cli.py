"""``hrbot search`` output contract and ``hrbot content stats``."""

from __future__ import annotations

import argparse
import io
import json
from itertools import pairwise
from pathlib import Path

import pytest

from bot.library.cli import cmd_search, cmd_stats

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "content"


def args(**kw: object) -> argparse.Namespace:
    base = {"query": None, "lang": "en", "json": True, "dir": str(FIXTURES), "all": False}
    base.update(kw)
    return argparse.Namespace(**base)


def test_search_prints_best_first_and_empty_below_threshold(
    settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cmd_search(args(query="нолоксон где взять", lang="ru"), settings) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["id"] == "naloxone" and set(hits[0]) == {"id", "score"}
    assert all(a["score"] >= b["score"] for a, b in pairwise(hits))
    assert cmd_search(args(query="what is the capital of australia"), settings) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_search_reads_one_query_per_line(
    settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("narcan\n\nhe's not breathing\nbike chain\n"))
    assert cmd_search(args(), settings) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    first, empty, emergency, off = (json.loads(line) for line in lines)
    assert first[0]["id"] == "naloxone" and empty == [] and off == []
    assert emergency[0] == {"id": "overdose-response", "score": 1.0}


def test_stats_without_a_database_is_a_clear_error(settings) -> None:
    from bot.config import ConfigError

    with pytest.raises(ConfigError):
        cmd_stats(argparse.Namespace(days=30, json=False), settings)
