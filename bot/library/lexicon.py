"""The slang and region lexicon (``content/lexicon.yaml``): street words to substances and topics.

No Telegram here. Each entry is one *sense* of some words::

    - words: {es: [cristal, cristalito]}
      countries: [MX]            # optional: the sense holds only there (ISO 3166 alpha-2)
      substances: [methamphetamine]   # optional: ids from combos.yaml (substances or classes)
      topics: [methamphetamine]  # optional: topic ids this word points to
      expand: {es: "metanfetamina"}   # optional: words added to a search query
      alone: true                # optional: a reading only when the word is the whole message

A word with several senses that disagree (and no country to tell them apart) is *ambiguous*:
the bot asks "Do you mean ...?" instead of guessing. A sense marked ``alone: true`` is a reading
of a bare word sent on its own ("фен": amphetamine, or phenazepam): words around it usually
settle which one is meant ("фен для волос", "феня с пивом"), so such senses count only for a
message that is nothing but the word (``bare``); search, the combination checker and ``find``
never see them.

Search uses ``expansion``; the
combination checker uses ``substances_for``. Lexicon words are also protected from the
stemmer (``protected``), so "феня" (phenazepam) never becomes "фен" (amphetamine).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot import yamlcache
from bot.yamlstrict import Document, Problem

LEXICON_FILE = "lexicon.yaml"
FIELDS = ("words", "countries", "substances", "topics", "expand", "note", "alone")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CYRILLIC = re.compile(r"^[\u0400-\u04ff]")
# Russian and Ukrainian noun endings, for slang the stemmers do not know
_CASE_ENDINGS = {
    "а",
    "у",
    "е",
    "и",
    "і",
    "ы",
    "ю",
    "я",
    "ом",
    "ем",
    "ой",
    "ою",
    "ею",
    "ам",
    "ах",
    "ами",
    "ів",
    "ов",
    "ей",
    "ям",
    "ях",
    "ями",
    "ого",
    "ому",
}
_UK_TO_RU = str.maketrans({"є": "е", "і": "и", "ї": "и", "ґ": "г"})
_WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*", re.UNICODE)


_SPACES_RE = re.compile(r"\s+")


# Remembered per word (pure; routing and search fold the same words of a message ~60 times)
@lru_cache(maxsize=32768)
def fold_term(text: str) -> str:
    """Lower case, ё→е, apostrophes unified, spaces collapsed; accents on Latin letters removed."""
    from bot.library.textproc import strip_latin_accents

    text = text.strip().lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")
    text = strip_latin_accents(text)
    return _SPACES_RE.sub(" ", text)


@dataclass(frozen=True, eq=False)
class Sense:
    words: dict[str, tuple[str, ...]]
    countries: tuple[str, ...] = ()
    substances: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    expand: dict[str, str] = field(default_factory=dict)
    line: int = 0
    alone: bool = False  # a reading only of the word sent on its own (see the module docstring)

    def applies(self, country: str | None) -> bool:
        return not self.countries or (country is not None and country.upper() in self.countries)


@dataclass(frozen=True)
class Match:
    """A lexicon word found in a text, with the senses that apply."""

    term: str
    senses: tuple[Sense, ...]

    @property
    def ambiguous(self) -> bool:
        return len({(s.substances, s.topics) for s in self.senses}) > 1


class Lexicon:
    def __init__(self, senses: Iterable[Sense] = ()) -> None:
        self.senses = list(senses)
        self._by_term: dict[str, list[tuple[str, Sense]]] = {}
        for sense in self.senses:
            for lang, words in sense.words.items():
                for word in words:
                    self._by_term.setdefault(fold_term(word), []).append((lang, sense))
        self.max_words = max((len(t.split()) for t in self._by_term), default=1)
        self._stems: dict[str, dict[str, tuple[tuple[str, Sense], ...]]] = {}

    def __len__(self) -> int:
        return len(self.senses)

    def _inflected(self, word: str, lang: str | None) -> list[tuple[str, Sense]]:
        """Senses of a form the lexicon does not list: a Ukrainian spelling of a listed word
        ("мєфом" -> "мефом"), or another case ending of a listed word of at least four letters
        ("на крисах" -> "крис"). Never a shorter word's sense: "феня" stays phenazepam."""
        if " " in word or len(word) < 4:
            return []
        twin = word.translate(_UK_TO_RU)
        if twin != word and twin in self._by_term:
            return self._by_term[twin]
        if _CYRILLIC.match(word):
            # a case ending the stemmer does not know on slang ("після бутику" -> "бутик")
            for size in (1, 2, 3):
                base = word[:-size]
                if len(base) >= 4 and word[-size:] in _CASE_ENDINGS and base in self._by_term:
                    return self._by_term[base]
            # a listed noun ending in "-а"/"-я" in another case: the ending in place of that
            # vowel ("на бупрі", "без бупри", "бупрою" -> "бупра"); never a reflexive verb's
            # "-ся" ("вмазался" is listed in its own forms)
            for size in (1, 2, 3):
                base = word[:-size]
                if len(base) < 4 or word[-size:] not in _CASE_ENDINGS:
                    continue
                for vowel in ("а", "я"):
                    listed = self._by_term.get(base + vowel)
                    if listed and not (base + vowel).endswith("ся"):
                        return listed
        if lang not in ("ru", "uk", "es"):
            return []  # English slang lists its forms ("blowing" is not "blow", cocaine)
        stems = self._stems.get(lang)
        if stems is None:
            stems = self._stems[lang] = self._stem_index(lang)
        from bot.library.textproc import analyzer_for

        stem = analyzer_for(lang).stem(word)
        found = stems.get(stem)
        if found:
            return list(found)
        return self._spanish_variant(word) if lang == "es" else []

    def _spanish_variant(self, word: str) -> list[tuple[str, Sense]]:
        """A Spanish word typed by ear or made small: "ribotril" is "rivotril", "merquita" is
        "merca" (a listed word's diminutive or another spelling of its sounds, words of at least
        five letters; a spelling two different meanings share is left out)."""
        from bot.library.textproc import spanish_plain_forms, spanish_sound_key

        for form in spanish_plain_forms(word):
            own = [(lg, s) for lg, s in self._by_term.get(form, ()) if lg == "es"]
            if own:
                return own
        if len(word) < 5:
            return []
        sounds = self._stems.get("es-sound")
        if sounds is None:
            sounds = self._stems["es-sound"] = self._sound_index()
        found = sounds.get(spanish_sound_key(word))
        return list(found) if found else []

    def _sound_index(self) -> dict[str, tuple[tuple[str, Sense], ...]]:
        from bot.library.textproc import spanish_sound_key

        out: dict[str, list[tuple[str, Sense]]] = {}
        clash: set[str] = set()
        for term, senses in self._by_term.items():
            if " " in term or len(term) < 5:
                continue
            own = [(lg, s) for lg, s in senses if lg == "es"]
            if not own:
                continue
            key = spanish_sound_key(term)
            known = out.get(key)
            if known is not None and {id(s) for _, s in known} != {id(s) for _, s in own}:
                clash.add(key)
            out.setdefault(key, own)
        return {k: tuple(v) for k, v in out.items() if k not in clash}

    def _stem_index(self, lang: str) -> dict[str, tuple[tuple[str, Sense], ...]]:
        """Stem -> senses of the single-word terms of ``lang`` with that stem (stems of at least
        four letters; a stem two different meanings share is left out)."""
        from bot.library.textproc import analyzer_for

        analyzer = analyzer_for(lang)
        out: dict[str, list[tuple[str, Sense]]] = {}
        clash: set[str] = set()
        for term, senses in self._by_term.items():
            if " " in term:
                continue
            own = [(lg, s) for lg, s in senses if lg == lang]
            if not own:
                continue
            stem = analyzer.stem(term)
            if len(stem) < 4:
                continue
            known = out.get(stem)
            if known is not None and {id(s) for _, s in known} != {id(s) for _, s in own}:
                clash.add(stem)
            out.setdefault(stem, own)
        return {k: tuple(v) for k, v in out.items() if k not in clash}

    def is_term(self, word: str) -> bool:
        return fold_term(word) in self._by_term

    def terms(self) -> list[str]:
        return sorted(self._by_term)

    def senses_for(
        self,
        term: str,
        lang: str | None = None,
        country: str | None = None,
        alone: bool = False,
    ) -> list[Sense]:
        """The senses of ``term`` that apply: the person's language first (other languages'
        senses only when it has none), and with a known country, that country's senses over
        the general ones. ``alone``: the word is the whole message, so its ``alone`` senses
        count too."""
        found = self._by_term.get(fold_term(term)) or self._inflected(fold_term(term), lang)
        if not alone:
            found = [(lg, s) for lg, s in found if not s.alone]
        if not found:
            return []
        same = [s for lg, s in found if lg == lang] if lang else []
        pool = same or [s for _, s in found]
        pool = list(dict.fromkeys(pool))
        if country:
            local = [s for s in pool if s.countries and country.upper() in s.countries]
            if local:
                return local
            return [s for s in pool if s.applies(country)] or pool
        return pool

    def substances_for(self, term: str, lang: str, country: str | None = None) -> list[str]:
        """Substance ids (combos.yaml) a word may name, most likely first; several = ambiguous."""
        out: list[str] = []
        for sense in self.senses_for(term, lang, country):
            for sub in sense.substances:
                if sub not in out:
                    out.append(sub)
        return out

    def bare(self, text: str, lang: str, country: str | None = None) -> Match | None:
        """The message is one lexicon word and nothing else ("фен", "¿cristal?"): that word with
        every reading it may have on its own (``alone`` senses included), or None."""
        words = [fold_term(w) for w in _WORD_RE.findall(text)]
        if not words or len(words) > min(self.max_words, 3):
            return None
        phrase = " ".join(words)
        if phrase not in self._by_term and (len(words) > 1 or not self._inflected(phrase, lang)):
            return None
        senses = self.senses_for(phrase, lang, country, alone=True)
        return Match(phrase, tuple(senses)) if senses else None

    def find(self, text: str, lang: str, country: str | None = None) -> list[Match]:
        """Lexicon words in a text (longest first), each with its applicable senses."""
        words = [fold_term(w) for w in _WORD_RE.findall(text)]
        used = [False] * len(words)
        out: list[Match] = []
        for size in range(min(self.max_words, 3), 0, -1):
            for i in range(len(words) - size + 1):
                if any(used[i : i + size]):
                    continue
                phrase = " ".join(words[i : i + size])
                if phrase not in self._by_term and (size > 1 or not self._inflected(phrase, lang)):
                    continue
                senses = self.senses_for(phrase, lang, country)
                if senses:
                    for j in range(i, i + size):
                        used[j] = True
                    out.append(Match(phrase, tuple(senses)))
        return out

    def rewrite(
        self, text: str, lang: str, country: str | None = None
    ) -> tuple[str, tuple[str, ...]]:
        """The text with each slang word that has one meaning replaced by its ``expand`` words,
        and the topics those words point to. Ambiguous words stay as they are (no guess)."""
        raw = _WORD_RE.findall(text)
        words = [fold_term(w) for w in raw]
        keep = [True] * len(words)
        extra: list[str] = []
        topics: list[str] = []
        for size in range(min(self.max_words, 3), 0, -1):
            for i in range(len(words) - size + 1):
                if not all(keep[i : i + size]):
                    continue
                phrase = " ".join(words[i : i + size])
                if phrase not in self._by_term and (size > 1 or not self._inflected(phrase, lang)):
                    continue
                senses = self.senses_for(phrase, lang, country)
                if not senses or Match(phrase, tuple(senses)).ambiguous:
                    continue
                for j in range(i, i + size):
                    keep[j] = False
                for sense in senses:
                    expansion = sense.expand.get(lang) or next(iter(sense.expand.values()), "")
                    if expansion and expansion not in extra:
                        extra.append(expansion)
                    topics.extend(t for t in sense.topics if t not in topics)
        if not extra and not topics:
            return text, ()
        kept = [w for w, k in zip(raw, keep, strict=True) if k]
        return " ".join(kept + extra), tuple(topics)

    def protected(self, lang: str) -> set[str]:
        """Every single-word lexicon term: the stemmer leaves them as they are."""
        return {t for t in self._by_term if " " not in t}


def load_lexicon(
    content_dir: Path, topic_ids: set[str] | None = None, substance_ids: set[str] | None = None
) -> tuple[Lexicon, list[Problem]]:
    """``content_dir/lexicon.yaml`` (missing = empty lexicon), with file:line problems."""
    path = Path(content_dir) / LEXICON_FILE
    if not path.exists():
        return Lexicon(), []
    try:
        display = str(path.relative_to(Path(content_dir).parent))
    except ValueError:
        display = str(path)
    doc = yamlcache.load(path, display)
    senses = parse_lexicon(doc, topic_ids, substance_ids)
    return Lexicon(senses), list(doc.problems)


def parse_lexicon(
    doc: Document, topic_ids: set[str] | None = None, substance_ids: set[str] | None = None
) -> list[Sense]:
    data = doc.data
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - {"entries"}:
        doc.problem(
            (), "lexicon.yaml must be a mapping with one key, `entries:` (a list of senses)"
        )
        return []
    entries = data.get("entries") or []
    if not isinstance(entries, list):
        doc.problem(("entries",), "`entries` must be a list")
        return []
    senses: list[Sense] = []
    # The same word may have several meanings (that is what makes it ambiguous), but the same
    # meaning twice for the same countries is a copy to merge.
    seen: dict[tuple, int] = {}
    for i, entry in enumerate(entries):
        at: tuple[Any, ...] = ("entries", i)
        sense = _parse_sense(doc, at, entry, topic_ids, substance_ids)
        if sense is None:
            continue
        for lang, words in sense.words.items():
            for word in words:
                key = (lang, fold_term(word), sense.countries, sense.substances, sense.topics)
                if key in seen and seen[key] != sense.line:
                    doc.problem(
                        at + ("words", lang),
                        f"`{word}` ({lang}) already has this meaning for the same countries "
                        f"at line {seen[key]}; merge the two entries",
                    )
                else:
                    seen[key] = sense.line
        senses.append(sense)
    return senses


def _str_list(doc: Document, at: tuple, value: Any, what: str) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not value:
        doc.problem(at, f"{what} must be a non-empty list")
        return None
    out = []
    for j, item in enumerate(value):
        text = doc.text(at + (j,), item, what)
        if text is None:
            return None
        if not text.strip():
            doc.problem(at + (j,), f"{what} has an empty item")
            return None
        out.append(text.strip())
    return tuple(out)


def _parse_sense(  # noqa: C901 - a record parser: one check per field, split when next changed
    doc: Document, at: tuple, entry: Any, topic_ids: set[str] | None, substance_ids: set[str] | None
) -> Sense | None:
    if not isinstance(entry, dict):
        doc.problem(
            at,
            "each entry must be a mapping with `words:` and at least one of substances/topics/expand",
        )
        return None
    unknown = [k for k in entry if k not in FIELDS]
    for key in unknown:
        doc.problem(at + (key,), f"unknown field `{key}` (fields: {', '.join(FIELDS)})")
    if unknown:
        return None
    words_raw = entry.get("words")
    if not isinstance(words_raw, dict) or not words_raw:
        doc.problem(
            at + ("words",),
            "`words` must map a language to a list of words, e.g. {ru: [феня, феню]}",
        )
        return None
    words: dict[str, tuple[str, ...]] = {}
    for lang, items in words_raw.items():
        if not doc.language_code(at + ("words", lang), lang):
            return None
        got = _str_list(doc, at + ("words", lang), items, f"words ({lang})")
        if got is None:
            return None
        words[lang] = got
    countries: tuple[str, ...] = ()
    if "countries" in entry:
        got = _str_list(doc, at + ("countries",), entry["countries"], "countries")
        if got is None:
            return None
        for j, c in enumerate(got):
            if not _COUNTRY.match(c):
                doc.problem(
                    at + ("countries", j),
                    f"`{c}` is not a two-letter country code such as MX, ES, RU, UA",
                )
                return None
        countries = got
    substances: tuple[str, ...] = ()
    if "substances" in entry:
        got = _str_list(doc, at + ("substances",), entry["substances"], "substances")
        if got is None:
            return None
        if substance_ids is not None:
            for j, s in enumerate(got):
                if s not in substance_ids:
                    doc.problem(
                        at + ("substances", j),
                        f"substance `{s}` is not a substance or class id in combos.yaml",
                    )
                    return None
        substances = got
    topics: tuple[str, ...] = ()
    if "topics" in entry:
        got = _str_list(doc, at + ("topics",), entry["topics"], "topics")
        if got is None:
            return None
        if topic_ids is not None:
            for j, t in enumerate(got):
                if t not in topic_ids:
                    doc.problem(at + ("topics", j), f"topic `{t}` not found in content/topics")
                    return None
        topics = got
    expand: dict[str, str] = {}
    if "expand" in entry:
        if not isinstance(entry["expand"], dict):
            doc.problem(
                at + ("expand",),
                "`expand` must map a language to search words, e.g. {es: metanfetamina}",
            )
            return None
        got_texts = doc.language_texts(
            at + ("expand",), entry["expand"], lambda lang: f"expand ({lang})"
        )
        if got_texts is None:
            return None
        expand = got_texts
    if not (substances or topics or expand):
        doc.problem(at, "an entry needs at least one of `substances`, `topics` or `expand`")
        return None
    if "note" in entry and doc.text(at + ("note",), entry["note"], "note") is None:
        return None
    alone = entry.get("alone", False)
    if not isinstance(alone, bool):
        doc.problem(at + ("alone",), "`alone` must be true or false")
        return None
    if alone and (countries or expand):
        doc.problem(
            at + ("alone",),
            "an `alone` sense is only a reading of the bare word: no `countries` nor `expand`",
        )
        return None
    return Sense(words, countries, substances, topics, expand, doc.where(at)[0], alone)


# -- the module-level entry point (for the combination checker and other features) ----------------
_CURRENT: Lexicon | None = None


def set_lexicon(lexicon: Lexicon | None) -> None:
    """The running library registers the lexicon of its current content here on every load."""
    global _CURRENT
    _CURRENT = lexicon


def current() -> Lexicon:
    """The running bot's lexicon, else the one in the default content folder (read once)."""
    global _CURRENT
    if _CURRENT is None:
        from bot.library.loader import load_library

        library, _ = load_library(Path(__file__).resolve().parents[2] / "content")
        _CURRENT = library.lexicon or Lexicon()
    return _CURRENT


def substances_for(term: str, lang: str, country: str | None = None) -> list[str]:
    """Substance ids (combos.yaml) a street word may name in ``lang`` (and ``country``, ISO
    alpha-2, when known); more than one means ambiguous: ask, don't guess."""
    return current().substances_for(term, lang, country)
