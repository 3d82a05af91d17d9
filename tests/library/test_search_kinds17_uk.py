"""Kinds of Ukrainian miss fixed after search tune17 (issue 9, seventeenth session), on the real
content, without sentence embeddings (the messages are written for this test, not copied from
the labelled sets).

- Home-made opium from poppy ("ханка", "черняшка"): the street opioids' topic (its keywords
  name them), not the signs of an opioid overdose; withdrawal after it stays withdrawal, and
  poppy seed for baking stays unanswered.
- A benzodiazepine in any Ukrainian case form ("на клоназепамі", "лоразепам") stopped with a
  Ukrainian verb ("різко кинути", "хочу злізти"): its withdrawal; asking about the drug itself
  stays the benzodiazepines' topic.
- What the bot logs or sees of a person ("ви логуєте айпі?", "зберігаєте мій номер?"): the bot's
  own topic; asking whether someone knows a helpline number is not about the bot.
- Fentanyl strips named by the adjective or beside "фент" ("фентанілові смужки", "смужка на
  фент"): the strips' topic; stripes on nails are nothing.
- A lump on the body after a shot named by its street word ("шишка після ширки"): wound care,
  and never a combination of cannabis buds with opium; buds smoked with a drink stay a
  combination.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "uk")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("як варять ханку і чим вона небезпечна", "street-methadone-heroin"),
        ("черняшку з маку колють ще в селах?", "street-methadone-heroin"),
        ("ламає після ханки вже другий день, як пережити", "opioid-withdrawal"),
        ("пʼю лоразепам третій рік, хочу злізти поступово", "benzodiazepine-withdrawal"),
        ("на клоназепамі щоночі, шо буде якщо різко кинути", "benzodiazepine-withdrawal"),
        ("на феназепамі можна за кермо сідати?", "benzodiazepines"),
        ("ви логуєте мій номер чи айпі?", "about-this-bot"),
        ("а ви зберігаєте мою геолокацію?", "about-this-bot"),
        ("фентанілові смужки взагалі точні чи брешуть?", "fentanyl-test-strips"),
        ("смужка на фент показала дві риски, шо це значить", "fentanyl-test-strips"),
        ("гаряча шишка на руці після ширки, гноїться", "wound-care"),
    ],
)
def test_ukrainian_kinds(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


@pytest.mark.parametrize(
    "text",
    [
        "мак для булочок треба запарювати чи ні",
        "смужки на нігтях як прибрати",
    ],
)
def test_everyday_senses_stay_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "uk") == [], text


def test_a_helpline_number_is_not_about_the_bot() -> None:
    assert not cues.asks_about_bot("ви знаєте номер телефону довіри?")
    assert cues.asks_about_bot("ви бачите мій номер телефону?")


def test_stopping_a_benzodiazepine_in_ukrainian() -> None:
    assert cues.asks_benzo_withdrawal("хочу кинути гідазепам, пʼю пів року")
    assert not cues.asks_benzo_withdrawal("скільки діє гідазепам")
    # a Russian verb is read as before (no Ukrainian stopping word)
    assert not cues.asks_benzo_withdrawal("сижу на клоназепаме год")


def test_a_lump_after_a_shot_is_no_combination(router: Router) -> None:
    assert router.route("шишка на нозі після ширки, червона і болить", "uk").kind == Route.TOPIC
    assert router.route("шишки курю і пиво пʼю, можна разом?", "uk").kind == Route.COMBO
