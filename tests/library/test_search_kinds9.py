"""Kinds of miss fixed after blind7 (issue 9 item 5), on the real content: the right topic was
below the confidence cut because the library lacked the words people use. Take-away doses are the
treatment; dark thoughts and everything gone grey are the crisis topic; "шишки" in any form is
cannabis; refusing to testify or being made to give urine is the police topic; opening an
abscess is wound care; "перекумарить" is getting through opioid withdrawal; veins that hide are
safer injecting; sex on a high is chemsex; teeth gone numb after cocaine is cocaine. The search here has no sentence embeddings: the words alone (the messages are
written for this test, not copied from the labelled sets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library.search import SearchIndex

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "is it possible to get takeaway doses from the clinic", "opioid-agonist-therapy"),
        ("en", "dark thoughts keep coming back every evening", "mental-health-crisis"),
        ("ru", "после шишек накрывает паранойя, что делать", "cannabis"),
        ("ru", "всё серое уже месяц, ничего не хочется", "mental-health-crisis"),
        ("ru", "имею ли право отказаться от показаний", "police-and-rights"),
        ("ru", "могут ли заставить сдать мочу без адвоката", "police-and-rights"),
        ("ru", "как вскрыть абсцесс дома", "wound-care"),
        ("ru", "можно перекумарить дома без врачей?", "opioid-withdrawal"),
        ("uk", "секс під кайфом на вечірках, як не втратити голову", "chemsex"),
        ("uk", "після кокаїну німіють зуби і губи", "cocaine"),
        ("uk", "як перекумарити вдома без лікарів", "opioid-withdrawal"),
        ("es", "no me salen las venas del brazo", "safer-injecting"),
        ("es", "tengo las venas escondidas, qué hago", "safer-injecting"),
    ],
)
def test_the_words_people_use_reach_the_topic(
    index: SearchIndex, lang: str, text: str, topic: str
) -> None:
    found = index.search(text, lang)
    assert found and found[0].topic_id == topic


def test_a_shared_spoon_is_about_injecting_and_hepatitis(index: SearchIndex) -> None:
    found = [h.topic_id for h in index.search("спільна ложка це ризик гепатиту?", "uk")]
    assert set(found[:2]) == {"hepatitis-c", "safer-injecting"}
