"""Kinds of Russian and Ukrainian miss fixed in the late round of the twenty-second session (issue
9, helper srchuk, blind19-tune as tuning data), on the real content, without sentence embeddings
(the messages are written for this test, not copied from the labelled sets).

- Short street names in case forms the lexicon lacked: amphetamine as "амфом", "амфика", GHB as
  "гошка", drink as "бухлом": the combination card beside a second drug.
- Codeine cough and pain pills by brand ("коделак", "терпінкод", "солпадеин"): codeine, so the
  card beside a drink.
- One drug taken to knock down the other's comedown ("чтобы снять отходняк", "щоб зняти
  відходос"): a mix, the card; coping with the comedown itself stays a topic.
- Whether a drug CAN bring fits, asked in general ("можуть бути напади від ...", "бывают ли
  судороги с ..."), and naloxone failing against a drug told as hearsay: no emergency card; fits
  or a failed naloxone now keep it.
- Harming oneself less asked as harm reduction ("як собі менше нашкодити"): no crisis reply; a
  wish to be hurt keeps it.
"""

from __future__ import annotations

import pytest

from bot.library import crisis, emergency_text
from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("кофе с амфиком, сердце не посадю?", "ru"),
        ("водку с амфом мешать опасно?", "ru"),
        ("енергетик з амфом норм?", "uk"),
        ("гошку с водкой, что будет", "ru"),
        ("гошку з пивом пробували?", "uk"),
        ("фен под бухлом как идёт", "ru"),
        ("мет з бухлом сильно б'є по серцю?", "uk"),
    ],
)
def test_short_street_names_in_case_forms_beside_a_second_drug_get_the_card(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == Route.COMBO, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("коделак с водкой можно?", "ru"),
        ("солпадеин и вино вечером", "ru"),
        ("терпінкод з горілкою нормально?", "uk"),
        ("кодтерпін і пиво разом", "uk"),
    ],
)
def test_codeine_pills_by_brand_beside_a_drink_get_the_card(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == Route.COMBO, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("фен с феназепамом чтобы снять отходняк, ок?", "ru"),
        ("меф с трамадолом чтоб смягчить отходос", "ru"),
        ("мет з прегабаліном щоб зняти відходос", "uk"),
    ],
)
def test_a_drug_taken_to_knock_down_the_comedown_is_a_mix(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == Route.COMBO, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # coping with the comedown after two drugs, no drug taken against it: a topic
        ("отходняк после фена с пивом, как пережить", "ru"),
        ("відходняк після мефу з алкоголем, як пережити", "uk"),
    ],
)
def test_getting_through_a_comedown_stays_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == Route.TOPIC, text


@pytest.mark.parametrize(
    "text",
    [
        "можуть бути напади від прегабаліну у великих дозах?",
        "бывают ли судороги с бупропиона",
        "від мефу судоми бувають, правда?",
        "с альфы могут начаться припадки или это миф",
        "пишут, что налоксон на ксилазин не действует",
        "чула, наркан на медетомідин не діє, це правда?",
        "heard narcan doesn't work on tranq, true?",
    ],
)
def test_whether_a_drug_can_bring_fits_asked_in_general_is_no_emergency(text: str) -> None:
    assert not emergency_text.is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "у него бывают припадки, сейчас его бьёт судорогами на полу",
        "після солі в подруги судоми, не реагує",
        "від мефу можуть бути судоми? у друга зараз судоми",
        "дали налоксон, не действует, он синий и не дышит",
        "кажуть наркан не діє, а він не дихає вже",
    ],
)
def test_fits_or_a_failed_naloxone_now_keep_the_card(text: str) -> None:
    assert emergency_text.is_emergency(text), text


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("від прегабаліну можуть бути судоми?", "uk", "pregabalin"),
    ],
)
def test_the_general_fits_question_gets_its_drug_topic(
    index: SearchIndex, text: str, lang: str, topic: str
) -> None:
    results = index.search(text, lang)
    assert results and results[0].topic_id == topic, [r.topic_id for r in results]


@pytest.mark.parametrize(
    "text",
    [
        "як собі менше нашкодити на солі",
        "после фена сердце колотится, как поменьше навредить себе",
        "how to do less harm to myself on coke",
    ],
)
def test_harming_oneself_less_is_harm_reduction_not_a_crisis(text: str) -> None:
    assert not crisis.is_crisis(text), text


@pytest.mark.parametrize(
    "text",
    [
        "хочу себе навредить, не могу больше",
        "хочу собі нашкодити, все набридло",
    ],
)
def test_a_wish_to_be_hurt_keeps_the_crisis_reply(text: str) -> None:
    assert crisis.is_crisis(text), text
