"""Where a message goes (issue 9): street words in everyday senses, by what surrounds them;
daily routine questions; comedowns and exposures; zopiclone in the combination checker."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.library.combos import ComboChecker
from bot.library.cues import everyday_class, everyday_frame

ROOT = Path(__file__).resolve().parents[2]


# -- a street word among the words of its own everyday domain ----------------------------------
EVERYDAY = [
    # a hair dryer that broke, blows cold, is under warranty
    ("фен зламався, гріє але не дме, що робити", "uk", "household"),
    ("фен сломался через месяц, можно сдать по гарантии?", "ru", "household"),
    ("фен не дует горячим воздухом", "ru", "household"),
    # bookmarks in a browser or a book
    ("закладки в браузері на телефоні як перенести", "uk", "browser"),
    ("закладки в хроме пропали после обновления", "ru", "browser"),
    ("закладка выпала из книги, как найти страницу", "ru", "books"),
    ("open tabs keep crashing chrome on my laptop", "en", "browser"),
    # a parakeet, not cocaine
    ("mi perico australiano no quiere comer, qué le doy", "es", "pets"),
    ("mi perico se arranca las plumas, está estresado?", "es", "pets"),
    # citric acid against limescale
    ("как очистить чайник от накипи лимонной кислотой", "ru", "household"),
    ("how to descale a kettle with citric acid", "en", "household"),
    # salt on icy steps, in a pot of potatoes, in pizza dough
    ("можно ли насыпать соль на ступеньки у подъезда", "ru", "household"),
    ("скільки солі на відро снігу щоб розтопити лід на ганку", "uk", "household"),
    ("сколько соли нужно на кастрюлю картошки", "ru", "kitchen"),
    ("receta de sopa de hongos para la cena", "es", "kitchen"),
    # the internet's speed, winter tyres, a bathtub
    ("my internet speed drops every evening, is it the router", "en", "tech"),
    ("best snow tyres for a small car", "en", "vehicles_collections"),
    ("la tina del baño tiene moho, con qué la limpio", "es", "household"),
    # sewing needles
    ("which needles for a sewing machine and thick fabric", "en", "sewing"),
    ("голки для швейної машинки які купити", "uk", "sewing"),
]


@pytest.mark.parametrize(("text", "lang", "kind"), EVERYDAY)
def test_a_street_word_among_everyday_words_is_framed(
    index, router, text: str, lang: str, kind: str
) -> None:
    assert everyday_frame(text), text
    assert everyday_class(text) == kind, text
    assert index.search(text, lang) == [], text
    assert router.route(text, lang).kind == "topic", text


# -- the same street words where the surroundings are about using ------------------------------
DRUG_QUESTIONS = [
    # growing and baking cannabis are drug questions, not the garden nor the kitchen
    ("скільки трави класти в печиво щоб не перебрати", "uk"),
    ("как посадить траву на балконе чтобы выросли шишки", "ru"),
    ("how much weed do i put in brownies for a first time", "en"),
    # dead drops are found with a phone and may lie near a school
    ("закладка по фото с телефона как найти", "ru"),
    ("закладки біля школи, що робити", "uk"),
    # after taking it
    ("после фена болят почки, это нормально?", "ru"),
    ("después de la piedra me duelen los riñones", "es"),
    # brain cells, a dacha, a pipe
    ("правда что трава убивает клетки мозга", "ru"),
    ("кислоту на дачі з друзями, на що звернути увагу", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), DRUG_QUESTIONS)
def test_street_words_in_drug_surroundings_are_not_framed(text: str, lang: str) -> None:
    assert not everyday_frame(text), text


def test_a_street_word_explained_by_no_domain_is_not_framed() -> None:
    # nothing around "фен" says hair or household: not silenced (ideally the bot would ask)
    assert not everyday_frame("где купить фен подешевле")
    assert everyday_class("где купить фен подешевле") is None
    # "грибы" picked in a forest may be the other kind; picked in their season or near a city
    # they are food (route5 and tune11 label those off-topic)
    assert not everyday_frame("нашёл грибы в лесу, какие они")
    assert everyday_frame("где собирать грибы под Москвой в сентябре")
    assert everyday_frame("receta de sopa de hongos para la cena")


# -- daily routine without any street word -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how much water should a person drink every day", "en"),
        ("how much water should i drink a day if i work outside", "en"),
        ("сколько воды нужно пить в день", "ru"),
        ("болит спина после работы что делать", "ru"),
        ("скільки води треба пити на день", "uk"),
        ("болить спина після роботи, що робити", "uk"),
        ("cuánta agua hay que tomar al día", "es"),
        ("me duele la espalda después del trabajo", "es"),
    ],
)
def test_daily_routine_questions_get_no_topic(index, text: str, lang: str) -> None:
    assert everyday_frame(text), text
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("how much water should i drink on mdma", "en", "mdma"),
        ("сколько воды пить на экстази", "ru", "mdma"),
        ("скільки води пити на екстазі", "uk", "mdma"),
        ("cuánta agua tomar con éxtasis", "es", "mdma"),
    ],
)
def test_water_with_a_drug_keeps_its_answer(index, text: str, lang: str, topic: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, hits[:2])


@pytest.mark.parametrize(
    "text",
    [
        "how much water on a night out",
        "скільки води пити щоб не було перегріву",
        "сколько воды пить на тусе",
        "cuánta agua tomar en la fiesta",
    ],
)
def test_water_at_a_party_or_against_overheating_is_not_framed(text: str) -> None:
    assert not everyday_frame(text)


# -- a comedown after two drugs is a topic; a second drug on it is a combination ---------------
@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("comedown after coke and molly is brutal how do i get through it", "en", "topic"),
        ("coming down off molly and coke, how do i sleep", "en", "topic"),
        ("отходняк после марок и экстази как пережить", "ru", "topic"),
        ("відходняк після мефу і алкоголю, як вижити", "uk", "topic"),
        ("el bajón de la coca y el md está durísimo", "es", "topic"),
        ("can i take a xanax when coming down off coke", "en", "combo"),
        ("на відходняку від мефу можна випити пива?", "uk", "combo"),
        ("en el bajón de la coca puedo tomar clonazepam?", "es", "combo"),
    ],
)
def test_comedowns(router, text: str, lang: str, kind: str) -> None:
    assert router.route(text, lang).kind == kind, text


# -- pills after sex to not catch HIV are PEP --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "kind", "service_type"),
    [
        ("де взяти таблетки після ризикового сексу щоб не заразитися віл", "uk", "topic", None),
        (
            "где взять таблетки чтобы не заразиться вич после незащищенного секса",
            "ru",
            "topic",
            None,
        ),
        ("dónde consigo pastillas para no contagiarme de vih", "es", "topic", None),
        (
            "где взять таблетки после незащищенного секса чтобы не заразиться вич в Киеве",
            "ru",
            "service",
            "prep-pep",
        ),
        (
            "condom broke last night where can i get meds so i dont get hiv in leeds",
            "en",
            "service",
            "prep-pep",
        ),
        # an HIV test is still an HIV test
        ("где сдать тест на вич анонимно в Казани", "ru", "service", "hiv-testing"),
    ],
)
def test_exposure_is_pep(router, text: str, lang: str, kind: str, service_type: str | None) -> None:
    intent = router.route(text, lang)
    assert (intent.kind, intent.service_type) == (kind, service_type), text


# -- zopiclone in the combination checker ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("герыч и зопиклон на ночь это опасно?", "ru", ("heroin", "zopiclone")),
        ("зопиклон и пиво вместе норм?", "ru", ("zopiclone", "alcohol")),
        ("зопіклон після горілки це небезпечно?", "uk", ("zopiclone", "alcohol")),
        ("зопіклон і трамадол на ніч можна?", "uk", ("zopiclone", "tramadol")),
        ("zopiclone after a few beers, will i be ok", "en", ("zopiclone", "alcohol")),
        (
            "took 2 zimovane, can i still have a bit of my methadone",
            "en",
            ("zopiclone", "methadone"),
        ),
        ("zopiclona con unas chelas, es peligroso?", "es", ("zopiclone", "alcohol")),
        ("zopiclona y tramadol juntos para dormir", "es", ("zopiclone", "tramadol")),
    ],
)
def test_zopiclone_combinations_route(router, text: str, lang: str, pair) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.substances == pair, (text, intent)
    assert not intent.guessed


@pytest.mark.parametrize(
    ("other", "risk"),
    [
        ("heroin", "dangerous"),
        ("methadone", "dangerous"),
        ("tramadol", "dangerous"),
        ("alcohol", "dangerous"),
        ("diazepam", "unsafe"),
        ("phenazepam", "unsafe"),
        ("diphenhydramine", "caution"),
    ],
)
def test_zopiclone_answers_rest_on_named_sources(real, other: str, risk: str) -> None:
    checker = ComboChecker(real)
    answer = checker.lookup(checker.named("zopiclone"), checker.named(other))
    assert answer.risk == risk
    assert answer.combo is not None
    publishers = {s.publisher for s in answer.combo.sources}
    assert "NHS" in publishers and any("HSE" in p for p in publishers)
    for lang in ("en", "ru", "uk", "es"):
        assert answer.combo.notes[lang].strip()


def test_zopiclone_is_never_read_as_another_drug(real) -> None:
    checker = ComboChecker(real)
    for typed in ("зопиклон", "зопіклон", "zopiclone", "zopiclona", "имован", "zimovane"):
        reading = checker.read(typed)
        assert reading.kind == "exact" and reading.named.id == "zopiclone", typed


# -- the bench's fresh routing set -------------------------------------------------------------
def test_route5_split_puts_every_third_message_aside() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import search_quality_bench as bench

    items = bench.load_items(ROOT / "bench" / "labelled", "route5")
    for lang in ("en", "ru", "uk", "es"):
        rows = items[lang]
        assert len(rows) >= 24
        assert [r["split"] for r in rows[:6]] == [
            "route5-tune",
            "route5-tune",
            "route5-aside",
            "route5-tune",
            "route5-tune",
            "route5-aside",
        ]
        assert {r["expect"] for r in rows} == {"none", "combo", "topic", "service"}
    assert "route5-aside" in bench.HIDDEN_SPLITS


# -- a form word beside a name is that drug's form, not a second drug --------------------------
@pytest.mark.parametrize(
    ("text", "lang", "kind", "pair"),
    [
        ("кристаллы мефа жёлтые, это нормально?", "ru", "topic", None),
        ("кристали мєфу жовті, це нормально?", "uk", "topic", None),
        ("cristales de md muy amarillos, es normal?", "es", "topic", None),
        ("my mdma crystals look brown, is that normal", "en", "topic", None),
        # the form dropped, the two drugs still a combination
        ("таблетки трамадола с пивом можно", "ru", "combo", ("tramadol", "alcohol")),
        ("пігулки трамадолу з пивом можна?", "uk", "combo", ("tramadol", "alcohol")),
        ("crystals of mdma with alcohol ok?", "en", "combo", ("mdma", "alcohol")),
        # a form word apart from the name is still asked about ("Do you mean ...?")
        ("tramadol y pastis juntos, ¿es peligroso?", "es", "combo", ("tramadol", "pills")),
        ("кристаллы и меф вместе можно?", "ru", "combo", ("cristal", "mephedrone")),
    ],
)
def test_form_words(router, text: str, lang: str, kind: str, pair) -> None:
    intent = router.route(text, lang)
    assert intent.kind == kind, (text, intent)
    if pair is not None:
        assert intent.substances == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("набил шишку на лбу, чем мазать", "bruise"),
        ("кристаллы соли на стенах подвала, что это", "household"),
        ("сніг на дорозі, які шини поставити", "vehicles_collections"),
        ("фен для собаки після купання який вибрати", "household"),
        ("марки для колекції де купити у Києві", "vehicles_collections"),
        ("my grass is full of moss, how do i fix the lawn", "lawn"),
        ("el perico del desayuno lleva tomate y cebolla?", "kitchen"),
    ],
)
def test_more_everyday_domains(text: str, kind: str) -> None:
    assert everyday_frame(text), text
    assert everyday_class(text) == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "как спрятать соль от родителей в шкафу",
        "мак на кухне варить как",
        "де сховати сіль щоб батьки не знайшли в шафі",
        "where to hide my ice in the kitchen",
    ],
)
def test_hiding_or_cooking_a_street_drug_is_not_framed(text: str) -> None:
    assert not everyday_frame(text)
