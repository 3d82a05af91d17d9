"""The drug-combination checker: names (any language, aliases, small typos) to a risk.

Lookup order, most specific first: substance + substance, substance + class, class + class.
A pair with no entry is ``unknown``, never safe. Withdrawn entries are skipped, so a
withdrawn specific entry lets the general one answer (or ``unknown``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.library.model import Combo, Library, combo_id


@dataclass(frozen=True)
class Named:
    """A resolved name: a substance or a class."""

    id: str
    kind: str  # "substance" or "class"


@dataclass(frozen=True)
class ComboAnswer:
    a: Named
    b: Named
    risk: str
    combo: Combo | None  # None when nothing is known


def fold(name: str) -> str:
    """Lower case, ё→е, accents removed (except й/ї which matter), spaces collapsed."""
    name = name.strip().lower().replace("ё", "е")
    decomposed = unicodedata.normalize("NFD", name)
    kept = []
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn" and kept and kept[-1] not in "иіеу":
            continue
        kept.append(ch)
    name = unicodedata.normalize("NFC", "".join(kept))
    return re.sub(r"[\s_]+", " ", name)


class ComboChecker:
    def __init__(self, library: Library) -> None:
        self.library = library
        self._names: dict[str, Named] = {}
        for cls in library.classes.values():
            for names in cls.names.values():
                for n in names:
                    self._names.setdefault(fold(n), Named(cls.id, "class"))
            self._names.setdefault(fold(cls.id), Named(cls.id, "class"))
        for sub in library.substances.values():
            for names in sub.names.values():
                for n in names:
                    self._names[fold(n)] = Named(sub.id, "substance")
            self._names[fold(sub.id)] = Named(sub.id, "substance")
        self._choices = sorted(self._names)
        self._entries: dict[str, Combo] = {}
        for combo in library.combos:
            self._entries[combo.id] = combo

    def resolve(self, name: str) -> Named | None:
        """A substance or class for a name in any language; small typos are forgiven."""
        key = fold(name)
        if not key:
            return None
        if key in self._names:
            return self._names[key]
        if len(key) < 4 or not self._choices:
            return None
        cutoff = 1 if len(key) < 7 else 2
        found = process.extractOne(key, self._choices, scorer=Levenshtein.distance, score_cutoff=cutoff)
        return self._names[found[0]] if found else None

    def split(self, text: str) -> tuple[Named, Named] | None:
        """Two names out of free text: ``heroin xanax``, ``alcohol + ghb``, ``mdma and lsd``."""
        parts = [p for p in re.split(r"\s*(?:\+|&|,|/|\band\b|\bwith\b|\bи\b|\bс\b|\bта\b|\bз\b|\bй\b|\bі\b|\by\b|\bcon\b|\bmas\b|\bmás\b)\s*", text.strip(), flags=re.IGNORECASE) if p]
        if len(parts) == 2:
            a, b = self.resolve(parts[0]), self.resolve(parts[1])
            if a and b:
                return a, b
        words = text.replace("+", " ").split()
        # try every split point of the words (names may have several words)
        for i in range(1, len(words)):
            a, b = self.resolve(" ".join(words[:i])), self.resolve(" ".join(words[i:]))
            if a and b:
                return a, b
        return None

    def classes_of(self, named: Named) -> list[str]:
        if named.kind == "class":
            return [named.id]
        sub = self.library.substances.get(named.id)
        return list(sub.classes) if sub else []

    def lookup(self, a: Named, b: Named, withdrawn: Iterable[str] = ()) -> ComboAnswer:
        hidden = set(withdrawn)
        a_sides = [a.id] if a.kind == "substance" else []
        b_sides = [b.id] if b.kind == "substance" else []
        a_classes, b_classes = self.classes_of(a), self.classes_of(b)
        candidates: list[tuple[str, str]] = []
        candidates += [(x, y) for x in a_sides for y in b_sides]  # substance + substance
        candidates += [(x, y) for x in a_sides for y in b_classes]  # substance + class
        candidates += [(x, y) for x in a_classes for y in b_sides]
        candidates += [(x, y) for x in a_classes for y in b_classes]  # class + class
        for x, y in candidates:
            combo = self._entries.get(combo_id(x, y))
            if combo is None or combo.status != "published" or combo.id in hidden:
                continue
            return ComboAnswer(a, b, combo.risk, combo)
        return ComboAnswer(a, b, "unknown", None)

    def display_name(self, named: Named, lang: str) -> str:
        if named.kind == "class":
            cls = self.library.classes.get(named.id)
            return cls.name(lang) if cls else named.id
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
            return Named(item_id, "substance")
        if item_id in self.library.classes:
            return Named(item_id, "class")
        return None
