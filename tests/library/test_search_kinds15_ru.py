"""Kinds of Russian miss fixed after tune14 (issue 9, fifteenth session), on the real content:
methadone named with a seller ("у барыги", "знакомый продал") is street methadone, and
"метадонка" is the programme; Russian typed in Latin letters is read again in Cyrillic when the
Latin words find nothing; "достать", "намутить" (get hold of) read as "взять"; "феню", "фени"
(phenazepam) are a depressant when mixing is asked about, never "фен" (amphetamine); pills
counted beside a pill drug ("с одной таблы") are its dose, not a second substance; snow in a
forecast or on a roof ("обещали снег", "снег с крыши") is weather, not cocaine; what a shared
syringe may pass on ("что можем подхватить") is the exposure (PEP) unless hepatitis is named;
"колюсь", "колемся" are injecting; withdrawal from pregabalin or spice ("ломка от лирики") is
their own topic when no opioid is named; how to tell a methadone overdose is the opioid overdose
signs; lyric poetry, a basketball player's nickname and battery acid are everyday. The messages
are written for this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Router
from bot.library.search import SearchIndex, _cyrillic


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "ru")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    "text",
    [
        "купил метадон у барыги, он правда сильнее геры?",
        "знакомый продал метадон, сколько можно выпить в первый раз",
        "взял метадона у знакомого, не знаю какая там доза",
    ],
)
def test_methadone_from_a_seller_is_street_methadone(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "street-methadone-heroin", text


@pytest.mark.parametrize(
    "text",
    [
        "на метадонке доза не держит до утра, как сказать врачу",
        "хожу на метадонку полгода, можно уехать в отпуск на неделю",
        "метадонку хочу бросить, как это делают",
    ],
)
def test_metadonka_is_the_programme(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "opioid-agonist-therapy", text


def test_translit_letters() -> None:
    assert _cyrillic("ne splyu, shpritsy, zhar") == "не сплю, шприцы, жар"
    assert _cyrillic("sol tretiy den") == "соль третий ден"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("sol po vene, vse cheshetsya", "salts-alpha-pvp"),
        ("mef kak dolgo derzhit", "cathinones"),
        ("kumaret tretiy den, kak perezhit", "opioid-withdrawal"),
    ],
)
def test_russian_in_latin_letters(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


@pytest.mark.parametrize(
    "text", ["gde kupit sol dlya ogurtsov", "krasivaya pogoda segodnya", "how is the weather today"]
)
def test_everyday_latin_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru") == [], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("налоксон что за лекарство и как его достать", "naloxone"),
        ("как раздобыть тест полоски на фентанил", "fentanyl-test-strips"),
    ],
)
def test_getting_hold_of_is_getting(index: SearchIndex, text: str, topic: str) -> None:
    hits = index.search(text, "ru")
    assert topic in [h.topic_id for h in hits[:2]], (text, [h.topic_id for h in hits])


def test_a_neighbour_who_annoys_stays_unanswered(index: SearchIndex) -> None:
    assert index.search("сосед достал, сверлит по ночам", "ru") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("почему феню с водкой мешать нельзя", True),
        ("объясните почему фени и пиво плохо вместе", True),
        ("почему нельзя мешать феназик с трамалом", True),
        ("почему фен с пивом мешать нельзя", False),
    ],
)
def test_phenazepam_in_its_case_forms_is_a_depressant(text: str, expected: bool) -> None:
    assert cues.asks_mixing_depressants(text) is expected, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("феназепам с одной таблы вырубает на сутки, так и должно быть?", "topic"),
        ("трамал по 3 таблы в день, как снизить", "topic"),
        ("лирика, с двух табл кроет, это много?", "topic"),
        ("выпил две таблы и пиво сверху, норм?", "combo"),
        ("ксанакс по пару таблеток с водкой", "combo"),
    ],
)
def test_pills_counted_beside_a_pill_drug_are_its_dose(
    router: Router, text: str, kind: str
) -> None:
    assert router.route(text, "ru").kind == kind, text


@pytest.mark.parametrize(
    "text",
    ["обещали снег к пятнице, менять резину?", "снег выпал ночью, во двор не выйти"],
)
def test_snow_in_a_forecast_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru") == [], text


def test_snow_promised_and_snorted_is_cocaine(index: SearchIndex) -> None:
    hits = index.search("снег обещали привезти в пятницу, сколько нюхать первый раз", "ru")
    assert hits and hits[0].topic_id == "cocaine", [h.topic_id for h in hits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("одним шприцем кололись с незнакомым, можно что то подцепить?", True),
        ("баяном чужим укололась, могла заразиться?", True),
        ("чужим баяном укололся, можно заразиться гепатитом?", False),
        ("шприцем общим пользуемся, как его мыть", False),
    ],
)
def test_what_a_shared_syringe_may_pass_on_is_the_exposure(text: str, expected: bool) -> None:
    assert cues.asks_shared_exposure(text) is expected, text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("одним шприцем кололись с незнакомым, можно что то подцепить?", "hiv-prep-pep"),
        ("колюсь в пах, это опасно?", "safer-injecting"),
    ],
)
def test_injecting_said_in_the_present(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


def test_a_prickly_sweater_stays_unanswered(index: SearchIndex) -> None:
    assert index.search("свитер колется, чем постирать", "ru") == []


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ломает без лирики, что делать", "pregabalin"),
        ("ломка после спайса сколько длится", "synthetic-cannabinoids"),
        ("кумар третий день, лирику пить?", "opioid-withdrawal"),
    ],
)
def test_withdrawal_from_pregabalin_or_spice_is_their_topic(
    index: SearchIndex, text: str, topic: str
) -> None:
    assert _first(index, text) == topic, text


def test_pregabalin_beside_heroin_is_not_its_own_withdrawal() -> None:
    assert cues.own_withdrawal_topic("ломка от геры, лирикой глушу") is None


@pytest.mark.parametrize(
    "text",
    ["как понять что у друга передоз от метадона", "метадоном передознулся? как распознать"],
)
def test_signs_of_a_methadone_overdose(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "overdose-signs-opioids", text


def test_a_programme_dose_question_stays_the_treatment(index: SearchIndex) -> None:
    assert _first(index, "на метадонке, как понять что доза слишком большая") == (
        "opioid-agonist-therapy"
    )


@pytest.mark.parametrize(
    "text",
    [
        "лирика лермонтова, что почитать про неё для доклада",
        "мамба из нба, сколько очков набрал за карьеру",
        "долить кислоту в аккумулятор машины можно самому?",
    ],
)
def test_poetry_basketball_and_battery_stay_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru") == [], text


@pytest.mark.parametrize(
    "text", ["лирику на уроке съел, кроет", "лирику пью по 600, стихи пишу под ней"]
)
def test_pregabalin_taken_is_still_pregabalin(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "pregabalin", text


def test_snow_on_a_roof_stays_unanswered(index: SearchIndex) -> None:
    assert index.search("снег с крыши сбросить самому или звать кого то", "ru") == []


def test_snow_snorted_on_a_roof_is_cocaine(index: SearchIndex) -> None:
    assert _first(index, "на крыше нюхали снег всю ночь, нос заложен") in (
        "cocaine",
        "safer-snorting",
    )
