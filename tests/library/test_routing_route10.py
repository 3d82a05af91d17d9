"""The routing kinds fixed after route10 and blind7-tune (issue 9 items 4 and 6), on the real
content: "where in <city> to get" with a Latin city before the rest of the question, "ПрЭП" typed
with Э, NA / АН groups and the other cases of "анонимные наркоманы" open the finder; a where
question joined to "what is it / what does it look like", a continent, "is it free?", the supply
that "has X now", a comparative with its second name, a second name set apart by "not", salt
beside tequila and a sewing machine's needle stay topic questions or unanswered; GHB slang,
baclofen and a spliff open the combination card. The combination checker reads the slang
lexicon before any typo suggestion, so a street word is never offered as another drug one letter
away ("crank" is no "crack", "bars" no barbiturates, "peta" no "keta")."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.library.intent import Router
from tests.cli_inprocess import hrbot_in_process

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "lang", "service_type", "place"),
    [
        ("где в Казани получить ПрЭП?", "ru", "prep-pep", "Казани"),
        ("¿dónde en Guadalajara me dan PrEP?", "es", "prep-pep", "Guadalajara"),
        ("where in Reading can I get naloxone", "en", "naloxone", "Reading"),
        ("need a shelter in Newcastle upon Tyne tonight", "en", "shelter", "Newcastle upon Tyne"),
        ("any NA meetings in Leicester?", "en", "peer-support", "Leicester"),
        ("¿hay grupos de NA en León?", "es", "peer-support", "León"),
        ("чи є в Луцьку групи АН?", "uk", "peer-support", "Луцьку"),
        ("есть ли группы АН в Твери?", "ru", "peer-support", "Твери"),
        ("собрания анонимных наркоманов в Перми где?", "ru", "peer-support", "Перми"),
    ],
)
def test_these_open_the_finder_with_the_place(
    router: Router, text: str, lang: str, service_type: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service", (text, intent)
    assert (intent.service_type, intent.place) == (service_type, place), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # where it is got, asked beside what it is or looks like
        ("где взять налоксон без рецепта и как он вообще выглядит", "ru"),
        ("where do people even get naloxone and what does it look like", "en"),
        # a continent, and whether such a thing exists here at all
        ("чув що в Європі можна віддати порошок на аналіз, у нас таке є?", "uk"),
        ("heard they test pills at festivals in Europe, do we have anything like that", "en"),
        ("в Европе можно сдать таблетки на анализ, а у нас такое есть?", "ru"),
        # what a treatment costs, asked
        ("гепатит С лікують софосбувіром, це безкоштовно?", "uk"),
        ("метадоновая программа бесплатная?", "ru"),
        ("замісна терапія безкоштовна?", "uk"),
        ("¿el tratamiento con metadona es gratis?", "es"),
        ("is hep c treatment free now or do you have to pay", "en"),
    ],
)
def test_these_stay_topic_questions_not_the_finder(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", (text, router.route(text, lang))


def test_a_lower_case_place_or_a_request_still_opens_the_finder(router: Router) -> None:
    # what the "free?" rule must not take away: free things looked for, and a place
    assert router.route("бесплатные шприцы в Киеве где", "ru").kind == "service"
    assert router.route("where can i get free naloxone in leeds", "en").kind == "service"
    assert router.route("¿dónde consigo naloxona gratis en Monterrey?", "es").kind == "service"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "heard philly dope has medetomidine now, what's the deal with the withdrawal from it",
            "en",
        ),
        ("the roxies going round here are pressed with fent, is that true", "en"),
        ("что за нитазены и чем они опаснее фентанила", "ru"),
        ("que son los nitazenos y por que son peores que el fentanilo", "es"),
        ("will narcan still work if the person took oxy pills and not heroin", "en"),
        ("¿la naloxona funciona si fue tramadol y no heroína?", "es"),
        ("чи подіє налоксон якщо це був трамадол а не героїн", "uk"),
    ],
)
def test_one_drug_in_the_supply_compared_or_set_apart_is_no_combination(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "topic", (text, router.route(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("соль и текила, как правильно пить", "ru"),
        ("сіль і текіла, як правильно пити", "uk"),
        ("какую иглу взять для кожи в швейную машинку", "ru"),
        ("яку голку взяти для шкіри у швейну машинку", "uk"),
    ],
)
def test_everyday_salt_and_sewing_needles_are_nothing_to_route(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "topic", (text, router.route(text, lang))


def test_salt_beside_a_drug_word_is_still_read(router: Router) -> None:
    assert router.route("соль и алкоголь вместе можно?", "ru").kind == "combo"


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("гэбэшка с алкоголем правда смертельно?", "ru", ("ghb", "alcohol")),
        ("гэбэшку с водкой можно?", "ru", ("ghb", "alcohol")),
        ("джи и меф на одной вечеринке, чем опасно", "ru", ("ghb", "mephedrone")),
        ("гебешка з горілкою, це смертельно?", "uk", ("ghb", "alcohol")),
        ("баклофен з алкоголем", "uk", ("baclofen", "alcohol")),
        ("baclofeno con alcohol, ¿es peligroso?", "es", ("baclofen", "alcohol")),
        ("seroquel and baclofen together to sleep, safe?", "en", ("quetiapine", "baclofen")),
        ("after dropping acid can i smoke a spliff to chill it out", "en", ("lsd", "cannabis")),
    ],
)
def test_combinations_of_these_kinds(router: Router, text: str, lang: str, pair) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.substances == pair, (text, intent)


def combo_json(a: str, b: str, lang: str, country: str | None = None) -> dict:
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(ROOT / "content")}
    args = ["combo", a, b, "--lang", lang, "--json"] + (["--country", country] if country else [])
    code, out, err = hrbot_in_process(*args, env=env)
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    ("a", "b", "lang", "country", "a_id"),
    [
        # slang the lexicon reads, never the drug one letter away that a typo suggestion offered
        ("crank", "alcohol", "en", None, "methamphetamine"),  # not "crack"
        ("bars", "alcohol", "en", None, "benzodiazepines"),  # not barbiturates
        ("paco", "alcohol", "es", "AR", "cocaine"),  # base paste, not heroin
        ("peta", "alcohol", "es", "ES", "cannabis"),  # a joint, not "keta" nor "meta"
        ("petas", "alcohol", "es", "ES", "cannabis"),  # not "setas"
        ("ширки", "алкоголь", "ru", None, "opium"),  # as "ширка" is, never cannabis ("шишки")
        # case forms and Ukrainian slang, and the issue's own examples
        ("феней", "пиво", "ru", None, "phenazepam"),  # never amphetamine's "фен"
        ("феня", "алкоголь", "ru", None, "phenazepam"),
        ("мівкою", "алкоголь", "uk", None, "mephedrone"),
        ("гэбэшка", "водка", "ru", None, "ghb"),
        ("chiva", "alcohol", "es", "MX", "heroin"),
        ("cristal", "alcohol", "es", "MX", "methamphetamine"),
        ("cristal", "alcohol", "es", "ES", "mdma"),
        ("fariña", "alcohol", "es", "ES", "cocaine"),
        # slang that got a wrong "did you mean" or none: "mois" (Mexico) was offered as MAOIs
        ("mois", "alcohol", "es", "MX", "cannabis"),
        ("roche", "alcohol", "es", "ES", "benzodiazepines"),
        ("kpins", "alcohol", "en", None, "benzodiazepines"),
        ("addies", "alcohol", "en", None, "amphetamine"),
        ("trammies", "alcohol", "en", None, "tramadol"),
        ("skag", "alcohol", "en", None, "heroin"),
        ("roxies", "alcohol", "en", None, "oxycodone"),
    ],
)
def test_the_checker_reads_street_words_as_the_lexicon_does(
    a: str, b: str, lang: str, country: str | None, a_id: str
) -> None:
    found = combo_json(a, b, lang, country)
    assert found["a"] == a_id and found["ask"] is False and found["risk"] is not None, found


def test_a_street_word_with_several_meanings_asks() -> None:
    # "blues": benzodiazepine or fentanyl pills; without a country the checker asks
    found = combo_json("blues", "alcohol", "en")
    assert found == {"a": None, "b": "alcohol", "risk": None, "ask": True}


def test_baclofen_is_named_and_answered_unknown() -> None:
    found = combo_json("баклофен", "пиво", "ru")
    assert found == {"a": "baclofen", "b": "alcohol", "risk": "unknown", "ask": False}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "a guy on grindr invited me over for tina and g, never done that, how do i keep safe",
            "en",
        ),
        ("un chico me invita a un chill con tina y g, nunca lo hice, cómo me cuido", "es"),
        ("хлопець кличе на паті з мівкою і гхб, на що звернути увагу", "uk"),
    ],
)
def test_an_invitation_to_a_sex_party_is_the_chemsex_topic(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "topic", (text, router.route(text, lang))


def test_a_chill_evening_is_no_sex_party(router: Router) -> None:
    assert router.route("a chill night with weed and beer, ok?", "en").kind == "combo"


# combos.yaml reads these more specifically than the lexicon's search sense: a cathinone named
# (mephedrone, 3-MMC) where the lexicon says "a cathinone", the group where it says alpha-PVP
# ("bath salts"), ayahuasca or 5-MeO-DMT where it says DMT
_MORE_SPECIFIC = {
    "mephedrone": {"cathinones"},
    "3-mmc": {"cathinones"},
    "cathinones": {"alpha-pvp"},
    "ayahuasca": {"dmt"},
    "5-meo-dmt": {"dmt"},
}


def test_no_street_word_of_the_lexicon_is_read_as_another_drug(real) -> None:
    """Every street word of content/lexicon.yaml that names a substance, in every country it is
    tagged with: the combination checker (what `hrbot combo` and /combo read) gives what the
    lexicon means, or asks; never another drug, and never a typo suggestion of one."""
    from bot.library.combos import ComboChecker, ReadingKind

    checker = ComboChecker(real)
    wrong = []
    for sense in real.lexicon.senses:
        if not sense.substances:
            continue
        for lang, words in sense.words.items():
            for term in words:
                for country in list(sense.countries) or [None]:
                    want = set(real.lexicon.substances_for(term, lang, country))
                    reading = checker.read(term, country)
                    if reading.kind == ReadingKind.EXACT and reading.named is not None:
                        named = reading.named
                        family = (
                            {named.id}
                            | set(checker.classes_of(named))
                            | {m.id for m in checker.members(named)}
                            | _MORE_SPECIFIC.get(named.id, set())
                        )
                        if not family & want:
                            wrong.append((lang, term, country, named.id, sorted(want)))
                    elif reading.kind == ReadingKind.AMBIGUOUS:
                        if want and not want & {o.id for o in reading.options}:
                            wrong.append((lang, term, country, "asks", sorted(want)))
                    elif want:
                        wrong.append((lang, term, country, reading.kind.value, sorted(want)))
    assert wrong == []
