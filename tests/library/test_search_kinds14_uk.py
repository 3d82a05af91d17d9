"""Kinds of Ukrainian miss fixed after tune13 (issue 9, fourteenth session), on the real content,
without sentence embeddings (the words alone; the messages are written for this test, not copied
from the labelled sets).

- Wanting to die in words the crisis rules know puts the crisis topic first in search too.
- Surzhyk forms the lemmatizer does not know: "передознулась", "перебрав" (an overdose),
  "опіатах" (opioids), "як понять" (how to tell).
- Methamphetamine crystals named as such ("мет кристали") are methamphetamine, not the salts.
- What street heroin or methadone is cut with ("чим бодяжать") is the street-drugs topic.
- A street word in its everyday sense is no service question ("баян" at a wedding or a music
  school); the Ukrainian plural of "баян" still finds the syringe services.
- "на тусі" (at a party) never names tusi, the pink mix.
- Benzodiazepines named in Ukrainian pharmacy forms ("гідазепам", "алпразоламу").
- Mixing said "мішати", "поєднувати"; "найнебезпечніше" (the most dangerous) is no typo of
  "найбезпечніший" (the safest).
- A break and "скільки тепер можна" (how much now), "в ребцентрі": tolerance lost.
- What an overdose looks like ("як виглядає передоз", "зіниці як точки"): the signs.
- Where to put used syringes ("куди дівати", "у смітник") is the disposal topic, not the finder.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    "text",
    [
        "краще б мене взагалі не було",
        "хочу щоб мене не стало, все набридло",
        "не хочу більше прокидатись зранку",
    ],
)
def test_wanting_to_die_puts_the_crisis_topic_first(index: SearchIndex, text: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == "mental-health-crisis"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("сестра передознулась вчора, як зрозуміти шо це було", "overdose-signs-opioids"),
        ("як понять шо людина на опіатах а не спить", "overdose-signs-opioids"),
        ("перебрала з феном на вихідних, як зрозуміти шо це був передоз", "stimulant-overdose"),
        ("кристали мету скільки тримають", "methamphetamine"),
        ("кристалічний мет шо з ним не так", "methamphetamine"),
        ("чим зараз бодяжать герич на районі", "street-methadone-heroin"),
        ("гера слабка пішла, чим її розбавляють", "street-methadone-heroin"),
    ],
)
def test_surzhyk_forms_reach_the_topic(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "де купити баян доньці в музичну школу в житомирі",
        "шукаємо баяніста на весілля у вінниці",
    ],
)
def test_an_accordion_is_no_service(router: Router, text: str) -> None:
    assert router.route(text, "uk").kind != Route.SERVICE


@pytest.mark.parametrize("text", ["де поміняти баяни у луцьку", "є десь в одесі пачка баянів?"])
def test_ukrainian_plural_of_bayan_finds_syringes(router: Router, text: str) -> None:
    intent = router.route(text, "uk")
    assert intent.kind == Route.SERVICE and intent.service_type == "syringe-services"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("на тусі пив воду, а мдма скільки можна", Route.TOPIC),
        ("після тусі кетамін ще тримає, це норм", Route.TOPIC),
        ("тусі і алкоголь разом можна?", Route.COMBO),
    ],
)
def test_na_tusi_is_a_party(router: Router, text: str, kind: Route) -> None:
    assert router.route(text, "uk").kind == kind


@pytest.mark.parametrize(
    "text", ["куди подівати старі шприци, у смітник можна?", "баяни назбирались, куди їх дівати"]
)
def test_where_to_put_used_syringes_is_the_disposal_topic(router: Router, text: str) -> None:
    assert router.route(text, "uk").kind == Route.TOPIC


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("гідазепам на ніч від тривоги, чи звикаєш до нього", "benzodiazepines"),
        ("як поступово злізти з алпразоламу", "benzodiazepine-withdrawal"),
    ],
)
def test_benzodiazepines_by_their_ukrainian_forms(
    index: SearchIndex, text: str, topic: str
) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "навіщо взагалі мішати заспокійливі з бухлом, чим це погано",
        "які депресанти найнебезпечніше брати разом",
    ],
)
def test_mixing_said_in_ukrainian_is_the_mixing_topic(index: SearchIndex, text: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == "mixing-depressants", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "три місяці в ребцентрі без нічого, скільки тепер брати щоб не накрило",
        "вийшов з лікарні, місяць нічого не було, скільки тепер колоти",
    ],
)
def test_a_break_and_how_much_now_is_tolerance_loss(index: SearchIndex, text: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == "tolerance-loss", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "як виглядає передоз, хочу знати заздалегідь",
        "у нього зіниці як точки після дози, це нормально?",
    ],
)
def test_what_an_opioid_overdose_looks_like(index: SearchIndex, text: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == "overdose-signs-opioids", [h.topic_id for h in found]


# Kinds fixed after blind11-tune's look (late round): fresh wordings, never the labelled texts.
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # whether the chat is recorded or read by someone
        ("ви записуєте наші розмови? хтось їх читає потім?", "about-this-bot"),
        # someone to talk to, from a person who feels low (even with "анонімно")
        ("мені погано останні тижні, з ким можна поговорити анонімно", "mental-health-crisis"),
        # Ukrainian case forms of street words: "бошок" (buds), "коки" (cocaine), "альпразолам"
        ("від бошок накриває тривогою, шо робити", "cannabis"),
        ("скільки тримає після коки і чому так тягне добрати", "cocaine"),
        ("альпразолам скільки діє в організмі", "benzodiazepines"),
        # hidden veins, "колотись"
        ("вени поховались, куди тепер колотись", "safer-injecting"),
        # what one faces ("шо світить") and an interrogation ("на допиті")
        ("шо світить за кілька грам мєфу в кишені", "police-and-rights"),
        ("викликали на допит через знайомого, шо говорити", "police-and-rights"),
        # a break and using once to celebrate
        ("після ребцентру хочу разок відсвяткувати, це ризиковано?", "tolerance-loss"),
        # naloxone in ampoules with a syringe
        ("налоксон в ампулах як його набрати шприцом", "naloxone"),
    ],
)
def test_blind11_kinds_uk(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


def test_really_the_drug_not_a_fake_is_testing_uk(index: SearchIndex) -> None:
    found = index.search("як перевірити шо це справжній кокс а не паль", "uk")
    assert found and found[0].topic_id in ("drug-checking", "reagent-tests"), [
        h.topic_id for h in found
    ]


def test_a_cracking_glass_pipe_is_safer_smoking_uk(index: SearchIndex) -> None:
    found = index.search("скло тріскається від вогню, з чого краще курити", "uk")
    assert found and found[0].topic_id == "safer-smoking", [h.topic_id for h in found]
