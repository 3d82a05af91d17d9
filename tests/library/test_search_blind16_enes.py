"""Kinds of English and Spanish search miss fixed after blind16's look (issue 9, nineteenth session,
late round), on the real content (the messages are written for this test, not copied from the
labelled sets).

- "Crystal" among charms, stones and jewellery (a crystal shop, crystal healing, amethyst and
  quartz, a Swarovski pendant) is no methamphetamine: unanswered. Crystal bought, smoked or come
  down from, even beside a jewellery word, is still methamphetamine.
- Mephedrone's "m-cat" spelt with a k ("mkat", "m-kat", "mkats"): cathinones. A cat meowing is not.
- A body overheating on a stimulant or ecstasy said in plain English words ("way too hot",
  "burning up", "temperature through the roof"): the stimulant overdose first. Hot weather, a hot
  club and a child's fever are not. (The Spanish words, "se le sube la temperatura", "está
  ardiendo", "golpe de calor", were left out: with them a Spanish -aside message was lost.)
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str, lang: str) -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("any decent crystal shops in manchester that sell tumbled stones", "en"),
        ("looking for a crystal healing session near glasgow", "en"),
        ("which amethyst crystals are best for sleep under the pillow", "en"),
        ("are these swarovski crystal earrings real or fake", "en"),
        ("quiero regalar un colgante de cristal swarovski a mi madre", "es"),
        ("cristales de cuarzo para meditación, dónde los venden en cdmx", "es"),
        ("кристаллы аметиста для медитации где купить", "ru"),
    ],
)
def test_crystal_as_a_charm_or_jewel_stays_unanswered(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("bought crystal off a guy at the jewellery market, safe to smoke?", "en"),
        ("smoked crystal for two days, how do i get some sleep", "en"),
        ("crystal comedown hitting hard, feel paranoid", "en"),
    ],
)
def test_crystal_used_is_still_methamphetamine(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "methamphetamine", text


@pytest.mark.parametrize(
    "text",
    [
        "how long does m-kat keep you awake",
        "mkat comedown is rough, any tips to sleep",
        "did a few bumps of mkats and my jaw is going",
    ],
)
def test_m_cat_spelt_with_a_k_is_mephedrone(index: SearchIndex, text: str) -> None:
    assert _first(index, text, "en") == "cathinones", text


def test_a_cat_meowing_stays_unanswered(index: SearchIndex) -> None:
    assert index.search("my kitten keeps meowing at night, is she hungry", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my mate overheated on mdma, what should we do next time", "en"),
        ("body temperature going through the roof after a few lines of coke, is that normal", "en"),
    ],
)
def test_a_body_overheating_on_a_stimulant_is_the_stimulant_overdose(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert _first(index, text, lang) == "stimulant-overdose", text


@pytest.mark.parametrize(
    "text",
    [
        "its way too hot in the club, any tips for staying cool",
        "my toddler has a high temperature, when should i call the doctor",
        "mi hijo tiene fiebre muy alta desde ayer",
        "hace demasiado calor en sevilla este verano",
    ],
)
def test_heat_without_a_stimulant_is_not_the_overdose_cue(text: str) -> None:
    assert cues.STIMULANT_OVERDOSE not in cues.asked_topics(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my little girl has had a fever all day, should i worry", "en"),
        ("our baby has a temperature of 38.5 since this morning", "en"),
        ("mi nena tiene fiebre desde anoche, la llevo a urgencias?", "es"),
        ("los niños tienen calentura y tos, que les doy", "es"),
    ],
)
def test_a_childs_fever_stays_unanswered(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("my son took pills at a rave and now has a very high temperature", "en", None),
        ("fever and a hot red lump where i injected yesterday", "en", "wound-care"),
    ],
)
def test_a_fever_beside_a_drug_is_still_answered(
    index: SearchIndex, text: str, lang: str, topic: str | None
) -> None:
    first = _first(index, text, lang)
    assert first is not None, text
    if topic is not None:
        assert first == topic, text
