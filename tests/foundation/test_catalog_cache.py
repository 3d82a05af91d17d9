"""The compiled-catalogue cache (HRBOT_YAML_CACHE/catalogs) gives exactly what compiling gives."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot import i18n

LOCALES = Path(__file__).resolve().parents[2] / "locales"
# The real function, also when the test session shares loaded catalogues (tests/shared_loads.py).
compile_catalogs = getattr(i18n.compile_catalogs, "__wrapped__", i18n.compile_catalogs)


def _table(catalogs: dict) -> dict:
    return {lang: dict(t._catalog) for lang, t in catalogs.items()}


def _plurals(catalogs: dict) -> dict:
    return {
        lang: [t.plural(n) for n in (0, 1, 2, 5, 11, 21, 22, 101)] for lang, t in catalogs.items()
    }


def test_cached_catalogues_equal_compiled_ones_and_follow_edits(tmp_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    cache = tmp_path / "cache"
    plain = compile_catalogs(locales)
    first = compile_catalogs(locales, cache)  # compiles and stores
    stored = sorted((cache / "catalogs").glob("*.pickle"))
    assert len(stored) == len(plain) >= 4
    second = compile_catalogs(locales, cache)  # read back from the cache
    assert _table(first) == _table(second) == _table(plain)
    assert _plurals(first) == _plurals(second) == _plurals(plain)

    # an edited .po file is compiled again, not read from the old entry
    po = next((locales / "ru" / "LC_MESSAGES").glob("*.po"))
    text = po.read_text(encoding="utf-8")
    msgid = next(
        line for line in text.splitlines() if line.startswith('msgid "') and line != 'msgid ""'
    )
    po.write_text(text.replace(msgid, msgid[:-1] + ' (edited)"', 1), encoding="utf-8")
    edited = compile_catalogs(locales, cache)
    assert _table(edited)["ru"] != _table(second)["ru"]
    assert _table(edited)["ru"] == _table(compile_catalogs(locales))["ru"]


def test_a_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    good = compile_catalogs(LOCALES, cache)
    for entry in (cache / "catalogs").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert _table(compile_catalogs(LOCALES, cache)) == _table(good)
