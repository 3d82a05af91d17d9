"""Routing kinds fixed after blind13's one look (sixteenth session, late round), on the real
content, in fresh words: getting onto the treatment drug itself in a place ("get on bupe in
leeds", "me meto a metadona en rosario") and self-help groups in a place open the finder; asked
whether there is anywhere in a known city opens it there; being drunk is alcohol taken, a drug
taken "para bajar de" another is a mix, and the Ukrainian "гешка" is GHB; a needle found lying
about is the disposal topic, whether such labs exist at all (no place) the drug-checking topic,
a drug cooked with iodine and phosphorus from another is no mix, and tips for "los chills" are
the chemsex topic."""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang", "service_type", "place"),
    [
        ("how can i get on bupe in leeds", "en", "opioid-agonist-therapy", "leeds"),
        ("getting on methadone in glasgow, how long", "en", "opioid-agonist-therapy", "glasgow"),
        ("como me meto a metadona en rosario", "es", "opioid-agonist-therapy", "rosario"),
        ("группы самопомощи для употребляющих в Омске", "ru", "peer-support", "Омске"),
        ("група самодопомоги у Львові", "uk", "peer-support", "Львові"),
        ("grupos de autoayuda para usuarios en Lima", "es", "peer-support", "Lima"),
        ("is there anywhere in sydney that tests pills", "en", "drug-checking", "sydney"),
    ],
)
def test_service_in_a_place(
    router: Router, text: str, lang: str, service_type: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert (intent.kind, intent.service_type, intent.place) == ("service", service_type, place)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("can i take xanax when im drunk", "en", {"alprazolam", "alcohol"}),
        ("пьяный можно ли феназепам", "ru", {"alcohol", "phenazepam"}),
        ("п'яний і хочу меф, це погано?", "uk", {"alcohol", "mephedrone"}),
        ("гешку з алкоголем можна?", "uk", {"ghb", "alcohol"}),
        ("гешка и алкоголь вместе опасно?", "ru", {"ghb", "alcohol"}),
        ("clona para bajarme de la coca, sirve?", "es", {"benzodiazepines", "cocaine"}),
    ],
)
def test_combination(router: Router, text: str, lang: str, pair: set[str]) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances) == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how do i get on with my mum after relapse", "en"),
        ("is there anywhere in the body safe to inject", "en"),
        ("my friend is drunk, how do i help", "en"),
        ("como bajar del cristal sin nada", "es"),
        ("found a syringe near the school, what do i do", "en"),
        ("нашла шприц во дворе, как его взять", "ru"),
        ("знайшов голку на дитячому майданчику, що робити", "uk"),
        ("encontre una jeringa en la plaza, como la recojo", "es"),
        ("де перевірити речовину анонімно, чи є такі лабораторії?", "uk"),
        ("where can i get my drugs tested, do such labs exist?", "en"),
        ("why is there iodine and phosphorus in krokodil made from codeine", "en"),
        ("дезоморфін з кодеїну, навіщо йод", "uk"),
        ("en los chills con tina y g como no perder la nocion", "es"),
    ],
)
def test_topic(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "topic", (text, intent)
