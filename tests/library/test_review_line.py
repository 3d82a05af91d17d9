"""A topic nobody has peer-reviewed yet says so, instead of "Reviewed by peers"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.i18n import I18n
from bot.library.loader import load_library
from bot.library.render import AWAITING_PEER_REVIEW, review_line
from tests.conftest import ROOT


def test_drafted_topics_do_not_claim_a_peer_review() -> None:
    library, _ = load_library(ROOT / "content")
    tr = I18n().translator("en")
    drafted = [t for t in library.topics.values() if AWAITING_PEER_REVIEW in t.authors]
    assert drafted, "the new regional topics are drafted and await peer review"
    for topic in drafted:
        assert "not yet reviewed by peers" in review_line(topic, tr)
    reviewed = library.topics["naloxone"]
    assert review_line(reviewed, tr).startswith("Reviewed by peers:")
    assert review_line(
        replace(reviewed, authors=(AWAITING_PEER_REVIEW,), reviewed=date(2026, 12, 5)), tr
    ).startswith("Written from")
