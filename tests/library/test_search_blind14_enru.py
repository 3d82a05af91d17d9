"""Routing kinds of blind14-tune's misses (session 17, late round), on the real content, in fresh
words (not the labelled messages).

Fixed kinds: MDMA's letters declined like a Russian or Ukrainian noun ("можно мдму", "з мдмою")
name the drug; British drinking slang ("on the piss", "on the booze") names alcohol beside a
second drug; the supply being cut now ("are they cutting the gear with it", "dealers are lacing")
is one drug inside another, a topic; in Spanish, "hay X en la Y" (one found in another) and "dura
/ pega más que" (a comparison) are topics, not mixes. Guards beside each kind stay as they are.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("сижу на флуоксетине, а мдму можно будет?", "ru", {"fluoxetine", "mdma"}),
        ("после мдмы можно пиво?", "ru", {"mdma", "alcohol"}),
        ("п'ю сертралін, чи можна мдму на вихідних", "uk", {"sertraline", "mdma"}),
        ("is tramadol ok after being on the piss all night", "en", {"tramadol", "alcohol"}),
        ("out on the booze later, can i still have my diazepam", "en", {"diazepam", "alcohol"}),
    ],
)
def test_mixes_are_combinations(router: Router, text: str, lang: str, pair: set[str]) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances or ()) == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the supply cut with another drug
        ("heard about xylazine, are dealers cutting the brown with it these days?", "en"),
        ("they're lacing pills with fentanyl now? is that true", "en"),
        ("is it true people are bulking the coke out with benzocaine", "en"),
        ("oí que hay xilacina en la heroína de ahora, qué es eso", "es"),
        # a comparison of how long or how hard
        ("la metadona de la calle dura bastante más que la heroína?", "es"),
        ("¿el tusi pega menos que la coca?", "es"),
        # one drug and a single slang word for alcohol (no second drug)
        ("been on the piss for a fortnight, how do i come off without the shakes", "en"),
        ("сколько мдмы нужно на первый раз", "ru"),
    ],
)
def test_topic_questions_stay_topics(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "topic", (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # guards: mixes that say "cutting" or "hay ... en" in another sense stay combinations
        ("ok to take xanax after cutting back on alcohol", "en", {"alprazolam", "alcohol"}),
        ("is cutting down on methadone while on heroin risky", "en", {"methadone", "heroin"}),
        (
            "hay alcohol en mi sangre todavía, puedo tomar clonazepam",
            "es",
            {"alcohol", "clonazepam"},
        ),
        ("puedo tomar metadona con heroína", "es", {"methadone", "heroin"}),
    ],
)
def test_guards_stay_combinations(router: Router, text: str, lang: str, pair: set[str]) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances or ()) == pair, (text, intent)
