"""Kinds of miss fixed after tune10 (issue 9), on the real content: everyday messages that share a
street word (ice on a road, a cola, "crack" as Spanish praise or a crack in a screen, grass in a
park, a flu jab) stay unanswered, while the same words in a drug question do not; a first-aid kit
("аптечка") is where something lies, not a place to look in; "на тусах" is a party, not tusi;
inflected slang ("на кете", "з ганджею", "кладменів", "с фенами") reaches its topic. The messages
are written for this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.combos import ComboChecker
from bot.library.intent import Route, Router
from bot.library.lexicon import Lexicon
from bot.library.model import Library


@pytest.mark.parametrize(
    "text",
    [
        "black ice on the roads again, drive carefully",
        "coca zero o coca light, cuál tiene menos azúcar",
        "sos un crack, gracias por la ayuda",
        "there's a crack in my laptop screen",
        "у парку трава вже зелена, весна",
        "got my covid booster yesterday, feel rough",
        "what speed should a beginner run a 10k at",
        "rum and coke has how many calories",
        "how many hours should a toddler sleep",
        "хочу подарить внуку баян, где учат играть",
    ],
)
def test_everyday_messages_with_a_street_word(text: str) -> None:
    assert cues.everyday_frame(text), text


@pytest.mark.parametrize(
    "text",
    [
        "smoked grass in the park and got really paranoid",
        "курили траву в парку, що буде якщо спіймають",
        "is it safer to smoke crack from a glass pipe",
        "qué pasa si mezclo coca con alcohol",
        "how much ice is too much for a road trip",
        "how many hours should i sleep after a meth binge",
        "ломота в тілі, це після грипу чи кумар",
        "is it safe to run on speed",
    ],
)
def test_drug_questions_keep_their_answer(text: str) -> None:
    assert not cues.everyday_frame(text), text


@pytest.fixture(scope="module")
def router(real: Library) -> Router:
    return Router(ComboChecker(real), real.lexicon or Lexicon())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "в аптечці лежить налоксон з минулого року, він ще діє?"),
        ("ru", "налоксон в аптечке просрочен, можно колоть?"),
        ("ru", "на тусах все берут гэшку, сколько это много"),
    ],
)
def test_topic_questions_stay_topic_questions(router: Router, lang: str, text: str) -> None:
    assert router.route(text, lang).kind is Route.TOPIC, text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("what do we do if a mate goes over and there's no narcan", "overdose-response"),
        ("что делать если друг передознулся, а налоксона нет", "overdose-response"),
        ("як перевірити що це справді кетамін, а не якусь хімію", "drug-checking"),
        ("cómo sé si es md de verdad", "drug-checking"),
    ],
)
def test_the_question_asks_for_its_topic(text: str, topic: str) -> None:
    assert cues.asked_topics(text)[:1] == (topic,), text


@pytest.mark.parametrize(
    "text",
    [
        "what should i do to avoid an overdose",
        "how do i know if it is really withdrawal",
        "how do i know if i really overdosed",
    ],
)
def test_neither_the_steps_nor_checking(text: str) -> None:
    assert not {"overdose-response", "drug-checking"} & set(cues.asked_topics(text)), text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("хлопець кличе на сесію з мєфом і джі, як не втратити контроль", "chemsex"),
        ("парень зовёт на секс-вечеринку с тиной, как себя обезопасить", "chemsex"),
        ("три тижні лежав у лікарні, скільки тепер можна вжити", "tolerance-loss"),
        ("just got out of rehab, how much can i use now", "tolerance-loss"),
        ("що мені світить по закону за один пакетик", "police-and-rights"),
    ],
)
def test_more_questions_ask_for_their_topic(text: str, topic: str) -> None:
    assert topic in cues.asked_topics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "condom broke last night with a new guy, can i still get pep",
        "how much g is too much at a party",
        "how much methadone do they give you in prison",
        "сколько стоит реабилитация",
    ],
)
def test_no_chemsex_nor_lost_tolerance_without_both_halves(text: str) -> None:
    assert not {"chemsex", "tolerance-loss"} & set(cues.asked_topics(text)), text


def test_reagents_and_doubts_are_testing() -> None:
    assert cues.asks_testing("Марквіс став синім, це нормально для кетаміну?")
    assert cues.asks_testing("кажуть що кокс бадяжений, як перевірити")
    assert cues.asks_testing("how do i know my molly is real")
    assert cues.asks_stimulant_signs("які ознаки що серце не витримує після мефу")
    assert not cues.asks_stimulant_signs("які ознаки залежності від мефу")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("police stopped me and want my phone passcode, do i have to", "police-and-rights"),
        ("security found a baggie on me at the club, what now", "police-and-rights"),
        ("чому небезпечно мішати феназепам з алкоголем і лірикою", "mixing-depressants"),
        ("por qué es peligroso juntar rivotril con alcohol", "mixing-depressants"),
        ("siempre fallo la vena, qué hago mal", "safer-injecting"),
        ("куда безопаснее колоть, в руку или в ногу", "safer-injecting"),
        ("estuve tres meses sin consumir, puedo meterme lo mismo que antes", "tolerance-loss"),
    ],
)
def test_still_more_questions_ask_for_their_topic(text: str, topic: str) -> None:
    assert topic in cues.asked_topics(text), text


def test_a_passcode_or_a_sniffer_dog_with_the_police_is_not_off_topic() -> None:
    assert not cues.off_topic_subject("the police want my passcode, do i have to give it")
    assert not cues.off_topic_subject("a sniffer dog stopped me at the station, can they search")
    assert cues.off_topic_subject("how do i reset my passcode")
    assert cues.off_topic_subject("my dog ate a sock")


def test_one_depressant_is_not_a_mix() -> None:
    assert cues.depressants_named("why is alcohol withdrawal dangerous") == 1
    assert "mixing-depressants" not in cues.asked_topics("why is alcohol withdrawal dangerous")
    assert cues.names_reagent("Марквіс став синім")
    assert cues.names_cannabis("від шишок серце калатає")


def test_the_bot_keeping_what_one_writes_is_about_the_bot() -> None:
    assert cues.asks_about_bot("вы сохраняете то что я пишу?")
    assert cues.asks_about_bot("ви зберігаєте що я пишу тут?")
    assert cues.asks_about_bot("do you store what i type")
    assert cues.asks_mixing_depressants("why is it bad to mix xanax and alcohol")
    assert not cues.asks_mixing_depressants("why is xanax so addictive")


def test_the_overdose_steps_when_there_is_no_naloxone() -> None:
    assert cues.asks_overdose_steps("що робити при передозі якщо налоксону немає")
    assert cues.asks_overdose_steps("what do we do if someone ods and there's no narcan")
    assert not cues.asks_overdose_steps("what should i do to avoid an overdose")
    assert not cues.asks_overdose_steps("what to do if my friend overdid the coke")
