"""Catalogs complete in every language, negotiation, plural forms, babel formatting."""

from __future__ import annotations

from datetime import date

import pytest

from bot.i18n import REQUIRED_LANGUAGES, I18n
from bot.i18n_tools import check, default_locales_dir, extract


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


def test_every_catalog_is_complete_without_fuzzy_entries_or_broken_placeholders() -> None:
    locales = default_locales_dir()
    languages = sorted({*REQUIRED_LANGUAGES, *(p.name for p in locales.iterdir() if p.is_dir())})
    problems = check(locales, languages)
    assert problems == [], "\n".join(problems[:40])


def test_extraction_finds_the_foundation_messages() -> None:
    messages = extract()
    assert "Choose your language:" in messages["hrbot"]


def test_required_languages_present(i18n: I18n) -> None:
    assert i18n.languages[:4] == list(REQUIRED_LANGUAGES)


@pytest.mark.parametrize(
    "code, expected",
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("uk", "uk"),
        ("es-MX", "es"),
        ("en-GB", "en"),
        ("pt-BR", "en"),
        (None, "en"),
        ("", "en"),
        ("zz", "en"),
    ],
)
def test_negotiation(i18n: I18n, code: str | None, expected: str) -> None:
    assert i18n.negotiate(code) == expected


def test_own_choice_wins(i18n: I18n) -> None:
    assert i18n.for_person("uk", "ru").lang == "uk"
    assert i18n.for_person(None, "ru").lang == "ru"
    assert i18n.for_person("xx", "es").lang == "es"


def test_translation_differs_per_language(i18n: I18n) -> None:
    texts = {lang: i18n.translator(lang)._("Choose your language:") for lang in REQUIRED_LANGUAGES}
    assert len(set(texts.values())) == 4


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_three_plural_forms(i18n: I18n, lang: str) -> None:
    tr = i18n.translator(lang)
    one, few, many = (
        tr.n_(
            "Please wait {n} second, then write again.",
            "Please wait {n} seconds, then write again.",
            n,
        )
        for n in (1, 3, 5)
    )
    assert len({one, few, many}) == 3
    assert "21" in tr.n_(
        "Please wait {n} second, then write again.",
        "Please wait {n} seconds, then write again.",
        21,
    )


def test_babel_formatting(i18n: I18n) -> None:
    assert i18n.translator("ru").number(1234.5) == "1\xa0234,5"
    assert i18n.translator("en").number(1234.5) == "1,234.5"
    assert "ноя" in i18n.translator("ru").date(date(2026, 11, 27))
    assert "nov" in i18n.translator("es").date(date(2026, 11, 27))


def test_catalogs_built_directly_equal_the_compiled_mo_files() -> None:
    """bot.i18n builds each catalog's translations without writing and re-reading a .mo file;
    every entry and the plural rule must be what the .mo route gives."""
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    from bot.i18n import _translations

    entries = 0
    for po_path in sorted(default_locales_dir().glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=po_path.parent.parent.name)
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        buffer.seek(0)
        expected = {k: v for k, v in Translations(buffer)._catalog.items() if k != ""}
        built = _translations(catalog)
        assert built._catalog == expected, po_path
        assert [built.plural(n) for n in range(30)] == [
            Translations(io.BytesIO(buffer.getvalue())).plural(n) for n in range(30)
        ], po_path
        entries += len(expected)
    assert entries > 1000


def test_a_negotiated_language_code_is_remembered_and_answers_the_same() -> None:
    from bot.i18n import NEGOTIATED_CODES, I18n

    i18n = I18n(cache=None)
    codes = ["pt-BR", "uk", "kk", "ru-RU", "es-419", "", None, "xx", "EN"]
    first = [i18n.negotiate(code) for code in codes]
    assert first == [i18n.negotiate(code) for code in codes]  # the remembered answers
    assert first[1:5] == ["uk", "ru", "ru", "es"]
    for n in range(NEGOTIATED_CODES + 5):  # junk codes never grow the memory without bound
        i18n.negotiate(f"x{n}")
    assert len(i18n._negotiated) <= NEGOTIATED_CODES
    assert [i18n.negotiate(code) for code in codes] == first
