"""The drug-combination checker: names (any language, aliases) to a risk, never a guess.

Names: an exact name or alias (``fold``-ed, in any language) answers. Anything else is never
read as a substance silently: a close misspelling gives *suggestions* ("Did you mean
lithium?") and the bot answers only after the person picks one; a word with several
meanings (``ambiguous:`` in combos.yaml: «колеса», "antidepressants", "cristal") asks which
one, unless the person's country settles it ("cristal" in Mexico is methamphetamine). A street
word of the slang lexicon (content/lexicon.yaml, shared with search and the router) is read as
the lexicon says before any suggestion ("гэбэшка" is GHB, "bars" a benzodiazepine, "crank"
methamphetamine), so a street word is never offered as another drug one letter away; a word
with several meanings there asks which one.

Lookup order, most specific first: substance + substance, substance + class, class + class;
among entries equally specific the most severe wins. A class name, an ambiguous word or a
street mix ("tusi") answers with the worst risk among its members, and says which members
drive it. A pair with no entry is ``unknown``, never safe. Withdrawn entries are skipped, so
a withdrawn specific entry lets the general one answer (or ``unknown``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.library.model import AmbiguousName, Combo, Library, Status, combo_id

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
RISK_RANK = {"dangerous": 4, "unsafe": 3, "caution": 2, "low-risk": 1, "unknown": 0}
MAX_SUGGESTIONS = 3


class NameKind(StrEnum):
    """What a resolved name stands for: a substance, a class of them, or an ambiguous word that
    stands for several (the person chooses)."""

    SUBSTANCE = "substance"
    CLASS = "class"
    CHOICE = "choice"


class ReadingKind(StrEnum):
    """How one typed name was read (see ``Reading``)."""

    EXACT = "exact"
    TYPO = "typo"
    AMBIGUOUS = "ambiguous"
    NONE = "none"


@dataclass(frozen=True)
class Named:
    """A resolved name: a substance, a class, or an ambiguous word (kind ``CHOICE``)."""

    id: str
    kind: NameKind


@dataclass(frozen=True)
class Reading:
    """How one typed name was read.

    ``exact``: ``named`` is what the person wrote (a name, an alias, or an ambiguous word
    their country settles). ``typo``: not a name; ``options`` are close names to offer
    ("Did you mean ...?"). ``ambiguous``: a word with several meanings; ``options`` are
    its meanings and ``named`` the word itself (answering it gives the worst case).
    ``none``: nothing close.
    """

    typed: str
    kind: ReadingKind
    named: Named | None = None
    options: tuple[Named, ...] = ()

    @property
    def ask(self) -> bool:
        return self.kind in (ReadingKind.TYPO, ReadingKind.AMBIGUOUS)


@dataclass(frozen=True)
class ComboAnswer:
    a: Named
    b: Named
    risk: str
    combo: Combo | None  # the entry the risk comes from; None when nothing is known
    # When a class, an ambiguous word or a mix was asked about: the member pairs (ids) that
    # give the worst risk, which is then the answer.
    drivers: tuple[tuple[str, str], ...] = field(default=())


@lru_cache(maxsize=32768)  # pure; the router folds each word of a message several times
def fold(name: str) -> str:
    """Lower case, ё→е, accents removed (except й/ї which matter), spaces collapsed."""
    name = name.strip().lower().replace("ё", "е")
    decomposed = unicodedata.normalize("NFD", name)
    kept: list[str] = []
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn" and kept and kept[-1] not in "иіеу":
            continue
        kept.append(ch)
    name = unicodedata.normalize("NFC", "".join(kept))
    return re.sub(r"[\s_]+", " ", name)


_SEPARATORS = re.compile(
    r"\s*(?:\+|&|,|/|\band\b|\bwith\b|\bи\b|\bс\b|\bта\b|\bз\b|\bй\b|\bі\b|\by\b|\bcon\b|\bmas\b|\bmás\b)\s*",
    flags=re.IGNORECASE,
)


class ComboChecker:
    def __init__(self, library: Library) -> None:
        self.library = library
        # Exact names only (what ``resolve`` answers); ambiguous words are kept apart.
        self._names: dict[str, Named] = {}
        for cls in library.classes.values():
            for names in cls.names.values():
                for n in names:
                    self._names.setdefault(fold(n), Named(cls.id, NameKind.CLASS))
            self._names.setdefault(fold(cls.id), Named(cls.id, NameKind.CLASS))
        for sub in library.substances.values():
            for names in sub.names.values():
                for n in names:
                    self._names[fold(n)] = Named(sub.id, NameKind.SUBSTANCE)
            self._names[fold(sub.id)] = Named(sub.id, NameKind.SUBSTANCE)
        self._ambiguous: dict[str, AmbiguousName] = {}
        for amb in library.ambiguous.values():
            for names in amb.names.values():
                for n in names:
                    key = fold(n)
                    self._ambiguous[key] = amb
                    self._names.pop(key, None)  # never read a word with several meanings as one
        self._choices = sorted(self._names)
        self._entries: dict[str, Combo] = {combo.id: combo for combo in library.combos}
        self._members: dict[str, list[str]] = {}
        for sub in library.substances.values():
            for class_id in sub.classes:
                self._members.setdefault(class_id, []).append(sub.id)

    # -- names ---------------------------------------------------------------------------------
    def resolve(self, name: str, country: str | None = None) -> Named | None:
        """The substance or class ``name`` names exactly (any language), or None.

        Never a guess: a misspelling or a word with several meanings gives None here
        (``read`` says which, with the options to offer)."""
        reading = self.read(name, country)
        return reading.named if reading.kind == ReadingKind.EXACT else None

    def _ambiguous_by_id(self, amb_id: str) -> AmbiguousName | None:
        return next((a for a in self._ambiguous.values() if a.id == amb_id), None)

    def read(self, name: str, country: str | None = None) -> Reading:
        key = fold(name)
        if not key:
            return Reading(name, ReadingKind.NONE)
        amb = self._ambiguous.get(key)
        if amb is not None:
            usual = amb.countries.get((country or "").upper())
            if usual is not None:
                named = self.named(usual)
                if named is not None:
                    return Reading(name, ReadingKind.EXACT, named)
            options = tuple(n for n in (self.named(o) for o in amb.options) if n is not None)
            return Reading(name, ReadingKind.AMBIGUOUS, Named(amb.id, NameKind.CHOICE), options)
        if key in self._names:
            return Reading(name, ReadingKind.EXACT, self._names[key])
        street = self._street(name, country)
        if street:
            if len(street) == 1:
                return Reading(name, ReadingKind.EXACT, street[0])
            # several meanings in the lexicon and no country to settle them ("blues": a benzo
            # or fentanyl pills): ask which one, never the first one silently
            return Reading(name, ReadingKind.AMBIGUOUS, None, tuple(street))
        suggestions = self.suggest(key)
        if suggestions:
            return Reading(name, ReadingKind.TYPO, None, suggestions)
        return Reading(name, ReadingKind.NONE)

    def _street(self, typed: str, country: str | None) -> list[Named]:
        """What a street word of the slang lexicon (content/lexicon.yaml, shared with search and
        the router) names, read before any typo suggestion: "гэбэшка" is GHB, "crank"
        methamphetamine and "bars" a benzodiazepine, never "crack", "barbiturates" or another
        drug one letter away. A class listed with its own members ("солей": alpha-PVP or another
        cathinone) is the class (its worst member answers); several other things are a choice."""
        lexicon = getattr(self.library, "lexicon", None)
        if lexicon is None or not typed.strip():
            return []
        cyrillic = _CYRILLIC.search(typed) is not None
        if not cyrillic and not lexicon.is_term(typed):
            # a Latin word only as the lexicon lists it: "mefedron" is a misspelling to confirm,
            # not a Spanish form of "mefedrona" (Russian and Ukrainian case forms are grammar)
            return []
        ids: list[str] = []
        for lang in ("ru", "uk") if cyrillic else ("en", "es"):
            ids = lexicon.substances_for(typed, lang, country)
            if ids:
                break
        found = [n for n in (self.named(i) for i in ids) if n is not None]
        classes = [n for n in found if n.kind == NameKind.CLASS]
        for cls in classes:
            if all(n == cls or cls.id in self.classes_of(n) for n in found):
                return [cls]
        return list(dict.fromkeys(found))

    def suggest(self, name: str) -> tuple[Named, ...]:
        """Close names (small typos) to offer, best first; never used without asking."""
        key = fold(name)
        if len(key) < 4 or not self._choices:
            return ()
        cutoff = 1 if len(key) < 7 else 2
        found = process.extract(
            key, self._choices, scorer=Levenshtein.distance, score_cutoff=cutoff, limit=12
        )
        out: list[Named] = []
        for choice, _score, _index in sorted(found, key=lambda f: (f[1], f[0])):
            named = self._names[choice]
            if named not in out:
                out.append(named)
        return tuple(out[:MAX_SUGGESTIONS])

    def read_pair(self, text: str, country: str | None = None) -> tuple[Reading, Reading] | None:
        """Two names out of free text (``heroin xanax``, ``alcohol + ghb``, ``mdma and lsd``),
        each read as in ``read``; None when the text does not name two things."""
        best: tuple[int, tuple[Reading, Reading]] | None = None

        def consider(a: Reading, b: Reading) -> None:
            nonlocal best
            if ReadingKind.NONE in (a.kind, b.kind):
                return
            asks = a.ask + b.ask
            if best is None or asks < best[0]:
                best = (asks, (a, b))

        parts = [p for p in _SEPARATORS.split(text.strip()) if p]
        if len(parts) == 2:
            consider(self.read(parts[0], country), self.read(parts[1], country))
        if best is None or best[0] > 0:
            words = text.replace("+", " ").split()
            # every split point of the words (names may have several words)
            for i in range(1, len(words)):
                consider(
                    self.read(" ".join(words[:i]), country), self.read(" ".join(words[i:]), country)
                )
        return best[1] if best else None

    def split(self, text: str, country: str | None = None) -> tuple[Named, Named] | None:
        """Two exactly named things out of free text, or None (see ``read_pair`` for the rest)."""
        pair = self.read_pair(text, country)
        if pair is None or pair[0].kind != ReadingKind.EXACT or pair[1].kind != ReadingKind.EXACT:
            return None
        return pair[0].named, pair[1].named  # type: ignore[return-value]

    # -- risks ---------------------------------------------------------------------------------
    def classes_of(self, named: Named) -> list[str]:
        if named.kind == NameKind.CLASS:
            return [named.id]
        sub = self.library.substances.get(named.id)
        return list(sub.classes) if sub else []

    def members(self, named: Named) -> list[Named]:
        """What a class, an ambiguous word or a street mix stands for ([] for a plain substance)."""
        if named.kind == NameKind.CLASS:
            return [Named(m, NameKind.SUBSTANCE) for m in self._members.get(named.id, [])]
        if named.kind == NameKind.CHOICE:
            amb = self.library.ambiguous.get(named.id)
            return [
                n for n in (self.named(o) for o in (amb.options if amb else ())) if n is not None
            ]
        sub = self.library.substances.get(named.id)
        return [Named(part, NameKind.SUBSTANCE) for part in sub.contains] if sub else []

    def _direct(self, a: Named, b: Named, hidden: set[str]) -> tuple[str, Combo | None]:
        """The most specific published entry for the pair; the most severe among equals."""
        a_sides = [a.id] if a.kind == NameKind.SUBSTANCE else []
        b_sides = [b.id] if b.kind == NameKind.SUBSTANCE else []
        a_classes, b_classes = self.classes_of(a), self.classes_of(b)
        tiers = [
            [(x, y) for x in a_sides for y in b_sides],  # substance + substance
            [(x, y) for x in a_sides for y in b_classes]
            + [(x, y) for x in a_classes for y in b_sides],
            [(x, y) for x in a_classes for y in b_classes],  # class + class
        ]
        for tier in tiers:
            found = [
                c
                for c in (self._entries.get(combo_id(x, y)) for x, y in tier)
                if c is not None and c.status == Status.PUBLISHED and c.id not in hidden
            ]
            if found:
                worst = max(found, key=lambda c: RISK_RANK.get(c.risk, 0))
                return worst.risk, worst
        return "unknown", None

    def lookup(self, a: Named, b: Named, withdrawn: Iterable[str] = ()) -> ComboAnswer:
        hidden = set(withdrawn)
        risk, combo = (
            self._direct(a, b, hidden)
            if NameKind.CHOICE not in (a.kind, b.kind)
            else ("unknown", None)
        )
        a_parts = self.members(a) or [a]
        b_parts = self.members(b) or [b]
        if len(a_parts) == 1 and len(b_parts) == 1 and (a_parts[0], b_parts[0]) == (a, b):
            return ComboAnswer(a, b, risk, combo)
        # A group was asked about: never answer milder than its worst member.
        worst_rank, drivers, worst_combo, worst_risk = RISK_RANK.get(risk, 0), [], combo, risk
        some_unknown = False
        for x in a_parts:
            for y in b_parts:
                if (x, y) == (a, b):
                    continue
                r, c = self._direct(x, y, hidden)
                rank = RISK_RANK.get(r, 0)
                some_unknown = some_unknown or rank == 0
                if rank > worst_rank:
                    worst_rank, drivers, worst_combo, worst_risk = rank, [(x.id, y.id)], c, r
                elif rank == worst_rank and rank > RISK_RANK.get(risk, 0):
                    drivers.append((x.id, y.id))
        if risk == "unknown" and worst_risk == "low-risk" and some_unknown:
            # "Low risk" for a whole group when nothing is known about some of its members
            # would be a reassurance nobody can give: the group stays unknown.
            return ComboAnswer(a, b, "unknown", None)
        return ComboAnswer(a, b, worst_risk, worst_combo, tuple(drivers))

    def worst_members(self, answer: ComboAnswer) -> list[str]:
        """Ids of the group members (on the side or sides that were groups) driving a group answer."""
        sides: list[list[str]] = []
        for index, named in enumerate((answer.a, answer.b)):
            members = {m.id for m in self.members(named)}
            found: list[str] = []
            for pair in answer.drivers:
                if members and pair[index] not in found:
                    found.append(pair[index])
            sides.append(found if set(found) != members else [])  # "any of them" says nothing
        ids = sides[0] + [i for i in sides[1] if i not in sides[0]]
        if not ids and answer.drivers:  # every member of both groups: name the first pair
            ids = [i for i in answer.drivers[0] if self.members(answer.a) or self.members(answer.b)]
        return ids

    # -- display -------------------------------------------------------------------------------
    def display_name(self, named: Named, lang: str) -> str:
        if named.kind == NameKind.CLASS:
            cls = self.library.classes.get(named.id)
            return cls.name(lang) if cls else named.id
        if named.kind == NameKind.CHOICE:
            amb = self.library.ambiguous.get(named.id)
            return amb.name(lang) if amb else named.id
        sub = self.library.substances.get(named.id)
        return sub.name(lang) if sub else named.id

    def substances_for_menu(self) -> list[str]:
        """Ids of substances and classes that appear in at least one entry, for the button flow."""
        used: list[str] = []
        for combo in self.library.combos:
            for side in (combo.a, combo.b):
                if side not in used:
                    used.append(side)
        return used

    def named(self, item_id: str) -> Named | None:
        if item_id in self.library.substances:
            return Named(item_id, NameKind.SUBSTANCE)
        if item_id in self.library.classes:
            return Named(item_id, NameKind.CLASS)
        if item_id in self.library.ambiguous:
            return Named(item_id, NameKind.CHOICE)
        return None
