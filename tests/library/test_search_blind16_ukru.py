"""Kinds of Russian and Ukrainian search miss fixed after blind16-tune's look (issue 9, nineteenth
session, late round), on the real content without sentence embeddings (the messages are written
for this test, not copied from the labelled sets).

- Street methadone by its two letters ("мх"); never "мха" (moss).
- A rolled banknote shared to snort ("скручену купюру по колу"): safer snorting; a banknote
  alone (forged, changed at a bank) is money.
- A dead drop "taken off" ("зняла клад", "снял клад"): dead drops; a treasure found in a game
  is not one.
- Snow in the mountains or at a ski resort ("снег в Альпах", "сніг на Буковелі"): weather, not
  cocaine; snow snorted stays cocaine.
- Someone hears voices, after a drug or not: the crisis topic first (thinking one is followed
  only adds it: paranoia on a stimulant stays the stimulant's page); a close person who says nothing makes sense or cannot cope, asked how to support them:
  the crisis topic; a machine that "does not cope with the heat" is not.
- How hard a benzodiazepine hits and a first try ("сильно вырубает, хочу попробовать впервые"):
  the substance's own topic, not its withdrawal; stopping stays withdrawal.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str, lang: str) -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("мх з рук скільки діє", "uk", "street-methadone-heroin"),
        ("взял мх на точке, сколько мг безопасно", "ru", "street-methadone-heroin"),
        ("по колу пускали скручену купюру, можна щось підхопити?", "uk", "safer-snorting"),
        ("нюхали через свернутую купюру вчетвером, чем это опасно", "ru", "safer-snorting"),
        ("зняла клад біля гаражів, а пакет порваний, шо робити", "uk", "dead-drops"),
        ("снял клад в лесу, а там пусто, что делать", "ru", "dead-drops"),
        ("снег нюхать первый раз сколько брать", "ru", "cocaine"),
    ],
)
def test_street_words(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    assert _first(index, text, lang) == topic, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("мха на камнях много, как убрать", "ru"),
        ("фальшивая купюра как проверить", "ru"),
        ("знайшов клад у грі, як його відкрити", "uk"),
        ("снігу в горах вже багато?", "uk"),
        ("снег в Альпах сейчас есть?", "ru"),
        ("сніг на Буковелі вже лежить?", "uk"),
        ("кондиционер не справляется с жарой, как поддержать прохладу", "ru"),
        ("как поддержать сестру перед экзаменом", "ru"),
    ],
)
def test_everyday_stays_unanswered(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("подруга после мефа слышит голоса и думает что за ней следят, что делать", "ru"),
        ("брат каже шо за ним стежать і чує голоси, трава це могла бути?", "uk"),
        ("друг говорит что всё бессмысленно и не справляется, как его поддержать", "ru"),
    ],
)
def test_psychosis_and_despair_are_the_crisis_topic(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert _first(index, text, lang) == cues.MENTAL_HEALTH, text


def test_psychosis_signs_guards() -> None:
    assert cues.psychosis_signs("she hears voices at night")
    assert cues.asks_psychosis_or_despair("he thinks he's being followed everywhere")
    assert not cues.psychosis_signs("чую голоси сусідів за стіною")
    assert not cues.psychosis_signs("слышу голоса детей во дворе")
    assert not cues.asks_psychosis_or_despair("ноутбук не справляється з іграми, як підтримати")


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("діазепам сильно накриває? хочу спробувати перший раз", "uk", "benzodiazepines"),
        ("феназепам сильно рубит? хочу попробовать впервые", "ru", "benzodiazepines"),
        ("хочу впервые бросить клоназепам, как снижать", "ru", "benzodiazepine-withdrawal"),
    ],
)
def test_first_try_is_the_substance(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    assert _first(index, text, lang) == topic, text
