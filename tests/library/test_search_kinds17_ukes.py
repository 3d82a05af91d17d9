"""Kinds of Ukrainian and Spanish miss fixed after blind13 became tuning data (session 16, late
round), on the real content, without sentence embeddings (the messages are written for this test,
not copied from the labelled sets).

- A lump after a shot said in Ukrainian or Russian ("гуля після ін'єкції", "нарыв после укола"):
  wound care, not how to inject.
- A benzodiazepine named by its family ending ("діазепам", "альпразолам", "етизолам") and
  taken with the verb of drinking: stopping it is the benzodiazepines' withdrawal, not alcohol's.
- Lips burnt by a pipe said with the verb of burning ("як не попекти губи", "обжечь губы"):
  safer smoking, not the drug smoked.
- Spanish everyday senses: glassware that gets scratched ("vasos de cristal que se rayan") and a
  Colombian coffee ("un perico con pandebono") are no questions for the library; a line of
  "perico" snorted stays cocaine.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("гуля після ін'єкції на стегні, гаряча на дотик", "uk"),
        ("ущільнення після уколу в руку вже тиждень не сходить", "uk"),
        ("нарыв после укола на ноге, что делать", "ru"),
        ("шишак від уколу в паху, червоний і пече", "uk"),
    ],
)
def test_a_lump_after_a_shot_is_wound_care(index: SearchIndex, text: str, lang: str) -> None:
    found = index.search(text, lang)
    assert found and found[0].topic_id == "wound-care", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    ["лоразепам", "бромазепам", "гідазепам", "etizolam", "flualprazolam", "нитразепам"],
)
def test_a_benzodiazepine_is_named_by_its_family_ending(text: str) -> None:
    assert cues.names_benzodiazepine(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("п'ю діазепам вже пів року щодня, можна кинути одразу?", "uk"),
        ("п'ю альпразолам щодня, як кинути без наслідків", "uk"),
    ],
)
def test_drinking_a_benzodiazepine_is_not_alcohol_withdrawal(
    index: SearchIndex, text: str, lang: str
) -> None:
    found = index.search(text, lang)
    assert found and found[0].topic_id == "benzodiazepine-withdrawal", [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "vasos de cristal que no se rayen en el lavavajillas",
        "una lampara de cristal, como la limpio sin rayarla",
        "copas de cristal finas, con que jabon las lavo",
        "un tinto o un perico en la panaderia, cual tiene mas cafe",
        "pedi un perico con almojabana para el desayuno, rico",
    ],
)
def test_spanish_everyday_glass_and_coffee_are_off_topic(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == []


@pytest.mark.parametrize(
    "text",
    [
        "me hice unas rayas de perico y no duermo",
        "cuanto dura el perico en la sangre",
        "cristal fumado, como no quemarme los labios",
    ],
)
def test_spanish_drug_questions_stay_answered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es"), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("меф курю з трубки, губи печуть, що робити", "uk"),
        ("соль курю из стекла, как не обжечь губы", "ru"),
        ("фен курю з лампочки, як не обпекти губи", "uk"),
    ],
)
def test_lips_burnt_by_the_pipe_are_safer_smoking(index: SearchIndex, text: str, lang: str) -> None:
    found = index.search(text, lang)
    assert found and found[0].topic_id == "safer-smoking", [h.topic_id for h in found]
