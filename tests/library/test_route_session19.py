"""Routing kinds of the nineteenth session (issue 9, point 4), on the real content, in fresh
words (not the labelled messages of route18).

Fixed kinds: an abscess said by its symptom word ("нарыв"/"нарив" as whole words only, since
"нарываться"/"наривається" is asking for trouble; "гнойник", "гнійник", "фурункул", "нагноение";
an infected arm, leg or injection site) is wound care; PEP typed with Э ("пэп") is PEP; a group
or meeting for people who use ("meetings for drug users", "grupos para gente que consume") is
peer support, a group for anyone else is none; getting onto a substitution therapy said as such
("как попасть на заместительную терапию", "як стати на замісну терапію") opens the finder when
the person also says where they live, and stays the topic without it; "farla" (Spain's short
form of "farlopa") is cocaine, "farola" (a street lamp) is no drug; a test named by its everyday
object (pregnancy, covid, driving, eye: "тест на вагітність", "prueba de embarazo") is no HIV
test nor drug checking, a bare "test" with a place stays the HIV test; Ukrainian summer ("все
літо", "до літа") is no lithium ("літій"); getting drunk said as "ponerse pedo" (Mexico) or
"pillarse un pedo" (Spain) is alcohol, "pedo" alone (a problem, a fart) is not. Guards beside
each kind stay as they are.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # an abscess by its symptom word
        ("где в одессе вскроют нарыв после укола?", "ru", "wound-care"),
        ("где в харькове обработать гнойник на бедре", "ru", "wound-care"),
        ("де в одесі можуть глянути нарив на руці", "uk", "wound-care"),
        ("де у черкасах лікують гнійники після ін'єкцій", "uk", "wound-care"),
        ("фурункул на ноге, где в днепре помогут бесплатно", "ru", "wound-care"),
        ("where in leeds can i get an infected arm seen to", "en", "wound-care"),
        ("my injection site got infected, anywhere in glasgow that helps", "en", "wound-care"),
        # a bare test with a place stays the HIV test
        ("where can i get tested in bristol today", "en", "hiv-testing"),
        # a consumption room is still one
        ("any safe injection site in glasgow open late", "en", "supervised-consumption"),
        # PEP typed with Э
        ("презерватив слетел, где в харькове достать пэп", "ru", "prep-pep"),
        # a group for people who use
        ("any meetings in cork for drug users?", "en", "peer-support"),
        ("is there a group in leeds for people who still use", "en", "peer-support"),
        ("hay algún grupo en sevilla para gente que consume?", "es", "peer-support"),
        # getting onto substitution therapy, the person saying where they live
        (
            "как встать на заместительную терапию в харькове, живу на салтовке",
            "ru",
            "opioid-agonist-therapy",
        ),
        (
            "як потрапити на замісну терапію в одесі, мешкаю на таїрова",
            "uk",
            "opioid-agonist-therapy",
        ),
    ],
)
def test_service_requests_open_the_finder(router: Router, text: str, lang: str, kind: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.service_type == kind, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # asking for trouble is no abscess
        ("где в харькове он опять нарывается на драку", "ru"),
        ("де в одесі він знову наривається на бійку", "uk"),
        # a group for anyone else
        ("any hiking groups in leeds for people who like long walks", "en"),
        ("hay algún grupo en sevilla para gente que toca la guitarra?", "es"),
        # how substitution therapy goes, with no home said
        ("як стати на замісну терапію в Харкові, які документи потрібні", "uk"),
        ("как попасть на заместительную терапию, долго ли ждать очереди", "ru"),
        # a test of something else
        ("where can i get a covid test done in bristol", "en"),
        ("where do i sit my driving theory test in cork", "en"),
        ("де в одесі купити тест на вагітність", "uk"),
        ("где в омске сделать тест на ковид", "ru"),
        ("¿dónde venden pruebas de embarazo en puebla?", "es"),
        # summer is no lithium
        ("все літо сиджу на меті, як відновити сон", "uk"),
        ("до літа треба злізти з мефу, з чого почати", "uk"),
        # "pedo" alone
        ("¿cuál es el pedo con el tramadol, por qué pega tanto?", "es"),
        # a street lamp is no drug
        ("la farola de mi calle lleva una semana apagada, ¿a quién llamo?", "es"),
    ],
)
def test_look_alikes_stay_off_the_finder(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind not in ("service", "combo"), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("un poco de farla y unas copas, ¿mal rollo?", "es", {"cocaine", "alcohol"}),
        ("¿farla encima del tramadol es peligroso?", "es", {"cocaine", "tramadol"}),
        ("estoy con sertralina, ¿me puedo poner pedo en la boda?", "es", {"sertraline", "alcohol"}),
        ("con el diazepam, ¿pillarse un pedo es muy chungo?", "es", {"diazepam", "alcohol"}),
        ("п'ю літій, а влітку хочу спробувати гриби, можна?", "uk", {"lithium", "psilocybin"}),
    ],
)
def test_street_and_drink_words_in_a_combination(
    router: Router, text: str, lang: str, pair: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances or ()) == pair, (text, intent)
