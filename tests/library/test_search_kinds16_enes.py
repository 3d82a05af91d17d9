"""Kinds of miss fixed in Spanish and English after tune16's first look (issue 9, sixteenth
session), on the real content: Spanish diminutives ("agujitas", "tirillas") and words typed by
ear ("reactibo", "ribotril", "clonasepan") meet the plain words the topics and the lexicon use;
"crack" beside shells, nuts, eggs or a joke is the everyday verb. The messages are written for
this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library.search import SearchIndex
from bot.library.textproc import spanish_plain_forms, spanish_sound_key


def _first(index: SearchIndex, text: str, lang: str = "es") -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        ("agujitas", "agujas"),
        ("jeringuita", "jeringa"),
        ("poquito", "poco"),
        ("cafecito", "cafe"),
        ("bolsita", "bolsa"),
        ("tirillas", "tiras"),
    ],
)
def test_spanish_diminutives_have_their_plain_word(word: str, plain: str) -> None:
    assert plain in spanish_plain_forms(word)


def test_plain_words_are_not_diminutives() -> None:
    assert spanish_plain_forms("perico") == ()
    assert spanish_plain_forms("maquina") == ()
    assert spanish_plain_forms("anillo") == ()


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("ribotril", "rivotril"),
        ("eroina", "heroina"),
        ("estasis", "éxtasis"),
        ("trankimazin", "tranquimazin"),
        ("geringa", "jeringa"),
        ("kokaina", "cocaina"),
    ],
)
def test_spanish_words_typed_by_ear_sound_the_same(typed: str, spelled: str) -> None:
    assert spanish_sound_key(typed) == spanish_sound_key(spelled)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("con las agujitas no encuentro la vena, donde me pincho mejor", "safer-injecting"),
        (
            "me pasaron unas tirillas para ver si hay fenta en el polvo, como van",
            "fentanyl-test-strips",
        ),
        ("una heridita en el brazo de pincharme me supura", "wound-care"),
        ("el reactibo se me puso naranja, que quiere decir", "reagent-tests"),
        ("cuanto tiempo dura el clonasepan en la sangre", "benzodiazepines"),
        ("mi vieja toma ribotril cada noche y ya no le hace nada", "benzodiazepines"),
    ],
)
def test_spanish_small_and_by_ear_words_find_their_topic(
    index: SearchIndex, text: str, topic: str
) -> None:
    hits = [h.topic_id for h in index.search(text, "es")][:2]
    assert topic in hits, (text, hits)


@pytest.mark.parametrize(
    "text",
    [
        "how do you crack open lobster claws with no tools",
        "best way of cracking pecans without smashing them",
        "he cracked a joke at dinner and nobody got it",
        "is cracking your knuckles bad for your hands",
    ],
)
def test_crack_beside_shells_nuts_or_a_joke_is_everyday(index: SearchIndex, text: str) -> None:
    assert index.search(text, "en") == [], text


def test_crack_smoked_is_still_a_drug_question(index: SearchIndex) -> None:
    assert _first(index, "smoking crack every day, what's it doing to my lungs", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me pusieron una multa por fumar un porro en la plaza, me queda en antecedentes?", "es"),
        ("si me agarran con dos gramos me ponen antecedentes penales o solo multa", "es"),
        ("got fined for having a joint on the beach, does that go on my record", "en"),
    ],
)
def test_a_fine_or_a_record_for_drugs_is_the_persons_rights(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert _first(index, text, lang) == "police-and-rights", (text, _first(index, text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me multaron por aparcar en la acera, como lo recurro", "es"),
        ("mi madre tiene antecedentes de cancer en la familia, que pruebas se hace", "es"),
    ],
)
def test_a_parking_fine_or_a_family_history_stays_unanswered(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "como pongo a mi colega en posicion de seguridad si no responde despues de meterse",
        "hay que dejarlo de costado si esta inconsciente por las pastillas?",
    ],
)
def test_the_recovery_position_in_spanish_words(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "overdose-response", (text, _first(index, text))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("cuantas veces puedo usar la aguja antes de que se ponga roma", "es"),
        ("is it bad to keep using a needle once it goes blunt", "en"),
        ("blunt needles every time, how often should i change them", "en"),
    ],
)
def test_a_dull_needle_is_safer_injecting_not_cannabis(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert _first(index, text, lang) == "safer-injecting", (text, _first(index, text, lang))


def test_blunts_smoked_are_still_cannabis(index: SearchIndex) -> None:
    assert _first(index, "rolled two blunts tonight and feel paranoid, normal?", "en") == "cannabis"


@pytest.mark.parametrize(
    "text",
    [
        "como se prepara una tortilla de patatas jugosa",
        "mi suegra prepara un caldo de pollo para el resfriado, sirve?",
        "los pericos del parque hacen nidos en las palmeras",
        "mi perico no prueba las semillas nuevas que le compre",
        "un manojo de hierba luisa para la infusion cuanto dura en la nevera",
    ],
)
def test_everyday_spanish_with_a_drug_like_word_stays_unanswered(
    index: SearchIndex, text: str
) -> None:
    assert index.search(text, "es") == [], text


def test_prep_itself_is_still_the_hiv_pill(index: SearchIndex) -> None:
    assert _first(
        index, "cuanto tiempo antes hay que empezar con la prep para estar protegido"
    ) == ("hiv-prep-pep")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("if i take my caps in to be tested can the police find out", "en"),
        ("will the pill testing staff tell the cops my name", "en"),
        ("si dejo las pastis en el punto de analisis la policia puede ver quien soy", "es"),
    ],
)
def test_the_police_asked_about_a_checking_service_is_the_service(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert _first(index, text, lang) == "drug-checking", (text, _first(index, text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("safest way of smoking rock when the stem keeps getting too hot", "en"),
        ("la base en pipa como la fumo con menos riesgo para los pulmones", "es"),
        ("el crack en pipita, hay forma de fumarlo mas seguro", "es"),
    ],
)
def test_a_safer_way_to_smoke_from_a_pipe_is_safer_smoking(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert _first(index, text, lang) == "safer-smoking", (text, _first(index, text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("a few lines of ching and now i can't sleep, how long till it wears off", "en", "cocaine"),
        ("how many yokes is too many for a first go", "en", "mdma"),
        ("been on the goey since friday and my jaw won't stop", "en", "methamphetamine"),
        ("smoking yarndi every arvo, is it making me lazy", "en", "cannabis"),
        ("la ketama que traen de marruecos pega mucho mas?", "es", "cannabis"),
    ],
)
def test_regional_street_names(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    assert _first(index, text, lang) == topic, (text, _first(index, text, lang))


def test_billy_named_as_a_person_stays_unanswered(index: SearchIndex) -> None:
    assert index.search("my nephew billy has a birthday party, gift ideas?", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "se me gasto la piedra del mechero, donde venden repuestos",
        "una onza de chocolate negro al dia sube la tension?",
        "que pasta de dientes recomiendan para las encias que sangran",
        "la perica que tenemos en casa no deja de silbar por la mañana",
    ],
)
def test_spanish_everyday_things_named_like_drugs_stay_unanswered(
    index: SearchIndex, text: str
) -> None:
    assert index.search(text, "es") == [], text


def test_hash_called_chocolate_is_still_cannabis(index: SearchIndex) -> None:
    assert _first(index, "fumo chocolate todos los dias y me da bajon, es normal") == "cannabis"
