"""Kinds of phrasing the router missed on blind3-tune (issue 9), each said several ways in every
language: "the same session" as together, "than apart" and "as X as", places said after "is there",
the spot where one injects, a whole country, shelter / peer support / STI words."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library.cues import everyday_frame, small_talk

ROOT = Path(__file__).resolve().parents[2]


# -- taken in one session, night or evening: together --------------------------------------------
SAME_SESSION = [
    ("coke and ket in the same session, how bad", "en", {"cocaine", "ketamine"}),
    ("mdma and speed on the same night out?", "en", {"mdma", "amphetamine"}),
    ("мефедрон и алкоголь в один вечер это норм", "ru", {"mephedrone", "alcohol"}),
    ("кокаин и кетамин за одну ночь можно", "ru", {"cocaine", "ketamine"}),
    ("мефедрон і алкоголь в один вечір це ок", "uk", {"mephedrone", "alcohol"}),
    ("mdma y ketamina en la misma fiesta?", "es", {"mdma", "ketamine"}),
    ("coca y alcohol en la misma sesion que onda", "es", {"cocaine", "alcohol"}),
]


@pytest.mark.parametrize(("text", "lang", "pair"), SAME_SESSION)
def test_one_session_is_together(router, text: str, lang: str, pair: set[str]) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", intent
    assert set(intent.substances) == pair


# -- the mix against each one alone is a combination; "as strong as" compares ---------------------
APART = [
    ("is mdma with alcohol worse than either alone", "en", "combo"),
    ("coke with heroin more dangerous than taking them separately?", "en", "combo"),
    ("кокаин с героином опаснее чем по отдельности?", "ru", "combo"),
    ("кокаїн з героїном небезпечніше ніж окремо?", "uk", "combo"),
    ("mdma con alcohol es peor que por separado?", "es", "combo"),
    ("is 4mmc as strong on the heart as meph", "en", "topic"),
    ("is ket as addictive as coke", "en", "topic"),
    ("героин по сравнению с метадоном держит дольше?", "ru", "topic"),
    ("героїн порівняно з метадоном діє довше?", "uk", "topic"),
    ("la coca comparada con el speed dura menos?", "es", "topic"),
]


@pytest.mark.parametrize(("text", "lang", "kind"), APART)
def test_apart_and_as_as(router, text: str, lang: str, kind: str) -> None:
    assert router.route(text, lang).kind == kind


def test_as_dangerous_as_people_say_is_still_a_combination(router) -> None:
    intent = router.route("is G with alcohol really as dangerous as people say", "en")
    assert intent.kind == "combo" and set(intent.substances) == {"ghb", "alcohol"}


# -- the two named with "с"/"з" and then "мешают": taken together, not one inside the other -------
@pytest.mark.parametrize(
    ("text", "lang"),
    [("трамадол с лирикой мешают, зачем?", "ru"), ("трамадол з лірикою змішують, навіщо?", "uk")],
)
def test_a_named_pair_mixed_is_a_combination(router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances) == {"tramadol", "pregabalin"}


def test_something_mixed_into_a_drug_stays_a_topic(router) -> None:
    assert router.route("что за медетомидин, говорят его в фентанил мешают", "ru").kind == "topic"


# -- a lone G first, pints, бупрен ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("g con alcohol es muy peligroso?", "es", {"ghb", "alcohol"}),
        ("g with ket ok?", "en", {"ghb", "ketamine"}),
        ("can i take a valium after a few pints", "en", {"diazepam", "alcohol"}),
        ("метадон і бупрен можна разом?", "uk", {"methadone", "buprenorphine"}),
        ("бупрен с алкоголем можно?", "ru", {"buprenorphine", "alcohol"}),
    ],
)
def test_new_names(router, text: str, lang: str, pair: set[str]) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", intent
    assert set(intent.substances) == pair


def test_five_grams_is_no_ghb(router) -> None:
    assert router.route("5 g of weed and a beer", "en").substances != ("ghb", "alcohol")


# -- services said with words the router did not know ---------------------------------------------
SERVICES = [
    ("where can i sleep tonight in leeds", "en", "shelter"),
    ("im homeless where can i go in bristol", "en", "shelter"),
    ("где переночевать бездомному в харькове", "ru", "shelter"),
    ("donde dormir esta noche en valencia", "es", "shelter"),
    ("is there a peer group near me for people who use", "en", "peer-support"),
    ("где найти группу взаимопомощи в казани", "ru", "peer-support"),
    ("де знайти рівного консультанта у львові", "uk", "peer-support"),
    ("grupo de ayuda mutua cerca de mi", "es", "peer-support"),
    ("where can i get checked for syphilis in glasgow", "en", "sexual-health"),
    ("где провериться на сифилис в минске анонимно", "ru", "sexual-health"),
    ("де перевіритись на хламідії у дніпрі", "uk", "sexual-health"),
    ("donde hacerme prueba de sifilis en lima", "es", "sexual-health"),
    ("clinica de metadona en monterrey que acepte nuevos", "es", "opioid-agonist-therapy"),
    ("methadone clinic in leeds that's taking people", "en", "opioid-agonist-therapy"),
    ("есть в харькове обмен шприцов", "ru", "syringe-services"),
    ("чи є у львові замісна терапія", "uk", "opioid-agonist-therapy"),
]


@pytest.mark.parametrize(("text", "lang", "type_id"), SERVICES)
def test_service_words(router, text: str, lang: str, type_id: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service", intent
    assert intent.service_type == type_id


def test_the_place_stops_before_that(router) -> None:
    intent = router.route("methadone clinic in leeds that's taking people", "en")
    assert intent.place == "leeds"


# -- questions that are not a search for a service ------------------------------------------------
NOT_SERVICES = [
    ("есть ли в метадоне что-то опасное для печени", "ru"),
    ("есть в бупренорфине налоксон?", "ru"),
    ("чи є в налоксоні якісь побічні ефекти", "uk"),
    ("налоксон продают без рецепта в россии?", "ru"),
    ("is naloxone sold without prescription in the uk", "en"),
    ("donde me pincho se puso rojo, es un absceso?", "es"),
    ("where i inject it went red and hot, abscess?", "en"),
    ("где кололся покраснело и опухло, это абсцесс?", "ru"),
    ("де колов почервоніло, це абсцес?", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_SERVICES)
def test_not_a_service_search(router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != "service"


# -- greetings and everyday senses of street words get no library answer -------------------------
SMALL_TALK = [
    ("hi there, how are you?", "en"),
    ("good morning mate", "en"),
    ("здравствуйте, как ваши дела?", "ru"),
    ("приветик, что нового", "ru"),
    ("добрий вечір, як ви?", "uk"),
    ("вітаю! як життя?", "uk"),
    ("buenas noches, como te va", "es"),
    ("holi, que onda", "es"),
]


@pytest.mark.parametrize(("text", "lang"), SMALL_TALK)
def test_small_talk_gets_no_topic(index, text: str, lang: str) -> None:
    assert small_talk(text)
    assert everyday_frame(text)
    assert index.search(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "hi, how much coke is too much",
        "привет, где взять налоксон",
        "привіт, як справи, мене ломає",
        "hola, que onda con el cristal",
    ],
)
def test_a_greeting_before_a_question_is_no_small_talk(text: str) -> None:
    assert not small_talk(text)
    assert not everyday_frame(text)


EVERYDAY_SENSES = [
    "how to get clear ice cubes for cocktails",
    "can of coke or pepsi which has more sugar",
    "my crystal chandelier is dusty how to clean",
    "какая марка нужна на письмо за границу",
    "скільки коштує марка на листівку",
    "como limpiar un florero de cristal",
    "hielo para cocteles en casa",
    "кристальная ваза треснула",
]


@pytest.mark.parametrize("text", EVERYDAY_SENSES)
def test_street_words_in_everyday_senses(text: str) -> None:
    assert everyday_frame(text)


@pytest.mark.parametrize(
    "text",
    [
        "does coke rot your teeth",
        "coke and a few cocktails tonight safe?",
        "ice in a glass pipe how much",
        "марка и письмо от закладчика",
    ],
)
def test_drug_senses_stay_drug_questions(text: str) -> None:
    assert not everyday_frame(text)
