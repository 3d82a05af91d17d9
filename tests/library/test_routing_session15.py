"""The routing kinds fixed after route14's first look (fifteenth session, issue 9), on the real
content, in fresh words: a switch from one drug to another told as done ("stopped X and started
Y", "перешёл с X на Y", "кинув X, перейшла на Y", "me pasé de X a Y") is the treatment topic's
question, not a mix; a place set apart first by a comma, then a lawyer or a need for one, opens
the finder in a longer message with any question after it ("queensland, lawyer who does ...",
"беларусь, нужен адвокат ..., что делать"), and the charge ("за хранение", "про зберігання") is
no question of where to keep something; a detox bed or rehab asked for in a place opens the
finder (no directory type is detox: for an opioid, or no drug named, the methadone and
buprenorphine services, where an opioid detox starts; for another drug, peer support); the other one "later" ("a valium later on", "а вечером ещё",
"а пізніше", "más tarde") joins a mix, and "a bit of g" is GHB; caffeine (coffee, energy drinks) is a substance, so coffee or an energy
drink with a stimulant is a mix, and beside it "a coke" is the soft drink; why two depressants are so dangerous, said "чого така",
"чего ... такое", is the mixing topic's question, while "чего бояться" after taking both keeps the
combination card; a Spanish two-word place said first ("buenos aires", "puerto rico", "santa fe")
opens the finder there even when its second word is an everyday word, never a greeting."""

from __future__ import annotations

import pytest

from bot.library.intent import Intent, Router


def assert_finder(intent: Intent, service_type: str, place: str | None, text: str) -> None:
    """The service finder opens with this type and this place (None: no place)."""
    assert intent.kind == "service", (text, intent)
    assert intent.service_type == service_type, (text, intent)
    assert intent.place == place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("stopped oxy & got on bupe last month, when does the ache stop", "en"),
        ("on codeine instead of tramadol now, why am i still sick", "en"),
        ("перевели с метадона на бупренорфин, почему так плохо", "ru"),
        ("перешла с трамадола на метадон, когда полегчает", "ru"),
        ("перейшла з трамадолу на метадон, коли стане легше", "uk"),
        ("кинула героїн, перевели на бупренорфін, чого так крутить", "uk"),
        ("me pasé de la heroína al suboxone, cuánto dura el malestar", "es"),
        ("dejé la oxicodona y me cambié a metadona, es normal sudar tanto", "es"),
    ],
)
def test_a_switch_told_as_done_is_no_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != "combo", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("took coke and then xanax to come down, ok?", "en"),
        ("выпил метадон, потом феназепам, нормально?", "ru"),
        ("трамадол і пиво разом, можна?", "uk"),
        ("tomé tramadol y luego unas cervezas, pasa algo?", "es"),
    ],
)
def test_a_mix_stays_a_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("queensland, lawyer who does drug possession cases for cheap please", "en", "queensland"),
        ("беларусь, нужен адвокат по делу о хранении, что делать", "ru", None),
        ("полтава, адвокат по справі про зберігання, хто допоможе", "uk", "полтава"),
        ("jalisco, abogado para un caso de posesión que no cobre mucho", "es", "jalisco"),
        ("томск, адвокат за хранение, сколько это стоит обычно", "ru", "томск"),
    ],
)
def test_a_lawyer_after_a_place_set_apart(
    router: Router, text: str, lang: str, place: str | None
) -> None:
    assert_finder(router.route(text, lang), "legal-aid", place, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("guys, lawyer says i should plead guilty to possession, is that normal", "en"),
        ("мама, адвокат сказал что дадут условно, это правда", "ru"),
        ("chicos, abogado me dijo que no declare, es normal?", "es"),
        ("canada, methadone dose how much is normal", "en"),
        ("где хранить налоксон дома", "ru"),
    ],
)
def test_no_finder_after_a_word_set_apart(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != "service", text


@pytest.mark.parametrize(
    ("text", "lang", "service_type", "place"),
    [
        (
            "looking for rehab for my brother, he's on crack, anywhere in leeds",
            "en",
            "peer-support",
            "leeds",
        ),
        (
            "any detox unit in cardiff that takes people on fentanyl",
            "en",
            "opioid-agonist-therapy",
            "cardiff",
        ),
        (
            "ищу ребцентр для мужа, он на мефедроне, в екатеринбурге",
            "ru",
            "peer-support",
            "екатеринбурге",
        ),
        ("шукаю місце на детокс від метадону в полтаві", "uk", "opioid-agonist-therapy", "полтаві"),
        ("реабілітація для хлопця на солях у рівному, є щось?", "uk", "peer-support", "рівному"),
        (
            "busco centro de rehabilitación para alcohol en monterrey",
            "es",
            "peer-support",
            "monterrey",
        ),
    ],
)
def test_a_detox_bed_or_rehab_in_a_place(
    router: Router, text: str, lang: str, service_type: str, place: str
) -> None:
    assert_finder(router.route(text, lang), service_type, place, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how long does a heroin detox take", "en"),
        ("i relapsed after rehab in leeds, how do i get my tolerance back", "en"),
        ("is rehab in thailand worth it", "en"),
        ("после реабилитации в москве сорвался, как не передознуться", "ru"),
        ("la rehabilitación en méxico sirve de algo", "es"),
    ],
)
def test_rehab_talked_about_is_no_finder(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != "service", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a few mls of g and a couple of beers later, is that dumb", "en"),
        ("had some codeine earlier, a couple of valium later on ok?", "en"),
        ("выпил пару пива, а потом ещё трамадол хочу", "ru"),
        ("пів таблетки трамадолу, а пізніше пиво, норм?", "uk"),
        ("unas cervezas y más tarde un clonazepam, pasa algo?", "es"),
    ],
)
def test_the_other_one_later_is_a_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a couple of g of coke, how long does that last", "en"),
        ("does ket or coke show up later in a drug test", "en"),
        ("сначала мет, а потом меф, что сильнее", "ru"),
    ],
)
def test_later_in_a_comparison_is_no_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != "combo", text


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "two monster energy and a bit of whizz, is my heart ok",
            "en",
            {"caffeine", "amphetamine"},
        ),
        ("энергетик с мефом на ночь, норм?", "ru", {"caffeine", "mephedrone"}),
        ("п'ю каву з амфетаміном щоб вчити, це погано?", "uk", {"caffeine", "amphetamine"}),
        (
            "energizantes con perico toda la noche, me preocupa el corazón",
            "es",
            {"caffeine", "cocaine"},
        ),
    ],
)
def test_caffeine_with_a_stimulant_is_a_mix(
    router: Router, text: str, lang: str, pair: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances or ()) == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("had a coke and a coffee, why am i so jittery", "en"),
        ("where can i get a good coffee near the station", "en"),
        ("un café cerca de la estación y un baño", "es"),
    ],
)
def test_coffee_alone_or_with_a_soft_drink_is_no_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != "combo", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("чего метадон с феназепамом такое опасное сочетание", "ru"),
        ("чого прегабалін з метадоном настільки небезпечні разом", "uk"),
    ],
)
def test_why_two_depressants_are_so_dangerous_is_a_topic(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("выпил феназепам и водку, чего бояться, это опасно?", "ru"),
        ("випив ксанакс і пиво, чого чекати, це небезпечно?", "uk"),
    ],
)
def test_what_to_fear_after_taking_both_keeps_the_card(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "combo", text


@pytest.mark.parametrize(
    ("text", "place", "service_type"),
    [
        ("buenos aires intercambio de jeringas", "buenos aires", "syringe-services"),
        ("puerto rico prueba de vih gratis", "puerto rico", "hiv-testing"),
        ("santa fe naloxona quién da", "santa fe", "naloxone"),
    ],
)
def test_a_spanish_two_word_place_said_first(
    router: Router, text: str, place: str, service_type: str
) -> None:
    assert_finder(router.route(text, "es"), service_type, place, text)


@pytest.mark.parametrize("text", ["buenos días naloxona", "nuevo usuario naloxona cómo se usa"])
def test_a_greeting_or_a_new_user_is_no_place(router: Router, text: str) -> None:
    intent = router.route(text, "es")
    assert intent.kind != "service" or intent.place is None, (text, intent)
