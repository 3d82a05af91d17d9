"""A street word used innocently: an everyday frame keeps search and the router from answering."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library.combos import ComboChecker
from bot.library.cues import everyday_frame
from bot.library.intent import Router

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text",
    [
        "what temperature should the oven be for bread dough with salt",
        "какой фен для волос выбрать для кудрявых",
        "закладка для книги из фетра своими руками",
        "скільки солі додати в тісто на вареники",
        "як посадити мак у саду щоб цвів усе літо",
        "¿cuánto tarda en crecer el césped si lo riego cada día?",
        "mi perico no come alpiste desde ayer",
        "which knitting needles are best for a thick yarn scarf",
        "почему телеграм не присылает уведомления",
    ],
)
def test_everyday_messages_are_framed(text: str) -> None:
    assert everyday_frame(text)


@pytest.mark.parametrize(
    "text",
    [
        "можно ли фен с алкоголем",
        "где закладки безопаснее",
        "how much speed is too much on a night out",
        "чи можна курити травичку після мдма",
        "¿se puede mezclar perico con alcohol?",
        "my hair test is next week, will weed show up",
        "можно ли купить лирику без рецепта",
        "dónde compro naloxona, necesito receta?",
        # nothing everyday in it at all
        "сколько держится соль",
    ],
)
def test_drug_questions_are_not_framed(text: str) -> None:
    assert not everyday_frame(text)


def test_search_and_router_leave_framed_messages_alone(real, index) -> None:
    router = Router(ComboChecker(real), real.lexicon)
    for text, lang in (
        ("Какой фен для волос лучше для тонких волос?", "ru"),
        ("як зробити сіль для ванни з лавандою і ефірною олією", "uk"),
        ("donde compro pipas de girasol con sal", "es"),
        ("сколько соли и мака класть в тесто для булочек", "ru"),
    ):
        assert index.search(text, lang) == []
        assert router.route(text, lang).kind == "topic"
    assert index.search("можно ли фен с алкоголем", "ru")


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        # an everyday word beside a substance that is no everyday word: still a drug question
        ("how long does coke stay in your hair", "en", "cocaine"),
        ("can i take molly before school", "en", "mdma"),
        ("ket before football match?", "en", "ketamine"),
        ("сколько держится соль в волосах", "ru", "salts-alpha-pvp"),
    ],
)
def test_a_substance_beside_everyday_words_keeps_its_answer(
    index, text: str, lang: str, topic: str
) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, hits[:2])


def test_two_substances_beside_everyday_words_are_still_a_combination(real) -> None:
    router = Router(ComboChecker(real), real.lexicon)
    assert router.route("molly and coke before school, is that ok", "en").kind == "combo"
    # only everyday homonyms named: no combination ("соль и мак в тесто")
    assert router.route("соль и мак в тесто для булочек сколько класть", "ru").kind == "topic"


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # two substances taken together, in other wordings
        ("can i do ketamine if i've had a few beers", "en", "combo"),
        ("Si me fumo un porro cuando estoy de tripi, ¿se pone peor?", "es", "combo"),
        ("если курнуть травки на грибах, станет хуже?", "ru", "combo"),
        ("травичка і кокаїн разом нормально?", "uk", "combo"),
        # a word with several meanings beside a second drug: the checker asks which
        ("¿alcohol y pastis el mismo día?", "es", "combo"),
        # compared, or one thing named twice: a topic
        ("спайс вреднее чем шишки?", "ru", "topic"),
        ("мефедрон і 3-ммс це одне й те саме?", "uk", "topic"),
        ("сіль альфа пвп скільки тримає", "uk", "topic"),
        ("how strong is molly now, are the pills really double dosed", "en", "topic"),
        ("what to bring to a chill party if the guys have tina and g", "en", "topic"),
        ("чи показують тести на фентаніл нітазени", "uk", "topic"),
    ],
)
def test_combination_routing_in_other_wordings(real, text: str, lang: str, kind: str) -> None:
    router = Router(ComboChecker(real), real.lexicon)
    assert router.route(text, lang).kind == kind


def test_tramadol_beside_pills_is_a_combination_the_checker_asks_about(real) -> None:
    router = Router(ComboChecker(real), real.lexicon)
    intent = router.route("tramadol y pastis juntos, ¿es peligroso?", "es")
    assert intent.kind == "combo" and intent.guessed
    assert intent.typed == ("tramadol", "pastis")


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        # a place and a service need, said in other ways
        ("walk in sti clinic in hackney no appointment needed", "en", "service", "hackney"),
        ("is there a nurse near kings cross who can dress a wound", "en", "service", "kings cross"),
        ("¿algún albergue esta noche en el centro de Monterrey?", "es", "service", "Monterrey"),
        ("замісна терапія в одесі як записатися", "uk", "service", None),
        # the time left after a broken condom, or a whole country: a topic
        ("порвался презерватив, где взять пэп и сколько у меня времени", "ru", "topic", None),
        ("¿dónde consigo la PEP y cuánto tiempo tengo?", "es", "topic", None),
        ("де в україні взяти налоксон", "uk", "topic", None),
    ],
)
def test_service_routing_in_other_wordings(
    real, text: str, lang: str, kind: str, place: str | None
) -> None:
    router = Router(ComboChecker(real), real.lexicon)
    intent = router.route(text, lang)
    assert intent.kind == kind
    if place is not None:
        assert intent.place == place


def test_telegram_frames_only_with_a_settings_word() -> None:
    assert everyday_frame("как отключить звук в телеграме")
    assert not everyday_frame("замовив у телеграмі, прийшло щось інше")


def test_new_street_words_point_at_their_topics(index) -> None:
    for text, lang, topic in (
        ("что делать если менты хотят обыскать", "ru", "police-and-rights"),
        ("преп треба пити щодня?", "uk", "hiv-prep-pep"),
    ):
        assert topic in [h.topic_id for h in index.search(text, lang)[:3]], text


def test_an_sti_test_phrase_is_sexual_health_not_the_hiv_test(real) -> None:
    router = Router(ComboChecker(real), real.lexicon)
    intent = router.route("quiero hacerme pruebas de ITS en Lavapiés", "es")
    assert (intent.kind, intent.service_type) == ("service", "sexual-health")
    assert (
        router.route("donde hacerme pruebas de vih en Madrid", "es").service_type == "hiv-testing"
    )
