"""Common pairs that TripSit rates Low Risk and that answered "unknown" (review combos-emergency.md
A-m10) now get their own rating, on the real content: through free text (the router) and through
the CLI contract (`hrbot combo --lang L --json`, A<TAB>B lines on stdin) in the four languages.
Fresh wordings, street names included. GHB + cannabis, GHB + psychedelics and opioids + SSRIs
are rated `caution`, stricter than TripSit; the opioid note rests on named regulators' warnings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bot.library.combos import ComboChecker, Named
from bot.library.intent import Router
from bot.library.model import Library
from tests.cli_inprocess import hrbot_in_process

ROOT = Path(__file__).resolve().parents[2]


def named(library: Library, item: str) -> Named:
    return Named(item, "class" if item in library.classes else "substance")


@pytest.mark.parametrize(
    ("text", "lang", "risk"),
    [
        ("xanax and weed tonight, ok?", "en", "low-risk"),
        ("smoking a joint after some ket", "en", "low-risk"),
        ("кетамин и трава вместе норм?", "ru", "low-risk"),
        ("ксанакс і трава разом", "uk", "low-risk"),
        ("ghb y porro, ¿se puede?", "es", "caution"),
        ("mdma and nitrous at a festival", "en", "low-risk"),
        ("сертралин и феназепам вместе можно?", "ru", "low-risk"),
        ("prozac and weed", "en", "low-risk"),
        ("на есциталопрамі можна кокаїн?", "uk", "low-risk"),
        ("метадон и циталопрам одновременно", "ru", "caution"),
        ("heroína y sertralina", "es", "caution"),
        ("a few balloons after a spliff", "en", "low-risk"),
        ("лирика и трава", "ru", "low-risk"),
        ("кокаин и закись азота на вечеринке", "ru", "low-risk"),
        ("лсд на метадоне можно?", "ru", "low-risk"),
        ("hongos y heroína juntos", "es", "low-risk"),
        ("clonazepam and laughing gas", "en", "low-risk"),
        ("гхб на грибах", "ru", "caution"),
        ("кетамін на сертраліні", "uk", "low-risk"),
        ("litio y fluoxetina", "es", "low-risk"),
    ],
)
def test_messages_naming_a_common_pair_get_its_risk(
    router: Router, real: Library, text: str, lang: str, risk: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and len(intent.substances) == 2, (text, intent)
    a, b = (named(real, item) for item in intent.substances)
    answer = ComboChecker(real).lookup(a, b)
    assert answer.risk == risk, (text, intent.substances, answer.risk)
    assert answer.combo is not None and answer.combo.sources


CLI_CASES = {
    "en": [
        ("xanax", "weed", "low-risk"),
        ("ket", "weed", "low-risk"),
        ("dxm", "weed", "low-risk"),
        ("ghb", "weed", "caution"),
        ("molly", "nitrous", "low-risk"),
        ("zoloft", "xanax", "low-risk"),
        ("prozac", "weed", "low-risk"),
        ("lexapro", "coke", "low-risk"),
        ("methadone", "citalopram", "caution"),
        ("fentanyl", "zoloft", "caution"),
        ("tramadol", "prozac", "dangerous"),  # its own entry still wins
        ("weed", "whippets", "low-risk"),
        ("gabapentin", "joint", "low-risk"),
        ("speed", "laughing gas", "low-risk"),
        ("shrooms", "methadone", "low-risk"),
        ("tramadol", "acid", "unsafe"),  # its own entry still wins
        ("ayahuasca", "oxycodone", "unsafe"),  # the MAOI entry is the more severe
        ("valium", "nos", "low-risk"),
        ("gbl", "acid", "caution"),
        ("ket", "sertraline", "low-risk"),
        ("lithium", "zoloft", "low-risk"),
        ("whippets", "lexapro", "low-risk"),
    ],
    "ru": [
        ("ксанакс", "трава", "low-risk"),
        ("кет", "ганжа", "low-risk"),
        ("гхб", "шишки", "caution"),
        ("экстази", "шарики", "low-risk"),
        ("сертралин", "феназепам", "low-risk"),
        ("ципралекс", "кокс", "low-risk"),
        ("героин", "золофт", "caution"),
        ("травка", "закись азота", "low-risk"),
        ("лирика", "шишки", "low-risk"),
        ("мет", "шарики", "low-risk"),
        ("грибы", "героин", "low-risk"),
        ("феназепам", "шарики", "low-risk"),
        ("гбл", "лсд", "caution"),
        ("кетамин", "прозак", "low-risk"),
    ],
    "uk": [
        ("кетамін", "трава", "low-risk"),
        ("гомк", "канабіс", "caution"),
        ("мдма", "кульки", "low-risk"),
        ("сертралін", "діазепам", "low-risk"),
        ("прозак", "марихуана", "low-risk"),
        ("метадон", "циталопрам", "caution"),
        ("канабіс", "кульки", "low-risk"),
        ("прегабалін", "трава", "low-risk"),
        ("кокаїн", "закис азоту", "low-risk"),
        ("лсд", "метадон", "low-risk"),
        ("гомк", "гриби", "caution"),
        ("літій", "сертралін", "low-risk"),
    ],
    "es": [
        ("xanax", "mota", "low-risk"),
        ("keta", "porro", "low-risk"),
        ("éxtasis líquido", "marihuana", "caution"),
        ("sertralina", "diazepam", "low-risk"),
        ("perico", "cipralex", "low-risk"),
        ("metadona", "citalopram", "caution"),
        ("heroína", "fluoxetina", "caution"),
        ("mota", "gas de la risa", "low-risk"),
        ("pregabalina", "marihuana", "low-risk"),
        ("cocaína", "óxido nitroso", "low-risk"),
        ("hongos", "metadona", "low-risk"),
        ("éxtasis líquido", "ayahuasca", "caution"),
        ("ketamina", "sertralina", "low-risk"),
        ("óxido nitroso", "escitalopram", "low-risk"),
    ],
}


@pytest.mark.parametrize("lang", sorted(CLI_CASES))
def test_the_cli_answers_common_pairs_in_every_language(lang: str) -> None:
    cases = CLI_CASES[lang]
    stdin = "".join(f"{a}\t{b}\n" for a, b, _ in cases)
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(ROOT / "content")}
    code, out, err = hrbot_in_process("combo", "--lang", lang, "--json", stdin=stdin, env=env)
    assert code == 0, err
    found = [json.loads(line) for line in out.strip().splitlines()]
    assert len(found) == len(cases)
    for (a, b, risk), answer in zip(cases, found, strict=True):
        assert answer["ask"] is False and answer["a"] and answer["b"], (a, b, answer)
        assert answer["risk"] == risk, (a, b, answer)


def test_opioids_with_ssris_name_serotonin_toxicity_and_the_qt_interval(real: Library) -> None:
    checker = ComboChecker(real)
    answer = checker.lookup(checker.resolve("methadone"), checker.resolve("escitalopram"))
    assert answer.risk == "caution" and answer.combo is not None
    publishers = " ".join(s.publisher for s in answer.combo.sources)
    assert "Food and Drug Administration" in publishers and "MHRA" in publishers
    for lang, words in {
        "en": ("serotonin", "QT"),
        "ru": ("серотонин", "QT"),
        "uk": ("серотонін", "QT"),
        "es": ("serotonin", "QT"),
    }.items():
        note = answer.combo.notes[lang]
        assert all(word in note for word in words), (lang, note)
    # The class answer is still its worst member (tramadol), never the milder class entry.
    assert checker.lookup(checker.resolve("opioids"), checker.resolve("ssris")).risk == "dangerous"
