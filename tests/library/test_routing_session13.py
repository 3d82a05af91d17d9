"""The routing kinds fixed after route12's first look (thirteenth session, issue 9), on the real
content, in fresh words: why a class is dangerous with another thing, or why a pair is dangerous
in general, is the mixing topic's question (a named pair asked "why so dangerous" keeps the card);
a Russian or Ukrainian case form of a word with several meanings ("с антидепрессантами") is that
word, and the card asks which; "gear" used or had ("i used gear", "did some gear") is heroin, and
"is a xanax ok" after it asks about a mix; drink measures and "encima de" name a mix."""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("why are benzos and alcohol such a dangerous mix", "en"),
        ("por qué es tan peligroso juntar opioides con alcohol", "es"),
        ("почему вообще вредно мешать амфетамин с алкоголем", "ru"),
        ("чому опіоїди і бензодіазепіни разом такі небезпечні", "uk"),
    ],
)
def test_why_a_mix_is_dangerous_in_general_is_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


def test_why_one_named_pair_is_dangerous_keeps_the_card(router: Router) -> None:
    assert router.route("why is it so risky to take ket with xanax", "en").kind == "combo"


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("амфетамин на антидепрессантах, можно?", "ru", "amphetamine"),
        ("після антидепресантів можна мефедрон?", "uk", "mephedrone"),
        ("трамадол со снотворным вместе можно?", "ru", "tramadol"),
    ],
)
def test_a_case_form_of_a_word_with_several_meanings(
    router: Router, text: str, lang: str, other: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.guessed, (text, intent)
    assert other in (intent.substances or ()), (text, intent)


def test_pills_in_a_case_form_stay_unread(router: Router) -> None:
    # the forms a drug comes in are read only as listed ("таблетками от головы" names nothing)
    assert router.route("таблетками от давления можно запивать чай?", "ru").kind == "topic"


@pytest.mark.parametrize(
    "text",
    [
        "i used gear last night, can i take my methadone today",
        "done some gear this arvo, is a valium ok",
        "had some gear earlier, can i have a pint now",
    ],
)
def test_gear_used_or_had_is_heroin(router: Router, text: str) -> None:
    intent = router.route(text, "en")
    assert intent.kind == "combo" and "heroin" in (intent.substances or ()), (text, intent)


@pytest.mark.parametrize(
    "text", ["sold my used gear and bought a beer", "new climbing gear and a cider after"]
)
def test_gear_as_kit_names_nothing(router: Router, text: str) -> None:
    assert router.route(text, "en").kind == "topic", text
