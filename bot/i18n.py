"""Languages: gettext catalogs compiled at start, locale negotiation, babel formatting.

Catalogs live in ``locales/<lang>/LC_MESSAGES/*.po``, one file per feature (``hrbot.po`` for
the foundation, others beside it); all files of a language are merged into one catalogue.
They are compiled in memory at start, so a fresh clone needs no build step.

In code, mark strings with ``tr._("...")`` and ``tr.n_("one", "many", n)`` on the person's
``Translator``; for strings defined at import time use ``N_("...")`` and translate later
with ``tr._(value)``. Placeholders use ``str.format`` names: ``tr._("Hi {name}", name=x)``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from gettext import c2py
from pathlib import Path
from types import EllipsisType
from typing import Any

from babel import Locale
from babel.core import negotiate_locale
from babel.dates import format_date, format_datetime, format_time
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
REQUIRED_LANGUAGES = ("en", "ru", "uk", "es")
# A Telegram language the bot lacks -> the language most people there also read. Override with
# HRBOT_LANGUAGE_FALLBACKS=kk:ru,be:ru,... (``off`` for none: such people then get English).
DEFAULT_FALLBACKS = {code: "ru" for code in ("kk", "ky", "tg", "uz", "be", "az", "hy", "ka", "tk")}
FALLBACKS_ENV = "HRBOT_LANGUAGE_FALLBACKS"


def parse_fallbacks(raw: str | None) -> dict[str, str]:
    """``kk:ru,be:ru`` -> ``{"kk": "ru", "be": "ru"}``; empty -> the defaults; ``off`` -> none."""
    if raw is None or not raw.strip():
        return dict(DEFAULT_FALLBACKS)
    if raw.strip().lower() in ("off", "none", "-"):
        return {}
    out: dict[str, str] = {}
    for part in raw.split(","):
        if not part.strip():
            continue
        source, sep, target = part.partition(":")
        source, target = source.strip().lower().replace("-", "_"), target.strip().lower()
        if (
            not sep
            or not source
            or not target
            or not source.replace("_", "").isalpha()
            or not target.isalpha()
        ):
            from bot.config import ConfigError

            raise ConfigError(
                f"{FALLBACKS_ENV}: cannot read {part.strip()!r}; write it like kk:ru,be:ru"
            )
        out[source] = target
    return out


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet."""
    return message


def default_locales_dir() -> Path:
    """``locales/`` beside the package in a checkout, else in the working directory."""
    beside = Path(__file__).resolve().parent.parent / "locales"
    return beside if beside.is_dir() else Path.cwd() / "locales"


def compile_catalogs(locales_dir: Path, cache: Path | None = None) -> dict[str, Translations]:
    """Read and compile every ``*.po`` file, merged per language. With ``cache`` (a folder),
    a language whose files are unchanged is read from its compiled table there (babel's .po
    parser is pure Python: most of the catalogues' share of the start)."""
    result: dict[str, Translations] = {}
    if not locales_dir.is_dir():
        raise FileNotFoundError(f"the locales folder {locales_dir} does not exist")
    for lang_dir in sorted(p for p in locales_dir.iterdir() if (p / "LC_MESSAGES").is_dir()):
        paths = sorted((lang_dir / "LC_MESSAGES").glob("*.po"))
        if not paths:
            continue
        merged = _cached_catalog(cache, lang_dir.name, paths) if cache is not None else None
        if merged is None:
            for po_path in paths:
                with po_path.open("rb") as handle:
                    catalog = read_po(handle, locale=lang_dir.name)
                translations = _translations(catalog)
                if merged is None:
                    merged = translations
                    plural_expr = catalog.plural_expr
                else:
                    merged.merge(translations)
            if cache is not None and merged is not None:
                _store_catalog(cache, lang_dir.name, paths, merged, plural_expr)
        if merged is not None:
            result[lang_dir.name] = merged
    return result


def _catalog_entry(cache: Path, lang: str, paths: list[Path]) -> Path | None:
    import hashlib
    import sys

    import babel

    digest = hashlib.sha256(f"{babel.__version__}|{lang}".encode())
    digest.update(Path(sys.modules[__name__].__file__ or "").read_bytes())  # this code
    try:
        for path in paths:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    key = digest.hexdigest()
    return cache / "catalogs" / f"{key}.pickle"


def _cached_catalog(cache: Path, lang: str, paths: list[Path]) -> Translations | None:
    """The compiled table of these files, if the cache has it (plain dicts, strings and ints:
    the unpickler refuses every class)."""
    import io
    import pickle

    class _NoClasses(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            raise pickle.UnpicklingError(f"{module}.{name}: not part of a catalogue")

    entry = _catalog_entry(cache, lang, paths)
    if entry is None:
        return None
    try:
        table, plural_expr = _NoClasses(io.BytesIO(entry.read_bytes())).load()
    except Exception:  # noqa: BLE001 - missing or damaged: compiled again
        return None
    if not isinstance(table, dict) or not isinstance(plural_expr, str):
        return None
    translations = Translations()
    translations._catalog.update(table)
    plural: Any = c2py(plural_expr)
    translations.plural = plural
    return translations


def _store_catalog(
    cache: Path, lang: str, paths: list[Path], merged: Translations, plural_expr: str
) -> None:
    import os
    import pickle
    import threading

    entry = _catalog_entry(cache, lang, paths)
    if entry is None:
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f"{entry.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        data = (dict(merged._catalog), plural_expr)
        tmp.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, entry)
    except (OSError, pickle.PicklingError) as exc:
        log.debug("A compiled catalogue could not be cached (%s)", type(exc).__name__)


def _translations(catalog: Catalog) -> Translations:
    """The catalog as ``write_mo`` (without fuzzy entries) and ``Translations`` reading that .mo
    would give it, built directly (writing and re-reading the .mo took half of the catalogs'
    start-up time). ``tests/foundation/test_i18n.py`` compares both ways on every catalog."""
    translations = Translations()
    table: dict[Any, Any] = translations._catalog
    for message in list(catalog)[1:]:
        if not message.string or message.fuzzy:
            continue
        prefix = f"{message.context}\x04" if message.context else ""
        if message.pluralizable:
            msgid = prefix + str(message.id[0])
            for n, text in enumerate(message.string):
                table[(msgid, n)] = text or message.id[min(n, 1)]
        else:
            table[prefix + str(message.id)] = message.string
    plural: Any = c2py(catalog.plural_expr)  # babel types it for floats; gettext calls it with ints
    translations.plural = plural
    return translations


@dataclass
class Translator:
    """The person's language: translation plus babel formatting, bound once per update."""

    lang: str
    locale: Locale
    translations: NullTranslations

    def _(self, message: str, **values: object) -> str:
        text = self.translations.gettext(message)
        return text.format(**values) if values else text

    def n_(self, singular: str, plural: str, n: int, **values: object) -> str:
        text = self.translations.ngettext(singular, plural, n)
        return text.format(n=self.number(n), **values)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)

    def date(self, value: date, fmt: str = "medium") -> str:
        return format_date(value, format=fmt, locale=self.locale)

    def time(self, value: time | datetime, fmt: str = "short", tz: tzinfo | None = None) -> str:
        return format_time(value, format=fmt, tzinfo=tz, locale=self.locale)

    def datetime(self, value: datetime, fmt: str = "medium", tz: tzinfo | None = None) -> str:
        return format_datetime(value, format=fmt, tzinfo=tz, locale=self.locale)

    @property
    def native_name(self) -> str:
        name = self.locale.get_display_name(self.locale) or self.lang
        return name[:1].upper() + name[1:]


NEGOTIATED_CODES = 1_000  # at most this many of Telegram's language codes kept negotiated


class I18n:
    """All catalogs, and a Translator per language (created once, shared)."""

    def __init__(
        self,
        locales_dir: Path | None = None,
        fallbacks: dict[str, str] | None = None,
        cache: Path | None | EllipsisType = ...,
    ) -> None:
        self.locales_dir = locales_dir or default_locales_dir()
        if fallbacks is None:  # HRBOT_LANGUAGE_FALLBACKS (settings.core) or these
            fallbacks = dict(DEFAULT_FALLBACKS)
        self.fallbacks = fallbacks
        if isinstance(cache, EllipsisType):  # the parsed-content cache's folder (HRBOT_YAML_CACHE)
            from bot.config import yaml_cache_dir

            cache = yaml_cache_dir()
        catalogs = compile_catalogs(self.locales_dir, cache)
        self._translators: dict[str, Translator] = {}
        for lang, translations in catalogs.items():
            self._translators[lang] = Translator(lang, Locale.parse(lang), translations)
        if DEFAULT_LANGUAGE not in self._translators:
            self._translators[DEFAULT_LANGUAGE] = Translator(
                DEFAULT_LANGUAGE, Locale.parse(DEFAULT_LANGUAGE), NullTranslations()
            )
        missing = [lang for lang in REQUIRED_LANGUAGES if lang not in self._translators]
        if missing:
            log.warning("No catalog for required language(s): %s", ", ".join(missing))
        rest = sorted(lang for lang in self._translators if lang not in REQUIRED_LANGUAGES)
        self._languages = [lang for lang in REQUIRED_LANGUAGES if lang in self._translators] + rest
        # Telegram's language codes already negotiated (every update asks: a handful of codes)
        self._negotiated: dict[str, str] = {}

    @property
    def languages(self) -> list[str]:
        """Available languages, the required ones first in their fixed order."""
        return list(self._languages)

    def negotiate(self, language_code: str | None) -> str:
        """Map Telegram's ``language_code`` (``pt-BR``, ``uk``...) to an available language."""
        if not language_code:
            return DEFAULT_LANGUAGE
        found = self._negotiated.get(language_code)
        if found is None:
            found = self._negotiate(language_code)
            if len(self._negotiated) >= NEGOTIATED_CODES:
                self._negotiated.clear()  # codes are a handful; a client sending junk codes
            self._negotiated[language_code] = found
        return found

    def _negotiate(self, language_code: str) -> str:
        code = language_code.strip().replace("-", "_")
        found = negotiate_locale([code, code.split("_")[0]], self.languages, sep="_")
        if found in self._translators:
            return found
        # a language the bot lacks: the one people there read (kk -> ru), when the bot has it
        for key in (code.lower(), code.split("_")[0].lower()):
            target = self.fallbacks.get(key)
            if target in self._translators:
                return target
        return DEFAULT_LANGUAGE

    def translator(self, lang: str | None) -> Translator:
        return (
            self._translators.get(lang or DEFAULT_LANGUAGE) or self._translators[DEFAULT_LANGUAGE]
        )

    def for_person(self, chosen: str | None, language_code: str | None) -> Translator:
        """The person's own choice first, else Telegram's language code (or its fallback, such as
        Russian for Kazakh), else English."""
        if chosen and chosen in self._translators:
            return self._translators[chosen]
        return self._translators[self.negotiate(language_code)]
