"""A known place typed in lower case at the end of a short request (fifteenth session, second
round, issue 9), on the real content, in fresh words: the service and then a place the bot knows
(``content/places.yaml``, ``content/regions.yaml``), with no preposition ("syringe exchange
cardiff", "налоксон пермь", "замісна терапія суми", "naloxona guadalajara"), opens the finder
there, also for a place of two or three words ("new york", "ciudad de mexico"); an everyday
word in that spot ("price", "цена", "інструкція", "precio") and a place's name that is also an
everyday word ("oral", "once", "centro") stay the topic's question, and a lower-case word the
bot does not know as a place is never guessed to be one."""

from __future__ import annotations

import pytest

from bot.library.intent import Intent, Router, known_place_names


def assert_finder(intent: Intent, service_type: str, place: str | None, text: str) -> None:
    """The service finder opens with this type and this place (None: no place)."""
    assert intent.kind == "service", (text, intent)
    assert intent.service_type == service_type, (text, intent)
    assert intent.place == place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "service_type", "place"),
    [
        ("syringe exchange cardiff", "en", "syringe-services", "cardiff"),
        ("free naloxone liverpool", "en", "naloxone", "liverpool"),
        ("hiv testing birmingham", "en", "hiv-testing", "birmingham"),
        ("drug checking glasgow", "en", "drug-checking", "glasgow"),
        ("naloxone new york", "en", "naloxone", "new york"),
        ("methadone clinic cardiff", "en", "opioid-agonist-therapy", "cardiff"),
        ("обмен шприцев томск", "ru", "syringe-services", "томск"),
        ("налоксон пермь", "ru", "naloxone", "пермь"),
        ("тест на вич казань", "ru", "hiv-testing", "казань"),
        ("метадон киров", "ru", "opioid-agonist-therapy", "киров"),
        ("обмін шприців луцьк", "uk", "syringe-services", "луцьк"),
        ("тест на віл рівне", "uk", "hiv-testing", "рівне"),
        ("налоксон вінниця", "uk", "naloxone", "вінниця"),
        ("замісна терапія суми", "uk", "opioid-agonist-therapy", "суми"),
        ("naloxona guadalajara", "es", "naloxone", "guadalajara"),
        ("prueba de vih quito", "es", "hiv-testing", "quito"),
        ("intercambio de jeringas valparaiso", "es", "syringe-services", "valparaiso"),
        ("analisis de sustancias bilbao", "es", "drug-checking", "bilbao"),
    ],
)
def test_a_known_place_typed_last_opens_the_finder(
    router: Router, text: str, lang: str, service_type: str, place: str
) -> None:
    assert_finder(router.route(text, lang), service_type, place, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("naloxone nasal spray", "en"),
        ("hiv test cost", "en"),
        ("needle exchange rules", "en"),
        ("hiv test oral", "en"),
        ("methadone taper", "en"),
        ("тест на вич цена", "ru"),
        ("налоксон инструкция", "ru"),
        ("метадон побочки", "ru"),
        ("обмен шприцев анонимность", "ru"),
        ("налоксон ціна", "uk"),
        ("тест на віл точність", "uk"),
        ("метадон інструкція", "uk"),
        ("обмін шприців правила", "uk"),
        ("naloxona precio", "es"),
        ("prueba de vih fiabilidad", "es"),
        ("metadona reglas", "es"),
        ("naloxona nasal", "es"),
    ],
)
def test_an_everyday_word_typed_last_stays_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


def test_an_unknown_lower_case_word_is_no_place(router: Router) -> None:
    """Only the places the router was given count: with none, a lower-case word stays a word."""
    bare = Router(router.checker, router.lexicon, places=frozenset())
    assert bare.route("налоксон пермь", "ru").kind == "topic"
    assert bare.route("naloxone Cardiff", "en").kind == "service"  # a capital still tells


def test_the_known_places_are_folded_names_loaded_once() -> None:
    names = known_place_names()
    assert {"cardiff", "пермь", "рівне", "guadalajara", "new york"} <= names
    assert known_place_names() is names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("which shouldn't be mixed: opioids, benzos or booze", "en"),
        ("what can't you combine out of heroin, xanax and alcohol", "en"),
        ("что нельзя смешивать из опиатов, бензов и алкоголя", "ru"),
        ("чего не стоит мешать: метадон, феназепам, водка", "ru"),
        ("що не можна змішувати: трамадол, феназепам і пиво", "uk"),
        ("чого не варто мішати: метадон, лірика, горілка", "uk"),
        ("qué no se debe mezclar entre opioides, benzos y alcohol", "es"),
        ("cuáles no hay que juntar: heroína, clonazepam y alcohol", "es"),
    ],
)
def test_which_of_several_not_to_mix_is_the_mixing_topic(
    router: Router, text: str, lang: str
) -> None:
    """Which of three or more not to mix, asked in general: the mixing topic, not one card."""
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("took heroin, xanax and beer, can't stay awake, what now", "en"),
        ("выпил метадон, феназепам и пиво, что теперь делать", "ru"),
        ("прийняв метадон, ліріку і пиво, що робити", "uk"),
        ("tomé heroína, clonazepam y cerveza, qué hago", "es"),
    ],
)
def test_several_taken_stay_a_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("where can i get my powder checked", None),
        ("where could i have my powder tested", None),
        ("anywhere to get my gear checked in bristol", "bristol"),
        ("somewhere to get a baggie tested near me", None),
    ],
)
def test_having_ones_drugs_checked_is_drug_checking(
    router: Router, text: str, place: str | None
) -> None:
    """Where to have one's drugs checked or tested is the drug-checking service, as "pills
    tested" already was: a service that tests, never HIV testing."""
    assert_finder(router.route(text, "en"), "drug-checking", place, text)
