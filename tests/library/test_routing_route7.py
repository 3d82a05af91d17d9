"""The kinds fixed after route7 (issue 9 items 4 and 5), on the real content: a drug asked about
as belonging to a class ("относится к", "counts as", "pertenece a") stays a topic question, while
the same two names taken together still open the combination card."""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("does tramadol count as an opioid", "en"),
        ("is tramadol a type of opioid or not", "en"),
        ("трамадол относится к опиоидам или нет", "ru"),
        ("трамадол відноситься до опіоїдів?", "uk"),
        ("el tramadol pertenece a los opioides?", "es"),
    ],
)
def test_class_membership_stays_a_topic_question(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tramadol with other opioids, is that ok", "en"),
        ("трамадол с опиоидами вместе можно?", "ru"),
    ],
)
def test_class_taken_together_stays_a_combination(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text
