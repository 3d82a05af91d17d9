"""The fast word-start lookup of the emergency and crisis patterns against their plain union.

Its own file (it is the longest single test of tests/library/test_triage.py, CPU only): the
workers of ``make test`` take whole files, so alone here it runs beside the rest of that file
instead of after it.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import fold
from tests.library.test_triage import (
    CRISES,
    EMERGENCIES,
    NEITHER,
    OVERDOSE_QUESTIONS,
    PAST_OVERDOSES,
    ROOT,
    _yaml,
)


# CPU only (no wait that could hang), ~7 s of CPU: on a 2-core machine that other work also
# loads, its wall time passed the suite's 120 s timeout (make test, load average ~10). The
# timeout is for hangs; this one only allows a slower machine.
@pytest.mark.timeout(400)
def test_word_start_dispatch_finds_what_one_union_pattern_finds() -> None:
    """The fast lookup (patterns chosen by a word's first two letters) may never miss a match
    that the plain union of the same patterns finds: checked on every labelled message, the
    regression lists, and word soups made from them."""
    import random

    from bot.library import crisis
    from bot.library import emergency_text as emergency

    texts = []
    for lang in ("en", "ru", "uk", "es"):
        texts += [
            i["text"]
            for i in _yaml(
                (ROOT / "bench" / "labelled" / f"triage-{lang}.yaml").read_text(encoding="utf-8")
            )
        ]
    texts += EMERGENCIES + CRISES + NEITHER + OVERDOSE_QUESTIONS + PAST_OVERDOSES
    rng = random.Random(9)
    words = " ".join(texts).split()
    # Every labelled message and regression list whole; the random part is a sample: 600 word soups
    # and 12 long messages (1,500 and 30 before cost ~4 s more of the suite's CPU, issue #13)
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(600)]
    texts += [" ".join(rng.sample(texts, 60))[:4000] for _ in range(12)]  # long messages
    groups = [
        value
        for module in (emergency, crisis)
        for value in vars(module).values()
        if isinstance(value, emergency.WordStartPatterns)
    ]
    assert len(groups) >= 10
    for text in texts:
        folded = fold(text)
        for group in groups:
            # one pass of the (slow) union pattern answers both: ``subn`` scans from the start as
            # ``search`` does, so it replaced something exactly when ``search`` finds a match
            expected, found = group.union.subn(" ", folded)
            assert (group.search(folded) is None) == (found == 0), (text, group.patterns[:1])
            assert group.sub(" ", folded) == expected, (text, group.patterns[:1])
