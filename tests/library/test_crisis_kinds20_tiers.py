"""The first-person crisis tier when the writer names their own drug as the means (tune46, second
round, session 20), in other words than the labelled messages: ``triage.own_means`` holds for a
message that speaks of the writer and names a drug and nothing else of an emergency (no other
person, no overdose word, no sign, no question about overdoses, not told as not happening), and
the embedding stage's verdict then uses the first-person threshold."""

from __future__ import annotations

import numpy as np
import pytest

from bot.library import triage

OWN_MEANS = [
    "saved up my tramadol all winter, tonight i finish the lot",
    "i have a full strip of zopiclone and a bottle of gin, that should do it",
    "коплю свой прегабалин уже третью неделю, на выходных я выпью всё",
    "мій трамадол і пляшка горілки, цього мені вистачить",
    "junté mis clonas de todo el mes y esta noche me las tomo todas",
]

NOT_OWN_MEANS = [
    # another person named
    "my boyfriend took his whole strip of zopiclone, what do i do",
    "брат выпил весь свой прегабалин, что делать",
    # an overdose word or a question about overdoses
    "how much tramadol is an overdose for me",
    "cuánto clonazepam es una sobredosis",
    # a body in trouble or a sign
    "took my tramadol and now my lips are blue",
    # no drug named (the first tier's own cue, not this one)
    "saved up all winter for a new bike",
    # not the writer speaking of themself
    "tramadol is a weak opioid, right",
    # told as not happening: a film
    "in the film she takes all her zopiclone at once",
]


@pytest.mark.parametrize("text", OWN_MEANS)
def test_own_means(text: str) -> None:
    assert triage.own_means(text)


@pytest.mark.parametrize("text", NOT_OWN_MEANS)
def test_not_own_means(text: str) -> None:
    assert not triage.own_means(text)


class _Fake(triage.Prototypes):
    """Fixed scores and thresholds, no vectors: only ``verdict`` is used."""

    def __init__(self, crisis: float) -> None:
        self.thresholds = {triage.Urgency.EMERGENCY: 0.85, triage.Urgency.CRISIS: 0.81}
        self.strict = {triage.Urgency.EMERGENCY: 1.3, triage.Urgency.CRISIS: 1.05}
        self.cue = 0.76
        self.note = 0.59
        self._crisis = crisis

    def _scores(self, vector: np.ndarray) -> dict[str, float]:
        return {triage.Urgency.EMERGENCY: 0.0, triage.Urgency.CRISIS: self._crisis}


def test_own_means_gets_the_first_person_tier() -> None:
    text = "saved up my tramadol all winter, tonight i finish the lot"
    verdict = triage._decide(_Fake(0.78), np.zeros(4), triage.NONE, text)
    assert verdict.crisis and not verdict.maybe_crisis


def test_a_person_named_keeps_the_lenient_threshold() -> None:
    text = "my boyfriend took his whole strip of zopiclone, what do i do"
    verdict = triage._decide(_Fake(0.78), np.zeros(4), triage.NONE, text)
    assert not verdict.crisis and verdict.maybe_crisis


# A flatmate's or a colleague's words about life being pointless, then how to bring it up: a
# helper's question (the short note), not the writer's crisis; said now or with the means, still
# the full reply.
HELPER = [
    "my housemate barely eats these days and keeps saying nothing matters anymore, how can i raise it",
    "my coworker said at lunch that life is a waste of time, how should i approach him",
    "mi roomie casi no sale de la cama y dice que nada vale la pena, cómo le saco el tema",
]
HELPER_STILL_CRISIS = [
    "my housemate says he'll kill himself tonight, how do i bring it up",
    "mi compañera dice que ya tiene las pastillas y se las toma hoy, cómo le saco el tema",
]


@pytest.mark.parametrize("text", HELPER)
def test_a_flatmates_words_are_a_helpers_question(text: str) -> None:
    verdict = triage.by_rules(text)
    assert not verdict.crisis and verdict.maybe_crisis


@pytest.mark.parametrize("text", HELPER_STILL_CRISIS)
def test_a_flatmates_words_now_are_no_helpers_question(text: str) -> None:
    from bot.library.crisis import asks_how_to_help

    assert not asks_how_to_help(text)
