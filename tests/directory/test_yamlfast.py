"""The fast directory reader gives exactly what yamlstrict gives, or hands the file over."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from bot import yamlfast, yamlstrict

ROOT = Path(__file__).resolve().parents[2]
SERVICE_FILES = sorted((ROOT / "content" / "services").glob("*.yaml"))


def same_or_fallback(text: str) -> str:
    """'same' if the fast reader read ``text`` exactly as yamlstrict does, 'fallback' if it
    handed it over; fails on any difference."""
    fast = yamlfast.loads(text, "f.yaml")
    if fast is None:
        return "fallback"
    strict = yamlstrict.loads(text, "f.yaml")
    assert strict.problems == [], "the fast reader accepted text yamlstrict rejects"
    assert fast.data == strict.data
    assert _types(fast.data) == _types(strict.data)
    # Positions are read on demand: first as the checks ask for them, path by path...
    for path, mark in strict.marks.items():
        assert fast.where(path) == mark
    for path, raw in strict.raw.items():
        assert fast.raw.get(path) == raw
    # ...and then all of them, which must be the same set.
    assert fast.marks.complete() == strict.marks  # type: ignore[attr-defined]
    assert fast.raw.complete() == strict.raw  # type: ignore[attr-defined]
    return "same"


def _types(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_types(v) for v in value]
    return type(value).__name__


@pytest.mark.parametrize("path", SERVICE_FILES, ids=lambda p: p.name)
def test_stock_service_files_are_read_fast_and_the_same(path: Path) -> None:
    assert same_or_fallback(path.read_text(encoding="utf-8")) == "same"


@pytest.mark.parametrize(
    "text",
    [
        "services:\n- id: a\n  types: [naloxone, wound-care]\n  sample: yes\n",
        "services:\n  -   id: a\n      name: {en: x}\n",
        "a: 'it''s' # c\nb: \"q\"\nc: ~\nd: 1.5\ne: -3\nf: 2026-11-01\ng: Київ, центр\n",
        "a: [Київ, Львів, 1, no]\nb: []\n",
        "a: x\n  continued\n",
        "a: &x 1\nb: *x\n",
        "a: |\n  text\n",
        "a: 1\na: 2\n",
        "on: 1\n",
        "a: [?b]\n",
        "a: 12:30\n",
        "a:\n",
        "a: 'open\n  quote'\n",
        "a:\tb\n",
        "---\na: 1\n",
        "a: b: c\n",
        "a: 2026-13-45\n",
        "- a\n- b\n",
        "a:\n  - x\n   - y\n",
        "a:\n  b: 1\n c: 2\n",
        'a: "x\\ty"\n',
        "a: 'x' y\n",
        "<<: {a: 1}\n",
    ],
)
def test_unusual_yaml_is_read_the_same_or_handed_over(text: str) -> None:
    same_or_fallback(text)


def test_mutated_service_files_are_read_the_same_or_handed_over() -> None:
    """Random edits of the stock files (quotes, colons, comments, indentation, YAML 1.1
    words): whatever the fast reader accepts, it reads exactly as yamlstrict does."""
    rng = random.Random(14)
    texts = [p.read_text(encoding="utf-8") for p in SERVICE_FILES]
    snippets = [":", ": ", "#", " #", "'", '"', "''", "-", "- ", " ", "  ", "[", "]", ","]
    snippets += ["&a", "*a", "!", "|", ">", "yes", "no", "~", "1.5", "2026-01-01", "null"]
    snippets += ["\\", "Київ", "{", "}", "?", "%", "@", "`", "\n", "\n  ", "\n- ", "x: y"]
    snippets += ["on", "12:30", "0x1", "1e5", ".5", "+1", "-1", "007", "---", "<<: "]
    outcomes: dict[str, int] = {}
    for _ in range(400):
        lines = rng.choice(texts).split("\n")
        for _edit in range(rng.randint(1, 3)):
            k = rng.randrange(len(lines))
            op = rng.random()
            if op < 0.5:
                at = rng.randint(0, len(lines[k]))
                lines[k] = lines[k][:at] + rng.choice(snippets) + lines[k][at:]
            elif op < 0.7:
                del lines[k]
            elif op < 0.85:
                lines.insert(k, lines[rng.randrange(len(lines))])
            else:
                at = rng.randint(0, len(lines[k]))
                lines[k] = lines[k][:at] + lines[k][at + rng.randint(1, 5) :]
        outcome = same_or_fallback("\n".join(lines))
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert outcomes.get("same", 0) > 50 and outcomes.get("fallback", 0) > 50
