"""Kinds of Ukrainian and Russian miss fixed after the first look at tune23 (issue 9, twenty-third
session, helper srchuk), on the real content, without sentence embeddings but for the second
stage's rule (the messages are written for this test, not copied from the labelled sets).

- Slang nouns ending in "-а"/"-я" in another case ("без бупри", "бупрою", "на бупре"): the listed
  word's senses, as other case endings already were; never for a base under four letters, never
  for a reflexive verb's "-ся".
- A pet in another case ("собаці", "котові", "кошке"): the vet's, as "собака" and "кот" were.
- An everyday graze from a fall (a knee, an elbow, a bike, the stairs, the ice) and a home test of
  the body (pregnancy, ovulation, covid) in Russian and Ukrainian: everyday matters, unless a drug
  or using is in the message.
- Whether a thing is free asked with "ли" or "чи" ("бесплатно ли", "чи безкоштовне"), or a right
  asked ("адвокат мені належить?", "имею право на адвоката"): the topic; a free thing looked for
  in a place stays the finder.
- "что можно выпить", "шо б мені випити": a remedy asked for, not alcohol; "можно выпить?" stays
  a mix.
- One's own used needles, or a bottle or a jar of them, and where to take them: disposal.
- A drug checked for what is in it ("перевірити на домішки", "проверить на чистоту"): checking.
- Anxiety, panic or low mood beside a psychiatrist, a psychologist or the register feared: the
  crisis topic; never an air-raid alert ("повітряна тривога").
- The second stage's off-topic veto is not applied to a drug named beside a word of using when
  a topic's questions are as near as the off-topic look-alike (``keep``).
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.model import Library
from bot.library.search import SearchConfig, SearchIndex
from bot.library.search_questions import Evidence, second_stage


# -- slang nouns in other cases ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("без бупри другу добу погано", "uk"),
        ("перейшов з метадону на лікування бупрою", "uk"),
        ("сижу на бупре полгода", "ru"),
        ("дозу бупры подняли", "ru"),
    ],
)
def test_a_slang_noun_in_another_case_keeps_its_sense(real: Library, text: str, lang: str) -> None:
    found = real.lexicon.find(text, lang)
    assert any("buprenorphine" in s.substances for m in found for s in m.senses), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("коли прийде лікар", "uk"),
        ("ноги болять після роботи", "uk"),
        ("мы собрались ехать на дачу", "ru"),
    ],
)
def test_a_short_or_reflexive_base_takes_no_slang_sense(
    real: Library, text: str, lang: str
) -> None:
    found = real.lexicon.find(text, lang)
    assert not any(s.substances for m in found for s in m.senses), text


def test_a_missed_treatment_dose_in_another_case_finds_the_treatment(index: SearchIndex) -> None:
    hits = index.search("на бупре забыл принять вчера, можно сегодня двойную?", "ru")
    assert hits and hits[0].topic_id == "opioid-agonist-therapy"


# -- pets in other cases -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "собаці дали таблетку від глистів, скільки чекати",
        "котові треба капати краплі у вуха",
        "кошке сделать укол от бешенства, где",
        "кішці після операції дали знеболювальне",
    ],
)
def test_a_pet_in_another_case_is_off_topic(text: str) -> None:
    assert cues.off_topic_subject(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("собаці призначили уколи, як колоти вдома", "uk"),
        ("кошке прописали уколы, как колоть самой", "ru"),
    ],
)
def test_a_pets_injection_finds_no_topic(
    index: SearchIndex, router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind is Route.TOPIC
    assert index.search(text, lang) == []


# -- everyday grazes and home tests ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "впала на сходах, розбила лікоть, чим промити",
        "сын упал с самоката, ссадина на ладони",
        "гепнувся на ожеледиці, коліно здерте",
        "тест на овуляцію показав дві смужки",
        "експрес-тест на ковід, друга смужка бліда",
        "полоска на беременность еле видна",
        "covid test shows a faint second line",
    ],
)
def test_a_graze_from_a_fall_or_a_home_test_is_an_everyday_matter(text: str) -> None:
    assert cues.everyday_matter(text), text


@pytest.mark.parametrize(
    "text",
    [
        # no fall: a wound of unknown cause stays the library's
        "на лікті рана після уколу гноїться",
        # a drug test or an infection's test is not a home test of the body
        "тест смужка на фентаніл показала одну риску",
        "тест на віл позитивний, що робити",
    ],
)
def test_a_wound_or_a_test_of_use_is_no_everyday_matter(text: str) -> None:
    assert not cues.everyday_matter(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("впав під мефом і розбив коліно, рана не гоїться тиждень", "uk"),
        ("тест на беременность положительный, а я на метадоне, что делать", "ru"),
    ],
)
def test_a_fall_or_a_test_beside_a_drug_keeps_an_answer(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang) != []


# -- free or a right asked, not a finder -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("а лечение гепатита с бесплатно ли сейчас", "ru"),
        ("чи безкоштовне зараз лікування гепатиту с", "uk"),
        ("мені належить безкоштовний адвокат якщо затримали з травою?", "uk"),
        ("имею ли я право на бесплатного адвоката при задержании", "ru"),
    ],
)
def test_whether_free_or_a_right_is_asked_is_the_topic(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind is Route.TOPIC, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("де у львові безкоштовний адвокат", "uk"),
        ("где в харькове бесплатно лечат гепатит", "ru"),
    ],
)
def test_a_free_thing_looked_for_in_a_place_stays_the_finder(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind is Route.SERVICE, text


# -- what to take asked, no drink --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("після фену не сплю вже добу, що можна випити", "uk"),
        ("на отходах от скорости что бы выпить чтобы уснуть", "ru"),
        ("після мефу голова тріщить, шо б мені випити", "uk"),
    ],
)
def test_what_to_take_is_no_drink(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind is Route.TOPIC, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("после фена можно выпить?", "ru"),
        ("після мефу можна випити?", "uk"),
    ],
)
def test_drinking_asked_beside_a_drug_stays_a_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind is Route.COMBO, text


# -- own used needles taken away ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "шприцы после себя собираю в банку, куда её потом сдать",
        "використані голки в пляшці, куди їх віднести",
    ],
)
def test_own_used_needles_taken_away_ask_disposal(text: str) -> None:
    assert cues.SYRINGE_DISPOSAL in cues.asked_topics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "куди здати кров на аналіз",
        "голки для шиття складаю в баночку, куди віднести старі",
    ],
)
def test_no_used_needles_no_disposal(text: str) -> None:
    assert cues.SYRINGE_DISPOSAL not in cues.asked_topics(text), text


# -- a drug checked for what is in it ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "як перевірити кетамін на домішки",
        "можно проверить порошок на чистоту где-нибудь",
    ],
)
def test_checking_for_what_is_in_it_is_drug_checking(text: str) -> None:
    assert cues.asks_checking_service(text), text


@pytest.mark.parametrize(
    "text",
    ["проверить печень после мефа", "перевірити товар на складі", "тест на беременность"],
)
def test_no_drug_checked_for_its_content(text: str) -> None:
    assert not cues.asks_checking_service(text), text


# -- anxiety and a psychiatrist ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "панічні атаки щодня, чи йти до психотерапевта",
        "депрессия полгода, боюсь идти к психиатру",
        "тревожность жуткая, но на учёт не хочу",
    ],
)
def test_anxiety_and_a_psychiatrist_ask_the_crisis_topic(text: str) -> None:
    assert cues.MENTAL_HEALTH in cues.asked_topics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "повітряна тривога вночі, дитина боїться, чи потрібен психолог",
        "психолог у школі для дитини, як записатись",
        "воздушная тревога, психолог в укрытии есть?",
    ],
)
def test_an_alert_or_a_school_psychologist_asks_no_crisis_topic(text: str) -> None:
    assert cues.MENTAL_HEALTH not in cues.asked_topics(text), text


# -- the second stage keeps a named drug -------------------------------------------------------
def test_keep_skips_the_off_topic_veto_only_when_asked() -> None:
    cfg = SearchConfig()
    cut = cfg.fused_threshold
    hits = [("pregnancy", 0.9), ("salts-alpha-pvp", 0.8)]
    near_off = Evidence(off_topic=cfg.questions_veto + 0.02, topics={"salts-alpha-pvp": 0.93})
    assert second_stage(near_off, hits, cut, cfg) == []
    assert second_stage(near_off, hits, cut, cfg, keep=True) != []
    # below the cut nothing is lifted by keep
    low = [("pregnancy", cut - 0.2)]
    assert second_stage(near_off, low, cut, cfg, keep=True) == []


# -- second batch: how much is safe to start again, sex without a condom with HIV named --------
@pytest.mark.parametrize(
    "text",
    [
        "після тюрми скільки безпечно на перший раз",
        "из больницы выписали, сколько безопасно снова",
    ],
)
def test_how_much_is_safe_again_after_a_break_asks_tolerance(text: str) -> None:
    assert cues.TOLERANCE_LOSS in cues.asked_topics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "после больницы сколько безопасно гулять в день",
        "скільки безпечно пити води після тренування",
    ],
)
def test_how_much_is_safe_without_a_restart_asks_no_tolerance(text: str) -> None:
    assert cues.TOLERANCE_LOSS not in cues.asked_topics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "секс без гумки з людиною з віл, що тепер",
        "у подруги вич, а мы переспали без презерватива",
    ],
)
def test_sex_without_a_condom_with_hiv_named_is_an_exposure(text: str) -> None:
    assert cues.HIV_PEP in cues.asked_topics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "без презерватива можно забеременеть в первый день цикла?",
        "тест на віл зробив, все добре, просто цікаво як він працює",
    ],
)
def test_no_condom_without_hiv_or_hiv_without_exposure_is_no_exposure(text: str) -> None:
    assert not cues.asks_shared_exposure(text), text


# -- getting through withdrawal, in Russian ----------------------------------------------------
@pytest.mark.parametrize(
    "text", ["хочу перекумарить на хате, сколько дней терпеть", "переломаюсь сам, что запасти"]
)
def test_getting_through_withdrawal_in_russian_finds_withdrawal(
    index: SearchIndex, text: str
) -> None:
    hits = index.search(text, "ru")
    assert hits and hits[0].topic_id == "opioid-withdrawal", text


def test_breaking_in_half_is_no_withdrawal(index: SearchIndex) -> None:
    assert index.search("ветка переломилась пополам от ветра", "ru") == []
