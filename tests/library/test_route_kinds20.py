"""Routing kinds of the twentieth session (issue 9), on the real content, in fresh words (not the
labelled messages of route19).

Fixed kinds:
- someone who can see to it, in a place, with no "where" ("who drains abscesses in leeds", "кто в
  самаре может обработать рану", "хто у вінниці може оглянути нарив", "quién me revisa una
  herida en tepito"): the finder there, the place filled in, also when a modal or an infinitive
  follows a place typed in lower case;
- somewhere in a city said in Russian or Ukrainian ("где-то в самаре", "десь у вінниці") with a
  service or the drug itself checked ("проверить соль", "перевірити марки"): the finder there;
- the person saying where they are ("я на салтовке", "i'm staying in camden", "estoy en
  tlalpan") beside a service named with no drug: the finder; on a drug ("я на метадоне") no;
- a wish to get it done there ("quiero que me hagan la prueba en ...", "хочу здати тест у ...",
  "can i get a naloxone kit round ..."), "round" as a place preposition, a free lawyer with a
  place ("abogado gratis", "free solicitor"): the finder; whether PrEP is free stays the topic;
- nowhere to sleep said as such ("негде ночевать", "ніде ночувати", "sleeping rough"): shelter;
- getting onto a programme with "встать на" / "стати на": the finder, as "попасть на" already;
- a risk asked as foolishness or going badly ("is it stupid to ...", "will it be bad", "es mala
  idea"): a combination when two drugs are named;
- street words: "план" in a Russian smoking frame, one "колесо" swallowed ("закинулся колесом"),
  "chochos" (Mexico's street pills, benzodiazepines; in the plural only) and "a bag of brown"
  are drugs; a plan, a bicycle wheel, one "chocho" (a lupin bean) are not;
- a word whose meaning depends on the country joined by "and" to one of its meanings ("pepas y
  cristal") names two things: the card (which asks), not one thing said twice.
- a later clause naming a place the person is not asking about (where they live, were, usually
  go, or where it is no longer given: "i normally get it in croydon", "бо в житомирі вже не
  дають", "en coyoacán ya no hay"): the finder looks in the place asked, not the last named.
Guards beside each kind stay as they are.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        # someone who can see to it, in a place
        ("who drains abscesses in leeds", "en", "wound-care", "leeds"),
        ("who could check a nasty injection wound in glasgow", "en", "wound-care", "glasgow"),
        ("кто в самаре может обработать абсцесс на руке", "ru", "wound-care", "самаре"),
        ("хто у вінниці може оглянути нарив на нозі", "uk", "wound-care", "вінниці"),
        ("quién me revisa un absceso en tepito", "es", "wound-care", "tepito"),
        # somewhere in a city, in Russian or Ukrainian
        ("где-то в самаре можно проверить соль на примеси?", "ru", "drug-checking", "самаре"),
        ("десь у вінниці можна перевірити марки?", "uk", "drug-checking", "вінниці"),
        # the person says where they are
        ("хочу провериться на гепатит, я на салтовке", "ru", "hepatitis-testing-treatment", None),
        ("hiv test this week, i'm staying in camden", "en", "hiv-testing", "camden"),
        ("prueba de vih rápida, estoy en tlalpan", "es", "hiv-testing", "tlalpan"),
        # a wish to get it done there, "round", a free lawyer
        ("quiero que me hagan la prueba de hepatitis en tlalpan", "es", None, "tlalpan"),
        ("хочу здати тест на віл у вінниці", "uk", "hiv-testing", "вінниці"),
        ("can i get a naloxone kit round peckham", "en", "naloxone", "peckham"),
        ("me pararon con mota en tepito, abogado gratis?", "es", "legal-aid", "tepito"),
        # nowhere to sleep
        ("негде ночевать второй день, я в самаре, куда податься", "ru", "shelter", None),
        ("ніде ночувати, я у вінниці, куди піти", "uk", "shelter", None),
        ("sleeping rough in leeds, any beds going", "en", "shelter", "leeds"),
        # getting onto a programme with "встать на"
        ("как стать на метадоновую программу в самаре", "ru", "opioid-agonist-therapy", None),
    ],
)
def test_service_asked_without_where(
    router: Router, text: str, lang: str, kind: str | None, place: str | None
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE, (text, intent)
    if kind is not None:
        assert intent.service_type == kind, (text, intent)
    if place is not None:
        assert (intent.place or "").lower() == place, (text, intent)
    else:
        assert intent.place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # whether a lawyer is free, asked yes or no: no request
        ("is a lawyer free in leeds if the police arrest you", "en"),
        # on a drug, not at a place
        ("я на метадоне в самаре, можно ли пить", "ru"),
        # who can catch it, or who may carry it: no one to go to
        ("who can get hiv from sharing a pipe", "en"),
        ("кто может заразиться гепатитом через трубку", "ru"),
        # sleeping badly is no shelter
        ("не могу спать после мефа третий день", "ru"),
        ("is sleeping rough bad for abscesses", "en"),
        # the body checked after a drug is no drug checking
        ("можно ли в самаре проверить печень после мефа", "ru"),
        # an everyday "where" with a place
        ("где-то в самаре есть хорошая шаурма?", "ru"),
    ],
)
def test_look_alikes_stay_off_the_finder(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind != Route.SERVICE, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a risk asked as foolishness or going badly
        ("is it stupid to drink on a ket comedown", "en"),
        ("had a bag of brown this morning, will it be bad to have a line later", "en"),
        ("выпил пива, плохая идея сейчас мефа?", "ru"),
        ("es mala idea fumar mota después de unas tachas?", "es"),
        # street words
        ("дунул плана, можно теперь кетамина?", "ru"),
        ("закинулся колесом, можно сверху пива?", "ru"),
        ("закинувся колесом, чи можна потім горілки", "uk"),
        ("chochos con chelas, qué tan peligroso", "es"),
        # a country-dependent word joined by "and" to one of its meanings
        ("pepas y cristal en la misma noche, está cabrón?", "es"),
    ],
)
def test_combinations_in_street_words(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a plan, a wheel
        ("какой план на выходные, курить бросил", "ru"),
        ("колесо от велосипеда закинул в багажник, можно ли так ехать", "ru"),
        # one "chocho" is a lupin bean as often
        ("chocho con limón y una chela de botana, qué tal combinan", "es"),
        # one thing said twice or asked whether the same
        ("cristal y tachas, es lo mismo?", "es"),
        ("molly and mdma, same thing?", "en"),
        # the comedown after two drugs, asked how to cope
        ("the comedown off meth and coke, how do i get through it", "en"),
    ],
)
def test_look_alikes_stay_off_the_card(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind != Route.COMBO, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # a later clause names a place the person is not asking about: the finder looks where
        # they are or ask, not in the last place named
        ("naloxone in peckham?? i normally get it in croydon", "en", "peckham"),
        ("where can i get tested in leeds, i was in york at the weekend", "en", "leeds"),
        ("сейчас в самаре, а живу в тольятти, где взять налоксон", "ru", "самаре"),
        ("де у вінниці взяти шприци, бо в житомирі вже не дають", "uk", "вінниці"),
        ("dónde dan jeringas en tlalpan, en coyoacán ya no hay", "es", "tlalpan"),
    ],
)
def test_the_finder_looks_where_the_person_asks(
    router: Router, text: str, lang: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE, (text, intent)
    assert (intent.place or "").lower() == place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # guards: the place said last is the one asked, or the only clause names where one lives
        ("where in kyiv can i get needles, near podil", "en", "podil"),
        ("i live in leeds, where can i get naloxone", "en", "leeds"),
        ("живу в самаре, где взять налоксон", "ru", "самаре"),
    ],
)
def test_places_kept_when_no_other_place_is_set_aside(
    router: Router, text: str, lang: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE, (text, intent)
    assert (intent.place or "").lower() == place, (text, intent)
