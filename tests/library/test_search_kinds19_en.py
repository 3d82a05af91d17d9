"""Kinds of English miss fixed after search tune19 (issue 9, nineteenth session), on the real
content: ice or frost on a car's or a house's windows is the weather, never crystal meth; Molly
or Charlie as a person (a relative or a workmate of that name, someone who texts or says things,
"Molly and I" falling out) is no question for the library, while molly taken, bought or had with
someone stays MDMA. The messages are written for this test, not copied from the labelled
sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "en")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    "text",
    [
        "theres ice on the inside of the bedroom windows every morning, is that damp",
        "best de-icer for a car that sits outside all winter",
        "my cousin molly is getting married in june, what do i wear",
        "charlie texted me that hes moving to leeds, should i go and visit",
        "molly in my class copied my essay, do i tell the teacher",
    ],
)
def test_everyday_english_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "en") == [], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # guards: the drug taken or had stays the drug
        ("me and molly had a long night, my jaw still aches", "mdma"),
        ("how long after molly can i drink", "mdma"),
        ("smoking ice by the window every night, cant stop", "methamphetamine"),
    ],
)
def test_guards_keep_their_topic(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


def test_a_person_called_molly_is_everyday_but_the_drug_is_not() -> None:
    assert cues.everyday_frame("my flatmate molly never does the washing up")
    assert not cues.everyday_frame("my flatmate gave me some molly, how much should i take")
    assert not cues.everyday_frame("is charlie from the office a good dealer")
