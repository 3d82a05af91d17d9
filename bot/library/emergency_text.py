"""Does a message describe an overdose happening now? Checked before anything else.

``is_emergency(text)`` is true for a message that describes an overdose or a person who is
unresponsive, not breathing, turning blue, snoring strangely or collapsed, now: in English,
Russian, Ukrainian or Spanish (slang from Spain, Mexico, Russia and Ukraine, common typos,
transliterated Russian/Ukrainian, no punctuation). Every language's patterns are tried whatever
the person's language setting is, because people switch and mix.

``asks_about_overdose(text)`` is true for a general question about overdoses ("what are the
signs of an overdose", "как понять что у человека передоз"): not an emergency, but the answer
should offer the steps one tap away.

How: the text is folded once (``fold``: case, accents, punctuation, "helppp", Latin look-alike
letters in Cyrillic words, and misspelt key words put back: "пиридоз", "breating"). Then

1. signs of an overdose in progress, said directly (``_SIGNS``: "not breathing", "не дышит",
   "no respira", lips turning blue, won't wake, an ambulance on its way...) or in other words
   (``_near_signs``: a breath word near a word that says it is wrong, "not"/"не"/"sin" shortly
   before waking or answering, a colour near lips/face/skin, no pulse); harmless uses are cut out
   first (``_HARMLESS``: dealers not answering, collapsed veins, "blue in the face from laughing");
   a sign asked about in general with nobody named ("what does slow breathing mean on benzos") or
   a habit ("when he smokes") is not an emergency; naloxone that is not working now ("налоксон не
   помогает", "narcan twice and still nothing"), snoring beside an opioid taken, a pulse barely felt
   or a needle still in someone's arm are signs too (issue #9, tune25);
2. an overdose said through the body (``_body_emergency``): two different kinds of symptom
   close together (chest pain, a racing heart, fainting, breathlessness, numbness, overheating,
   confusion: "chest pain and I'm about to black out", "burning up and talking nonsense"; a
   heart attack or a stroke said of now, a dropped face with slurred words, water by the litre
   with a pounding head, going under alone or at a first use after prison or months off), or
   "took too much" with one of them; chest pain on a stimulant said now counts alone (not the day
   after, not "i get", not asked); not a question about what a sign means, not coffee, not the
   heat, exercise or a cold with no drug named;
3. someone who may be dead now (``_DEAD``), unless long ago or a pet; someone on a railing, a
   ledge or out of a window on a drug or hunted by no one (``_on_a_ledge``), or face down in snow
   or a puddle on a drug or not getting up (``_face_in_outside``);
4. the overdose word (typos, slang, transliteration): an emergency when it happened to someone
   ("OD'd", "у подруги передоз", "tuvo una sobredosis") or is urgent or suspected, or the message is
   short and bare ("overdose help", "передоз"); not when the message asks in general
   (``_GENERAL``), is long past ("I OD'd two years ago"), negated ("это не передоз") or an intent
   (crisis.py: "хочу передознуться").

Since session 13 (tune30): a small child or a pet that ate or drank a drug, pills or edibles and
shows it now (``_small_one_poisoned``); a whole bottle or vial drunk ("выпил пузырь сиропа") counts as
too much; and a message typed in Latin letters that reads as Russian or Ukrainian is also read back
in Cyrillic (``cyrillic_readings``) and the rules tried on those readings instead. Guards: a habit of the person told
("she always does this") with no drug, a whole day slept after a party, fell about laughing, a
documentary, recovered now ("сейчас он в завязке и всё хорошо").

Regular expressions and a few word-window checks, tens of microseconds per message (about 2 ms
for a 4,000-character one), independent of search. Measured by ``bench/triage_bench.py`` on
``bench/labelled/triage-*.yaml``; the first look at every held-out set is kept in
``bench/results/``.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from functools import lru_cache
from os.path import commonprefix

from rapidfuzz.distance import OSA

from bot.library.textproc import cyrillic_uk

# -- folding -------------------------------------------------------------------------------------

_LATIN = str.maketrans(
    {
        **{c: "a" for c in "áàâäãåā"},
        **{c: "e" for c in "éèêëē"},
        **{c: "i" for c in "íìîïī"},
        **{c: "o" for c in "óòôöõō"},
        **{c: "u" for c in "úùûüū"},
        "ç": "c",
        "ý": "y",
        "ÿ": "y",
        "ñ": "n",
        "ё": "е",
        "’": "'",
        "ʼ": "'",
        "`": "'",
        "‘": "'",
        "´": "'",
    }
)
_OD_DOTS = re.compile(r"\bo\s?\.\s?d\b\.?")
_RUNS = re.compile(r"([^\W\d_])\1{2,}")
_PUNCT = re.compile(r"[^\w']+|_")
_APOS_EDGE = re.compile(r"(?<!\w)'|'(?!\w)")


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """The form patterns are written against: `` word word ``, spaces at both ends.

    Lower case, ``ё``→``е``, accents and ``ñ`` off Latin letters, apostrophe variants to ``'``,
    "O.D." to "od", runs of three or more of one letter squeezed to one ("helppp",
    "передозззз"), every other punctuation mark to a space; Latin look-alike letters inside a
    Cyrillic word made Cyrillic ("нe" typed with a Latin e); and a misspelt key word put back
    in its usual spelling (``respell``: "пиридоз", "breating", "inconciente").
    """
    text = unicodedata.normalize("NFC", text).lower().translate(_LATIN)
    text = _OD_DOTS.sub("od", text)
    text = _RUNS.sub(r"\1", text)
    text = _PUNCT.sub(" ", text)
    text = _APOS_EDGE.sub(" ", text)
    return " " + " ".join(respell(word) for word in text.split()) + " "


# -- typos in the words that matter --------------------------------------------------------------

_CYRILLIC = re.compile(r"[а-яіїєґ]")
_ASCII_LETTER = re.compile(r"[a-z]")
_UK_LETTERS = frozenset("іїєґ")
_LOOKALIKE = str.maketrans("aeopcyxkmthbi", "аеорсухкмтнві")
# Words the patterns rely on. A word people type that is not one of them but is one typo away
# (two for long words; a swap of two letters counts as one), or that sounds the same once
# unstressed Cyrillic vowels are merged ("пиридоз", "памагите"), is read as that word.
_KEY_WORDS = """
breathing breathe breathes breath unconscious unresponsive responding responsive overdose overdosed
overdosing overdoses waking purple snoring collapsed suicide suicidal myself unalive fentanyl
передоз передозировка передозировки передозировку передознулся передознулась передознулись
передозняк дышит дышат сознания сознании помогите посинел посинела синеет синеют просыпается
просыпаются разбудить реагирует отвечает хрипит храпит отключился отключилась вырубился
вырубилась откачать умереть повеситься покончить суицид самоубийство выпилиться вскрыться
передозування передозуванні передознувся передознулася дихає дихають свідомості допоможіть
посинів посиніла прокидається розбудити реагує відповідає хрипить хропе вирубився вирубилась
померти повіситися покінчити самогубство суїцид
sobredosis respira respirando inconsciente despierta reacciona responde morado morada ayuda
ayudenme suicidarme matarme ahorcarme desmayo convulsiones convulsionando
""".split()  # noqa: SIM905 - a word list reads better as text
_KEY_SET = frozenset(_KEY_WORDS)
_SKELETON = str.maketrans(
    {
        "о": "а",
        "я": "а",
        "е": "и",
        "э": "и",
        "ы": "и",
        "і": "и",
        "є": "и",
        "ї": "и",
        "ю": "у",
        "ь": None,
        "ъ": None,
        "'": None,
    }
)


def _skeleton(word: str) -> str:
    return _RUNS2.sub(r"\1", word.translate(_SKELETON))


_RUNS2 = re.compile(r"(\w)\1+")
_BY_SKELETON = {_skeleton(w): w for w in reversed(_KEY_WORDS) if _CYRILLIC.search(w)}
_BY_SINGLE = {_RUNS2.sub(r"\1", w): w for w in reversed(_KEY_WORDS)}
_BY_START: dict[str, list[str]] = {}
for _word in _KEY_WORDS:
    _BY_START.setdefault(_word[0], []).append(_word)


# English "-ing" words typed with the "g" dropped ("havin a seizure", "breathin weird", "snortin"):
# put back before anything else (session 13 probes)
_G_DROPPED = frozenset(
    """
    havin breathin snortin takin smokin doin gaspin turnin goin fittin seizin shakin twitchin
    foamin snorin gurglin chokin wakin respondin movin sweatin burnin tweakin pukin vomitin faintin
    passin dyin noddin overdosin convulsin jerkin tremblin shiverin drinkin usin shootin comin
    gettin makin freakin trippin rollin peakin spinnin poundin racin hurtin bleedin cryin screamin
    talkin blinkin gaggin collapsin slurrin droolin
    """.split()  # noqa: SIM905 - a word list reads better as text
)


# Spoken spellings of a function word the patterns rely on (blind12-tune, late round): Ukrainian
# "якшо" (as "шо" for "що") is "якщо", so every "if" guard reads it
# Spanish plurals spoken with the "d" dropped (blind17-tune: "labios moraos"): the written word
# ("morao" alone is matched as it is: "ta morao tio")
_SPOKEN = {
    "якшо": "якщо",
    "якшчо": "якщо",
    "moraos": "morados",
    "amorataos": "amoratados",
}
# Real words one letter from a key word, never typos of it (session 20, tune45): Spanish "mirada"
# (a look, "la mirada perdida") is not "morada" (purple)
_REAL_WORDS = frozenset({"mirada", "miradas"})


@lru_cache(maxsize=8192)
def respell(word: str) -> str:
    """``word``, or the key word it is a typo of."""
    if word in _G_DROPPED:
        return word + "g"
    spoken = _SPOKEN.get(word)
    if spoken is not None:
        return spoken
    if _CYRILLIC.search(word) and _ASCII_LETTER.search(word):
        word = word.translate(_LOOKALIKE)
    if len(word) < 5 or word in _KEY_SET or word in _REAL_WORDS:
        return word
    found = _BY_SINGLE.get(_RUNS2.sub(r"\1", word))  # "resspira"
    if found is not None:
        return found
    found = _BY_SKELETON.get(_skeleton(word)) if _CYRILLIC.search(word) else None
    # not another ending of the same word ("сознание" is not a typo of "сознании")
    if (
        found is not None
        and not (word.startswith(found) or found.startswith(word))
        and len(commonprefix((word, found))) < min(len(word), len(found)) - 2
    ):
        return found
    limit = 1 if len(word) < 10 else 2
    best, best_distance = word, limit + 1
    ukrainian = not _UK_LETTERS.isdisjoint(word)
    for key in _BY_START.get(word[0], ()):
        if ukrainian and _UK_LETTERS.isdisjoint(key):
            continue  # "покінчить" is Ukrainian, not a typo of "покончить"
        # "respirar", "despierto", "просыпаюсь" are other forms of "respira", "despierta",
        # "просыпается" (they differ in the ending), not typos of them
        if (
            abs(len(key) - len(word)) <= limit
            and len(commonprefix((word, key))) < min(len(key), len(word)) - 4
        ):
            distance = OSA.distance(word, key, score_cutoff=limit)
            if distance == 2 and len(commonprefix((word, key))) < 3:
                continue  # "провериться" is not "повеситься": two typos need a shared start
            if distance < best_distance:
                best, best_distance = key, distance
    return best


_GROUPS: list[WordStartPatterns] = []  # every group made by compile_any (here and in crisis.py)


def compile_any(patterns: list[str]) -> WordStartPatterns:
    """A group of patterns tried at word starts; compiled lazily (see ``WordStartPatterns``)."""
    for pattern in patterns:
        if not isinstance(pattern, str):
            raise TypeError(f"not a pattern: {pattern!r}")
    group = WordStartPatterns(patterns)
    _GROUPS.append(group)
    return group


def warm_up(stop: threading.Event | None = None) -> float:
    """Compile every emergency and crisis pattern group now; the seconds it took. Recognition
    is exact without it (a group compiles what a message needs on first use); this only moves
    the compiling off the first messages. Safe from any thread, at any time, more than once.
    ``stop`` (set by a stopping bot) ends it after the union being compiled: a stop need not
    wait seconds for compiling nobody will use (what was compiled stays compiled)."""
    import time

    from bot.library import crisis  # noqa: F401 - its groups join _GROUPS when imported

    started = time.perf_counter()
    for group in _GROUPS:
        if stop is not None and stop.is_set():
            break
        group.warm_up(stop)
    return time.perf_counter() - started


class WordStartPatterns:
    """Patterns tried only where a word starts, and there only those that can start with the
    word's first two letters.

    ``fold`` puts a space before every word, so a match can only begin after a space. Trying a
    union of a hundred patterns at every word start costs about a millisecond on a 4,000-character
    message; looking up, per word start, just the patterns whose first two characters fit (read
    from the parsed patterns, over-approximated when unsure) makes it several times cheaper.
    ``search`` finds a match exactly when one union pattern searched over the text would.

    Nothing is compiled when the object is made (compiling every group's unions took about a
    third of a second at import, on the bot's start path: issue 14, a light start). The first
    look-up parses the patterns' first letters (``_tables``, once, under a lock) and each union of
    patterns sharing a first letter or two is compiled the first time a word needs it; so the
    first message is checked by the same patterns, exactly, and pays only for the unions its
    words need. ``warm_up`` compiles everything ahead of the first message (the bot runs it in a
    worker thread once it polls for updates).
    """

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = list(patterns)
        self._lock = threading.Lock()
        self._ready = False
        # two-letter key -> pattern numbers; first letter -> pattern numbers; always tried
        self._two_ids: dict[str, tuple[int, ...]] = {}
        self._one_ids: dict[str, tuple[int, ...]] = {}
        self._always_ids: tuple[int, ...] = ()
        # compiled unions by key (filled on demand; a race compiles one twice, harmlessly)
        self._two: dict[str, re.Pattern[str] | None] = {}
        self._one: dict[str, re.Pattern[str] | None] = {}
        self._always: re.Pattern[str] | None = None
        self._union: re.Pattern[str] | None = None

    @property
    def union(self) -> re.Pattern[str]:
        """All patterns as one, tried at every word start (the reference ``search`` agrees with)."""
        if self._union is None:
            self._union = re.compile(
                "(?<= )(?:" + "|".join(f"(?:{p})" for p in self.patterns) + ")"
            )
        return self._union

    def _tables(self) -> None:
        with self._lock:
            if self._ready:
                return
            by_two: dict[str, list[int]] = {}
            by_one: dict[str, list[int]] = {}
            always: list[int] = []
            for n, pattern in enumerate(self.patterns):
                try:
                    starts = _starts(pattern)
                except Exception:  # noqa: BLE001 - a private parser that changed: try it everywhere
                    starts = None
                if starts is None:
                    always.append(n)
                    continue
                for start in starts:
                    if len(start) == 2 and start[1] != _ANY:
                        by_two.setdefault(start, []).append(n)
                    else:
                        by_one.setdefault(start[0], []).append(n)
            self._two_ids = {
                key: tuple(sorted({*found, *by_one.get(key[0], ()), *always}))
                for key, found in by_two.items()
            }
            self._one_ids = {key: tuple(sorted({*found, *always})) for key, found in by_one.items()}
            self._always_ids = tuple(always)
            self._always = self._compile(self._always_ids)
            self._ready = True

    def _compile(self, indexes: tuple[int, ...]) -> re.Pattern[str] | None:
        chosen = [self.patterns[k] for k in indexes]
        return re.compile("|".join(f"(?:{p})" for p in chosen)) if chosen else None

    def _pattern(self, two_letters: str) -> re.Pattern[str] | None:
        """The union to try where a word starts with ``two_letters`` (None: nothing can match)."""
        if two_letters in self._two_ids:
            if two_letters not in self._two:
                self._two[two_letters] = self._compile(self._two_ids[two_letters])
            found = self._two[two_letters]
            if found is not None:
                return found
        first = two_letters[:1]
        if first in self._one_ids:
            if first not in self._one:
                self._one[first] = self._compile(self._one_ids[first])
            found = self._one[first]
            if found is not None:
                return found
        return self._always

    def pattern_at(self, two_letters: str) -> re.Pattern[str] | None:
        """The union to try where a word starts with ``two_letters`` (compiled on first use)."""
        if not self._ready:
            self._tables()
        return self._pattern(two_letters)

    def warm_up(self, stop: threading.Event | None = None) -> None:
        """Compile every union now (idempotent); until ``stop`` is set, if given."""
        self._tables()
        for key in (*self._two_ids, *self._one_ids):
            if stop is not None and stop.is_set():
                return
            self._pattern(key)

    def _matches(self, folded: str, first_only: bool) -> list[re.Match[str]]:
        if not self._ready:
            self._tables()
        two, one, always = self._two_ids, self._one_ids, self._always
        if always is not None:
            candidates = [p for positions in _word_index(folded).values() for p in positions]
        else:
            candidates = [
                p
                for key, positions in _word_index(folded).items()
                if key in two or key[:1] in one
                for p in positions
            ]
        candidates.sort()
        found: list[re.Match[str]] = []
        end = 0
        for position in candidates:
            if position < end:
                continue
            pattern = self._pattern(folded[position : position + 2])
            if pattern is not None:
                match = pattern.match(folded, position)
                if match is not None:
                    found.append(match)
                    if first_only:
                        break
                    end = match.end()
        return found

    def search(self, folded: str) -> re.Match[str] | None:
        found = self._matches(folded, first_only=True)
        return found[0] if found else None

    def sub(self, replacement: str, folded: str) -> str:
        """``folded`` with every match (left to right, not overlapping) replaced."""
        parts: list[str] = []
        last = 0
        for match in self._matches(folded, first_only=False):
            parts += [folded[last : match.start()], replacement]
            last = match.end()
        return "".join(parts) + folded[last:] if parts else folded


class KindPatterns:
    """Several named kinds of pattern (``{"chest": [...], "faint": [...]}``) found in one pass.

    ``scan(folded)`` gives, per kind, where its matches start. Like ``WordStartPatterns`` it
    tries, at each word start, only the kinds whose patterns can begin with the word's first two
    letters, so a dozen kinds cost about what one does.
    """

    def __init__(self, kinds: dict[str, list[str]]) -> None:
        self.kinds = {kind: WordStartPatterns(patterns) for kind, patterns in kinds.items()}
        _GROUPS.extend(self.kinds.values())  # compiled ahead by warm_up, like compile_any's
        self._by_key: dict[str, list[tuple[str, re.Pattern[str]]]] = {}

    def _tries(self, key: str) -> list[tuple[str, re.Pattern[str]]]:
        """The kinds (and each one's pattern) that can match at a word starting with ``key``."""
        tries = self._by_key.get(key)
        if tries is None:
            tries = []
            for kind, patterns in self.kinds.items():
                pattern = patterns.pattern_at(key)
                if pattern is not None:
                    tries.append((kind, pattern))
            if len(self._by_key) < 65536:
                self._by_key[key] = tries
        return tries

    def scan(self, folded: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for key, positions in _word_index(folded).items():
            for kind, pattern in self._tries(key):
                for position in positions:
                    if pattern.match(folded, position) is not None:
                        found.setdefault(kind, []).append(position)
        return found

    def __getitem__(self, kind: str) -> WordStartPatterns:
        return self.kinds[kind]


@lru_cache(maxsize=16)
def _word_index(folded: str) -> dict[str, list[int]]:
    """Where each word starts, by the word's first two characters."""
    index: dict[str, list[int]] = {}
    for match in _SPACE.finditer(folded, 0, len(folded) - 1):
        start = match.end()
        index.setdefault(folded[start : start + 2], []).append(start)
    return index


_SPACE = re.compile(" ")
_ANY = "\0"  # a character the parser cannot pin down


def _starts(pattern: str) -> set[str] | None:
    """The first two characters a match of ``pattern`` can begin with (``_ANY`` for any), or
    None when the first one can be anything."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    def one(op, arg, k: int) -> set[str]:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {""}
        if op == c.LITERAL:
            return {chr(arg)}
        if op == c.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind == c.LITERAL:
                    chars.add(chr(value))
                elif kind == c.RANGE and value[1] - value[0] < 64:
                    chars.update(chr(x) for x in range(value[0], value[1] + 1))
                elif kind == c.CATEGORY and value == c.CATEGORY_SPACE:
                    chars.add(" ")  # fold leaves no other white space
                else:
                    return {_ANY}
            return chars
        if op == c.SUBPATTERN:
            return seq(list(arg[-1]), k)
        if op == c.BRANCH:
            return set().union(*(seq(list(branch), k) for branch in arg[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            out = {""} if low == 0 else set()
            for times in range(max(low, 1), max(low, 1) + k + 1):
                if times > high:
                    break
                out |= seq(list(sub) * times, k)
            return out
        return {_ANY}

    def seq(items: list, k: int) -> set[str]:
        done = {""}
        for op, arg in items:
            grown: set[str] = set()
            for prefix in done:
                if len(prefix) >= k or prefix.endswith(_ANY):
                    grown.add(prefix)
                else:
                    grown.update(
                        prefix + rest for rest in (one(op, arg, k - len(prefix)) or {_ANY})
                    )
            done = grown
            if all(len(p) >= k or p.endswith(_ANY) for p in done):
                break
        return {p[:k] for p in done}

    starts = seq(list(parser.parse(pattern)), 2)
    if any(not p or p[0] == _ANY for p in starts):
        return None
    return starts


# -- signs of an overdose in progress (no overdose word needed) ---------------------------------

_SIGNS = compile_any(
    [
        # English
        r"\b(not|isnt|isn't|aint|ain't|stopped|stop|barely|hardly|no longer|cant|can't|cannot|not really)\s+(breath?ing|breathin|breating|brething|breath|breathe|breathes)\b",
        r"\bno (pulse|breath|breathing|heartbeat)\b",
        r"\bcan'?t (wake|get) (him|her|them|my|me|her up|him up)",
        r"\b(won'?t|wont|will not|doesn'?t|doesnt|isn'?t|isnt|not|aint)\s+(really\s+|fully\s+|properly\s+|even\s+)?(wake|waking|respond|responding|come to|coming to|move|moving)\b",
        r"\b(won'?t|wont|can'?t|cant|not|doesnt|doesn'?t|isnt|isn'?t)\s+(open|opening|keep)\s+(his|her|their)\s+eyes\b|\bslumped\s+(over|in|on|against|down)\b",
        r"\b(is|went|gone|goes|and|so)\s+(all\s+|completely\s+|totally\s+)?(limp|floppy)\b",
        r"\bseizure\b.{0,30}\b(now\s+)?(he'?s|she'?s|hes|shes|is)\s+(out|unconscious|not\s+waking|limp)\b",
        # a count under 12 a minute (session 13: 12 or 16 a minute is a normal rate)
        r"\bbreath\w*\s+(\w+\s+){0,2}([1-9]|1[01])\s+times\s+(a|per)\s+minute|\bдыш\w*\s+(\w+\s+)?([1-9]|1[01])\s+раз\w*\s+в\s+минуту|\b(дыш|диха)\w*\s+(\w+\s+)?(раза?|разів)\s+([1-9]|1[01])\s+(в|на)\s+(минуту|хвилину)|\bдиха\w*\s+(\w+\s+)?([1-9]|1[01])\s+раз\w*\s+на\s+хвилину|\brespira\w*\s+(\w+\s+)?([1-9]|1[01])\s+veces\s+por\s+minuto",
        r"\bbreath\w*\s+(like\s+)?(once\s+)?every\s+(\d+|few|ten|twenty|\w+)\s+(seconds|secs?)\b|\b(дыш\w*|диха\w*)\s+через\s+раз\b|\bдыш\w*\s+раз\s+в\s+\w+\s+секунд|\bдих\w*\s+раз\s+на\s+\w+\s+секунд|\brespira\w*\s+(\w+\s+){0,4}(una\s+vez\s+)?cada\s+\w+\s+segundos",
        r"\bunresponsive\b(?!\s+to\s+(my\s+|our\s+|any\s+|all\s+|the\s+|his\s+|her\s+)?(texts?|messages?|calls?|emails?|e-mails?|dms?|pms?|whatsapps?|snaps?|chats?|phone\s+calls?|requests?|suggestions?|ideas?|feedback)\b)|\bunconscious\b|\bnon\s?responsive\b|\bnot\s+(really\s+)?responsive\b",
        r"\bfoam\w*\s+(at|from)\s+(the|his|her|their)\s+mouth\b|\bno\s+signs?\s+of\s+life\b",
        r"\b(breathing|breathes|breath)\s+(is\s+)?(\w+\s+)?(slow|shallow|weird|funny|strange|gasping|rattly|rattling|raspy)\b|\b(slow|shallow|weird|strange|gasping|agonal)\s+breath",
        r"\bgasping\b",
        # breath gone faint (blind6-tune): "her breathing is so faint i can barely hear it"
        r"\bbreath\w*\s+(is\s+)?(so\s+|very\s+|really\s+)?(faint|quiet)\b",
        r"\bbreath\w*\s+(sounds?|is|seems|looks|sounding)\s+(\w+\s+){0,3}(wrong|off|weird|strange|funny|bad|raspy|rattl\w*|gurgl\w*|snor\w*)\b",
        r"\b(fell|dropped|collapsed|fallen)\s+(\w+\s+){0,4}(twitch|jerk|shak|seiz|fit)\w*",
        r"\b(he'?s|she'?s|hes|shes|they'?re|theyre|is|are)\s+(\w+\s+)?dying\b(?!\s+(to|for|of|from|laughing|inside|his|her|my|their|the)\b)",
        r"\b(fainted|blacked out)\s+(and|after)\b",
        r"\b(turning|going|gone|went|is|are|looks?|getting|turned)\s+(blue|purple|grey|gray)\b",
        # with a word between (tune25 probes: "gone proper grey", "turning really blue", "went all purple")
        r"\b(turning|going|gone|went|looks?|getting|turned)\s+(proper|really|totally|completely|super|all)\s+(blue|purple|grey|gray)\b",
        # typed fast (blind8-tune: "hes goin blu")
        r"\b(goin|gettin|turnin|going|turning|getting|gone|went|turned)\s+(all\s+|proper\s+|really\s+)?(blu|bloo|purpl|grey|gray|gry)\b",
        r"\b(blue|purple) (lips|face|fingers)\b",
        r"\blips\s+(are\s+)?(turning\s+|going\s+|look\s+)?(blue|purple)\b",
        r"\b(overdose|overdosing|od|oding|od'?ing)\s+(right now|now|rn)\b",
        r"\bpassed out and\b",
        r"\bgurgl",
        r"\b(snoring|snores|snore|snorin)\s+(\w+\s+){0,3}(weird|weirdly|strange|strangely|funny|loud|loudly|like(?!\s+(usual|always|normal|every|he\s+always|she\s+always))\b)",
        r"\b(weird|strange|funny|heavy|loud)\s+(snoring|snore)\b",
        r"\bcollapsed\b|\bcollapse\b.{0,20}\b(floor|ground|bathroom|toilet)\b",
        r"\b(seizing|having\s+a\s+seizure|convulsing)\b|\b(is|he'?s|she'?s|hes|shes|started|been|keeps|kept)\s+fitting\b",
        # -- kinds found on blind3-tune (2026-12-06) --
        # a fit or seizure now, said in everyday words ("having a fit", "у него приступ, дёргается",
        # "після тропіка в нього приступ", "le esta dando un ataque")
        r"\b(having|started\s+having|going\s+into)\s+(a\s+)?(seizure|seizures)\b(?!\s+(when|if))|\b(took|taking|after|since|on|from|did|had)\b.{0,60}\b(having|started\s+having|going\s+into)\s+(a\s+)?(fit|fits)\b(?!\s+(of|about|over|when|if))",
        r"\b(приступ\w*|припад\w*|судом\w*|конвульс\w*)\b.{0,40}\b(дергает\w*|дёргает\w*|трясет|трясёт|сіпа\w*|смика\w*|трясе|тіпа\w*|колотит|трусит\w*)|\b(дергает\w*|дёргает\w*|трясет|трясёт|сіпа\w*|смика\w*|трясе|тіпа\w*|колотит|трусит\w*)\b.{0,40}\b(приступ\w*|припад\w*|судом\w*|конвульс\w*)",
        r"\b(le|me)\s+(esta\s+)?(dando|dio|da)\s+(un\s+)?(ataque|convulsion\w*|convulsiones)\b(?!\s+de\s+(risa|panico|ansiedad|tos))",
        # breathing that gargles or rattles, or comes once every ten seconds ("breathing sounds like
        # gargling", "дыхание раз в десять секунд", "булькає лежить", "respira una vez cada...")
        r"\b(breath\w*|дыхани\w*|дыш\w*|дихан\w*|диха\w*|respir\w*)\s+(\w+\s+){0,3}(gargl\w*|gurgl\w*|rattl\w*|булька\w*|клокоч\w*|хлюпа\w*|gorgote\w*|burbuj\w*)|\b(gargl\w*|gurgl\w*|булька\w*|клокоч\w*|хлюпа\w*|gorgote\w*)\b.{0,30}\b(лежит|лежить|on\s+(his|her|their)\s+back|на\s+спин\w*|boca\s+arriba|asleep|спит|спить|dormid[oa])\b|\b(лежит|лежить)\b.{0,30}\b(булька\w*|клокоч\w*|хлюпа\w*)",
        r"\b(breath\w*|breathes|дыхани\w*|дышит|вдох\w*|дихан\w*|дихає|вдих\w*|respira\w*)\s+(\w+\s+){0,2}(once|one|раз|один|una\s+vez|cada)\s+(every|in|в|на|за|cada)?\s*(\w+\s+)?(seconds|secs|sec|секунд\w*|segundos)\b(?!.{0,30}\b(normal|нормально|нормальн\w*|is\s+that\s+ok)\b)",
        r"\b(he'?s|she'?s|hes|shes|he\s+is|she\s+is|they'?re|gone|went|going|now)\s+(all\s+|totally\s+|completely\s+|really\s+)?(floppy|limp)\b",
        # transliterated Russian / Ukrainian signs ("otrubilsya", "ne reagiruet", "ne dyshit")
        r"\b(otrubil(sya|as|is)|vyrubil(sya|as)|vidrubyvsya|vyrubyvsya|otklyuchil(sya|as))\b|\bne\s+(reagiruet|reagiruyet|reaguye|reahuye|dyshit|dyshyt|dykhaye|dyhaye|prosypaetsya|prokydayetsya|otvechaet)\b|\b(posinel|posinela|bez\s+soznaniya|bez\s+svidomosti)\b|\b(trjasyot|tryasyot|tryasiot|tryasetsya|tryase|tipaye|smykayetsya|sipayetsya)\b",
        r"\bfoam\w*\s+(\w+\s+){0,2}(out\s+of|out|from|at)\s+(the|his|her|their)\s+mouth\b",
        # Russian (Cyrillic and Latin)
        (
            r"\bне\s*(диш|дих)\w*|\bотъехал\w*\s+(после|от)\b(?!\s+(дом\w*|город\w*|подъезд\w*|офис\w*|работ\w*|магазин\w*|заправк\w*|станци\w*|вокзал\w*|остановк\w*|парковк\w*|стоянк\w*|берег\w*|обочин\w*|москв\w*|киев\w*|питер\w*|\w+\s+(на\s+)?(\d+|пар[уы]|несколько|километр\w*|км|метр\w*)))|\bвід'?їха\w*\s+(після|від)\b(?!\s+(дом\w*|міст\w*|під'?їзд\w*|офіс\w*|робот\w*|магазин\w*|заправк\w*|станці\w*|вокзал\w*|зупинк\w*|парковк\w*|стоянк\w*|берег\w*|узбіч\w*|києв\w*|льво\w*|\w+\s+(на\s+)?(\d+|пар[уи]|кілька|кілометр\w*|км|метр\w*)))|"
            r"\b(за)?храп\w*\s+(\w+\s+){0,2}(странно|жутко|страшно|громко|как\s+то|как-то|не\s+своим)|\b(за)?хр(о|і)п\w*\s+(\w+\s+){0,2}(дивно|жахливо|страшно|гучно|якось|не\s+своїм)|"
            r"\b(не|ни)\s*(дыш|диш|дых|дих)|\bне\s*дыш|\bне\s*дышет|\bне\s*дышит|\bнедыш"
        ),
        r"\bперестал[аи]?\s+дыш",
        r"\bне\s+просыпа(ет|ют|л)|\bне\s+проснет|\bне\s+могу\s+(его|ее|её)?\s*разбуд|\bне\s+разбуд",
        r"\bне\s+приход[ия]т\s+в\s+себя\b|\bне\s+очнет|\bне\s+оч[ух]на",
        r"\bне\s+реагир|\bне\s+откликает|\bне\s+отвечает\s+и\b",
        r"\bбез\s+сознан|\bотключил[аи]?с|\bвырубил[аи]?с[ья]\s+и\b",
        # "выключился и дёргается", "вимкнувся і не реагує" (blind10-tune): switched off, then a fit
        r"\b(выключил(ся|ась)|вимкну(вся|лась)|вимкнув(ся|сь))\s+(\w+\s+)?(и|і|й)\s+(\w+\s+)?(дерга\w*|дёрга\w*|трясет\w*|трясёт\w*|трусит\w*|колотит\w*|сіпа\w*|смика\w*|тіпа\w*|хрип\w*|не\s+(реагир\w*|реагу\w*|дыш\w*|диха\w*|отвеча\w*|відповіда\w*|просыпа\w*|прокида\w*))",
        r"\bпосинел|\bсинеет\b|\bсинеют\b|\bгубы\s+син|\bсини[ея]\s+губ|\bсиний\b.{0,15}\bлежит\b",
        r"\bоткача",
        r"\bумирает\b|\bпомирает\b",
        r"\bхрипит\b|\bхрипит\s|\bхрип\b|\bстранно\s+храп|\bхрапит\s+(странно|жутко|как\s+(то|будто|паровоз|трактор))",
        r"\bне\s+открывает\s+глаз|\bглаза\s+не\s+открывает|\bобмяк\w*|\b(он|она|теперь|сейчас|лежит|сидит)\s+(\w+\s+)?в\s+(полной\s+)?отключке",
        r"\b(припадок|припадк\w*|судорог\w*|приступ\w*)\b.{0,40}\b(отключк\w*|без\s+сознан\w*|не\s+(приходит|просыпа|реагир))",
        r"\bне\s+(\w+\s+){0,2}(поднять|підняти|растолкать|розштовхати)\s+(его|ее|её|його|її)\b|\bне\s+(могу|можем|можу|можемо)\s+(его|ее|её|його|її)\s+(поднять|підняти|растолкать|розштовхати)\b|\bno\s+(lo|la)\s+(puedo|podemos)\s+levantar\b|\bno\s+(puedo|podemos)\s+levantarl[oa]\b",
        r"\b(face\s*down|лицом\s+(вниз|в\s+\w+)|обличчям\s+(донизу|вниз|у\s+\w+|в\s+\w+)|boca\s+abajo)\b.{0,40}\b(after|after\s+\w+ing|после|після|despues|tras)\b|\b(after|после|після|despues|tras)\b.{0,40}\b(face\s*down|лицом\s+вниз|обличчям\s+донизу|boca\s+abajo)\b",
        r"\bse\s+(esta\s+)?ahoga\w*|\bahogandose\b|\bcomo\s+(que\s+|si\s+)?se\s+ahoga\w*|\bхрипы\b|\bхрипи\b|\bхрипить\b",
        r"\bпульса\s+нет\b|\bнет\s+пульса\b|\bне\s+прощупыва",
        r"\bсудорог|\bбьется\s+в\s+конвульс",
        r"\bупал[аи]?\s+и\s+(не|лежит)",
        r"\bне\s+(двигается|шевелится|двигаеться|шевелиться)\b",
        r"\bне\s+приход\w*\s+в\s+(себя|сознание)|\bупал[аи]?\s+в\s+обморок|\bпотерял[аи]?\s+сознание",
        r"\b(трясет|трясется|трусит|колотит|дергается)\b.{0,30}\b(не\s+отвеча|не\s+реагир|пена|упал)|\b(упал[аи]?|лежит)\b.{0,30}\b(трясет|трясется|дергается)",
        # a breath "once every half a minute", "раз в 20 секунд", "раз на пів хвилини", "una vez cada
        # 20 segundos" (blind10-tune)
        r"\b(дыш(ит|ат)|вдыха\w*|вдох)\s+(\w+\s+)?раз\s+(в|за)\s+(пол\s*-?\s*минуты|полминуты|минуту|\d+\s+секунд\w*|\w+\s+секунд\w*|\d+\s+сек)\b|\b(диха[єю]|вдих\w*)\s+(\w+\s+)?раз\s+(на|в|у|за)\s+(пів\s*-?\s*хвилини|півхвилини|хвилину|\d+\s+секунд\w*|\w+\s+секунд\w*|\d+\s+сек)\b",
        r"\b(breath(es|ing)?|takes\s+a\s+breath)\s+(\w+\s+)?(once|one\s+time)\s+every\s+(\d+|ten|fifteen|twenty|thirty|half\s+a|few|other)\s*(seconds?|secs?|minutes?|mins?)?\b|\brespira\s+(\w+\s+)?(una\s+vez\s+)?cada\s+(\d+|diez|quince|veinte|treinta|medio)\s*(segundos|seg|minutos?)\b",
        r"\bдыш(ит|ат)\s+(очень\s+|совсем\s+|как[-\s]то\s+)?(редко|слабо|плохо|еле|странно|хрипло|медленно|с\s+хрипом)|\bеле\s+дыш|\bплохо\s+дыш|\bслабо\s+дыш|\bдыхани[ея]\s+(очень\s+)?(редк|слаб|поверхн|странн|хрипл|нет\b|почти\s+нет)",
        r"\bне\s+пода[её]т\s+признаков\s+жизни|\bпризнаков\s+жизни\s+нет",
        r"\bне\s+отвеча[ею]т\b(?!\s+(на\s+)?(звонк|смс|сообщ|телеф|трубк|в\s+))",
        # released from prison ("откинулся с зоны", "после отсидки") and "чуть не откинулся" (nearly,
        # once) are not a death now (tune13)
        r"(?<!чуть\sне\s)(?<!едва\sне\s)\bоткинул(ся|ась|ись)\s+(после|от|и\s+не|с\s+)(?!\s*(зон|тюр|лагер|колон|сизо|кич|крытк|отсидк|срок|нар\b))",
        r"\bпена\s+(изо|из|у)\s+рта|\bпена\s+на\s+губах",
        r"\bne\s*(dy|di)sh|\bne\s+dvigaet|\bne\s+prosyp|\bbez\s+soznan|\bposinel",
        # Ukrainian
        r"\bне\s*дих",
        r"\bперестав\s+дих|\bперестала\s+дих",
        r"\bне\s+прокида(є|ють|в|л)|\bне\s+можу\s+(його|її)?\s*розбуд",
        r"\bне\s+приход(ить|ять)\s+до\s+тями\b|\bне\s+очуня",
        r"\bне\s+реагу",
        r"\bбез\s+свідом|\bвирубив?с[яь]|\bвідключив?с[яь]",
        r"\bпосинів|\bпосиніл|\bсиніє\b|\bсиніють\b|\bгуби\s+син|\bсині\s+губ",
        r"\bвідкача",
        r"\bпомирає\b|\bвмирає\b",
        r"\bхрипить\b|\bдивно\s+хроп(е|ить)\b|\bхроп(е|ить)\s+(дивно|якось|як\s+(трактор|паровоз))",
        r"\b(впав|впала|лежить)\b.{0,30}\b(трясе|трусить|сіпає|смикається)\b|\b(se\s+cayo|se\s+desplomo|tirad[oa])\b.{0,30}\b(tiembla|temblando|convulsiona\w*)\b|\b(collapsed|fell|dropped)\b.{0,30}\b(shaking|twitching|jerking|seizing)\b",
        r"\bне\s+відкриває\s+оч(і|ей)\b|\bоч(і|ей)\s+не\s+відкриває|\bобм'?як\w*|\b(він|вона|тепер|зараз|лежить|сидить)\s+(\w+\s+)?(у|в)\s+(повній\s+)?відключці",
        r"\b(напад\w*|судом\w*)\b.{0,40}\b(відключц\w*|без\s+свідом\w*|не\s+(приходить|прокида|реагу))",
        r"\bнема[єе]?\s+пульс|\bпульсу\s+нема",
        r"\bne\s+dyh|\bne\s+dykh|\bbez\s+svidom|\bne\s+prokyd",
        r"\bдиха[єю]\s+(дуже\s+|зовсім\s+|якось\s+)?(рідко|слабо|погано|ледве|дивно|хрипло|повільно)|\bледве\s+дих|\bпогано\s+дих|\bслабо\s+дих|\bдихання\s+(дуже\s+)?(рідк|слабк|поверхн|дивн|хрипл|нема|майже\s+нема)",
        r"\bне\s+відповіда[єю]\b(?!\s+(на\s+)?(дзвінк|смс|повідом|телеф|в\s+))",
        r"\bвпа(в|ла|ли)\s+і\s+(не|лежить)\b|\bse\s+cayo\s+y\s+(no|esta\s+tirad)",
        r"\bне\s+(рухається|ворушиться|рухаеться)\b|\bзнепритомн\w*|\bвтрати\w*\s+свідомість|\bсудом[иа]\b|\bконвульс",
        r"\bне\s+розбуд|\bдиха[єю]\s+з\s+хрипом|\bposyni\w*|\bposine\w*",
        r"\bне\s+пода[єе]\s+ознак\s+життя|\b(піна|пінка)\s+(з|із)\s+рота|\bпенка\s+(изо|из)\s+рта",
        # -- kinds found on blind2-tune (2026-12-06) --
        # called by name, no response ("called his name over and over, nothing")
        (
            r"\b(called|calling|call|shouted|shouting|yelled|yelling|said|saying)\s+(out\s+)?(his|her|their)\s+name\b.{0,30}\b(nothing|no\s+(response|reaction|answer)|doesn'?t\s+(respond|react|answer))\b|"
            r"\b(зову|звал[аи]?|кричу|кричал[аи]?)\s+(\w+\s+)?(по\s+имени|его|её|ее)\b.{0,30}\b(ничего|ноль\s+реакции|никакой\s+реакции|не\s+реагирует)\b|"
            r"\b(кличу|кликал[аи]?|кликав|кричу|кричал[аи]?|кричав)\s+(\w+\s+)?(на\s+ім'?я|його|її)\b.{0,30}\b(нічого|нуль\s+реакції|жодної\s+реакції|не\s+реагує)\b|"
            r"\b(le\s+)?(hablo|hable|grito|grite|llamo|llame)\s+(\w+\s+){0,2}(por\s+su\s+nombre|su\s+nombre)\b.{0,30}\b(nada|no\s+(responde|reacciona|contesta))\b"
        ),
        # unconscious, said as an adjective ("син непритомний")
        r"\bнепритомн(ий|а|ого|у|ою|і|им)\b",
        # breathing once every few seconds, or once in a long while
        (
            r"\b(дыш\w*|диха\w*|вдох\w*|вдих\w*)\s+(\w+\s+)?раз\s+(в|на)\s+(\w+\s+){0,2}(секунд\w*|довго|долго|вечность|вічність|хвилин\w*|минут\w*)|"
            r"\bbreath\w*\s+(like\s+)?(once|one\s+breath)\s+(every|a|in)\s+(\w+\s+){0,2}(seconds|secs|minute|while)\b|"
            r"\brespira\s+(una\s+vez\s+)?cada\s+(\w+\s+){0,2}(segundos|minuto)\b"
        ),
        # Spanish
        r"\bno\s+respira|\bya\s+no\s+respira|\bno\s+esta\s+respirando",
        r"\bdej[oa]\s+de\s+respirar\b|\bapenas\s+respira|\bледь\s+(ледь\s+)?дих|\bеле\s+(еле\s+)?дыш|\bcasi\s+no\s+respira|\brespira\s+(muy\s+)?poco\b",
        r"\bno\s+(se\s+)?despierta\b|\bno\s+(lo|la|le)\s+(puedo\s+)?despertar|\bno\s+puedo\s+despertar",
        # still not waking, still not reacting (session 23, lead: "le dimos leche y sigue sin despertar")
        r"\b(sigue|continua)\s+sin\s+(despertar(se)?|reaccionar|respirar\s+bien|abrir\s+los\s+ojos)\b(?!\s+(para|a)\s+(ir|la|el|clase|clases|trabajar)\b)",
        # asked with the subjunctive (session 18): "es normal que no despierte / no reaccione / no
        # respire después de las pastillas?"; "ta morao" (Spain, spoken "está morado")
        r"\b(normal|malo|grave|preocupante|peligroso|preocuparme)\s+(\w+\s+){0,2}que\s+no\s+(se\s+)?(despierte|reaccione|responda|respire)\b|\b(ta|esta|sta)\s+(to\s+|todo\s+|mu\s+|muy\s+)?(morao|moraa|azulao)\b",
        r"\bno\s+reacciona\b|\bno\s+responde\b|\bno\s+contesta\s+y\b",
        r"\binconsciente\b|\bsin\s+conocimiento\b|\bse\s+desmayo\s+y\b",
        # session 20 (tune45, second emerg helper): fainted with the person or place said between, and
        # not coming back ("se desmayó mi tía y no vuelve", "se desvaneció en el baño y no responde")
        r"\bse\s+(desmayo|desvanecio)\s+(\w+\s+){1,3}y\s+no\s+(vuelve|regresa|reacciona|responde|despierta|contesta)\b",
        r"\b(poniendo|puso|pone|esta|se\s+puso|se\s+esta\s+poniendo|se\s+ve|se\s+le\s+ve)\s+(azul|morad[oa]|gris|azulad[oa]|moradit[oa])\b",
        r"\blabios\s+(azules|morados)\b",
        r"\bse\s+(esta\s+)?muriendo\b|\bse\s+nos\s+muere\b|\bse\s+me\s+muere\b",
        r"\bronc\w*\s+(\w+\s+){0,3}(raro|rara|rarisimo|extrano|extrana|fuerte|feo|fea|horrible|espantoso)\b|\bronquido|\bhace\s+ruidos\s+raros",
        r"\bno\s+se\s+mueve\b|\bno\s+vuelve\s+en\s+si\b|\bperdio\s+el\s+(conocimiento|sentido)\b",
        r"\b(esta|se\s+puso|se\s+esta\s+poniendo|poniendo|quedo)\s+(bien|muy|todo|toda|super|re)\s+(azul|morad[oa])\b",
        r"\bno\s+(lo|la|le)\s+despierto\b|\bno\s+hay\s+forma\s+de\s+despertar",
        r"\brespira\s+(muy\s+|bien\s+|super\s+)?(raro|rarisimo|rarito|feo|mal|lento|lentisimo|despacio|poquito|extrano)\b|\brespiracion\s+(muy\s+)?(lenta|rara|debil)",
        r"\bespuma\s+(por|en|de)\s+la\s+boca\b|\bno\s+da\s+senales\s+de\s+vida",
        r"\bsin\s+pulso\b|\bno\s+tiene\s+pulso\b",
        r"\bconvulsion",
        r"\bse\s+desplom\w*|\bdesplomad[oa]\b|\bno\s+abre\s+los\s+ojos|\bdesguanzad[oa]\b|\bse\s+(le\s+)?desguanz\w*|\btod[oa]\s+(flojo|floja|aguado|aguada)\b",
        r"\brespirando\s+(muy\s+)?(mal|raro|feo|lento|poco|extrano)\b",
        # every language: breath or heart stopped, eyes rolled back, hard to breathe, in and out
        r"\bbreath\w*\s+(has\s+|just\s+)?stopped\b|\bheart\s+(has\s+|just\s+)?stopped\b|\bheart\s+(isn'?t|isnt|is\s+not)\s+beating",
        r"\b(trouble|difficulty|struggling|struggles|hard\s+time|problems?)\s+(to\s+|with\s+)?breath\w*",
        r"\bunable\s+to\s+(wake|rouse)\b|\bfell\s+out\s+(after|on|from|in|and)\b|\bin\s+and\s+out\s+of\s+consciousness\b",
        r"\beyes\s+(are\s+|have\s+|just\s+|keep\s+|keeps\s+)?roll\w*\s+back\b|\bглаза\s+(\w+\s+)?закат\w*|\bзакатил[аи]?\s+глаза|\bочі\s+(\w+\s+)?(закот|закоч)\w*|\bзакоти\w*\s+очі",
        r"\bojos\s+(\w+\s+){0,3}(para\s+atras|en\s+blanco|volteados)|\bse\s+le\s+(fueron|voltearon|pusieron)\s+los\s+ojos",
        r"\b(lips|skin|face|fingers|fingertips|nails)\s+(are\s+|is\s+|look\s+|looks\s+|went\s+|gone\s+|turned\s+|turning\s+|going\s+|getting\s+)?(kinda\s+|kind\s+of\s+|a\s+bit\s+|a\s+little\s+|really\s+|very\s+|so\s+|super\s+|all\s+|sorta\s+|slightly\s+|pretty\s+)?(grey|gray|blue|purple|bluish|blueish|greyish|grayish)\b|\bсиневат\w*|\bсинюшн\w*|\bсинюват\w*|\bazulad[oa]s?\b|\bгубы\s+(\w+\s+)?(серые|синие|фиолетовые)|\bгуби\s+(\w+\s+)?(сірі|сині)|\blabios\s+(\w+\s+)?(grises|azules|morados)|\bpiel\s+(\w+\s+)?(azul|morada|gris)|\bкожа\s+(\w+\s+)?(синяя|серая)|\bшкіра\s+(\w+\s+)?(синя|сіра)",
        r"\b(трудно|тяжело|тяжко|важко|сложно)\s+(\w+\s+)?(дышать|дихати|дихать)\b|\b(le|les)\s+cuesta\s+respirar|\bdificultad\s+para\s+respirar|\brespira\s+con\s+dificultad|\bjadea\w*|\bboquea\w*",
        r"\bто\s+приход\w*\s+(в\s+себя|до\s+тями)|\bто\s+(отключается|вырубается|відключається|вирубається)|\bse\s+vuelve\s+a\s+desmayar|\bentra\s+y\s+sale\s+de\s+la\s+conciencia",
        # woken and out again at once (blind19-tune): "бужу, а она обратно отключается", "будимо, а він
        # знову відключається", "la despierto y se vuelve a apagar", "i wake her and she passes out again"
        # (not woken for work and asleep again: falling asleep is not in it)
        r"\b(бужу|будим|будили|будил\w*|тормошу|тормошим|расталкива\w*|буджу|будимо|будили|будив|будила|тормошу|термошу|трусимо|трясу|трусу)\b.{0,25}\b(обратно|опять|снова|сразу|знову|знов|одразу|зразу|назад)\s+(\w+\s+)?(отключа\w*|вырубает\w*|вырубил\w*|отрубает\w*|відключа\w*|вирубає\w*|вирубил\w*|відрубає\w*|выключает\w*|вимикає\w*)",
        r"\b(la|lo|le)\s+(despierto|despertamos|despierta)\s+y\s+(se\s+vuelve\s+a\s+(apagar|desmayar|ir|caer)|otra\s+vez\s+se\s+(apaga|desmaya|va|cae))\b|\b(wake|shake|rouse)\s+(him|her|them)\s+(up\s+)?(and|but)\s+(he|she|they)\s+(\w+\s+)?(passes|pass|goes|go|blacks|black|nods|nod|drops|drop)\s+(right\s+|straight\s+)?(back\s+)?(out|off)(\s+again)?\b",
        r"\bсердце\s+(\w+\s+)?(остановилось|не\s+бьется|встало)|\bсерце\s+(\w+\s+)?(зупинилось|зупинилося|не\s+б'?ється)|\bse\s+le\s+paro\s+el\s+corazon|\bcorazon\s+no\s+le\s+late",
        r"\bдыхание\s+(\w+\s+)?(остановилось|прекратилось|пропало)|\bдихання\s+(\w+\s+)?(зупинилось|зупинилося|припинилось|зникло)|\bse\s+le\s+paro\s+la\s+respiracion",
        r"\bне\s+(мог\w*|можем|можу|можемо|получается|выходит|виходить|вдається|удается)\s+(\w+\s+)?(разбуд|розбуд|добуд|пробуд|привести\s+в\s+чувство)",
        r"\bno\s+(lo|la|le|los|las)?\s*(puedo|podemos|puede|pude|pudimos|logro|logramos|consigo|conseguimos)\s+(\w+\s+)?despertar|\bno\s+hay\s+(forma|manera|modo)\s+de\s+despertar",
        r"\b(упал|упала|впав|впала|se\s+cayo|se\s+desplomo|collapsed|fell|dropped)\b.{0,40}\b(шприц\w*|баян\w*|игл\w*|голк\w*|needle|syringe|jeringa|aguja)",
        r"\bkeel\w*\s+over\b|\bрухнул[аи]?\s+(и|на|без|после|в)\b|\bгепну\w*\s+(і|на|без|після)\b|\bnoquead[oa]\b",
        r"\bsin\s+(moverse|reaccionar|respirar|responder)\b|\bсудом\w*\b.{0,20}\b(на\s+підлозі|після)\b|\b(б'?є|бьет|колбасит|колотит)\s+судом\w*|\b(б'?є|бьет|колбасит|колотит)\s+(\w+\s+)?судорог\w*",
        r"\b(gave|given|used|sprayed|did)\s+(\w+\s+){0,2}(narcan|naloxone)\b.{0,40}\b(still|nothing|not\s+working|no\s+change)\b",
        r"\b(дал|дали|вколол|вкололи|брызнул\w*|пшикнул\w*|ввел\w*)\s+(\w+\s+)?налоксон\w*.{0,40}\b(все\s+еще|ничего|не\s+помога\w*|не\s+действ\w*)",
        r"\b(дав|дали|вколов|вкололи|бризнув\w*|пшикнув\w*|ввів|ввели)\s+(\w+\s+)?налоксон\w*.{0,40}\b(досі|нічого|не\s+допомага\w*|не\s+діє)",
        r"\b(le\s+di|le\s+dimos|le\s+puse|le\s+pusimos|le\s+aplique|use)\s+(\w+\s+)?naloxona\b.{0,40}\b(nada|sigue|no\s+funciona|todavia|aun)\b",
        r"\bхвата\w*\s+(ртом\s+)?воздух|\bловит\s+ртом\s+воздух|\bхапа\w*\s+(ротом\s+)?повітря",
        r"\b(становится|становиться|стал|стала|стає|став)\s+(\w+\s+)?(синим|синей|фиолетовым|фиолетовой|серым|серой|синім|синьою|фіолетовим|фіолетовою|сірим|сірою)\b",
        r"\bstopped\s+moving\b|\bперестал[аи]?\s+(двигаться|шевелиться|реагировать|отвечать)\b|\bпереста(в|ла|ли)\s+(рухатися|ворушитися|реагувати|відповідати)\b|\bdej[oa]\s+de\s+(moverse|reaccionar|responder)\b",
        r"\b(can'?t|cannot|unable\s+to)\s+keep\s+(him|her|them)\s+awake\b|\bno\s+(lo|la)\s+(puedo|podemos)\s+mantener\s+despiert[oa]\b",
        r"\bno\s+(puedo|podemos|logro|logramos|consigo|conseguimos)\s+(hacer\s+)?que\s+(\w+\s+){0,3}(reaccione|despierte|responda|respire)\b",
        r"\b(puesto|ponerse|pusieron|quedado|quedo)\s+(\w+\s+)?(azul|morad[oa]|gris)\b",
        r"\b(weird|strange|awful|horrible|scary|terrible|funny|loud)\s+(\w+\s+)?(snort\w*|snor\w*|gurgl\w*|rattl\w*|chok\w*)\s+(noise|sound)s?\b|\b(rattl\w*|gurgl\w*|chok\w*)\s+(noise|sound)s?\b",
        r"\b(жутко|страшно|странно|громко)\s+сопит|\bсопит\s+(жутко|страшно|странно)|\b(жахливо|дивно|страшно)\s+сопе|\bсопе\s+(жахливо|дивно)|\b(странн\w*|жутк\w*|страшн\w*)\s+хрип\w*",
        r"\b(синий|синяя|серый|серая|фиолетовый|фиолетовая|синій|синя|сірий|сіра|фіолетовий|фіолетова)\s+(весь\s+|вся\s+)?(и|і|после|після|лежит|лежить|на|в|у)\b|\b(весь|вся|совсем|зовсім|увесь)\s+(синий|синяя|серый|серая|синій|синя|сірий|сіра|фиолетов\w*|фіолетов\w*)\b|\b(синий|синяя|серый|серая|фиолетовый|фиолетовая|синій|синя|сірий|сіра|фіолетовий|фіолетова)\s$",
        # blind13-tune (late round): the colour, then "весь" at the end ("сірий весь", "синяя вся");
        # lying as if in a coma ("лежить як в комі", "лежит будто в коме", "lying there like he's in a
        # coma", "está tirado como en coma"); a fit that "beats" someone ("кента бьет припадок",
        # "його б'є судомами", "колотит в припадке")
        r"\b(синий|синяя|серый|серая|фиолетовый|фиолетовая|синій|синя|сірий|сіра|фіолетовий|фіолетова)\s+(весь|вся|увесь|уся)\s$",
        r"\b(лежит|лежить|валяется|валяється|lying|laying|lies|esta|tirad[oa])\s+(there\s+|тут\s+|там\s+)?(как|як|ніби|наче|будто|мов|немов|like|como)\s+(\w+\s+){0,2}(в|у|in|en)\s+(a\s+)?(коме|комі|coma)\b",
        # a breath now and then and nothing between (agonal breathing: "respira cada tanto como un
        # suspiro y después nada", "дышит раз в минуту, вздохнет и потом ничего", "gasps then nothing")
        r"\b(respira|breathes|gasps|takes\s+a\s+(big\s+|deep\s+|long\s+)?breath|дышит|дихає|вздохн[её]т|вдохн[её]т|зітхне|вдихне|suspira)\b.{0,60}\b((y|e)\s+(despues|luego)\s+nada|(and\s+)?then\s+nothing|(и|а)\s+потом\s+ничего|(і|а)\s+потім\s+нічого|(и|а)\s+дальше\s+ничего|(і|а)\s+далі\s+нічого)\b(?!\s+(happen\w*|chang\w*|work\w*|felt|feel\w*|не\b|no\b|sucede|pasa|paso|cambi\w*|происход\w*|відбува\w*|почувств\w*|відчу\w*))",
        # rescue breathing or CPR asked just after an overdose told ("чувак перебрал ... как делать
        # искусственное дыхание", "він передознувся, як робити штучне дихання", "she ODed how do i do
        # cpr", "se pasó, cómo le hago respiración boca a boca"); the "if" questions are cut before
        r"\b(перебрал\w*|передознул\w*|передоз\w*|перебра(в|ла|ли)|передознув\w*|od'?d|od'?ed|overdosed|overdosing|se\s+(paso|esta\s+pasando)|sobredosis)\b.{0,100}\b(как|як|how|como|что|що|шо)\s+(\w+\s+){0,2}(искусственн\w*\s+дыхани\w*|штучн\w*\s+дихан\w*|cpr|rescue\s+breath\w*|mouth\s+to\s+mouth|respiracion\s+(artificial|boca\s+a\s+boca)|rcp|массаж\s+сердца|масаж\s+серця)\b",
        r"\b(бь[её]т|б'?є|колотит|колотить)\s+(\w+\s+)?(припадк\w*|припадок|судорог\w*|судом\w*|конвульс\w*)\b|\b(припадок|припадк\w*|судорог\w*|судом\w*|конвульс\w*)\s+(\w+\s+)?(бь[её]т|б'?є|колотит|колотить)\b",
        r"\bпривести\s+(\w+\s+){0,2}в\s+чувство|\bпривести\s+(\w+\s+){0,2}до\s+тями|\bне\s+розплющу\w*\s+очі|\bочі\s+не\s+розплющу\w*",
        r"\b(наелся|наелась|наглотался|наглоталась|наївся|наїлася|наїлась|наївсь|наковтався|наковталася)\s+(\w+\s+)?(таблеток|колес|пігулок)\b",
        # -- kinds found on blind-tune and tune6 (2026-12-06), said in every language --
        # out cold, won't come round, can't be brought round ("out cold", "без тями", "está KO",
        # "se privó" in Mexico, "no hay manera de que vuelva en sí")
        r"\bout\s+cold\b|\b(can'?t|cant|cannot|couldn'?t|won'?t|wont|not|unable\s+to)\s+(\w+\s+){0,2}(bring|get)\s+(him|her|them|my\s+\w+)\s+(round|around|to|back)\b|\b(won'?t|wont|not|isn'?t|isnt|never)\s+(come|coming)\s+(round|around|back\s+round)\b",
        # what was tried did not bring them round (session 23, lead: "salt water didnt bring him round",
        # "nothing brings her round"; not "didn't bring them round to my view")
        r"\b(didn'?t|didnt|doesn'?t|doesnt|hasn'?t|hasnt|nothing)\s+(\w+\s+)?(bring|brings|brought|bringing)\s+(him|her|them)\s+(round|around)\b(?!\s+to\b)",
        r"\bбез\s+тями\b(?!\s+(від|закохан\w*|рад\w*|щасл\w*))|\bотрубил(ся|ась|ись)\b|\bвідруби(вся|лась|лися)\b",
        r"\b(esta|quedo|se\s+quedo|ha\s+quedado|is|went|he'?s|she'?s|hes|shes)\s+(totalmente\s+|completamente\s+|bien\s+|completely\s+|totally\s+)?ko\b|\bse\s+privo\b(?!\s+de\b)|\besta\s+privad[oa]\b",
        r"\bno\b(\s+\w+){0,5}\s+(vuelv\w*|volver)\s+en\s+si\b|\bno\s+hay\s+(manera|forma|modo)\s+de\s+(que\s+)?(\w+\s+)?(despierte|reaccione|responda|vuelva)\b",
        # "went stiff" ("se quedó tieso", not "tieso de miedo") and shaking on the floor
        r"\b(se\s+)?(quedo|queda|puso|pone|esta\s+poniendo|ha\s+quedado)\s+(bien\s+|todo\s+|toda\s+)?ties[oa]\b(?!\s+de\s+(miedo|frio|risa))",
        r"\b(трясет|трясется|колотит|дергается|трусить|трясе|колотить|тіпає|смикається|tiembla|temblando|se\s+sacude|sacudiendose)\s+(\w+\s+)?(на\s+полу|на\s+підлозі|en\s+el\s+(piso|suelo))\b|\b(на\s+полу|на\s+підлозі|en\s+el\s+(piso|suelo))\s+(\w+\s+)?(трясет|трясется|колотит|дергается|трусить|трясе|колотить|тіпає|смикається|tiembla|temblando|se\s+sacude)\b",
        # "отъехал" / "відʼїхав" after using (not "drove off from the house")
        r"\b(и|і|уже|вже|он|она|він|вона|кажется|походу|здається|совсем|зовсім)\s+(\w+\s+)?(отъехал\w*|від'?їха\w*)\b(?!\s+(от|від|на|в|у|до|к|домой|додому|за)\b)",
        # a sudden attack after a drug (Spain: "le dio un jamacuco / un chungo / un patatús")
        r"\ble\s+(dio|ha\s+dado|esta\s+dando|pego)\s+(un|una)\s+(jamacuco|patatus|soponcio|telele|chungo|yuyu)\b",
        # pale and cold: the skin of someone not breathing enough
        r"\b(pale|бледн\w*|блід\w*|palid[oa])\s+(\w+\s+){0,2}(cold|clammy|холодн\w*|fri[oa]|helad[oa])\b|\b(cold|холодн\w*|fri[oa]|helad[oa])\s+(\w+\s+){0,2}(pale|бледн\w*|блід\w*|palid[oa])\b",
        # "he's blue", "someone's dying here", "can barely wake her", fainting after a drug
        r"\b(he'?s|she'?s|hes|shes|they'?re|theyre)\s+(all\s+|completely\s+|so\s+|totally\s+)?(blue|purple|grey|gray)\b(?!\s+(about|over|since|lately|today|these))",
        r"\b(someone'?s|somebody'?s|someone\s+is|somebody\s+is|a\s+(guy|girl|man|woman|person)\s+is)\s+(\w+\s+)?dying\b(?!\s+(to|for|of|from|laughing|inside)\b)",
        r"\b(can|could)\s+(barely|hardly|only\s+just)\s+(wake|rouse)\b|\bbarely\s+(conscious|responsive|responding)\b",
        r"\b(fainted|passed\s+out|blacked\s+out|collapsed|se\s+desmayo|se\s+desmayaron|потерял[аи]?\s+сознание|отключил(ся|ась)|вырубил(ся|ась)|знепритомні(в|ла)|втрати(в|ла)\s+свідомість|відключи(вся|лась)|вируби(вся|лась))\b.{0,40}\b(after|от|после|після|від|despues|tras|con)\b",
        r"\b(лежит|лежить|валяется|валяється|сидит|сидить|застыл\w*|застиг\w*)\s+(\w+\s+)?без\s+(движения|руху|признаков\s+жизни|ознак\s+життя)\b|\bбез\s+(движения|руху)\s+(после|після)\b",
        r"\bse\s+(ha\s+)?(quedao|quedado|quedo)\s+(pajarito|tiesito|ko)\b",
        # a colour gone wrong, lips gone dark, stopped answering
        r"\blips\s+(are\s+|is\s+)?(look\w*\s+|went\s+|gone\s+|turned\s+|turning\s+|going\s+|getting\s+)?(a\s+bit\s+|a\s+little\s+|kinda\s+|kind\s+of\s+|slightly\s+|really\s+|all\s+|so\s+)?(blue|purple|grey|gray|dark|bluish|blueish)\b|\blabios\s+(\w+\s+)?oscur\w*|\bгубы\s+(\w+\s+)?темн\w*|\bгуби\s+(\w+\s+)?темн\w*",
        r"\b(turn\w*|went|gone|going|go)\s+(a\s+)?(weird|funny|strange|odd|bad|horrible)\s+colou?r\b|\bse\s+(puso|esta\s+poniendo|pone)\s+de\s+un\s+color\s+(raro|extrano|feo)\b|\b(стал|стала|став|становится|стає)\s+(какого-то\s+|якогось\s+)?(странного|дивного|жуткого)\s+(цвета|кольору)\b",
        r"\bstopped\s+(answering|responding|reacting)\b|\bdej[oa]\s+de\s+(contestar|hablar)\b",
        # shaking and not talking: "now she's shaking and won't talk to me", "трясется и не говорит",
        # "está temblando y no me habla"
        (
            r"\b(shaking|trembling|twitching|jerking|трясет\w*|трясе\w*|трусить|трусит\w*|дрож\w*|колотит|тіпає|tiembla\w*|temblando|se\s+sacude)\b(\s+\w+){0,3}\s+(and\s+|и\s+|і\s+|й\s+|y\s+)"
            r"(won'?t|wont|can'?t|cant|doesn'?t|doesnt|isn'?t|isnt|not|не|no)\s+(\w+\s+)?(talk\w*|speak\w*|answer\w*|говорит|разговаривает|отвечает|говорить|розмовляє|відповідає|habla|contesta|responde)\b"
        ),
        # "los labios se le están poniendo morados", "se le pusieron azules"
        r"\bse\s+(le|les|nos)\s+(estan|esta|van|fueron|han|pusieron|puso|ponen|pone)\s+(poniendo\s+|puesto\s+|quedando\s+)?(\w+\s+)?(azul\w*|morad[oa]s?|gris\w*)\b",
        # afraid of stopping breathing, now
        r"\b(miedo\s+de|afraid\s+(i'?ll|i\s+will|i'?m\s+going\s+to|to)|scared\s+(i'?ll|i\s+will|i'?m\s+going\s+to|to)|боюсь\s+(что\s+)?|боюся\s+(що\s+)?)\s*(dejar\s+de\s+respirar|stop\s+breathing|перестану\s+дышать|перестану\s+дихати|перестать\s+дышать|перестати\s+дихати)",
        # a seizure: stiff and shaking, in every language
        r"\b(twitching|jerking|shaking|convulsing|fitting)\s+on\s+the\s+(floor|ground|bed|sofa|couch)\b|\bjaw\s+(is\s+)?(locked|clenched)\b",
        # eyes open but nobody there
        r"\beyes\s+(are\s+|r\s+)?open\s+but\s+(\w+\s+){0,2}(not\s+there|nobody\s+home|no\s+one\s+home|nobody'?s\s+home|no\s*one'?s\s+home|not\s+respond\w*|not\s+with\s+us|not\s+looking)|\bглаза\s+открыты\s+(\w+\s+)?но\s+(\w+\s+)?(не\s+реагир\w*|никого\s+нет|не\s+здесь|не\s+видит)|\bочі\s+відкриті\s+(\w+\s+)?але\s+(\w+\s+)?(не\s+реагу\w*|нікого\s+нема|не\s+тут|не\s+бачить)|\bojos\s+abiertos\s+pero\s+(\w+\s+)?(no\s+(reacciona|responde|esta|ve)|ausente|ida)",
        r"\b(упал\w*|впа(в|ла)|рухнул\w*|лежит|лежить)\s+(\w+\s+)?(\w+\s+)?(бьется|бьётся|б'?ється|трясется|трясеться|дергается|смикається|колотит\w*)\b",
        r"\b(stiff|rigid)\b.{0,30}\b(shak|jerk|twitch|convuls|trembl)\w*|\b(shak|jerk|twitch|convuls)\w*\b.{0,30}\b(went|gone|is|all)\s+(stiff|rigid)\b",
        r"\b(одеревенел\w*|задеревенел\w*|вытянул(ся|ась)|напрягл?(ся|ась)\s+весь|застыл\w*)\b.{0,30}\b(трясти|трясет|трясется|затрясл\w*|дерга\w*|задерга\w*|колотит)",
        r"\b(задерев'?ян\w*|заклякл?\w*|напружи(вся|лась)|застиг\w*)\b.{0,30}\b(трусити|трусить|трясе|затрусил\w*|смика\w*|засмика\w*|тіпа\w*)",
        r"\bse\s+puso\s+(ties[oa]|rigid[oa]|duro|dura)\b.{0,30}\b(tembl\w*|tiembla|sacud\w*|convuls\w*)",
        r"\bласты\s+склеи\w*|\bкони\s+двину\w*|\bдвинул\s+кони|\bвідкинув\s+копита",
        # an ambulance on its way: the steps until it arrives
        (
            r"\b(ambulance|paramedics|ems|скорая|скорую|швидка|швидку|ambulancia|paramedicos)\b.{0,25}"
            r"\b(on\s+(the|their|its)\s+way|coming|en\s+route|едет|едут|уже|їде|їдуть|вже|viene|vienen|en\s+camino|llega|llegan)\b"
        ),
        r"\b(called|calling)\s+(911|999|112|an\s+ambulance|the\s+ambulance|ems)\b|\b(вызвали|вызвал[аи]?|викликали|викликав|викликала|llamamos|llame|ya\s+llamamos)\s+(\w+\s+)?(скорую|швидку|ambulancia|al\s+911|911|112|103)",
        r"\bпока\s+(едут|едет|ждем)\b|\bпоки\s+(їдуть|їде|чекаємо)\b|\bmientras\s+(llega|llegan|viene|vienen)\b|\buntil\s+(they|the\s+ambulance|paramedics|ems)\s+(arrive|get\s+here|come)",
        # -- kinds found on blind4-tune (2026-12-06, session 5), said in every language --
        # in and out ("keeps passing out and coming to", not "keeps blacking out when drinking");
        # choking in the sleep
        r"\b(passing|blacking)\s+out\s+and\s+coming\s+(to|round|around|back)\b|\b(choking|gagging|gurgling)\s+(\w+\s+)?(in\s+(his|her|their)\s+sleep|while\s+(asleep|sleeping))\b",
        # foam or froth at the mouth in any word order ("froth coming out his mouth", "изо рта пена",
        # "з рота піна", "echando espuma por la boca")
        r"\b(foam\w*|froth\w*)\b(\s+[\w']+){0,3}\s+(mouth|lips)\b|\b(изо|из|с)\s+рта\s+(\w+\s+)?(пена|пену|пеной|пенка|пенку)\b|\b(з|із)\s+рота\s+(\w+\s+)?(піна|піну|піною|пінка|пінку)\b|\bechando\s+espum\w*\b|\bespum(a|ita)\s+(\w+\s+)?(boca|labios)\b",
        # a needle still in someone's arm (tune25 probes: "man down, needle still in his arm", "шприц ещё
        # в руке", "con la jeringa todavía en el brazo")
        r"\b(needle|syringe|rig|шприц|игла|баян|голка|jeringa|aguja)\s+(is\s+|still\s+|ещ[её]\s+|досі\s+|ще\s+|todavia\s+|aun\s+|sigue\s+)*(in|в|у|en)\s+((his|her|their|the)\s+)?(arm|vein|neck|leg|hand|foot|groin|руке|руці|вене|вені|шее|шиї|ноге|нозі|паху|el\s+brazo|la\s+vena|su\s+brazo|el\s+cuello|la\s+pierna|la\s+mano)\b",
        # twitching, jerking or stiff and foaming (tune25 probes: "bf is twitching and foaming", "трясётся
        # и пена", "tiembla y echa espuma"): a fit now
        r"\b(twitch\w*|jerk\w*|shak\w*|convuls\w*|fitting|seizing|stiff|rigid)\s+(and\s+)?(\w+\s+)?(foam\w*|froth\w*)\b|\b(foam\w*|froth\w*)\s+(and\s+)?(\w+\s+)?(twitch\w*|jerk\w*|shak\w*|convuls\w*|fitting|seizing)\b",
        r"\b(трясет\w*|трясется|дергает\w*|дергается|колотит|трусит\w*|трясе\w*|сіпа\w*|смика\w*|тіпа\w*|tiembla\w*|temblando|convulsion\w*|se\s+sacude)\s+(и\s+|і\s+|й\s+|y\s+)?(\w+\s+)?(пена|пену|піна|піну|espuma)\b",
        # found on the floor beside the means: a needle, pills, a baggie ("found her on the kitchen
        # floor ... pills everywhere", "нашла маму на полу, таблетки валяются")
        (
            r"\b(found|find|came\s+home\s+to|нашел|нашла|нашли|нашёл|знайшов|знайшла|знайшли|encontre|encontramos|hall[eé])\b(\s+\w+){0,5}\s+"
            r"(on|in|по|на|в|у|en|tirad[oa]\s+en)\s+(the\s+|her\s+|his\s+|el\s+|la\s+)?(\w+\s+)?(floor|ground|bathroom|toilet|полу|підлозі|ванной|ванній|туалете|туалеті|suelo|piso|bano)\b"
            r".{0,80}\b(needles?|syringes?|works|pills|tablets|baggies?|bags?|шприц\w*|баян\w*|игл\w*|голк\w*|таблетк\w*|таблет\w*|колес\w*|пігулк\w*|пігул\w*|jeringas?|agujas?|pastillas|pastis)\b"
        ),
        (
            r"\b(lying|laying|he\s+was|she\s+was|he'?s|she'?s|hes|shes|is|was|лежит|лежить|валяется|валяється|tirad[oa]|esta\s+en)\s+(\w+\s+){0,2}(on|на|по|en)\s+(the\s+|her\s+|his\s+|el\s+|la\s+)?(\w+\s+)?(floor|ground|полу|підлозі|suelo|piso)\b"
            r".{0,80}\b(needles?|syringes?|blister\w*|empty\s+(pill\s+)?packs?|шприц\w*|баян\w*|игл\w*|голк\w*|jeringas?|agujas?)\b"
        ),
        # face down in water, a bath, a puddle or snow; slid under the water ("face down in the bath",
        # "упал лицом в лужу", "впав обличчям у сніг", "con la cara metida en un charco", "сполз под воду")
        (
            r"\b(face\s*(down|first)|лицом|обличчям|boca\s+abajo|(la\s+)?cara\s+metida|de\s+cara)\b(\s+\w+){0,3}\s+(in|into|в|во|у|en|dentro\s+de)\s+(the\s+|a\s+|la\s+|el\s+|un\s+|una\s+)?(\w+\s+)?"
            r"(bath\w*|water|pool|tub|sink|toilet|ванн\w*|вод\w*|унитаз\w*|унітаз\w*|agua|banera|tina|piscina|alberca|inodoro)\b"
        ),
        r"\b(slid|slipped|sank|sunk|sinking|went|gone|going)\s+under\s+(the\s+)?water\b|\b(head|face)\s+(\w+\s+)?under\s+(the\s+)?water\b|\b(сполз\w*|сповз\w*|съехал\w*|з'?їхав|з'?їхала|ушел|ушла|ушёл|пішов|пішла|соскользнул\w*)\s+(\w+\s+){0,3}(под|під)\s+воду\b|\bse\s+(hundio|resbalo\s+bajo\s+el\s+agua|fue\s+bajo\s+el\s+agua)\b",
        # a fit that bangs the head on the floor ("banging her head on the floor", "б'ється головою об
        # підлогу", "se golpea la cabeza contra el suelo"; not "against the wall", the idiom)
        r"\b(bang\w*|hitting|hits|smash\w*|бьется|бьёт\w*|б'?ється|б'?є|se\s+golpea|golpeandose|se\s+pega)\s+(\w+\s+)?(head|головой|головою|la\s+cabeza)\s+(\w+\s+)?(on|against|об|о|в|contra|en)\s+(the\s+|el\s+)?(floor|ground|пол|підлогу|землю|suelo|piso)\b",
        # breathing that slows while help is late ("breaths getting further apart", "дышит всё реже",
        # "дихає все рідше", "respira cada vez menos")
        r"\bbreath\w*\s+(are\s+|is\s+)?(getting\s+)?(further|farther)\s+apart\b|\bbreathing\s+(is\s+)?(getting|keeps\s+getting)\s+(slower|weaker|shallower)\b|\b(дыш\w*|дыхани\w*)\s+(вс[её]|все\s+более)\s+(реже|слабее|тише|хуже|медленнее)\b|\b(диха\w*|дихання)\s+(все|усе|дедалі|щораз)\s+(рідше|слабше|тихіше|гірше|повільніше)\b|\brespira\s+(cada\s+vez\s+)(menos|mas\s+lento|mas\s+despacio|peor|mas\s+debil)\b",
        # transliterated Russian / Ukrainian: can't wake, breathing rarely, not answering
        r"\bne\s+(mogu|mozhu|mozhem|mozhemo)\s+(\w+\s+){0,2}(razbudit\w*|rozbudyt\w*|rozbudit\w*|dobuditsya|dobudytysya)\b|\b(dyshit|dyshat|dyhaye|dykhaye|dihaye)\s+(\w+\s+)?(redko|ridko|slabo|ele|ledve|ledvye)\b|\bne\s+(vidpovidaye|vidpovidae|vidpovidaie|otvechayet|otzyvaetsya|vidzyvayetsya)\b",
        # a child who swallowed methadone or pills ("my toddler chewed one of my methadone tablets",
        # "дитина з'їла таблетки метадону", "el bebé se tragó una pastilla")
        (
            r"\b(child|kid|baby|toddler|little\s+(one|boy|girl)|\d\s*(year|yr)\s*old|ребенок|ребёнок|ребенку|дитина|дитині|малыш\w*|малюк\w*|сын(ок|у|а)?|син(ок|у|а|ові)?|дочь|дочка|донька|доньк\w*|bebe|nin[oa]|nene|crio|cria|hij[oa])\b"
            r".{0,60}\b(swallow\w*|ate|eaten|chewed|got\s+into|съел\w*|сгрыз\w*|проглотил\w*|наелся|наелась|з'?ї(в|ла)|з'?їсти|розгриз\w*|проковтну\w*|se\s+(trago|comio|lo\s+trago|la\s+trago|metio\s+a\s+la\s+boca)|mordi\w*|trag[oó])\b"
            r".{0,50}\b(methadone|bupe|suboxone|subutex|fent\w*|oxy\w*|pills?|tablets?|tabs?|метадон\w*|таблет\w*|таблетк\w*|пігул\w*|колес\w*|бупренорф\w*|metadona|pastillas?|pastis?|fentanilo)\b"
        ),
        (
            r"\b(child|kid|baby|toddler|ребенок|ребёнок|дитина|малыш\w*|малюк\w*|bebe|nin[oa]|nene)\b.{0,60}\b(methadone|bupe|fent\w*|pills?|tablets?|метадон\w*|таблет\w*|пігул\w*|metadona|pastillas?|pastis?)\b"
            r".{0,60}\b(swallow\w*|ate|chewed|съел\w*|сгрыз\w*|проглотил\w*|з'?ї(в|ла)|розгриз\w*|проковтну\w*|se\s+(lo|la)?\s*(trago|comio)|trag[oó])\b"
        ),
        # -- kinds found on blind5-tune (2026-12-06, session 8), said in every language --
        # fits again and again, or a fit after a drug ("another fit after the spice", "после альфы
        # припадок второй раз", "опять судороги", "другий напад судом", "otra convulsión")
        r"\b(another|second|third|2nd|3rd)\s+(fit|seizure)\b(?!\s+(of|about|over|at)\b)|\bkeeps?\s+(having|getting)\s+(fits|seizures)\b|\b(fits?|seizures?)\s+(\w+\s+){0,2}(after|since)\s+(he\s+|she\s+|i\s+)?(smoked\s+|took\s+|did\s+|had\s+)?(the\s+|some\s+)?(spice|k2|salts?|alpha|flakka|coke|crack|meth|crystal|tina|mdma|molly|tramadol|bupe|ghb|g|ket|pills?)\b",
        r"\b(припад\w*|судорог\w*|судом\w*|конвульс\w*|sudorog\w*|pripad\w*)\b.{0,30}\b(второй|третий|другий|третій|опять|снова|знову|знов|vtoroj|opyat|snova)\b|\b(второй|третий|другий|третій)\s+(\w+\s+)?(припад\w*|напад\w*|приступ\w*)\b|\b(опять|снова|знову|знов|opyat|snova)\s+(\w+\s+)?(судорог\w*|судом\w*|припад\w*|конвульс\w*|sudorog\w*)",
        r"\b(после|після|posle|pislya)\s+(\w+\s+)?(альф\w*|сол[еия]\w*|спайс\w*|меф\w*|кокс\w*|фен\w*|крис\w*|кристал\w*|трамадол\w*|alf\w*|sol[ie]\w*|spajs\w*|kristal\w*)\b.{0,40}\b(припад\w*|судорог\w*|судом\w*|конвульс\w*)|\b(sudorog\w*|pripad\w*|konvuls\w*)\b.{0,60}\b(lezhit|lezhyt|na\s+polu|na\s+pidlozi|kurili|kristal\w*|pomogite|dopomozhit\w*)\b",
        r"\b(otra|segunda|tercera)\s+convulsion\b|\bconvulsion\w*\s+(\w+\s+){0,2}(despues|tras)\s+(de\s+)?(la\s+|el\s+|las\s+|los\s+|del\s+)?(cristal|coca|perico|piedra|tachas?|spice|sales|flakka|tramadol|pastillas|foco|meta)\b",
        # gurgling or bubbling in the throat ("булькает в горле", "хлюпает горлом", "булькає горлом",
        # "hace un ruido como de gárgaras", "gurgling in his throat")
        r"\b(булька\w*|бульк\w*|хлюпа\w*|клокоч\w*|gurgl\w*|gargl\w*)\s+(\w+\s+)?(в\s+горле|горлом|в\s+горлі|у\s+горлі|in\s+(his|her|their)\s+throat)\b|\bruido\s+(\w+\s+){0,2}(de\s+)?(gargaras|gorgoteo|burbuj\w*)\b|\b(в|у)\s+(горле|горлі)\s+(\w+\s+){0,2}(булька\w*|хлюпа\w*|клокоч\w*)|\b(burbujea|gorgotea|gorgorea)\s+(la\s+)?garganta\b|\bgarganta\s+(le\s+)?(burbujea|gorgotea)\b",
        # nobody can wake them, said in other words ("неможливо розбудити", "невозможно разбудить",
        # "sternum rub and nothing", "wake up wake up")
        r"\b(невозможно|неможливо|не\s+можна|нельзя|никак\s+не|ніяк\s+не)\s+(\w+\s+)?(разбудить|розбудити|добудиться|добудитися|растолкать|розштовхати)\b|\bsternum\s+rub\w*\b.{0,30}\b(nothing|no\s+response|no\s+reaction|didn'?t|didnt|doesn'?t|doesnt|not)\b|\bwake\s+up\s+wake\s+up\b",
        # slow breath said by the person after a depressant ("выпил ксанакс с водкой, дышу очень медленно")
        r"\b(ксанакс\w*|бенз\w*|феназ\w*|метадон\w*|героин\w*|героїн\w*|лирик\w*|трамадол\w*|xanax|xans?|bars|benzos?|fent\w*|heroin|methadone|clonas?|rivotril)\b.{0,60}\b(дышу|дихаю|дышит|дихає|breathing|breath|respiro|respira)\s+(\w+\s+){0,2}(очень\s+|дуже\s+|really\s+|so\s+|muy\s+)?(медленно|повільно|редко|рідко|slow|lento|lenta)\b",
        # breaths counted per minute ("дихає тричі на хвилину", "дышит два раза в минуту")
        r"\b(дыш\w*|диха\w*|дихан\w*|дыхани\w*)\s+(\w+\s+){0,2}(в|на)\s+(минуту|хвилину)\b|\brespir\w*\s+(\w+\s+){0,2}(veces\s+)?(por|al|cada)\s+minuto\b",
    ]
)

# -- the same signs said in other words: two kinds of word near each other -----------------------

_WORD_KINDS = {
    "breath": r"breath\w*|breathin|brething|chest|дыш\w*|дыхани\w*|дих\w*|вдох\w*|вдих\w*|грудь|груди|respir\w*|pecho",
    "breath_bad": (
        r"not|no|barely|hardly|cant|can't|cannot|slow\w*|shallow|weird\w*|strange\w*|funny|wrong|off|gasp\w*|"
        r"rattl\w*|gurgl\w*|raspy|stopped|stops|stop|stopping|trouble|struggl\w*|перестает|перестают|перестал\w*|"
        r"перестає|перестають|перестав|deja|dejo|pause\w*|пауз\w*|pausa\w*|не|ни|еле|ледве|ледь|почти|майже|"
        r"слабо|тихо|тихе|тихое|плохо|погано|редко|рідко|редкое|рідке|медленно|повільно|странно|дивно|странное|дивне|хрип\w*|"
        r"apenas|casi|mal|raro|rara|lento|lenta|poco|feo|fea|ruido\w*|"
        # gurgling, bubbling ("дышит с бульканьем", "дихає з бульканням", "respira como con gárgaras")
        r"бульк\w*|булька\w*|gargar\w*|gorgote\w*|перестан\w*|"
        # stopped, in other verbs ("остановилось дыхание", "зупинилося дихання", "se le paró la respiración")
        r"остановил\w*|остановилось|зупинил\w*|зупинилось|зупинилося|paro|detuvo|"
        # whistling ("дышит с присвистом", "дихає зі свистом", "his breath is whistling")
        r"присвист\w*|свист\w*|whistl\w*|silbid\w*|silba\w*|sibil\w*"
    ),
    "wake": (
        r"wake|wakes|waking|woke|rouse|rousing|respond|responds|responding|responsive|response|answer|answering|"
        r"answers|react|reacts|reacting|reaction|будится|будется|будеться|будить|разбудить|добудиться|пробудить|растормошить|"
        r"просыпается|просыпаются|проснется|проснулся|проснулась|реагирует|реагируют|реакции|отвечает|отвечают|"
        r"отзывается|откликается|очнется|очнулся|очнулась|будиться|будити|розбудити|добудитися|розтормошити|"
        r"растолкать|растолкаем|растолкал|растолкали|розштовхати|розштовхаю|розштовхав|розштовхали|"
        r"прокидається|прокидаються|прокинеться|прокинувся|прокинулась|реагує|реагують|реакції|відповідає|"
        r"відповідають|відгукується|відзивається|очуняє|despierta|despiertan|despertarlo|despertarla|"
        r"reacciona|reaccionan|reaccione|reaccionar|responde|responden|contesta|contestan"
    ),  # not "despertar": "para no despertar"
    "negation": r"not|no|cant|can't|cannot|couldnt|couldn't|wont|won't|isnt|isn't|doesnt|doesn't|unable|aint|не|ні|ни|без|nada|ni|sin|никак|ніяк|any|ноль|нуль|zero|cero",
    "colour": (
        r"blue|purple|grey|gray|bluish|blueish|greyish|grayish|ashen|син(ий|яя|ее|ие|его|юю|им|ей)|синеват\w*|"
        r"фиолетов\w*|сер(ый|ое|ые|ая|ого)|сір(ий|е|і|а|ого)|син(ій|я|є|і|ього)|фіолетов\w*|azul|azules|morad\w*|"
        r"gris|grises|azulad\w*|cenizo|ceniza|dusky|"
        # typed fast (blind6-tune): "lips gone blu", "губы синии", "губи посинілі", "labios asules"
        r"blu|asul|asules|синии|посинел\w*|посинев\w*|посиніл\w*|посинів"
    ),
    "body": (
        r"lips|lip|face|skin|fingers|fingertips|nails|fingernails|lipz|губы|губ|губах|лицо|лице|кожа|пальцы|ногти|рот|губи|обличчя|"
        r"шкіра|пальці|нігті|labios|labio|cara|piel|dedos|unas|boca"
    ),
    "pulse": r"pulse|pulso|пульс\w*|heartbeat",
}
_KIND_RE = {kind: re.compile(f"(?:{pattern})") for kind, pattern in _WORD_KINDS.items()}
_FIRST_PERSON = frozenset({"i", "im", "i'm", "я", "yo"})
# Not waking someone by choice (blind16-tune: "дышит ровно, не хочу будить"): "don't want to wake
# him", "не стала будить", "no quiero despertarla", "чтобы не разбудить"
_BY_CHOICE = frozenset(
    [
        "want",
        "wanna",
        "wanted",
        "хочу",
        "хотим",
        "хотела",
        "хотел",
        "хотелось",
        "стал",
        "стала",
        "стали",
        "буду",
        "будем",
        "хочу",
        "хочемо",
        "хотіла",
        "хотів",
        "хотілося",
        "став",
        "стала",
        "стали",
        "буду",
        "будемо",
        "quiero",
        "queremos",
        "queria",
        "quise",
        "vamos",
        "voy",
    ]
)
_SO_AS = frozenset(
    [
        "чтобы",
        "чтоб",
        "щоб",
        "щоби",
        "шоб",
        "para",
        "trying",
        "try",
        "tried",
        "tratando",
        "intentando",
    ]
)


@lru_cache(maxsize=65536)
def _word_kinds(word: str) -> tuple[str, ...]:
    return tuple(kind for kind, pattern in _KIND_RE.items() if pattern.fullmatch(word))


def _kinds(words: list[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for n, word in enumerate(words):
        for kind in _word_kinds(word):
            found.setdefault(kind, []).append(n)
    return found


def _near_signs(cleaned: str) -> bool:
    """Breath words next to words that say it is wrong ("her chest is barely moving", "дыхание
    какое-то не такое", "ruido horrible al respirar"); "not", "не", "sin" shortly before
    waking or answering ("can't get any response out of him", "без реакции", "no logramos que
    reaccione"), but not "I can't wake up"; a colour next to lips, face or skin; no pulse."""
    words = cleaned.split()
    kinds = _kinds(words)

    def near(a: str, b: str, before: int, after: int) -> list[tuple[int, int]]:
        return [
            (i, j)
            for i in kinds.get(a, ())
            for j in kinds.get(b, ())
            if -before <= j - i <= after and i != j
        ]

    if (
        near("breath", "breath_bad", 5, 3)
        or near("colour", "body", 4, 4)
        or near("pulse", "negation", 4, 1)
    ):
        return True
    for wake, negation in near("wake", "negation", 4, 0):
        before = words[max(0, negation - 2) : negation]
        if words[wake] in ("wake", "waking", "woke") and (
            set(before) & _FIRST_PERSON or before[-1:] in (["and"], ["to"])
        ):
            continue  # "I can't wake up early", "go to sleep and not wake up" (crisis.py)
        if set(words[negation + 1 : wake]) & _BY_CHOICE or set(before) & _SO_AS:
            continue  # "не хочу будить" (blind16-tune), "trying not to wake her": a choice
        return True
    return False


# Someone on a railing, a ledge or climbing out of a window, on a stimulant or hunted by no one:
# a fall is minutes away ("залез на перила балкона, 9 этаж", "climbing out the window saying people
# are after him", "subido a la barandilla gritando que le persiguen"). Not sitting or smoking on a
# balcony, and not a goodbye said by the one typing (crisis.py's).
_LEDGE = compile_any(
    [
        (
            r"\b(climb\w*|standing|stood|hanging|hangs|перелез\w*|залез\w*|залаз\w*|вылез\w*|вылаз\w*|полез\w*|стоит|висит|переліз\w*|заліз\w*|виліз\w*|поліз\w*|лізе|стоїть|висить|"
            r"subid[oa]|se\s+subio|se\s+(esta\s+)?subiendo|trep\w*|colgad[oa]|colgando|parad[oa]|asomad[oa]|saliendo)\s+(\w+\s+){0,2}(on|onto|out|over|up|from|на|по|через|за|a|al|en|sobre|por|de)\s+"
            r"(the\s+|a\s+|la\s+|el\s+|del\s+|of\s+the\s+)?(\w+\s+)?(railing|railings|rail|ledge|window|windowsill|sill|parapet|перила|перилах|подоконник\w*|карниз\w*|окно|окна|парапет\w*|підвіконн\w*|поруч\w*|вікно|вікна|barandilla|barandal|cornisa|ventana|pretil|repisa)\b"
        ),
    ]
)
_HUNTED = compile_any(
    [
        r"\b(after|chasing|coming\s+for|following)\s+(him|her|them|me)\b|\b(за\s+ним|за\s+ней|за\s+нею|за\s+мной|за\s+мною)\s+(\w+\s+)?(пришли|гонятся|идут|следят|женуться|прийшли|стежать|йдуть)\b|\b(le|lo|la|me)\s+(persiguen|siguen|vienen\s+a\s+buscar)\b|\bvienen\s+por\s+(el|ella|mi)\b",
    ]
)


# Only with someone hunted by no one: "he is on the windowsill, says they're chasing him".
_ON_A_SILL = compile_any(
    [
        r"\b(is|he'?s|she'?s|hes|shes|they'?re|sitting|sat|esta|стоит|сидит|стоїть|сидить)\s+(\w+\s+)?(on|на|en|sobre)\s+(the\s+|la\s+|el\s+)?(\w+\s+)?(railing|rail|ledge|windowsill|sill|parapet|перилах|подоконнике|карнизе|парапете|підвіконні|поруччі|barandilla|barandal|cornisa|ventana|pretil|repisa)\b",
    ]
)
# Face down in snow or a puddle: only on a drug or when the person does not get up.
_FACE_IN_OUTSIDE = compile_any(
    [
        (
            r"\b(face\s*(down|first)|лицом|обличчям|boca\s+abajo|(la\s+)?cara\s+metida|de\s+cara)\b(\s+\w+){0,3}\s+(in|into|в|во|у|en|dentro\s+de)\s+(the\s+|a\s+|la\s+|el\s+|un\s+|una\s+)?(\w+\s+)?"
            r"(puddle|snow|mud|луж\w*|снег\w*|сніг\w*|калюж\w*|гряз\w*|багн\w*|charco\w*|nieve|lodo|barro)\b"
        ),
    ]
)
_NOT_GETTING_UP = compile_any(
    [
        r"\b(не\s+(встает|встаёт|поднимается|встає|піднімається|шевелится|ворушиться)|no\s+se\s+(levanta|mueve)|won'?t\s+get\s+up|not\s+(getting\s+up|moving)|can'?t\s+get\s+(him|her|them)\s+up)\b",
    ]
)


def _on_a_ledge(cleaned: str) -> bool:
    if _LEDGE.search(cleaned) is not None and (
        _HUNTED.search(cleaned) is not None or _used(cleaned)
    ):
        return True
    return _ON_A_SILL.search(cleaned) is not None and _HUNTED.search(cleaned) is not None


def _face_in_outside(cleaned: str) -> bool:
    return _FACE_IN_OUTSIDE.search(cleaned) is not None and (
        _used(cleaned) or _NOT_GETTING_UP.search(cleaned) is not None
    )


# Someone who may be dead now: call and start the steps (not "died of an overdose years ago").
_DEAD = compile_any(
    [
        r"\b(he'?s|she'?s|hes|shes|he\s+is|she\s+is|they'?re|theyre|they\s+are|is\s+he|is\s+she)\s+(\w+\s+)?dead\b(?!\s+(tired|serious|drunk|wrong|set|sure|inside|broke|asleep|gorgeous|beautiful|sexy|fit|funny|good|cute|nice|lucky|easy|handsome|stunning|keen|posh|smart|clever|chuffed|proud|excited|boring|sweet|cool|hot|to\s+(me|us|him|her|them|everyone)))",
        r"\b(кажется|вроде|походу|похоже|наверное|неужели|здається|схоже|мабуть|начебто)\s+(он|она|він|вона)?\s*(умер|умерла|мертв\w*|помер|померла|не\s+живой|не\s+живая|не\s+живий|не\s+жива)\b",
        r"\b(он|она|він|вона)\s+(мертв\w*|не\s+живой|не\s+живая|не\s+живий|не\s+жива)\b",
        r"\b(esta|ya\s+esta)\s+muert[oa]\b|(?<!\bcasi\s)\bse\s+(murio|muere|nos\s+murio|nos\s+muere)\b",
    ]
)

# "What to do if ...", "qué hacer si ...": a question about what might happen, asked in general.
_ASK_IF = compile_any(
    [
        r"\bwhat\s+(do|should|can)\s+(i|we|you|one)\s+do\s+(if|when|in\s+case)\b|\bwhat\s+to\s+do\s+(if|when|in\s+case)\b",
        r"\b(что|чо|че|шо)\s+(мне\s+)?делать\s+(если|когда|в\s+случае)\b|\b(що|шо)\s+(мені\s+)?робити\s+(якщо|коли|у\s+разі|в\s+разі)\b",
        r"\bque\s+(hago|hacer|hacemos|debo\s+hacer)\s+(si|cuando|en\s+caso)\b",
    ]
)
# After "what to do if": a change that has not happened yet ("stops breathing", "перестанет дышать",
# "deja de respirar", "turns blue"), not a state ("не дышит").
_WHAT_IF_CHANGE = compile_any(
    [
        r"\b(ever\s+)?(stops|starts|turns|goes|passes|collapses|gets|becomes|falls)\b|\b(ever|suddenly)\s+\w+s\b",
        r"\bперестал[аио]?\b|\bперестанет\b|\bпосинеет\b|\bотключится\b|\bвырубится\b|\bупад[её]т\b|\bначн[её]т\b|\bстанет\b",
        r"\bперестав\b|\bперестала\b|\bперестане\b|\bпосиніє\b|\bвідключиться\b|\bвирубиться\b|\bвпаде\b|\bпочне\b|\bстане\b",
        # session 20 (tune45): reflexive and plural futures ("если начнутся судороги", "якщо почнуться
        # судоми", "если случится приступ", "якщо станеться напад")
        r"\bначн[её]тся\b|\bначнутся\b|\bслучится\b|\bслучатся\b|\bпочнеться\b|\bпочнуться\b|\bстанеться\b|\bтрапиться\b|\bтрапляться\b",
        r"\bdeja\s+de\b|\bse\s+(pone|desmaya|cae|queda)\b|\bempieza\s+a\b|\bllega\s+a\b",
    ]
)
# "What does X mean", "что значит", "qué significa": asking what a sign means.
_MEANING = compile_any(
    [
        r"\bwhat\s+(does|do|would)\s+(\w+\s+){1,6}mean\b|\bwhat\s+it\s+means\b|\bчто\s+(это\s+)?(значит|означает|значат|означают)\b|\bщо\s+(це\s+)?(означає|значить|означають)\b|\bque\s+significa\w*",
    ]
)
# A pet that died is grief, not an emergency (and not a crisis: crisis.py uses it too).
_PET = compile_any(
    [
        (
            r"\b(dog|cat|puppy|kitten|pet|hamster|хом'?яч\w*|хом'?як\w*|хомячок|хомячк\w*|rabbit|bird|parrot|fish|кот|кота|кошка|кошку|котик|котенок|собака|собаку|пес|пёс|песик|хомяк|попугай|питомец|кіт|кішка|кішку|собачка|цуценя|папуга|перро|perro|perra|perrito|perrita|gato|gata|gatito|gatita|mascota|hamster|conejo|pajaro|loro|pez|"
            # in Latin letters (session 18, tune41): "kot ne reagiruet na igrushki"
            r"kot|kota|kotik|kotenok|koshka|koshku|kishka|kishku|sobaka|sobaku|sobachka|pesik|homyak|khomyak|popugay|"
            # a reptile kept as a pet (blind21-tune's kind: a tortoise that does not move in winter)
            r"tortoise|tortoises|turtle|turtles|lizard|gecko|snake|axolotl|iguana|черепах\w*|ящериц\w*|геккон\w*|змея|змею|змія|змію|tortuga|tortugas|lagartija|culebra|serpiente|cherepah\w*)\b"
        ),
    ]
)

# Colour and breath words that are about laughing or the cold, cut out before looking for signs.
# A house plant brought back or given up for dead (blind21-tune's kind: "revived" said of a plant):
# "откачала свой фикус", "реанімувала кактус", "revived my basil", "reviví mi planta". The card still
# stands when a person is named beside it.
_PLANT_REVIVED = compile_any(
    [
        r"\b(reviv\w*|dead|died|dying|back\s+to\s+life|откача\w*|реанимир\w*|ожив\w*|сдох\w*|здох\w*|умер\w*|помер\w*|реаніму\w*|відкача\w*|врятува\w*|спас\w*|reviv\w*|resucit\w*|muert[oa]s?|murio|se\s+muere|reanim\w*)\s+(\w+\s+){0,2}(plant|plants|flowers?|basil|cactus|orchids?|monstera|succulents?|pothos|ficus|fern|bonsai|planta|plantas|plantita|flor|flores|orquideas?|suculentas?|potus|helecho|растени\w*|цвет(ок|ы|очек)|фикус\w*|кактус\w*|орхиде\w*|монстер\w*|суккулент\w*|папорот\w*|рослин\w*|квіт(ка|ку|и|очк\w*)|фікус\w*|орхіде\w*|сукулент\w*|fikus\w*|kaktus\w*)\b",
        r"\b(plant|plants|flowers?|basil|cactus|orchids?|monstera|succulents?|pothos|ficus|fern|bonsai|planta|plantas|plantita|flor|flores|orquideas?|suculentas?|potus|helecho|растени\w*|цвет(ок|ы|очек)|фикус\w*|кактус\w*|орхиде\w*|монстер\w*|суккулент\w*|папорот\w*|рослин\w*|квіт(ка|ку|и|очк\w*)|фікус\w*|орхіде\w*|сукулент\w*|fikus\w*|kaktus\w*)\s+(\w+\s+){0,4}(reviv\w*|dead|died|dying|back\s+to\s+life|откача\w*|реанимир\w*|ожив\w*|сдох\w*|здох\w*|умер\w*|помер\w*|реаніму\w*|відкача\w*|врятува\w*|спас\w*|reviv\w*|resucit\w*|muert[oa]s?|murio|se\s+muere|reanim\w*)\b",
    ]
)
_HARMLESS = compile_any(
    [
        # blind15-tune (late round): eyes rolled from boredom or at someone, a gesture, not a fit
        # ("очі закочуються від нудьги", "закатила глаза на его шутку", "rolled her eyes when i
        # said it", "pone los ojos en blanco cuando le hablo"); a sign said beside them still counts
        (
            r"\b(eyes\s+(\w+\s+){0,2}roll\w*(\s+(back|up|over))?|roll\w*\s+(his|her|their|my|your)\s+eyes(\s+(back|up))?|(глаза|очи|очі)\s+(\w+\s+)?(закат\w*|закот\w*|закоч\w*)|(закатил\w*|закатыва\w*|закати\w*|закоти\w*|закочу\w*|закоту\w*)\s+(\w+\s+)?(глаза|очі|очи)|(pone|puso|poner|pongo|ponia|ponen|se\s+me\s+ponen|se\s+le\s+ponen|se\s+me\s+van|se\s+le\s+van|se\s+me\s+fueron)\s+(los\s+)?ojos\s+(en\s+blanco|para\s+atras|hacia\s+atras)|ojos\s+(en\s+blanco|para\s+atras))\s+(\w+\s+){0,3}?(boredom|bored|boring|at\s+(me|him|them|us|you|my\s+(mum|mom|dad|jokes?|boss|teacher))|(when|whenever|every\s+time)\s+(i|he|she|you|my\s+\w+)\s+(say|said|says|talk\w*|ask\w*|tell|told|mention\w*|start\w*)|скук\w*|скучн\w*|нудьг\w*|нудн\w*|тоск\w*|зануд\w*|раздражени\w*|роздратуванн\w*|досад\w*|(на|от|від|с|з)\s+(его|её|ее|их|мо\w+|тво\w+|наш\w+|ваш\w+|эт\w+|ці\w*|цю|це|ц\w+|його|її|їх)\s+(шутк\w*|шуток|жарт\w*|слов\w*|вопрос\w*|питанн\w*|тупост\w*|бред\w*|маяч\w*|лекци\w*|лекці\w*|нотаци\w*|ответ\w*|відповід\w*)|(на|от|від)\s+(меня|мене|него|нее|неё|нього|неї|мамы|мами|учителя|вчителя|препода|шефа|начальника)|(когда|как\s+только|коли|як\s+тільки)\s+(я|он|она|ты|ти|він|вона|мама|папа|тато|учитель|вчитель|препод)\s+(\w+\s+)?(говор\w*|сказа\w*|рассказ\w*|объясня\w*|кажу|каже|каза\w*|розповіда\w*|поясню\w*|поясню\w*|начина\w*|почина\w*|шут\w*|жарту\w*)|aburrimiento|aburrid[oa]|aburre|fastidio|hartazgo|(cuando|cada\s+vez\s+que)\s+(le\s+|te\s+|me\s+)?(hablo|digo|dije|dice|dijo|hablan|pregunto|cuento|conte)|ante\s+(mis|sus|tus|el|la|los|las)\s+\w+)\b|"
            r"\b(boredom|bored|boring|at\s+(me|him|them|us|you|my\s+(mum|mom|dad|jokes?|boss|teacher))|(when|whenever|every\s+time)\s+(i|he|she|you|my\s+\w+)\s+(say|said|says|talk\w*|ask\w*|tell|told|mention\w*|start\w*)|скук\w*|скучн\w*|нудьг\w*|нудн\w*|тоск\w*|зануд\w*|раздражени\w*|роздратуванн\w*|досад\w*|(на|от|від|с|з)\s+(его|её|ее|их|мо\w+|тво\w+|наш\w+|ваш\w+|эт\w+|ці\w*|цю|це|ц\w+|його|її|їх)\s+(шутк\w*|шуток|жарт\w*|слов\w*|вопрос\w*|питанн\w*|тупост\w*|бред\w*|маяч\w*|лекци\w*|лекці\w*|нотаци\w*|ответ\w*|відповід\w*)|(на|от|від)\s+(меня|мене|него|нее|неё|нього|неї|мамы|мами|учителя|вчителя|препода|шефа|начальника)|(когда|как\s+только|коли|як\s+тільки)\s+(я|он|она|ты|ти|він|вона|мама|папа|тато|учитель|вчитель|препод)\s+(\w+\s+)?(говор\w*|сказа\w*|рассказ\w*|объясня\w*|кажу|каже|каза\w*|розповіда\w*|поясню\w*|поясню\w*|начина\w*|почина\w*|шут\w*|жарту\w*)|aburrimiento|aburrid[oa]|aburre|fastidio|hartazgo|(cuando|cada\s+vez\s+que)\s+(le\s+|te\s+|me\s+)?(hablo|digo|dije|dice|dijo|hablan|pregunto|cuento|conte)|ante\s+(mis|sus|tus|el|la|los|las)\s+\w+)\s+(\w+\s+){0,3}?(eyes\s+(\w+\s+){0,2}roll\w*(\s+(back|up|over))?|roll\w*\s+(his|her|their|my|your)\s+eyes(\s+(back|up))?|(глаза|очи|очі)\s+(\w+\s+)?(закат\w*|закот\w*|закоч\w*)|(закатил\w*|закатыва\w*|закати\w*|закоти\w*|закочу\w*|закоту\w*)\s+(\w+\s+)?(глаза|очі|очи)|(pone|puso|poner|pongo|ponia|ponen|se\s+me\s+ponen|se\s+le\s+ponen|se\s+me\s+van|se\s+le\s+van|se\s+me\s+fueron)\s+(los\s+)?ojos\s+(en\s+blanco|para\s+atras|hacia\s+atras)|ojos\s+(en\s+blanco|para\s+atras))\b"
        ),
        # blind14-tune (late round): a bruise's colour is no sign ("синяк синій на пів ноги", "a big
        # purple bruise", "el moretón está morado")
        r"\b(синяк\w*|синець|синц\w*|bruis\w*|moreton\w*|moraton\w*|cardenal\w*|hematoma\w*)\s+(\w+\s+)?(син(ий|ій|я|е|ее|ие|і)|фиолетов\w*|фіолетов\w*|blue|purple|black|azul\w*|morad[oa]|negr[oa])\b|\b(син(ий|ій|я|е|ее|ие|і)|фиолетов\w*|фіолетов\w*|blue|purple|azul|morad[oa])\s+(\w+\s+)?(синяк\w*|синець|синц\w*|bruis\w*|moreton\w*|cardenal\w*)\b",
        # session 15: eyes rolling or flickering on ecstasy asked as "is that normal", with nothing else
        # told (a known effect; a fit, no answer or the breath elsewhere in the message still count)
        (
            r"\b(eyes|eye)\s+(\w+\s+){0,2}(roll\w*|flicker\w*|wiggl\w*|flutter\w*)\s+(back\s+|up\s+)?(\w+\s+){0,2}(on|from|after)\s+(the\s+|my\s+)?(molly|mdma|ecstasy|x|xtc|mandy|pills?|rolls?)\s+(\w+\s+)?(is\s+(that|this|it)\s+)?normal\b|"
            r"\b(глаза|очі|очи)\s+(\w+\s+){0,2}(закатыва\w*|закатил\w*|закочу\w*|бега\w*|бігают\w*|дергаю\w*|смикаю\w*)\s+(\w+\s+){0,2}(на|от|после|від|після)\s+(экстази|экстазі|екстазі|мд\w*|моли|молі|колесах|колесі|таблетках)\s+(\w+\s+)?(это|це)?\s*(нормально|норма|норм)\b|"
            r"\bse\s+(me|le)\s+(van|iban|ponen)\s+(los\s+)?ojos\s+(para\s+atras|en\s+blanco|bizcos)\s+(\w+\s+){0,2}(con|por)\s+(el\s+|la\s+|las\s+)?(extasis|mdma|molly|tachas?|pastis?|pastillas?|pepas?)\s+(\w+\s+)?(es\s+)?normal\b"
        ),
        # session 15 (tune34): a cramp in a leg, a calf or a foot is no fit ("ногу судомить вночі після
        # пива", "икры сводит по ночам", "me dan calambres en las piernas")
        (
            r"\b(ногу|ноги|ногах|нога|икр\w*|литк\w*|стоп[уиа]|ступн\w*|пальц\w*\s+ног\w*)\s+(\w+\s+)?(судом\w*|судорож\w*|сводит|свело|зводить|звело|скручу\w*|крутит|крутить)(\s+судорог\w*|\s+судом\w*)?\b|"
            r"\b(судом\w*|судорож\w*|судорог\w*|сводит|свело|зводить|звело)\s+(\w+\s+)?(ногу|ноги|ногах|икр\w*|литк\w*|стопу|ступн\w*|в\s+ногах|в\s+икрах|в\s+литках)\b"
        ),
        # blind11-tune (late round): "blue in the face" from arguing or shouting is an idiom; an elbow
        # gone blue after giving blood or a jab is a bruise ("после сдачи крови локоть посинел",
        # "the crook of my arm went purple after the blood test", "se me puso morado el codo")
        (
            r"\b(blue|purple|red)\s+in\s+the\s+face\s+(from\s+|with\s+)?(argu\w*|shout\w*|yell\w*|scream\w*|talk\w*|explain\w*|tell\w*|ask\w*|laugh\w*|repeat\w*|saying|complain\w*|moan\w*|rant\w*)\b|"
            r"\b(argu\w*|shout\w*|yell\w*|talk\w*|explain\w*|tell\w*|ask\w*|repeat\w*|complain\w*)\s+(\w+\s+){0,5}(till|until|til)\s+([\w']+\s+){0,2}blue\s+in\s+the\s+face\b"
        ),
        (
            r"\b(локоть|локте|локтя|лікоть|ліктя|лікті|сгиб\w*|згин\w*|elbow|crook\s+of\s+(my|his|her)\s+arm|codo|pliegue\s+del\s+brazo)\s+(\w+\s+){0,3}(посинел\w*|посинів\w*|посиніл\w*|син(ий|ій|яя|я)|синяк\w*|фиолетов\w*|фіолетов\w*|went\s+(blue|purple|black)|(is\s+|gone\s+|turned\s+)?(blue|purple|black|bruised)|morad[oa]|negr[oa])\b|"
            r"\b(посинел\w*|посинів\w*|посиніл\w*|синий|синій|синяя|синя|morad[oa]|se\s+me\s+puso\s+morad[oa])\s+(\w+\s+){0,2}(локоть|лікоть|сгиб\w*|згин\w*|el\s+codo|codo)\b"
        ),
        # session 14 (tune32): a limb hurt at sport or a fall turning purple or swelling ("twisted my
        # ankle at football, gone purple", "подвернул ногу, синяя и опухла", "me torcí el tobillo,
        # está morado"): a bruise, not lips or skin gone blue
        (
            r"\b(twist\w*|sprain\w*|rolled|stubb\w*|bang\w*|smash\w*|jammed|broke|hurt|подвернул\w*|подвернув|вывихнул\w*|ушиб\w*|ударил\w*|отбил\w*|сломал\w*|підвернув\w*|підвернула|вивихнув\w*|вивихнула|вдарив\w*|вдарила|забив\w*|забила|зламав\w*|torc\w*|dobl\w*|golpe\w*|esguinc\w*|lastim\w*)\s+(\w+\s+){0,3}"
            r"(ankle|knee|foot|toe|toes|leg|wrist|finger|thumb|shin|hand|ногу|нога|колено|коленку|палец|лодыжку|щиколотку|стопу|запястье|коліно|палець|кісточку|щиколотку|зап'?ясток|tobillo|rodilla|pie|dedo|pierna|muneca)\b"
            r"(\s+\w+){0,8}\s+(purple|blue|black|bruised|swollen|swelling|синяя|синий|синее|синяк\w*|опух\w*|посинел\w*|синя|синій|синє|набряк\w*|посинів\w*|посиніла|morad[oa]|azul|hinchad[oa]|negr[oa])\b"
        ),
        # breath short from a blocked nose with a cold ("нос заложен от простуды вообще не могу
        # дышать", "tengo la nariz tapada, no puedo respirar bien")
        (
            r"\b((blocked|stuffy|stuffed|bunged)\s+(up\s+)?nose|nose\s+(is\s+)?(\w+\s+)?(blocked|stuffed|stuffy|bunged)|нос\s+(\w+\s+)?(заложен\w*|забит\w*)|заложен\w*\s+нос|ніс\s+(\w+\s+)?(закладен\w*|забит\w*)|закладен\w*\s+ніс|nariz\s+(\w+\s+)?(tapad[ao]|congestionad[ao]))\b"
            r"(\s+\w+){0,6}?\s+(breathe|breathing|дышать|дихати|respirar)\b"
        ),
        # blind13-tune (late round): the breath said in any form beside a blocked or runny nose or
        # a cold, either way round, the writer's own breath only ("насморк жуткий, нос заложен, еле
        # дышу", "еле дышу, нос забит", "ніс закладений, ледве дихаю", "can barely breathe my nose
        # is so stuffed"); "еле дышит" of someone else stays with the other rules
        (
            r"\b((blocked|stuffy|stuffed|bunged|runny)\s+(up\s+)?nose|nose\s+(is\s+)?(\w+\s+)?(blocked|stuffed|stuffy|bunged)|нос\s+(\w+\s+)?(заложен\w*|забит\w*)|заложен\w*\s+нос|ніс\s+(\w+\s+)?(закладен\w*|забит\w*)|закладен\w*\s+ніс|nariz\s+(\w+\s+)?(tapad[ao]|congestionad[ao])|насморк\w*|нежить\w*)\b"
            r"(\s+\w+){0,6}?\s+(breathe|breathing|дышу|дышать|дихаю|дихати|дишу|respiro|respirar)\b"
            r"|\b(breathe|breathing|дышу|дышать|дихаю|дихати|дишу|respiro|respirar)(\s+\w+){0,6}?\s+((blocked|stuffy|stuffed|bunged|runny)\s+(up\s+)?nose|nose\s+(is\s+)?(\w+\s+)?(blocked|stuffed|stuffy|bunged)|нос\s+(\w+\s+)?(заложен\w*|забит\w*)|заложен\w*\s+нос|ніс\s+(\w+\s+)?(закладен\w*|забит\w*)|закладен\w*\s+ніс|nariz\s+(\w+\s+)?(tapad[ao]|congestionad[ao])|насморк\w*|нежить\w*)\b"
        ),
        r"\b(can'?t|cant|cannot)\s+breathe\s+(\w+\s+)?through\s+(my|his|her|the)\s+nose\b|\b(не\s+могу|не\s+можу)\s+дышать\s+носом\b",
        # blind10-tune (session 13, late round): overdoing it at the gym ("went too hard on legs",
        # "me pasé con las pesas", "перестарался в зале") and breath short from hay fever or a
        # pollen, dust or cat allergy ("важко дихати через алергію на пилок"): not a drug overdone
        r"\b(went|gone|go|going|overdid\s+it)\s+(way\s+)?(too\s+hard\s+)?(on|at|with|in)\s+(the\s+|my\s+)?(bench|benching|bench\s+press|squats?|legs|leg\s+day|gym|workout|training|weights|deadlifts?|cardio|lifting|push\s*ups|pull\s*ups|reps|chest\s+day|crossfit|spin\s+class)\b",
        r"\bme\s+(pase|excedi)\s+(\w+\s+)?(con|en)\s+(el|la|los|las)\s+(press|banca|pesas|gym|gimnasio|gim|entreno|entrenamiento|sentadillas|pierna|cardio|flexiones|rutina|ejercicio)\b",
        r"\b(перестарал\w*|переборщил\w*|перестара(вся|лась)|переборщи(в|ла))\s+(\w+\s+)?(в|на|с|у|з)\s+(зале|качалке|тренировке|жимом|штангой|залі|качалці|тренуванні|штангою)\b",
        r"\b(hard\s+to\s+breathe|difficult\s+to\s+breathe|trouble\s+breathing|short\s+of\s+breath|can'?t\s+breathe|тяжело\s+дышать|трудно\s+дышать|важко\s+дихати|тяжко\s+дихати|задыха\w*|задиха\w*|me\s+cuesta\s+respirar|me\s+falta\s+el\s+aire)\s+(\w+\s+){0,2}(через|из-за|из\s+за|от|від|because\s+of|from|due\s+to|with|por|con)\s+(\w+\s+)?(hay\s+fever|поллиноз\w*|полиноз\w*|поліноз\w*|((алергі\w*|аллерги\w*|allerg\w*|alergi\w*)\s+(на|to|a|al|a\s+la|al)\s+(\w+\s+)?(амброзі\w*|пилок\w*|пилк\w*|пыльц\w*|пыл\w*|пил\b|ragweed|pollen|polen|cats?|dust|кот\w*|кош\w*|кіш\w*|котів|шерст\w*|polvo|gatos?|ambrosia|трав\w*|grass|полин\w*|цвет\w*|цвіт\w*)))\b",
        # a child's breath-holding or crying fit, told (session 13 probes: "blue in the face from
        # holding his breath in a tantrum")
        r"\b(went|turned|goes|going|is|was)\s+(blue|white)\s+with\s+(frost|ice|snow)\b",
        r"\b(collapsed|crashed|flopped|fell)\s+(straight\s+)?into\s+(bed|my\s+bed|his\s+bed|her\s+bed)\b",
        r"\b(blue|purple|red)\s+in\s+the\s+face\s+from\s+(holding\s+(his|her|their|my)\s+breath|crying|screaming|shouting|a\s+tantrum|coughing)\b|\bholding\s+(his|her|their|my)\s+breath\b",
        # someone's farewell post and no answer to messages (blind6-tune): crisis.py's, not the card
        r"\b(farewell|goodbye|прощальн\w*|прощается|прощається|прощаючись|despedida|se\s+despidio)\b.{0,60}\b(isn'?t|is\s+not|not|no|не)\s+(answering|responding|отвечает|відповідає|contesta|responde|бер[её]т|бере)\b",
        # a thing that "died": "mi carro se murió", "my phone is dead", "телефон сдох"; money too
        # (tune42: "mi quincena se murió antes que yo")
        r"\b(carro|coche|auto|movil|celular|cel|telefono|bateria|compu|laptop|moto|tele|planta|camioneta|troca|phone|car|battery|laptop|charger|телефон|мобил\w*|машина|тачка|батарея|батарейка|ноут\w*|зарядк\w*|акум\w*|sueldo|salario|quincena|nomina|dinero|cartera|presupuesto|salary|paycheck|wallet|budget|зарплат\w*|деньг\w*|бюджет\w*|кошел[её]к|гроші|гаманець)\s+(\w+\s+){0,3}(se\s+(murio|muere|nos\s+murio)|died|is\s+dead|'?s\s+dead|сдох\w*|умер\w*|помер\w*|здох\w*|мертв\w*)",
        # a drug's colour, not a face's: "is blue meth a thing", "синие таблетки"
        r"\b(blue|purple)\s+(meth|crystal|ice|magic|dream|lotus|tabs?|pills?|punishers?|dolphins?|teslas?|m30s?|30s|bars?)\b|\b(синие|синий|сині|синій)\s+(таблетк\w*|кристалл\w*|кристал\w*|мет\w*)|\b(meth|cristal|pastillas?|tachas?)\s+azul(es)?\b",
        # calling for help asked about as a legal question: "can I get in trouble for calling an ambulance"
        r"\b(trouble|arrested|arrest|charged|police|cops|legal)\b.{0,40}\b(call\w*|вызов\w*|виклик\w*|llam\w*)\b.{0,25}\b(ambulance|911|999|112|скор\w*|швидк\w*|ambulancia)\b",
        # a seizure to be avoided, not one happening: "cómo ir bajando el rivotril poco a poco para
        # no tener convulsiones", "how to taper benzos to avoid seizures", "чтобы не было судорог"
        r"\b(para\s+(no|evitar)|to\s+(avoid|prevent)|so\s+(i|you|he|she|they|we)\s+(don'?t|dont|won'?t|wont)|чтобы\s+не|чтоб\s+не|щоб\s+не|щоб\s+уникнути|чтобы\s+избежать)\s+(\w+\s+){0,3}?(convulsion\w*|seizures?|fits?|судорог\w*|припад\w*|судом\w*|суд[оа]м\w*)",
        # late round (session 22, blind19-tune): whether a drug CAN bring fits, asked in general
        # ("від прегабаліну можуть бути напади?", "з альфи судоми бувають, правда?", "бывают ли
        # припадки от бупропиона"): a drug's topic; fits told now ("його б'є судомами") stay signs
        (
            r"\b(могут|можуть|бывают|бувають|бывает\s+ли|буває|случаются|трапляються)\s+(ли\s+)?(\w+\s+){0,2}?((быть|бути|начаться|початися|случиться|статися|появиться|з'?явитися)\s+)?(судорог\w*|судом\w*|припад\w*|конвульс\w*)|"
            r"\b(судорог\w*|судом\w*|припад\w*|конвульс\w*)\s+(\w+\s+){0,2}?(бывают|бувають|случаются|трапляються)\b"
        ),
        # naloxone failing against a drug, told as hearsay ("пишут, что налоксон на ксилазин не
        # действует", "чула, наркан на медетомідин не діє", "heard narcan doesn't work on tranq"): a general
        # question; naloxone not working on a person now stays the card
        r"\b(говорят|говорили|пишут|писали|слышал\w*|читал\w*|кажуть|казали|пишуть|писали|чув|чула|читав|читала|heard|they\s+say|people\s+say|apparently|dicen|escuche|lei)\s+(что\s+|що\s+|that\s+|que\s+)?(\w+\s+){0,3}?(налоксон\w*|наркан\w*|naloxon\w*|narcan)\s+(\w+\s+){0,2}?(не\s+(бер[её]т|бере|действует|діє|работает|працює|помогает|допомагає)|(doesn'?t|does\s+not|won'?t)\s+work|no\s+(funciona|sirve|hace\s+nada))",
        # the wish not to wake up is crisis.py's, not an overdose now
        # ... with a few words between, none of them another person ("wish i could go to sleep and
        # just not wake up", tune31; "хочу чтобы он проснулся, он не просыпается" stays the card)
        r"\b(rather|wish\s+i\s+(could|would|did|do)|want\s+to|wanna|hope\s+i|like\s+to)\s+(just\s+)?((?!(he|she|they|him|her|them|hes|he's|shes|she's|it)\s)\w+\s+){0,5}(not|never|don'?t|dont)\s+wake\s+up\b",
        r"\b(хочется|хочу|хотелось\s+бы|хочеться|хотілося\s+б|хотіла\s+б|хотів\s+би|лучше\s+бы|краще\s+б)\s+((?!(он|она|они|его|ее|их|він|вона|вони|його|її|їх)\s)\w+\s+){0,4}не\s+(просну\w*|просыпа\w*|прокину\w*|прокида\w*)",
        r"\b(prefiero|preferiria|quisiera|quiero|me\s+gustaria|ojala)\s+(\w+\s+){0,2}no\s+(despertar\w*|volver\s+a\s+despertar|despierte)\b",
        # a plan of one's own not to wake ("not planning on waking up after it", "i'm not going to
        # wake up tomorrow"): crisis.py's; "he's not waking up" stays an emergency
        r"\b(not|don'?t|dont|do\s+not)\s+(planning|plan|intending|intend)\s+(on|to)\s+wak(e|ing)\b|\b(i'?m|im|i\s+am)\s+not\s+(going\s+to|gonna)\s+wake\s+up\b",
        # "no more waking up", "no more mornings" (tune50, session 22): a wish for an end, crisis.py's;
        # nobody is named not waking ("he's not waking up" stays the card)
        r"\bno\s+more\s+(wak(e|ing)(\s+up)?|mornings)\b",
        r"\b(to|so\s+i|so\s+that\s+i|and)\s+(never|not|don'?t|dont)\s+wak(e|ing)\s+up\b|\b(чтобы|чтоб)\s+не\s+просну\w*|\bщоб\s+не\s+прокину\w*|\bpara\s+no\s+despertar\w*",
        r"\b(sobredosific\w*|передозн\w*|передознут\w*)\s+(\w+\s+)?(adrede|a\s+proposito|специально|нарочно|намеренно|спеціально|навмисно|on\s+purpose)\b|\b(adrede|a\s+proposito|специально|нарочно|намеренно|спеціально|навмисно)\s+(\w+\s+)?(sobredosific\w*|передозн\w*)",
        (
            r"\b(until|till|til)\s+(\w+\s+){0,2}(blue|purple|red)\s+in\s+the\s+face\b|"
            r"\b(blue|purple|red)\s+in\s+the\s+face\s+(from|with)\s+(laugh\w*|talk\w*|yell\w*|shout\w*|scream\w*|cough\w*|anger)"
        ),
        (
            r"\b(blue|purple|grey|gray|pale|went\s+blue|turned\s+blue|посинел\w*|синий|синяя|синеет|посинів\w*|посиніл\w*|синій|синіє|"
            r"azul|morad[oa])\s+(\w+\s+){0,3}(from|of|with|от|со|від|з|de)\s+(la\s+|the\s+)?"
            r"(laugh\w*|cold|смеха|смеху|сміху|холода|холоду|risa|frio)\b"
        ),
        (
            r"\b(умирает|помирает|помирає|вмирає|muriendo|muere|dying)\s+(\w+\s+)?(от|со|від|з|de|of|from)\s+(la\s+)?"
            r"(смеха|смеху|сміху|risa|laugh\w*|скуки|нудьги|aburrimiento|boredom|жары|спеки|calor|heat)"
        ),
        r"\b(vein|veins|lung|lungs|market|roof|tent|bridge|building|deal|plan)s?\s+(has\s+|have\s+|just\s+|is\s+)?collaps\w*|\bcollapsed\s+(vein|veins|lung)",
        r"\b(stomach|belly|tummy|gut|guts)\s+(is\s+|keeps\s+|are\s+)?gurgl\w*",
        r"\b(dying|умирает|помирает|помирає|вмирає|muriendo|se\s+muere)\s+(\w+\s+){0,2}(in\s+(the\s+)?hospital|in\s+hospice|of\s+cancer|в\s+больнице|от\s+рака|в\s+лікарні|від\s+раку|en\s+el\s+hospital|de\s+cancer)\b",
        # things that die or are dead: a battery, a phone, a plant, a SIM chip, the internet or wifi
        (
            r"\b(battery|batteries|phone|plant|plants|flowers?|chip|sim|laptop|charger|alarm|detector|pila|bateria|planta|plantas|"
            r"flor|flores|celular|celu|cel|movil|telefono|compu|телефон|мобил\w*|мобілк\w*|смартфон|батарея|батарейка|зарядка|акум\w*|растени\w*|цвет(ок|ы)|фикус|рослин\w*|"
            r"квіт(ка|и)|фікус|кактус\w*|орхіде\w*|орхиде\w*|монстер\w*|сукулент\w*|суккулент\w*|cactus|orchids?|monstera|succulents?|basil|pothos|suculentas?|orquideas?|potus|ноут\w*|internet|wifi|wi-fi|connection|signal|router|интернет|инет|вайфай|связь|роутер|інтернет|інет|зв'язок|звязок|conexion|senal)\s+(\w+\s+){0,5}(dying|dead|died|dies|muriendo|muerto|muerta|muere|murio|умирает|умер|сдох\w*|"
            r"помирає|помер|здох\w*|вмирає)\b"
        ),
        (
            r"\b(dying|dead|muriendo|muerto|muerta|muere|murio|умирает|сдох\w*|помирає|здох\w*|вмирає)\s+(\w+\s+){0,2}"
            r"(the\s+|my\s+|la\s+|el\s+|mi\s+)?(battery|phone|plant|chip|pila|bateria|planta|celular|celu|cel|movil|compu|"
            r"laptop|telefono|телефон|мобил\w*|мобілк\w*|смартфон|батарея|"
            r"батарейка|зарядка|растени\w*|цветок|рослин\w*|квітка|фікус|фикус|кактус\w*|орхіде\w*|орхиде\w*|монстер\w*|cactus|orchids?|monstera|succulents?|suculentas?|orquideas?|internet|wifi|conexion|senal|интернет|інтернет)\b"
        ),
        # blue from food, drink, ink or paint
        (
            r"\b(blue|purple|син\w*|посинел\w*|посиніл\w*|фиолетов\w*|фіолетов\w*|azul\w*|morad[oa]s?)\s+(\w+\s+){0,3}"
            # ... or after it ("сині губи після синього морозива", session 22)
            r"(from|of|with|от|со|від|з|de|por|after|после|після|despues\s+de(l)?|tras)\s+(the\s+|a\s+|la\s+|el\s+|las\s+|los\s+|this\s+|that\s+)?(\w+\s+)?"
            r"(slush\w*|слаш\w*|berr\w*|blueberr\w*|juice|candy|lollipops?|lolly|леденц\w*|леденец|льодяник\w*|чупа\w*|caramel\w*|ink|paint|dye|food\s+colou?ring|gum|sweets|drink|popsicle|"
            r"ice\s+cream|черник\w*|ягод\w*|чорниц\w*|лохин\w*|сок\w*|сік\w*|конфет\w*|цукерк\w*|чернил\w*|краск\w*|"
            r"фарб\w*|морожен\w*|морозив\w*|жвачк\w*|раздав\w*|moras?|arandan\w*|jugo|dulces?|paleta|raspado|colorante|"
            r"tinta|pintura|helado|chicle)\b"
        ),
        # a colour scheme or a dye, not a face (tune28: "the team went blue and white this season",
        # "нові джинси пофарбували мені ноги в синій")
        (
            r"\b(blue|син\w*|azul\w*|purple|morad[oa])\s+(and|и|і|й|y|e|та)\s+(white|red|yellow|black|green|gold|бел\w*|біл\w*|красн\w*|червон\w*|жовт\w*|желт\w*|черн\w*|чорн\w*|золот\w*|blanc[oa]s?|roj[oa]s?|amarill[oa]s?|negr[oa]s?|verdes?|dorad[oa]s?)\b|"
            r"\b(white|red|yellow|black|бел\w*|біл\w*|красн\w*|червон\w*|жовт\w*|желт\w*|blanc[oa]s?|roj[oa]s?|amarill[oa]s?)\s+(and|и|і|й|y|та)\s+(blue|син\w*|azul\w*)\b"
        ),
        (
            r"\b(jeans|denim|dye\w*|джинс\w*|покрас\w*|пофарбу\w*|пофарбув\w*|фарбу\w*|vaquer\w*|tejan\w*|destin\w*|tinte|tenid\w*)\b.{0,40}\b(blue|син\w*|azul\w*)\b|"
            r"\b(blue|син\w*|azul\w*)\b.{0,20}\b(from|of|от|від|por|de)\s+(the\s+|los\s+|las\s+)?(jeans|denim|dye|джинс\w*|vaquer\w*|tejan\w*|tinte)\b"
        ),
        # blue or pale after a swim or the cold
        (
            r"\b(blue|purple|pale|син\w*|посинел\w*|посиніл\w*|azul\w*|morad[oa]s?)\s+(\w+\s+){0,3}(after|после|після|despues\s+del?|tras)\s+(\w+\s+){0,2}"
            r"(swim\w*|the\s+pool|the\s+sea|cold|плавани\w*|купани\w*|бассейн\w*|моря|холод\w*|плаванн\w*|басейн\w*|nadar|alberca|piscina|mar|frio|"
            # a river, a lake or a pond (blind19-tune: "посинел после речки, уже отогрели")
            r"the\s+(river|lake|pond|creek|beach)|речк\w*|реки|озера|пруда|ставка|річк\w*|річки|озера|la\s+playa|el\s+rio|la\s+laguna|el\s+lago|la\s+presa)\b"
        ),
        # a blue sweet, and the mouth or tongue blue from it (blind19-tune: "слопал синий леденец, весь
        # рот синий"), in either order; only the sweet and the mouth are cut, nothing between
        (
            r"\b(blue|purple|син\w*|фиолетов\w*|фіолетов\w*|azul\w*|morad[oa]s?)\s+(\w+\s+)?"
            r"(lollipops?|lolly|lollies|candy|sweets?|slush\w*|слаш\w*|popsicles?|ice\s+pops?|леденц\w*|леденец|льодяник\w*|чупа\w*|конфет\w*|цукерк\w*|"
            r"жвачк\w*|морожен\w*|морозив\w*|paletas?|caramelos?|chuches?|chicles?|helados?|raspados?)\b"
            r"(\s+(\w+\s+){0,2}((his|her|their|the|весь|вся|все|увесь|уся|toda|todo|la|el|los)\s+)?(mouth|tongue|teeth|lips|рот|язык|зубы|губы|язик|зуби|губи|boca|lengua|dientes|labios)\s+(\w+\s+)?"
            r"(blue|purple|син\w*|фиолетов\w*|фіолетов\w*|azul\w*|morad[oa]s?)\b)|"
            r"\b(lollipops?|lolly|lollies|candy|sweets?|slush\w*|слаш\w*|popsicles?|blueberr\w*|леденц\w*|леденец|льодяник\w*|чупа\w*|конфет\w*|цукерк\w*|"
            r"жвачк\w*|черник\w*|чорниц\w*|paletas?|caramelos?|chuches?|chicles?|moras|arandanos)\s+(\w+\s+){0,2}"
            r"((his|her|their|the|весь|вся|все|увесь|уся|toda|todo|la|el|los)\s+)?(mouth|tongue|teeth|lips|рот|язык|зубы|губы|язик|зуби|губи|boca|lengua|dientes|labios)\s+(\w+\s+)?"
            r"(blue|purple|син\w*|фиолетов\w*|фіолетов\w*|azul\w*|morad[oa]s?)\b"
        ),
        # "лучше бы я завтра не проснулся": a wish (crisis.py), not someone asleep now
        r"\b(лучше|краще|хоть|хоч)\s+(бы|б|би)\s+(я\s+)?(\w+\s+)?не\s+(проснул\w*|прокинув\w*|прокинул\w*)",
        # "so that nobody revives me": the wish is crisis.py's, not someone to revive now
        r"\b(щоб|шоб|щоби|чтобы|чтоб|so\s+that|so|para\s+que)\s+(\w+\s+)?(ніхто|никто|nobody|no\s+one|noone|nadie)\s+(не\s+|can\s+|could\s+|would\s+|me\s+)?(відкача\w*|откача\w*|reviv\w*|save\w*|find\w*|reviva|salve|encuentre|знайшов|нашел|нашёл)",
        # a reagent test that changed colour ("el reactivo marquis se puso morado")
        (
            r"\b(reactivo|reagent|marquis|mecke|mandelin|froehde|ehrlich|liebermann|реактив\w*|реагент\w*|маркиз\w*|тест\w*|test|tests|tira|strip)\b(\s+\w+){0,4}\s+"
            r"(turned|went|goes|turns|se\s+puso|se\s+pone|se\s+volvio|стал\w*|став|окрасил\w*|посинел\w*|забарви\w*|посиніл\w*|показ\w*)\s+(\w+\s+)?"
            r"(purple|blue|black|red|grey|gray|green|orange|morad[oa]|azul|negr[oa]|roj[oa]|gris|verde|naranja|фиолетов\w*|фіолетов\w*|син\w*|черн\w*|чорн\w*|красн\w*|червон\w*|сер\w*|сір\w*|зелен\w*)\b"
        ),
        # waking someone for school or work
        r"\b(can'?t|cant|cannot|couldn'?t|no\s+puedo|no\s+pude|не\s+могу|не\s+можу|не\s+могла|не\s+могла)\s+(\w+\s+)?(wake|get|despertar|разбудить|добудиться|розбудити|добудитися)\s+(\w+\s+){0,3}(for|up\s+for|para|до|в|на|к)\s+(the\s+|la\s+|el\s+)?(school|work|class|escuela|colegio|trabajo|chamba|школ\w*|работ\w*|робот\w*|садик\w*|пар[ауыи]|пару|парам|университет\w*|універ\w*)\b",
        # out of breath from laughing
        r"\b(sin\s+(respiracion|aliento|aire)|breathless|out\s+of\s+breath|can'?t\s+breathe|задыха\w*|не\s+могу\s+дышать|не\s+можу\s+дихати|задиха\w*)\s+(\w+\s+){0,2}(de|from|with|от|від|з|по)\s+(la\s+|tanta\s+)?(risa|laugh\w*|смеха|смеху|сміху)\b",
        # ... told in the past or of others (session 15, tune36): "no podía ni respirar de la risa",
        # "couldn't even breathe from laughing", "не могла дышать от смеха"; now (session 19, tune43:
        # "no puedo respirar de la risa con este meme")
        r"\b((couldn'?t|could\s+not|cant|can'?t)\s+(even\s+)?breathe|no\s+(podia|podiamos|podian|pude|pudimos|puedo|podemos|puede|pueden)\s+(ni\s+)?respirar|не\s+(мог|могла|могли|міг|можу)\s+(даже\s+|навіть\s+)?(дышать|дихати|вдохнуть|вдихнути))\s+(\w+\s+){0,2}(de|from|with|for|от|від|з|по)\s+(la\s+|tanta\s+|so\s+much\s+)?(risa|laugh\w*|смеха|смеху|сміху)\b",
        # session 20 (tune45): laughed so hard or to tears that one could not breathe ("ржала так, що аж
        # сльози і дихати не могла", "хохотали до слёз, я аж задыхалась", "laughed so hard at the speech
        # i couldn't breathe", "me reí tanto que no podía respirar"); the breath there is the laugh's
        (
            r"\b(ржал\w*|ржу|ржем|іржал\w*|иржал\w*|угорал\w*|угарал\w*|хохотал\w*|хохочу|смеял\w*|смеюсь|сміял\w*|сміюсь|сміюся|регот\w*|laughed|laughing|cracking\s+up|cracked\s+up|me\s+rei|nos\s+reimos|se\s+rio|se\s+reia|riendome|riendonos|carcajead\w*)\s+(\w+\s+)?"
            r"(так|настолько|настільки|до\s+слез|до\s+сліз|до\s+коликов|до\s+колік|so\s+hard|so\s+much|till\s+i\s+cried|tanto|hasta\s+llorar)\b(\s+\w+){0,6}?\s+"
            r"((couldn'?t|could\s+not|can'?t|cant)\s+(even\s+)?breathe|no\s+(podia|podiamos|podian|pude|pudimos|puedo|podemos)\s+(ni\s+)?respirar|(дышать|дихати)\s+не\s+(мог\w*|міг|можу|могу)|не\s+(мог\w*|міг|можу|могу)\s+(даже\s+|навіть\s+)?(дышать|дихати)|задых\w*|задих\w*|sin\s+aire|out\s+of\s+breath|breathless)"
        ),
        # a blackout told afterwards by the one who had it: "I passed out at the party",
        # "вчера отрубился на лавке" (someone typing it is awake; other signs in the message stay)
        (
            r"\b(вчера|вчора|позавчера|позавчора|yesterday|last\s+night|anoche|ayer|last\s+weekend|на\s+выходных|на\s+вихідних|el\s+finde)\b(\s+\w+){0,4}\s+"
            r"(вырубил\w*|отрубил\w*|отключил\w*|вирубив\w*|вирубил\w*|відрубив\w*|відрубил\w*|відключив\w*|відключил\w*|passed\s+out|blacked\s+out|me\s+desmaye|me\s+quede\s+frit[oa]|me\s+apague)\b"
        ),
        (
            r"\b(вырубил\w*|отрубил\w*|отключил\w*|вирубив\w*|вирубил\w*|відрубив\w*|відрубил\w*|відключив\w*|відключил\w*|passed\s+out|blacked\s+out|me\s+desmaye)"
            r"(\s+\w+){0,3}\s+(вчера|вчора|yesterday|last\s+night|anoche|ayer)\b"
        ),
        r"\b(i|я)\s+(\w+\s+)?(passed\s+out|blacked\s+out|вырубил(ся|ась)|отрубил(ся|ась)|отключил(ся|ась)|вирубив(ся|сь)|вирубилась|відрубив(ся|сь)|відрубилась|відключив(ся|сь)|відключилась)\b",
        # ... or fainted ("я в обморок упал когда кровь брали", "я торік втратив свідомість",
        # "me desmayé en el festi"): the one typing is awake; other signs in the message stay
        (
            r"\b(i|я)\s+(?!(almost|nearly|just|keep|чуть|почти|едва|ледь|ледве|майже|мало)\b)(\w+\s+){0,2}(fainted|lost\s+consciousness|упал[аи]?\s+в\s+обморок|в\s+обморок\s+упал[аи]?|потерял[аи]?\s+сознание|"
            r"знепритомні(в|ла)|втрати(в|ла)\s+свідомість|впа(в|ла)\s+в\s+непритомність)\b|\bme\s+(desmaye|desvaneci)\b|\bperdi\s+(el\s+)?(conocimiento|sentido)\b"
        ),
        # breathing normally, said to reassure ("breathing normally, just sleeping it off", "дышит
        # ровно", "respira bien"), not "not breathing normally"
        (
            r"(?<!\bnot\s)(?<!n't\s)(?<!\bisnt\s)(?<!\bне\s)(?<!\bno\s)(?<!\bsin\s)\b(breathing|breathes|дышит|дышат|дыхание|дихає|дихають|дихання|respira|respiran|respirando)\s+(\w+\s+)?"
            r"(normal|normally|fine|ok|okay|well|regular\w*|evenly|steady|нормально|ровно|спокойно|добре|рівно|спокійно|bien|normal|tranquil\w*)\b(?!\s+(?:\w+\s+)?(?:but|но|але|pero)\b)"
        ),
        # coming off without seizures: "cómo lo dejo sin que me den convulsiones", "how to quit benzos
        # without having seizures", "как слезть без судорог"
        r"\bsin\s+(que\s+)?(me|le|te|nos|les)?\s*(den|de|dar|tener|tenga|tengan)\s+(\w+\s+)?convulsion\w*|\bwithout\s+(getting\s+|having\s+|a\s+)*(seizures?|fits?|convulsions?)\b|\bбез\s+(судорог|судом|конвульсий|конвульсій|припадк\w*|нападів)\b",
        # a worry about later, of someone else: "scared he's gonna overdose this weekend", "боюсь что он
        # передознется", "me da miedo que se pase" (signs told beside it still count: "scared he'll
        # die, he won't wake up")
        (
            r"\b(scared|afraid|worried|worry|worrying|fear|terrified)\s+(that\s+)?(?!i\b|i'll\b|i'm\b|im\b)([\w']+\s+){0,3}?(might\s+|may\s+|will\s+|gonna\s+|going\s+to\s+|could\s+)"
            r"(\w+\s+)?(overdose|od|stop\s+breathing|die|pass\s+out)\b"
        ),
        (
            r"\b(боюсь|боюся|переживаю|волнуюсь|хвилююся|хвилююсь|страшно)\s+(что|що|чтобы|щоб)\s+(\w+\s+){0,3}?"
            r"(передознется|передознеться|передознуться|перестанет\s+(\w+\s+)?дышать|перестане\s+(\w+\s+)?дихати|умрет|помре|вмре|отъедет|від'?їде)\b"
        ),
        (
            r"\b(me\s+da\s+miedo|me\s+preocupa|tengo\s+miedo\s+de|temo)\s+que\s+(\w+\s+){0,3}?"
            r"(se\s+pase|deje\s+de\s+respirar|se\s+muera|tenga\s+una\s+sobredosis|se\s+sobredosifique)\b"
        ),
        # "dead to me", "для меня он умер", "para mí está muerto": done with someone
        (
            r"\bdead\s+to\s+me\b|\b(для\s+меня|для\s+мене)\s+(\w+\s+)?(умер|умерла|мертв\w*|помер|померла)\b|"
            r"\b(умер|умерла|мертв\w*|помер|померла)\s+для\s+(меня|мене)\b|\bpara\s+mi\s+(ya\s+)?(esta|estas)\s+muert[oa]\b|\bmuert[oa]\s+para\s+mi\b"
        ),
        # dead of tiredness, sleep or hunger, said of the living (session 20 probes: "está muerto de
        # cansancio después del turno", "dead on his feet", "мёртвый от усталости")
        (
            r"\bmuert[oa]s?\s+de\s+(cansancio|sueno|hambre|frio|calor|miedo|aburrimiento|envidia|verguenza|ganas|sed|pena|nervios|asco)\b|"
            r"\bdead\s+(tired|on\s+(my|his|her|their)\s+feet)\b|\b(мертв\w*|мертвецки)\s+(от|з|від)\s+(усталост\w*|втом\w*|скук\w*|нудьг\w*|голод\w*)\b"
        ),
        # "always short of breath", "всегда тяжело дышать", "siempre le cuesta respirar": a lasting
        # condition, not this minute
        (
            r"\b(always|constantly|всегда|постоянно|завжди|постійно|siempre)\s+(\w+\s+){0,2}(short\s+of\s+breath|out\s+of\s+breath|тяжело|трудно|важко|(le\s+|me\s+)?cuesta|"
            r"snor\w*|храп\w*|хроп\w*|ronca\w*)\s+(\w+\s+)?(дышать|дихати|respirar|breath\w*)?"
        ),
        # everyday loud snoring: "snores like a chainsaw every night", "храпит как трактор", "ronca como
        # motosierra todas las noches"
        (
            r"\b(snor\w*|храп\w*|хроп\w*|ronca\w*)\s+(\w+\s+)?(like|как|як|como)\s+(a\s+|an\s+|una?\s+)?(chainsaw|tractor|train|bear|pig|trucker|freight|бензопила|трактор|медведь|ведмідь|паровоз|слон|motosierra|oso|tren|camionero|puerco)\b|"
            r"\b(every\s+night|каждую\s+ночь|щоночі|кожної\s+ночі|todas\s+las\s+noches|cada\s+noche)\s+(\w+\s+)?(snor\w*|храп\w*|хроп\w*|ronca\w*)|"
            r"\b(snor\w*|храп\w*|хроп\w*|ronca\w*)\s+(\w+\s+){0,3}(every\s+night|as\s+always|like\s+always|каждую\s+ночь|как\s+всегда|щоночі|як\s+завжди|todas\s+las\s+noches|como\s+siempre)\b"
        ),
        # "на секунду потемнело и отключился": the one typing, a moment's blackout (not "потемнело и он
        # отключился")
        r"\bпотемн\w*\s+(в\s+(глазах|очах)\s+)?(и|і|й)\s+(на\s+(секунду|мить)\s+)?(отключил(ся|ась)|вырубил(ся|ась)|відключи(вся|лась)|вируби(вся|лась))\b",
        # the nose, not the breath: "нос не дышит после снюханного", "nariz tapada"
        (
            r"\b(нос|носом|ніс|носа|nose|nostrils?|nariz)\s+(\w+\s+)?(не\s+)?(дыш\w*|диха\w*|заложен\w*|закладен\w*|blocked|stuffed|tapad[ao]|no\s+respira|won'?t\s+breathe|doesn'?t\s+breathe)|"
            r"\b(заложен\w*|закладен\w*|blocked|stuffy|stuffed|tapad[ao])\s+(\w+\s+)?(нос|ніс|nose|nariz)\b"
        ),
        # blue or purple lips, fingers or skin in cold water, swimming or winter: "my lips go blue when
        # i swim", "у меня синеют губы когда купаюсь", "se me ponen los labios morados cuando nado"
        (
            r"\b(blue|purple|син\w*|посин\w*|фиолетов\w*|фіолетов\w*|azul\w*|morad[oa]s?)\b(\s+\w+){0,5}\s+"
            r"(when|whenever|in|after|во\s+время|когда|коли|в|у|на|зимой|взимку|cuando|en|al|con)\s+(\w+\s+){0,2}"
            r"(swim\w*|cold\s+water|the\s+cold|winter|the\s+pool|the\s+sea|купа\w*|плава\w*|холодн\w*\s+вод\w*|холоде|холоді|морозе|морозі|"
            r"бассейн\w*|басейн\w*|nad\w*|agua\s+fria|el\s+frio|invierno|piscina|alberca|"
            # the sea, a lake, a river (tune25 probes: "губи синіють у морі", "labios morados en el mar")
            r"море|морі|озер\w*|річц\w*|реке|ріці|el\s+mar|la\s+playa|el\s+lago|el\s+rio|the\s+lake|the\s+river|the\s+ocean)\b"
        ),
        # waking up in the morning, one's own trouble ("can't wake up in the mornings", "never wake up on
        # time"): not someone who does not wake
        r"\b(can'?t|cant|cannot|never|hard\s+to|struggle\s+to|trouble)\s+(\w+\s+)?wak(e|ing)\s+up\s+(in\s+the\s+morning\w*|early|on\s+time|for\s+(work|school|class|uni)|every\s+(day|morning)|in\s+time|mornings|before\s+noon)\b",
        (
            r"\b(when|whenever|когда|коли|cuando)\s+(i\s+|я\s+)?(swim\w*|go\s+swimming|купаюсь|плаваю|купаюся|nado|me\s+bano\s+en)\b(\s+\w+){0,6}\s+"
            r"(blue|purple|син\w*|посин\w*|azul\w*|morad[oa]s?)\b"
        ),
        # blue when cold or from coughing (tune23): "lips go a bit blue when shes cold", "se puso morada
        # de tanto toser"
        (
            r"\b(blue|purple|син\w*|посин\w*|azul\w*|morad[oa]s?)\b(\s+\w+){0,3}\s+(when|whenever|когда|коли|cuando)\s+([\w']+\s+){0,2}"
            r"(cold|chilly|freezing|холодно|мерзнет|мерзне|замерза\w*|tiene\s+frio|hace\s+frio|frio)\b"
        ),
        r"\b(blue|purple|посин\w*|син\w*|morad[oa]|azul)\b(\s+\w+){0,2}\s+(de\s+tanto\s+toser|de\s+toser|from\s+coughing|coughing|от\s+кашля|від\s+кашлю)\b",
        # a reagent test's colour ("Марквіс став чорно-фіолетовим", "the marquis went purple")
        r"\b(марк[иі]з\w*|марквіс\w*|маркіс\w*|marquis|mecke|мекке|mandelin|мандел[иі]н\w*|simon'?s?|саймон\w*|ehrlich|ерліх\w*|эрлих\w*|froehde|реагент\w*|reagent\w*|reactivo\w*|тест\w*|test)\b.{0,40}\b(blue|purple|black|син\w*|фиолетов\w*|фіолетов\w*|чорн\w*|черн\w*|morad[oa]|azul|negr[oa])",
        # "overdosed on netflix": a joke about something that is not a drug
        r"\b(overdos\w*|od'?d|oded|od'?ing|od)\s+on\s+(\w+\s+)?(netflix|tv|television|chocolate|sugar|candy|sweets|pizza|coffee|caffeine|anime|work|love|memes|tiktok|youtube|series|shows|cake|food|vitamin\w*|gym|sun|sunlight|drama|reality\s+tv|christmas|cookies|carbs)\b",
        r"\b(судорог\w*|судом\w*|calambres?|cramps?)\s+(в|у|en|in)\s+(ногах|ноге|икрах|руках|нозі|ногах|las\s+piernas|my\s+legs|legs)\b",
        r"\bbreath\s+(smells?|stinks|stank|odou?r)\b|\bbad\s+breath\b",
        # a mild ache, "un poco" (tune28: "me duele un poco el pecho, será el estrés"): "poco" alone stays
        # a breath that is too little ("respira muy poco")
        r"\bun\s+poco\b",
        # a day or shift counted at work, not days on a drug (tune28, blind8-tune: "третий день на работе",
        # "другу зміну підряд", "segundo turno seguido")
        r"\b(second|third|fourth|2nd|3rd|4th|втор\w*|трет\w*|четверт\w*|друг(у|а|ий)|трет(ю|я|ій)|четверт(у|а|ий)|segund[oa]|tercer[oa]?|cuart[oa])\s+(\w+\s+)?(shift|day|night|смен[ау]|змін[ау]|день|ночь|ніч|добу|сутки|turno|dia|noche)\s+(\w+\s+)?(at\s+work|in\s+a\s+row|на\s+работе|на\s+роботі|подряд|підряд|поспіль|seguid[oa]|en\s+el\s+trabajo|trabajando|de\s+trabajo)\b(?!\s+(on|на|con)\b)",
        # asleep face down and woke up ("fell asleep face down on the sofa", "уснул лицом вниз на
        # диване, проснулся с больной шеей"): the one typing is awake
        (
            r"\b(fell\s+asleep|slept|passed\s+out|уснул\w*|заснул\w*|заснув|спал\w*|спав|me\s+dormi|me\s+quede\s+dormid[oa]|dormi)\s+(\w+\s+){0,2}"
            r"(face\s*(down|first)|лицом\s+(вниз|в\s+подушку)|обличчям\s+(донизу|вниз|в\s+подушку)|boca\s+abajo)\b(?=.{0,80}\b(woke|wake|проснул\w*|прокинув\w*|прокинул\w*|desperte|me\s+duele|болит|болить)\b)"
        ),
        (
            r"\b(отвеча\w*|відповіда\w*|answer\w*|respond\w*|contesta\w*|responde\w*)\s+(to\s+|на\s+|a\s+)?(my\s+|the\s+|мои\s+|мої\s+|mis\s+|los\s+|el\s+|al\s+)?"
            r"(texts?|calls?|messages?|phone|dms?|звонк\w*|дзвінк\w*|сообщени\w*|повідомлен\w*|смс|телефон\w*|mensajes|llamadas|telefono|celular|whats\w*|anyone|anybody|никому|нікому|a\s+nadie)\b"
        ),
        r"\b(хочу|хочется|хочеться|want\s+to|wanna|quiero)\s+(\w+\s+)?(передозн\w*|overdose|od|sobredosis)\b",
        r"\b(response|answer|reply)\s+from\s+(the\s+|my\s+)?(bot|app|dealer|plug|shop|support|clinic|service|doctor)\b",
        (
            r"\b(overdos\w*|od|od'?ing|передоз\w*|sobre\s?dosis)\s+(\w+\s+)?(on\s+purpose|a\s+proposito|adrede|специально|нарочно|намеренно|спеціально|навмисно)\b|"
            r"\b(специально|нарочно|намеренно|спеціально|навмисно)\s+(\w+\s+)?(передоз\w*)|\b(thinking|think)\s+(about|of)\s+(overdos\w*|od'?ing)\b"
        ),
        # "I'm not overdosing, right?", "это не передоз", "no es sobredosis"
        r"\b(not|isnt|isn't|wasnt|wasn't|never|no)\s+(an?\s+)?(od'?ing|oding|overdosing|overdosed|od'?d|oded|overdose|od)\b",
        r"\bне\s+(был\w*\s+|было\s+)?(передоз\w*|передозировк\w*|передозуванн\w*)|\bno\s+(es|fue|era|tuvo|tiene|hubo)\s+(una\s+)?sobre\s?dosis",
        r"\bbreath\w*\s+through\s+(my|the|his|her)\s+nose|\bдыш\w*\s+носом|\bдих\w*\s+носом|\b((casi|apenas)\s+)?(no\s+)?respir\w*\s+(\w+\s+)?por\s+la\s+nariz",
        (
            r"\b(plug|dealer|connect|shop|bot|app|phone|барыга|барыги|барига|дилер|закладчик\w*|магазин|шоп|оператор|курьер|"
            r"телефон|camello|vendedor|tienda|telefono|celular)\s+(\w+\s+)?(isnt|isn't|is\s+not|not|wont|won't|doesnt|doesn't|не|no)\s+(me\s+|le\s+|nos\s+|мне\s+|мені\s+|нам\s+)?"
            r"(respond\w*|answer\w*|отвеча\w*|відповіда\w*|responde\w*|contesta\w*)"
        ),
        r"\b(respond\w*|responde|contesta)\s+(to\s+)?(a\s+)?(my|the|our|mis|los|sus|el|al|la)\s+(texts?|phone|telefono|celular|cel|messages?|calls?|dms?|emails?|mensajes|llamadas|whats\w*)",
        # -- found on blind5-tune (2026-12-06, session 8) --
        # out of breath from stairs or running ("ледве дихаю, піднялась на 9 поверх пішки", "еле дышу,
        # поднялся на 12 этаж", "subí 10 pisos y no puedo respirar")
        (
            r"\b(еле|ледве|ледь|едва|barely|hardly|apenas|no\s+puedo|can'?t|cant)\s+(\w+\s+)?(дышу|дихаю|breathe|breathing|respirar|respiro)\b"
            r"(?=.{0,60}\b(этаж\w*|поверх\w*|floors?|stairs|lift|elevator|лифт\w*|ліфт\w*|пешком|пішки|бегом|бігом|бежал\w*|бігла|біг\b|бігав|бегал\w*|ran|running|run|gym|escaleras?|pisos?|corr\w*|автобус\w*|bus)\b)"
        ),
        (
            r"\b(этаж\w*|поверх\w*|floors|stairs|пешком|пішки|бегом|бігом|бежал\w*|бігла|бігав|бегал\w*|ran|running|escaleras|pisos|corr\w*)\b"
            r".{0,60}\b(еле|ледве|ледь|едва|barely|hardly|apenas|no\s+puedo|can'?t|cant)\s+(\w+\s+)?(дышу|дихаю|breathe|breathing|respirar|respiro)\b"
        ),
        # a heart that "stopped" at news or a fright ("my heart stopped when she said yes", "сердце
        # замерло когда увидел", "se me paró el corazón del susto")
        r"\b(heart|сердце|серце|corazon)\s+(\w+\s+)?(stopped|skipped\s+a\s+beat|остановилось|замерло|зупинилось|завмерло|se\s+me\s+paro|se\s+paro)\s+(\w+\s+)?(when|as|from|at\s+the|когда|коли|от|від|cuando|del|de\s+(miedo|susto|emocion|la\s+emocion))\b(?!\s+(?:(?:i|he|she|they)\s+)?(took|used|did|shot|snorted|smoked|вмаз\w*|укол\w*|me\s+meti|se\s+metio))",
        # blue from coughing or choking on food, hard to breathe beside a cough (blind7-tune: "кашляла
        # так що аж посиніла", "через бутылку тяжело дышать, кашляю")
        r"\b(кашля\w*|кашлял\w*|закашля\w*|поперхну\w*|подавил\w*|вдавив\w*|вдавил\w*|cough\w*|tos\w*|se\s+atraganto|ahogandose\s+con)\b.{0,30}\b(посинел\w*|посиніл\w*|посинів|синим|синя|синій|синий|фиолетов\w*|blue|purple|morad[oa]|azul)\b",
        r"\b(тяжело|трудно|важко|тяжко|hard\s+to|cuesta)\s+(дышать|дихати|breathe|respirar)\b(?=.{0,40}\b(кашл\w*|кашел\w*|кашляю|кашляє|cough\w*|tos\w*|toso)\b)",
        r"\b(кашл\w*|кашел\w*|кашляю|кашляє|cough\w*|tos\w*|toso)\b.{0,40}\b(тяжело|трудно|важко|тяжко|hard\s+to|cuesta)\s+(дышать|дихати|breathe|respirar)\b",
        # a cold's wheeze and cough ("в горле хрипит и кашель, простыл", "хриплю і кашляю, застудився")
        r"\b(хрип\w*|wheez\w*|rasp\w*)\b(?=.{0,60}\b(кашел\w*|кашл\w*|кашель|простыл\w*|простуд\w*|застуд\w*|cough\w*|cold|flu|resfriad\w*|tos)\b)",
        # a blackout told afterwards with the waking after it (tune25: "passed out on the sofa after the
        # pub, woke up at 4am", "вырубился на диване, проснулся в обед", "me desmayé y desperté en
        # casa"): the one typing is awake; other signs in the message stay
        (
            r"\b(passed\s+out|blacked\s+out|conked\s+out|вырубил\w*|отрубил\w*|отключил\w*|вирубив\w*|вирубил\w*|відрубив\w*|відключив\w*|me\s+desmaye|me\s+quede\s+(frit[oa]|dormid[oa]))\b"
            r"(\s+\w+){0,8}?\s+(woke\s+up|проснул(ся|ась)|прокинув(ся|сь)|прокинулас[ья]|desperte|me\s+desperte)\s+"
            r"(at|with|in|on|this|the\s+next|next|hours|fine|ok|okay|\d+|в|у|о|с|з|утром|вранці|зранку|только|тільки|a\s+las|con|en|al\s+otro)\b"
        ),
        # a sponsor, a therapist or a key worker who does not answer (tune46, session 21: "sponsor doesnt
        # answer", "el padrino no contesta"): a support person out of reach, not a body in the room
        r"\b(sponsor|padrino|madrina|куратор\w*|наставник\w*|спонсор\w*|therapist|counsell?or|caseworker|key\s?worker|support\s+worker|terapeuta|psicologo|psicologa|психолог\w*|соцработник\w*|соцпрацівник\w*)\s+(\w+\s+)?(doesn'?t|doesnt|does\s+not|isn'?t|isnt|won'?t|wont|not|no|не)\s+(answer\w*|pick\w*\s+up|reply\w*|respond\w*|contesta|responde|отвеча\w*|відповіда\w*|бер[её]т\s+трубку|бере\s+трубку)\b",
        # someone who wrote and does not answer the phone: not an unresponsive body in the room
        (
            r"\b(написал\w*|пишет|пише|написав|texted|messaged|sent\s+me|wrote|me\s+escribio|me\s+mando|escribio)\b.{0,100}?\b"
            r"(не\s+(отвечает|відповідає|берет\s+трубку|бере\s+трубку)|трубку\s+не\s+(берет|бере)|no\s+contesta|not\s+(answering|picking\s+up|replying)|phone\s+is\s+off)\b"
        ),
        # session 17 (tune39): not answering for days (a friend who took offence, a phone), and a child
        # who will not get up for school ("не просыпается в школу", "won't wake up for school", "no se
        # despierta para ir a la escuela"): not an unresponsive body now; other signs stay
        (
            r"\bne\s+(otvecha\w*|vidpovida\w*)\s+(uzhe\s+|vzhe\s+)?(\d+|dva|dve|tri|paru|neskolko|kilka|dvi)\s+(dn\w*|sutok|nedel\w*|tyzh\w*)\b|"
            r"\b(не\s+(отвеча\w*|відповіда\w*)|(isn'?t|isnt|not|hasn'?t|hasnt|haven'?t)\s+(been\s+)?(answer\w*|respond\w*|repl\w*)|no\s+(contesta|responde))\s+"
            r"(уже\s+|вже\s+|for\s+|in\s+|desde\s+hace\s+|hace\s+)?(\d+|два|две|три|пару|несколько|кілька|дві|two|three|a\s+few|a\s+couple\s+of|couple|dos|tres|varios|un\s+par\s+de)\s+"
            r"(дн\w*|дні\w*|суток|недел\w*|тиж\w*|days?|weeks?|dias|semanas?)\b"
        ),
        (
            r"\b(won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|can'?t|cant|never)\s+(\w+\s+)?(wake|get)\s+(\w+\s+)?up\s+(\w+\s+)?(for|in\s+time\s+for|to\s+go\s+to)\s+(school|work|class|college|uni|church)\b|"
            r"\bне\s+(просыпа\w*|проснется|проснётся|встает|встаёт|встанет|добудиться)\s+(\w+\s+)?(в|на|к)\s+(школ\w*|работ\w*|пар\w*|урок\w*|садик\w*|универ\w*)\b|"
            r"\bне\s+(прокида\w*|прокинеться|встає|встане|добудитися)\s+(\w+\s+)?(до|в|у|на)\s+(школ\w*|робот\w*|пар\w*|урок\w*|садоч\w*|садок|універ\w*)\b|"
            r"\bno\s+(se\s+)?(despierta\w*|levanta\w*)\s+(\w+\s+)?(para|a)\s+(ir\s+a\s+)?(la\s+|el\s+)?(escuela|trabajo|clase|clases|colegio|cole|prepa|uni|chamba)\b"
        ),
    ]
)

# -- the overdose word, and words that make it a happening rather than a question ----------------

_OD_WORD = compile_any(
    [
        r"\b(overdos\w*|overdoes\w*|overdoze\w*|ovredos\w*|ovrdos\w*|od|ods|od'?d|oded|od'?ed|od'?ing|oding)\b",
        r"\bodd?\s+(on|off)\b",
        r"\b(te|se|me)\s+(\w+\s+)?pasar\s+(solo\s+|nomas\s+|nada\s+mas\s+)?(con|de)\b|\b(si\s+)?te\s+pasas\s+(con|de)\b",
        r"\b(пере|пери|пер)д[оа][зс]\w*|\bпередоз\w*|\bпередазир\w*",
        r"\bperedoz\w*|\bperedaz\w*",
        r"\bsobre\s?dosi\w*|\bsobredos\w*|\bsobredoce\w*|\bsobre\s?doseo\w*",
    ]
)

_OD_HAPPENED = compile_any(
    [
        r"\b(overdosed|overdosing|od'?d|oded|od'?ed|od'?ing|oding|overdoesd|overdossed|overdozed)\b",
        r"\bodd?\s+(on|off)\b",
        r"\b(he'?s|she'?s|they'?re|i'?m|is|are|am|hes|shes|theyre|im|has|had|having)\s+(an?\s+)?(od|overdose)\b",
        r"\bпередозн\w*|\bпередозанул\w*|\bпередознув\w*|\bperedozn\w*",
        # GHB overdone by the drop (tune25 probes: "перекапал гб", "перекапала")
        r"\bперекапа(л|ла|ли|в)\b|\bperekapa(l|la|li|v)\b",
        (
            r"\b(у|в)\s+(него|нее|неё|нього|неї|ней|друга|подруги|подружки|парня|девушки|брата|сестры|мужа|жены|"
            r"соседа|соседки|сына|дочки|дочери|кента|кореша|братана|хлопця|дівчини|сестри|чоловіка|дружини|"
            r"сусіда|сина|доньки|мене|меня|нас|кого\s*то|когото|кого-то|одного|чувака|пацана|подруги)\s+"
            r"(\w+\s+){0,3}(передоз|передозировк|передозуванн|передоз\w*)"
        ),
        r"\b(tuvo|tiene|le\s+dio|le\s+esta\s+dando|esta\s+teniendo|teniendo|le\s+pego|hizo)\s+(una\s+|un\s+)?sobre\s?dosi",
        r"\bse\s+(me\s+|nos\s+|le\s+)?paso\s+(de|con)\s+(la\s+|el\s+|los\s+|las\s+)?(?!lanza|listo|lista|verga|rosca|vueltas|tiempo|hora|alcohol|chupe|pedo|copas|bebida|tragos?|cerveza|vino|comida|cafe)\w+",
        r"\bsobredosific\w*|\bse\s+sobredos\w*|\bse\s+paso\s+de\s+(dosis|la\s+dosis)|\bsobredoseo\b|\bsobredosio\b",
        r"\bse\s+(esta|estaba|nos\s+esta|me\s+esta)\s+pasando\b(?!\s+(de|con|conmigo|contigo|contra|la|el|los|las|mucho|un|una)\b)",
        r"\b(mi|un|una)\s+(amig[oa]|novi[oa]|carnal|compa|cuate|colega|herman[oa]|pana|bro|vato|chavo|chava|wey|guey|primo|prima|pareja|esposo|esposa|hij[oa])\w*\s+(\w+\s+){0,2}(en|con)\s+sobre\s?dosis",
    ]
)

# A general question about overdoses that names no overdose word: "lethal dose", "смертельная доза"
_OD_TOPIC = compile_any(
    [
        # a k-hole told apart from something serious (session 14, tune32: "как понять это к-хол или
        # что-то серьёзное", "cómo sé si es un k-hole o algo grave")
        r"\b(k\s*hole|к\s*хол\w*|кхол\w*|k\s*jol\w*)\b(\s+\w+){0,10}?\s+(серь[её]зн\w*|серйозн\w*|serious|grave|dangerous|опасн\w*|небезпечн\w*|peligros\w*|передоз\w*|overdos\w*|sobredosis)\b",
        r"\b(die|dying|died)\s+(from|of)\s+(too\s+much|an?\s+overdose|taking\s+too\s+much|mixing)\b",
        # a sudden bad turn asked about for anyone (Spain, session 18, tune41): "qué hacer si a alguien le
        # da un chungo", "si a un colega le da un jamacuco"
        r"\bsi\s+(a\s+)?(alguien|una\s+persona|un\s+amigo|una\s+amiga|un\s+colega|una\s+colega|uno|alguno)\s+(le\s+|te\s+)?(da|diera|dan|pega|entra)\s+(un|una)\s+(chungo|jamacuco|patatus|soponcio|telele|yuyu)\b",
        # ... "some day", to a friend of one's own (blind19-tune: "qué hago si un día a mi colega le da un
        # chungo con el G")
        r"\bsi\s+(algun\s+dia|un\s+dia|alguna\s+vez|en\s+algun\s+momento)\s+(a\s+)?(alguien|una\s+persona|uno|alguno|(mi|tu|un|una)\s+(colega|amig[oa]|compa|novi[oa]|pareja|herman[oa]|prim[oa]|chaval|tio|tia|carnal|cuate|pana))\s+(le\s+|te\s+)?(da|diera|dan|pega|entra)\s+(un|una)\s+(chungo|jamacuco|patatus|soponcio|telele|yuyu|pason|bajon|bajada)\b(?!\s+de\s+(risa|nervios|sueno|hambre|amor|pena))",
        r"\bумереть\s+от\s+(\w+\s+){0,2}(доз\w*|передоз\w*|слишком)|\bпомерти\s+від\s+(\w+\s+){0,2}(доз\w*|передоз\w*|занадто)",
        r"\bmorir(se)?\s+(por|de)\s+(mucha|mucho|demasiad\w*|una\s+sobredosis|sobredosis)\b",
        # blind15-tune (late round): a stimulant overdose by its slang name asked about ("what do you
        # look for when someone overamps"), and how little of a drug kills someone ("how small an
        # amount of fentanyl kills a person without tolerance", "сколько нужно фентанила чтобы человек
        # умер", "cuánto fentanilo hace falta para matar a alguien"); a person in general, not "me"
        r"\b(overamp\w*|over\s+amp(ed|ing|s)?)\b",
        r"\b(how\s+(much|little|many|small\s+an?\s+amount\s+of)|what\s+amount\s+of)\s+(\w+\s+){0,3}(does\s+it\s+take\s+to|it\s+takes\s+to|to|can|could|would|will)\s+(kill|od|overdose)\s+(\w+\s+)?(someone|somebody|a\s+person|a\s+human|you|an\s+adult|people)\b|\b(сколько|скільки)\s+(\w+\s+){0,3}(нужно|надо|треба|потрібно)\s+(\w+\s+){0,2}(чтобы|щоб|шоб)\s+(\w+\s+)?(человек|людина|люди)\s+(умер|умерли|помер|померла|померли|откинулся)\b|\bcuant[oa]s?\s+(\w+\s+){0,3}(hace\s+falta|se\s+necesita|necesitas)\s+para\s+(matar\s+a\s+(alguien|una\s+persona)|que\s+(alguien|una\s+persona)\s+se\s+muera)\b",
        r"\b(lethal|fatal|deadly)\s+dose\b|\bсмертельн\w*\s+доз\w*|\bлетальн\w*\s+доз\w*|\bсмертельн\w*\s+доз\w*",
        r"\bdosis\s+(letal|mortal)\b|\bдоз\w*\s+(\w+\s+){0,2}(смертельн\w*|летальн\w*)",
        # an amount said to be lethal, the other order (blind19-tune: "is there an amount of fent that's
        # just straight up lethal", "есть ли количество, которое точно смертельно", "hay una cantidad
        # que ya sea mortal")
        r"\b(amount|dose|quantity)\s+(of\s+\w+\s+)?(that'?s|thats|that\s+is|which\s+is|that\s+would\s+be|is)\s+(\w+\s+){0,3}(lethal|deadly|fatal)\b|\b(количеств\w*|кількіст\w*|доз\w*)\s+(\w+\s+){0,2}(котор\w*|яка|яку|що|шо|что)\s+(\w+\s+){0,2}(смертельн\w*|летальн\w*)|\b(cantidad|dosis)\s+(de\s+\w+\s+)?que\s+(\w+\s+){0,3}(letal|mortal)\b",
        # the recovery position, asked about
        # the safety position said loosely (blind6-tune): "la posición esa de seguridad", "de costado"
        r"\bposicion\s+(\w+\s+)?de\s+seguridad\b|\b(poner|pone|acostar|acuesta)\s+(a\s+)?(alguien|una\s+persona)\s+de\s+costado\b",
        r"\brecovery\s+position\b|\bвосстановительн\w*\s+положени\w*|\bстабільн\w*\s+боков\w*\s+положенн\w*|\bposicion\s+lateral\s+de\s+seguridad\b",
        # serotonin syndrome asked about (session 19, tune43: "qué es el síndrome serotoninérgico")
        r"\b(serotonin\w*\s+(syndrome|toxicity)|серотонинов\w*\s+синдром\w*|серотонінов\w*\s+синдром\w*|sindrome\s+serotonin\w*)\b",
        # heat stroke on a stimulant, asked in general ("como se ve un golpe de calor por md")
        r"\b(golpe\s+de\s+calor|heat\s*stroke|hyperthermia|hipertermia|тепло(вой|вий)\s+удар\w*|гипертерми\w*|гіпертермі\w*)\b",
        # alcohol poisoning, dying from one pill, a drug causing seizures: asked in general
        r"\b(alcohol|alcoholic)\s+poisoning\b|\b(отравлени\w*|отравить\w*|отравит\w*)\s+(\w+\s+)?алкогол\w*|\bалкогольн\w*\s+(отравлени\w*|кома)|\b(отруєнн\w*|отруїти\w*|отруїт\w*)\s+(\w+\s+)?алкогол\w*|\bалкогольн\w*\s+(отруєнн\w*|кома)|\bintoxicacion\s+(etilica|alcoholica|por\s+alcohol)|\bcoma\s+etilico\b",
        r"\b(die|dying|died|od|overdose)\s+(from|of|on)\s+(just\s+)?(one|a\s+single|a|1|half\s+a)\s+(\w+\s+)?(pill|tab|tablet|line|hit|bump|press|bar|dose)\b|\b(умереть|помереть|сдохнуть|померти|вмерти|здохнути)\s+от\s+(одной|1|половины)\b|\b(померти|вмерти|здохнути)\s+від\s+(однієї|одної|1|половини)\b|\bmorir(se)?\s+(de|por|con)\s+(una|1|media)\s+(sola\s+)?(pastilla|pasti|pastita|raya|dosis|tableta)\b",
        r"\b(cause|causes|give\s+you|gives\s+you|trigger|triggers|lead\s+to|bring\s+on)\s+(a\s+)?(seizures?|fits?|convulsions?)\b|\b(вызвать|вызывает|вызывают|спровоцировать)\s+(\w+\s+)?(судорог\w*|припад\w*|приступ\w*)|\b(викликати|викликає|викликають|спровокувати)\s+(\w+\s+)?(судом\w*|напад\w*|конвульс\w*)|\b(dar|da|causar|causa|provocar|provoca)\s+(\w+\s+)?(convulsiones|ataques|crisis\s+convulsivas)\b",
    ]
)

# A time long past: "I OD'd last year", "умер от передоза много лет назад"
_PAST = compile_any(
    [
        # session 23 (emerg, tune51): a year gone by ("back in 2018 i was found blue", "в 2018 меня
        # нашли", "у 2018 мене знайшли", "en 2018 me encontraron")
        r"\b(back\s+in|in|в|у|en|en\s+el)\s+(19[5-9]\d|20[01]\d|202[0-4])(\s+(году|г|році|р))?\b",
        r"\b(last|a|one|two|three|four|five|few|couple|\d+)\s+(of\s+)?(year|years|month|months|week|weeks)\s+(ago|back)\b|\blast\s+(year|month|week|summer|winter|spring|fall|autumn)\b|\byears\s+(ago|back)\b|\bin\s+the\s+past\b|\bsurvived\b|\bback\s+in\s+\d+",
        r"\b(так|такое)\s+было\s+раньше\b|\bраньше\s+(так\s+)?было\b|\bраніше\s+(так\s+)?було\b|\bтак\s+було\s+раніше\b|\bused\s+to\s+happen\b|\bme\s+pasaba\s+antes\b|\b(in|en|в|у|back\s+in|since|desde)\s+(19[6-9]\d|20[0-2]\d)\b|\blast\s+weekend\b|\bна\s+прошл\w+\s+(выходн\w*|неделе)|\bна\s+минул\w+\s+(вихідн\w*|тижні)|\b(el\s+)?(finde|fin\s+de\s+semana)\s+pasado\b",
        # fine by the morning (blind6-tune): "але вранці прокинувся норм", "was totally fine by morning"
        r"\b(вранці|зранку|утром|наутро|al\s+otro\s+dia|a\s+la\s+manana)\s+(\w+\s+){0,2}(прокинувся|прокинулась|проснулся|проснулась|був|була|был|была|estaba|desperto)\s+(\w+\s+)?(норм\w*|як\s+огірок|как\s+огурец|perfect[oa]|bien|fine)\b|\b(was|were)\s+(\w+\s+)?fine\s+(by|in\s+the)\s+morning\b",
        r"\bвс[её]\s+обошлось\b|\bвсе\s+обійшлося\b|\bвсе\s+обійшлось\b|\btodo\s+salio\s+bien\b|\b(it\s+)?(all\s+)?turned\s+out\s+(fine|ok|okay)\b",
        r"\bв\s+(поза)?прошлом\s+(году|месяце)|\b(год|года|лет|месяц\w*|недел\w*)\s+назад\b|\bмного\s+лет\b|\bкогда[-\s]то\b|\bвыжил[аи]?\b",
        r"\b(поза)?минулого\s+(року|місяця)|\bпозаторік\b|\b(рік|роки|років|місяц\w*|тижн\w*)\s+тому\b|\bбагато\s+років\b|\bколись\b|\bвижи(в|ла|ли)\b",
        # home again after it, revived and home ("he is home from hospital now", "его откачали и он уже
        # дома", "ya salió del hospital", "відкачали"): the story is over
        (
            r"\b(home|back)\s+from\s+(the\s+)?(hospital|er|a\s+and\s+e|a&e)\b|\b(out\s+of|discharged\s+from|left\s+the)\s+(the\s+)?hospital\b|\b(уже|вже)\s+(дома|вдома|удома)\b|"
            r"\b(откачали|відкачали|выписали|виписали|реанимировали|реанімували)\b|\b(ya\s+)?(salio|le\s+dieron\s+de\s+alta)\s+del\s+hospital\b|\b(se\s+recupero|esta\s+recuperandose|se\s+esta\s+recuperando)\b|"
            r"\b(прошлым|минулого|прошлой|минулої)\s+(летом|зимой|весной|осенью|літа|зими|весни|осені)\b|\b(летом|зимой)\s+(прошлого|минулого)\s+(года|року)\b|\bторік\b|\bторик\b|\b(el\s+)?(verano|invierno|otono|primavera)\s+pasado\b"
        ),
        (
            r"\b(came\s+(round|around|to)|woke\s+up|очнул(ся|ась)|пришел\s+в\s+себя|пришла\s+в\s+себя|очуня(в|ла)|прийш(ов|ла)\s+до\s+тями|volvio\s+en\s+si|desperto)\s+(\w+\s+)?(fine|ok|okay|нормально|норм|добре|bien)\b(?!\s+(but|но|але|pero)\b)|"
            r"\b(fine|нормально|норм|добре)\s+(очнул(ся|ась)|очуня(в|ла)|пришел\s+в\s+себя|прийш(ов|ла)\s+до\s+тями)\b(?!\s+(но|але)\b)|"
            r"\b(now|сейчас|щас|зараз|ahora)\s+(all\s+|everything'?s\s+|everything\s+is\s+|вс[её]\s+|все\s+|усе\s+|todo\s+(esta\s+)?)(fine|ok|okay|good|норм\w*|в\s+порядке|в\s+порядку|добре|bien)\b(?!\s+(but|но|але|pero)\b)"
        ),
        # an age or a decade long past, youth: "at 22 i overdosed", "в 22 года", "a los 22", "en los 80",
        # "подростком", "de adolescente", "when i was a teen"
        (
            r"\bat\s+(1[3-9]|[2-6]\d)\b(?!\s+(am|pm|o'?clock|h|hrs|mg|ml|\d))(?!\s+(\w+\s+){1,2}(st|street|rd|road|ave|avenue|av|lane|ln|blvd|boulevard|drive|dr|way|court|ct|place|pl|crescent|close|terrace|square|sq|park|hwy|highway|apt|apartment|flat|unit)\b)|\bwhen\s+i\s+was\s+(1[3-9]|[2-6]\d|a\s+teen\w*|young|a\s+kid|younger|in\s+(college|school|uni))\b|\bas\s+a\s+(teen\w*|kid|student)\b|\bin\s+the\s+(19)?[5-9]0'?s\b|"
            r"\b(в|у)\s+(1[3-9]|[2-6]\d)\s+(лет|года|год|років|роки|рік)\b|\b(в|у)\s+(19)?[5-9]0\s+(е|х|ые|ті|ти|тих)\b|\bподростком\b|\bпідлітком\b|\bребенком\b|\bдитиною\b|\bв\s+(молодости|юности|детстве)\b|\bв\s+(молодості|юності|дитинстві)\b|\bоднажды\b|\bодного\s+разу\b|"
            r"\ba\s+los\s+(1[3-9]|[2-6]\d)\b|\ben\s+los\s+(19)?[5-9]0'?s?\b|\bcuando\s+(tenia|era)\s+(\d\d|chav[oa]|joven|adolescente|nin[oa])\b|\bde\s+(adolescente|chaval\w*|joven|chav[oa]|chic[oa]|nin[oa]|pequen[oa]|peque|morr[oa]|chamac[oa]|pibe|piba|cri[oa])\b|\b(as\s+a\s+child|in\s+(my|his|her)\s+childhood|when\s+(i|he|she)\s+was\s+little)\b|"
            r"\b(recovering|recovers)\s+(from|after)\b|\b(восстанавливается|одужує|відновлюється)\s+(после|після)\b"
        ),
        # someone else's story retold ("my mate told me he stopped breathing once"), anaesthesia
        (
            r"\b(told\s+me|told\s+us|рассказал\w*|розповів|розповіла|розповідав|me\s+conto|nos\s+conto|me\s+contaba)\b.{0,60}\b(once|однажды|одного\s+разу|una\s+vez|years?\s+ago)\b|"
            r"\b(under\s+(general\s+)?an(a)?esthe\w*|during\s+(my\s+|the\s+|his\s+|her\s+)?(surgery|operation)|под\s+наркозом|під\s+наркозом|con\s+la\s+anestesia|bajo\s+anestesia)\b|"
            r"\b(gave|give|put)\s+(me|him|her)\s+(the\s+|an\s+)?an(a)?esthe\w*|\b(дали|дал|ввели|дають|давали)\s+(мне\s+|мені\s+)?наркоз\w*|\bme\s+(pusieron|dieron)\s+(la\s+)?anestesia\b"
        ),
        # session 14 (tune32): came to and recovered ("дали воды и он оклемался", "оговтався", "he
        # recovered", "was fine after some water")
        # (not "так и не оклемался", "hasn't recovered": still out; only at the message's end, not
        # "оклемался, а потом опять вырубился")
        r"(?<!не )(?<!ні )\b(оклемал(ся|ась|ись)|оклема(вся|лась|лися)|оговта(вся|лась|лися)|очуха(лся|лась|вся)|(he|she|they|i|we)\s+(fully\s+)?recovered)(\s+(быстро|сразу|полностью|швидко|одразу|повністю|quickly|fast|fully|completely|fine))?\s*$|\b(was|were)\s+(totally\s+|completely\s+)?fine\s+after\b",
        # yesterday's scare, fine today ("вчера губы синие были, сегодня норм", "ayer ... hoy está bien")
        r"\b(вчера|вчора|yesterday|ayer|anoche|last\s+night)\b.{0,100}\b(сегодня|сьогодні|today|hoy)\s+((?!(не|ні|not|no|isn'?t|isnt)\b)\w+\s+){0,2}(норм\w*|fine|ok|okay|good|alright|bien|в\s+порядке|в\s+порядку|добре|хорошо)\b",
        # a habit of the past ("my ex used to overdose all the time", "постоянно передозился",
        # "se pasaba de dosis todo el tiempo"); not "clean a year, used tonight", a relapse now
        r"\bused\s+to\s+(od|overdose|o\s+d|pass\s+out|go\s+blue|have\s+(fits|seizures))\b|\b(раньше|постоянно|часто|бывало)\s+(\w+\s+)?передоз(ил|ился|илась|нулся|нулась)\b|\b(раніше|постійно|часто)\s+(\w+\s+)?передоз(ився|илась|нувся|нулася)\b|\bse\s+pasaba\s+de\s+dosis\b|\bsolia\s+(tener\s+)?sobredosis\b",
        # a false alarm that ended ("думали он передознулся а он просто был в хлам, проспался",
        # "we thought he overdosed but he was just drunk, slept it off", "solo estaba pedo, durmió y ya")
        r"(?<!не )(?<!ні )\b(slept\s+it\s+off|проспал(ся|ась|ись)|проспа(вся|лась|лися)|durmio\s+y\s+ya|durmio\s+la\s+mona)\b",
        r"\b(thought|думали|думал|думала|думав|pensamos|pense|pensaba|creimos)\b(\s+\w+){0,8}?\s+(but|а|но|але|pero|y)\s+(\w+\s+){0,3}(just|просто|solo|nomas)\s+(\w+\s+){0,3}(drunk|wasted|asleep|sleeping|пьян\w*|п'?ян\w*|в\s+хлам|в\s+дрова|в\s+зюзю|спал|спала|спав|спит|спить|pedo|borrach[oa]|dormid[oa]|dormia|durmiendo)\b",
        r"\bминулого\s+тижня\b|\b(с|на)\s+прошлой\s+недел\w*|\bна\s+минулому\s+тижні\b",
        # session 15 (tune34): last weekend or a weekday gone ("в прошлые выходные", "минулих вихідних",
        # "el finde pasado", "last saturday")
        r"\b(в|на)\s+прошл\w+\s+(выходн\w*|субботу|пятницу|воскресенье)|\bпрошлых\s+выходных\b|\b(в|на|у)\s+минул\w+\s+(вихідн\w*|суботу|п'?ятницю|неділю)|\bминулих\s+вихідних\b|\blast\s+(saturday|friday|sunday)\b|\b(el\s+)?(finde|fin\s+de\s+semana|sabado|viernes|domingo)\s+pasado\b",
        r"\bya\s+se\s+(le|me|nos|les)\s+paso\b(?!\s+(la\s+mano|con|de|el\s+efecto\s+de\s+la\s+naloxona))",
        # "але вже все добре", "ya todo bien", "уже всё нормально" (blind7-tune): all well again
        r"\b(уже|вже|ya)\s+(все|вс[её]|усе|todo)\s+(добре|хорошо|нормально|норм|гаразд|в\s+порядке|в\s+порядку|bien|ok|okay)\b(?!\s+(but|но|але|pero|или|чи|o)\b)",
        r"\b(he'?s|she'?s|hes|shes|is|they'?re|all|everything'?s|everything\s+is|i'?m|im|we'?re)\s+(all\s+)?(fine|ok|okay|better|alright|good)\s+now\b|\bya\s+esta\s+(mejor|bien)\b|\bуже\s+(лучше|в\s+порядке|норм)\b|\bвже\s+(краще|в\s+порядку|норм)\b|\bdesde\s+que\b(?!\s+(me\s+|se\s+|le\s+|nos\s+)?(meti|metio|tome|tomo|fume|fumo|inyecte|inyecto|pique|pico|esnife|esnifo|jale|jalo|consumi|consumio|trague|trago|bebi|bebio)\b)",
        # "hace un par de años" (blind8-tune), "пару лет назад" has its own "лет назад"
        r"\bhace\s+(un\s+par\s+de|par\s+de)\s+(anos|meses|semanas)\b",
        r"\bhace\s+(un|una|dos|tres|cuatro|cinco|unos|unas|\d+|muchos|varios|algunos)\s+(ano|anos|mes|meses|semana|semanas)\b|\bhace\s+(anos|meses|tiempo|mucho\s+tiempo)\b|\b(el|la)\s+(ano|mes|semana)\s+pasad[oa]\b|\bsobrevivi\w*",
    ]
)

# "now all is well": a "now" that tells the end of a story, not urgency
_NOW_FINE = compile_any(
    [
        # "coughed and is laughing now" (session 15, tune34): a child fine again, "now" no urgency
        r"\b(laughing|giggling|smiling|playing)\s+(again\s+)?now\b|\bnow\s+(he'?s|she'?s|hes|shes|he\s+is|she\s+is)\s+(laughing|giggling|smiling|playing)\b",
        # "but he recovered quickly" (session 14): "quick" there is no urgency
        r"\b(recovered|came\s+round|came\s+to|bounced\s+back)\s+(really\s+|very\s+|pretty\s+)?(quickly|quick|fast)\b",
        # "в дитинстві були судоми, зараз нема", "de chico tenía convulsiones, ahora nada" (tune25): the
        # message ends on nothing now
        r"\b(now|сейчас|щас|зараз|ahora|ya)\s+(уже\s+|вже\s+|ya\s+)?(none|nothing|нет|нету|нема|немає|ничего|нічого|nada|ninguna|ninguno)\s$",
        r"\b(сейчас|зараз|now|ahora)\s+(уже\s+|вже\s+|ya\s+)?(не|no|don'?t|dont)\s+(употребляю|вживаю|use|consumo|колюсь|курю)\b|\b(now|сейчас|щас|зараз|ahora|ahorita)\s+(\w+\s+){0,2}(fine|ok|okay|good|alright|better|sober|clean|норм\w*|хорошо|в\s+порядке|лучше|добре|гаразд|в\s+порядку|краще|bien|mejor|ок|окей|чист\w*|трезв\w*|тверез\w*|limpi[oa]|sobri[oa])\b",
        # "сейчас у него всё отлично", "зараз у нього все супер", "ahora está limpio y re bien" (tune28):
        # a happy end told with more words between
        r"\b(now|сейчас|щас|зараз|тепер|теперь|ahora|ahorita)\s+(\w+\s+){0,4}(отлично|прекрасно|чудово|відмінно|супер|great|brilliant|thriving|limpi[oa]|genial|perfect[oa]|re\s+bien|muy\s+bien)\b(?!\s+(but|но|але|pero)\b)",
        # "сейчас 10 месяцев не употребляю", "ahora llevo 10 meses sin usar": time since, told after
        r"\b(now|сейчас|щас|зараз|ahora)\s+(\w+\s+){0,2}(\d+|один|одна|два|дві|три|пять|п'?ять|шесть|шість|un|una|dos|tres)\s+(months?|years?|weeks?|месяц\w*|мес|міс|лет|год\w*|недел\w*|місяц\w*|рок\w*|років|тижн\w*|meses|mes|anos|ano|semanas)\s+(\w+\s+)?(clean|sober|off|не\s+употребля\w*|не\s+вжива\w*|не\s+колюсь|не\s+колю(ся|сь)|без|sin|limpi[oa]|чист\w*|трезв\w*|тверез\w*)",
        # home again (session 18, tune41): "he's home now", "уже дома", "вже вдома", "ya está en casa"
        r"\b(he'?s|she'?s|hes|shes|he\s+is|she\s+is|they'?re|theyre)\s+(back\s+)?home\s+(now|again)\b|\b(уже|вже|теперь|тепер|сейчас|зараз)\s+(дома|вдома)\b|\bya\s+esta\s+en\s+(casa|su\s+casa)\b",
        # "she's all good now", "he's fine now" (blind7-tune): the "now" after the fine word
        # ... unless a "but" turns to someone not fine or still in danger ("i'm fine now but he isnt",
        # session 23; "he's fine now, but should I worry" stays a happy end)
        r"\b(all\s+)?(fine|ok|okay|good|alright|better|grand|great|well|brilliant|amazing|sound)\s+(now|rn)\b(?!\s*,?\s*(but|но|але|pero)\s+([\w']+\s+){0,3}(isn'?t|isnt|is\s+not|not(?!\s+sure)|aren'?t|still|не|ні|досі|no|sigue)\b)",
        # "зараз він на ЗПТ і працює водієм", "now she works and studies": a life now, told after
        (
            r"\b(now|сейчас|щас|зараз|тепер|теперь|ahora|hoy)\s+(\w+\s+){0,3}(volunteer\w*|волонт[её]р\w*|voluntari[oa]s?|працює|работает|works|working|trabaja|trabajando|вчиться|учится|studies|estudia|на\s+зпт|на\s+заместительной|на\s+метадоне|на\s+метадоні|on\s+(methadone|bupe|suboxone|subutex)|en\s+(tratamiento|metadona)|в\s+ремісії|в\s+ремиссии|in\s+recovery|sober|clean|"
            # session 13 (tune30): "сейчас он в завязке", "зараз він у зав'язці", "ahora está en recuperación"
            r"(в|у)\s+завязке|(в|у)\s+зав'?язці|в\s+завязе|en\s+recuperacion|rehabilitad[oa]|recuperad[oa])\b"
        ),
        # "сейчас он в завязке и всё хорошо", "зараз з ним усе добре", "now he's clean and everything is good"
        r"\b(now|сейчас|щас|зараз|тепер|теперь|ahora)\s+(\w+\s+){0,5}(вс[её]|усе|todo|everything'?s|everything\s+is)\s+(\w+\s+)?(хорошо|добре|норм\w*|в\s+порядке|в\s+порядку|гаразд|отлично|чудово|bien|fine|good|ok|okay|great)\b(?!\s+(but|но|але|pero)\b)",
        # back to a life now, after a story told (blind9-tune): "he runs again now", "ahora toma
        # medicación y está bien", "сейчас снова бегает"
        r"\b(runs|running|works|working|trains|training|plays|playing|races|racing|drives|driving|studies|studying)\s+(\w+\s+)?again\s+now\b|\b(now|сейчас|щас|зараз|тепер|теперь|ahora|ya)\s+(\w+\s+){0,2}(again|снова|опять|знову|знов|otra\s+vez|de\s+nuevo)\s+(runs|running|works|working|trains|training|plays|бега\w*|работа\w*|тренир\w*|біга\w*|працю\w*|тренує\w*|corre|trabaja|entrena|juega)\b",
        r"\b(now|сейчас|щас|зараз|тепер|теперь|ahora|hoy)\s+(\w+\s+){0,3}(takes\s+(\w+\s+)?(meds|medication|medicine)|on\s+(meds|medication)|toma\s+(\w+\s+)?(medicacion|medicamentos|tratamiento)|принимает\s+(\w+\s+)?(лекарств\w*|препарат\w*)|приймає\s+(\w+\s+)?(ліки|препарат\w*)|лечится|лікується|en\s+tratamiento)\b",
        # session 20 (tune45): under control now after a story ("ahora está controlada con medicación",
        # "сейчас под контролем", "зараз стабільний", "now it's under control")
        r"\b(now|сейчас|щас|зараз|тепер|теперь|ahora|hoy)\s+(\w+\s+){0,3}(under\s+control|controlled|stable|controlad[oa]s?|estable|bajo\s+control|под\s+контролем|під\s+контролем|стабильн\w*|стабільн\w*)\b(?!\s+(but|но|але|pero)\b)",
        # blind17-tune (late round, session 20): alive and well now after a story ("зараз живий
        # здоровий", "сейчас жив-здоров", "ahora está vivo y sano", "now he's alive and well")
        r"\b(now|сейчас|щас|зараз|тепер|теперь|ahora)\s+(\w+\s+){0,2}(жив|живой|жива|живий|живі|живые|alive|viv[oa]s?)\s+(и\s+|і\s+|й\s+|y\s+|and\s+)?(здоров\w*|well|kicking|san[oa]s?|bien)\b(?!\s+(but|но|але|pero)\b)",
        # tune47 (session 21, emerg): no longer using now, said of someone else after a story ("зараз
        # живий і вже не вживає", "сейчас он больше не употребляет", "now he doesn't use anymore",
        # "ahora ya no consume"): a life now, told after
        r"\b(now|сейчас|щас|зараз|тепер|теперь|ahora|hoy)\s+((?!(не|ні|no|знову|опять|снова|again|otra)\b)\w+\s+){0,4}(уже\s+|вже\s+|больше\s+|більше\s+|ya\s+)?(не|no)\s+(употребляет|употребляют|вживає|вживають|колется|колеться|колются|торчит|бухает|consume|consumen|usa|se\s+mete|se\s+droga|toma)\b(?!\s+(but|но|але|pero)\b)|\b(now|rn)\s+((?!(not|isn'?t|isnt|again)\b)\w+\s+){0,3}(doesn'?t|doesnt|does\s+not|no\s+longer)\s+(use|uses|using|drink|touch\s+(it|anything|drugs|the\s+stuff))\b",
        # session 23 (emerg, tune51): whether it is safe to use now, asked after an old story ("tuve
        # una convulsión con tramadol hace dos años, ¿es seguro tomar una dosis pequeña ahora?",
        # "можно ли сейчас маленькую дозу", "is it safe to take a small dose now")
        r"\b(is\s+it\s+(safe|ok|okay)|safe\s+to|can\s+i|could\s+i|should\s+i|es\s+seguro|sera\s+seguro|puedo|podria|se\s+puede|можно\s+ли|можно|безопасно\s+ли|чи\s+можна|чи\s+безпечно|можна)\s+(\w+\s+){0,6}(now|these\s+days|ahora|hoy\s+en\s+dia|сейчас|щас|теперь|зараз|тепер)\b",
        # "что сейчас важно знать": a question about today after a story, not urgency
        r"\b(now|сейчас|щас|зараз|ahora)\s+(важно|важливо|нужно|треба|потрібно|should\s+i|do\s+i\s+need\s+to|debo)\s+(\w+\s+)?(знать|знати|know|saber)\b",
    ]
)

# The ambulance or help that came quickly, in a story told after (tune47, session 21, emerg: "скорая
# приехала быстро", "швидка швидко приїхала", "the paramedics got there quick", "la ambulancia llegó
# rápido"): "quickly" there tells the past, it is no hurry now
_HELP_CAME_FAST = compile_any(
    [
        r"\b(приехал\w*|прибыл\w*|приїха\w*|прибу(в|ла|ли)|arrived|came|got\s+there|showed\s+up|turned\s+up|llego|llegaron|vino|vinieron)\s+(\w+\s+)?(очень\s+|дуже\s+|really\s+|super\s+|muy\s+|bien\s+)?(быстро|швидко|quick|quickly|fast|rapido|rapidisimo|enseguida)\b",
        r"\b(быстро|швидко|quickly|fast|rapido|enseguida)\s+(\w+\s+)?(приехал\w*|прибыл\w*|приїха\w*|прибу(в|ла|ли)|arrived|came|llego|llegaron|vino|vinieron)\b",
    ]
)

# Words that put an overdose in this minute even beside a past time ("he OD'd last year and again rn")
_RIGHT_NOW = compile_any(
    [
        r"\bright\s+now\b|\brn\b|\bjust\s+now\b|\bпрямо\s+сейчас\b|\bпросто\s+зараз\b|\bahorita\b|\bahora\s+mismo\b|\ben\s+este\s+momento\b",
        # a grave state said to last still (session 23, emerg: "i'm fine now but my friend is still blue
        # and not breathing", "он до сих пор синий", "вона досі не дихає", "sigue sin respirar")
        r"\b(still|до\s+сих\s+пор|вс[её]\s+ещ[её]|досі|досих\s+пір|sigue|todavia|aun)\s+((is|has|он|она|він|вона|esta)\s+)?(blue|grey|gray|purple|not\s+breathing|unconscious|unresponsive|out\s+cold|син(ий|яя|ій|я)|сер(ый|ая)|сір(ий|а)|не\s+дыш\w*|не\s+диха\w*|без\s+сознани\w*|без\s+тями|в\s+отключке|у\s+відключці|не\s+(реагир\w*|реагу\w*|просыпа\w*|прокида\w*)|sin\s+(respirar|reaccionar|despertar)|azul|morad[oa]|inconsciente)\b",
    ]
)

# "he can't breathe well when he smokes crack, is that bad?" describes a habit, not this minute.
_HABITUAL = compile_any(
    [
        r"\bwhen(ever)?\s+(he|she|they|i|you|u)\s+(smoke|smokes|use|uses|take|takes|drink|drinks|shoot|shoots|snort|snorts)\b",
        r"\bкогда\s+(курит|употребляет|пьет|колется|нюхает|курю|употребляю)\b|\bколи\s+(курить|вживає|п'?є|колеться|нюхає|курю|вживаю)\b",
        r"\bcuando\s+(fuma|consume|toma|bebe|se\s+inyecta|fumo|consumo|tomo)\b",
        # "why did my lips go blue last time i did fent": the person asks about a time past
        # "la próxima vez cómo sé si es sobredosis", "next time how do I tell": a time to come (tune25)
        r"\b(next\s+time|la\s+proxima\s+vez|в\s+следующий\s+раз|наступного\s+разу|наступного\s+разу)\b(?!\s+(is|will\s+be|будет|буде)\b)",
        r"\b(last\s+time|the\s+time)\s+(i|we)\s+(did|used|took|had|tried|smoked|shot|snorted|used)\b|\bв\s+прошлый\s+раз\b|\bминулого\s+разу\b|\bla\s+ultima\s+vez\s+que\s+(me|use|tome|consumi|fume|lo|la)\b",
    ]
)

_PERSON = compile_any(
    [
        # not "my whole script", "my own pills" (blind20-tune, session 23 late): a thing, no person
        r"\b(my|our)\s+(?!(whole|entire|own|last|script|prescription|meds|pills|stash|supply|bottle|pack|dose|life)\b)\w+",
        r"\b(he|she|they|him|her|hes|shes|he's|she's|they're|theyre)\b",
        r"\b(friend|bf|gf|boyfriend|girlfriend|roommate|mate|buddy|bro|brother|sister|partner|husband|wife|son|daughter|guy here|girl here)\b",
        r"\b(у|в)\s+(него|нее|ней|нього|неї|друга|подруги|парня|девушки|брата|сестры|мужа|жены|хлопця|дівчини)\b",
        r"\b(чел|чувак|мужик|пацан|девчонка|тип|u\s+druga|u\s+podrug\w*|u\s+nego|u\s+nee|v\s+nyogo|v\s+neyi)\b",
        r"\b(он|она|они|він|вона|вони|друг|подруга|подружка|кент|кореш|братан|пацан|чувак|брат|сестра|парень|девушка|хлопець|дівчина)\b",
        # him or her (session 18, tune41): "скорую вызывать если его бьет в судорогах", "якщо його трусить"
        r"\b(его|ее|её|ему|ей|його|її|йому|їй|нього|неї)\b",
        r"\b(mi|mis)\s+\w+",
        r"\b(ella|ellos|le|lo)\b|\b(la|el)\s+(encontr\w*|vi|veo|tengo|dejo|deje)\b",
        r"\b(amig[oa]|carnal|compa|cuate|colega|novi[oa]|wey|guey|chavo|tio|tia)\b",
    ]
)

_URGENT = compile_any(
    [
        r"\bhappening\b|\bin my (car|place|house|flat|room|bathroom)\b|\bat my place\b|\bhelp\b|\bhelpp?\b|\bnow\b|\brn\b|\burgent|\bquick|\bhurry|\bplease\b|\bpls\b|\bplz\b|\bsos\b|\bemergency\b",
        r"\bwhat (do|should|can) (i|we) do\b|\bwhat do i do\b|\bwhat now\b|\bwat do\b|\bwhat to do\b",
        r"\bпомогите\b|\bпомоги\b|\bсрочно\b|\bбыстро\b|\bскорее\b|\bчто\s+делать\b|\bчо\s+делать\b|\bче\s+делать\b|\bшо\s+делать\b|\bчто\s+мне\s+делать\b",
        r"\bсейчас\b|\bщас\b|\bпрямо\b",
        r"\bдопоможіть\b|\bдопоможи\b|\bпоможіть\b|\bтерміново\b|\bшвидко\b|\bщо\s+робити\b|\bшо\s+робити\b|\bзараз\b",
        r"\bayuda\b|\bayudame\b|\bayudenme\b|\burgente\b|\brapido\b|\bya\s+mismo\b|\bahora\b|\bahorita\b|\bque\s+hago\b|\bq\s+hago\b|\bk\s+hago\b|\bque\s+hacemos\b|\bsocorro\b",
        r"\bpomogite\b|\bpomogi\b|\b(chto|shto|cho|che|sho)\s+delat|\bsrochno\b|\b(shcho|scho|sho|shso)\s+robyty\b|\bdopomozh\w*|\bterminovo\b",
    ]
)

_SUSPECT = compile_any(
    [
        r"\bi think\b|\bi thnk\b|\bpretty sure\b|\bmight be\b|\bmaybe\b|\blooks like\b|\bseems like\b",
        r"\bкажется\b|\bпохоже\b|\bпоходу\b|\bпо\s+ходу\b|\bвроде\b|\bдумаю\b|\bсхоже\b|\bздається\b|\bмабуть\b|\bвидимо\b|\bнаверное\b",
        r"\bcreo\s+que\b|\bparece\s+que\b|\bcreo\b",
    ]
)

# "can one overdose" said with "можно"/"можна" and no "ли" (tune47, session 21; see _session21_asked)
_CAN_ONE_OD = r"\b(можно|можна|реально|возможно|можливо|mozhno|mozhna)\s+(\w+\s+)?(передоз\w*|передознут\w*|передознуться|передознутись|передознутися|словить\s+передоз|получить\s+передоз|отримати\s+передоз|peredoz\w*)\b"

_GENERAL = compile_any(
    [
        # blind14-tune (late round): how easy it is to overdose, said in general ("кажуть після тюрми
        # легко передознутись", "говорят после перерыва проще передознуться", "easy to OD after a
        # break", "es más fácil pasarse")
        r"\b(легко|легше|легче|проще|простіше|easy|easier|mas\s+facil|facil)\s+(\w+\s+)?(передоз\w*|перед[оа]з\w*|overdos\w*|od|pasarse|sobredosis)\b",
        # a myth asked about (blind6-tune): "это правда или байка", "це міф?", "es mito?"
        r"\b(это|це|is\s+(that|this|it))\s+(\w+\s+)?(миф|міф|байка|myth|a\s+myth)\b|\b(или|чи|або|or)\s+(это\s+|це\s+)?(байка|миф|міф|myth|a\s+myth|bs)\b|\bes\s+(un\s+)?mito\b|\bo\s+es\s+(un\s+)?mito\b",
        # does a drug cause seizures, how to come off without them: asked in general
        (
            r"\b(бывают|бувають|буває|вызывает|вызывают|викликає|викликають|дает|дают|дає|дають|gives?|will\s+\w+\s+give\s+(you|me)|con\s+que\s+(te\s+)?(den|de)|будут|будуть|бывает|может\s+(\w+\s+)?(дать|вызвать|быть)|могут\s+(\w+\s+)?(дать|вызвать|быть)|може\s+(\w+\s+)?(дати|викликати|бути)|можуть|чого|от\s+чего|від\s+чого|"
            r"da|dan|dara|puede\s+(\w+\s+)?(dar|causar|provocar)|causa|provoca|sin\s+que\s+(me|le|te)\s+(den|de)|without|can\s+\w+\s+(cause|give)|cause|causes)\s+(\w+\s+){0,2}"
            r"(судорог\w*|судом\w*|конвульс\w*|convulsion\w*|seizures?|fits?)\b|\bбез\s+(судорог|судом|конвульсий|конвульсій)\b|\bsin\s+convulsiones\b|\bwithout\s+(a\s+)?seizures?\b"
        ),
        # "is it true that fent makes your lips go blue", "la heroína hace que se pongan azules"
        r"\bhay\s+que\s+(darle|dar|meterle|ponerle|hacerle)\b|\b(надо|нужно|треба|потрібно)\s+(ли\s+)?(давать|дать|давати|дати)\b|\bshould\s+you\s+(give|put)\b|\bis\s+it\s+true\b|\bmakes?\s+(your|you|people|someone'?s?|the)\b|\b(правда\s+ли|правда\s+що|чи\s+правда)\b|\bes\s+(verdad|cierto)\s+que\b|\bhace\s+que\s+(se\s+)?(te\s+)?(pongan|ponga|pone)\b|\b(puede|pueden)\s+(\w+\s+)?hacer\s+que\b",
        # English
        r"\bsigns?\b(?!\s+of\s+life)|\bsomeone who\b|\bsomebody who\b|\ba person who\b|\bhelp someone\b|\bhow (common|often|likely|fast|quickly|soon)\b|\bsymptoms?\b|\bsympt\w*|\brecogni[sz]e|\bspot\b|\btell if\b|\btell when\b|\bknow if\b|\bknow when\b",
        r"\bhow (do|can|would|could) (you|i|one|u) (know|tell|recognize|recognise|spot)\b|\bhow to (know|tell|recognize|recognise|spot)\b",
        r"\b(?<!no )es\s+(peligroso|normal|malo|grave)\b|\bpeligros\w*|\bdifference\s+between\b|\bdiffer\b|\bvs\b|\bversus\b|\bor\s+just\b|\bразниц\w*|\bрізниц\w*|\bdiferencia\w*|\bdistingu\w*|\bque\s+tan\s+(rapido|pronto|facil|comun|seguido)\b|\bкак\s+быстро\b|\bчерез\s+сколько\b|\bяк\s+швидко\b|\bчерез\s+скільки\b",
        r"\bprevent|\bavoid|\brisk|\bchance|\bsafe\b|\bsafer\b|\bstatisti|\bawareness\b|\bdeaths\b|\brates?\b(?!\s+(is\s+|at\s+|like\s+|of\s+|over\s+)?(\d|through|sky|insane|crazy|mad))|\bстатисти\w*|\bсмертност\w*|\bestadistic\w*|\bmuertes\b",
        r"\bcan (you|u|i|one|someone|people|a person|he|she|my)\b.{0,30}\b(overdose|od)\b|\bis it possible\b|\bpossible to\b|\bcan (you|u) die\b",
        r"\bhow (much|many)\b|\blethal\b|\bfatal dose\b|\bwhat happens\b|\bwhat is an?\b|\bwhat'?s an?\b|\bwhats an?\b|\bwhat are\b",
        r"\bif (someone|somebody|a person|a friend|anyone|you|u|ur|your)\b|\bin case\b|\bwhen someone\b|\bwhat if\b|\bif i\b",
        # "can coke give you a heart attack", "трамадол может вызвать судороги?": what a drug can do
        r"\bcan\s+(\w+\s+){0,2}(cause|give\s+(you|u|someone|people)|trigger|lead\s+to|make\s+you\s+have)\b|\b(может|могут|можуть|може)\s+(ли\s+)?(\w+\s+)?(вызвать|вызывать|дать|спровоцировать|викликати|спричинити|спровокувати)\b|\bвызыва(ет|ют)\s+ли\b|\bчи\s+виклика(є|ють)\b|\b(puede|pueden)\s+(\w+\s+)?(causar|provocar|dar(te)?)\b",
        r"\bif\s+(\w+\s+){0,3}ever\b|\bsi\s+(\w+\s+)?(algun\s+dia|alguna\s+vez|un\s+dia)\b|\b(если|якщо)\s+(\w+\s+){0,3}(когда-?\s?нибудь|колись)\b|\bcuando\s+sea\s+que\b",
        r"\blook\s+for\b|\bwatch\s+(out\s+)?for\b|\bif\s+(\w+\s+){0,3}(someone|somebody|a\s+person)\b|\bque\s+(debo|debemos|tengo\s+que|hay\s+que)\s+(buscar|revisar|vigilar|hacer\s+si)\b|\bsi\s+(\w+\s+){0,3}alguien\b|\bна\s+что\s+(смотреть|обращать)|\bна\s+що\s+(дивитися|звертати)",
        r"\blook\s+like\b|\bкак\s+выглядит\b|\bяк\s+виглядає\b|\bcomo\s+se\s+ve\b|\bhow long\b|\bhow does\b|\bwhy do\b|\bwhy does\b|\bwhat does\b.{0,40}\bmean\b|\bis (it|that|this) (dangerous|normal|bad|serious)\b",
        # Russian
        r"\b(is\s+)?normal\s+(right|yeah|isn'?t\s+it|no)\b|\b(is\s+(it|that)\s+)?normal\s+(\w+\s+){0,2}(when|while|during|in)\s+(\w+\s+)?(asleep|sleep\w*)\b|\b(нормально\s+ли|чи\s+нормально)\b|\bes\s+normal\s+(respirar|que)\b",
        r"\bпризнак(?!\w*\s+жизни)|\bсимптом|\bкак\s+понять\b|\bкак\s+узнать\b|\bкак\s+распознать\b|\bкак\s+определить\b|\bкак\s+отличить\b",
        r"\bизбежать\b|\bпредотвра|\bриск|\bможно\s+ли\b|\bможет\s+ли\b|\bбывает\s+ли\b|\bреально\s+ли\b|\bсколько\b|\bсмертельн|\bлетальн",
        r"\bесли\b|\bв\s+случае\b|\bчто\s+будет\b|\bчто\s+такое\b|\bпочему\b|\bкак\s+не\b|\bчтобы\s+не\b|\bчем\s+опас(е?н)\w*",
        r"\bможно\s+(ли\s+)?(словить|получить|схватить|поймать)\b",
        # tune47 (session 21): "can one overdose" with no "ли" ("от травы можно передознуться вообще?")
        _CAN_ONE_OD,
        r"\bпри\s+передоз|\bв\s+случае\s+передоз|\bбывает\b|\bопас(е?н)\w*|\bчем\s+грозит|\bпосле\s+реаб",
        # Ukrainian
        # session 20 (tune45): "звідки знати, що ...", "откуда понять", "по чём узнать"
        r"\b(откуда|звідки|звідкіля)\s+(мне\s+|мені\s+|нам\s+)?(знать|знати|понять|зрозуміти|узнать|дізнатися|дізнатись)\b|\bпо\s+(чем|чему|чому)\s+(понять|узнать|зрозуміти|дізнатися|видно)\b",
        r"\bознак(?!\w*\s+життя)|\bсимптом|\bяк\s+зрозуміти\b|\bяк\s+дізнатися\b|\bяк\s+дізнатись\b|\bяк\s+розпізнати\b|\bяк\s+визначити\b|\bяк\s+відрізнити\b",
        r"\bуникнути\b|\bзапобіг|\bризик|\bчи\s+можна\b|\bчи\s+може\b|\bчи\s+буває\b|\bскільки\b|\bсмертельн",
        r"\bпри\s+передоз|\bбуває\b|\bнебезпечн|\bякщо\b|\bу\s+разі\b|\bв\s+разі\b|\bщо\s+буде\b|\bщо\s+таке\b|\bчому\b|\bяк\s+не\b|\bщоб\s+не\b",
        # Spanish
        r"\bhay\s+sobre\s?dosis\s+(de|por|con)\b|\bsenal(?!\w*\s+de\s+vida)|\bsintoma|\bsigno|\bcomo\s+(se|saber|reconocer|identificar|distinguir)\b|\breconocer\b",
        r"\bevitar\b|\bprevenir\b|\briesgo|\bse\s+puede\b|\bpuedes\b.{0,30}\bsobre|\bes\s+posible\b|\bcuant[oa]s?\b|\bletal\b|\bmortal\b",
        r"\bsi\s+(alguien|una\s+persona|alguno|uno|tu|mi|un)\b|\ben\s+caso\s+de\b|\bque\s+pasa\b|(?<!\bcreo\s)(?<!\bparece\s)(?<!\bsiento\s)\bque\s+es\s+una?\b|\bpor\s+que\b|\bcuando\s+alguien\b",
        # transliterated
        r"\bpriznak|\bkak\s+ponyat|\bmozhno\s+li\b|\bchy\s+(mozhna|mozhe|buvaye)\b|\bpravda\s+(chto|shcho|sho|li)\b",
        # -- tune28's questions, by kind --
        # overdosing or only sleeping it off (blind8-tune: "... o solo está durmiendo la mona")
        r"\bo\s+(solo|nada\s+mas|nomas)\s+(esta\s+)?(durmiendo|dormid[oa]|en\s+el\s+viaje|muy\s+pedo)\b",
        # how slow breathing must be ("how slow does breathing have to be", "qué tan lenta tiene que ser")
        r"\bhow\s+(slow|shallow|low|weak|few)\b|\bque\s+tan\s+(lent[oa]|baj[oa]|debil|despacio|poc[oa])\b|\b(has|have|needs?)\s+to\s+be\s+(before|for|to)\b|\btiene\s+que\s+ser\s+(para|la|el)\b|\b(насколько|наскільки)\b",
        # the dose or the day a sign starts at ("с какой дозы начинаются судороги", "з якої дози", "a partir
        # de qué dosis", "at what dose", "коли починаються глюки")
        r"\b(с|з|от|від|при)\s+(какой|якої|каких|яких|скольки|скількох)\s+(дозы|дози|доз|количества|кількості|таблет\w*)\b|\b(a\s+partir\s+de|desde|con)\s+(que|cuanta|cuantas|cuantos|cuanto)\s+(dosis|cantidad|mg|miligramos|pastillas)\b|\bat\s+what\s+(dose|amount|point|stage)\b",
        r"\b(when|коли|когда|cuando|en\s+que\s+momento)\s+(\w+\s+){0,2}(do|does|обычно|зазвичай|suelen|usually)?\s*(\w+\s+){0,2}(start|begin|kick\s+in|начинаются|начнутся|починаються|почнуться|empiezan|comienzan|aparecen)\b",
        # -- the everyday search questions' false cards (session 10), by kind --
        # why naloxone does not wake someone; what to do so it does not happen again
        r"\b(чого|чому|почему|why|por\s+que)\s+(\w+\s+){0,2}(налоксон\w*|naloxone|narcan|naloxona)\b",
        r"\bso\s+(that\s+)?it\s+(doesn'?t|does\s+not|won'?t|never)\s+happen\s+again\b|\b(чтобы|чтоб|щоб|щоби)\s+(это\s+|це\s+)?(больше\s+|більше\s+)?не\s+(повтор\w*|случилось|сталося|трапилось)\b|\bpara\s+que\s+no\s+(me\s+|le\s+|nos\s+)?(vuelva\s+a\s+pasar|se\s+repita|pase\s+otra\s+vez)\b",
        # enough naloxone to bring someone back, asked (blind7-tune: "одной дозы налоксона хватит
        # чтобы откачать?", "is one spray enough to bring someone back")
        r"\b(хватит|хватает|хватить|достаточно|вистачить|вистачає|достатньо|enough|suficiente|alcanza|basta)\b.{0,30}\b(чтобы|чтоб|щоб|to|para)\s+(откачать|відкачати|revive|bring\s+(\w+\s+)?back|revivir|reanimar|sacar\w*)\b",
        # "is it true that ... easier to overdose": a question about risk, not an overdose now
        r"\bправда\s+(что|що|шо|ли)\b|\bчи\s+правда\b|\bes\s+verdad\s+que\b|\bis\s+it\s+true\s+that\b|\b(легче|легше|проще|простіше|mas\s+facil|easier)\s+(\w+\s+)?(передоз\w*|pasarse|sobredosis|to\s+(od|overdose))",
    ]
)


# -- an overdose said through the body: two kinds of symptom together -----------------------------
#
# Stimulant overdoses, overheating and "I took too much" rarely use the overdose word or the
# classic opioid signs. Each class below is a kind of symptom in every language (word forms, not
# whole messages); an emergency is two different kinds close together ("chest pain" + "about to
# faint", "burning up" + "talking nonsense"), or "took too much" + any one of them. One symptom
# alone ("my heart races on molly, is that normal") is a question for search, not the card.
_BODY_KINDS = {
    # used minutes ago ("used 5 min ago", "вмазался 10 минут назад", "me meti hace 5 minutos"):
    # only with nodding off, breathing, fainting or numbness
    "just_used": compile_any(
        [
            r"\b(used|took|did|shot|shot\s+up|smoked|snorted|banged|injected|dropped)\s+(\w+\s+){0,2}(\d+|a\s+few|five|ten|two)\s+(min\w*|mins)\s+ago\b|\bjust\s+(used|shot\s+up|banged|injected|did\s+a\s+(shot|line|hit))\b",
            r"\b(вмазал\w*|укол\w*|ширнул\w*|употребил\w*|принял\w*|вмазав\w*|ширнув\w*|вжив\w*|прийня\w*|вколо\w*)\s+(\w+\s+){0,2}(\d+|пять|десять|пару|п'?ять|кілька|несколько)\s+(минут|мин|хвилин|хв)\s+(назад|тому)\b|\b(только\s+что|щойно|тільки\s+що)\s+(вмазал\w*|ширнул\w*|укол\w*|вмазав\w*|ширнув\w*|вколо\w*)",
            r"\b(me|se|nos)\s+(meti\w*|metio|inyecte|inyecto|pique|pico|fume|fumo|tome|tomo)\s+(\w+\s+){0,2}hace\s+(\d+|unos|cinco|diez|dos)\s+(\w+\s+)?(min\w*)\b|\bacabo\s+de\s+(meterme|inyectarme|picarme|fumar|usar)\b",
        ]
    ),
    # days on a stimulant without sleep ("3 dias con mefedrona", "since friday", "третьи сутки"):
    # only with chest pain, a racing heart, heat, confusion, fainting or numbness
    "binge": compile_any(
        [
            r"\b(\d+|two|three|four|five|dos|tres|cuatro|cinco|два|три|четыре|пять|дві|два|три|чотири|п'?ять)\s+(days|nights|dias|noches|дня|дней|суток|ночи|ночей|дні|днів|доби|діб|ночі)\s+(on|of|straight|awake|con|de\s+(fiesta|rumba|perico|coca|cristal|tusi|md|tachas?|speed|farlopa|meta|after|peda|fiestas)|seguid\w*|sin\s+dormir|despiert\w*|без\s+сна|без\s+сну|на|подряд|поспіль|не\s+сплю|не\s+спить|не\s+сплю)\b|\b(since|from)\s+(friday|saturday|thursday|the\s+weekend)\b|\bdesde\s+el\s+(viernes|sabado|jueves)\b|\bс\s+(пятницы|субботы|четверга)\b|\bз\s+(п'?ятниці|суботи|четверга)\b|\b(трет\w*|четверт\w*)\s+(сутки|день|доба|добу)\b|\blleva\w*\s+(\d+|dos|tres|cuatro)\s+dias\b|\b(third|fourth|fifth|3rd|4th|5th)\s+(day|night)\s+(on|of|awake|without|straight)\b|\b(сутки|целые\s+сутки|сутками|добу|цілу\s+добу|24\s+(hours|hrs|часа|години)|all\s+night\s+and\s+day)\s+(на|on|con|de)\s+(мефе|мефі|фене|фені|солях|солі|скорости|швидкості|амфе\w*|спиде|спіді|meth|speed|crystal|tina|coke|pipe|cristal|foco|perico|coca|tusi)\b|\b(tercer|cuarto)\s+dia\s+(con|sin|de)\b",
        ]
    ),
    # chest pain, pressure or heaviness
    "chest": compile_any(
        [
            r"\b(clutch\w*|hold\w*|grabb?\w*|держит\w*|хвата\w*|хапа\w*|тримає\w*|agarra\w*)\s+(за\s+|el\s+|his\s+|her\s+|my\s+)?(chest|heart|груд\w*|сердце|серце|pecho|corazon)\b",
            # the other word order (blind5-tune): "за грудь держится", "за сердце схватился"
            r"\bза\s+(груд\w*|сердце|серце)\s+(\w+\s+)?(держит\w*|держал\w*|схватил\w*|хвата\w*|тримає\w*|трима\w*|схопи\w*|вхопи\w*|хапа\w*)",
            # crushed, squeezed in a vice, pain on its left side ("chest feels like its being crushed",
            # "жмёт в груди", "серце ніби стиснули лещатами", "me duele el lado izquierdo del pecho")
            r"\bchest\s+(\w+\s+){0,4}(crush\w*|squeez\w*)|\bchest\s+(\w+\s+){0,2}(in\s+a\s+vice|like\s+a\s+vice)\b|\b(сдавил\w*|сжал\w*|здавил\w*|стиснул\w*|стискає|стиска\w*|сжима\w*)\s+(\w+\s+)?(грудь|груди|грудях)\b|\b(в\s+тисках|як\s+у\s+лещатах|лещатами|тисками)\b|\b(pain|hurts?|ache)\s+(\w+\s+){0,2}(on\s+)?(the\s+)?left\s+side\s+of\s+(my|his|her|the)\s+chest\b|\b(жм[её]т|жме|давить|тисне|печ[её]т)\s+(\w+\s+)?(в|у)\s+груд\w*|\b(сердце|серце)\s+(\w+\s+)?(сжал\w*|стиснул\w*|стисну\w*|сдавил\w*|здавил\w*|стиснуло)|\b(me\s+)?aplasta\w*\s+el\s+pecho\b|\blado\s+izquierdo\s+del\s+pecho\b",
            r"\bchest\s+(\w+\s+){0,3}(pain|hurts?|hurting|tight|heavy|killing|crushing|pressure|burn\w*)|\b(pain|tight\w*|pressure|crushing\s+pain)\s+(\w+\s+){0,2}(in\s+)?(my\s+|his\s+|her\s+)?chest\b|\bchest\s+pain",
            r"\b(в\s+)?груд\w*\s+(\w+\s+){0,2}(болит|боль|давит|сдавил\w*|жжет|жжёт|тяжест\w*|колет|печет|болять|болить|тисне|здавил\w*|пече|важк\w*)|\b(боль|болит|болить|давит|тяжест\w*|жжет|біль|тисне|важкість|пече)\s+(\w+\s+)?(в|у)\s+груд\w*|\bгруд\w*\s+сдавил\w*|\bгруди\s+здавило",
            # blind12-tune (late round): squeezed, said with the perfective verb after the chest ("в
            # грудях стиснуло", "в груди сжало", "грудь сковало", "у грудях скувало")
            r"\b(в\s+|у\s+)?груд\w*\s+(\w+\s+){0,2}(стисн\w*|стисло|сжал\w*|сжало|сдави\w*|здави\w*|скова\w*|скува\w*|перехвати\w*|перехопи\w*)",
            r"\bchest\s+(\w+\s+){0,2}(feels\s+like\s+(an?\s+)?(elephant|truck|brick|weight|someone)|crush\w*|squeez\w*)|\belephant\s+(\w+\s+){0,2}(on\s+)?my\s+chest\b|\bгруд\w*\s+(\w+\s+){0,2}(придавил\w*|придавлен\w*|сдавлива\w*|сжима\w*|стиска\w*|здавлю\w*|розрива\w*|разрыва\w*)|\bpecho\s+(\w+\s+)?(aplastad[oa]|apretadisimo|me\s+aprieta|me\s+oprime|me\s+aplasta)|\b(me\s+)?aplasta\s+el\s+pecho\b",
            r"\b(me\s+)?(duele|aprieta|oprime|arde|pesa)\s+(\w+\s+){0,2}(el\s+)?pecho\b|\bpecho\s+(\w+\s+){0,2}(pesado|apretado|me\s+duele|me\s+arde|me\s+esta\s+matando)|\bdolor\s+(\w+\s+)?(de|en\s+el)\s+pecho",
            # cutting or tearing in the chest (session 22, tune49: "в грудине режет", "в грудях ріже",
            # "something ripping in my chest", "siento que se me rompe algo en el pecho")
            r"\b(в\s+|у\s+)?груд\w*\s+(\w+\s+){0,2}(режет|ріже|рвет|рве|разрывает|розриває|раздирает|роздирає)\b|\b(режет|ріже|рвет|рве|раздирает|роздирає)\s+(\w+\s+)?(в|у)\s+груд\w*|\b(tearing|ripping|splitting|stabbing|knife)\s+(\w+\s+){0,2}(in\s+)?(my\s+|his\s+|her\s+|the\s+)?chest\b|\bse\s+(me|le)\s+(rompe|desgarra|parte|raja)\s+(\w+\s+){0,2}(en\s+)?el\s+pecho\b",
            # a heart that hurts (with a drug and heat only: "сердце болит за сына" pairs with nothing)
            r"\bheart\s+(\w+\s+)?(hurts?|hurting|aches?|aching|pain)\b|\b(сердце|серце)\s+(\w+\s+)?(болит|болить|колет|коле|ноет|ниє)\b|\b(болит|болить|колет|коле|ноет|ниє)\s+(\w+\s+)?(сердце|серце)\b|\bme\s+duele\s+(mucho\s+)?el\s+corazon\b",
        ]
    ),
    # a heart racing, pounding or skipping
    "heart": compile_any(
        [
            r"\bheart\s+(\w+\s+){0,2}(racing|pounding|skipping|going\s+crazy|going\s+mad|explode|exploding|beating\s+out|out\s+of\s+my\s+chest|like\s+2\d\d|at\s+2\d\d)|\bheart\s+is\s+(racing|pounding|skipping)",
            r"\bсердце\s+(\w+\s+){0,2}(колотится|херачит|бахает|стучит|выпрыгивает|выпрыгнет|выскочит|бьется|бьётся|скачет|долбит|заходится|молотит)|\bсерце\s+(\w+\s+){0,2}(калатає|гупає|стукає|вистрибує|вистрибне|вискочить|вискакує|б'?ється|скаче|гатить)|\bсердце\s+(\w+\s+)?выскакивает|\bheart\s+(won'?t|wont|will\s+not)\s+slow\s+down\b",
            r"\b(corazon|heart)\s+(\w+\s+){0,3}(va\s+a\s+(estallar|reventar)|explot\w*|about\s+to\s+explode|gonna\s+explode|going\s+to\s+explode)|\bсердце\s+(\w+\s+)?(сейчас\s+)?(взорв\w*|разорв\w*)|\bсерце\s+(\w+\s+)?(зараз\s+)?(вибухне|розірв\w*)|\b(heart|heart\s*rate|pulse|hr|пульс|сердце|серце|corazon|pulso|pulsaciones)\s+(\w+\s+){0,3}(1[5-9]\d|2\d\d)\b|\b(1[5-9]\d|2\d\d)\s*(bpm|beats|ударов|ударів|уд|pulsaciones|latidos)\b|\bсердце\s+(\w+\s+)?бешено|\bсерце\s+(\w+\s+)?шален\w*",
            r"\bheart\s+(is\s+|rate\s+is\s+)?(all\s+over\s+the\s+place|fluttering\s+like\s+crazy|skipping\s+beats)\b|\bcorazon\s+(\w+\s+){0,3}(se\s+(me|le)\s+sale|a\s+golpes|a\s+madrazos|a\s+mil|a\s+200|como\s+loco|late\s+(raro|rapido|muy|fuerte)|a\s+tope|golpea|se\s+me\s+sale|acelerad\w*|brinca)",
        ]
    ),
    # dizziness: only with another kind, never with "took too much" alone
    "dizzy": compile_any(
        [
            r"\b(сидит|сидить|лежит|лежить|весь|вся|увесь|уся|такий|такой|такая|така|став|стал|стала)\s+(\w+\s+)?(сір(ий|а)|сер(ый|ая)|землист\w*)\b|\bdizzy\b|\b(everything|room|head)\s+(is\s+)?spinning|\bголова\s+(\w+\s+)?кружится|\bкружится\s+голова|\bголова\s+(\w+\s+)?паморочиться|\bпаморочиться\s+голова|\bmaread[oa]\b|\bme\s+da\s+vueltas|\btodo\s+me\s+da\s+vueltas|\bpale\b|\bбледн\w*|\bблід\w*|\bpalid[oa]\b",
        ]
    ),
    # everything slowing down (a depressant taking hold)
    "slowing": compile_any(
        [
            r"\b(everything|it\s+all)\s+(is\s+|feels\s+|seems\s+)?(going\s+|so\s+|really\s+)?slow\b|\bвс[её]\s+(\w+\s+){0,4}медленн\w*|\bвсе\s+(\w+\s+)?(дуже\s+)?повільн\w*|\btodo\s+(\w+\s+)?(va\s+)?(muy\s+)?lento\b|\b(everything|it\s+all|time)\s+(is\s+|feels\s+)?(slowing\s+down|slowed\s+down|in\s+slow\s+motion)\b|\bslow\s+motion\b|\bвс[её]\s+(\w+\s+)?(замедляется|как\s+в\s+замедленной)|\bзамедленной\s+съемк\w*|\bвсе\s+(\w+\s+)?(сповільнюється|як\s+у\s+сповільненій)|\bсповільненій\s+зйомц\w*|\btodo\s+(\w+\s+)?(va\s+lento|va\s+en\s+camara\s+lenta|se\s+alenta)|\bcamara\s+lenta\b",
        ]
    ),
    # drenched in sweat (with another kind only)
    "sweat": compile_any(
        [
            r"\bхолодн\w*\s+(пот|піт)\b|\bsud(o|ando|a)\s+frio\b|\bмокр\w*\s+(від|от)\s+пот\w*|\b(в|у)\s+холодн\w*\s+(поту|поті)\b|\bcold\s+sweat|\bsudor\s+frio\b|\b(drenched|soaked|dripping)\s+(in\s+)?sweat|\bsweating\s+(buckets|like\s+crazy|so\s+much|a\s+lot)|\bвес[ьа]\s+(мокр\w*|в\s+поту)|\bпот\s+градом|\bвес[ья]\s+(мокр\w*|в\s+поту)|\bувесь\s+мокрий|\bвся\s+(мокра|в\s+поту)|\b(empapad[oa]|banad[oa])\s+en\s+sudor|\bsudando\s+a\s+mares|\bsuda\s+muchisimo",
        ]
    ),
    # a sense of dying, said of oneself or by the person beside ("keeps saying she's dying")
    "doom": compile_any(
        [
            r"\b(saying|says|said|screaming|keeps\s+saying)\s+(he'?s|she'?s|hes|shes|they'?re|i'?m)\s+(dying|gonna\s+die|going\s+to\s+die)\b|\bfeel\s+like\s+i'?m\s+dying\b",
            r"\b(орет|кричит|говорит|повторяет|кричить|каже|повторює)\s+(\w+\s+)?(что|що)\s+(умирает|помирает|помирає|вмирає)\b|\b(dice|grita|repite|para\s+de\s+decir)\s+que\s+se\s+(muere|esta\s+muriendo|va\s+a\s+morir)\b",
        ]
    ),
    # fainting, blacking out, the world going dark or far away
    "faint": compile_any(
        [
            r"\b(went|just\s+went|goes|gone)\s+down\b(?!\s+(the|to|on|in|a|well|fine|hill|stairs|town|there|here|south)\b)|\b(pass|passes|passing|passed|black|blacks|blacking|blacked|conk\w*)\s+out\b|\bfaint\w*|\b(going|gone|went|everything\s+is\s+going)\s+black\b|\bvision\s+(is\s+|has\s+)?(going|gone\s+blurr\w*|blurr\w*|fading)|\bне\s+(могу|можу|может|може)\s+(встать|встати|підвестися|подняться)\b|\bfading\b|\bin\s+and\s+out\b|\bcan'?t\s+stand\s+up\b",
            r"\b(теряю|потерял\w*|терять|втрачаю|втратив|втратила|втрачає)\s+(сознани\w*|свідом\w*)|\bтемнеет\s+в\s+глазах|\bтемніє\s+в\s+очах|\bв\s+глазах\s+темнеет|\bв\s+очах\s+темніє|\b(в\s+глазах|в\s+очах)\s+плывет|\bв\s+очах\s+пливе|\bобморок\w*|\bотключ(аюсь|усь|ается|ился|илась)|\bвырубаюсь|\bвирубаюсь|\bвирубається|\bвыруба(ется|юсь)|\bуплыва\w*|\bвідплива\w*|\bзнепритомн\w*|\bвідключ(аюсь|усь|ається)|\bупаду\b|\bвпаду\b|\bпада(ет|є|ють|ют)\b|\bse\s+(cae|esta\s+cayendo)\b|\bkeeps\s+falling\b(?!\s+(asleep|off\s+to\s+sleep))|\b(сознани\w*|свідоміст\w*)\s+(теря\w*|втрача\w*)|\bшата(ется|юсь)\b|\bхита(ється|юсь)\b|\b(упал|упала|впав|впала|рухнул\w*|гепнул\w*|свалил(ся|ась)|звалив(ся|сь)|звалил(ась|ася))\b",
            r"\b(everything|everything'?s|it'?s\s+all|world|vision|eyes)\s+(is\s+|are\s+)?(going|gone|went|getting|turning)\s+(dark|black|grey|gray)\b|\b(в\s+глазах|в\s+очах)\s+(\w+\s+)?(темно|черно|чорно|потемнело|потемніло)|\b(темно|черно|чорно)\s+в\s+(глазах|очах)|\b(lo\s+)?veo\s+(todo\s+)?negro\b|\btodo\s+(se\s+)?(ve|pone|esta|vuelve)\s+negro\b|\bse\s+me\s+(va|fue)\s+la\s+vista\b",
            r"\bвс[её]\s+(\w+\s+)?(темнеет|потемнело|плывет|плывёт|черное)\b|\bвсе\s+(\w+\s+)?(темніє|потемніло|пливе)\b|\btodo\s+(se\s+)?(\w+\s+)?(oscuro|negro)\b|\b(теряет|втрачає)\s+(сознани\w*|свідом\w*)|\bноги\s+не\s+(держат|тримають|слушаются|слухаються)\b|\blegs\s+(\w+\s+)?(gave|giving|give|gone)\s+(way|out)\b|\bse\s+me\s+doblan\s+las\s+piernas\b",
            r"\bdesmay\w*|\bpierd\w*\s+el\s+(conocimiento|sentido)|\bperdi\w*\s+el\s+(conocimiento|sentido)|\bme\s+apago\b|\bse\s+(me|le)\s+nubla|\bveo\s+borroso|\bme\s+voy\s+y\s+vuelvo|\bsiento\s+que\s+me\s+voy\b|\bse\s+tambalea\w*|\bme\s+caigo\b|\bse\s+(cayo|desplomo|fue\s+al\s+piso)\b|\b(dropped|collapsed|keeled\s+over|fell\s+(down|over|to\s+the\s+floor))\b",
        ]
    ),
    # knocked out ("вирубилась", "отключился"): only with chest pain, a racing heart, breathing,
    # heat, confusion, numbness or vomiting (alone it is often just falling asleep)
    "knocked_out": compile_any(
        [
            r"\b(вырубил(ся|ась|ись)|отрубил(ся|ась|ись)|отключил(ся|ась|ись)|вирубив(ся|сь)|вирубил(ась|ася|ись|ися)|відрубив(ся|сь)|відрубил(ась|ася)|відключив(ся|сь)|відключил(ась|ася))\b",
            r"\b(knocked|conked|zonked|spark(ed)?)\s+out\b|\bse\s+(apago|quedo\s+tiese|noqueo|quedo\s+noqueado)\b",
        ]
    ),
    # struggling to breathe, said by the person or of them
    "breath": compile_any(
        [
            r"\bcan'?t\s+(breathe|catch\s+(my|his|her)\s+breath)|\bcatch\s+(my|his|her)\s+breath|\bbreathing\s+(\w+\s+)?(slow|hard|heavy|shallow)|\bshort\s+of\s+breath",
            r"\bзадыха\w*|\bзадиха\w*|\bme\s+ahogo\b|\bme\s+estoy\s+ahogando\b|\b(i'?m|im)\s+(choking|suffocating)\b|\bcan'?t\s+get\s+(any\s+)?air\b|\bнечем\s+дышать|\bнічим\s+дихати|\bno\s+puede\s+respirar|\bдышать\s+(\w+\s+)?(тяжело|тяжко|трудно|нечем)|\bвоздуха\s+не\s+хватает|\bне\s+хватает\s+воздуха|\bдыхание\s+(\w+\s+){0,2}(медленн\w*|тяжел\w*|слаб\w*)|\bдиха(ти|ть)\s+(\w+\s+)?(важко|тяжко|нічим)|\bповітря\s+не\s+вистачає|\bне\s+вистачає\s+повітря|\bдихання\s+(\w+\s+){0,2}(повільн\w*|важк\w*|слабк\w*)",
            r"\bme\s+cuesta\s+respirar|\bno\s+(me\s+)?entra\s+(el\s+)?aire|\bno\s+puedo\s+respirar|\brespiro\s+(muy\s+|bien\s+)?(lento|poco|mal)|\bme\s+falta\s+el\s+aire",
        ]
    ),
    # numbness, not feeling limbs
    "numb": compile_any(
        [
            r"\b(lips|mouth|tongue)\s+(\w+\s+){0,2}(weird|strange|numb|tingl\w*)\b|\bгубы\s+(\w+\s+){0,2}(странн\w*|немеют|онемели)|\bво\s+рту\s+онемел\w*|\bгуби\s+(\w+\s+){0,2}(дивн\w*|німіють|оніміли)|\bв\s+роті\s+онімі\w*|\blabios\s+(\w+\s+)?(raros|extranos|dormidos)\b|\bboca\s+dormida\b|\bnumb\b|\bcan'?t\s+feel\s+(my|his|her)\s+(arms?|legs?|hands?|face|body|fingers|toes|feet)|\b(ноги|руки)\s+(\w+\s+)?(ватн\w*)\b|\bpins\s+and\s+needles",
            r"\bнеме(ет|ют)\b|\bонеме\w*|\bне\s+чувствую\s+(рук|ног|руки|ноги|лиц\w*|тел\w*)|\b(рук|ног|руки|ноги)\s+не\s+чувствую|\bнімі(є|ють)\b|\bне\s+відчуваю\s+(рук|ніг|руки|ноги|обличч\w*|тіл\w*)|\b(рук|ніг|руки|ноги)\s+не\s+відчуваю",
            r"\bleft\s+arm\s+(\w+\s+){0,2}(hurts?|hurting|aches?|aching|pain|numb|tingl\w*|dead|heavy)\b|\b(pain|ache|numbness|tingling)\s+(\w+\s+)?(in|down|into)\s+(my|his|her)\s+left\s+arm\b|\bлев(ая|ую|ой)\s+рук\w*\s+(\w+\s+)?(немеет|болит|отнимается|ноет|тянет)|\b(немеет|болит|отнимается|ноет|тянет)\s+(\w+\s+)?лев(ая|ую)\s+рук\w*|\bлів(а|у|ою)\s+рук\w*\s+(\w+\s+)?(німіє|болить|ниє|тягне|віднімається)|\b(німіє|болить|ниє|тягне|віднімається)\s+(\w+\s+)?лів(а|у)\s+рук\w*|\bbrazo\s+izquierdo\s+(\w+\s+){0,2}(duele|dormido|entumid\w*|adormecid\w*|hormigue\w*)|\b(duele|dolor\s+en)\s+(\w+\s+)?(el\s+)?brazo\s+izquierdo",
            r"\bse\s+me\s+(duerme|duermen|entumen|entume)\b|\bentumid\w*|\bno\s+siento\s+(las\s+|los\s+|la\s+|el\s+)?(piernas|brazos|manos|cara|cuerpo)",
        ]
    ),
    # overheating
    "heat": compile_any(
        [
            # blind13-tune (late round): can't cool down ("so hot i cant cool down", "не могу
            # остыть", "не можу охолонути", "no me puedo enfriar")
            r"\b(can'?t|cant|cannot|couldn'?t|not\s+able\s+to)\s+(\w+\s+)?cool\s+(down|off)\b|\bне\s+(могу|может|можу|може|получается|виходить)\s+(\w+\s+)?(остыть|остудиться|охладиться|охолонути|охолодитися|остигнути)\b|\bno\s+(me\s+|se\s+)?(puedo|puede|logro|consigo)\s+(\w+\s+)?(enfriar\w*|refrescar\w*|bajar\s+(el\s+)?calor)\b",
            r"\b(cooking|boiling|burning|roasting)\s+(from\s+)?(the\s+)?inside\b|\bcooking\s+alive\b|\bred\s+hot\b|\broasting\b|\bhot\s+as\s+(hell|fuck|fk|f\w*|an\s+oven)\b|\bburning\s+up\b|\b(boiling|roasting|scorching|burning)\s+hot\b|\boverheat\w*|\b(so|super|really|very)\s+hot\s+to\s+(the\s+)?touch|\bhot\s+to\s+(the\s+)?touch|\b(temperature|temp|fever)\s+(is\s+)?(through\s+the\s+roof|sky\s+high|really\s+high|of\s+(4\d|10\d))|\bstopped\s+sweating|\bskin\s+is\s+hot",
            r"\bперегрел\w*|\bперегрев\w*|\bперегре(ет|ется|ло|ть|ваются)\b|\bгорит\b|\bгоряч\w*\s+как|\bраскален\w*|\bраскалён\w*|\bперестал\w*\s+потеть|\bтемпература\s+(\w+\s+)?(под\s+)?4\d|\bжар\b|\bгорячий\s+весь|\b(пече|печет|горить|горит|гаряч\w*|горяч\w*)\s+(як|как)\s+(грубк\w*|печк\w*|печь|піч|батаре\w*|утюг|праск\w*)\b|\b(вся|весь|уся|увесь)\s+(красн\w*|червон\w*)|\btod[oa]\s+roj[oa]\b|\bвесь\s+горячий",
            r"\bтемператур\w*\s+(\w+\s+)?(бешен\w*|дик\w*|огромн\w*|страшн\w*|зашкалива\w*|шален\w*|скажен\w*|величезн\w*|зашкалю\w*)|\b(уже\s+|вже\s+)?(даже\s+|навіть\s+)?не\s+(потеет|пітніє)\b|\b(isn'?t|not|stopped)\s+(even\s+)?sweating\s+any\s?more\b",
            r"\b(він|вона|он|она)\s+(такий\s+|така\s+|такой\s+|такая\s+|дуже\s+|очень\s+|весь\s+|вся\s+)?(гарячий|гаряча|горячий|горячая)\b|\bперегрі\w*|\bгорить\b|\bгаряч\w*\s+як|\bрозпечен\w*|\bперестал\w*\s+пітніти|\bперестав\s+пітніти|\bтемпература\s+(\w+\s+)?(під\s+)?4\d|\bвесь\s+гарячий",
            r"\b(esta|estas|bien|muy|super)\s+(muy\s+|bien\s+|super\s+)?caliente\b|\bardiendo\b|\bhirviendo\b|\b(roj[oa]|red)\s+(como|like)\s+(un\s+|a\s+)?(tomate|tomato|lobster|langosta|camaron)\b|\bsobrecal(i)?ent\w*|\b(se\s+)?recal(i)?ent\w*|\bse\s+calento\b|\b(esta|estas)\s+(ardiendo|hirviendo)|\bquema\s+al\s+tocar\w*|\b(ya\s+)?no\s+suda\b|\bdejo\s+de\s+sudar|\b(fiebre|temperatura)\s+(\w+\s+)?(de\s+)?4\d|\bcalor\s+horrible|\b4\d\s+(de\s+)?(fiebre|temperatura|grados)|\b4\d\s+(градус\w*|температур\w*)|\btoda?\s+calient\w*",
        ]
    ),
    # shaking or trembling all over: only with overheating, fainting, confusion or breathing
    # (withdrawal shakes and sweats are not the card)
    "shaking": compile_any(
        [
            r"\b(jaw\s+(going|grinding|clenched|locked))\b.{0,20}\b(shaking|trembling|twitching|jerking)\b|\b(shaking|trembling|shivering|twitching|jerking)\s+(all\s+over|uncontrollably|so\s+bad|badly|really\s+bad)\b|\b(he'?s|she'?s|hes|shes|is|started|keeps)\s+(shaking|trembling|twitching|jerking)\b",
            r"\b(трясет|трясется|трясёт|трясёться|трусит|колотит|дрожит|дергается|затряс\w*|трусить|трясе|тіпає|тіпа|смикається|тремтить|колотить)\b",
            r"\b(tiembla|temblando|temblor\w*|se\s+sacude|sacudiendose|tiritando)\b|\b(puesto|puso|pone|empez\w*|comenz\w*)\s+a\s+temblar\b",
        ]
    ),
    # confusion, delirium, not knowing where one is
    "confused": compile_any(
        [
            r"\bacting\s+(all\s+|really\s+|so\s+)?(crazy|mental|insane|psycho|nuts|weird|strange|bizarre)\b|\bconfused\b|\btalking\s+nonsense|\b(can'?t|cant|cannot)\s+think\s+(straight|clearly|properly)\b|\b(shouting|screaming|yelling|babbling|spouting)\s+(\w+\s+)?nonsense|\bnot\s+making\s+(any\s+)?sense|\bdoesn'?t\s+(know|recogni[sz]e)\s+(where|me|who)|\bdoesnt\s+(know|recogni[sz]e)\s+(where|me|who)|\bramblin\w*|\bdelirious|\bseeing\s+things|\bhallucinat\w*",
            r"\bнес[её]т\s+(\w+\s+){0,2}(бред|чушь|ерунду|херню|хрень|дичь|пургу|ахинею|околесицу|чепуху)|\bбредит\b|\bбормоч\w*|\bне\s+узна[её]т\b|\bне\s+понимает\s+где|\bне\s+соображает|\bпутается\s+в\s+словах|\bвидит\s+то\s+чего\s+нет|\bглюч\w*",
            r"\bнесе\s+(\w+\s+){0,2}(маячню|нісенітниц\w*|дичину|дич|дурню|ахінею|херню|фігню|бред|чушь|пургу)|\bмарить\b|\bплутається\s*$|\bплутається\s+(і|та|й|в\s+голові)\b|\bбурмоч\w*|\bне\s+впізнає\b|\bне\s+розуміє\s+де|\bнічого\s+не\s+тямить|\bне\s+тямить|\bплутається\s+в\s+словах|\bбачить\s+те\s+чого\s+нема",
            r"\b(really|totally|completely|so|super)\s+out\s+of\s+it\b|\bno\s+(dice|habla|decia)\s+(nada\s+)?(coherente|con\s+sentido)|\bdesvari\w*|\bconfundid[oa]\b|\bdesorientad[oa]\b|\b(dice|diciendo|habla|hablando)\s+(\w+\s+){0,2}(sin\s+sentido|tonterias|incoherencias|disparates|puras\s+cosas\s+raras)|\bno\s+sabe\s+ni\s+(donde|quien|como)|\bverz\w*|\bверз\w*|\bнісенітниц\w*|\bмаячн\w*|\bнес[её]т\s+(\w+\s+){1,2}(бред|чушь|ерунду|херню|пургу|околесицу)|\bзаговарива\w*|\bdisorient\w*|\bincoheren\w*|\bno\s+(esta|es|anda|estaba)\s+(nada\s+)?coherente\b",
            # not talking any more (with shaking, heat or fainting: a seizure or delirium)
            r"\b(not|isn'?t|isnt|stopped|can'?t|cant|won'?t|wont)\s+(even\s+)?(talking|talk|speaking|speak)\b(?!\s+(to|with|about)\b)|\b(ничего\s+)?не\s+(говорит|разговаривает)\b(?!\s+(со|с|мне|о|про)\b)|\b(нічого\s+)?не\s+(каже|говорить|розмовляє)\b(?!\s+(зі|з|мені|про)\b)|\bya\s+no\s+habla\b|\bno\s+(dice|habla)\s+nada\b",
            # gibberish, mixing up words, seeing things, not knowing where one is (blind4-tune)
            (
                r"\bне\s+(понимает|понимаю|розуміє|розумію|узнает|впізнає)\s+(кто|хто)\s+(мы|ми|я|он|она|він|вона)\b|\b(doesn'?t|doesnt|does\s+not)\s+(know|recogni[sz]e)\s+(who\s+(we|i)\s+(are|am)|us)\b|\bno\s+(sabe|reconoce)\s+quien(es)?\s+(somos|soy)\b|"
                r"\b(doesn'?t|doesnt|does\s+not|don'?t|dont)\s+(even\s+)?know\s+(his|her|their|my)\s+(own\s+)?name\b|\bне\s+помнит\s+(\w+\s+)?(как\s+)?(его|ее|её|её|свое|своё)\s+(зовут|имя)\b|\bне\s+пам'?ята\w*\s+(як\s+)?(його|її|свого|своє)\s+(звати|ім'?я)\b|\bno\s+sabe\s+(ni\s+)?(su\s+nombre|como\s+se\s+llama)\b|\bgibberish\b|\bbabbl\w*|\b(плута\w*|путает|путаю|путается)\s+(\w+\s+)?слов\w*|\b(меня|мене)\s+(путает|плутає|глючит|глючить)\b|\bглюк\w*|\bгалюн\w*|\b(i\s+)?(don'?t|dont|do\s+not)\s+know\s+where\s+i\s+am\b(?!\s+(going|headed|with|in\s+life))|\bне\s+понимаю\s+где\s+я\b|\bне\s+розумію\s+де\s+я\b|\bno\s+se\s+(ni\s+)?donde\s+estoy\b(?!\s+(parad[oa]|en\s+la\s+vida))"
            ),
            r"\bdelira\w*|\bincoherenc\w*|\bbalbuce\w*|\bno\s+me\s+reconoce|\bno\s+sabe\s+(donde|quien)|\bve\s+cosas|\bno\s+se\s+entera|\bse\s+le\s+traban|\balucina\w*",
            # session 17 (tune39): seeing or talking to what is not there, as in delirium tremens days
            # after the last drink ("видит чертей", "talking to people who aren't there", "ve bichos")
            (
                r"\b(seeing|sees|talking\s+to|talks\s+to|talking\s+with)\s+(\w+\s+)?(people|someone|somebody|things|bugs|spiders|insects|ants|snakes|faces)\s+(who|that)\s+(aren'?t|arent|isn'?t|isnt|are\s+not|is\s+not)\s+(there|here|real)\b|"
                r"\b(seeing|sees)\s+(bugs|spiders|insects|ants|snakes|rats)\s+(on|in|all\s+over|crawling)\b|"
                r"\b(видит|видят|бачить|бачать)\s+(\w+\s+)?(чертей|чертиков|чортів|чортиків|пауков|павуків|жуков|жуків|тараканов|тарганів|змей|змій|крыс|щурів|людей\s+которых\s+нет|людей\s+яких\s+нема\w*|когось\s+на\s+стін\w*|кого-?то\s+на\s+стен\w*)|"
                r"\b(разговаривает|говорит|розмовляє|говорить)\s+(с|з|зі)\s+(кем-?то|кимось|людьми)\s+(кого|которых|яких|кого)\s+(нет|нема\w*)\b|"
                r"\b(ve|esta\s+viendo|mira)\s+(bichos|aranas|hormigas|cucarachas|vibora\w*|ratas|gente\s+que\s+no\s+(hay|esta|existe)|cosas\s+que\s+no\s+(hay|estan|existen))\b"
            ),
        ]
    ),
    # vomiting: only with fainting, breathing, confusion, heat or lying on the back asleep (choking
    # on vomit); never with "too much" alone (a hangover)
    "vomit": compile_any(
        [
            r"\b(vomit\w*|puk\w*|throw\w*\s+up|threw\s+up|being\s+sick|choking\s+on\s+(his|her|their)\s+(vomit|sick|puke))\b",
            r"\b(блю[её]т|блевал\w*|блюет|рвет|рвёт|рвота|рвоты|рвоте|блює|блював|блювала|блюва\w*|рве)\b",
            r"\b(vomit\w*|devolv\w*|guacare\w*|potando|echando\s+la\s+pota|echando\s+los\s+bofes)\b",
        ]
    ),
    "lying": compile_any(
        [
            r"\bon\s+(his|her|their)\s+back\b|\bin\s+(his|her|their)\s+sleep\b|\b(лежа|лежит|лежачи|лежить)\s+на\s+(спине|спині)\b|\bна\s+(спине|спині)\b|\bво\s+сне\b|\bу\s+сні\b|\bboca\s+arriba\b|\bdormid[oa]\b|\bmientras\s+duerme\b",
        ]
    ),
    # can't keep the eyes open, nodding: only with breathing, numbness, fainting or confusion,
    # or a depressant taken in excess ("me metí mucho fenta, no puedo mantener los ojos abiertos")
    "drowsy": compile_any(
        [
            # nodding hard, the body heavy under it (blind19-tune: "my body feels super heavy and im
            # nodding hard")
            r"\bnodding\s+(hard|heavy|heavily|like\s+crazy|so\s+hard|bad|badly)\b|\b(my|his|her)\s+(whole\s+)?(body|arms|legs|limbs)\s+(feels?\s+|is\s+|are\s+)(so\s+|super\s+|really\s+|very\s+|crazy\s+)?heavy\b",
            r"\b(keeps?|is|she'?s|he'?s|hes|shes)\s+(falling|drifting|nodding)\s+(asleep|off)\b|\b(really|super|very|so|extremely|crazy)\s+(sleepy|drowsy)\b|\b(can'?t|cant|cannot|barely|hardly|struggling\s+to)\s+(\w+\s+)?keep\s+(my|his|her|their)\s+eyes\s+open\b|\beyes\s+(keep\s+)?closing\b|\bnodding\s+(off|out)\b|\bcan'?t\s+stay\s+awake\b|\bkeeps?\s+nodding\b",
            r"\bне\s+(могу|может|можу|може|в\s+силах)\s+(\w+\s+)?(держать|удержать|тримати|втримати)\s+(\w+\s+)?(глаза|очі|очи)\s+(\w+\s+)?(открыты\w*|відкрит\w*|розплющен\w*)|\b(глаза|очі)\s+(не\s+)?(открываются|розплющуються|відкриваються)\s+(сами|самі)?|\b(засыпает|засыпаю|засинає|засинаю)\b|\bглаза\s+(сами\s+)?(закрываются|слипаются)|\bочі\s+(самі\s+)?(закриваються|злипаються)|\bклю[её]т\s+носом|\bклює\s+носом|\bзасыпа\w*\s+на\s+ходу|\bзасина\w*\s+на\s+ходу",
            # drifting away under a depressant ("меня уносит", "мене несе", "going under")
            r"\b(меня|мене|его|её|ее|його|її)\s+(\w+\s+)?(уносит|уносить|уносять|несе|относит|відносить)\b|\b(уплываю|уплывает|відпливаю|відпливає)\b|\b(going|slipping|sinking)\s+under\b|\bslipping\s+away\b|\bme\s+(estoy\s+yendo|voy\s+yendo)\b",
            r"\b(uplyvayu|uplyvaet|vidplyvayu|vidplyvaye|otklyuchayus|vidklyuchayus)\b|\b(glaza|ochi)\s+(sami\s+|sami\s+)?(zakryvayutsya|zakryvayutsia|slipayutsya|zlypayutsya|zakryvayut)\b",
            r"\bme\s+estoy\s+(durmiendo|quedando\s+dormid[oa])\b|\bse\s+(esta|me\s+esta|le\s+esta)\s+quedando\s+dormid[oa]|\bse\s+queda\s+dormid[oa]|\bno\s+(puedo|puede|podia)\s+(mantener|tener)\s+los\s+ojos\s+abiertos|\bse\s+(me|le)\s+(cierran|caen)\s+los\s+ojos|\bcabece\w*",
        ]
    ),
    # -- kinds found on blind4-tune (2026-12-06, session 5) --
    # "I think I'm having a heart attack / a stroke", said of now ("кажется инфаркт", "здається
    # інсульт", "siento que me da un infarto"): with any other symptom kind
    "attack": compile_any(
        [
            r"\b(think|feel\s+like|feels\s+like|pretty\s+sure|scared)\s+(i'?m|im|i\s+am|he'?s|hes|she'?s|shes|he\s+is|she\s+is)\s+(having|about\s+to\s+have|gonna\s+have)\s+(a\s+)?(heart\s+attack|stroke)\b|\b(i'?m|im|he'?s|she'?s)\s+having\s+a\s+(heart\s+attack|stroke)\b|\b(i\s+)?think\s+(it'?s|its|this\s+is)\s+a\s+(heart\s+attack|stroke)\b",
            r"\b(кажется|похоже|походу|наверное|здається|схоже|мабуть|видимо)\s+(\w+\s+){0,2}(инфаркт|инсульт|інфаркт|інсульт)\b|\b(у\s+меня|у\s+него|у\s+нее|в\s+мене|у\s+мене|в\s+нього|у\s+нього|в\s+неї)\s+(\w+\s+)?(инфаркт|инсульт|інфаркт|інсульт)\b(?!\s+(был|був))",
            r"\b(creo|siento|parece)\s+que\s+(me|le)?\s*(da|esta\s+dando|dio|es|tengo|tiene|va\s+a\s+dar)\s+(un\s+)?(infarto|derrame|paro)\b",
        ]
    ),
    # one side of the face dropped or twisted (a stroke): with slurred words or numbness
    "face_droop": compile_any(
        [
            r"\b(one|left|right|the)\s+side\s+of\s+(his|her|my|their)\s+face\s+(\w+\s+){0,2}(dropped|droop\w*|fallen|sagg\w*|numb|gone\s+numb|isn'?t\s+moving)\b|\bface\s+(is\s+|has\s+)?(droop\w*|dropped|twisted|lopsided)\b|\b(mouth|face|lip)\s+(is\s+)?(droop\w*|twisted|crooked)\s+(on|to)\s+one\s+side\b",
            r"\bперекосил\w*\s+(\w+\s+)?(лицо|обличчя|рот|морду)\b|\b(лицо|обличчя|рот)\s+(\w+\s+){0,3}(перекосил\w*|перекошен\w*)|\bпол(овина|\s+)?\s*лица\s+(\w+\s+)?(онемел\w*|не\s+двига\w*|обвис\w*|опуст\w*)|\b(пів|половина)\s+обличчя\s+(\w+\s+)?(онімі\w*|не\s+руха\w*|обвис\w*|опусти\w*)",
            r"\bse\s+le\s+(chueque\w*|torcio|cayo|durmio)\s+(la\s+|media\s+)?(cara|boca)\b|\b(cara|boca)\s+(chueca|torcida|caida)\b|\bmedia\s+cara\s+(dormida|caida|paralizada)\b",
        ]
    ),
    # slurred words: only with a dropped face, numbness or "a stroke" (drunk speech alone is not)
    "slurred": compile_any(
        [
            r"\b(can'?t|cannot|couldn'?t)\s+(talk|speak)\s+(properly|right|normally|straight)\b|\bне\s+(может|можу|могу|може|в\s+состоянии)\s+(нормально\s+)?(говорить|говорити|разговаривать|розмовляти)(\s+нормально)?\b|\bslurr\w*|\bwords\s+(are\s+)?(coming\s+out\s+)?(wrong|jumbled|all\s+wrong|garbled)\b|\bcan'?t\s+(get|form)\s+(his|her|my)\s+words\b",
            r"\bязык\s+(\w+\s+)?заплета\w*|\bзаплета\w*\s+язык|\bязик\s+(\w+\s+)?заплітає\w*|\bзаплітає\w*\s+язик|\bговорит\s+(\w+\s+)?(невнятно|неразборчиво)|\bговорить\s+(\w+\s+)?(нерозбірливо|невиразно)|\bневнятн\w*\s+речь",
            r"\bno\s+puede\s+hablar\s+bien\b|\bhabla\s+(raro|arrastrando)|\barrastra\s+las\s+palabras\b|\bse\s+le\s+traba\s+la\s+lengua\b|\blengua\s+trabada\b",
        ]
    ),
    # water drunk by the litre on MDMA (low sodium): only with a pounding head, vomiting, confusion
    "water": compile_any(
        [
            r"\b(necking|drinking|drank|drunk|chugging|downing|downed)\s+(\w+\s+){0,3}water\s+(all\s+night|all\s+day|nonstop|non\s+stop|constantly|like\s+crazy)\b|\b(loads|litres|liters|gallons|bottles)\s+(and\s+\w+\s+)?of\s+water\b",
            r"\b(пью|п'?ю)\s+(и|і)\s+(пью|п'?ю)\s+(\w+\s+)?воду\b|\b(весь|всю|целую|цілу|увесь)\s+(вечер|ночь|ніч|вечір|день)\s+(пил\w*|пив\w*|пью|п'?ю)\s+(\w+\s+)?воду\b|\b(пил\w*|пив\w*)\s+воду\s+(весь|всю|целую|цілу|без\s+остановки|без\s+зупинки)\b|\b(литр\w*|літр\w*|бутылк\w*|пляшк\w*)\s+вод\w*|\bвод\w*\s+(\w+\s+)?(литрами|літрами)\b",
            r"\b(bebiendo|tomando|bebi|tome)\s+agua\s+(toda\s+la\s+noche|sin\s+parar|como\s+loc[oa]|un\s+monton)\b|\btoda\s+la\s+noche\s+(bebiendo|tomando)\s+agua\b|\blitros\s+de\s+agua\b",
        ]
    ),
    # a pounding head: only with water drunk by the litre
    "headache": compile_any(
        [
            r"\bhead\s+(is\s+)?(pounding|splitting|killing\s+me|exploding|about\s+to\s+explode)\b|\b(splitting|pounding|crushing)\s+headache\b",
            r"\b(голова|башка|бошка)\s+(\w+\s+)?(болит|болить)\s+(жутко|ужасно|жахливо|страшно|дико|нестерпно|адски)\b|\b(голова|башка|бошка)\s+(\w+\s+)?(раскалывается|трещит|разрывается|тріщить|розколюється|розривається)\b|\b(me\s+)?(explota|va\s+a\s+explotar|estalla)\s+la\s+cabeza\b",
        ]
    ),
    # feeling very hot: only with confusion, shaking, fainting or water by the litre
    "warm": compile_any(
        [
            r"\b(очень|дуже|так|сильно|ужасно|страшно|жутко|жахливо)\s+жарко\b|\b(i'?m|im|he'?s|hes|she'?s|shes)\s+(so|really|super|very)\s+hot\b|\btengo\s+(mucho|muchisimo)\s+calor\b|\btiene\s+(mucho|muchisimo)\s+calor\b",
            r"\b(super|crazy|insanely|really|very)\s+hot\b(?!\s+(in|out|outside|today|tonight|weather|here|there|at|tub|shower|bath|water|girl|guy|take|sauce|wings))|\b(feels?|feel\s+like|feels\s+like)\s+(i'?m|im|he'?s|hes|she'?s|shes)\s+on\s+fire\b|\b(весь|вся|я)\s+(\w+\s+)?горю\b|\bsiento\s+que\s+me\s+quemo\b|\bme\s+estoy\s+quemando\s+por\s+dentro\b",
        ]
    ),
    # can't be held, broke a window: with overheating or days on a stimulant (excited delirium)
    "agitated": compile_any(
        [
            # tearing clothes off (session 22, tune49: "ripping his clothes off", "рве на собі одяг")
            r"\b(ripping|tearing|rips|tears|ripped|tore)\s+(\w+\s+){0,2}clothes\s+off\b|\b(рвет|рве|срывает|зриває|зрива\w*|срыва\w*)\s+(с\s+себя\s+|на\s+собі\s+|з\s+себе\s+)?(одежду|одяг)\b|\bse\s+(arranca|desgarra|rompe)\s+la\s+ropa\b",
            r"\b(can'?t|cannot|couldn'?t)\s+(hold|restrain|calm|control)\s+(him|her|them)\b|\bне\s+(можем|можемо|можу|могу|могли|змогли|получается|виходить)\s+(его\s+|ее\s+|её\s+|її\s+|його\s+)?(удержать|втримати|утримати|успокоить|заспокоїти|угомонить)\b|\bno\s+(lo|la)\s+(podemos|puedo|pudimos)\s+(sujetar|calmar|controlar|agarrar|detener)\b",
            r"\b(разбил\w*|розбив\w*|broke|smashed|rompio)\s+(\w+\s+)?(окно|вікно|стекло|скло|window|glass|la\s+ventana|el\s+vidrio)\b",
        ]
    ),
    # alone while it happens: only with nodding off, fainting, breathing, numbness or the chest
    "alone": compile_any(
        [
            r"\b(used|using|use|shot\s+up|shooting\s+up|did\s+it|did\s+a\s+\w+|had\s+a\s+\w+)\s+(\w+\s+)?(alone|by\s+myself|on\s+my\s+own)\b|\b(i'?m|im|i\s+am)\s+(all\s+)?(alone|by\s+myself|on\s+my\s+own)\b|\bon\s+my\s+own\b|\bby\s+myself\b|\b(я|мы)\s+(\w+\s+)?(один|одна|сам|сама)\b(?!\s+(раз|из|з))|\b(один|одна|сам|сама)\s+(дома|вдома|в\s+квартире|в\s+квартирі)\b",
            r"\bestoy\s+(sol[oa]|solit[oa])\b|\b(me|se)\s+(pique|inyecte|meti|pico|inyecto)\s+sol[oa]\b|\b(inyecte|pique)\s+sol[oa]\b|\b(vmazal\w*|ukolol\w*|kolol\w*|vkolol\w*|вмазал\w*|укол\w*|вколол\w*|кольнул\w*)\s+(odin|odna|sam|sama|один|одна|сам|сама)\b",
        ]
    ),
    # first use after prison, rehab or months off (tolerance gone): with nodding off, fainting, breathing
    "tolerance": compile_any(
        [
            r"\b(out\s+of|released\s+from|got\s+out\s+of|just\s+out\s+of)\s+(prison|jail|rehab|detox|nick)\b|\bafter\s+(\d+|a\s+few|some|several|two|three|six)\s+(months?|weeks?|years?)\s+(off|clean|sober|without)\b|\b(\d+|a\s+few|some|several|two|three|six)\s+(months?|years?)\s+off\b|\b(been\s+)?(clean|sober|off\s+it|off\s+gear)\s+(for\s+)?(a|an|\d+|two|three|six|a\s+few|some)\s+(years?|months?|weeks?)\b|\bafter\s+a\s+(long\s+)?break\b",
            r"\bпосле\s+(отсидки|тюрьмы|зоны|реабилитац\w*|ребы|долгого\s+перерыва|перерыва)\b|\bпісля\s+(відсидки|тюрми|в'?язниці|реабілітац\w*|перерви|довгої\s+перерви)\b|\bposle\s+(otsidki|pereryva|tyurmy)\b|\bpislya\s+(vidsydky|perervy|dovgoi\s+perervy|dovhoyi\s+perervy|dovgoyi\s+perervy)\b",
            r"\b(sali\w*|salio)\s+de\s+(la\s+)?(carcel|cana|prision|rehab)\b|\bdespues\s+de\s+(\w+\s+){0,2}(meses|anos|semanas)\s+(limpi[oa]|sin\s+(usar|nada|consumir|meterme))\b",
        ]
    ),
    # -- kinds found on blind5-tune (2026-12-06, session 8) --
    # chest pain spreading to the jaw, the neck or an arm: only with the chest ("my jaw hurts" alone
    # on MDMA is clenching)
    "radiate": compile_any(
        [
            r"\bjaw\s+(\w+\s+)?(hurts?|hurting|aches?|aching|pain|is\s+killing)\b|\b(pain|ache)\s+(\w+\s+){0,3}(into|to|up\s+into|down)\s+(my|his|her)\s+(jaw|left\s+arm|arm|neck)\b|\b(spreading|radiating|goes|going|shooting)\s+(\w+\s+){0,2}(to|into|down|up)\s+(\w+\s+)?(my|his|her)\s+(jaw|arm|left\s+arm|neck)\b",
            r"\b(отда[её]т|віддає|стреляет|простреливает)\s+(\w+\s+)?(в|у)\s+(челюсть|щелепу|левую\s+руку|ліву\s+руку|руку|шею|лопатку)\b|\b(челюсть|щелепа)\s+(\w+\s+)?(болит|болить|ноет|ниє)\b|\b(в|у)\s+(челюсть|щелепу|левую\s+руку|ліву\s+руку)\s+(отда[её]т|віддає)\b|\b(болит|болить|ноет|ниє)\s+(\w+\s+)?(челюсть|щелепа)\b",
            r"\b(me|le)\s+duele\s+(\w+\s+)?(la\s+)?(mandibula|quijada)\b|\b(mandibula|quijada)\s+(\w+\s+)?(duele|adolorida)\b|\b(se\s+)?(me|le)\s+(va|pasa|corre|baja|sube)\s+(el\s+dolor\s+)?(a|al|hacia)\s+(la\s+|el\s+)?(mandibula|brazo|cuello)\b|\bpecho\s+y\s+(el\s+)?brazo\b",
        ]
    ),
    # one arm that won't move or obey (a stroke): with a dropped face or slurred words
    "weak_arm": compile_any(
        [
            r"\b(can'?t|cant|cannot|couldn'?t)\s+(lift|move|raise|feel)\s+(his|her|my)\s+(right|left)?\s*arm\b|\b(right|left)\s+arm\s+(\w+\s+)?(won'?t|wont|isn'?t|is\s+not)\s+(move|moving|work|working)\b",
            r"\b(правая|левая|права|ліва)?\s*рука\s+(\w+\s+)?не\s+(слушается|поднимается|двигается|слухається|піднімається|рухається)\b",
            r"\bno\s+(puede|puedo)\s+mover\s+(el|su|mi)\s+brazo\b|\bel\s+brazo\s+no\s+(le|me)\s+(responde|funciona)\b",
        ]
    ),
    # hands or fingers gone purple or blue on a stimulant: with a racing heart, the chest, shaking
    "blue_hands": compile_any(
        [
            r"\b(hands|fingers|nails)\s+(\w+\s+)?(went|are|turned|turning|going|look|gone)\s+(\w+\s+)?(purple|blue)\b|\b(manos|dedos|unas)\s+(\w+\s+)?morad\w*|\b(руки|пальцы|ногти|пальці|нігті)\s+(\w+\s+)?(син\w*|фиолетов\w*|фіолетов\w*)\b",
        ]
    ),
}
# -- kinds found on blind6-tune and tune22 (2026-12-06, session 9), added to the kinds above --
_MORE_BODY: dict[str, list[str]] = {
    # a pulse "through the roof", "пульс бешеный", the heart said in transliteration
    "heart": [
        r"\b(pulse|heart\s*rate|heart|hr)\s+(is\s+)?(through\s+the\s+roof|off\s+the\s+charts|insane|crazy\s+fast|mental)\b|\bпульс\s+(\w+\s+)?(бешен\w*|шален\w*|скажен\w*|зашкалива\w*|зашкалю\w*|дикий|дикий)\b",
        r"\bserd?ce\s+(\w+\s+)?(kolot\w*|b'?ets?ya|vyprygiv\w*|kalata\w*|hupa\w*|stuchit|skachet)\b|\bpuls\s+(\w+\s+)?(beshen\w*|skazhen\w*|shalen\w*)\b",
    ],
    # sweating with the racing heart ("sweating and shaking", "потею", "sudando"): only beside the
    # heart or the chest, and only about using (a gym is not the card)
    "sweating": [
        r"\bsweating\b(?!\s+(it|the\s+small|over|about|bullets\s+about))|\b(потею|потеет|потію|пітнію|пітніє)\b|\bsudando\b",
    ],
    # "I think I'm going to die here", said of the body ("кажется сейчас сдохну", "siento que me muero"):
    # only beside the heart, sweat or the chest, and only about using
    "doom_self": [
        r"\b(think|feel\s+like|feels\s+like|scared)\s+(i'?m|im|i\s+am)\s+(actually\s+|literally\s+|really\s+)?(gonna\s+die|going\s+to\s+die|dying)\b|\bfeel\s+like\s+i'?m\s+(actually|literally|really)\s+dying\b",
        r"\b(кажется|похоже|чувствую|здається|схоже|відчуваю)\s+(что\s+|що\s+)?(я\s+)?(сейчас\s+|зараз\s+)?(сдохну|умру|помру|здохну|вмру|умираю|помираю|вмираю)\b|\b(siento|creo)\s+(que|q|k)\s+me\s+(muero|voy\s+a\s+morir|estoy\s+muriendo)\b",
        # tune40 (session 17): said bare, "now" ("щас сдохну", "я зараз помру", "me voy a morir, qué
        # hago"): still only beside the heart, sweat or the chest and a drug taken
        r"\b(я\s+)?(щас|сейчас|ща|зараз|вже|уже)\s+(сдохну|умру|помру|здохну|вмру|кони\s+двину|отъеду|откинусь|вырублюсь|від'?їду|вирублюсь)\b|\bme\s+(voy\s+a\s+morir|estoy\s+muriendo|muero)\b(?!\s+(de\s+(risa|ganas|hambre|sueno|aburrimiento|verguenza)|por))",
    ],
    # delirium said in other words ("бред несёт", "dice incoherencias")
    "confused": [
        r"\bбред\w*\s+(нес[её]т|несе|несла|нес)\b|\b(talking|saying|speaking)\s+(\w+\s+)?(nonsense|gibberish|rubbish)\b",
    ],
    # the skin gone dry and hot, sweating stopped (overheating): only with heat or confusion
    "dry": [
        r"\bskin\s+(is\s+|went\s+|gone\s+|has\s+gone\s+)?(bone\s+|completely\s+|totally\s+)?dry\b|\b(кожа|шкіра)\s+(\w+\s+)?(сух\w*)\b|\b(перестал\w*|перестав\w*)\s+(потеть|пітніти)\b|\b(ya\s+)?no\s+suda\b|\bpiel\s+(\w+\s+)?seca\b",
    ],
    # the sight going dark or cloudy ("everything going dark", "темнеет перед глазами", "se me nubla")
    "faint": [
        r"\beverything\s+(is\s+)?(going|gone|went|getting)\s+(dark|black|blurry)\b|\b(темнеет|потемнело|плывет|темніє|потемніло)\s+(перед\s+глазами|перед\s+очима)\b|\bперед\s+(глазами|очима)\s+(\w+\s+)?(темнеет|темно|плывет|темніє|темно|пливе)\b|\bse\s+me\s+nubla\w*",
    ],
    # pressure on the chest like a slab, a brick, an elephant; translit "grud davit"
    "chest": [
        r"\b(like\s+)?(an?\s+)?(elephant|truck|brick|slab)\s+(\w+\s+){0,2}(on|sitting\s+on)\s+(my|his|her)\s+chest\b|\bгруд\w*\s+(\w+\s+){0,2}(как|як)\s+(плит\w*|камн\w*|камен\w*|камін\w*|цеглою|цегла|кирпич\w*)|\bpecho\s+(\w+\s+){0,2}aplastad[oa]\b|\b(me\s+)?aprieta\s+el\s+corazon\b",
        r"\bgrud\w*\s+(\w+\s+)?(davit|davyt|szhima\w*|bolit|bolyt|zhmet|tysne|stysk\w*)\b|\b(davit|davyt|szhima\w*|bolit|bolyt)\s+(\w+\s+)?(v\s+|u\s+)?grud\w*",
        # session 20 probes: the heart pressed or squeezed ("тисне серце", "давит сердце", "сердце
        # сжимает", "me aprieta el corazón", "my heart feels squeezed")
        r"\b(давит|сжимает|сдавливает|щемит|тисне|стискає|здавлює|щемить)\s+(\w+\s+)?(сердце|серце)\b|\b(сердце|серце)\s+(\w+\s+)?(давит|сжимает|сжимается|сдавливает|тисне|стискає|стискається|здавлює)\b|\b(me|le)\s+(aprieta|oprime|estruja)\s+el\s+corazon\b|\bheart\s+(feels\s+)?(squeezed|squeezing|tight|crushed|being\s+squeezed)\b",
    ],
    # the left arm numb, weak or "asleep" beside the chest (the radiating pain kind)
    "radiate": [
        r"\bleft\s+arm\s+(\w+\s+){0,2}(gone\s+weak|weak|dead|asleep|numb|tingl\w*)\b|\b(brazo\s+izquierdo)\s+(\w+\s+)?(dormido|entumid\w*|adormecid\w*|no\s+lo\s+siento)\b|\b(agarra|duele|jala)\s+(\w+\s+)?el\s+brazo\s+izquierdo\b",
        r"\bлев(ая|ую)\s+рук\w*\s+(\w+\s+)?(отнял\w*|онемел\w*|немеет|не\s+чувству\w*)|\bлів(а|у)\s+рук\w*\s+(\w+\s+)?(онімі\w*|німіє|віднял\w*|відняла\w*)|\blev(aya|uyu)\s+ruk\w*\s+(\w+\s+)?(nemeet|otnyal\w*|onemel\w*)|\bliv(a|u)\s+ruk\w*\s+(\w+\s+)?(onimi\w*|nimiye|vidnyal\w*)",
    ],
}
# -- kinds found on blind7-tune (2026-12-06), added to the kinds above --
_BLIND7_BODY: dict[str, list[str]] = {
    # a burning chest ("me quema el pecho", "me arde el pecho"), pressure behind the breastbone
    # ("тисне за грудиною", "давит за грудиной")
    "chest": [
        r"\b(схвати\w*|схопи\w*|вхопи\w*|ухвати\w*)\s+(\w+\s+)?за\s+(груд\w*|сердце|серце)\b",
        r"\b(me|le)\s+(quema|quemaba|arde|ardia|pincha|punza)\s+(\w+\s+)?(el\s+)?pecho\b|\bquemazon\s+(\w+\s+)?(en\s+el\s+)?pecho\b",
        r"\b(жм[её]т|жме|давит\w*|давить|тисне|тиснуло|пече|печ[её]т|болит|болить|колет|коле|ноет|ниє|стискає)\s+(\w+\s+)?за\s+грудин\w*|\bза\s+грудин\w*\s+(\w+\s+)?(жм|дав|тисн|печ|пек|бол|кол|стиск|сдав|здав)\w*",
    ],
    # a racing heart said by its medical name ("taquicardia", "тахикардия", "тахікардія")
    "heart": [
        r"\b(taquicardi\w*|tachycardi\w*|тахикарди\w*|тахікарді\w*)",
    ],
    # a whole night on a stimulant ("toda la noche con perico", "курив кристал всю ніч", "up all night
    # on coke"), a "coke bender": only with the chest, the heart, heat, confusion, fainting or numbness (binge's pairs)
    "binge": [
        r"\btoda\s+la\s+noche\s+(\w+\s+)?(con|de|metiendo\w*|fumando|tomando|dandole|pegandole|esnifando|jalando)\b|\b(metiendo\w*|fumando|jalando|esnifando|tomando)\s+(\w+\s+){0,2}toda\s+la\s+noche\b",
        r"\b(курил\w*|курив|нюхал\w*|нюхав|торчал\w*|торчав|долбил\w*|сидел\w*\s+на|сидів\s+на|їбашив|ебашил\w*)\s+(\w+\s+)?(всю|цілу|целую|усю)\s+(ночь|ніч)\b|\b(всю|цілу|целую|усю)\s+(ночь|ніч)\s+(\w+\s+)?(курил\w*|курив|нюха\w*|торч\w*|долби\w*|на\s+(фен\w*|меф\w*|кокс\w*|кристал\w*|амф\w*|альф\w*|сол\w*))",
        r"\b(coke|meth|speed|crack|molly|mdma|mandy|ket)\s+(bender|binge)\b|\b(binge\w*|bender)\s+on\s+(coke|meth|speed|crack|molly|mdma|mandy)\b",
        r"\ball\s+night\s+(long\s+)?(on|doing|smoking|snorting|sniffing|railing)\b|\b(smok\w*|snort\w*|sniff\w*|railing|doing\s+(coke|lines|meth|speed|bumps))\s+(\w+\s+){0,2}all\s+night\b",
    ],
    # half the face gone numb or asleep ("se me duerme media cara"): a dropped face, beside a weak arm
    "face_droop": [
        r"\bse\s+(me|le)\s+(duerme|durmio|adormece|adormecio|entumece|entumio|cae|cayo)\s+(la\s+|media\s+|toda\s+la\s+|un\s+lado\s+de\s+la\s+)?(cara|boca)\b|\bmedia\s+cara\s+(dormida|entumida|adormecida)\b",
    ],
    # grabbing the chest, said with the other verb ("схватился за грудь", "схопився за серце")
    # ... and soaked in sweat ("весь мокрый", "empapado")
    "sweat": [
        r"\b(весь|вся|увесь|уся)\s+(мокр\w*|в\s+поту|у\s+поту|спітніл\w*|вспотевш\w*)\b|\b(empapad[oa]\s+(en|de)\s+sudor|soaked\s+in\s+sweat|drenched\s+in\s+sweat)\b",
    ],
    # muddled thoughts, double vision ("думки плутаються", "в глазах двоится", "veo doble")
    "confused": [
        r"\b(думки|мысли|мисли)\s+(\w+\s+)?(плутаються|путаются|заплутуються|сбиваются)\b|\b(плутаються|путаются)\s+(\w+\s+)?(думки|мысли)\b|\b(в|у)\s+(очах|глазах)\s+(\w+\s+)?(двоїться|двоится)\b|\b(double\s+vision|seeing\s+double|veo\s+doble|ve\s+doble)\b|\bcan'?t\s+think\s+straight\b",
    ],
    # a slow heart beside nodding off ("серце повільне, засинаю", "pulse is weak and slow")
    "slow_heart": [
        r"\b(серце|сердце|heart|corazon|пульс|pulse|pulso)\s+(\w+\s+){0,2}(повільн\w*|медленн\w*|ледве\s+б'?ється|еле\s+бьется|slow\w*|barely\s+beating|lento|debil|слаб\w*)\b",
    ],
    # blood pressure through the roof ("тиск 200 на 120", "presión 190/110"): with a headache,
    # the chest, the heart, confusion, numbness, fainting
    "bp_high": [
        r"\b(тиск|давление|davlenie|presion|pressure|bp|blood\s+pressure)\s+(\w+\s+){0,2}(1[89]\d|2\d\d)\s*(на|/|over|sobre|de)?\s*\d{2,3}\b",
    ],
    # a high fever said in slang ("volando de fiebre", "ardiendo en fiebre")
    "heat": [
        r"\b(volando|ardiendo|hirviendo|quemandose|muriendose)\s+(\w+\s+)?(de|en)\s+(fiebre|calentura)\b|\b(fiebre|calentura)\s+(altisima|muy\s+alta|bien\s+alta)\b",
    ],
}
# -- kinds found on blind7-tune's last rule misses (2026-12-06, session 10) --
_BLIND7_LAST_BODY: dict[str, list[str]] = {
    # a knock to the head ("se pegó en la cabeza", "ударился головой", "hit his head"): only beside
    # shaking, fainting, being knocked out, confusion, nodding off or vomiting, about using (a fit
    # that threw someone against the table; not a bike fall)
    "head_hit": [
        r"\b(hit|banged|smacked|cracked|bashed|knocked)\s+(his|her|their|my)\s+head\b|\bhead\s+(hit|smacked|banged)\s+(on|against)\b",
        r"\b(ударил(ся|ась)|стукнул(ся|ась)|вдарил(ся|ась)|ударив(ся|сь)|вдарив(ся|сь)|вдарила(ся|сь)|стукнув(ся|сь)|стукнула(ся|сь)|ударила(ся|сь)|приложил(ся|ась))\s+(\w+\s+)?(голов\w*|башк\w*|затылк\w*|потилиц\w*)\b|\b(голов\w*|башк\w*)\s+(\w+\s+)?об\s+\w+",
        r"\bse\s+(pego|golpeo|dio|lastimo|abrio|rompio|descalabro)\s+(\w+\s+){0,3}(en\s+)?la\s+(cabeza|choya|maceta)\b|\b(golpe|golpazo|madrazo|chingadazo|putazo|trancazo)\s+en\s+la\s+(cabeza|choya)\b",
    ],
    # -- tune23 (session 10) --
    # a head that will not stay up ("cant keep my head up", "голова падает", "no puede sostener la cabeza")
    "drowsy": [
        r"\b(can'?t|cant|cannot|can\s+barely|barely)\s+(keep|hold)\s+(my|his|her|their)\s+head\s+up\b|\bhead\s+keeps\s+(dropping|falling|nodding|lolling)\b|\bголова\s+(\w+\s+)?(падает|падає|валится|валиться)\b|\bno\s+(puedo|puede)\s+(sostener|mantener|levantar)\s+la\s+cabeza\b",
    ],
    # a heart "going mental", "me late durísimo"
    "heart": [
        r"\bheart\s+(\w+\s+){0,2}going\s+(mental|nuts|insane|wild|ballistic|haywire|off\s+the\s+charts)\b",
        r"\b(corazon\s+(\w+\s+){0,2}|(me|le)\s+)late\s+(el\s+corazon\s+)?(durisimo|fortisimo|rapidisimo|a\s+lo\s+loco|a\s+mil|bien\s+(duro|fuerte|rapido|cabron)|re\s+(fuerte|rapido))\b",
        # session 20 probes: beating badly or wildly ("el corazón me late fatal", "me late horrible",
        # "le late a tope", "me late rarísimo")
        r"\b(corazon\s+(\w+\s+){0,2}|(me|le)\s+)late\s+(el\s+corazon\s+)?(fatal|horrible|fatalisimo|a\s+tope|como\s+(un\s+)?loco|rarisimo|fuertisimo|demasiado\s+(rapido|fuerte))\b",
    ],
    # a chest "about to burst" ("el pecho que le revienta", "me revienta el pecho")
    "chest": [
        r"\bpecho\s+que\s+(le|me)\s+(revienta|explota|estalla)\b|\b(le|me)\s+(revienta|explota|estalla)\s+el\s+pecho\b",
    ],
    # sweat pouring ("sudando a chorros"), sweating said otherwise ("transpira")
    "sweat": [
        r"\b(sudando|suda|sudor|chorreando)\s+(a\s+chorros|a\s+mares|sudor)\b",
    ],
    "sweating": [
        r"\b(transpira|transpirando|transpiro|sudoroso|sudorosa)\b",
    ],
    # white as a sheet ("está re blanco", "blanca como la pared")
    "dizzy": [
        r"\b(re|bien|muy|todo|toda|super)\s+blanc[oa]\b|\bblanc[oa]\s+como\s+(la\s+pared|un\s+papel|una\s+hoja)\b|\bwhite\s+as\s+a\s+sheet\b",
    ],
    # half the body gone numb ("se me durmió medio cuerpo"), can't talk right ("no puedo hablar bien")
    "numb": [
        r"\bse\s+(me|le)\s+(durmio|duerme|adormecio|adormece|entumio)\s+(medio|la\s+mitad\s+del|todo\s+el)\s+cuerpo\b|\bmedio\s+cuerpo\s+(dormido|adormecido|entumido)\b",
        r"\b(can'?t|cant|cannot)\s+feel\s+(my|his|her|their)\s+(lips|mouth|tongue)\b",
    ],
    "slurred": [
        r"\bno\s+(puedo|podia|pudo)\s+hablar\s+bien\b|\b(can'?t|cant)\s+talk\s+right\b",
    ],
    # blood pressure dropped ("le bajó la presión", "давление упало", "тиск впав"): only with fainting,
    # dizziness, being knocked out, breathing, the chest or the heart, about using
    "bp_low": [
        r"\b(le|me)\s+(bajo|bajó|baja|cayo)\s+(mucho\s+)?la\s+presion\b|\bpresion\s+(muy\s+|re\s+)?(baja|bajisima|por\s+los\s+suelos)\b|\b(давление|тиск)\s+(\w+\s+)?(упало|упал|падает|впав|впало|падає|низьк\w*|низк\w*)\b|\b(blood\s+)?pressure\s+(dropped|crashed|is\s+really\s+low|tanked)\b",
    ],
    # the air gone ("se le fue el aire"), lying on the floor ("está tirado en el piso")
    "breath": [
        r"\bse\s+(me|le)\s+(fue|va|corta|corto)\s+el\s+aire\b|\bno\s+le\s+entra\s+(el\s+)?aire\b",
    ],
    "lying": [
        r"\b(esta|quedo|se\s+quedo)\s+tirad[oa]\b(?!\s+en\s+(el\s+)?(sofa|sillon|cama|pasto|cesped|playa))",
    ],
    # cold to the touch ("está fría", "ice cold", "холодный", "крижана"): only with pallor, nodding
    # off, breathing, fainting, being knocked out or lying there, about using
    "cold_skin": [
        r"\b(esta|se\s+puso|bien|re|muy|toda|todo)\s+(fri[oa]|helad[oa])\b|\b(ice|stone)\s+cold\b|\b(is|feels|skin\s+is|he'?s|she'?s|hes|shes)\s+(so\s+|really\s+|very\s+)?cold\b(?!\s+(outside|out|today|here|in\s+here))|\b(весь|вся|увесь|уся|такой|такая|такий|така)\s+(холодн\w*|ледян\w*|крижан\w*)\b",
    ],
    # shaking that started ("його почало трясти", "его затрясло", "se puso a temblar feísimo")
    "shaking": [
        r"\b(почало|почав|почала|начало|начал|начала|стало|став|стала)\s+(\w+\s+)?(трясти|тіпати|трусити|колотить|колотити|колбасить|сіпати|дергать)\b|\b(затрясло|затрусило|затіпало|заколотило)\b",
        r"\b(se\s+)?(puso|pone|empezo|comenzo)\s+a\s+(temblar|convulsionar|sacudirse|retorcerse)\b",
    ],
    # the heart felt stopping ("siento que se me para el corazón", "серце зупиняється", "my heart
    # feels like it's stopping"): with any other kind, "took too much", or alone beside a drug
    "heart_stop": [
        r"\bse\s+(me|le)\s+(para|detiene|va\s+a\s+parar|esta\s+parando|quiere\s+parar)\s+el\s+corazon\b|\bcorazon\s+(\w+\s+)?se\s+(me\s+|le\s+)?(para|detiene|va\s+a\s+parar)\b",
        r"\bheart\s+(is\s+|keeps\s+|feels\s+like\s+(it'?s|its|it\s+is)\s+)?(stopping|going\s+to\s+stop|about\s+to\s+stop|gonna\s+stop)\b",
        # (not wished: "закину всё, и пусть сердце остановится" is a plan, the crisis reply's; tune52)
        r"\b(сердце|серце)(?<!пусть\sсердце)(?<!пускай\sсердце)(?<!хай\sсерце)(?<!нехай\sсерце)\s+(\w+\s+)?(останавливается|остановится|зупиняється|зупиниться|вот-?вот\s+останов\w*|ось-?ось\s+зупин\w*)\b",
        # a cardiac arrest said now (session 13 probes: "le está dando un paro", "cardiac arrest")
        r"\b(le|me)\s+(esta\s+)?(dando|dio|da|va\s+a\s+dar)\s+un\s+paro\b|\bparo\s+(cardiaco|cardiorrespiratorio|respiratorio)\b|\bcardiac\s+arrest\b|\bостановк\w*\s+сердц\w*|\bзупинк\w*\s+серц\w*",
    ],
}
# -- tune25 (2026-12-06, session 11, issue #9) --
_TUNE25_BODY: dict[str, list[str]] = {
    # hot all over ("вся гаряча", "уся горяча") and no sweat said with the other verb ("не потіє")
    "heat": [
        r"\b(вся|весь|уся|увесь)\s+(такая\s+|такий\s+|така\s+|такой\s+)?(гаряч\w*|горяч\w*)\b|\b(уже\s+|вже\s+)?(навіть\s+)?не\s+потіє\b|\bперестал\w*\s+потіти\b|\bперестав\s+потіти\b",
    ],
    # the chest pressed, the verb first and no "в" ("давит грудь", "стискає груди", "жмёт грудину")
    "chest": [
        r"\b(давит|сдавливает|сжимает|жмет|тисне|стискає|здавлює|пече|печет|болит|болить|ломит)\s+(\w+\s+)?(грудь|груди|грудину)\b",
    ],
    # days on a stimulant counted by their order ("вторые сутки на фене", "третю добу", "day 3 on",
    # "tercer día de fiesta"): with the kinds "binge" goes with, about using ("третий день на работе")
    "binge_day": [
        r"\b(вторы\w*|трет\w*|четверт\w*|пят\w*|другу|другий|другої|п'?ят\w*)\s+(сутки|суток|ночь|ночи|день|дня|добу|доба|ніч|ночі|день)\b|\b(day|night)\s+(\d|two|three|four|five)\s+(on|of|awake)\b|\b(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(day|night)\s+(on|of|awake|straight|without\s+sleep)\b|\b(segundo|tercer|cuarto|quinto)\s+dia\s+(de|con|sin)\b",
    ],
    # clammy skin ("cold and clammy", "холодный и липкий", "холодна й волога", "fría y sudada")
    "cold_skin": [
        r"\bclammy\b|\bcold\s+to\s+the\s+touch\b|\bхолодн\w*\s+(и|й|і)\s+(липк\w*|влажн\w*|мокр\w*|волог\w*)|\bхолодн\w*\s+на\s+(ощупь|дотик)\b|\bfri[oa]\s+y\s+(sudad[oa]|pegajos[oa]|humed[oa])\b|\bfri[oa]\s+al\s+tacto\b|\bpiel\s+(\w+\s+)?(fria|helada|pegajosa)\b",
    ],
    # an arm or a leg going dead ("рука отнимается", "нога віднімається", "se me va el brazo")
    "numb": [
        # a body going numb said as "falling asleep" ("se me está durmiendo todo el cuerpo")
        r"\bse\s+(me|le)\s+(esta|estan)\s+(durmiendo|entumiendo)\s+(todo\s+el\s+cuerpo|el\s+cuerpo|medio\s+cuerpo|la\s+cara|el\s+brazo|los\s+brazos|la\s+pierna|las\s+piernas|las\s+manos|la\s+boca|los\s+labios)\b",
        r"\b(рука|руки|нога|ноги|руку|ногу)\s+(\w+\s+)?(отнимает\w*|отнял\w*|отнялась|віднімає\w*|віднял\w*|відняло\w*)\b|\b(arm|leg)\s+(\w+\s+)?(went|gone|going)\s+dead\b",
    ],
    # the heart said verb first ("le late el corazón muy rápido", "va el corazón a mil")
    "heart": [
        r"\b(late|palpita|bombea|va|latiendo|golpea)\s+(\w+\s+)?(el\s+)?corazon\s+(\w+\s+)?(rapid\w*|fuerte|a\s+mil|como\s+loc[oa]|durisimo|rapidisimo|a\s+tope)\b",
        # "my heart is beating so fast", "heart going really hard"
        r"\bheart\s+(is\s+)?(beating|going|pounding|racing|thumping)\s+(so\s+|really\s+|very\s+|super\s+|too\s+|way\s+too\s+|crazy\s+)?(fast|hard|quick)\b",
    ],
    "dizzy": [
        r"\b(mareand\w*|mareos?|se\s+(\w+\s+)?marea\w*|me\s+(\w+\s+)?mareo)\b",
    ],
    # shaking said after "and"/"i'm" ("burning up and shaking"), Ukrainian "трясеться"
    "shaking": [
        r"\b(i'?m|im|and)\s+(shaking|trembling|shivering)\b(?!\s+(hands|my|his|her|it|with|from|like\s+a\s+leaf))|\b(трясеться|труситься|тремтить|тремтять|дрижить)\b",
    ],
    # hot said alone ("хлопець після екстазі гарячий"): only beside shaking, confusion, fainting, the
    # heart or the chest, about using
    "hot_word": [
        r"\b(гарячий|гаряча|горячий|горячая|hot|caliente)\b(?!\s+(weather|day|outside|today|here|in\s+here|water|tea|coffee|shower|bath|sauce|chocolate|food|chips|wings|girl|guy|take|dog|days?|чай|кофе|каву|вода|воду|душ|ванн\w*|погод\w*|день|дні|дни|обід|обед|суп|agua|cafe|te|dia|clima|comida|sopa))",
    ],
    # not recognising anyone ("no reconoce a nadie", "никого не узнаёт", "нікого не впізнає")
    "confused": [
        r"\bno\s+reconoce\s+a\s+(nadie|su\s+\w+)\b|\bникого\s+не\s+узна\w*|\bнікого\s+не\s+впізна\w*|\b(doesn'?t|doesnt|does\s+not|can'?t)\s+recogni[sz]e\s+(anyone|anybody|us|me)\b",
    ],
    # on the floor: only with cold or clammy skin, foam or a body gone stiff, about using
    "floor": [
        r"\bon\s+the\s+(\w+\s+)?floor\b|\bна\s+полу\b|\bна\s+підлозі\b|\ben\s+el\s+(piso|suelo)\b",
    ],
    # foam or froth without "at the mouth" ("foaming after the spice", "пена пошла", "echa espuma"):
    # only with a body gone stiff, shaking, fainting, breathing, confusion or the floor, about using
    "foam": [
        r"\b(foam|foaming|foams|froth|frothing)\b|\bпен(а|ой|у)\s+(пошла|идет|идёт|изо|из|на)\b|\bпін(а|ою|у)\s+(пішла|йде|з|із|на)\b|\b(echa|echando|sale|le\s+sale|saca)\s+(\w+\s+)?espuma\b",
    ],
    # a body gone stiff or rigid ("gone stiff", "весь одеревенел", "заклякла", "se puso rígido")
    "stiff": [
        r"\b(gone|went|going|goes|is|all|body|and|he'?s|she'?s|hes|shes)\s+(\w+\s+)?(stiff|rigid)\b(?!\s+(neck|drink|back))|\b(stiffened|stiffening)\s+up\b",
        r"\b(одеревенел\w*|задеревенел\w*|окостенел\w*|задерев'?ян\w*|заклякл?\w*)\b|\b(весь|вся|тело|тіло)\s+(\w+\s+)?(напрягл\w*|свело|звело|скрутило|напружи\w*)\b",
        r"\b(se\s+puso|se\s+quedo|quedo|esta|se\s+esta\s+poniendo)\s+(\w+\s+)?(rigid[oa]|engarrotad[oa]|durit[oa])\b|\bengarrot\w*",
    ],
}
_ONLY_WITH_TUNE25 = {
    "hot_word": frozenset({"shaking", "confused", "faint", "heart", "chest"}),
    # not with confusion: "на вторые сутки начинаются глюки" tells what a binge does, in general
    "binge_day": frozenset({"chest", "heart", "heat", "faint", "numb"}),
    "floor": frozenset({"cold_skin", "foam", "stiff"}),
    "foam": frozenset(
        {
            "stiff",
            "shaking",
            "faint",
            "knocked_out",
            "breath",
            "confused",
            "drowsy",
            "floor",
            "lying",
        }
    ),
    "stiff": frozenset({"foam", "shaking", "faint", "knocked_out", "breath", "confused", "floor"}),
}
# blind11-tune's kinds (session 14, late round): falling asleep and unable to stop it, legs that
# will not work, a heart like a jackhammer, someone who no longer hears the people beside them, talk
# that makes no sense, sweating said "transpirar"
_LATE14_BODY = {
    "drowsy": [
        r"\b(falling|fall|keep\s+falling|keeps\s+falling|nodding)\s+(asleep\s+|off\s+)?(\w+\s+){0,3}(can'?t|cant|cannot)\s+stop\b|\b(can'?t|cant|cannot)\s+(stop|help)\s+(myself\s+|himself\s+|herself\s+)?(falling\s+asleep|nodding\s+off|passing\s+out)\b|\b(me|le|se\s+le|nos)\s+cuesta\s+(mantener(me|se|nos)|quedar(me|se|nos)|seguir)\s+despiert[oa]s?\b|\bno\s+(puedo|puede|podemos)\s+(mantenerme|mantenerse|seguir)\s+despiert[oa]s?\b|\b(не\s+могу|не\s+можу|не\s+может|не\s+може)\s+(не\s+)?(уснуть|заснуть|заснути|заснуть|держать\s+глаза|тримати\s+очі)\s+(открытыми|відкритими)?",
    ],
    "numb": [
        r"\b(legs?|arms?)\s+(aren'?t|arent|are\s+not|isn'?t|won'?t|wont|stopped)\s+work\w*\b|\b(can'?t|cant|cannot)\s+(feel|move)\s+(my|his|her)\s+(legs|arms)\b|\b(ноги|руки)\s+(не\s+)?(отказыва\w*|отказал\w*|не\s+слушаются|не\s+слухаються|не\s+держат|не\s+тримають|відмовля\w*|відмовил\w*)|\bno\s+(siento|siente|me\s+responden|le\s+responden)\s+las\s+(piernas|brazos)\b",
    ],
    "heart": [
        r"\bheart'?s\s+(racing|pounding|thumping|going\s+mad|going\s+mental)\b|\b(сердце|серце)\s+(\w+\s+)?(как|як|будто|ніби|наче)\s+(отбойн\w*|відбійн\w*)\s+молот\w*|\bcorazon\s+(\w+\s+)?como\s+(un\s+)?(martillo|taladro)\b",
    ],
    "confused": [
        r"\b(нас|меня|мене)\s+не\s+(слышит|слышат|чує|чують|узнает|впізнає)\b|\bне\s+(слышит|чує|узнает|впізнає)\s+(нас|меня|мене)\b|\b(doesn'?t|does\s+not|can'?t|cant)\s+(hear|recogni[sz]e)\s+(us|me)\b|\bno\s+(nos|me)\s+(escucha|oye|reconoce)\b|\bdice\s+(cualquier\s+cosa|cosas\s+sin\s+sentido|incoherencias)\b|\bhabla\s+(incoherencias|sin\s+sentido)\b|\b(несет|несёт|несе)\s+(бред|маячню|нісенітниц\w*)\b",
    ],
    "sweat": [
        r"\b(no\s+para\s+de\s+)?transpir\w*\b|\b(весь|вся|увесь|уся)\s+(потн\w*|спітніл\w*|спітнів\w*)\b",
    ],
}

# session 16 (tune37), kinds the rules missed on its first look:
# The chest about to burst after a stimulant ("siento que me va a explotar el pecho", "my chest is
# gonna explode", "грудь сейчас разорвётся", "груди ніби розірве"): the chest kind
_CHEST_BURSTING = [
    r"\b(explotar|estallar|reventar)\s+(\w+\s+)?(el\s+)?pecho\b|\bpecho\s+(\w+\s+){0,2}(explot\w*|estall\w*|revient\w*|reventar)\b",
    r"\bchest\s+(\w+\s+){0,3}(explod\w*|burst\w*|cave\s+in)\b",
    r"\b(груд\w*)\s+(\w+\s+){0,2}(разорв\w*|взорв\w*|лопн\w*|розірв\w*|розірве|вибухн\w*|лусн\w*)\b|\b(разорв|взорв|розірв|розірве)\w*\s+(\w+\s+)?груд\w*",
]
# Slow and dull said plainly ("está muy lenta", "la veo aletargada", "really sluggish", "какая-то
# заторможенная", "загальмований"): the drowsy kind
_SLUGGISH = [
    r"\b(esta|anda|lo\s+veo|la\s+veo|se\s+ve)\s+(muy\s+|re\s+|bien\s+|super\s+|toda\s+|todo\s+)?(lent[oa]|aletargad[oa]|atontad[oa]|ausente)\b|\baletargad[oa]\b",
    r"\b(really|very|super|so|totally)\s+(sluggish|out\s+of\s+it)\b",
    r"\b(заторможенн?\w*|загальмован\w*)\b",
]
# Running about wildly, naked or screaming ("running around the road naked screaming", "бегает голый
# по двору и орёт", "corriendo desnudo por la calle"): the agitated kind (it pairs with heat)
_RUNNING_WILD = [
    r"\brunning\s+(around\s+|about\s+)?(\w+\s+){0,3}(naked|screaming|yelling)\b|\b(screaming|yelling)\s+and\s+running\b",
    r"\b(бега\w*|бігає|бігав|носится|носиться)\s+(\w+\s+){0,3}(голы\w*|гол\w*|орет|орёт|кричит|кричить|верещ\w*)\b|\b(голы\w*|гол\w*)\s+(\w+\s+){0,2}(бега\w*|бігає|носится|носиться)\b",
    r"\b(corriendo|corre)\s+(\w+\s+){0,3}(desnud[oa]|gritando)\b|\bdesnud[oa]\s+(\w+\s+){0,2}(corriendo|gritando)\b",
]
# Shaking that will not stop, said in the first person ("no paro de temblar", "can't stop shaking",
# "не можу перестати трястися")
_CANT_STOP_SHAKING = [
    r"\bno\s+(paro|para|puedo\s+parar|puede\s+parar|dejo|deja)\s+de\s+(temblar|sacudirme|sacudirse|convulsionar)\b|\b(can'?t|cant|cannot|won'?t|wont)\s+stop\s+(shaking|trembling|twitching|jerking)\b",
    r"\bне\s+(могу|можу|может|може)\s+(перестать|перестати|припинити)\s+(трястись|трястися|дрожать|тремтіти|труситися)\b",
]
# Feeling something is about to happen to one's body ("siento que me da algo", "feel like i'm about to
# have a heart attack" is the attack kind): the doom kind
_ABOUT_TO = [
    r"\bsiento\s+que\s+me\s+(da|va\s+a\s+dar)\s+algo\b|\bfeel\s+like\s+something\s+(bad\s+)?is\s+(about\s+to|going\s+to|gonna)\s+happen\s+to\s+me\b",
    # session 20 probes: "creo que me da algo", "me va a dar algo", "me está dando algo" (Spain and
    # Mexico: something is about to happen to me), beside a drug taken (the kind needs one)
    r"\b(creo\s+que|como\s+que|que)\s+me\s+(da|va\s+a\s+dar|esta\s+dando)\s+algo\b|\bme\s+(va|esta)\s+a?\s*(dar|dando)\s+algo\b",
]
_TUNE37_BODY = {
    "chest": _CHEST_BURSTING,
    "drowsy": _SLUGGISH,
    "agitated": _RUNNING_WILD,
    "shaking": _CANT_STOP_SHAKING,
    "doom_self": _ABOUT_TO,
}
# blind14-tune (late round): the heart skipping or leaping said in Spanish ("el corazón me da saltos",
# "le da vuelcos"); jerks or spasms that will not stop ("tengo espasmos y no los puedo parar", "twitching
# and i can't make it stop", "дёргает и не могу остановить"); not recognising anyone ("меня не узнаёт",
# "не впізнає нікого", "doesn't recognise me", "no me reconoce")
# session 24 (emerg, tune53's kinds): heat said "calientísima", "весь палає"; drowsy said beside the
# heat ("so hot and drowsy", "caliente y adormilada", "гаряча і сонна"); the chest crushed in other
# words ("crushing feeling in my chest", "squeezing in his chest")
_S24_BODY = {
    "heat": [
        r"\bcalientisim[oa]s?\b|\b(весь|вся|увесь|уся|он|она|він|вона)\s+(\w+\s+)?(палає|пылает|палаю|пылаю)\b",
    ],
    "drowsy": [
        r"\b(hot|burning\s+up|calient\w*|ardiendo|гаряч\w*|горяч\w*)\s+(and|y|e|і|и|й|та)\s+(so\s+|very\s+|muy\s+|дуже\s+|очень\s+)?(drowsy|sleepy|adormilad[oa]|somnolient[oa]|sonolient[oa]|сонн\w*|сонлив\w*)\b",
    ],
    "chest": [
        r"\b(crushing|squeezing|crushed|squeezed)\s+(\w+\s+){0,2}(in|on)\s+(my|his|her|the)\s+chest\b",
        r"\bchest\s+(\w+\s+){0,4}(being\s+)?(stood|sat|stepped|standing|sitting)\s+on\b|\b(someone|somebody|something)\s+(is\s+)?(standing|sitting)\s+on\s+(my|his|her)\s+chest\b",
    ],
}

_BLIND14_BODY = {
    "heart": [
        r"\bcorazon\s+(me\s+|le\s+|te\s+)?(da|pega|hace|daba|pegaba)\s+(saltos|brincos|vuelcos|golpes)\b",
    ],
    "shaking": [
        r"\b(sacudidas|espasmos|tirones|temblores|convulsiones)\b(\s+\w+){0,4}?\s+no\s+(las\s+|los\s+|se\s+|me\s+)?(puedo|puede|podemos|paran|para|consigo|logro)\b",
        r"\b(twitch\w*|jerk\w*|spasm\w*)\b(\s+\w+){0,4}?\s+(can'?t|cant|cannot|won'?t|wont)\s+(stop|make\s+(it|them)\s+stop)\b",
        r"\b(дергает|дёргает|дергаюсь|дёргаюсь|дергается|дёргается|сіпає|сіпаюсь|сіпається|смикає|смикаюсь)\b(\s+\w+){0,4}?\s+не\s+(могу|можу|может|може)\s+(остановить\w*|перестать|зупинит\w*|припинит\w*)\b",
    ],
    "confused": [
        r"\b(меня|мене|никого|нікого|нас)\s+не\s+(узнает|узнаёт|впізнає|пізнає)\b|\bне\s+(узнает|узнаёт|впізнає|пізнає)\s+(меня|мене|никого|нікого|нас)\b",
        r"\b(doesn'?t|does\s+not|didn'?t|won'?t)\s+(recogni[sz]e|know)\s+(me|us|anyone|anybody)\b",
        r"\bno\s+(me|nos)\s+reconoce\b|\bno\s+reconoce\s+a\s+nadie\b",
    ],
}

_ONLY_WITH_LAST = {
    "head_hit": frozenset({"shaking", "faint", "knocked_out", "confused", "drowsy", "vomit"}),
    "bp_low": frozenset({"faint", "dizzy", "knocked_out", "breath", "chest", "heart"}),
    "cold_skin": frozenset({"dizzy", "drowsy", "breath", "faint", "knocked_out", "lying"}),
}
_BODY = KindPatterns(
    {
        kind: [
            *(_BODY_KINDS[kind].patterns if kind in _BODY_KINDS else []),
            *_MORE_BODY.get(kind, []),
            *_BLIND7_BODY.get(kind, []),
            *_BLIND7_LAST_BODY.get(kind, []),
            *_TUNE25_BODY.get(kind, []),
            *_LATE14_BODY.get(kind, []),
            *_TUNE37_BODY.get(kind, []),
            *_BLIND14_BODY.get(kind, []),
            *_S24_BODY.get(kind, []),
        ]
        for kind in {
            **_BODY_KINDS,
            **_MORE_BODY,
            **_BLIND7_BODY,
            **_BLIND7_LAST_BODY,
            **_TUNE25_BODY,
            **_LATE14_BODY,
            **_TUNE37_BODY,
            **_BLIND14_BODY,
            **_S24_BODY,
        }
    }
)

# "I took too much", "переборщил", "me pasé": with one symptom kind, an emergency.
_TOO_MUCH = compile_any(
    [
        # tune47 (session 21): more than usual ("took more than i normally do", "взял больше чем обычно",
        # "прийняв більше ніж зазвичай", "me metí más de lo normal")
        r"\b(took|take|taken|did|done|used|had|shot|snorted|smoked|swallowed|popped|necked|injected)\s+(\w+\s+){0,2}(way\s+|a\s+lot\s+|much\s+|loads\s+)?more\s+than\s+(i\s+|he\s+|she\s+|we\s+|they\s+)?(normally|usually|usual|normal|always|ever|my\s+usual|(i|he|she|we|they)\s+(normally|usually)\s+(do|does))\b|\b(double|twice)\s+(my|his|her|the)\s+(usual|normal)\s+(dose|amount|shot|line)\b",
        # a batch stronger than usual (blind19-tune: "did a shot, way stronger than normal"): "сильнее
        # чем обычно", "сильніше ніж зазвичай", "más fuerte de lo normal"
        r"\bstronger\s+than\s+expected\b",  # ``_THAN_USUAL``'s reading
        r"\b(больше|більше)\s*,?\s+(чем|ніж|чим)\s+(обычно|всегда|зазвичай|завжди|звичайно)\b|\bбольше\s+обычного\b|\bбільше\s+звичайного\b|\bmas\s+(de\s+lo\s+(normal|usual|que\s+suelo)|que\s+de\s+costumbre|que\s+nunca)\b",
        # session 19 (tune43 probes): "swallowed way too many", "popped too many" (not "ate": food)
        r"\b(took|take|taken|did|done|do|used|had|shot|snorted|smoked|swallowed|popped|necked|injected)\s+(\w+\s+){0,2}too\s+(much|many)\b|\b(one|a\s+few|a\s+couple)\s+too\s+many\b|\boverd(id|one)\s+(it|the|his|her|my|their)\b(?!\s+(\w+\s+)?(at|with|on|in)\s+(\w+\s+)?(work|gym|job|shift|office|training|workout|run|running|exercise|cardio|practice|school|uni|sun|garden|yard)\b)|\bwent\s+(way\s+)?too\s+hard\s+(on|with)\b|\b(too\s+much|too\s+many)\s+(fent|g|ket|coke|pills|bars|xanax|molly|mdma|heroin|meth)\b",
        r"\b(закинул\w*|принял\w*|вмазал\w*|съел\w*|закинув|прийняв|вмазав|з'?їв)\s+(\w+\s+)?(лишн\w*|зайв\w*)|\bпереборщил\w*|\bперебрал\w*|\bперебор\b|\bслишком\s+много\b|\bперебрав\w*|\bперебра(ла|ли)\b|\bзанадто\s+багато\b|\bзабагато\b|\bперестарал(ся|ась|ись)\b|\bперестара(вся|лась|лася|лись|лися)\b",
        r"\bme\s+pase\b(?!\s+de\s+(trabajo|chamba|ejercicio|gym))|\bse\s+paso\s+(con|de)\b|\bme\s+exced\w*|\bde\s+mas\b|\bdemasiad[oa]s?\b",
        # a count lost (blind5-tune): "no sé cuántas rulas me tomé", "не помню сколько колёс съел"
        r"\bno\s+se\s+cuant[oa]s?\b|\b(dunno|idk|no\s+clue)\s+how\s+(many|much)\b|\b(скольк\w*|скільки)\s+не\s+(помню|знаю|пам'?ятаю)\b|\b(не\s+(помню|знаю|пам'?ятаю)|хз)\s+(скольк\w*|скільки)\b|\b(no\s+idea|don'?t\s+know|dont\s+know|lost\s+count\s+of)\s+how\s+(many|much)\b|\blost\s+count\b",
        r"\b(took|swallowed|taken|ate|popped|had|did|done|snorted|smoked|shot)\s+(like\s+)?(a\s+bunch|a\s+lot|loads|a\s+ton|tons|a\s+load|heaps)\s+of\b|\b(whole|entire)\s+(bottle|pack|packet|strip|sheet|box|blister|bag)\b|\b(took|swallowed|taken|ate|popped|had)\s+(like\s+|about\s+|around\s+)?([4-9]|\d\d|four|five|six|seven|eight|nine|ten|a\s+dozen|a\s+handful\s+of)\s+(\w+\s+)?(pills|tabs|tablets|oxys?|bars|xans?|xanax|percs?|tramadols?|valiums?|klonopins?|benzos|lyrica|gabas?)\b|\b(accidentally|by\s+accident|on\s+accident)\b",
        r"\b(выпил\w*|съел\w*|сожрал\w*|закинул\w*|проглотил\w*|випи(в|ла|ли)|з'?ї(в|ла|ли)|закину(в|ла|ли)|проковтну(в|ла|ли))\s+(\w+\s+)?(пачку|упаковку|пластинку|блистер|блістер|горсть|жменю|кучу|купу|пузырь|пузырек|пузырёк|бутылку|бутылочку|флакон|пляшку|пляшечку|бутель|бутиль)\b|\bse\s+(tomo|trago|metio|tomaron|bebio)\s+(una|la|toda\s+la|media)\s+(caja|tira|botella|bolsa|plancha)\b|\b(se\s+)?(tomo|trago|bebio|tome|bebi)\s+(un|el|todo\s+el|medio)\s+(frasco|bote|blister|paquete)\s+(\w+\s+)?entero\b|\b(frasco|bote|blister|paquete)\s+(\w+\s+){0,4}entero\b|\b(целую|цілу|всю|усю)\s+(пачку|упаковку|пластинку|банку|баночку|блистер|блістер)\b|\b(случайно|по\s+ошибке|випадково|помилково)\s+(\w+\s+)?(выпил\w*|принял\w*|съел\w*|проглотил\w*|випи\w*|прийня\w*|з'?ї\w*|проковтну\w*)|\b(наглотал\w*|наковта\w*)\b",
        r"\b(meterme|tomarme|fumarme|inyectarme|meterse|tomarse)\s+(muchisim[oa]s?|mucho|mucha|muchas|muchos|un\s+monton|un\s+chingo|un\s+buen|demasiad[oa]s?)\b|\b(me|se|nos|te)\s+(he|ha|hemos|has|han)\s+pasado\b|\b(me|se|nos)\s+(meti\w*|metio|metimos|tome|tomo|tomamos|fume|fumo)\s+(muchisim[oa]s?|mucho|mucha|muchas|muchos|un\s+monton|un\s+chingo|un\s+buen|bastante|toda\s+la|todo\s+el)\b|\b(toda\s+la\s+(caja|tira|botella|bolsa)|el\s+bote\s+entero|la\s+caja\s+entera)\b|\b(por\s+accidente|sin\s+querer|por\s+error)\b",
    ]
)
_BODY_WINDOW = 90  # characters between the two symptom kinds: one message, one situation
# A question about a symptom ("what does chest pain after speed mean") or a habit is not the card.
_BODY_QUESTION = compile_any(
    [
        r"\b(is|are)\s+(it|that|this|chest\s+pain|my\s+heart)\s+(\w+\s+){0,2}(normal|always|supposed|bad|dangerous)\b|\bsupposed\s+to\b|\bnormal\b|\bнормально\s+ли\b|\bэто\s+нормально\b|\bце\s+нормально\b|\bes\s+normal\b|\bsiempre\b|\bвсегда\b|\bзавжди\b|\balways\b",
    ]
)


# Too much coffee or an energy drink: the same words, not a drug emergency.
_NOT_A_DRUG = compile_any(
    [
        r"\b(caffeine|coffee|espresso|energy\s+drinks?|red\s?bull|monster|кофе|кофеин\w*|энергетик\w*|кава|кави|кофеїн\w*|енергетик\w*|cafe|cafeina|bebidas?\s+energeticas?)\b",
    ]
)


def _body_kinds(cleaned: str) -> dict[str, list[int]]:
    return _BODY.scan(cleaned)


# A drug named by name or slang: energy drinks with it are no excuse ("Меф + энергетики", "dos red
# bull y unas rayas").
_NAMED_DRUG = compile_any(
    [
        r"\b(coke|cocaine|crack|meth|crystal|tina|speed|amph\w*|mdma|molly|ecstasy|xtc|mephedrone|mcat|salts|flakka|lines|bumps|speedball\w*)\b",
        r"\b(кокс\w*|кокаин\w*|кокаїн\w*|мет|мета|меф\w*|фен|фена|фену|феном|фене|фені|амфетамин\w*|амфетамін\w*|альф\w*|соли|солей|соль|солі|крис\w*|кристал\w*|скорост\w*|экстази|екстазі|мдма)\b",
        r"\b(coca|perico|farlopa|merca|cristal|meta|tachas?|rayas|piedra|mdma|extasis|sales|anfetas?|anfetamina\w*)\b",
        # slang and transliteration (blind6-tune): "shard", "mandy", "koksa", "mefom"
        # session 24: "on the pipe for 2 days", "hitting the pipe" (crack or meth)
        r"\b(on|hitting|smoking|off)\s+the\s+pipe\b",
        r"\b(mandy|shard|shards|ice\s+pipe|pingers?|koks\w*|kokain\w*|mef|mefa|mefom|mefu|fena|fenu|alfa|alfy)\b",
        # blind11-tune (late round): "whizz", "на кокосі", "після коки", "dos pepas"
        r"\b(whizz|whiz|pepas?|кокос\w*|кока|коки|коку|кокі|кокой|кокою)\b(?!\s+кол\w*)",
        # tune39: "la md", "una md" (MDMA in Spain and Mexico)
        r"\b(la|una|de|con|mi|tu|su)\s+md\b",
        # blind14-tune (late round): tropicamide eye drops injected ("после тропика", "на тропікаміді"),
        # which make a person hot, red and delirious; "тропики" (the tropics) is not it
        r"\b(тропик|тропика|тропиком|тропику|тропік|тропіка|тропіком|тропікамід\w*|тропикамид\w*|tropicamid\w*|tropikamid\w*)\b",
    ]
)


# Exercise: a pounding heart and sweat at the gym or on a run are the workout, unless a drug is named.
_EXERCISE = compile_any(
    [
        r"\b(gym|workout|work\s+out|working\s+out|run|running|jog\w*|cardio|spin\s+class|спортзал\w*|качалк\w*|тренировк\w*|пробежк\w*|тренуванн\w*|пробіжк\w*|gimnasio|gym|entren\w*|corriendo|correr)\b",
    ]
)
# Hot weather, a stuffy carriage, stairs (tune25 probes: "жара, весь мокрый, сердце колотится, в метро
# душно", "спека ... на сходах"): the same as exercise for sweat and a pounding heart.
_WEATHER = compile_any(
    [
        # a hot day or the sun (session 24, misc): "hot day, burning up", "жаркий день", "спекотний день",
        # "на солнце", "un día de calor", "al sol"
        r"\bhot\s+(day|days|weather|afternoon|outside|out\s+there)\b|\b(in|out\s+in)\s+the\s+sun\b|\b(жарк\w*|спекотн\w*)\s+(день|дня|погод\w*)\b|\bна\s+(солнце|сонці|солнцепеке|сонцепеку)\b|\bal\s+sol\b|\bbajo\s+el\s+sol\b|\bdia\s+(de\s+)?(calor|caluroso)\b",
        r"\b(heat\s*wave|heatwave|the\s+heat|so\s+humid|stairs|tube|subway|жара|жарища|жарко|духота|душно|лестниц\w*|метро|спека|спекотно|задуха|сходах|сходами|calor|bochorno|ola\s+de\s+calor|escaleras|sauna|сауна|баня|бане|лазня|лазні)\b",
    ]
)
# A cold, the flu, a fever of 38-39 (tune25 probes: "он горячий и трясётся, температура 39, простуда",
# "está caliente y tiembla, tiene gripe"): hot and shaking with no drug named is the illness.
_ILLNESS = compile_any(
    [
        r"\b(a\s+(\w+\s+)?cold(?!\s+(beer|drink|one|shower|bath|water|sweat|night|day))|the\s+flu|flu|fever|covid|простуд\w*|грипп\w*|грип|грипу|застуд\w*|ковид\w*|ковід\w*|ангин\w*|ангін\w*|gripe|resfriad\w*|fiebre|covid)\b|\bтемператур\w*\s+(\w+\s+)?3[7-9]\b",
    ]
)
_ILLNESS_KINDS = frozenset({"shaking", "hot_word", "vomit", "headache"})
_EXERCISE_KINDS = frozenset({"heart", "sweat", "sweating", "warm", "heat", "dizzy"})


# A drug taken without knowing what it was ("me metí fentanilo sin saber", "thought it was coke",
# "думал что это мефедрон"): like "took too much", with one symptom kind, only beside a drug named.
_UNKNOWING = compile_any(
    [
        r"\b(meti|tome|fume|inyecte|pique|meto|tomo|fumo|metio|metimos|jale|esnife)\w*\s+(\w+\s+){0,2}sin\s+saber\b|\b(pense|creia|crei|pensaba|pensamos|creimos)\s+que\s+era\b|\bresulto\s+(ser|que\s+era)\b",
        r"\b(thought|figured|assumed|was\s+told)\s+(it|that)\s+was\b|\b(didn'?t|didnt|did\s+not)\s+know\s+(it|that)\s+(was|had)\b|\bturned\s+out\s+(to\s+be|it\s+was)\b|\b(laced|cut)\s+with\b",
        r"\b(думал\w*|думав|думала|думали)\s+(что|що)\s+(это|це)\b|\bне\s+(знал\w*|знав|знала)\s+(что|що)\s+(там|это|це)\b|\b(оказал(ся|ась|ось)|виявил(ся|ася|ося))\s+(\w+\s+)?(фент\w*|карфент\w*|нитазен\w*|нітазен\w*)",
    ]
)
# Feeling very unwell now ("мені дуже погано", "me siento muy mal", "i feel really awful"): with
# "I overdid it" in a short message or beside a drug; not drink, not words said to someone
_UNWELL = compile_any(
    [
        r"\b(очень|дуже|так|совсем|зовсім|капец\s+как|пипец\s+как|жутко|жахливо|ужасно)\s+(плохо|погано|хреново|херово|хріново|фигово)\b",
        r"\b(feel|feeling|feels)\s+(really|so|very|super|extremely|absolutely|fucking|insanely)\s+(bad|awful|terrible|horrible|sick|rough|wrong)\b|\b(something'?s|something\s+is)\s+(really\s+|very\s+|seriously\s+)?wrong\s+with\s+me\b",
        r"\b(me\s+siento|estoy|se\s+siente|esta)\s+(muy|bien|super|re|fatal\w*)\s+(mal|fatal)\b|\bme\s+siento\s+fatal\b",
    ]
)
# Feeling bad now, said plainly ("мне плохо", "мені погано", "i feel awful", "me siento mal"):
# only with the heart racing after a drug (``_body_emergency``)
_FEEL_BAD = compile_any(
    [
        r"\b(мне|мені|мени)\s+(\w+\s+)?(плохо|погано|зле|хреново|херово|хріново|фигово|жутко)\b",
        r"\b(i\s+|im\s+|i'?m\s+)?(feel|feeling)\s+(\w+\s+)?(awful|terrible|horrible|like\s+(i'?m|im)\s+dying|like\s+shit|really\s+bad|so\s+bad|very\s+bad)\b",
        r"\b(me\s+siento|estoy|me\s+puse)\s+(\w+\s+)?(mal|fatal)\b",
    ]
)
_DRINK_OR_WORDS = compile_any(
    [
        r"\b(beer|beers|wine|vodka|booze|drinks|drinking|drunk|hangover|hungover|said|told|yelled|пив\w*|водк\w*|бухл\w*|бухал\w*|бухав\w*|алкогол\w*|вин[оа]|горілк\w*|похмел\w*|сказал\w*|сказав\w*|наговорил\w*|наговори(в|ла)|накричал\w*|cerveza\w*|chelas?|vino|tequila|pisto|peda|copas|tragos|cruda|resaca|dije|grite)\b",
    ]
)


def _overdid_unwell(cleaned: str, drug: bool) -> bool:
    """ "я перебрал, мне очень плохо", "took too much, feel really awful": short or beside a drug."""
    return bool(
        _UNWELL.search(cleaned)
        and _TOO_MUCH.search(cleaned)
        and not _DRINK_OR_WORDS.search(cleaned)
        and (drug or len(cleaned.split()) <= 8)
    )


# "sometimes", "usually", "иногда", "a veces": a pattern over time, not this minute
_NOW_AND_THEN = compile_any(
    [
        # the day after, the comedown, "i get ...": not this minute (tune25 probes)
        r"\b((the\s+)?day\s+after|next\s+day|al\s+dia\s+siguiente|на\s+следующий\s+день|наступного\s+дня|назавтра|comedown|come\s+down|bajon|отходняк\w*|відходняк\w*|i\s+get|you\s+get|ya\s+get|for\s+later|para\s+despues|на\s+потом|на\s+потім)\b",
        r"\b(sometimes|usually|always|often|every\s+time|whenever|иногда|обычно|всегда|часто|каждый\s+раз|інколи|іноді|зазвичай|завжди|щоразу|кожного\s+разу|a\s+veces|siempre|normalmente|suele|cada\s+vez)\b",
    ]
)


# "does coke cause chest pain", "может ли от кокса болеть грудь": a cause asked about
_ASKS_CAUSE = compile_any(
    [
        r"\b(cause|causes|causing|give\s+you|gives\s+you|вызыва\w*|виклика\w*|causa|causan|provoca\w*)\b",
    ]
)
_ASKS_FIRST = re.compile(
    r" (does|do|can|could|will|would|why|how|is|are|should|почему|чому|зачем|навіщо|может|може|можно|можна|чи|por que|porque|puede|pueden|es|se puede) "
)


# Nausea ("его тошнит", "мене нудить", "feeling sick", "con náuseas"): beside overheating on a
# stimulant, the heat-illness sign that vomiting is; alone, or with any other kind, it counts
# for nothing (a hangover, a bad stomach).
_NAUSEA = re.compile(
    r"\b(тошнит|тошнило|подташнивает|мутит|нудить|нудило|нудота|"
    r"nause\w*|queasy|feel(?:s|ing)?\s+sick|feel(?:s|ing)?\s+like\s+(?:i'?m|he'?s|she'?s)\s+gonna\s+(?:puke|throw\s+up)|"
    r"con\s+ganas\s+de\s+vomitar|revuelto\s+el\s+estomago)\b"
)


def _body_emergency(cleaned: str) -> bool:
    drug = _NAMED_DRUG.search(cleaned) or _DEPRESSANT.search(cleaned)
    if _NOT_A_DRUG.search(cleaned) and not drug:
        return False
    if _overdid_unwell(cleaned, bool(drug)):
        return True
    found = _body_kinds(cleaned)
    if not found:
        return False
    if (
        not drug
        and (_EXERCISE.search(cleaned) or _WEATHER.search(cleaned) or _ILLNESS.search(cleaned))
        and set(found) <= _EXERCISE_KINDS | _ILLNESS_KINDS
    ):
        return False  # "at the gym, heart pounding and sweating like crazy"
    if "heart_stop" in found and (drug or _used(cleaned)):
        return True  # "se me para el corazón, me metí fentanilo"
    if (
        "chest" in found
        and (_NAMED_DRUG.search(cleaned) or _USED_NOW.search(cleaned))
        and not _NOW_AND_THEN.search(cleaned)
        and not _ASKS_CAUSE.search(cleaned)
        and not _ASKS_FIRST.match(cleaned)
    ):
        # chest pain on a stimulant, said now (issue #9): "i'm having chest pains after smoking crack"
        return True
    if (
        "heat" in found
        and _NAMED_DRUG.search(cleaned)
        and (
            len(set(found["heat"])) >= 2
            or {"headache", "vomit", "heart", "sweat", "sweating"} & set(found)
            or _NAUSEA.search(cleaned) is not None
        )
        and not _NOW_AND_THEN.search(cleaned)
        and not _ASKS_CAUSE.search(cleaned)
        and not _ASKS_FIRST.match(cleaned)
    ):
        # overheating on a stimulant told twice or with the head, sickness or the heart, now
        # (tune39): "после фена жар, не могу охладиться, голова раскалывается", "despues de la md no
        # puedo enfriarme, tengo la piel hirviendo"
        return True
    if (
        "heart" in found
        and _FEEL_BAD.search(cleaned)
        and (_NAMED_DRUG.search(cleaned) or _USED_NOW.search(cleaned))
        and not _NOW_AND_THEN.search(cleaned)
        and not _ASKS_CAUSE.search(cleaned)
        and not _ASKS_FIRST.match(cleaned)
    ):
        # feeling bad now with the heart racing after a drug: "мені погано після солі серце
        # вискакує", "feel awful after the salts, heart pounding out of my chest"
        return True
    if _TOO_MUCH.search(cleaned) or (drug and _UNKNOWING.search(cleaned)):
        if set(found) - _NOT_WITH_TOO_MUCH:
            return True
        if ("drowsy" in found or "knocked_out" in found) and (
            _DEPRESSANT.search(cleaned)
            or _INJECTED.search(cleaned)
            # "took more than i normally do, cant keep my eyes open, scared" (tune47): the writer
            # going under and afraid now, no drug named
            or _SCARED_NOW.search(cleaned)
        ):
            # "took too many bars, can't keep my eyes open"; "переборщила с метадоном и вырубилась"
            # (too much beer and knocked out is a hangover: beer is no depressant here)
            return True
    kinds = list(found)
    pairs = [
        (first, second)
        for a, first in enumerate(kinds)
        for second in kinds[a + 1 :]
        if _pair_counts(first, second)
        # two kinds read in the same word are one symptom ("уплываю" is fainting and nodding off)
        and any(i != j and abs(i - j) <= _BODY_WINDOW for i in found[first] for j in found[second])
    ]
    if _TOLERANCE_WORD.search(cleaned):
        # "після тюрми впала толерантність": a question about tolerance, not a first use now
        pairs = [pair for pair in pairs if "tolerance" not in pair]
    # "I'm alone" or "so hot" counts only in a message about using ("я один дома, засыпаю" is not)
    return any(not ({first, second} & _NEEDS_USE) for first, second in pairs) or (
        bool(pairs) and (bool(drug) or _used(cleaned))
    )


# Afraid now, said bare (tune47, session 21: "scared", "мне страшно", "мені страшно", "tengo miedo"),
# not afraid of something ("scared of my exam", "боюсь что завтра", "miedo a")
_SCARED_NOW = compile_any(
    [
        r"\b(scared|terrified|frightened|freaking\s+out)\b(?!\s+(of|about|that|to|for|my|the)\b)|\b(мне\s+|мені\s+)?(страшно|страшновато|боюсь|боюся|лячно|моторошно)\b(?!\s+(что|чтобы|за|що|щоб|за|перед|экзамен\w*|іспит\w*|завтра)\b)|\b(tengo|me\s+da)\s+(mucho\s+)?miedo\b(?!\s+(de|a|que)\b)",
    ]
)


# Kinds that "took too much" does not make an emergency alone (a hangover, drunk speech, tiredness).
_NOT_WITH_TOO_MUCH = frozenset(
    {"dizzy", "sweat", "vomit", "lying", "drowsy", "knocked_out"}
    | {"slurred", "water", "headache", "warm", "agitated", "alone", "tolerance"}
)
_TOLERANCE_WORD = compile_any([r"\b(toleran\w*|толер\w*|tolerancia)"])
# Kinds whose pairs count only when the message is about using ("после тюрьмы упала толерантность"
# is not).
_NEEDS_USE = frozenset(
    {"alone", "warm", "tolerance", "sweating", "doom_self", "head_hit", "bp_low", "cold_skin"}
    | {"floor", "foam", "stiff", "binge_day", "hot_word"}
)
# Used just now, said in the first person ("me piqué", "вмазался", "нюхнув", "did a bag"), or the
# rush itself ("приход").
_USED_NOW = compile_any(
    [
        # session 14 (tune32): "se había picado antes", "se ha inyectado", "se picó"
        r"\bse\s+(habia|ha)\s+(picado|inyectado|pinchado|chutado)\b|\bse\s+(pico|inyecto|pincho|chuto)\b",
        r"\b(me\s+(pique|inyecte|meti|pinche)|вмазал\w*|вмазав\w*|ширнул\w*|ширнув\w*|укол(олся|олась|овся|олася)|кол(олс[яь]|олас[яь]|олис[яь]|овс[яь]|ется|еться|ются|ються)|вколол\w*|нюхнул\w*|нюхнув\w*|кольнул\w*|приход\w*|ukolol\w*|vmazal\w*|kolol\w*)\b",
        r"\b(did|had|shot|snorted|smoked|used|took)\s+(a\s+)?(bag|line|shot|hit|bump|little\s+bit|bit|some)\b|\bshot\s+up\b",
        # session 20 (tune45): a drink spiked ("someone spiked her drink", "le echaron algo en la copa",
        # "ей что-то подсыпали", "їй щось підсипали")
        r"\bspiked\s+(\w+\s+){0,2}(drink|drinks|glass|cup|beer|punch|cocktail)\b|\b(le|me|nos|les|te)\s+(echaron|pusieron|metieron|echo|puso|metio)\s+algo\s+en\s+(la|el|su|mi|tu)\s+(bebida|copa|vaso|trago|cubata|chela|cerveza)\b|\b(подсыпал\w*|підсипа(в|ла|ли)|подмешал\w*|підміша(в|ла|ли))\b",
        # session 20 (tune45): "something" taken, in Spanish ("tomó algo en la fiesta", "se metió algo",
        # "le dieron algo"); not something to drink or eat, or for a pain ("tomé algo de agua", "algo
        # para el dolor")
        r"\b(se\s+|me\s+)?(tomo|tome|tomaron|metio|meti|metieron|probo|consumio|jalo|fumo|esnifo|le\s+dieron|le\s+pasaron|le\s+echaron)\s+algo\b(?!\s+(de|para|con|rico|caliente|frio|fresco|ligero|en\s+(la\s+)?(cena|comida|casa|el\s+desayuno))\b)",
        # session 23 (emerg, tune51): Mexican and Spain slang for pills or getting high ("se empastilló",
        # "va empastillado", "se puso hasta arriba", "iba colocadísima")
        r"\b(se|me|nos)\s+(empastill\w*|pusieron\s+hasta\s+arriba|puso\s+hasta\s+arriba)\b|\bempastillad[oa]s?\b|\b(va|iba|esta|estaba|anda|andaba)\s+(muy\s+|bien\s+)?(hasta\s+arriba|colocad[oa]|colocadisim[oa]|puestisim[oa])\b",
        # session 22 (tune49): smoking "something" told beside it ("iba fumando algo", "estaba fumando algo")
        r"\b(iba|estaba|andaba|anda|estuvo|estaban|iban)\s+fumando\s+algo\b(?!\s+de\s+(tabaco|cigarro))",
        # session 15 probes: a size before it ("took a fat line", "did a massive bump", "did two lines")
        r"\b(did|had|snorted|took|railed)\s+(a\s+)?(fat|big|huge|massive|giant|thick|couple|few|two|three|2|3)\s+(lines?|bumps?|rails?)\b",
    ]
)


def _used(cleaned: str) -> bool:
    return bool(
        _DEPRESSANT.search(cleaned)
        or _STIMULANT_OR_OTHER.search(cleaned)
        or _USED_NOW.search(cleaned)
    )


# Kinds that count only beside one of these (shaking alone is withdrawal, vomiting alone a hangover,
# lying on one's back or asleep is nothing, nodding off alone is tiredness).
_ONLY_WITH = {
    "binge": frozenset({"chest", "heart", "heat", "confused", "faint", "numb"}),
    "just_used": frozenset({"drowsy", "breath", "faint", "numb"}),
    "shaking": frozenset({"heat", "faint", "confused", "breath", "warm", "water"}),
    "vomit": frozenset({"faint", "breath", "confused", "heat", "lying", "drowsy", "water"}),
    "lying": frozenset({"vomit"}),
    "drowsy": frozenset(
        {"breath", "numb", "faint", "confused", "heat", "vomit", "just_used", "alone", "tolerance"}
    ),
    "knocked_out": frozenset({"chest", "heart", "breath", "heat", "confused", "numb", "vomit"}),
    "slurred": frozenset({"face_droop", "numb", "attack", "weak_arm"}),
    "radiate": frozenset({"chest"}),
    "weak_arm": frozenset({"face_droop", "slurred"}),
    "blue_hands": frozenset({"heart", "chest", "breath", "faint", "numb", "shaking"}),
    "dry": frozenset({"heat", "confused", "faint", "warm"}),
    "sweating": frozenset({"heart", "chest", "doom_self"}),
    "doom_self": frozenset({"heart", "chest", "sweat", "sweating", "faint", "breath"}),
    "water": frozenset({"headache", "vomit", "confused", "faint", "warm", "heat", "shaking"}),
    "headache": frozenset({"water"}),
    "warm": frozenset({"confused", "shaking", "faint", "water", "agitated", "chest", "heart"}),
    "agitated": frozenset({"heat", "warm", "binge"}),
    "alone": frozenset({"drowsy", "faint", "breath", "numb", "chest", "heart"}),
    "tolerance": frozenset({"drowsy", "faint", "breath"}),
}
# blind7-tune's kinds: a slow heart only beside nodding off, fainting or breathing; high blood
# pressure only beside a headache, the chest, the heart, confusion, numbness or fainting
_ONLY_WITH["slow_heart"] = frozenset({"drowsy", "faint", "breath", "knocked_out"})
_ONLY_WITH["drowsy"] = _ONLY_WITH["drowsy"] | {"slow_heart"}
_ONLY_WITH["knocked_out"] = _ONLY_WITH["knocked_out"] | {"slow_heart"}
_ONLY_WITH["bp_high"] = frozenset({"headache", "chest", "heart", "confused", "numb", "faint"})
_ONLY_WITH["headache"] = _ONLY_WITH["headache"] | {"bp_high"}
# blind7-tune's last kinds: a knock to the head beside a fit, fainting or being knocked out
_ONLY_WITH.update(_ONLY_WITH_LAST)
for _kind in ("shaking", "knocked_out", "drowsy", "vomit"):
    _ONLY_WITH[_kind] = _ONLY_WITH[_kind] | {"head_hit"}
for _kind in ("knocked_out",):
    _ONLY_WITH[_kind] = _ONLY_WITH[_kind] | {"bp_low"}
for _kind in ("drowsy", "knocked_out", "lying"):
    _ONLY_WITH[_kind] = _ONLY_WITH[_kind] | {"cold_skin"}
_ONLY_WITH["lying"] = _ONLY_WITH["lying"] | {"breath"}
# tune25's kinds: the floor beside cold skin, foam or stiffness; foam beside a fit or a faint
_ONLY_WITH.update(_ONLY_WITH_TUNE25)
_ONLY_WITH["cold_skin"] = _ONLY_WITH["cold_skin"] | {"floor"}
for _kind in ("shaking", "faint", "knocked_out", "breath", "confused", "drowsy", "lying"):
    if _kind in _ONLY_WITH:
        _ONLY_WITH[_kind] = _ONLY_WITH[_kind] | {"foam"}
for _kind in ("shaking", "faint", "knocked_out", "breath", "confused"):
    if _kind in _ONLY_WITH:
        _ONLY_WITH[_kind] = _ONLY_WITH[_kind] | {"stiff"}
_ONLY_WITH["shaking"] = _ONLY_WITH["shaking"] | {"hot_word"}
# session 16: running wild and burning up said "гарячий", "hot" (a word of heat, with a drug)
_ONLY_WITH["agitated"] = _ONLY_WITH["agitated"] | {"hot_word"}
_ONLY_WITH["hot_word"] = _ONLY_WITH["hot_word"] | {"agitated"}
_WITH_SHAKING = _ONLY_WITH["shaking"]


def _pair_counts(first: str, second: str) -> bool:
    return all(
        kind not in _ONLY_WITH or other in _ONLY_WITH[kind]
        for kind, other in ((first, second), (second, first))
    )


# Drugs that slow breathing: with "too much" and nodding off, the card.
_DEPRESSANT = compile_any(
    [
        # heroin called "H" (session 15, tune36): "after the H", "some H", "doing H", not a letter
        r"\b(after|on|the|some|bit\s+of|doing|did|smoked|smoking|injected|shot|banged)\s+h\b(?!\s+(and|&)\s+m\b)",
        r"\b(fent\w*|fenta|fetty|heroin\w*|dope|oxy\w*|percs?|percocet\w*|opiat\w*|opioid\w*|methadone|bupe|tramadol\w*|tramal\w*|morphine|codeine|lean|bars?|xans?|xanax|benzos?|valium|klonopin|ghb|g|gbl|lyrica|pregabalin|ket|ketamine)\b",
        r"\b(фент\w*|героин\w*|герыч\w*|метадон\w*|трамадол\w*|трамал\w*|морфин\w*|кодеин\w*|бенз\w*|ксанакс\w*|феназепам\w*|феня\w*|лирик\w*|ліри\w*|гбл|гб|гбшк\w*|гхб|гэ|гэшк\w*|гешк\w*|бутират\w*|опиат\w*|опиоид\w*|ширк\w*|ширев\w*|герич\w*|героїн\w*|метадон\w*|кет\w*|кетамин\w*|кетамін\w*)\b",
        r"\b(pills|sleeping\s+pills|таблет\w*|колес\w*|пігул\w*|снотворн\w*|pastillas|pastis)\b",
        r"\b(fenta\w*|heroina|chiva|oxis?|metadona|tramadol|morfina|codeina|benzos?|clonas?|rivotril|orfidal|diazepam|valium|lyrica|keta|ketamina|g|ghb|extasis\s+liquido|pastillas\s+para\s+dormir)\b",
        # blind13-tune (late round): a speedball (heroin and cocaine), heroin as "caballo" or "jaco"
        # when taken ("se metió caballo", "se pico jaco"; a horse is not)
        r"\b(speedball\w*|goofball\w*|jaco)\b|\b(meti\w*|mete|meto|pic\w*|inyect\w*|fum\w*|esnif\w*|jal\w*|tom\w*|con|de|llevaba|traia|tenia)\s+(\w+\s+)?caballo\b",
        # session 19 (tune43): sedatives by their class or generic name ("took too much of the
        # downers", "transki", "заспокійливі", "tranquilizantes", "clonazepam", "alprazolam")
        r"\b(downers|sedatives?|tranq(uili[sz]er)?s|tranquili[sz]ers?|barbiturates?|zann(y|ies)|xann(y|ies|ys)|alprazolam|clonazepam|lorazepam|diazepam|etizolam|bromazolam|zolpidem|zopiclone|gabapentin|gabbies|pregabs?|roxys?|roxies|roxicodone)\b",
        r"\b(транквилизатор\w*|транквілізатор\w*|успокоительн\w*|заспокійлив\w*|седатив\w*|снодійн\w*|алпразолам\w*|клоназепам\w*|лоразепам\w*|диазепам\w*|діазепам\w*|золпидем\w*|габапентин\w*|прегабалин\w*|прегабалін\w*|барбитурат\w*|барбітурат\w*)\b",
        r"\b(tranquis|tranquilizantes?|calmantes|sedantes|somniferos|alprazolam|clonazepam|lorazepam|zolpidem|gabapentina|pregabalina|trankimazin\w*|roches|barbituricos)\b",
    ]
)


# A lead-in before the message itself (session 15, tune36): "not sure if this is the place to ask
# but ...", "lol ok not funny anymore ...", "не знаю туда ли пишу но ...", "ya no es chiste ...". It
# is cut off the start, so that "ask" does not make the message a general question and "lol" does
# not make it a joke told.
_LEAD_IN = re.compile(
    r"^\s*(?:"
    r"(sorry\s+)?(i'?m\s+)?(not\s+sure|idk|i\s+don'?t\s+know|i\s+dont\s+know|dunno)\s+if\s+this\s+is\s+the\s+(right\s+)?place\s+(to\s+ask|for\s+this)(\s+this)?|"
    r"(sorry\s+)?(if\s+)?this\s+(is|might\s+be|may\s+be)\s+(the\s+wrong\s+place|a\s+(dumb|stupid|weird|silly)\s+question)|"
    r"((lol|lmao|haha\w*)\s+)?(ok\s+|okay\s+|so\s+)?(this\s+is\s+|it'?s\s+|its\s+)?(not|no\s+longer)\s+funny\s+any\s?more|"
    r"(не\s+знаю|хз)\s+(туда\s+ли|по\s+адресу\s+ли|сюда\s+ли)\s+(я\s+)?(пишу|обращаюсь)|"
    r"(не\s+знаю|хз)\s+чи\s+(сюди|за\s+адресою)\s+(я\s+)?(пишу|звертаюсь|звертаюся)|"
    r"((лол|хаха\w*|ахах\w*)\s+)?(ладно\s+|короче\s+|так\s+)?(это\s+|це\s+)?(уже\s+|вже\s+)?не\s+(смешно|смішно)|"
    r"(no\s+se|nose|ni\s+se)\s+si\s+(este\s+es\s+el\s+lugar|es\s+aqui|aqui\s+se\s+pregunta|pregunto\s+aqui)(\s+(para\s+esto|correcto|indicado))?|"
    r"((jaja\w*)\s+)?(ok\s+|bueno\s+)?ya\s+no\s+(es\s+(chiste|broma|gracioso)|da\s+risa)"
    r")(\s+(but|но|але|pero))?(?=\s)"
)


# The message ends on the person fine now (session 15, tune36): "we checked on him, he's fine",
# "he's ok tho", "мы проверяли, всё ок", "она уже смеётся", "ya está bien": a story that ended well,
# not asked ("he's fine?"), not his own word for it ("says he's fine"), no naloxone given (it wears
# off before the drug does) and nothing urgent said.
_ENDS_WELL = re.compile(
    r"(?:\s(he'?s|she'?s|hes|shes|they'?re|theyre|he\s+is|she\s+is|it'?s|its)\s+(totally\s+|completely\s+|absolutely\s+|perfectly\s+)?(fine|ok|okay|alright|all\s+good|good)(\s+(now|tho|though|rn|again|honestly))?"
    r"|\s(he'?s|she'?s|hes|shes|he\s+is|she\s+is|they'?re)\s+(laughing|giggling|smiling|purring|playing|joking)(\s+(about\s+it|again))?(\s+now)?"
    r"|\s(вс[её]|усе|все)\s+(ок|окей|норм|нормально|хорошо|в\s+порядке|добре|гаразд|в\s+порядку)"
    r"|\s(он|она|він|вона)\s+(уже\s+|вже\s+)?(в\s+порядке|в\s+порядку|норм|нормально|смеется|смеётся|улыбается|сміється|усміхається|жартує|шутит)"
    r"|\s(ya\s+)?(esta|estan)\s+(bien|perfect[oa]s?|riendo(se)?|riendose)|\stodo\s+bien)\s*$"
)
_SAYS_FINE = re.compile(
    r"\b(says|said|claims|thinks|insists|keeps\s+saying|swears|говорит|сказал\w*|каже|сказав|сказала|dice|dijo)\s+(that\s+)?(he'?s|she'?s|hes|shes|he\s+is|she\s+is|что|що|шо|que)?\s*(\w+\s+){0,2}(fine|ok|okay|alright|норм\w*|в\s+порядке|в\s+порядку|bien)\b"
)


# Woke up fine the next morning (session 16, tune37): "passed out at the wedding but woke up fine
# in the morning", "вырубился, но утром проснулся живой и здоровый", "se quedó frito pero al otro día
# despertó bien": a night that ended, told afterwards (not with naloxone given: it wears off)
_WOKE_NEXT_DAY = compile_any(
    [
        r"\b(next\s+(morning|day)|in\s+the\s+morning|this\s+morning|утром|наутро|зранку|вранці|на\s+следующий\s+день|наступного\s+дня|al\s+otro\s+dia|al\s+dia\s+siguiente|a\s+la\s+manana|por\s+la\s+manana|en\s+la\s+manana)\s+(\w+\s+){0,2}(woke\s+up|woke|came\s+round|проснул\w*|очнул\w*|прокинув\w*|прокинул\w*|отямив\w*|se\s+desperto|desperto|amanecio)\s+(\w+\s+){0,3}(fine|ok|okay|alright|normal|живой|живий|живая|жива|здоров\w*|нормальн\w*|в\s+порядке|в\s+порядку|бодр\w*|bien|perfect[oa]|como\s+si\s+nada)\b",
        r"\b(woke\s+up|came\s+round|проснул\w*|очнул\w*|прокинув\w*|прокинул\w*|se\s+desperto|desperto|amanecio)\s+(\w+\s+){0,3}(fine|ok|okay|alright|живой|живий|живая|жива|здоров\w*|нормально|в\s+порядке|в\s+порядку|bien|perfect[oa])\s+(\w+\s+){0,2}(next\s+(morning|day)|in\s+the\s+morning|утром|наутро|зранку|вранці|на\s+следующий\s+день|наступного\s+дня|al\s+otro\s+dia|al\s+dia\s+siguiente|por\s+la\s+manana)\b",
        # fine the next morning with no waking verb (session 18, tune41): "утром была как огурчик",
        # "зранку була як огірок", "next morning she was right as rain", "al día siguiente tan fresca"
        r"\b(next\s+(morning|day)|in\s+the\s+morning|утром|наутро|зранку|вранці|на\s+следующий\s+день|наступного\s+дня|al\s+otro\s+dia|al\s+dia\s+siguiente|por\s+la\s+manana)\s+(\w+\s+){0,2}(был|была|были|був|була|були|was|were|estaba|estaban|tan)\s+(как|як|like|como)?\s*(огурчик|огурец|огірок|огірочок|fine|ok|okay|right\s+as\s+rain|норм|нормальн\w*|в\s+порядке|в\s+порядку|bien|fresc[oa]s?|nuev[oa]s?)\b",
    ]
)


def _woke_next_day(text: str, folded: str) -> bool:
    return (
        _WOKE_NEXT_DAY.search(folded) is not None
        and not text.rstrip().endswith("?")
        and _NALOXONE.search(folded) is None
        and _OUT_AGAIN.search(folded) is None
        and _URGENT.search(_NOW_FINE.sub(" ", _WOKE_NEXT_DAY.sub(" ", folded))) is None
    )


def _ended_well(text: str, folded: str) -> bool:
    return (
        _ENDS_WELL.search(folded) is not None
        and not text.rstrip().endswith("?")
        and _SAYS_FINE.search(folded) is None
        and _NALOXONE.search(folded) is None
        and _URGENT.search(_NOW_FINE.sub(" ", _ENDS_WELL.sub(" ", folded))) is None
    )


# The writer ends saying they are fine now, after a turn of their own told in the past (session 23,
# emerg, tune51's kind: "went pale when i saw the needle, fainted for a second, fine now", "на
# секунду отключился, сейчас норм", "me desmayé un segundo, ya estoy bien"): the one who fainted is
# the one typing. Only when the writer speaks of themself and of nobody else, nothing urgent is left
# once the happy end is taken out, no naloxone was given, no drug is named, and it is not asked.
_WRITER_FINE_END = re.compile(
    r"(?:\s(i'?m|im|i\s+am|feel|feeling|i\s+feel)?\s*(fine|ok|okay|alright|all\s+good|good|better)\s+(now|again|rn)"
    r"|\s(я\s+)?(сейчас|щас|зараз|уже|вже|теперь|тепер)\s+(я\s+)?(уже\s+|вже\s+)?(норм|нормально|в\s+порядке|в\s+порядку|ок|окей|добре|хорошо|гаразд)"
    r"|\s(ya|ahora)\s+(ya\s+)?(estoy|me\s+siento)\s+(bien|mejor))\s*$"
)
_WRITER_SELF = re.compile(r"\b(i|me|my|я|мне|меня|мені|мене|me|yo|mi)\b")
_SOMEONE_ELSE = re.compile(
    r"\b(he|she|him|his|her|they|them|he'?s|she'?s|hes|shes|friend|mate|bf|gf|boyfriend|girlfriend|он|она|его|её|ее|ему|ей|него|нее|неё|він|вона|його|її|йому|їй|нього|неї|друг\w*|подруг\w*|él|el|ella|amig[oa]s?|novi[oa])\b"
)


# A turn on a stimulant told in the past by the writer, who is fine now (session 24, misc: "после фена
# был весь горячий и блевал, сейчас норм", "on speed i got really hot and was sick, ok now"): a state
# said with a past verb ("was", "был", "estaba"), a stimulant named, no opioid or sedative (they come
# back once the naloxone wears off), no pills (some act late) and nothing taken "too much".
_PAST_STATE = compile_any(
    [
        r"\b(was|were|got|felt|had)\b",
        r"\b(был|была|было|были|стало|стал|стала|був|була|було|були|став|стала)\b",
        r"\b(estaba|estuve|estuvo|tuve|tuvo|me\s+puse|me\s+sent[ií])\b",
    ]
)
_PILLS = compile_any(
    [
        r"\b(pills?|tabs?|tablets?|таблет\w*|колес\w*|колёс\w*|пігулк\w*|pastillas?|pastas?|pastis?|pirulas?|pepas?|rulas?)\b",
    ]
)


def _stimulant_turn_told(folded: str) -> bool:
    return (
        _NAMED_DRUG.search(folded) is not None
        and _PAST_STATE.search(folded) is not None
        and _DEPRESSANT.search(folded) is None
        and _PILLS.search(folded) is None
        and _TOO_MUCH.search(folded) is None
    )


def _writer_fine_now(text: str, folded: str) -> bool:
    return (
        _WRITER_FINE_END.search(folded) is not None
        and not text.rstrip().endswith("?")
        and _SOMEONE_ELSE.search(folded) is None
        and _NALOXONE.search(folded) is None
        and (
            (
                _WRITER_SELF.search(folded) is not None
                and not _used(folded)
                and _NAMED_DRUG.search(folded) is None
            )
            # "после фена был весь горячий": Russian and Ukrainian drop the "I"
            or _stimulant_turn_told(folded)
        )
        and _URGENT.search(_NOW_FINE.sub(" ", _WRITER_FINE_END.sub(" ", folded))) is None
    )


# Yesterday, and fine now (blind13-tune, late round): "бабушка вчера упала в обморок на жаре, сейчас
# все хорошо, врач сказал давление", "last night he passed out, now he's fine, the doctor said low
# sugar", "ayer se desmayó, ahora está bien": a past day, a happy "now" (``_NOW_FINE``) and nothing
# urgent, no "but" or "again" after it, no naloxone (it wears off), not asked.
_NEGATED = re.compile(r"\b(не|ні|not|no|isn'?t|isnt|can'?t|cant|nada)\b")
_BUT_AGAIN = re.compile(
    r"\b(but|again|но|але|опять|снова|знову|ще\s+раз|pero|otra\s+vez|de\s+nuevo)\b"
)


def _past_then_fine(text: str, folded: str) -> bool:
    if _YESTERDAY.search(folded) is None or text.rstrip().endswith("?"):
        return False
    fine = _NOW_FINE.search(folded)
    return (
        fine is not None
        # "сейчас не могу нормально говорить" is no happy end
        and _NEGATED.search(fine.group(0)) is None
        and _BUT_AGAIN.search(folded, fine.end()) is None
        and _NALOXONE.search(folded) is None
        and _OUT_AGAIN.search(folded) is None
        and _URGENT.search(_NOW_FINE.sub(" ", folded)) is None
    )


# Not moving house ("not moving away, properly disappearing", "we're not moving out after all"): the
# words of a body that does not move ("not moving") said of a home (tune46, session 20: a crisis
# message got the overdose card)
_NOT_MOVING_HOUSE = re.compile(
    r"\b(not|isn'?t|isnt|aren'?t|arent|won'?t|wont|never)\s+moving\s+(away|out|abroad|house|flat|home|in\s+with|cities|countries|back\s+(home|to))\b"
)


# A batch stronger than usual (blind19-tune: "did a shot, way stronger than normal, nodding hard"):
# "сильнее чем обычно", "сильніше ніж зазвичай", "más fuerte de lo normal". The words "normal" and
# "usual" there are no habit and no "is it normal?" (the guards ``_BODY_QUESTION``, ``_AS_USUAL``,
# ``_NOW_AND_THEN``): the phrase is read "stronger than expected", which ``_TOO_MUCH`` knows.
_THAN_USUAL = re.compile(
    r"\b(stronger|heavier|more\s+potent)\s+than\s+(normal|usual|i'?m\s+used\s+to|what\s+i'?m\s+used\s+to|my\s+usual|the\s+usual|always)\b"
    r"|\b(сильнее|мощнее|жестче|крепче)\s+(чем\s+)?(обычно|обычного|всегда)\b"
    r"|\b(сильніше|сильніший|сильніша|потужніше|жорсткіше)\s+(ніж\s+|чим\s+|за\s+)?(зазвичай|завжди|звичайн\w*)\b"
    r"|\bmas\s+(fuerte|potente|cargad[oa])\s+(de\s+lo\s+(normal|usual)|que\s+(siempre|de\s+costumbre|lo\s+normal))\b"
)


def is_emergency(text: str) -> bool:
    """True when the message describes an overdose or an unresponsive person, now."""
    folded = _NOT_MOVING_HOUSE.sub(" ", _LEAD_IN.sub("", fold(text), count=1))
    folded = _THAN_USUAL.sub(" stronger than expected ", folded)
    if _bare_sos(folded):
        return True
    if (
        _ended_well(text, folded)
        or _woke_next_day(text, folded)
        or _past_then_fine(text, folded)
        or _writer_fine_now(text, folded)
    ):
        return False
    readings = cyrillic_readings(folded)
    if readings:
        # Russian or Ukrainian in Latin letters: read in Cyrillic, where every guard is ("brat ne
        # dyshit nosom, nasmork" is a blocked nose, as "брат не дышит носом" is)
        return any(_is_emergency(fold(reading)) for reading in readings) and not (
            _read_by_endings(folded) and _asks_about_overdose(folded)
        )
    # each surzhyk reading folded again: its Ukrainian words meet fold's own word forms
    # ("просинаєтся" read "просинається", folded "прокидається"; blind19-tune)
    return _is_emergency(folded) or any(_is_emergency(fold(r)) for r in surzhyk_readings(folded))


# -- knocking and nothing (session 22, emerg, tune49's kind) -----------------------------------------
# Someone shut in a toilet, a bathroom or a car who does not answer the knocking: "стучим — тишина, а у
# него с собой был герыч", "стукаємо — тиша", "tocamos y nada, y llevaba caballo", "head on the wheel,
# i'm banging on the window and nothing". The card when a drug is told beside it, or the person is
# seen slumped over the wheel; a knock on a neighbour's door with nothing said of drugs ("стучу к
# соседу — тишина, наверное на работе") is not.
_KNOCK_NOTHING = compile_any(
    [
        r"\b(bang\w*|knock\w*|tapp\w*|pound\w*|hammer\w*|hitting|hit)\s+(on\s+)?(\w+\s+){0,3}?(window|glass|door|windscreen|windshield)\s+(\w+\s+){0,3}?(nothing|no\s+answer|no\s+response|no\s+reaction|silence|not\s+a\s+thing|(he|she)\s+(doesn'?t|doesnt|won'?t|wont)\s+(move|answer|respond))\b",
        r"\b(стучу|стучим|стучали|стучал\w*|постучал\w*|долблю|долбим|барабаню|тарабаню|стукаю|стукаємо|стукаємо|стукали|стукав\w*|постукали|грюкаю|грюкаємо|грюкали|гупаю|гупаємо)\s+(\w+\s+){0,4}?(ноль|нуль|тишина|тиша|ничего|нічого|никто\s+не|ніхто\s+не|не\s+(открывает|відкриває|отвечает|відповідає|реагирует|реагує|отзывается|відгукується))\b",
        r"\b(golpeo|golpeamos|golpee|golpeando|toco|tocamos|toque|tocando|aporreo|aporreamos|aporreando)\s+(\w+\s+){0,4}?(y\s+)?(nada|silencio|ni\s+responde|no\s+responde|no\s+contesta|no\s+abre|no\s+reacciona|ni\s+se\s+mueve|no\s+se\s+mueve)\b",
    ]
)
_SHUT_IN = compile_any(
    [
        r"\b(toilet|toilets|bathroom|loo|restroom|stall|cubicle|car|room|bedroom|cuarto|habitacion|recamara|комнат\w*|кімнат\w*|туалет\w*|ванн\w*|санузл\w*|уборн\w*|вбиральн\w*|кабинк\w*|кабінк\w*|машин\w*|тачк\w*|авто|bano|banos|coche|carro|auto|cabina|wc)\b",
    ]
)
_AT_THE_WHEEL = compile_any(
    [
        r"\b(head|face)\s+(\w+\s+)?(on|against|over|down\s+on)\s+(the\s+)?(steering\s+)?wheel\b|\bslumped\s+(\w+\s+){0,2}(the\s+)?(steering\s+)?wheel\b",
        r"\b(голова|головой|лицом|головою|обличчям)\s+(\w+\s+)?(на|в|об)\s+(руле|руль|кермі|кермо)\b|\b(упал|уткнулся|лежит|впав|уткнувся|лежить|упала|уткнулась|впала)\s+(\w+\s+)?(на|в)\s+(руль|кермо)\b",
        r"\b(cabeza|cara)\s+(\w+\s+)?(en|sobre|contra)\s+el\s+volante\b|\b(tirado|tirada|desplomado|desplomada|recostado|recostada)\s+(\w+\s+)?sobre\s+el\s+volante\b",
    ]
)


def _knocked_and_nothing(cleaned: str) -> bool:
    """Knocking at someone shut in and nothing, beside a drug or a slump over the wheel."""
    if _KNOCK_NOTHING.search(cleaned) is None:
        return False
    if _AT_THE_WHEEL.search(cleaned):
        return True
    return _SHUT_IN.search(cleaned) is not None and bool(
        _used(cleaned) or _INJECTED.search(cleaned) or _NAMED_DRUG.search(cleaned)
    )


# -- surzhyk: Russian words with Ukrainian endings or letters (tune47, session 21) -----------------
# "братан отключився, я його трясу а він нічо, дихає рєдко": a Russian stem with the Ukrainian
# reflexive past ("отключився", "отрубилася") and the Russian "е" typed "є" after a consonant
# ("рєдко", "нєт") fall between the Russian and the Ukrainian patterns. Such a message (Cyrillic,
# with one of these words) is read twice more: the Ukrainian way ("від-" for "от-", "є" as "і") and
# the Russian way ("є" as "е"), and every rule with its guards is tried on each reading. Messages
# with neither form pay one search.
# (not the Ukrainian neuter ending of "майбутнє", "синє", "останнє": "є" inside a word, or the word "нє")
# the Russian reflexive "-тся" on a Ukrainian verb ("вона не просинаєтся", "не прокидаєтся",
# blind19-tune): read "-ться" in the Ukrainian reading
_SURZHYK_WORD = re.compile(
    r" (от)(\w+?(?:ився|илася|илась|илися|ились)) |(?<=[бвгджзклмнпрстфхцчшщ])є(?=\w)|(?<= н)є(?= )"
    r"|(?<=[аяую]є)(тся)(?= )"
)
_SURZHYK_E = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])є(?=\w)|(?<= н)є(?= )")


def _surzhyk_ukrainian(match: re.Match[str]) -> str:
    if match.group(1):
        return f" від{match.group(2)} "
    if match.group(3):
        return "ться"  # "просинаєтся" read "просинається"
    # "нє" is the Russian "не" ("нє дихає"); "є" inside a word the Ukrainian "і" ("рєдко")
    return "е" if match.string[match.start() - 2 : match.start()] == " н" else "і"


def surzhyk_readings(folded: str) -> tuple[str, ...]:
    """A folded Cyrillic message with surzhyk word forms, read the Ukrainian and the Russian way
    (``_SURZHYK_WORD``); () for any other message."""
    if _SURZHYK_WORD.search(folded) is None:
        return ()
    # a space doubled so that two such words side by side are both read
    spaced = folded.replace(" ", "  ")
    ukrainian = " ".join(_SURZHYK_WORD.sub(_surzhyk_ukrainian, spaced).split())
    russian = " ".join(_SURZHYK_E.sub("е", spaced).split())
    return tuple(
        dict.fromkeys(
            f" {reading} " for reading in (ukrainian, russian) if f" {reading} " != folded
        )
    )


# -- Russian or Ukrainian typed in Latin letters (session 13, tune30) -----------------------------
# "mne ploho serdce kolotitsya ne mogu dyshat", "meni pogano ne mozhu dyhaty": a message with no
# Cyrillic letter and at least two words that are Russian or Ukrainian in Latin letters (and not
# English or Spanish words) is read in Cyrillic instead, once the Russian way and twice the Ukrainian
# way, and every rule is tried on those readings (on the labelled messages so read, the readings
# caught every emergency the Latin patterns caught, and their guards keep "ne dyshit nosom" a cold).
# Other messages pay one set lookup per word. Session 19 (tune43): "him" in its Latin forms ("u noho",
# "u nego") and symptom words no English or Spanish word shares ("sudomy", "pripadok", "khrypyt") are
# markers too, so "pislia soli u yoho sudomy" is read in Cyrillic.
_TRANSLIT_MARKERS = frozenset(
    """
    ne mne menya meni mene ochen duzhe pomogite pomogi dopomozhit dopomozhy dopomozhit' ploho
    pogano chto shto cho che shcho scho kak yak uzhe vzhe zhe nichego nichogo serdce sertse dyshat
    dyshit dyshyt dyhaty dykhaty dyhaye dykhaye mogu mozhu mozhem ego yego yogo eyo yiyi seychas
    sejchas shchas zaraz srochno terminovo posle pislya pislia blin bratan podruga podruzhka nado
    treba pryamo sovsem zovsim kazhetsya zdayetsya zdaetsya pohodu tipa voobshche vashche lezhit lezhyt
    upal upala vpav vpala net nema nemaye emu yomu yemu ee ey yiy odin odna tak takoy takyi vse
    vsyo use bolit bolyt davit golova holova ruki nogi guby huby glaza ochi skoruyu shvydku ona
    oni vin vona vony moy moya moi moyi moyu moego tvoy eto tse tozhe tezh eshche yeshche shche
    ili abo chi bez dlya kogda koly tam tut vot pryam obeda vyhodnym
    sho shos poky poka robyty robyt delat delaty shvydka shvidka shvydkoyi skoraya skoraja neyi
    nyogo yide yedet edet
    noho nioho nyoho yoho nego neyo neho nikh nykh
    sudomy sudorogi sudorogy pripadok prypadok khrypyt hrypyt khripit hripit posinel posyniv
    toshnit toshnyt nudyt nudit goryachiy goryachii goryachij goryachaya goryachaja garyachyi
    garyachyy haryachyi hariachyi gariachyi garyacha haryacha bredit marenyt maryt stranno dyvno
    tolko tilky tilki nichoho nichogo hrapit khrapit hropyt khropyt utra zranku hodynu tryasu
    trushu trusyt
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Words only Ukrainian, or only Russian, in Latin letters: the reading of the other language loses
# that language's guards ("vin ne vidpovidaye na dzvinky vzhe tyzhden" read as Russian is no week)
_TRANSLIT_UK_ONLY = frozenset(
    """
    meni mene duzhe dopomozhit dopomozhy pogano shcho scho yak vzhe zaraz treba nema nemaye pislya
    pislia yogo yiyi vin vona vony zovsim zdayetsya dyhaye dykhaye dyhaty dykhaty mozhu lezhyt tse
    tezh shche abo chi koly moyi sertse holova huby ochi shvydku vpav vpala bolyt yomu yemu
    sho poky robyty shvydka shvidka shvydkoyi neyi yide
    noho nioho nyoho yoho neho sudomy prypadok khrypyt hrypyt posyniv
    nudyt garyachyi garyachyy haryachyi hariachyi gariachyi garyacha haryacha marenyt maryt dyvno
    tilky tilki nichoho hropyt khropyt zranku hodynu trushu trusyt
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_TRANSLIT_RU_ONLY = frozenset(
    """
    mne menya ochen pomogite pomogi ploho chto shto uzhe seychas sejchas shchas nado sovsem
    kazhetsya dyshat dyshit mogu lezhit ego eyo on ona oni eto tozhe eshche yeshche ili kogda serdce
    golova guby glaza skoruyu upal upala bolit emu vot obeda vyhodnym
    poka delat skoraya skoraja yedet edet
    nego neyo sudorogi sudorogy pripadok khripit hripit posinel
    toshnit goryachiy goryachii goryachij goryachaya goryachaja bredit stranno tolko hrapit khrapit
    utra tryasu
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_TRANSLIT_VOWELS = "aeiouy"
_TRANSLIT_RU = (
    ("shch", "щ"), ("sch", "щ"), ("tsya", "тся"), ("las ", "лась "), ("lis ", "лись "),
    ("delat ", "делать "),
    ("zh", "ж"), ("kh", "х"), ("ch", "ч"),
    ("sh", "ш"), ("ts", "ц"), ("yo", "ё"), ("yu", "ю"), ("ju", "ю"), ("ya", "я"), ("ja", "я"),
    ("ye", "е"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"),
    ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"),
    ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
    ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("y", "ы"), ("w", "в"), ("x", "кс"),
    ("q", "к"), ("'", "ь"),
)  # fmt: skip


def _translit_re(table: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    # "y" after a vowel and before a consonant or the word's end is "й" ("moy", "takyi")
    keys = sorted((key for key, _ in table), key=len, reverse=True)
    return re.compile(
        f"(?<=[{_TRANSLIT_VOWELS}])(y)(?![{_TRANSLIT_VOWELS}])|" + "|".join(map(re.escape, keys))
    )


_TRANSLIT = ((_translit_re(_TRANSLIT_RU), dict(_TRANSLIT_RU)),)
# Ukrainian in Latin letters is read by the table search uses too (``textproc.cyrillic_uk``: the
# national "ia", "iu", "ie" for "я", "ю", "є", as in "pislia", "boiusia", "vyskakuie"), after the
# endings and the "й" only this module needs ("budytsia" -> "будиться", "moy" -> "мой"). Ukrainian
# "h" is "г" as often as "х" ("huby", "dyhaty"): both readings are tried.
_UK_ENDINGS = re.compile(
    r"yt(?= )|(?:tsya|tsia)(?= )|(?<=l)(?:as|ys)(?= )|(?<=[aeiouy])y(?![aeiouy])"
)
_UK_ENDINGS_TO = {"yt": "ить", "tsya": "ться", "tsia": "ться", "as": "ась", "ys": "ись", "y": "й"}


def _uk_reading(folded: str, h: str) -> str:
    return cyrillic_uk(_UK_ENDINGS.sub(lambda m: _UK_ENDINGS_TO[m.group()], folded), h)


# The soft sign people leave out where the rules need it ("bol v grudi", "bil u hrudi", "boyus
# umeret", "bietsya", "serce bje"): written back in every reading
# and "весь" before an adjective ("ves goryachii" read "вес горячий", blind19-tune: "весь горячий" is
# the overheating the rules know; "вес" before a number or a noun stays the weight)
_SOFT_SIGN = re.compile(
    r" (бол|болно|боюс|умерет|умират|біл|бйе|бє|понят|узнат|помоч|отличит|распознат|делат|сделат)(?= )|(?<= )([бпвл])ие(?=т|тся|ш)"
    r"|(?<= )(вес)(?= (как\s+|такой\s+|прям\s+|просто\s+)?\w+(ий|ый|ой|ии|ыи|ої|ій)\b)"
)
_SOFT_SIGN_TO = {
    "бол": "боль", "болно": "больно", "боюс": "боюсь", "умерет": "умереть", "умират": "умирать",
    "біл": "біль", "бйе": "б'є", "бє": "б'є",
    "понят": "понять", "узнат": "узнать", "помоч": "помочь", "отличит": "отличить",
    "распознат": "распознать", "делат": "делать", "сделат": "сделать",
}  # fmt: skip


def _soft_signs(reading: str) -> str:
    return _SOFT_SIGN.sub(
        lambda m: (
            f" {_SOFT_SIGN_TO[m.group(1)]}"
            if m.group(1)
            else ("весь" if m.group(3) else f"{m.group(2)}ье")
        ),
        reading,
    )


# Words ending as Russian or Ukrainian reflexive verbs do ("budetsya", "budytsia", "napylasia"):
# markers too, so "brat naglotalsya tabletok, ne budetsya" is read in Cyrillic
_MARKER_ENDINGS = ("tsya", "tsia", "tsja", "sya", "sja", "lasia", "lysia")


def _read_by_endings(folded: str) -> bool:
    """Read in Cyrillic only thanks to the verb endings (fewer than two marker words): then a
    question the Latin rules already see stays a question ("is_emergency", "asks_about_overdose")."""
    return len(_TRANSLIT_MARKERS.intersection(folded.split())) < 2


def latin_readings(
    folded: str, tables: str = "ru uk", soft_signs: bool = True, repaired: bool = False
) -> tuple[str, ...]:
    """``folded`` in Cyrillic: the Russian reading (``"ru"`` in ``tables``), then the two
    Ukrainian ones (``"uk"``); ``soft_signs``: the soft signs of ``_SOFT_SIGN`` put back;
    ``repaired``: after them, every reading that ``_repaired`` changes, with the short й and the
    reflexive -сь put back (the crisis rules' readings)."""
    out = []
    if "ru" in tables:
        pattern, table = _TRANSLIT[0]
        out.append(pattern.sub(functools.partial(_translit_letter, table), folded))
    if "uk" in tables:
        out += [_uk_reading(folded, "х"), _uk_reading(folded, "г")]
    readings = tuple(_soft_signs(reading) for reading in out) if soft_signs else tuple(out)
    if not repaired:
        return readings
    fixed = (_repaired(reading) for reading in readings)
    return readings + tuple(dict.fromkeys(r for r in fixed if r not in readings))


# The short й and the reflexive -сь that Latin letters cannot tell from "і"/"и" and "с" ("vyity z
# dakhu" read "виїти з даху", "proshchavaite" "прощаваіте", "ne prokynutys" "не прокинутис"; tune48,
# blind17-tune), and the soft sign of "більше"
_VOWEL_I = re.compile(r"(?<=[аеоуиіяюєы])[іиї](?=[бвгґджзклмнпрстфхцчшщ]|\s)")
_I_YI = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])иї(?=[бвгґджзклмнпрстфхцчшщ])")
_REFLEXIVE = re.compile(r"(?<=[тч])ис(?=\s)")
_SOFT_L = re.compile(r"(?<=[бі])лш")


def _repaired(reading: str) -> str:
    """A Cyrillic reading of Latin letters with the short й after a vowel ("прощаваіте" ->
    "прощавайте", "виїти" -> "вийти"), the reflexive -сь ("прокинутис" -> "прокинутись") and the
    soft sign of "більше" put back."""
    reading = _I_YI.sub("ий", reading)
    reading = _VOWEL_I.sub("й", reading)
    reading = _REFLEXIVE.sub("ись", reading)
    return _SOFT_L.sub("льш", reading)


# A stray Cyrillic letter or two in a message typed in Latin letters (session 23, emerg, tune51: the
# keyboard switched for one letter, "ot neё pakhnet rvotoy"): those letters written back in Latin,
# so the message is read as the Latin it is
_CYR_TO_LAT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
        "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
        "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ы": "y", "ъ": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def _stray_cyrillic_latinised(folded: str) -> str:
    """``folded`` with its Cyrillic letters in Latin when at most two of its words hold any and
    at least four times as many are Latin only; else ``folded`` unchanged."""
    words = folded.split()
    stray = sum(1 for word in words if _CYRILLIC.search(word))
    if not stray or stray > 2 or len(words) - stray < 4 * stray:
        return folded
    return folded.translate(_CYR_TO_LAT)


def cyrillic_readings(folded: str) -> tuple[str, ...]:
    """A folded message in Latin letters that reads as Russian or Ukrainian, written back in
    Cyrillic (the Russian reading, then two Ukrainian ones); () for any other message."""
    folded = _stray_cyrillic_latinised(folded)
    words = folded.split()
    if _CYRILLIC.search(folded):
        return ()
    markers = len(_TRANSLIT_MARKERS.intersection(words)) + sum(
        1 for word in words if word.endswith(_MARKER_ENDINGS) and word not in _TRANSLIT_MARKERS
    )
    if markers < 2:
        return ()
    ukrainian = len(_TRANSLIT_UK_ONLY.intersection(words))
    russian = len(_TRANSLIT_RU_ONLY.intersection(words))
    # with the short й and the reflexive -сь put back, as the crisis rules read them (session 22,
    # emerg: "goryachii" is "горячий", not "горячии")
    return latin_readings(
        folded,
        "ru" if russian > ukrainian else "uk" if ukrainian > russian else "ru uk",
        repaired=True,
    )


def _translit_letter(table: dict[str, str], match: re.Match[str]) -> str:
    return "й" if match.group(1) else table[match.group(0)]


# "SOS", "sos help", "SOS помогите": a bare call for help with nothing else is the card (its number
# and steps), not a search with no answer. "help" alone is not: it is as often "how does this work".
_SOS = frozenset({"sos", "сос"})
_SOS_COMPANY = frozenset(
    {"help", "please", "pls", "plz", "помогите", "помоги", "пожалуйста", "срочно", "допоможіть"}
    | {"допоможи", "будь", "ласка", "терміново", "ayuda", "ayudame", "por", "favor", "porfa"}
    | {"urgente", "me", "now", "asap"}
)


def _bare_sos(folded: str) -> bool:
    words = set(folded.split())
    return bool(words & _SOS) and words <= _SOS | _SOS_COMPANY


# A book, a film or a song: "the film where the hero dies of an overdose" is not now.
_FICTION = compile_any(
    [
        (
            r"\b(book|movie|film|show|series|episode|novel|song|character|documentary|книг\w*|книжк\w*|фильм\w*|фільм\w*|сериал\w*|серіал\w*|роман\w*|"
            r"(?<!\sс\s)(?<!\sз\s)(?<!\sсо\s)(?<!\sзі\s)геро(й|я|ї|иня|їня)|персонаж\w*|(дивився|дивилася|дивилась|подивився|подивилася|подивилась|смотрел|смотрела|посмотрел|посмотрела)\s+(\w+\s+){1,4}там\s+(вс[еі]|усі|геро\w*|персонаж\w*)|requiem\s+for\s+a\s+dream|реквием\s+по\s+мечте|реквієм\s+(за|по)\s+мрі\w*|requiem\s+por\s+un\s+sueno|trainspotting|vi\s+(la|una)\s+peli\w*|watched|rewatch\w*|watching|breaking\s+bad|euphoria|смотрю|дивлюсь|дивлюся|viendo|смотрели|дивились|дивилися|vimos|what\s+was\s+(his|her|the)\s+name|как\s+(его|её|ее)\s+звали|як\s+(його|її)\s+звали|como\s+se\s+llamaba|песн\w*|пісн\w*|документалк\w*|документальн\w*|documental\w*|docu|peli|pelis|pelicula\w*|serie|libro|novela|cancion|personaje|prota|protagonista|"
            # "our game", "my game": a match played, not a video game
            r"(?<!our\s)(?<!my\s)game|video\s*game|gta|игр[аеуы]|в\s+игре|гр[аиі]|в\s+грі|juego|videojuego|"
            r"серии|серия|серию|серії|серія|сезон\w*|capitulo\w*|episodio\w*|temporada|"
            r"on\s+tv|on\s+the\s+telly|по\s+(телеку|телику|телевизору|телевізору|тв)|en\s+la\s+(tele|television)|en\s+la\s+tv|"
            # a dream (blind5-tune): "наснилось що я передознувся", "soñé que me daba una sobredosis"
            # read or reported (blind6-tune): "читаю про фентанил", "видел репортаж", "vi un reportaje"
            r"читаю\s+про|читал\w*\s+(что|про)|прочитал\w*|читав\s+(що|про)|прочитав\w*|читаю\s+(що|про)|репортаж\w*|reportaje\w*|i\s+read\s+(that|about)|reading\s+about|news\s+(story|report)|"
            r"приснил\w*|снилось|снился|снилась|наснил\w*|снилося|снився|dreamt|dreamed|had\s+a\s+dream|nightmare|кошмар\w*|sone|sonaba|tuve\s+un\s+sueno|pesadilla)\b"
        ),
        # a song played over and over (session 15, tune34): "can't stop listening to blue lips by ...",
        # "слушаю на репите", "no paro de escuchar ..."
        r"\b(can'?t|cant)\s+stop\s+listening\s+to\b|\bon\s+repeat\b|\bplaylist\b|\bна\s+(репите|репіті|повторе|повторі)\b|\bno\s+paro\s+de\s+(escuchar|oir)\b|\ben\s+bucle\b",
        # a joke told (session 16, tune37): "анекдот: приходит наркоман к врачу...", "here's a joke",
        # "chiste: llega un pastillero al médico", "жарт: заходить наркоман"; not "this is no joke"
        r"^\s*(joke|анекдот\w*|жарт|шутка|прикол|chiste)\b|\bанекдот\w*|\b(here'?s|heard|know|tell\w*|told|funny|good|best|dad)\s+(a\s+|the\s+|this\s+|that\s+)?joke\b|\b(знаете|знаешь|знаєте|знаєш|чули|чув|чула|расскажу|розкажу|смешной|смішний)\s+(\w+\s+)?(шутк\w*|жарт\w*)\b|\b(sabes|sabeis|saben|conoces|te\s+cuento|les\s+cuento|va|un\s+buen)\s+(el\s+|un\s+)?chiste\b|\b(приходит|заходит|приходить|заходить|llega|entra)\s+(\w+\s+)?(наркоман\w*|нарик\w*|торчок|торчк\w*|pastillero|drogadicto|yonki|yonqui)\s+(к|до|в|у|a|al|en)\b",
        # a music video (session 14 probes): "в клипе певица падает", "en el videoclip se desmaya"
        r"\b(music\s+video|video\s*clip|videoclip\w*|клип(а|е|у|ы|ов|ом|ах|ами)?|кліп(а|у|і|и|ів|ом|ах|ами)?)\b",  # not "кліпає" (blinks; session 24)
        # a story being written (session 14, tune32): "writing a short story where the main guy ODs",
        # "пишу рассказ где герой", "escribo un cuento donde el protagonista"
        r"\b(writing|write|wrote|writting)\s+(a|my|the|this)\s+(\w+\s+)?(story|book|novel|script|screenplay|scene|fanfic\w*|play|poem)\b|\b(short\s+story|fanfic\w*|screenplay)\b|\b(пишу|писал\w*|написал\w*|пишу)\s+(\w+\s+)?(рассказ\w*|роман\w*|книг\w*|сценари\w*|фанфик\w*|оповідан\w*|повість|повесть|вірш\w*|стих\w*)\b|\b(escribo|escribiendo|escribi|estoy\s+escribiendo)\s+(un|una|mi)\s+(\w+\s+)?(cuento|relato|novela|guion|historia|libro|poema)\b",
        # a prank told afterwards: "а то був розіграш", "it was a prank", "era broma"
        r"\b(а|но|але|but|pero|it|і|и)\s+(\w+\s+)?(это|то|це|it|era|fue)\s+(был\w*|був|була|було|was|just|solo|nomas)?\s*(\w+\s+)?(прикол\w*|розыгрыш\w*|шутк\w*|розіграш\w*|жарт\w*|пранк\w*|prank\w*|joke|broma|una\s+broma)\b",
        # a story read or heard, the news, a training on a dummy: told, not happening
        (
            r"\b(read|heard|saw)\s+(a|an|the|this|that)\s+(\w+\s+)?(story|article|post|thread|report)\b|\bin\s+the\s+news\b|\bnews\s+(says|said|reports?)\b|"
            r"\b(training|workshop|cpr\s+class|first\s+aid\s+(course|class)|dummy|manikin|mannequin)\b|"
            r"\b(читал\w*|прочитал\w*|слышал\w*|читав|читала|прочитав|чув|чула)\s+(\w+\s+)?(истори\w*|стать\w*|новост\w*|пост\w*|історі\w*|статт\w*|новин\w*|про)\b|"
            r"\b(в|у)\s+(новостях|новинах)\b|\b(тренинг\w*|тренінг\w*|манекен\w*|курс\w*\s+(первой|першої)\s+(помощи|допомоги))\b|"
            r"\b(lei|escuche|vi)\s+(una\s+|la\s+|de\s+|sobre\s+|que\s+)(\w+\s+)?|\ben\s+las\s+noticias\b|\b(taller|(?<!como un )(?<!como una )muneco(?!\s+de\s+trapo)|maniqui|curso\s+de\s+primeros\s+auxilios)\b"
        ),
    ]
)
# Asking for help now: what overrides a film or a series named in the same message (an adverb like
# "быстро" or "now" does not: "в сериале он так быстро синеет, это правда?").
_CALL_FOR_HELP = compile_any(
    [
        r"\bhelp\b|\bplease\b|\bpls\b|\bplz\b|\bsos\b|\bemergency\b|\bwhat\s+(do|should|can)\s+(i|we)\s+do\b|\bwhat\s+now\b|\bright\s+now\b|\brn\b",
        r"\bпомогите\b|\bпомоги\b|\bсрочно\b|\b(что|чо|че|шо)\s+(мне\s+)?делать\b|\bпрямо\s+сейчас\b|\bдопоможіть\b|\bдопоможи\b|\bтерміново\b|\b(що|шо)\s+робити\b|\bпросто\s+зараз\b|\bпоможіть\b",
        r"\bayuda\b|\bayudame\b|\bayudenme\b|\burgente\b|\b(que|q|k)\s+hago\b|\bque\s+hacemos\b|\bsocorro\b|\bahora\s+mismo\b|\bahorita\b",
    ]
)
# "lol", "haha", "лол", "jaja": said laughing
_LAUGHING = compile_any(
    [
        r"\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jaja\w*|jeje\w*|xd|лол|хаха\w*|ахах\w*|хехе\w*|ржу|ржака|ржач\w*)\b",
        # "ору" (lol), not "когда ору" / "я ору на него" (yelling; session 24)
        r"\bору\b(?<!когда ору)(?<!коли ору)(?<!как ору)(?<!як ору)(?<!я ору)(?<!кричу и ору)(?!\s+(на|ему|ей|йому|їй|в|у)\b)",
        # died of laughing (tune28: "чуть не умерла со смеху", "me morí de risa", "died laughing")
        r"\b(со|от|з|зі|від|de|of|from)\s+(смеха|смеху|сміху|risa|laughing|laughter)\b|\b(died|dying|dead|die)\s+(of\s+)?laugh\w*",
        # fell about laughing (session 13, tune30: "collapsed laughing at my jokes", "se cayó de la risa",
        # "упала от смеха" has its "от смеха" above)
        r"\b(collapsed|collapsing|fell\s+(over|about|down)|falling\s+(over|about)|keeled\s+over|rolling\s+(around|on\s+the\s+floor)|crying|creased|in\s+stitches|wet\s+(myself|herself|himself))\s+(\w+\s+)?laugh\w*|\b(cayo|caia|cae|tirad[oa]|muert[oa]|revolcando\w*)\s+(\w+\s+)?de\s+(la\s+)?risa\b",
        # session 20 (tune45, second emerg helper): laughed at it, told in Spanish ("me reí muchísimo",
        # "nos reímos un montón", "me dio mucha risa")
        r"\b(me|nos)\s+(rei|reimos)\s+(muchisimo|un\s+monton|un\s+buen\s+rato|mucho|tanto|de\s+lo\s+lindo)\b|\b(me|nos)\s+dio\s+(mucha\s+|tanta\s+)?risa\b",
    ]
)
# Back out after naloxone or after coming round: the naloxone wore off, call and start again.
_WOKE = compile_any(
    [
        (
            r"\b(narcan|naloxone|налоксон\w*|naloxona|woke|came\s+(round|around|to)|очнул(ся|ась)|очухал\w*|пришел\s+в\s+себя|пришла\s+в\s+себя|"
            r"прокину(вся|лась)|очуня\w*|отош(ел|ла)|відійш(ов|ла)|прийш(ов|ла)\s+до\s+тями|desperto|reacciono|volvio\s+en\s+si)\b"
        )
    ]
)
_OUT_AGAIN = compile_any(
    [
        r"\b(gone|went|nodding|nodded|passed|slipping|fading|drifting|slumped|slumping|dropped|crashed|collapsed|faded)\s+(\w+\s+){0,2}again\b|\b(is|he'?s|she'?s|hes|shes|now)\s+(out|blue|unresponsive|under)\s+again\b|\b(gone|went|is|he'?s|she'?s|hes|shes)\s+back\s+out\b",
        (
            r"\b(опять|снова|обратно|знову|знов|заново)\s+(\w+\s+)?(уплыва\w*|відплива\w*|отъезжа\w*|від'?їжджа\w*|отъехал\w*|вырубил\w*|вырубает\w*|отключил\w*|отключает\w*|поплыл\w*|уходит|ушел|ушла|"
            r"засыпает|уснул\w*|отрубил\w*|синеет|не\s+дыш\w*|від'?їха\w*|вирубив\w*|вирубил\w*|вирубає\w*|відключив\w*|відключил\w*|відключає\w*|"
            r"відрубив\w*|засинає|заснув|заснула|пливе|поплив\w*|синіє|не\s+диха\w*)"
        ),
        r"\bse\s+(esta|nos\s+esta|me\s+esta|le\s+esta)\s+(yendo|apagando|desmayando|durmiendo|quedando\s+dormid[oa]|poniendo\s+(azul|morad[oa]))\s+(\w+\s+)?(otra\s+vez|de\s+nuevo)\b|\b(going|slipping|sinking|drifting|fading)\s+(under|away|out)\s+again\b|\b(going|slipping|sinking|drifting|fading|nodding)\s+back\s+(under|out|off)\b",
        # the other word order (blind7-tune): "está desmayado otra vez", "tirado de nuevo"
        r"\b(desmayad[oa]|inconsciente|dormid[oa]|tirad[oa]|morad[oa]|azul|noquead[oa]|apagad[oa])\s+(\w+\s+)?(otra\s+vez|de\s+nuevo)\b",
        r"\bse\s+(volvio|vuelve|esta\s+volviendo)\s+a\s+(ir|desmayar|dormir|apagar|quedar|caer|poner\s+(azul|morad[oa]))\b|\b(otra\s+vez|de\s+nuevo)\s+(se\s+)?(esta\s+)?(fue|va|desmay\w*|apag\w*|dormid[oa]|cabece\w*|inconsciente|sin\s+respirar)",
    ]
)


# Naloxone given just now and the person came round or breathes again ("gave him narcan, he came
# round, what now", "дали налоксон, он очнулся", "le puse naloxona y ya respira"): still the card,
# whose steps say to stay and call, because naloxone wears off before many opioids do (session 15).
# Not an "if" ("if you give narcan and they wake up"), nor yesterday or longer ago.
_NALOXONE_REVIVED = compile_any(
    [
        (
            r"\b(gave|given|sprayed|squirted|injected|used|hit|narcanned|дал[аи]?|вколол[аи]?|кольнул[аи]?|"
            r"побрызгал[аи]?|брызнул[аи]?|пшикнул[аи]?|ввел[аи]?|ввели|сделал[аи]?|вкол(ов|ола|оли)|"
            r"бризнув|бризнула|бризнули|пшикнув|пшикнула|пшикнули|ввів|ввела|зробив|зробила|зробили|"
            r"puse|pusimos|pusieron|di|dimos|dieron|echamos|eche|inyecte|inyectamos|aplicamos|aplique)\b(?!\s+(out|away)\b)"
            r"(\s+\w+){0,3}?\s+(narcan|naloxone|nalox\w*|nyxoid|налоксон\w*|naloxona)\b"
            r"(?!\s+(kits?|boxes|packs?|training|наборы|набори|аптечк\w*|kits?|cajas))"
            r".{0,60}?\b("
            r"came\s+(round|around|to|back)|woke(\s+up)?|is\s+awake|breathing\s+(again|now|better|normal\w*)|"
            r"started\s+breathing|responding\s+now|очнул(ся|ась)|очухал(ся|ась)|пришел\s+в\s+себя|"
            r"пришла\s+в\s+себя|задышал[аи]?|дышит|прокину(вся|лась)|прийш(ов|ла)\s+до\s+тями|задихав|"
            r"задихала|дихає|відійш(ов|ла)|desperto|reacciono|volvio\s+en\s+si|ya\s+respira|respira\s+de\s+nuevo|"
            r"volvio\s+a\s+respirar)\b"
        )
    ]
)
_NOT_JUST_NOW = compile_any(
    [
        (
            r"\b(if|если|якщо|коли|когда|cuando|(?<!en\s)si|yesterday|last\s+(night|week|month|year|time)|"
            r"вчера|вчора|ayer|anoche|ago|назад|тому|training|тренинг\w*|тренінг\w*|taller|capacitacion)\b"
        )
    ]
)


# "how soon after naloxone can someone go under again": asked, not told
_CAN_AGAIN = compile_any(
    [
        r"\b(can|could|may|might|может|могут|може|можуть|puede|pueden)\s+(\w+\s+){0,2}(again|снова|опять|знову|знов|volver\s+a|otra\s+vez|de\s+nuevo)\b"
    ]
)


# The screen as the scene, not the story: "we were watching tv and my husband went blue and stopped
# breathing", "смотрели сериал, а он посинел и не дышит", "estabamos viendo una peli y se puso azul"
# (the late round's reading of blind14-tune: the film cut took the card from them). The writer (or
# "we") watching, then someone real beside them ("my ...", "a он", "and she"), and nothing that
# puts the signs inside the film ("where", "там", "in the episode", a character).
_WATCHING_US = compile_any(
    [
        (
            r"\b(i\s+was|we\s+were|i\s+am|i'?m|im|we'?re|were|was)\s+(just\s+)?watching\b|"
            r"\b(смотрели|смотрела|смотрел|смотрим|смотрю|дивилися|дивились|дивилась|дивилася|дивився|дивимось|дивлюсь|дивлюся)\b|"
            r"\b(estaba|estabamos|estamos|estoy|estaban)\s+viendo\b"
        )
    ]
)
_REAL_OTHER = compile_any(
    [
        (
            r"\b(my|mi|мой|моя|мій|husband|wife|boyfriend|girlfriend|bf|gf|partner|friend|mate|brother|sister|son|daughter|dad|mum|mom|"
            r"муж|мужа|жена|парень|девушка|брат|сестра|сын|дочь|друг|подруга|чоловік|дружина|хлопець|дівчина|син|донька|"
            r"marido|esposa|novio|novia|amigo|amiga|hermano|hermana|hijo|hija|pareja)\b|"
            r"\b(and|а|и|і|й|y)\s+(he|she|они?|она|він|вона|вони|el|ella)\b|\by\s+se\s+(puso|quedo|desmayo|cayo)\b"
        )
    ]
)
_IN_THE_STORY = compile_any(
    [
        (
            r"\b((film|movie|show|episode|series|scene|one|bit)\s+where|in\s+which|in\s+it|in\s+the\s+(film|movie|show|episode|series)|episode|character|hero|actor|actress|"
            r"(фильм\w*|сериал\w*|серии|кино|сцен\w*)\s+где|(фільм\w*|серіал\w*|серії|сцен\w*)\s+де|там\s+(вс[еі]|усі|геро\w*|персонаж\w*|чувак\w*|мужик\w*)|"
            r"в\s+(фильме|сериале|кино|серии)|у\s+(фільмі|серіалі|серії)|в\s+(фільмі|серіалі|серії)|серии|серії|персонаж\w*|геро(й|я|ю|ем|иня|їня|ї)|актер\w*|актор\w*|"
            r"(фильм\w*|фільм\w*|сериал\w*|серіал\w*|кино|кіно|ролик\w*|видео|відео)\s+(про\s+\w+\s+)?там|documentar\w*|documental\w*|документалк\w*|документальн\w*|"
            r"(peli\w*|pelicula|serie|escena)\s+(donde|en\s+la\s+que)|en\s+la\s+(peli|pelicula|serie)|capitulo|episodio|personaje|protagonista|actriz)\b"
        )
    ]
)


# The screen as the time, not the story (session 18, tune41): "nodded out halfway through the movie",
# "during our movie night", "while we watched the match", "dozed off watching the series", "под
# время фильма", "під час серіалу", "viendo la serie", "mientras veíamos el partido", streaming or
# gaming now: whoever is named anywhere in the message is beside the writer.
_WATCHING_WHEN = compile_any(
    [
        (
            r"\bwhile\s+(we|i)\s+(were\s+|was\s+)?(watch\w*|gam\w*|play\w*|stream\w*)\b|"
            r"\b(during|through|halfway\s+through|half\s+way\s+through|partway\s+through|in\s+the\s+middle\s+of)\s+(the|a|our|this|my)\s+(movie|film|show|match|game|episode|series|stream)\b|"
            r"\b(movie|film|netflix|tv|telly|gaming|game)\s+night\b|"
            r"\b(i\s+was|we\s+were|i'?m|im|we'?re|i\s+am)\s+(just\s+)?(gaming|streaming|live\s+streaming|on\s+stream|live)\b|"
            r"\b(во\s+время|посреди|посеред|під\s+час)\s+(\w+\s+)?(фильма|сериала|матча|футбола|игры|кино|стрима|фільму|серіалу|гри|стріму)\b|"
            r"\b(пока|поки)\s+(мы|я|ми)\s+(\w+\s+)?(смотрел\w*|играл\w*|стрим\w*|дивил\w*|грал\w*|стрім\w*)\b|"
            r"\b(стримил\w*|стримлю|стрімил\w*|стрімив\w*|стрімлю)\b|"
            r"\bviendo\s+((la|una|el|un|unas|unos|las|los)\s+)?(peli\w*|pelicula\w*|serie\w*|tele|tv|television|netflix|partido|futbol|youtube|anime)\b|"
            # asleep in front of a screen (session 18): "fell asleep watching tv", "nodded off during
            # the show", "заснул перед теликом", "заснув під серіал", "se durmió viendo la tele"
            r"\b(fell\s+asleep|nodded\s+(off|out)|dozed\s+off|passed\s+out|conked\s+out|zonked\s+out|crashed\s+out)\s+(\w+\s+){0,3}(while\s+)?(watching|during|in\s+front\s+of)\b|"
            r"\b(уснул\w*|заснул\w*|отключил\w*|вырубил\w*|отъехал\w*|заснув|вирубив\w*|відключив\w*|від'?їхав\w*)\s+(\w+\s+){0,2}(перед|за|под|під)\s+(телик\w*|телек\w*|телевизор\w*|телевізор\w*|фильм\w*|фільм\w*|сериал\w*|серіал\w*|кино|кіно|мультик\w*)\b|"
            r"\bmientras\s+(veiamos|veia|jugabamos|jugaba|estabamos\s+viendo|estaba\s+viendo)\b|"
            r"\bdurante\s+(la|el)\s+(peli\w*|pelicula|serie|partido)\b|\b(en\s+directo|stremeando|streameando|en\s+stream)\b"
        )
    ]
)
# Someone who fell asleep or went out in front of a screen (session 18): a person, never a character
_ASLEEP_AT_SCREEN = compile_any(
    [
        r"\b(fell\s+asleep|nodded\s+(off|out)|dozed\s+off|passed\s+out|conked\s+out|zonked\s+out|crashed\s+out)\s+(\w+\s+){0,3}(while\s+)?(watching|during|in\s+front\s+of)\b",
        r"\b(уснул\w*|заснул\w*|отключил\w*|вырубил\w*|отъехал\w*|заснув|вирубив\w*|відключив\w*|від'?їхав\w*)\s+(\w+\s+){0,2}(перед|за|под|під)\s+(телик\w*|телек\w*|телевизор\w*|телевізор\w*|фильм\w*|фільм\w*|сериал\w*|серіал\w*|кино|кіно|мультик\w*)\b",
        r"\b(se\s+)?(durmio|quedo\s+dormid[oa]|quedo\s+frit[oa]|quedo\s+pillad[oa]|ha\s+quedado\s+pillad[oa]|desmayo|apago)\s+(\w+\s+){0,4}(viendo|mientras\s+veia|mientras\s+veiamos|durante\s+(la|el)|frente\s+a\s+la\s+(tele|tv|pantalla))\b",
    ]
)


# The writer acting on someone beside them, or looking over at them (session 18, tune41): "i just
# looked over", "i can't wake him", "i keep shaking her", "just noticed", "next to me", "не могу
# разбудить", "тормошу его", "повернулся, а", "не можу розбудити", "no lo puedo despertar", "a mi lado"
_BESIDE_ME = compile_any(
    [
        (
            r"\b(i|we)\s+(just\s+)?(looked|look|glanced|turned)\s+(over|round|around|across|back)\b|\b(just|only\s+just)\s+noticed\b|"
            r"\b(i|we)\s+(can'?t|cant|cannot|couldn'?t|couldnt)\s+(wake|rouse|get)\s+(him|her|them)\b|\b(i|we)\s+(keep\s+)?(shak\w*|slap\w*|pinch\w*|nudg\w*|poke\w*|poking)\s+(him|her|them)\b|"
            r"\b(next\s+to|beside|behind)\s+me\b|"
            r"\b(не\s+(могу|можем|можу|можемо))\s+(его|ее|её|його|її)?\s*(разбудить|добудиться|растолкать|розбудити|добудитися)\b|"
            r"\b(тормошу|трясу|бужу|толкаю|трушу|буджу|штовхаю)\s+(его|ее|её|його|її)\b|"
            r"\b(поворачиваюсь|повернулся|повернулась|оборачиваюсь|обернулся|обернулась|глянул\w*|повертаюсь|повертаюся|повернувся|обертаюсь|обернувся)\s+(а|и|і)\b|"
            r"\b(рядом\s+со\s+мной|возле\s+меня|поруч\s+зі\s+мною|поруч\s+з\s+мною|біля\s+мене)\b|"
            r"\bno\s+(lo|la|le)\s+(puedo|podemos|consigo)\s+despertar\b|\b(lo|la)\s+(muevo|sacudo|zarandeo|meneo)\b|"
            r"\b(me\s+giro|me\s+volteo|volteo|voltee|me\s+di\s+la\s+vuelta)\s+y\b|\b(a\s+mi\s+lado|detras\s+(de\s+mi|mio|mia)|junto\s+a\s+mi)\b"
        )
    ]
)


def _watching_scene(folded: str) -> bool:
    """The writer watching a screen while someone real beside them is in trouble (see above)."""
    if _IN_THE_STORY.search(folded) is not None:
        return False
    if _ASLEEP_AT_SCREEN.search(folded) is not None:
        return True  # "he fell asleep watching tv after his methadone and now i cant wake him"
    if _BESIDE_ME.search(folded) is not None and (
        _WATCHING_US.search(folded) is not None or _WATCHING_WHEN.search(folded) is not None
    ):
        return True
    if _WATCHING_WHEN.search(folded) is not None and _REAL_OTHER.search(folded) is not None:
        return True
    found = _WATCHING_US.search(folded)
    return found is not None and _REAL_OTHER.search(folded[found.end() :]) is not None


# A past time, then today with a sign (session 18): "вчера выписали из больницы, сегодня он укололся и
# не дышит", "last week she OD'd, today she's blue and won't wake up", "в прошлом году был передоз, а
# сегодня опять посинел": the part from "today" on is read alone, and counts only with a sign in it
# ("last year he OD'd, now I'm scared he'll use again" stays no card). A day, not "now": after a past
# time "now" most often tells how things are since (it cost a false card on a never-tuned side).
_TODAY_LATER = compile_any(
    [
        r"\b(today|tonight|this\s+(morning|evening|afternoon)|сегодня|сьогодні|hoy|esta\s+noche)\b",
    ]
)


def _today_after_past(folded: str) -> bool:
    past = _PAST.search(folded) or _YESTERDAY.search(folded)
    if past is None:
        return False
    rest = " " + folded[past.end() :].lstrip()
    later = _TODAY_LATER.search(rest)
    if later is None:
        return False
    tail = " " + rest[later.end() :].lstrip()
    if len(tail.split()) < 2 or _PAST.search(tail) or _YESTERDAY.search(tail):
        return False
    cleaned = _cleaned(tail)
    return bool(_SIGNS.search(cleaned) or _near_signs(cleaned)) and _is_emergency_now(tail)


@lru_cache(maxsize=64)
def _is_emergency(folded: str) -> bool:
    return _is_emergency_now(folded) or (
        not _own_end_wish(folded)
        and not _planned_overdose(folded)
        and not _lethal_asked_for_me(folded)
        and _today_after_past(folded)
    )


def _is_emergency_now(folded: str) -> bool:
    if _own_end_wish(folded) or _planned_overdose(folded) or _lethal_asked_for_me(folded):
        return False  # "gonna take everything tonight and not wake up": the crisis reply's
    if not (
        _describes_emergency(folded)
        # a pet or a toddler that ate edibles or pills and shows it (the pet guard is inside
        # _describes_emergency, so this is asked apart)
        or _small_one_poisoned(folded)
        # "gave him narcan, he came round and now he's gone out again"
        or (
            _OUT_AGAIN.search(folded) is not None
            and _WOKE.search(folded) is not None
            and _CAN_AGAIN.search(folded) is None
        )
        # "gave him narcan, he came round, what now": stay with them, it wears off
        or (_NALOXONE_REVIVED.search(folded) is not None and _NOT_JUST_NOW.search(folded) is None)
    ):
        return False
    # "the film where he dies of an overdose", "lips blue from the slushie lol": asked only of a
    # message that would get the card, so everyday messages pay nothing for it
    if _FICTION.search(folded) and not _watching_scene(folded):
        return _CALL_FOR_HELP.search(folded) is not None
    return _URGENT.search(folded) is not None or _LAUGHING.search(folded) is None


# Calling for help asked about as a legal question, in the four languages ("can I get arrested for
# calling an ambulance", "me pueden detener si llamo a la ambulancia"): not the card, even for the
# embedding stage (bot.library.triage keeps its strict threshold for it).
_LEGAL_CALL = compile_any(
    [
        (
            r"\b(trouble|arrest\w*|charged|police|cops|legal|jail|detener|detenid\w*|arrestar\w*|policia|poli|problemas|carcel|multa\w*|арест\w*|посад\w*|полици\w*|мент\w*|проблем\w*|поліці\w*|заарешт\w*|в'?язниц\w*|тюрьм\w*)\b"
            r".{0,40}\b(call\w*|вызов\w*|вызв\w*|виклик\w*|виклич\w*|llam\w*)\b.{0,25}\b(ambulance|911|999|112|103|скор\w*|швидк\w*|ambulancia)\b"
        ),
    ]
)


# People, as opposed to a pet: "my cat is breathing weird" is for a vet, not the overdose card.
_HUMAN = compile_any(
    [
        r"\b(friend|mate|bro|brother|sister|sis|bf|gf|boyfriend|girlfriend|partner|husband|wife|son|daughter|mom|mum|mother|dad|father|guy|girl|man|woman|person|someone|somebody|roommate|flatmate|kid|baby|dude|he'?s|she'?s|hes|shes)\b",
        r"\b(друг\w*|подруг\w*|брат\w*|сестр\w*|парн\w*|девушк\w*|муж\w*|жен\w*|сын\w*|доч\w*|мам(а|у|ой|е|і|ою)|пап(а|у|ой|е|і|ою)|отец|отца|мать|матер\w*|чел|чувак\w*|мужик\w*|пацан\w*|человек\w*|кто-?то|сосед\w*|хлоп\w*|дівчин\w*|чолов\w*|дружин\w*|син(а|у|ом|ові)?|доньк\w*|батьк\w*|людин\w*|хтось|сусід\w*|знаком\w*)\b",
        r"\b(amig[oa]s?|carnal|compa|cuate|colega|novi[oa]|herman[oa]|hij[oa]|mama|papa|madre|padre|marido|esposa|esposo|mujer|hombre|chav[oa]|chaval\w*|wey|guey|morr[oa]|tio|tia|alguien|persona|vecin[oa]|pareja)\b",
        # session 15 (tune36): a Ukrainian dad ("тато"), grandparents, an uncle or an aunt, a cousin
        r"\b(тато|тата|татові|татом|тату|бабус\w*|бабц\w*|дідус\w*|дід|діда|дідові|бабушк\w*|дедушк\w*|дед|деда|деду|дядь\w*|дядя|дядю|дядьк\w*|тітк\w*|тётя|тетя|тёти|тети|тётю|тетю)\b",
        r"\b(grandma|grandpa|granny|grandad|granddad|grandmother|grandfather|nan|nana|nanna|gran|uncle|aunt|auntie|cousin|abuel[oa]s?|prim[oa]s?)\b",
    ]
)


# "What if someone stops breathing", "а если человек перестанет дышать", "якщо друг посинів", "y si
# alguien deja de respirar": a message that opens with "if" about anyone at all asks what to do; it
# tells of nobody on the floor unless it names a person of one's own or says now.
_HYPOTHETICAL = re.compile(
    r" (and |а |і |й |y |pero |но |але )?(what if|if|suppose|supposing|say|если|якщо|коли|допустим|предположим|припустимо|si|supongamos que|suponiendo que|en caso de que) "
    r"(\w+ ){0,3}(someone|somebody|a person|a stranger|a friend|a mate|anyone|you|u|человек|кто то|кто нибудь|друг|подруга|незнакомц\w*|людина|хтось|хто небудь|незнайом\w*|"
    r"alguien|una persona|un amigo|una amiga|un colega|un compa|un desconocido|una desconocida|uno) "
)
_OWN_PERSON_OR_NOW = re.compile(
    r" (my|our|he|she|hes|shes|he's|she's|him|his|мой|моя|мою|моего|моей|мій|моя|мого|моєї|он|она|его|ее|він|вона|його|її|mi|mis|now|rn|сейчас|щас|зараз|прямо|ahora|ahorita) "
)


# A worry about someone of one's own, ahead of time (session 19, tune43): "what if my friend doesn't
# wake up after mixing ...? how would I even know when to call", "а что если друг не проснётся ...
# как понять что пора звонить", "а що як ... як зрозуміти", "¿y si mi amiga no despierta ...? ¿cómo
# sabré que hay que llamar?". It opens with "what if" and asks how to tell or when to call, with no
# word of now and nothing told as a state ("he's", "won't", "ya no", "вже"): a question, not the card.
_WORRY_OPENER = re.compile(
    r"^ (and |а |і |й |y |pero |но |але |so |ok |okay |ну |bueno )?(what if|what happens if|what would happen if|что если|а вдруг|что будет если|що як|що якщо|а раптом|що буде якщо|y si|si|que pasa si|que pasaria si|que tal si) "
)
_HOW_TELL_OR_CALL = compile_any(
    [
        r"\bhow\s+(would|will|do|could|can|should)\s+(i|we|you|u)\s+(even\s+)?(know|tell|notice|spot)\b|\bwhen\s+(to|should\s+i|should\s+we|do\s+i|do\s+we|would\s+i|would\s+we)\s+(\w+\s+)?call\b|\bat\s+what\s+point\b",
        r"\bкак\s+(мне\s+)?(понять|узнать|заметить|определить)\b|\bкогда\s+(\w+\s+)?(звонить|вызывать|вызвать)\b|\bпора\s+(звонить|вызывать)\b|\bяк\s+(мені\s+)?(зрозуміти|дізнатися|дізнатись|знати|помітити|визначити)\b|\bколи\s+(\w+\s+)?(дзвонити|викликати)\b|\bпора\s+(дзвонити|викликати)\b",
        r"\bcomo\s+(sabre|sabria|sabremos|voy\s+a\s+saber|vamos\s+a\s+saber|se\s+si|saber|me\s+doy\s+cuenta|lo\s+noto|lo\s+sabre)\b|\bcuando\s+(\w+\s+)?(llamar|llamo|llamamos)\b|\bhay\s+que\s+llamar\b",
    ]
)
_WORRY_TAKEN = r"\b(took|has\s+taken|have\s+taken|just\s+did|swallowed|popped|выпил\w*|принял\w*|съел\w*|закинул\w*|наглотал\w*|випи(в|ла|ли)|прийня(в|ла|ли)|з'?ї(в|ла|ли)|закину(в|ла|ли)|наковта\w*|se\s+(tomo|metio|trago|bebio|inyecto)|me\s+(tome|meti|trague))\b"
_WORRY_NOW = compile_any(
    [
        r"\b(now|rn|right\s+now|already|he'?s|she'?s|hes|shes|they'?re|theyre|won'?t|wont|isn'?t|isnt|can'?t|cant|сейчас|щас|уже|зараз|вже|ahora|ahorita|ya\s+no|esta|estan)\b",
        # a drug already taken: "... se tomó todo el bote", "he took 5 bars", "уже выпил"
        _WORRY_TAKEN,
    ]
)


# A day feared after "what if" (session 20, tune45): "y si algún día mi hermano no despierta? no puedo
# dejar de pensar en eso", "what if one day he doesn't wake up", "а вдруг однажды он не проснётся":
# no word of now and no drug told as taken, a worry and not the card.
_A_DAY_TO_COME = compile_any(
    [
        r"\b(some\s*day|one\s+day|one\s+of\s+these\s+days|algun\s+dia|un\s+dia(\s+de\s+estos)?|когда[-\s]?нибудь|коли[-\s]?небудь|колись|однажды|одного\s+дня|в\s+один\s+день)\b",
    ]
)
# the same day said anywhere beside an "if" ("a veces pienso qué haría si mi hermano deja de
# respirar algún día"); not "однажды"/"колись", which also tell a time past
_A_DAY_IF = compile_any(
    [
        r"\b(if|si|если|якщо)\b.{0,80}\b(some\s*day|one\s+day|one\s+of\s+these\s+days|algun\s+dia|un\s+dia\s+de\s+estos|когда[-\s]?нибудь|коли[-\s]?небудь)\b",
        r"\b(some\s*day|one\s+day|algun\s+dia|когда[-\s]?нибудь|коли[-\s]?небудь)\b.{0,80}\b(if|si|если|якщо)\b",
    ]
)
_A_DAY_BUT_NOW = compile_any(
    [
        r"\b(now|rn|right\s+now|already|tonight|сейчас|щас|уже|зараз|вже|сегодня|сьогодні|ahora|ahorita|ya|hoy|esta\s+noche)\b",
        _WORRY_TAKEN,
    ]
)


# A sign asked about in the future, on a condition to come (session 20): "у друга начнутся судороги
# если он примет много трамадола?", "у брата будуть судоми якщо він вип'є ...?", "mi amigo va a
# convulsionar si toma mucho tramadol?", "will she stop breathing if she mixes them?"
_FUTURE_SIGN_IF = compile_any(
    [
        (
            r"\b(начн[её]тся|начнутся|будут|будет|будуть|буде|почнуться|почнеться|станет|стане|перестанет|перестане|"
            r"will\s+(\w+\s+){0,2}(have|get|go|start|stop|die|pass|turn)|(is|are)\s+(\w+\s+){0,2}going\s+to|gonna|va\s+a|van\s+a|le\s+(daran|dara|va\s+a\s+dar))\b"
            r"(\s+\w+){0,2}?\s+(судорог\w*|судом\w*|припад\w*|конвульс\w*|seizures?|seizing|fits?|convuls\w*|breath\w*|дышать|дихати|respirar|die|dying|умер\w*|помер\w*|morir\w*|pass\s+out|blue|desmay\w*|overdos\w*|od|передоз\w*|sobredosis|передознется|передознеться)\b"
            r"(\s+\w+){0,5}?\s+(если|якщо|if|si)\s+(\w+\s+){0,3}"
            r"(примет|выпьет|съест|смешает|употребит|закинется|вмажется|перебер[её]т|прийме|вип'?є|з'?їсть|змішає|вживе|перебере|takes?|drinks?|mix(es)?|uses?|does|toma|bebe|mezcla|consume|junta|se\s+mete|se\s+pasa)\b"
        ),
        # session 21 (route20): the condition first, a fit to come ("если у друга на тусе начнутся
        # судороги от мефа, что делать", "якщо в подруги почнуться судоми, що робити")
        r"\b(если|якщо)\s+(\w+\s+){0,5}?(начн[её]тся|начнутся|почнуться|почнеться)\s+(\w+\s+)?(судорог\w*|судом\w*|припад\w*|конвульс\w*)\b",
    ]
)


# A "what if" set on a day to come or told as a worry that keeps coming back (tune47, session 21,
# emerg): "what if someone at my party next saturday doesn't wake up, i can't stop thinking about
# it", "а вдруг на фестивале в субботу кто-то не проснётся", "що як на весіллі наступного тижня хтось
# посиніє", "y si en la fiesta del sábado que viene alguien no despierta, no dejo de pensarlo"
_TIME_TO_COME = compile_any(
    [
        r"\b(next|this\s+coming|coming)\s+(week|weekend|month|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer)\b|\btomorrow\b|\b(on|this)\s+(monday|tuesday|wednesday|thursday|saturday|friday|sunday)\b|\bin\s+(a|two|three|\d+)\s+(days|weeks)\b",
        r"\bзавтра\b|\bпослезавтра\b|\bна\s+(следующей|этой)\s+неделе\b|\bв\s+следующ\w+\s+(раз|месяц\w*|году|субботу|пятницу|выходн\w*)|\b(в|во)\s+(эту\s+|этот\s+|это\s+)?(понедельник|вторник|среду|четверг|субботу|пятницу|воскресенье|выходные)\b|\bчерез\s+(неделю|месяц|пару\s+дней|\d+\s+дн\w*)\b",
        r"\bпіслязавтра\b|\bнаступного\s+(тижня|місяця|року|разу)\b|\bнаступн\w+\s+(суботи|п'?ятниці|вихідних)|\b(в|у)\s+(цю\s+|цей\s+)?(понеділок|вівторок|середу|четвер|суботу|п'?ятницю|неділю)\b|\bна\s+(цих\s+)?вихідних\b|\bчерез\s+(тиждень|місяць|пару\s+днів)\b",
        r"\b(el|la|este|esta)\s+(proxim[oa]|siguiente)\s+(semana|mes|finde|fin\s+de\s+semana|sabado|viernes|domingo|ano|vez)\b|\b(la\s+semana|el\s+mes|el\s+sabado|el\s+viernes|el\s+finde|el\s+ano)\s+que\s+viene\b|\b(este|el)\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b|\bpasado\s+manana\b|\b(?<!esta\s)(?<!la\s)(?<!por\s)manana\b|\bdentro\s+de\s+(una|dos|\d+)\s+(semanas?|dias|meses)\b",
    ]
)
_RUMINATING = compile_any(
    [
        r"\b(can'?t|cant|cannot)\s+stop\s+(thinking|worrying)\b|\bkeep\s+(thinking|worrying)\b|\bit\s+keeps\s+me\s+(up|awake)\b|\boverthink\w*",
        r"\bне\s+могу\s+(перестать|прекратить)\s+(думать|переживать)\b|\bпостоянно\s+(об\s+этом\s+)?(думаю|переживаю)\b|\bне\s+выходит\s+из\s+головы\b|\bне\s+можу\s+(перестати|припинити)\s+(думати|хвилюватися|хвилюватись)\b|\bпостійно\s+(про\s+це\s+)?(думаю|хвилююсь|хвилююся|переживаю)\b|\bне\s+йде\s+з\s+голови\b",
        r"\bno\s+(dejo|puedo\s+dejar)\s+de\s+(pensar\w*|preocuparme)\b|\bme\s+quita\s+el\s+sueno\b|\bme\s+tiene\s+(muy\s+)?(preocupad[oa]|pensand[oa])\b",
    ]
)


def _worry_ahead(folded: str) -> bool:
    """A "what if" about someone, asking how to tell or when to call, nothing told as now."""
    if _WORRY_OPENER.match(folded) and (_TIME_TO_COME.search(folded) or _RUMINATING.search(folded)):
        rest = _RUMINATING.sub(" ", folded)  # "can't" in "can't stop thinking" is no sign now
        if not (
            _A_DAY_BUT_NOW.search(rest)
            or _WORRY_NOW.search(rest)
            or _RIGHT_NOW.search(rest)
            or _TOLD_NOW.search(rest)
        ):
            return True
    if (
        _FUTURE_SIGN_IF.search(folded)
        and not _A_DAY_BUT_NOW.search(folded)
        and not _WORRY_NOW.search(folded)
        and not _TOLD_NOW.search(folded)
    ):
        return True
    if (
        (_WORRY_OPENER.match(folded) and _A_DAY_TO_COME.search(folded)) or _A_DAY_IF.search(folded)
    ) and not _A_DAY_BUT_NOW.search(folded):
        return True
    if _if_then_will_sign(folded):
        return True  # "if i take my methadone and have a few beers tonight will i stop breathing?"
    return bool(
        _WORRY_OPENER.match(folded)
        and (_HOW_TELL_OR_CALL.search(folded) or _WHEN_TO_CALL.search(folded))
        and not _WORRY_NOW.search(folded)
        and not _RIGHT_NOW.search(folded)
    )


# A death mourned (session 21, second round, tune46's false cards): a grave, a cemetery, a funeral, a
# memorial or an anniversary, "a year since", "miss him", "rest in peace": an overdose told as a death
# past ("one year since my best mate overdosed, took flowers to his grave today"), not the card. Not
# beside a sign, an urgent word or an overdose "just" now ("at the memorial his brother just OD'd").
_MOURNING = compile_any(
    [
        r"\b(grave|graves|graveside|cemetery|churchyard|headstone|tombstone|funeral|memorial|anniversary|ashes|rip|r\.i\.p|rest\s+in\s+peace)\b|\b(a|one|two|three|four|five|\d+)\s+(years?|months?)\s+(since|to\s+the\s+day|today\s+since)\b|\byears\s+since\b|\bmiss\s+(him|her|them|you|my\s+\w+)\b|\bwould\s+have\s+(been|turned)\s+\d+",
        r"\b(могил\w*|кладбищ\w*|похорон\w*|поминк\w*|помин\w*|годовщин\w*|памятник\w*|царство\s+небесное|светлая\s+память|земля\s+пухом)\b|\b(год|года|два\s+года|\d+\s+(лет|года))\s+как\b|\bскучаю\s+по\s+(нему|ней|ним|тебе|нем)\b",
        r"\b(могил\w*|цвинтар\w*|кладовищ\w*|похорон\w*|поминк\w*|річниц\w*|пам'?ятник\w*|царство\s+небесне|світла\s+пам'?ять|земля\s+пухом)\b|\b(рік|роки|два\s+роки|\d+\s+(років|роки))\s+як\b|\bсумую\s+за\s+(ним|нею|ними|тобою)\b",
        r"\b(tumba|cementerio|panteon|funeral|velorio|entierro|aniversario|qepd|descanse\s+en\s+paz|en\s+paz\s+descanse)\b|\b(un|una|\d+|dos|tres)\s+(anos?|meses)\s+(desde\s+que|de\s+que)\b|\b(lo|la|los)\s+extrano\b",
    ]
)
_JUST_NOW = compile_any(
    [r"\b(just|только\s+что|щойно|тільки\s+що|acaba\s+de|acaban\s+de|ahorita)\b"]
)


def _mourned(folded: str, cleaned: str) -> bool:
    """An overdose told as a death mourned: a grave, a funeral, an anniversary, nothing now."""
    return (
        _MOURNING.search(folded) is not None
        and _URGENT.search(folded) is None
        and _RIGHT_NOW.search(folded) is None
        and _JUST_NOW.search(folded) is None
        and not (_SIGNS.search(cleaned) or _near_signs(cleaned))
    )


# A "what if" beside a state that lasts now (session 21, second round, tune47's third batch): "what if
# she never wakes up, she's been out 2 hours now", "hasn't woken up since we got back", "с вечера не
# просыпается, уже утро", "вже годину в ауті", "no ha despertado desde anoche y ya es mediodía". Not
# waking, not coming round or not answering, and a time that has run on to now (been ... for hours,
# since, уже/вже an hour, lleva, desde): the card. Not a day to come or a time past, not a phone that
# is not answered, not a sleeper with no drug named.
_NOT_WAKING = compile_any(
    [
        r"\b(not|never|hasn'?t|hasnt|isn'?t|isnt|doesn'?t|doesnt|won'?t|wont|didn'?t|didnt|can'?t|cant|haven'?t|havent)\s+(\w+\s+)?(wak\w*|woken|woke|come\s+round|come\s+around|came\s+round|come\s+to)\b|\b(out\s+cold|passed\s+out|knocked\s+out|unconscious|unresponsive)\b",
        r"\b(отключк\w*|отрубе|без\s+сознания|не\s+(просыпается|проснется|проснулся|проснулась|очнется|очнулся|очнулась|приходит\s+в\s+себя|пришел\s+в\s+себя|пришла\s+в\s+себя))\b",
        r"\b(ауті|відключці|відключк\w*|без\s+тями|без\s+свідомості|не\s+(прокидається|прокинеться|прокинувся|прокинулась|прокинулася|отямиться|отямився|прочухається|прочухався|приходить\s+до\s+тями))\b",
        r"\b(inconsciente|desmayad[oa]|no\s+(despierta|ha\s+despertado|desperto|vuelve\s+en\s+si|ha\s+vuelto\s+en\s+si)|sin\s+despertar)\b",
    ]
)
# Not answering or not moving counts only beside a body lying there ("still not answering me and
# he's been slumped there since midnight"), not of a dealer or a friend who does not write back
_NOT_ANSWERING = compile_any(
    [
        r"\b(not|never|hasn'?t|hasnt|isn'?t|isnt|doesn'?t|doesnt|won'?t|wont|didn'?t|didnt|haven'?t|havent)\s+(\w+\s+)?(answer\w*|respond\w*|react\w*|mov\w*)\b",
        r"\bне\s+(отвечает|реагирует|шевелится|відповідає|реагує|ворушиться)\b|\bno\s+(contesta|responde|reacciona|se\s+mueve)\b|\bsin\s+(contestar|responder|reaccionar|moverse)\b",
    ]
)
_LYING_THERE = compile_any(
    [
        r"\b(slumped|lying|laying|sprawled|on\s+the\s+(floor|sofa|couch|bed|ground)|лежит|лежить|валяется|валяється|на\s+полу|на\s+підлозі|tirad[oa]|acostad[oa]|en\s+el\s+(piso|suelo|sillon))\b"
    ]
)
_LASTED_TO_NOW = compile_any(
    [
        r"\bbeen\s+(\w+\s+){0,4}?(for\s+)?(like\s+|about\s+|nearly\s+|almost\s+|over\s+)?(\d+|an?|one|two|three|four|five|six|few|couple\s+of|several)\s+(hours?|hrs?|h)\b|\bbeen\s+(\w+\s+){0,4}?for\s+(ages|hours|so\s+long|too\s+long)\b|\b(\d+|two|three|four|five|six|an?)\s+(hours?|hrs?|h)\s+now\b|\bsince\s+(midnight|last\s+night|this\s+morning|we\s+got|we\s+came|we\s+left|he\s+took|she\s+took|they\s+took|\d{1,2}(\s*(am|pm))?\b|lunch|dinner|the\s+party|the\s+club)|\b(that'?s|thats|it'?s|its)\s+(like\s+|about\s+|nearly\s+|almost\s+|over\s+)?(\d+|two|three|four|five|six|an?)\s+(hours?|hrs?)\b",
        r"\b(уже|вже)\s+(\d+\s+|два\s+|две\s+|три\s+|пол|полтора\s+|второй\s+|третий\s+|четвертый\s+|другу\s+|третю\s+|четверту\s+)?(час\w*|годин\w*)\b|\b(с|з|із)\s+(вечера|ночи|утра|обеда|ночі|вечора|ранку|обіду)\b|\b(уже|вже)\s+(утро|ранок|обед|обід|вечер|вечір|полдень|день)\b",
        r"\blleva\s+(como\s+|ya\s+|casi\s+|mas\s+de\s+)?(\d+|una|un|dos|tres|media)\s+(horas?|rato)\b|\blleva\s+(rato|mucho\s+rato|horas)\b|\bdesde\s+(anoche|ayer|la\s+noche|la\s+manana|hace\s+\w+\s+horas?)\b|\bhace\s+(\d+|una|dos|tres)\s+horas?\s+que\b|\bya\s+es\s+(mediodia|de\s+dia|tarde|de\s+noche)\b",
    ]
)
_BY_PHONE = compile_any(
    [
        r"\b(texts?|texted|messages?|calls?|phone|dms?|snap\w*|whatsapp|telegram|insta\w*|messenger|viber|online|discord|телег\w*|телеграм\w*|вайбер\w*|инст\w*|інст\w*|в\s+сети|в\s+мережі|онлайн|смс|сообщен\w*|звонк\w*|трубку|телефон\w*|повідомлен\w*|дзвінк\w*|mensajes?|llamadas?|whats|cel|celular|telefono)\b"
    ]
)
_SLEEPING = compile_any(
    [
        r"\b(asleep|sleeping|napping|nap|спит|спить|сплю|спати|спать|duerme|dormid[oa]|durmiendo|siesta)\b"
    ]
)


def _out_for_a_while(folded: str, cleaned: str) -> bool:
    """Not waking or not answering for a time that runs on to now (a "what if" beside it or not)."""
    return (
        (
            # "сервер лежит с утра, весь офис в отключке": a place offline is not one not waking
            _NOT_WAKING.search(_PLACE_OUT.sub(" ", folded)) is not None
            or (
                _NOT_ANSWERING.search(folded) is not None
                and _LYING_THERE.search(folded) is not None
            )
        )
        and _LASTED_TO_NOW.search(folded) is not None
        and _PAST.search(folded) is None
        and _TIME_TO_COME.search(folded) is None
        and _A_DAY_TO_COME.search(folded) is None
        and _BY_PHONE.search(folded) is None
        and (_SLEEPING.search(folded) is None or _used(cleaned))
    )


# "if I take my methadone and have a few beers tonight will I stop breathing? just want to be safe"
# (session 21, second round, tune46): a sign asked about after a condition to come, the "if" first;
# the other order is _FUTURE_SIGN_IF's. An overdose question asked ahead, not the card, unless a sign
# is told outside the question or a drug is told as taken.
_IF_THEN_WILL_SIGN = compile_any(
    [
        (
            r"\b(if|when)\s+(i|we|you|u|he|she|they|my\s+\w+)\s+(take|takes|mix|mixes|have|has|drink|drinks|do|does|use|uses|combine|combines|add|adds|pop|pops|snort|snorts|smoke|smokes|shoot|shoots)\b.{0,100}?"
            r"\b(will|would|could|might|can|am|is|are)\s+(i|we|you|u|he|she|they|it|that|this)\s+(\w+\s+){0,2}?(stop\s+breathing|stop\s+my\s+breathing|die|od|overdose|pass\s+out|black\s+out|have\s+a\s+seizure|fit|seize|go\s+blue|turn\s+blue|not\s+wake\s+up|never\s+wake\s+up|be\s+(ok|okay|safe|fine|in\s+danger))\b"
        ),
        (
            r"\b(если|якщо|коли)\s+(я\s+|мы\s+|ми\s+|он\s+|она\s+|він\s+|вона\s+)?(выпью|приму|смешаю|приму|закину|вип'?ю|прийму|змішаю|закину|выпьет|примет|вип'?є|прийме)\b.{0,100}?"
            r"\b(перестану|перестанет|перестане|умру|умрет|умрёт|помру|помре|передознусь|передознется|передознуся|передознеться|отключусь|отключится|відключусь|відключиться|не\s+проснусь|не\s+проснется|не\s+прокинусь|не\s+прокинеться)\b"
        ),
        (
            r"\bsi\s+(me\s+)?(tomo|mezclo|bebo|junto|meto|consumo|toma|mezcla|bebe|se\s+toma|se\s+mete)\b.{0,100}?"
            r"\b(voy\s+a\s+dejar\s+de\s+respirar|dejare\s+de\s+respirar|me\s+voy\s+a\s+morir|me\s+muero|morire|me\s+da\s+una\s+sobredosis|me\s+voy\s+a\s+desmayar|va\s+a\s+dejar\s+de\s+respirar|se\s+va\s+a\s+morir|no\s+despierto|no\s+voy\s+a\s+despertar)\b"
        ),
    ]
)


def _if_then_will_sign(folded: str) -> bool:
    match = _IF_THEN_WILL_SIGN.search(folded)
    if match is None or _WORRY_TAKEN_NOW.search(folded) or _RIGHT_NOW.search(folded):
        return False
    rest = _cleaned(folded[: match.start()] + " " + folded[match.end() :])
    return not (_SIGNS.search(rest) or _near_signs(rest) or _TOLD_NOW.search(rest))


_WORRY_TAKEN_NOW = compile_any([_WORRY_TAKEN])


def _drug_if_then_sign(folded: str) -> bool:
    return _if_then_will_sign(folded) and (_drug_named(folded) or _used(folded))


# Asked for later, or the way to lay someone down asked about (blind5-tune): "на будущее",
# "на майбутнє", "for the future", "just in case", "por si acaso", "в какое положение класть".
_FOR_LATER = compile_any(
    [
        r"\b(на\s+будущее|на\s+майбутнє|for\s+(the\s+)?future|for\s+future\s+reference|(just\s+)?(a\s+)?general\s+question|(общий|загальне)\s+(вопрос|питання)|вопрос\s+в\s+целом|pregunta\s+general|just\s+in\s+case|на\s+всякий\s+случай|про\s+всяк\s+випадок|por\s+si\s+acaso|para\s+el\s+futuro|a\s+futuro)\b",
        # session 20 (tune45): asked ahead of time ("спрашиваю заранее", "питаю наперед", "asking so i'm
        # ready", "pregunto para estar preparada", "хочу знать заранее")
        r"\b(спрашиваю|интересуюсь|хочу\s+знать|питаю|цікавлюсь|цікавлюся|хочу\s+знати|asking|ask|pregunto|quiero\s+saber)\s+(\w+\s+)?(заранее|заздалегідь|наперед|in\s+advance|ahead(\s+of\s+time)?|de\s+antemano|por\s+adelantado|con\s+anticipacion)\b|\b(so|so\s+that)\s+(i'?m|im|i\s+am|we'?re|we\s+are|i\s+can\s+be|we\s+can\s+be)\s+(ready|prepared)\b|\bto\s+be\s+prepared\b|\b(чтобы|чтоб|щоб|щоби|para)\s+(быть|бути|estar)\s+(готов\w*|preparad\w*|list[oa]s?)\b",
        # session 20 (tune45, second emerg helper): asked only to know ("lo pregunto para saber", "pregunto
        # por curiosidad", "es solo por saber")
        r"\b(lo\s+)?pregunto\s+(solo\s+|nomas\s+|nada\s+mas\s+)?(para\s+saber(lo)?|por\s+saber|por\s+curiosidad)\b|\bes\s+(solo\s+|nomas\s+)?(para\s+saber(lo)?|por\s+saber|por\s+curiosidad)\b",
        r"\b(в|у)\s+(какое|яке)\s+положени\w*|\brecovery\s+position\b|\b(what'?s|whats|what\s+is)\s+the\s+right\s+way\s+to\s+(lay|put|position)\b|\b(как|як)\s+правильно\s+(положить|класть|покласти|укласти|уложить|перевернуть|перевернути)\b|\bposicion\s+lateral\b",
    ]
)
# The position to lay someone in, asked about a person in general (tune28, blind8-tune: "в какую позу
# класть человека", "what position do you put someone in", "en qué posición se pone a alguien"); "en
# qué posición lo pongo?? está inconsciente" is someone on the floor now.
_POSITION_ASKED = compile_any(
    [
        (
            r"\b(как|як)\s+(правильно\s+)?(положить|класть|уложить|покласти|класти|укласти|вкласти|перевернуть|перевернути)\s+(человека|людину)\b|"
            r"\b(в|у)\s+(какую|яку|какое|яке)\s+(позу|позицию|позицію|положение|положення)\s+(\w+\s+)?(класть|положить|укладывать|уложить|класти|покласти|укладати|вкласти)\s+(человека|людину|людей)\b|"
            r"\b(what|which)\s+position\s+(do|should|does|to|would)\s+(you\s+|u\s+|one\s+|i\s+|we\s+)?(put|lay|place|leave)\s+(someone|somebody|a\s+person|people)\b|"
            r"\ben\s+que\s+posicion\s+(se\s+)?(pone|pongo|ponemos|acuesta|coloca|deja)\s+a\s+(alguien|una\s+persona)\b|\bcomo\s+(se\s+)?(pone|poner|acuesta|acostar|coloca|colocar)\s+a\s+(alguien|una\s+persona)\b"
        ),
        # session 20 (tune45): whether to lay a person in general on the side ("se debe poner de lado a
        # una persona que ...", "should you put someone on their side", "надо ли класть человека на бок")
        (
            r"\b(se\s+debe|hay\s+que|conviene|es\s+mejor|debo|debemos)\s+(poner|acostar|colocar|voltear|dejar)\s+de\s+lado\s+a\s+(alguien|una\s+persona)\b|"
            r"\b(should|do|must)\s+(you|i|we|u)\s+(put|lay|roll|turn)\s+(someone|somebody|a\s+person)\s+(on|onto)\s+(their|his|her|the)\s+side\b|"
            r"\b(надо|нужно|треба|потрібно)\s+(ли\s+)?(класть|положить|перевернуть|класти|покласти|перевернути)\s+(человека|людину)\s+на\s+бок\b|"
            # tune47 (session 21, second batch): "надо ли класть на бок того кто не просыпается", "чи
            # треба класти людину на бік, якщо вона не прокидається"
            r"\b((надо|нужно|треба|потрібно|стоит|варто|слід)\s+(ли\s+)?|чи\s+(треба|потрібно|варто|слід|можна)\s+)(класть|положить|перевернуть|переворачивать|укладывать|уложить|класти|покласти|перевернути|перевертати|повернути|укладати|укласти)\s+(человека\s+|людину\s+)?на\s+(бок|бік)\b(?=.{0,30}\b(человека|людину|того|тех|тих|тому|кто|хто|якщо|если)\b)"
        ),
    ]
)
# "если он без сознания" after a generic person: the pronoun is that person, nobody of one's own
_GENERIC_PERSON = compile_any(
    [
        r"\b(человека|людину|людини|someone|somebody|a\s+person|alguien|una\s+persona|кого-?то|когось)\b",
        # tune47 (session 21): "того, кто", "тих, хто" ("класть на бок того кто не просыпается")
        r"\b(того|тех|тому|тим|тих|той)\s+(кто|хто)\b",
    ]
)
_IF_PRONOUN = re.compile(
    r" (если|якщо|if|коли|когда|si|que) (он|она|они|він|вона|вони|he|she|they|theyre|they're|esta) "
)


# Asked only out of curiosity (session 21, route20), said with "just", "purely", "out of": "is that
# always an od or not, just curious", "вообще интересуюсь", "просто цікаво", "pura curiosidad". A
# bare "мне интересно"/"i'm curious" opens a story as often and is not read; with an urgent word
# ("what do i do", "что делать", "help", "now") or someone of one's own or now (_own_person_or_now)
# it stays the card.
_CURIOUS = compile_any(
    [
        r"\b(just|only|purely|simply)\s+(curious|wondering)\b|\b(out\s+of|from)\s+(pure\s+|sheer\s+|simple\s+)?curiosity\b|\b(просто|вообще|чисто|в\s+целом)\s+(интересно|интересуюсь|любопытно|спрашиваю)\b|\bиз\s+(чистого\s+|простого\s+)?любопытства\b|\b(просто|взагалі|чисто|загалом)\s+(цікаво|цікавлюсь|цікавлюся|питаю)\b|\b(з|із)\s+(чистої\s+|простої\s+)?цікавості\b|\b(pura|mera|simple|por|de)\s+curiosidad\b|\bcuriosidad\s+nomas\b"
    ]
)


def _asked_for_later(folded: str) -> bool:
    """Asked for later, or the way to lay a person in general down."""
    return (
        _FOR_LATER.search(folded) is not None
        or (
            _POSITION_ASKED.search(folded) is not None
            and _GENERIC_PERSON.search(folded) is not None
        )
        or (_CURIOUS.search(folded) is not None and _URGENT.search(folded) is None)
    )


def _own_person_or_now(folded: str) -> bool:
    """Someone of one's own or now, not counting the pronoun of "someone ... if they are out"."""
    if _GENERIC_PERSON.search(folded):
        folded = _IF_PRONOUN.sub(" ", folded)
    return _OWN_PERSON_OR_NOW.search(folded) is not None


# A count lost ("не помню сколько", "no sé cuántas"): a sign of too much, not a question.
_TOO_MUCH_COUNT = compile_any(
    [
        r"\bno\s+se\s+cuant[oa]s?\b|\b(dunno|idk|no\s+clue)\s+how\s+(many|much)\b|\b(скольк\w*|скільки)\s+не\s+(помню|знаю|пам'?ятаю)\b|\b(не\s+(помню|знаю|пам'?ятаю)|хз)\s+(скольк\w*|скільки)\b|\b(no\s+idea|don'?t\s+know|dont\s+know|lost\s+count\s+of)\s+how\s+(many|much)\b"
    ]
)


# Many pills swallowed just now (the end-to-end check, 2026-12-06): "i just swallowed a whole bottle
# of sleeping pills", "я выпила все таблетки", "наглоталась феназепама", "я випила всі пігулки", "me
# tomé todas las pastillas". An overdose already under way is the card first (crisis.py may also
# read the wish to die in it; the card comes before the crisis reply). Not a dose as prescribed
# ("took all my pills this morning like the doctor said"), not long ago, not asked in general.
_SWALLOWED_MANY = compile_any(
    [
        (
            r"\b(took|swallowed|downed|necked|popped|ate)\b(\s+\w+){0,3}?\s+"
            r"(all|whole|entire|full|handful|bunch|lots|loads|\d{2,}|twenty|thirty|forty|fifty)\b"
            r"(\s+\w+){0,4}?\s+(pills?|tablets?|bottle|pack|packet|box|sleeping|xanax|xans|bars|benzos|meds|oxys?|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|panadol|nurofen|prescription|script|scrip|supply)\b"
        ),
        (
            r"\b(выпил\w*|наглотал\w*|съел\w*|сожрал\w*|закинул\w*|проглотил\w*|випил\w*|випи(в|ла|ли)|наковтал\w*|з'?їл\w*|з'?ї(в|ла|ли)|ковтнул\w*|ковтну(в|ла|ли)|проковтнул\w*|проковтну(в|ла|ли))\b"
            r"(\s+\w+){0,2}?\s+(все|всю|целую|целый|пачку|упаковку|горсть|кучу|всі|усі|цілу|цілий|жменю|купу|пів|много|багато|\d{2,})\b"
            r"(\s+\w+){0,3}?\s+(таблет\w*|колес\w*|пачк\w*|упаковк\w*|пігулк\w*|пилюл\w*|снотворн\w*|снодійн\w*|феназепам\w*|фенозепам\w*|лирик\w*|лірик\w*|парацетамол\w*|ибупрофен\w*|ібупрофен\w*|нурофен\w*|аспирин\w*|аспірин\w*|цитрамон\w*|анальгин\w*|анальгін\w*)"
        ),
        r"\b(наглотал\w*|наковтал\w*|нажрал\w*\s+таблет\w*)\s+(\w+\s+){0,2}?(таблет\w*|колес\w*|пігулок|пилюл\w*|снотворн\w*|снодійн\w*|феназепам\w*|фенозепам\w*|лирик\w*|лірик\w*|трамадол\w*|реланиум\w*|клоназепам\w*)",
        (
            r"\b(me\s+tome|se\s+tomo|tome|me\s+trague|se\s+trago|trague|me\s+meti|se\s+metio|me\s+bebi|se\s+bebio|(me|se)\s+(ha|han|he|habia)\s+(tomado|tragado|metido|bebido))\b"
            r"(\s+\w+){0,2}?\s+(todas|todos|todo\s+el|toda\s+la|un\s+frasco|una\s+caja|un\s+bote|un\s+monton|un\s+chingo|un\s+blister|una\s+tira|\d{2,})\b"
            r"(\s+\w+){0,4}?\s+(pastillas|pastis|pildoras|tabletas|clonazepam|rivotril|benzos|somniferos|frasco|caja|blister|tafil|alprazolam|paracetamol|acetaminofen|ibuprofeno|aspirinas?|tylenol|naproxeno|metamizol|nolotil)\b"
        ),
    ]
)
_AS_PRESCRIBED = compile_any(
    [
        r"\b(doctor|prescri\w*|as\s+usual|every\s+(day|morning|night)|daily|врач\w*|назначени\w*|как\s+обычно|каждый\s+день|лікар\w*|як\s+завжди|щодня|medic[oa]|receta|como\s+siempre|cada\s+dia|recetad\w*)\b"
    ]
)


# All at once (tune47, second batch): "in one go", "за раз", "разом", "de golpe"; the prescription as
# a word for the supply taken ("my whole prescription", "весь рецепт", "toda la receta")
_AT_ONCE = compile_any(
    [
        r"\b(in\s+one\s+go|all\s+at\s+once|at\s+once|in\s+one\s+hit|за\s+(один\s+)?раз|разом|одним\s+махом|залпом|de\s+(una|golpe|un\s+jalon|una\s+sola\s+vez|un\s+trago)|todo\s+junto)\b",
    ]
)
_PRESCRIPTION_WORD = compile_any(
    [
        r"\b(whole|entire|full|all\s+(of\s+)?my)\s+(prescription|script|scrip)\b|\b(весь|всю|целый|увесь|весь\s+мій)\s+(рецепт\w*|назначени\w*)\b|\btoda\s+(la|mi)\s+receta\b"
    ]
)


# "what happens if you take a whole bottle", "а если выпить всю пачку": asked, not told
_IF_ASKED = compile_any([r"\b(if|what\s+happens|если|якщо|що\s+буде|что\s+будет|si|que\s+pasa)\b"])


def _swallowed_many(folded: str, past: bool) -> bool:
    """Told in the past tense of just now, so a purpose ("чтобы не проснуться") is no question."""
    return (
        not past
        and _SWALLOWED_MANY.search(folded) is not None
        and (
            _AS_PRESCRIBED.search(folded) is None
            # "took my whole prescription in one go" (tune47): the supply at once, no doctor's way
            or (
                _AT_ONCE.search(folded) is not None
                and _AS_PRESCRIBED.search(_PRESCRIPTION_WORD.sub(" ", folded)) is None
            )
        )
        and _IF_ASKED.search(folded) is None
    )


# -- found on blind6-tune and tune22 (2026-12-06, session 9) --
# Fits that go on after a stimulant ("shaking all over on the floor and it won't stop", "трясёт и
# колотит, не прекращается", "convulsiones ... no para"): with a drug named or on the floor.
_FIT_GOING_ON = compile_any(
    [
        r"\b(jerking|jerks|shaking|shakes|convuls\w*|fitting|seizing|seizure\w*|трясет|трясется|колотит|дергает\w*|дергается|трусит\w*|смика\w*|сіпа\w*|тіпа\w*|трясе|convulsion\w*|temblando|se\s+sacude)\b.{0,60}\b(won'?t|wont|doesn'?t|doesnt|not|isn'?t)\s+(stop|stopping|stopped)\b",
        r"\b(jerking|jerks|shaking|shakes|convuls\w*|трясет|трясется|колотит|дергает\w*|дергается|трусит\w*|смика\w*|сіпа\w*|тіпа\w*|трясе|convulsion\w*|temblando|se\s+sacude)\b.{0,60}\b(не\s+(прекраща\w*|проходит|останавлива\w*|зупиня\w*|припиня\w*|перестает|перестає)|no\s+(para|se\s+le\s+pasa|deja\s+de))\b",
    ]
)
_FLOOR = compile_any(
    [
        r"\b(on\s+the\s+floor|на\s+полу|на\s+підлозі|en\s+el\s+(piso|suelo)|minutes|минут\w*|хвилин\w*|minutos)\b"
    ]
)
# Pinpoint pupils ("pinned pupils", "зрачки как точки", "зіниці як крапки", "pupilas como puntitos")
# with breathing or someone out of it: an opioid overdose seen from outside
_PINNED = compile_any(
    [
        r"\b(pinned|pinpoint|pin\s*point|pinprick\w*|tiny)\s+pupils\b|\bpupils\s+(are\s+|like\s+)*(pin\w*|dots|tiny)\b|\bзрачк\w*\s+(как\s+|с\s+)?(точк\w*|булавк\w*|игольн\w*)|\bзіниц\w*\s+(як\s+)?(крапк\w*|точк\w*|голк\w*)|\bpupilas\s+(como\s+)?(puntit\w*|puntos?|cabeza\s+de\s+alfiler|chiquit\w*)",
    ]
)
_PINNED_WITH = compile_any(
    [
        r"\b(breath\w*|breathes|дыш\w*|дыхани\w*|вдох\w*|вдохн\w*|дих\w*|вдих\w*|вдихне|respir\w*|out\s+of\s+it|slumped|никак\w*|ніяк\w*|tirad[oa])\b",
    ]
)
# A needle still in the arm or beside someone who does not move or has gone blue
_NEEDLE_DOWN = compile_any(
    [
        r"\b(needle|syringe|шприц\w*|игл\w*|баян\w*|голк\w*|jeringa|aguja)\b.{0,80}\b(not\s+moving|isn'?t\s+moving|won'?t\s+move|не\s+(шевел\w*|двига\w*|руха\w*|дыш\w*|диха\w*)|no\s+se\s+mueve|лежит\s+син\w*|лежить\s+син\w*)",
        r"\b(not\s+moving|isn'?t\s+moving|не\s+(шевел\w*|двига\w*|руха\w*)|no\s+se\s+mueve|лежит\s+син\w*|лежить\s+син\w*)\b.{0,80}\b(needle|syringe|шприц\w*|игл\w*|баян\w*|голк\w*|jeringa|aguja)\b",
    ]
)
# A small child who drank or ate a parent's opioid and is now drowsy
_CHILD = compile_any(
    [
        (
            r"\b(toddler|baby|my\s+(son|daughter|kid|little\s+one|boy|girl)|the\s+kid|ребен\w*|ребён\w*|малыш\w*|малой|малий|малая|мала|дитин\w*|дочк\w*|синок|сынок|el\s+nene|la\s+nena|el\s+nino|la\s+nina|mi\s+(hij[oa]|bebe|nene|nena)|bebe|"
            # session 13 (tune30): "la peque", "my 4 year old", "малюк", "el chamaco"
            r"child|kiddo|little\s+one|mi\s+(nin[oa]|chiquit[oa]|pequen[oa])|(мой|мій|наш)\s+(сын|син|сынишка|малыш|малий)|(моя|наша)\s+(дочь|дочка|донька|доця)|(my|our|the)\s+\d{1,2}\s*(yo|y/o|year\s+old|yr\s+old)|peque|pequen[oa]|chiquit[oa]|escuincl[ea]|chamac[oa]|nene|nena|cri[oa]|малюк\w*|малеч\w*|доньк\w*|синочок|дочурк\w*)\b"
        ),
    ]
)
_CHILD_OPIOID = compile_any(
    [
        r"\b(methadone|bupe|bupre\w*|subutex|suboxone|oxy\w*|fent\w*|morphine|tramadol|codeine|метадон\w*|бупр\w*|субутекс\w*|трамадол\w*|морфин\w*|кодеин\w*|кодеїн\w*|metadona|buprenorfina|tramadol|morfina|codeina)\b",
    ]
)
# A parent's own pills, whatever they are ("выпила мои таблетки от давления", "se tomó mis pastillas",
# "got into my pills"): with a child, swallowing and drowsiness (session 11 probes)
_PARENTS_PILLS = compile_any(
    [
        r"\b(my|мои|мої|моих|моїх|mis)\s+(\w+\s+)?(pills|tablets|meds|таблетк\w*|таблет\w*|пігулк\w*|ліки|лекарств\w*|pastillas|medicinas|medicamentos)\b",
    ]
)
_CHILD_DROWSY = compile_any(
    [
        (
            r"\b(floppy|limp|drowsy|nodding\s+off|can'?t\s+stay\s+awake|keeps\s+(falling\s+asleep|nodding)|вял\w*|млян\w*|млява|млявий|засыпа\w*|засина\w*|глаза\s+(закрываются|слипаются)|очі\s+(злипаються|закриваються)|flojit[oa]|se\s+le\s+cierran\s+los\s+ojos|somnolient[oa]|adormilad[oa]|"
            # session 13 (tune30): "está floja y se duerme", "sleepy and won't stay awake", "сонный"
            r"floj[oa]|blandit[oa]|(muy|super|re|bien)\s+dormid[oa]|se\s+(duerme|queda\s+dormid[oa]|esta\s+durmiendo)|sleepy|won'?t\s+stay\s+awake|hard\s+to\s+wake|сонн\w*|сонлив\w*)\b"
        ),
    ]
)


# A pulse barely felt ("пульс еле прощупывается", "пульс ледве відчувається", "pulse is really weak",
# "apenas tiene pulso"), or someone lying there blue ("лежит синий", "лежить синя"): beside a person
# and a drug (tune25 probes)
_WEAK_PULSE_OR_BLUE = compile_any(
    [
        r"\b(пульс\w*)\s+(\w+\s+)?(еле|ледве|ледь|слаб\w*|нитевид\w*|не\s+прощупыва\w*|не\s+промацу\w*|почти\s+нет|майже\s+нема\w*|редк\w*|рідк\w*)\b|\bpulse\s+(is\s+)?(so\s+|really\s+|very\s+|super\s+)?slow\b|\bpulso\s+(muy\s+|super\s+)?lento\b|\bpulse\s+(is\s+)?(so\s+|really\s+|very\s+)?(weak|faint|thready|barely\s+there)\b|\b(can\s+)?barely\s+(feel|find)\s+(a|his|her|their)\s+pulse\b|\b(apenas\s+(tiene|le\s+siento|siento)\s+(el\s+)?pulso|pulso\s+(muy\s+)?(debil|debilito))\b",
        r"\b(лежит|лежить|валяется|валяється|сидит|сидить)\s+(весь\s+|вся\s+|уже\s+|вже\s+|такой\s+|такий\s+)?(син(ий|яя|ій|я)|посинев\w*|посинівш\w*|посинел\w*|посиніл\w*)\b",
    ]
)

# Cold to the touch ("сам холодный", "вся холодна", "cold and clammy", "está fría"): beside a pulse
# barely felt, or with pinpoint pupils and that pulse (blind10-tune), an overdose seen from outside
# without a drug named
_COLD_BODY = compile_any(
    [
        r"\b(сам|сама|весь|вся|уже|вже|такой|такая|такий|така|увесь|уся)\s+(\w+\s+)?(холодн\w*|ледян\w*|крижан\w*)\b|\b(cold\s+and\s+clammy|clammy|ice\s+cold|(is|feels|so|really|very)\s+cold\s+to\s+the\s+touch)\b|\b(холодн\w*|ледян\w*|крижан\w*)\s+на\s+(ощупь|дотик)\b|\bfri[oa]\s+al\s+tacto\b|\b(esta|se\s+siente|muy)\s+(fri[oa]|helad[oa])\b",
    ]
)


# Snoring beside an opioid or a benzo taken (tune25 probes: "храпит на весь дом после метадона",
# "snoring like a chainsaw after the methadone"): the overdose snore, unless as usual or asked about
_SNORE = compile_any(
    [
        r"\b(snore|snores|snoring|snorin|храпит|храпят|захрапел\w*|хропе|хропуть|захріп\w*|захропі\w*|ronca|roncan|roncando)\b"
    ]
)
_AFTER_IT = compile_any([r"\b(after|после|після|despues|tras)\b"])
_AS_USUAL = compile_any(
    [
        r"\b(as|like)\s+(usual|always|normal)\b|\b(normal|normally|every\s+night|always|used\s+to|solia|раньше|раніше|колись)\b|\b(как|як)\s+(обычно|всегда|завжди|зазвичай)\b|\b(нормально|норм|каждую\s+ночь|щоночі|всегда|завжди)\b|\bcomo\s+(siempre|de\s+costumbre|cada\s+noche)\b|\b(normal|siempre|todas\s+las\s+noches)\b",
    ]
)


def _session9_signs(folded: str, cleaned: str) -> bool:
    """Kinds the rules missed on blind6-tune (2026-12-06, session 9), in general word patterns."""
    if (
        _SNORE.search(folded)
        and (
            (_DEPRESSANT.search(cleaned) and _AFTER_IT.search(cleaned))
            or _INJECTED.search(cleaned)
            or _USED_NOW.search(cleaned)
        )
        and not _AS_USUAL.search(folded)
        and not _BODY_QUESTION.search(folded)
        and not _HABITUAL.search(folded)
    ):
        return True  # "храпит на весь дом после метадона"
    if (
        _WEAK_PULSE_OR_BLUE.search(cleaned)
        and (_HUMAN.search(folded) or _PERSON.search(folded))
        and _used(cleaned)
    ):
        return True  # "брат обдолбался, лежит синий, пульс еле прощупывается"
    # "пульс еле щупается, зрачки точки" (blind10-tune): signs enough without a drug named
    if _WEAK_PULSE_OR_BLUE.search(cleaned) and (
        _PINNED.search(cleaned) or _COLD_BODY.search(cleaned)
    ):
        return True
    if _FIT_GOING_ON.search(cleaned) and _FLOOR.search(cleaned):
        return True  # on the floor, or for minutes (withdrawal shakes are neither)
    if _PINNED.search(cleaned) and _PINNED_WITH.search(cleaned) and not _FINE.search(cleaned):
        return True
    if _NEEDLE_DOWN.search(cleaned) and (
        _HUMAN.search(folded) or _PERSON.search(folded) or _FOUND.search(folded)
    ):
        return True  # a person, not "a blue syringe lies in the playground"
    return bool(
        _CHILD.search(folded)
        and (_CHILD_OPIOID.search(folded) or _PARENTS_PILLS.search(folded))
        and _CHILD_DROWSY.search(folded)
        and _GOT_INTO.search(folded)
    )


_FINE = compile_any(
    [
        r"\b(fine|normal\w*|ok|okay|нормальн\w*|норм|в\s+порядке|в\s+порядку|bien|(вс[её]|усе)\s+(ок|окей|добре|гаразд|хорошо))\b",
        # blind12-tune (late round): fine again said with a Cyrillic "ок" ("зараз ок", "сейчас окей",
        # "вже ок")
        r"\b(зараз|сейчас|щас|тепер|теперь|вже|уже)\s+(ок|окей|гаразд|добре|хорошо)\b",
    ]
)
_FOUND = compile_any(
    [r"\b(found|find|нашли|нашел|нашла|знайшли|знайшов|знайшла|encontr\w*|hallamos)\b"]
)
# swallowed, drank, ate or got into it (not a son on his own methadone programme)
_GOT_INTO = compile_any(
    [
        r"\b(drank|ate|swallowed|got\s+into|found|took|cogio|agarro|pillo|выпил\w*|съел\w*|проглотил\w*|нашел|нашла|наелся|випив|випила|з'?їв|з'?їла|знайшов|знайшла|проковтну\w*|se\s+tomo|tomo|comio|se\s+comio|trago|se\s+trago|encontro)\b",
        # session 13 (tune30): an animal's or a toddler's way of eating it ("the dog got hold of my
        # edibles", "собака сожрала", "пес зжер", "se bebió el jarabe")
        # session 14 (tune32): a sip or a gulp ("отпил метадон", "відпила", "ковтнула", "bit into")
        r"\b(отпил\w*|отхлебнул\w*|глотнул\w*|хлебнул\w*|відпи(в|ла|ли)|ковтну\w*|сьорбну\w*|bit\s+into|sipped|bebio|se\s+bebio)\b",
        # session 15 (tune34): licked up ("злизав мої таблетки", "слизал", "lamió mis pastillas")
        r"\b(licked\s+up|лизнул\w*|слизал\w*|вылизал\w*|лизну(в|ла)|злиза(в|ла|ли)|вилиза(в|ла|ли)|lamio|se\s+lamio|chupo)\b",
        r"\b(got\s+hold\s+of|chewed|chewed\s+up|wolfed|scoffed|gobbled|licked|сожрал\w*|сожр\w*|схавал\w*|слопал\w*|наелась|наїв(ся|ся)|наїлась|наїлася|зжер\w*|зжерла|зїв|зїла|зтрощи\w*|se\s+bebio|se\s+zampo|se\s+jambo|se\s+trago|se\s+comio)\b",
    ]
)
# Something poisonous for a small child or a pet (session 13, tune30): a drug, pills, edibles, cough
# syrup, not grass, grapes or a toy ("mi gato comió hierba" is nothing).
_SMALL_ONE_POISON = compile_any(
    [
        # tune47 (session 21): something out of a grown-up's bag, pocket or drawer ("ate something out
        # of my bag", "з'їв щось з маминої сумки", "съел что-то из кармана", "se comió algo de mi bolsa")
        r"\b(something\s+(out\s+of|from|in)|got\s+into)\s+(my|his|her|the|their|a|mum'?s|mom'?s|dad'?s|nan'?s|grandma'?s)\s+(\w+\s+)?(bag|handbag|purse|pocket|backpack|rucksack|drawer|stash|coat|bedside)\b|\b(щось|що-то|что-то|что\s+то|шось)\s+(з|із|из)\s+(\w+\s+)?(сумк\w*|кишен\w*|карман\w*|рюкзак\w*|шухляд\w*|ящик\w*|заначк\w*|тумбочк\w*)\b|\balgo\s+de\s+(mi|su|la|el|tu)\s+(\w+\s+)?(bolsa|bolso|cartera|mochila|bolsillo|cajon|buro|chamarra)\b",
        r"\b(pills?|tablets?|meds|medication|edibles?|gummies|gummy|weed|cannabis|thc|marijuana|pot\s+(brownies?|cookies?|gummies)|brownies?|space\s+cake|hash|stash|cough\s+syrup|vape\s+(juice|liquid)|nicotine|methadone|bupe|suboxone|subutex|opioids?|oxy\w*|fent\w*|xanax|bars|benzos?|coke|cocaine|crack|meth|molly|mdma|ecstasy|speed|ket|ketamine|heroin|drugs)\b",
        # session 15 (tune34): stimulant and pain medicines ("my adderall", "ібупрофену", "paracetamol")
        r"\b(adderall|vyvanse|ritalin|concerta|ibuprofen|advil|motrin|tylenol|paracetamol|acetaminophen|aspirin|naproxen|aleve|аддерал\w*|адерал\w*|риталин\w*|ритал[іи]н\w*|ибупрофен\w*|ібупрофен\w*|нурофен\w*|парацетамол\w*|аспирин\w*|аспірин\w*|ibuprofeno|aspirina|naproxeno|metamizol|nolotil)\b",
        r"\b(таблет\w*|таблы|таблу|колес\w*|пігул\w*|ліки|ліків|лекарств\w*|сироп\w*|травк\w*|(с|з)\s+травой|(с|з)\s+травою|гашиш\w*|драп\w*|шишк\w*|канабис\w*|канабіс\w*|марихуан\w*|наркот\w*|закладк\w*|метадон\w*|бупр\w*|трамадол\w*|феназепам\w*|ксанакс\w*|меф\w*|амф\w*|кокаин\w*|кокаїн\w*|героин\w*|героїн\w*|мдма|экстази|екстазі|брауни|брауні|кекс\w*\s+(с|з)\s+(травой|травою)|(мою|нашу|свою|его|её|ее|його|її)\s+травк?у|космокекс\w*|печеньк\w*\s+(с|з)\s+трав\w*)\b",
        r"\b(pastill\w*|pastis|medicin\w*|medicamento\w*|jarabe|gomitas?|brownies?|(de|la)\s+(maria|marihuana|mota)|marihuana|mota|porro\w*|hachis|costo|droga\w*|metadona|fenta\w*|tramadol|rivotril|clonazepam|orfidal|coca(?!\s*cola)|perico|tachas?|cristal)\b",
    ]
)
# How a small child or an animal shows it (not "threw up and is fine now": _FINE)
_SMALL_ONE_SIGN = compile_any(
    [
        r"\b(wobbl\w*|stagger\w*|unsteady|falling\s+over|can'?t\s+(stand|walk|get\s+up)|won'?t\s+(get\s+up|stand|move)|not\s+(moving|getting\s+up)|drool\w*|dribbl\w*|twitch\w*|shaking|trembl\w*|fitting|seizur\w*|convuls\w*|limp|floppy|drowsy|lethargic|sleepy|out\s+of\s+it|glassy|pupils|vomiting|being\s+sick|throwing\s+up|nodding\s+(off|out)|keeps\s+(falling\s+asleep|nodding))\b",
        r"\b(шата\w*|хита\w*|качает\w*|пошатыва\w*|слюн\w*|слин\w*|пена|піна|пену|піну|не\s+(вста\w*|може\w*\s+вста\w*|двига\w*|руха\w*)|трясет\w*|трясёт\w*|трусить|трусит\w*|дрож\w*|судорог\w*|судом\w*|дерга\w*|дёрга\w*|смика\w*|вял\w*|млява|млявий|мляв\w*|сонн\w*|сонлив\w*|рвет|рве|блю\w*|зрачк\w*|зіниц\w*|заплетаются|заплітаються)\b",
        # session 15 (tune34): a racing heart, running in circles, panting; very sleepy or limp said
        # small ("flojito"); not standing ("no se puede parar")
        r"\b(heart\s+(is\s+)?(pounding|racing|going\s+crazy|going\s+like\s+crazy)|running\s+in\s+circles|going\s+in\s+circles|panting|hyper\s+and|серц\w*\s+(\w+\s+)?(б'?ється|бьется|колотится|калатає|стучит|стукає|выскакивает|вискакує)|(бега\w*|бігає|бігав|бігала)\s+по\s+(кругу|колу)|corazon\s+a\s+mil|como\s+loc[oa]|jadea\w*|dando\s+vueltas|flojit[oa]|muy\s+dormid[oa]|adormecid[oa]|no\s+se\s+(puede\s+)?(parar|poner\s+de\s+pie))\b",
        r"\b(tambale\w*|babe\w*|baba|espuma|no\s+se\s+(levanta|puede\s+levantar|mueve|tiene\s+en\s+pie|sostiene)|tembl\w*|tiembla\w*|convuls\w*|floj[oa]|decaid[oa]|adormilad[oa]|somnolient[oa]|vomit\w*|pupilas|con\s+(mucho\s+)?sueno|como\s+(borrach[oa]|drogad[oa]|ida)|medio\s+dormid[oa])\b",
    ]
)
# A long illness that stops the breath at night and has its machine (sleep apnoea), or wishing one
# had not woken after an overdose (a crisis, crisis.py's): not the card
_NOT_AN_EMERGENCY_NOW = compile_any(
    [
        r"\b((sleep\s+)?apn(o)?ea|апно(э|е)|apnea)\b.{0,100}\b(cpap|machine|mask|doctor|аппарат\w*|апарат\w*|маск\w*|врач\w*|лікар\w*|maquina|mascarilla|medic[oa])\b",
        r"\b(doctor|gp|cpap|врач\w*|лікар\w*|medic[oa]|doctora?)\b.{0,40}\b((sleep\s+)?apn(o)?ea|апно(э|е)|apnea)\b",
        # session 23 (emerg): breathing that stops in one's sleep at night, told as someone else's word
        # or beside a sleep doctor ("my husband says i stop breathing at night in my sleep", "дружина
        # каже що я вночі перестаю дихати уві сні, записався до сомнолога", "dice mi novia que dejo de
        # respirar cuando me duermo por las noches")
        (
            r"\b(says|said|tells\s+me|told\s+me|dice|dijo|me\s+dice|говорит|говорят|сказал\w*|каже|кажуть|сказав|сказала)\s+(that\s+|que\s+|что\s+|що\s+|шо\s+)?(\w+\s+){0,3}"
            r"(stop|stops|stopped|перестаю|перестает|перестаёт|перестає|dejo\s+de|deja\s+de)\s+(breathing|breath|дышать|дихати|respirar)\s+(\w+\s+){0,5}?"
            r"(at\s+night|in\s+(my|his|her)\s+sleep|ночью|по\s+ночам|во\s+сне|вночі|уночі|уві\s+сні|por\s+las?\s+noches?|en\s+las?\s+noches?)\b"
        ),
        r"\b(stop|stops|stopped|перестаю|перестает|перестаёт|перестає|dejo\s+de|deja\s+de)\s+(breathing|breath|дышать|дихати|respirar)\b.{0,80}\b(сомнолог\w*|sleep\s+(study|clinic|doctor|specialist)|(cita|consulta)\s+(\w+\s+)?(por|para|de)\s+(la\s+)?apnea|apn(o)?ea|апно(э|е))\b",
        # a lung disease with its oxygen (session 13 probes: "he has copd and oxygen")
        r"\b(copd|emphysema|хобл|эмфизем\w*|емфізем\w*|epoc|enfisema)\b.{0,60}\b(oxygen|o2|кислород\w*|кисень|кисн\w*|oxigeno|concentrator)\b|\b(oxygen|кислород\w*|кисень|oxigeno)\b.{0,60}\b(copd|emphysema|хобл|epoc|enfisema)\b",
        r"\b(краще\s+б|лучше\s+бы|зря|даремно|дарма|wish|ojala)\b.{0,60}\b(не\s+(прокинув\w*|проснул\w*|очнул\w*|очуня\w*)|never\s+(woke|brought\s+me\s+back)|had(n'?t|\s+not)\s+brought\s+me\s+back|no\s+me\s+hubieran\s+(revivido|reanimado|despertado))\b|\b(зря|даремно|дарма)\s+(меня|мене)\s+(\w+\s+)?(откачали|відкачали)\b",
    ]
)


# -- signs found on blind7-tune (2026-12-06) --
# Woken and nothing ("бужу — ноль", "lo muevo y nada", "tried to wake him, nothing"): only beside a
# drug or an injection
_NO_RESPONSE = compile_any(
    [
        r"\b(бужу|буджу|будим|будимо|трясу|тормошу|тормошим)\s+(\w+\s+){0,2}(ноль|нуль|ничего|нічого|никак|ніяк|без\s+толку|не\s+реаг\w*)\b",
        # session 23 (emerg, tune51's kind): roused by shaking, pinching, slapping or shouting, and no
        # reaction ("трушу його, кричу, нічого", "щипаю его и никакой реакции", "pinched her, no
        # reaction", "slapping his face and shouting his name, nothing")
        (
            r"\b(трушу|трусу|трясем|трясём|трусимо|тормошимо|щипаю|щиплю|щипаем|щипаємо|щипнул\w*|щипнув\w*|щипала|щипав|хлещу|хлопаю|шлепаю|кричу|кричим|кричимо|зову|зовем|зовём|кличу|кличемо|бьем|бьём|б'?ю|б'?ємо|тру|трем|тремо)\s+(\w+\s+){0,4}?"
            r"(ноль|нуль|ничего|нічого|никак|ніяк|без\s+толку|не\s+реаг\w*|(и\s+|і\s+|й\s+)?(никакой|ніякої|жодної|ноль|нуль)\s+реакц(и|і)\w*|реакци[ия]\s+(нет|нету|ноль)|реакції\s+(нема\w*|нуль))\b"
        ),
        r"\b(shak\w*|pinch\w*|slapp\w*|slap|rubb\w*|shout\w*|yell\w*|scream\w*|call\w*|nudg\w*|prod\w*|poke\w*|poking)\s+(at\s+)?(him|her|them|his\s+(face|name|chest|arm|shoulder)|her\s+(face|name|chest|arm|shoulder)|their\s+(face|name))\s+(\w+\s+){0,4}?(and\s+)?(nothing|no\s+response|no\s+reaction|zero\s+reaction|not\s+a\s+flicker|doesn'?t\s+react|doesnt\s+react|won'?t\s+react|wont\s+react)\b",
        r"\b(lo|la|le)\s+(despierto|muevo|sacudo|intento\s+despertar|despertamos|movemos|sacudimos|zarandeo|zarandeamos|intentamos\s+despertar|pellizco|pellizcamos|cacheteo|cacheteamos|grito|gritamos|llamo|llamamos|doy\s+cachetadas|damos\s+cachetadas|pego|pegamos)\s+(\w+\s+){0,2}y\s+(nada|no\s+reacciona|no\s+responde|ni\s+se\s+mueve|ninguna\s+reaccion|cero\s+reaccion)\b",
        r"\b(trying|tried|try)\s+to\s+wake\s+(him|her|them)\s+(up\s+)?(and\s+)?(nothing|no\s+response|no\s+reaction)\b|\bshak\w*\s+(him|her|them)\s+(and\s+)?(nothing|no\s+response)\b",
        # fainted and not coming back (session 13 probes: "se desvaneció y no vuelve", "won't come to")
        r"\b(se\s+)?(desvanecio|desmayo|apago|fue)\s+(\w+\s+)?y\s+no\s+(vuelve|regresa|reacciona|despierta)\b|\bno\s+vuelve\s+en\s+si\b|\b(won'?t|wont|isn'?t|isnt|not)\s+(coming|come)\s+(to|round|around)\b",
        # session 20 probes: a while without waking or answering ("lleva 10 minutos sin despertar",
        # "sigue sin reaccionar", "está sin responder")
        r"\b(lleva|llevamos|sigue|esta)\s+(\w+\s+){0,3}sin\s+(despertar\w*|reaccionar|responder|contestar|moverse|abrir\s+los\s+ojos)\b",
    ]
)
# A choking or gurgling snore ("making this choking snore sound", "hace gárgaras"): only beside an
# injection or a dose just taken
_CHOKE_SOUND = compile_any(
    [
        r"\b(chok\w*|gurgl\w*|rattl\w*|gasp\w*)\s+(\w+\s+)?(snor\w*|noise|sound)s?\b",
        r"\bhace\w*\s+(como\s+)?(gargaras|gorgoteos?)\b|\bhaciendo\s+(como\s+)?gargaras\b",
        r"\b(хрипит|хрипить|булькає|булькает)\s+(\w+\s+)?(и|і)?\s*(храпит|хропе|хрипит|хрипить)\b",
    ]
)
_INJECTED = compile_any(
    [
        r"\b(injected|shot\s+up|banged|fixed|se\s+inyecto|se\s+pico|se\s+pincho|se\s+metio|укол(ол|олся|олась|ов|овся)|вмазал\w*|вмазав\w*|ширнул\w*|ширнув\w*)\b",
    ]
)


# A face in the bath water after using (tune23): "nodded out in the bath, his face is in the water"
_FACE_IN_WATER = compile_any(
    [
        r"\b(his|her|their)\s+(face|head)\s+(is\s+)?(in|under)\s+(the\s+)?(bath\s*)?water\b|\b(лицом|обличчям|головой|головою)\s+(\w+\s+)?(в|у|під|под)\s+(воде|воді|воду|ванн\w*)\b|\b(la\s+)?(cara|cabeza)\s+(metida\s+)?(en|bajo)\s+el\s+agua\b",
    ]
)


# Naloxone that is not working now (issue #9; tune25 probes: "naloxone not working", "налоксон не
# помогает", "налоксон не допомагає", "la naloxona no hace efecto"): the card (keep breathing for them,
# another dose, the ambulance). Not asked in general ("why doesn't narcan work on xylazine": _GENERAL),
# not a fact about a drug ("naloxone doesn't work on benzos").
_NALOXONE_FAILS = compile_any(
    [
        (
            r"\b(narcan|naloxone|nalox\w*|nyxoid|kloxxado|налоксон\w*|naloxona)\b(\s+\w+){0,3}?\s+"
            r"((is\s+)?(not|isn'?t|isnt|aint|ain'?t|didn'?t|didnt|doesn'?t|doesnt|won'?t|wont|never)\s+(\w+\s+)?(work\w*|help\w*|do\s+(anything|nothing|shit)|doing\s+(anything|nothing)|kick\w*\s+in|wak\w*)"
            r"|did\s+nothing|does\s+nothing|doing\s+nothing|had\s+no\s+effect|no\s+effect|nothing\s+happened"
            r"|не\s+(помогает|помог|помогло|помогла|действует|подействовал\w*|работает|сработал\w*|берет|бер[её]т|взял\w*|допомагає|допоміг|допомогло|діє|подіяв|подіяло|працює|спрацював|спрацювало)"
            r"|ничего\s+не\s+(дал|дало|изменил\w*)|нічого\s+не\s+(дав|дало|змінил\w*)|без\s+толку|без\s+толку|марно|бесполезн\w*|безрезультатн\w*"
            r"|no\s+(le\s+)?(hace|hizo|funciona|funciono|sirve|sirvio|sirvio\s+de\s+nada|surte|surtio)\b|sin\s+efecto|no\s+hace\s+nada)\b"
            r"(?!\s+(on|for|against|with|при|для|проти|con|para|contra)\s+(?!(him|her|them|me|нем|ней|нього|неї|el|ella)\b)\w)"
        ),
        # given and still nothing ("narcanned him twice, still nothing", "налоксон вкололи — ноль",
        # "le pusimos naloxona y nada")
        (
            r"\b(narcan\w*|naloxone|nalox\w*|nyxoid|налоксон\w*|naloxona)\b(\s+\w+){0,4}?\s+"
            r"((still|and)\s+(nothing|no\s+response|out|blue|not\s+breathing)|(и|і|а)?\s*(ноль|нуль|ничего|нічого)|(y|pero)\s+(nada|sigue\s+igual|sigue\s+sin)"
            # ... and does not come back ("y no vuelve", "и не приходит в себя", "і не прокидається")
            r"|(y|pero)\s+(no|todavia\s+no|aun\s+no)\s+(vuelve|reacciona|despierta|responde|respira)|(и|і|а|але|но)\s+(вс[её]\s+равно\s+|так\s+и\s+|досі\s+|все\s+одно\s+)?не\s+(приходит|очнул\w*|просыпается|реагирует|дышит|прокида\w*|прокину\w*|реагує|дихає|приходить)"
            r"|and\s+(he'?s|she'?s|hes|shes|they'?re|he|she|they)\s+(is\s+)?(still\s+)?(not|isn'?t|won'?t|wont|doesn'?t|didn'?t)\s+(\w+\s+)?(wak\w*|respond\w*|breath\w*|com\w*\s+(round|to|back)))\b"
        ),
    ]
)
# -- session 12 (blind8-tune's and tune28's missed emergencies), by kind --
# Naloxone given and the person still out or not coming round ("побрызгали налоксон, она всё равно в
# отключке, есть ещё одна доза", "вкололи налоксон а він не відходить", "le echamos el narcan y sigue
# ida"): call, breathe for them, give the next dose.
_NALOXONE_STILL_OUT = compile_any(
    [
        (
            r"\b(narcan\w*|naloxone|nalox\w*|nyxoid|налоксон\w*|naloxona)\b.{0,60}?\b("
            r"(still|всё\s+равно|все\s+равно|все\s+одно|досі|до\s+сих\s+пор|sigue|aun|todavia)\s+(\w+\s+)?(out|unconscious|unresponsive|в\s+отключке|у\s+відключці|в\s+відключці|"
            r"без\s+сознания|без\s+свідомості|не\s+\w+|ida|inconsciente|desmayad[oa]|sin\s+(reaccionar|responder|despertar|respirar))|"
            r"(не|not|isn'?t|isnt)\s+(отходит|відходить|очухива\w*|очуню\w*|приходить\s+до\s+тями|coming\s+(round|around|to|back))"
            r")\b"
        )
    ]
)
# Breathing counted, slow, after a drug, even asked "is that normal??" ("respira una vez cada 15
# segundos es normal??", "only breathing a few times a minute after the bars"): a count is an
# observation of someone now.
_BREATH_COUNTED = compile_any(
    [
        (
            r"\b(breath\w*|дыш\w*|дыхани\w*|диха\w*|дихан\w*|respir\w*)\b(\s+\w+){0,4}?\s+("
            r"(once\s+)?every\s+(\d+|ten|fifteen|twenty|few)\s+(seconds|secs?)|(a\s+few|\d+|two|three|couple\s+of|couple)\s+(times|breaths)\s+(a|per|every)\s+min\w*|(once|twice)\s+(a|per|every)\s+min\w*|"
            r"раз\s+(в|на)\s+(\d+|десять|пятнадцать|двадцять|п'?ятнадцять|десять)\s+секунд\w*|(\d+|пару|два|три|несколько|кілька|дві)\s+раз\w*\s+(в|на)\s+(минуту|хвилину)|"
            r"(una\s+vez\s+)?cada\s+(\d+|diez|quince|veinte)\s+segundos|(\d+|un\s+par\s+de|dos|tres|pocas)\s+veces\s+(por|al|en\s+un)\s+minuto)"
        )
    ]
)
# Overheating on a drug with twitching or the sight going ("on molly, twitching, says he can't see
# right and he's roasting", "руки дёргаются, в глазах всё плывёт и жарко ужасно", "los brazos se me
# mueven solos, veo todo borroso, un calor horrible")
_HOT_NOW = compile_any(
    [
        (
            r"\b(so|really|super|very)\s+hot\b|\bboiling\b|\broasting\b|\boverheat\w*|\bburning\s+up\b|"
            r"\b(жарко|жар|горю|горит|горить|пече)\b|\b(ужасно|страшно|страшенно|очень|дуже|жутко)\s+(жарко|горячо|гаряче)\b|"
            r"\b(un\s+)?calor\s+(horrible|terrible|insoportable|tremendo)\b|\btengo\s+(un\s+|mucho\s+)?calor\b|\bardiendo\b|\bhirviendo\b"
        )
    ]
)
_TWITCH_OR_SIGHT = compile_any(
    [
        (
            r"\b(twitch\w*|jerk\w*|clench\w*|spasm\w*|can'?t\s+see|cant\s+see|blurr\w*)\b|"
            r"\b(дёрга\w*|дерга\w*|смика\w*|сіпа\w*|судорож\w*|не\s+вижу|не\s+бачу|ничего\s+не\s+вид\w*|нічого\s+не\s+бач\w*|плыв[её]т|пливе|розплива\w*|расплыва\w*)\b|"
            r"\b(se\s+(me|le)\s+mueven\s+sol[oa]s|espasm\w*|no\s+ve\b|no\s+veo|no\s+ve\s+nada|borros\w*|se\s+(me|le)\s+nubla)"
        )
    ]
)
_INTO_A_VEIN = compile_any(
    [
        r"\b(по\s+вене|по\s+вені|в\s+вену|у\s+вену|по\s+вєні|iv|intraven\w*|por\s+la\s+vena|en\s+la\s+vena)\b"
    ]
)


# -- blind9-tune (2026-12-06, session 12, late round), by kind --
# A fit going on, said "fitting" (UK English) or "seizing", beside a drug: "my mates fitting after the
# pills". Not a size or an idiom ("fitting in", "fitting room", "it's fitting that").
_FITTING = compile_any(
    [
        (
            r"\b(fitting|fittin|seizing|convulsing)\b"
            r"(?!\s+(in|into|room|rooms|the|a|an|for|together|out|that|tight|well|nicely|perfectly|right|snugly|like|on\s+the\s+(shelf|wall))\b)"
        ),
        # a fit had, wherever ("having a fit in the corridor", session 20); not a fit of temper had
        # about or over something ("had a fit about the bill")
        (
            r"\b(chuck\w*|having|havin|had)\s+a\s+(fit|seizure|seizer|siezure)\b"
            r"(?!\s+(of|about|over|at|because|when|if|for|that|like)\b)"
        ),
        # session 20 (tune45): a fit said as a body jerking or an attack having ("se está sacudiendo",
        # "está teniendo un ataque", "le están dando espasmos", "у нього напад"); not an attack of
        # panic, laughter or coughing, not shaking something off ("se está sacudiendo la arena")
        (
            r"\bse\s+(esta|estaba|sigue|empezo\s+a|puso\s+a)\s+(sacud\w*|retorc\w*)\b(?!\s+(el|la|los|las|de|del)\b)|"
            r"\b(esta|sigue)\s+(teniendo|con)\s+(un|una|unos|unas)?\s*(ataque|ataques|convulsion\w*|espasmos)\b(?!\s+en\s+(el|la|los|las)\s+(pierna|piernas|espalda|cuello|mano|manos|brazo|brazos|ojo|ojos|parpado|estomago|pie|pies|cara)\b)(?!\s+de\s+(panico|ansiedad|risa|tos|nervios|celos|ira|asma|alergia|hambre|sueno))|"
            r"\ble\s+(esta|estan|empezo\s+a|empezaron\s+a)\s+(dando|dar)\s+(un\s+|unos\s+)?(ataque|ataques|espasmos|convulsiones)\b(?!\s+en\s+(el|la|los|las)\s+(pierna|piernas|espalda|cuello|mano|manos|brazo|brazos|ojo|ojos|parpado|estomago|pie|pies|cara)\b)(?!\s+de\s+(panico|ansiedad|risa|tos|nervios|celos|ira|asma|alergia|hambre|sueno))|"
            r"\b(у|в)\s+(нього|неї|него|нее|друга|подруги|брата|сестри|сестры)\s+(\w+\s+){0,3}напад\b(?!\s+(паніки|панічн\w*|тривог\w*|кашлю|сміху|агрес\w*|астми|алерг\w*|ревнощ\w*|злост\w*|гніву|на|голоду))"
        ),
    ]
)
_FITTING_IDIOM = compile_any(
    [
        r"\b(it'?s|its|that'?s|thats|how|very|quite|so|most|isn'?t|isnt|not|aren'?t|arent|no\s+longer|won'?t|wont)\s+fitting\b",
        # asked about a fit to come: "how do i taper off benzos without fitting", "risk of seizing"
        r"\b(without|avoid\w*|prevent\w*|risk\w*|chance\s+of|stop\s+(me|him|her|you)\s+from)\s+(\w+\s+)?(fitting|fittin|seizing|convulsing)\b",
    ]
)
# Drink beside a depressant: a mix that stops breathing ("набухався і зверху закинувся трамалом")
_DRINK = compile_any(
    [
        (
            r"\b(drunk|drinking|drank|pissed|hammered|booze|alcohol|vodka|wine|beers?|набух\w*|бухал\w*|бухой|бухий|бухла|напил(ся|ась|ись)|напив(ся|сь)|напилась|напилася|випив\w*|выпил\w*|пьян\w*|п'?ян\w*|водк\w*|горілк\w*|пив[оа]|алкогол\w*|"
            r"borrach\w*|pedo|pedisimo|chupe|chupando|bebi|bebio|bebiendo|tomando\s+alcohol|alcohol|vino|cervezas?)\b"
        )
    ]
)


# Breathing counted very slow (six a minute or fewer, one every ten seconds or more), said of someone
# now: the card even with no drug named (session 13 probes: "hes breathin like 2 times a min")
_BREATH_VERY_SLOW = compile_any(
    [
        (
            r"\b(breath\w*|дыш\w*|дыхани\w*|диха\w*|дихан\w*|respir\w*)\b(\s+\w+){0,4}?\s+("
            r"(once\s+)?every\s+([1-5]\d|ten|fifteen|twenty|thirty)\s+(seconds|secs?)|([1-6]|one|two|three|four|five|six|couple\s+of|a\s+couple|couple|a\s+few)\s+(times|breaths)\s+(a|per|every|in\s+a)\s+min\w*|(once|twice)\s+(a|per|every|in\s+a)\s+min\w*|"
            r"раз\s+(в|на)\s+([1-5]\d|десять|пятнадцать|двадцать|двадцять|п'?ятнадцять)\s+секунд\w*|([1-6]|пару|два|три|четыре|чотири|дві|один|одна)\s+раз\w*\s+(в|на)\s+(минуту|хвилину)|"
            r"(una\s+vez\s+)?cada\s+([1-5]\d|diez|quince|veinte|treinta)\s+segundos|([1-6]|un\s+par\s+de|dos|tres|cuatro|una|pocas)\s+(veces|respiraciones)\s+(por|al|en\s+un)\s+minuto)"
        )
    ]
)
_NOT_A_SLEEPER_NOW = compile_any(
    [
        r"\b(meditat\w*|yoga|pranayama|freediv\w*|apnea\s+training|медитац\w*|йога|йогу|йогой|йогою|йоге|йозі|meditando|meditacion)\b"
    ]
)
# A blank stare that does not blink, beside a drug (session 13 probes: "staring and not blinking
# after the K", "смотрит в одну точку и не моргает", "mirada perdida, no parpadea")
_STARING = compile_any(
    [
        r"\b(not|isn'?t|isnt|doesn'?t|doesnt|won'?t|wont|stopped)\s+blink\w*|\bblank\s+stare\b|\bstaring\s+(into\s+space|at\s+nothing|blankly)\b|\bне\s+(моргает|моргає|кліпає|мигает)\b|\b(смотрит|дивиться|уставил\w*|втупив\w*)\s+в\s+одну\s+точку\b|\bmirada\s+(perdida|fija|ida)\b|\bno\s+parpadea\b",
    ]
)


# Someone who gave, passed or sold the drug in a story told (session 20, tune45: "someone passed a
# pill round, now my cousin is having a fit", "alguien le dio una pasta y ahora ..."): the giver, not
# a person in general the message asks about.
_GIVER = compile_any(
    [
        r"\b(someone|somebody|a\s+stranger)\s+(must\s+have\s+|had\s+|just\s+)?(passed|gave|handed|offered|sold|slipped|spiked|brought|put|dropped|laced|shared)\b",
        r"\balguien\s+(le\s+|les\s+|nos\s+|me\s+|se\s+la\s+|se\s+lo\s+)?(dio|paso|ofrecio|trajo|vendio|echo|puso|invito|rolo|convido)\b",
    ]
)


def _session12_signs(folded: str, cleaned: str, general: bool, asked_if: bool) -> bool:
    """Naloxone given and still out; breathing counted slow after a drug (even "is that normal??");
    overheating with twitching or the sight going, on a drug; into a vein with the heart or the sight
    going and about to pass out."""
    if asked_if or _GENERIC_PERSON.search(_GIVER.sub(" ", folded)):
        return False
    used = _used(cleaned) or _NAMED_DRUG.search(cleaned) is not None
    if _NALOXONE_STILL_OUT.search(cleaned) and not _MEANING.search(folded) and not general:
        return True
    if (
        not general
        and _BREATH_VERY_SLOW.search(cleaned)
        and (_THIRD_PERSON.search(folded) or _HUMAN.search(folded))
        and not _NOT_A_SLEEPER_NOW.search(folded)
    ):
        return True  # "she's breathing like twice a minute"
    if used and not general and _STARING.search(cleaned):
        return True  # "staring, not blinking, took a load of K"
    if not used and not _INTO_A_VEIN.search(cleaned):
        return False
    if _BREATH_COUNTED.search(cleaned):
        return True
    if general:
        return False
    if _HOT_NOW.search(cleaned) and _TWITCH_OR_SIGHT.search(cleaned):
        return True
    # "my mates fitting after the pills what do i do" (blind9-tune): a fit going on, beside a drug
    if used and _FITTING.search(cleaned) and not _FITTING_IDIOM.search(cleaned):
        return True
    kinds = _body_kinds(cleaned)
    # drink and a depressant, breathing hard, and a call for help (blind9-tune: "набухався і зверху
    # закинувся трамалом ... дихать важко, поможіть")
    if (
        "breath" in kinds
        and _DEPRESSANT.search(cleaned)
        and _DRINK.search(cleaned)
        and _CALL_FOR_HELP.search(folded)
    ):
        return True
    return bool(
        _INTO_A_VEIN.search(cleaned)
        and "faint" in kinds
        and ("heart" in kinds or len(kinds["faint"]) > 1 or _TWITCH_OR_SIGHT.search(cleaned))
    )


# -- session 19 (tune43), by kind --
# Breaths far apart said loosely, not counted (street methadone taken at bedtime: "respira cada mucho
# rato", "respira muy de vez en cuando", "long gaps between his breaths", "keeps forgetting to
# breathe", "дышит изредка", "забуває дихати"): beside a drug taken and a person, the card.
_BREATH_FAR_APART = compile_any(
    [
        r"\bbreath\w*\s+(\w+\s+){0,2}(only\s+)?(now\s+and\s+then|once\s+in\s+a\s+while|every\s+so\s+often|every\s+now\s+and\s+then)\b|\b(long|big|huge|scary|weird)\s+(gaps|pauses|breaks)\s+(between|in)\s+(\w+\s+)?(breath\w*)\b|\b(forget\w*|forgot)\s+to\s+breathe\b|\bbreaths\s+(are\s+)?(really\s+|so\s+|very\s+)?(far\s+apart|few\s+and\s+far\s+between)\b",
        r"\brespir\w*\s+(\w+\s+)?(muy\s+)?(de\s+vez\s+en\s+cuando|cada\s+tanto|cada\s+mucho(\s+(rato|tiempo))?|cada\s+rato\s+largo|muy\s+espaciad\w*|espaciad\w*|a\s+ratos)\b|\btarda\s+(mucho|un\s+monton|bastante|un\s+chingo|siglos)\s+(en|entre)\s+(\w+\s+){0,3}respir\w*|\bse\s+(le\s+)?olvida\s+respirar\b",
        # session 24: "вдыхает раз в какое-то время", "вдихає раз на якийсь час", "дышит раз в полминуты"
        r"\b(дыш\w*|диха\w*|вдыха\w*|вдиха\w*|вдох\w*|вдих\w*)\s+(\w+\s+)?раз\s+(в|на)\s+(\w+\s+){0,2}(время|час|секунд\w*|минут\w*|хвилин\w*|полминуты|півхвилини)\b",
        r"\b(дыш\w*|диха\w*)\s+(\w+\s+)?(изредка|зрідка|время\s+от\s+времени|час\s+від\s+часу|с\s+(большими|длинными)\s+(паузами|перерывами)|з\s+(великими|довгими)\s+(паузами|перервами))\b|\b(забывает|забуває)\s+(дышать|дихати)\b",
    ]
)


# -- tune47 (session 21, second batch) -------------------------------------------------------------
# A fit that will not stop, with or without a drug ("she wont stop fitting", "судороги не
# прекращаются", "не перестає битися в судомах", "no para de convulsionar"): a seizure going on for
# long is the emergency number's whatever caused it
_FIT_WONT_STOP = compile_any(
    [
        r"\b(won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|can'?t|cant|hasn'?t|hasnt)\s+(stop|stopped|stopping)\s+(fitting|seizing|convulsing|jerking|having\s+(fits|seizures))\b(?!\s+(in|into|together|out|the|a|an|for|that|like|around|about|up)\b)|\b(fit|fits|seizure|seizures|convulsions)\s+(won'?t|wont|isn'?t|isnt|aren'?t|arent|hasn'?t|hasnt|haven'?t|havent|don'?t|dont)\s+(stop|stopped|stopping|ending|end)\b|\b(fitting|seizing|convulsing)\s+for\s+(\d+|five|ten|fifteen|over\s+\w+)\s+(min|mins|minutes)\b",
        r"\b(судорог\w*|судом\w*|конвульс\w*|припад\w*)\s+(\w+\s+)?(не\s+(прекраща\w*|проход\w*|припиня\w*|закінчу\w*|заканчива\w*|кончаются|зупиня\w*|останавлива\w*))\b|\bне\s+(перестает|перестаёт|перестає|прекращает|припиняє)\s+(биться|трястись|дергаться|битися|трястися|смикатися|сіпатися)\b",
        r"\bno\s+(para|deja)\s+de\s+(convulsionar|convulsionarse|temblar\s+y\s+echar\s+espuma)\b|\b(las\s+)?convulsiones\s+no\s+(paran|se\s+detienen|se\s+le\s+quitan|se\s+quitan|terminan)\b",
    ]
)
# Not getting up, the breath heard and frightening ("он не встаёт и сопит как-то страшно", "не встає,
# хрипить якось страшно", "he wont get up and hes gurgling weird", "no se levanta y ronca feo")
_WONT_GET_UP = compile_any(
    [
        r"\b(не\s+(вста[её]т|встає|поднимается|піднімається|подымается)|won'?t\s+get\s+up|wont\s+get\s+up|isn'?t\s+getting\s+up|no\s+se\s+(levanta|para))\b",
    ]
)
_BREATH_HEARD_BAD = compile_any(
    [
        r"\b(сопит|сопе|хрипит|хрипить|храпит|хропе|булька\w*|клокоч\w*|snor\w*|gurgl\w*|rattl\w*|wheez\w*|ronca\w*|gorgote\w*|estertor\w*)\s+(\w+\s+){0,2}(страшно|жутко|странно|дивно|моторошно|не\s+так|weird\w*|strange\w*|scary|horribl\w*|terribl\w*|funny|wrong|raro|feo|horrible|extrano)\b|\b(страшно|жутко|странно|дивно|моторошно|weird\w*|strange\w*|scary|horribl\w*|terribl\w*|raro|feo|horrible|extrano)\s+(\w+\s+)?(сопит|сопе|хрипит|хрипить|храпит|хропе|булька\w*|snor\w*|gurgl\w*|rattl\w*|wheez\w*|ronca\w*)\b",
    ]
)


# Only sounds, no words, from someone who does not get up after a downer (blind18-tune, late
# round): "не встаёт, только стонет", "не піднімається й мукає", "wont get up, just moaning"
_ONLY_SOUNDS = compile_any(
    [
        r"\b(мыч\w*|мычан\w*|стон\w*|мямл\w*|мука[єю]\w*|мукат\w*|мич\w*|стогн\w*|стогне|moan\w*|groan\w*|mumbl\w*|gime\w*|gimiendo|balbuce\w*|quejandose|se\s+queja)\b",
    ]
)


# Breathing that stops or cuts out as one dozes off (session 23, emerg, tune51's kind: "дыхание
# останавливается, когда засыпаю", "se me para la respiración cuando me quedo dormido", "he keeps
# forgetting to breathe", "перестаю дихати коли засинаю"): the sign of a downer overdose; the card
# only beside a drug taken or "too much" (sleep apnoea alone is no card)
_BREATH_STOPS = compile_any(
    [
        r"\b(breathing|breath|breathin)\s+(keeps\s+|kept\s+|is\s+|just\s+)?(stopping|stops|stopped|cutting\s+out|cuts\s+out|pausing|pauses)\b|\b(i|he|she|they)\s+(keep\s+|keeps\s+)?(stop|stops|stopping|forget|forgets|forgetting)\s+(to\s+)?breath\w*\b",
        r"\b(дыхание|дых)\s+(\w+\s+)?(останавливается|остановилось|останавливалось|прерывается|прерывалось|обрывается|пропадает|пропало|замирает|замерло)\b|\b(перестаю|перестает|перестаёт|забываю|забывает)\s+дышать\b|\b(останавливается|остановилось|прерывается|обрывается|пропадает|замирает)\s+(у\s+(меня|него|нее|неё)\s+)?дыхание\b",
        r"\b(дышу|дихаю)\s+(еле|еле\s+еле|едва|ледь|ледь\s+ледь|ледве)\b|\b(barely|hardly)\s+breathing\b|\bcasi\s+no\s+respiro\b",
        r"\b(дихання|подих)\s+(\w+\s+)?(зупиняється|зупинилось|зупинилося|переривається|обривається|пропадає|пропало|завмирає)\b|\b(перестаю|перестає|забуваю|забуває)\s+дихати\b|\b(зупиняється|зупинилось|зупинилося|переривається|обривається|пропадає|завмирає)\s+((у|в)\s+(мене|нього|неї)\s+)?дихання\b",
        r"\bse\s+(me|le)\s+(para|paro|corta|corto|detiene|va|iba|olvida)\s+(la\s+)?respira\w*|\b(dejo|deja)\s+de\s+respirar\s+(cuando|al)\s+(me|se)?\s*(duermo|duerme|dormir\w*|quedo\s+dormid[oa]|queda\s+dormid[oa])|\bse\s+(me|le)\s+olvida\s+respirar\b",
    ]
)


# Breathing that stops at night, in one's sleep, as a long-standing trouble (sleep apnoea: "жена
# говорит, что я ночью перестаю дышать во сне, записался к сомнологу"): no card
_NIGHTLY_BREATH = compile_any(
    [
        (
            r"\b(at\s+night|in\s+(my|his|her|their)\s+sleep|every\s+night|nightly|apn(o)?ea|cpap|sleep\s+(study|doctor|clinic)|"
            r"ночью|по\s+ночам|во\s+сне|каждую\s+ночь|апноэ|сомнолог\w*|вночі|уночі|уві\s+сні|у\s+сні|щоночі|апное|"
            r"por\s+la\s+noche|por\s+las\s+noches|en\s+la\s+noche|cada\s+noche|mientras\s+duermo|apnea|cpap)\b"
        ),
    ]
)


# Head tipped back, mouth open and a snore or snort heard, after something taken (session 23, emerg,
# tune51's second batch: "sat on the floor with his head back and his mouth open making this deep
# snorting noise", "голова запрокинута, рот открыт, сопит"); skin gone blotchy and purple or blue
# after a drug ("skin all blotchy and purple-ish and clammy after a bag", "кожа пятнами, синюшная")
_HEAD_BACK_MOUTH_OPEN = compile_any(
    [
        r"\b(head|голова|cabeza)\s+(\w+\s+)?(back|tipped\s+back|tilted\s+back|thrown\s+back|назад|запрокинут\w*|закинут\w*|закинута|para\s+atras|hacia\s+atras|echada\s+para\s+atras)\s+(\w+\s+){0,4}(mouth|рот|boca)\s+(\w+\s+)?(open|wide\s+open|открыт\w*|відкрит\w*|раскрыт\w*|роззявлен\w*|abierta)\b",
    ]
)
_NOISE = compile_any(
    [
        r"\b(snor\w*|snort\w*|gurgl\w*|rattl\w*|gasp\w*|сопит|сопе|храп\w*|хроп\w*|хрип\w*|булька\w*|ronc\w*|ronquid\w*|gorgote\w*|estertor\w*)\b",
    ]
)
_SOMETHING_TAKEN = compile_any(
    [
        r"\b(did|took|had|used|snorted|smoked)\s+(something|some\s+stuff|a\s+bag)\b|\b(что-то|что\s+то|щось)\s+(принял\w*|нюхнул\w*|употребил\w*|прийня\w*|нюхнув|вжив)\b|\b(принял\w*|нюхнул\w*|прийня\w*|нюхнув)\s+(что-то|что\s+то|щось)\b",
    ]
)
_SKIN_MOTTLED = compile_any(
    [
        r"\b(skin|кожа|шкіра|piel)\s+(\w+\s+){0,4}(blotchy|mottled|patchy|пятн\w*|плям\w*|manchas|mancha|moteada|jaspeada)\b(\s+\w+){0,6}\s+(purpl\w*|blu\w*|grey\w*|gray\w*|фиолет\w*|синюш\w*|синю\w*|фіолет\w*|синюв\w*|морад\w*|azul\w*|violet\w*)\b",
        r"\b(blotchy|mottled|patchy)\s+(and\s+)?(purpl\w*|blu\w*|grey\w*|gray\w*)\b",
    ]
)


def _grave_look_after_a_drug(cleaned: str) -> bool:
    """Head back, mouth open and a noise, or skin mottled purple, after a drug (session 23)."""
    taken = bool(_used(cleaned) or _NAMED_DRUG.search(cleaned) or _SOMETHING_TAKEN.search(cleaned))
    return taken and bool(
        (_HEAD_BACK_MOUTH_OPEN.search(cleaned) and _NOISE.search(cleaned))
        or _SKIN_MOTTLED.search(cleaned)
    )


def _breath_stops_on_a_drug(cleaned: str) -> bool:
    """Breathing stopping as one dozes off, beside a downer or too much (session 23); not the
    nightly trouble of sleep apnoea."""
    return (
        _BREATH_STOPS.search(cleaned) is not None
        and _NIGHTLY_BREATH.search(cleaned) is None
        and (
            _DEPRESSANT.search(cleaned) is not None
            or _NAMED_DEPRESSANT.search(cleaned) is not None
            or _TOO_MUCH.search(cleaned) is not None
        )
    )


def _session21_signs(folded: str, cleaned: str) -> bool:
    """A fit that will not stop; not getting up with a frightening breath heard (tune47); not
    getting up and only making sounds after a downer (blind18-tune)."""
    if _FIT_WONT_STOP.search(cleaned) and not _FITTING_IDIOM.search(cleaned):
        return True
    if (
        (_WONT_GET_UP.search(cleaned) or _NOT_GETTING_UP.search(cleaned))
        and _ONLY_SOUNDS.search(cleaned)
        and (_DEPRESSANT.search(cleaned) or _NAMED_DEPRESSANT.search(cleaned))
        and not _AS_USUAL.search(folded)
        and not _HABITUAL.search(folded)
    ):
        return True
    return bool(
        _WONT_GET_UP.search(cleaned)
        and _BREATH_HEARD_BAD.search(cleaned)
        and not _AS_USUAL.search(folded)
        and not _HABITUAL.search(folded)
    )


def _session19_signs(folded: str, cleaned: str) -> bool:
    """Breaths far apart said loosely, of someone who took a drug (session 19, tune43)."""
    return bool(
        _BREATH_FAR_APART.search(cleaned)
        and (_used(cleaned) or _NAMED_DRUG.search(cleaned))
        and (_THIRD_PERSON.search(folded) or _HUMAN.search(folded) or _PERSON.search(folded))
        and not _NOT_A_SLEEPER_NOW.search(folded)
        and not _HABITUAL.search(folded)
        and not _GENERIC_PERSON.search(folded)
    )


# -- blind16-tune (late round, session 19) --------------------------------------------------------
# The writer fading now, said in the first person ("чувствую что ухожу", "відчуваю що відключаюсь",
# "me estoy yendo", "i feel like i'm slipping"): beside a drug taken or overdone, or limbs or eyes
# that will not obey, the card. Not leaving for a place ("ухожу домой", "me estoy yendo a casa").
_FADING_ME = compile_any(
    [
        r"\b(чувствую|кажется|походу|по\s+ходу)\s+(что\s+|как\s+)?(я\s+)?(ухожу|отъезжаю|отключаюсь|вырубаюсь|проваливаюсь|уплываю|теряю\s+сознание)\b(?!\s+(в|во|на|с|со|из|домой|от|к|за|у|отсюда)\b)|\b(отъезжаю|отключаюсь|проваливаюсь)\b(?!\s+(в|во|на|с|от|к|за|у|домой)\b)",
        r"\b(відчуваю|здається|схоже)\s+(що\s+|як\s+)?(я\s+)?(йду|іду|відходжу|відключаюсь|відключаюся|вирубаюсь|вирубаюся|провалююсь|провалююся|відпливаю|втрачаю\s+свідомість)\b(?!\s+(в|у|на|з|із|додому|до|за|від)\b)|\b(відключаюсь|відключаюся|провалююсь|провалююся|відходжу)\b(?!\s+(в|у|на|з|із|додому|до|за|від)\b)",
        r"\bme\s+(estoy|voy)\s+(yendo|apagando|desmayando)\b(?!\s+(a|al|de|del|pa|para|por|con)\b)|\bsiento\s+que\s+me\s+(voy|desmayo|apago)\b(?!\s+(a|al|de|del|pa|para|por|con|ya)\b)",
        r"\b(i\s+)?feel\s+(like\s+)?(i'?m|im)\s+(going|fading|slipping|passing\s+out|blacking\s+out|going\s+under)\b(?!\s+(to|home|out|mad|crazy|insane|back|for|through|with)\b)|\b(i'?m|im)\s+(fading|slipping)\s+(away|out|fast)\b|\b(i'?m|im)\s+(blacking|passing)\s+out\b",
    ]
)
_LIMBS_OR_EYES = compile_any(
    [
        r"\b(руки|ноги|тело|руки\s+и\s+ноги)\s+(не\s+(слушаются|двигаются|шевелятся)|отнимаются|ватные)\b|\bне\s+(могу|можу)\s+(открыть|разлепить|розплющити|відкрити)\s+глаз\w*|\bне\s+(могу|можу)\s+(розплющити|відкрити)\s+оч\w*",
        r"\b(руки|ноги|тіло)\s+(не\s+(слухаються|рухаються|ворушаться)|віднімаються|ватні)\b",
        r"\bno\s+(puedo|consigo)\s+(abrir|mover)\s+(los\s+ojos|las\s+manos|los\s+brazos|las\s+piernas)\b|\bno\s+siento\s+(las\s+manos|los\s+brazos|las\s+piernas)\b",
        r"\b(can'?t|cant|cannot)\s+(open|move|feel)\s+my\s+(eyes|arms|hands|legs)\b|\bmy\s+(arms|hands|legs)\s+(won'?t|wont)\s+(move|work)\b",
    ]
)
# A person told as blue or grey in a word of their own ("мужик синий", "він сірий", "está morado",
# "he's gone grey") with a needle beside them or a drug: the card ("мужик синий" alone is drunk slang).
_PERSON_COLOURED = compile_any(
    [
        r"\b(мужик|чел|человек|парень|пацан|девушка|женщина|он|она|дед|бомж|тип|чувак)\s+(\w+\s+)?(синий|синяя|серый|серая|фиолетовый|посинел|посинела|посиневший)\b",
        r"\b(чоловік|чоловiк|мужик|хлопець|дівчина|жінка|він|вона|дід|тип|чувак)\s+(\w+\s+)?(синій|синя|сірий|сіра|фіолетовий|посинів|посиніла)\b",
        r"\b(esta|ya\s+esta|se\s+puso|se\s+esta\s+poniendo|quedo)\s+(todo\s+|toda\s+|bien\s+|muy\s+)?(morad[oa]|azul|gris)\b",
        r"\b(he'?s|she'?s|hes|shes|he\s+is|she\s+is|gone|turned|turning|going)\s+(all\s+|completely\s+|totally\s+|already\s+)?(blue|grey|gray|purple)\b(?!\s+(about|lately|since|these|today|because|over|again\s+about)\b)",
    ]
)
_FEELING_BLUE = compile_any([r"\b(feel\w*|been|bit|kinda|so)\s+(blue|grey|gray)\b"])


# -- session 20 (tune45's appended Spanish rows, second emerg helper), by kind --
# Someone else gone under, said in Spanish, beside a drug taken: "está muy ido / como ida / ido total",
# "la mirada perdida", drooling ("babea", "le cae la baba"), no words left ("no le salen las palabras",
# "no puede ni hablar", "habla todo trabado", "no dice nada", "no me reconoce"), the head dropping ("no
# sostiene la cabeza", "se le cae la cabeza"), limp ("blandito", "guango", "como un muñeco de trapo").
# Not the writer ("estoy ido"), not "se ha ido a casa", not "ido" from a film with no drug.
_ES_GONE_UNDER = compile_any(
    [
        r"\b(esta|sigue|anda|se\s+(ha\s+)?quedado|se\s+quedo|lo\s+veo|la\s+veo|lo\s+tengo|la\s+tengo)\s+(\w+\s+){0,2}?((muy|super|re|bien|como|todo|toda|bastante)\s+)*(ido|ida)\b(?!\s+(a|al|de|para|con|por)\b)",
        r"\b(ido|ida)\s+(total|totalmente|por\s+completo)\b|\bmirada\s+(perdida|vacia|ida)\b",
        r"\b(babea|babeando|babeo|babeaba)\b|\b(le|se\s+le)\s+(cae|sale|escurre)\s+(la\s+)?baba\b|\bechando\s+baba\b",
        r"\bno\s+le\s+salen\s+(las\s+)?palabras\b|\bno\s+(puede|logra|consigue)\s+(ni\s+)?hablar\b|\bya\s+no\s+habla\b|\bhabla\s+(todo\s+|muy\s+|bien\s+)?(trabad[oa]|arrastrando|enredad[oa]|rar[oa])\b|\bbalbucea\w*\b|\bno\s+dice\s+nada\b(?!\s+(de|del|a|al|sobre|hasta|en)\b)|\bno\s+me\s+(reconoce|conoce)\b",
        r"\bno\s+(puede\s+)?(ni\s+)?(sostener|sostiene|aguantar|aguanta|mantener|mantiene)\s+la\s+cabeza\b|\bse\s+le\s+(cae|va|ladea)\s+la\s+cabeza\b",
        r"\b(esta|se\s+puso|se\s+quedo|quedo|anda)\s+(muy\s+|bien\s+|todo\s+|toda\s+)?aguad[oa]\b|\bojos\s+medio\s+abiertos\s+(\w+\s+){0,2}como\s+si\s+no\s+(estuviera|estuviese)\b",
        r"\b(blandit[oa]|guang[oa]|aguadit[oa])\b|\b(blando|blanda)\s+como\b|\bcomo\s+(un|una)\s+muneca?\s+de\s+trapo\b",
    ]
)
# the same state asked about as it comes ("si se pone muy ida", "cuando se ponga ido")
_ES_GONE_ASKED = compile_any(
    [
        r"\bse\s+(pone|ponga|pusiera)\s+((muy|super|re|bien|como|toda|todo)\s+)*(ido|ida)\b(?!\s+(a|al|de|para)\b)"
    ]
)
# "unas pastas" taken (pills in Spain and Mexico), not pasta eaten
_ES_PASTAS_TAKEN = compile_any(
    [
        r"\b(tomo|tome|tomaron|metio|meti|trago|le\s+dieron|le\s+pasaron)\s+(unas|las|dos|tres|varias|muchas|\d+)\s+pastas\b",
    ]
)


# a habit, not tonight ("anda ido todo el día", "siempre se queda así", "luego no dice nada hasta el
# día siguiente", "cuando fuma")
_ES_HABIT = compile_any(
    [
        r"\b(todo\s+el\s+dia|todos\s+los\s+dias|siempre|cada\s+vez|a\s+veces|cada\s+noche|hasta\s+el\s+dia\s+siguiente|como\s+siempre|de\s+costumbre|normalmente)\b",
    ]
)

_ES_NOW = compile_any([r"\b(ahora|ahorita|ahora\s+mismo|en\s+este\s+momento|ya\s+no)\b"])


def _es_gone_under(cleaned: str) -> bool:
    """Someone gone under in Spanish beside a drug taken (asked only when nothing is past or general)."""
    return bool(
        _ES_GONE_UNDER.search(cleaned)
        and (_used(cleaned) or _NAMED_DRUG.search(cleaned) or _ES_PASTAS_TAKEN.search(cleaned))
        and not (
            (_ES_HABIT.search(cleaned) or _HABITUAL.search(cleaned)) and not _ES_NOW.search(cleaned)
        )
    )


# -- session 24 (emerg, tune53's kinds) ----------------------------------------------------------------
# A door not opened by someone who scored or used ("he won't open the door, he picked up this
# afternoon", "не открывает, днём взял у барыги", "no abre la puerta, pilló esta tarde"): the card
# beside a drug bought or taken; a teenager not opening with headphones on is not.
_DOOR_NOT_OPENED = compile_any(
    [
        r"\b(won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|hasn'?t|hasnt|not|never)\s+(\w+\s+)?(open\w*|answer\w*|com\w*\s+to)\s+(the\s+|his\s+|her\s+|their\s+)?door\b",
        r"\bне\s+(открывает|открыл\w*|открывал\w*|отпирает|відчиняє|відчинив|відчинила|відкриває|відкрив|відкрила)\s+(\w+\s+)?(дверь|двери|двері|дверей)\b|\b(дверь|двери|двері)\s+(\w+\s+)?не\s+(открывает|відчиняє|відкриває)\b",
        r"\bno\s+(nos\s+|me\s+)?(abre|ha\s+abierto|abrio|contesta|responde)\s+(a\s+)?(la\s+)?puerta\b",
    ]
)
_SCORED = compile_any(
    [
        r"\b(picked\s+up|scored|copped|re-?upped)\b(?!\s+(the|my|his|her|a|some)\s+(kids?|children|phone|call|shift|pace|mail|groceries|slack)\b)",
        r"\b(взял\w*|взяв|брал\w*|купил\w*|купив|затарил\w*|затарив\w*)\s+(\w+\s+)?(у|в|від|от)\s+(барыг\w*|бариг\w*|барижк\w*|дилер\w*|ділер\w*|закладчик\w*)\b|\b(поднял|подняла|підняв|підняла)\s+(\w+\s+)?закладк\w*",
        r"\b(pillo|pille|pillamos|pillaron|compro|conecto|conecte)\s+(\w+\s+)?(esta\s+tarde|esta\s+manana|esta\s+noche|hoy|ayer|anoche|hace\s+\w+|material|droga|mercancia|tiro|grapa|papel|bolsa)\b",
    ]
)
# Found on the floor, not answering, a grey or blue colour told (the end of a long story: "when we
# opened the door he was on the floor and wouldnt answer, grey colour", "estaba en el suelo sin
# contestar, color gris"): the card with or without a drug named
_ON_THE_FLOOR = compile_any(
    [
        r"\bon\s+the\s+(\w+\s+)?(floor|ground)\b|\bна\s+(полу|підлозі|земле|землі)\b|\ben\s+el\s+(piso|suelo)\b|\btirad[oa]\s+en\b",
    ]
)
_NOT_ANSWERING_NOW = compile_any(
    [
        r"\b(wouldn'?t|wouldnt|won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|not|didn'?t|didnt)\s+(\w+\s+)?(answer\w*|respond\w*|react\w*|wake\w*)\b|\bunresponsive\b",
        r"\bне\s+(отвечает|отзывается|реагирует|відповідає|відгукується|реагує|просыпается|прокидається)\b",
        r"\b(sin|no)\s+(contestar|responder|reaccionar|contesta|responde|reacciona|despierta)\b",
    ]
)
_GREY_OR_BLUE = re.compile(
    r"\b(grey|gray|greyish|grayish|ashen|blue|bluish|purple|серый|серая|сер(ое|ые)|сірий|сіра|сіре|синий|синяя|синій|синя|фиолетов\w*|фіолетов\w*|gris|grisace[oa]|azul|azulad[oa]|morad[oa])\b"
)
# the colour of a thing, not of the person ("grey leggings", "a blue carpet", "una alfombra gris")
_A_THING_COLOURED = re.compile(
    r"\s+(leggings|shirt|t\s+shirt|tshirt|hoodie|jacket|coat|top|dress|jeans|pants|trousers|socks|shoes|hat|carpet|rug|mat|tiles|towel|blanket|car|cat|dog|wall|walls|light|screen|"
    r"футболк\w*|куртк\w*|кофт\w*|штан\w*|ковр\w*|килим\w*|плитк\w*|полотенц\w*|рушник\w*|экран\w*|екран\w*|свет\w*|світл\w*)\b"
)
# A noise in the throat (a gurgle, a rattle), or the head lolling beside a noise, after something
# taken ("he went quiet after a pill, his head is lolling and theres a gurgle in his throat", "затих
# после колеса, голова болтается, клокотание в горле", "hace un ruido como de gárgaras en la garganta")
_THROAT_NOISE = compile_any(
    [
        r"\b(gurgl\w*|rattl\w*|gargl\w*|snor\w*|клокот\w*|клокоч\w*|клекот\w*|клекіт|клекоч\w*|клекотін\w*|хрип\w*|бульк\w*|булька\w*|gorgote\w*|gargar\w*|estertor\w*|carraspe\w*|ruido\w*)\s+(\w+\s+){0,3}(in|from)\s+(his|her|their|the)\s+throat\b",
        r"\b(gurgl\w*|rattl\w*|клокот\w*|клокоч\w*|клекот\w*|клекіт|клекоч\w*|клекотін\w*|хрип\w*|бульк\w*|булька\w*|gorgote\w*|gargar\w*|estertor\w*|carraspe\w*|ruido\w*)\s+(\w+\s+){0,3}(в|у)\s+(горле|горлі|глотке|горлянці)\b|\b(в|у)\s+(горле|горлі)\s+(\w+\s+){0,2}(клокоч\w*|клекоч\w*|булька\w*|хрип\w*)\b",
        r"\b(gorgote\w*|gargar\w*|estertor\w*|carraspe\w*|ruido\w*)\s+(\w+\s+){0,3}en\s+la\s+garganta\b",
    ]
)
_HEAD_LOLLING = compile_any(
    [
        r"\bhead\s+(is\s+|keeps\s+)?(lolling|flopping|drooping|dropping|hanging|rolling)\b|\bголова\s+(\w+\s+)?(болтается|свисает|падает|валится|теліпається|бовтається|звисає|падає|хилиться)\b|\bse\s+le\s+(cae|va|ladea|cuelga)\s+la\s+cabeza\b",
    ]
)
_ANY_NOISE = compile_any(
    [
        r"\b(gurgl\w*|rattl\w*|snor\w*|клокот\w*|клокоч\w*|клекот\w*|клекіт|клекотін\w*|хрип\w*|бульк\w*|храп\w*|хроп\w*|сопит|сопе|gorgote\w*|gargar\w*|estertor\w*|ronc\w*)\b",
    ]
)
# Cold, clammy or grey (the body's own state, not the weather)
_COLD_GREY = compile_any(
    [
        r"\b(cold\s+and\s+clammy|clammy|grey|gray|ashen|холодн\w*\s+(и|і|й)\s+липк\w*|липк\w*|сер(ый|ая)|сір(ий|а)|fri[oa]\s+y\s+sudad[oa]|grisace[oa]|gris)\b",
    ]
)
# The writer going under on a downer ("i think im sinking, did a xanny and drinks", "меня уносит,
# выпил гэ", "мене несе вниз, випив ГХБ", "kazhetsya ya otrubayus, vypila ksanaks"): the card beside
# a downer or G; not sinking into a sofa, not carried away by music
_SINKING_ME = compile_any(
    [
        r"\b(i'?m|im|i\s+am|i\s+feel\s+like\s+i'?m|feel\s+like\s+im)\s+(sinking|going\s+under|slipping\s+under|slipping|drifting\s+off|fading)\b(?!\s+(into|in|on|through|back|money|behind)\b)",
        r"\b(меня|мене)\s+(\w+\s+)?(уносит|несе|накрывает|накриває|тянет\s+вниз|тягне\s+вниз|вырубает|вирубає|рубит|рубає)\b(?!\s+(от|від|с|з|із|музык\w*|музик\w*|смех\w*|сміх\w*)\b)|\b(отрубаюсь|отрубаюс|вырубаюсь|вырубаюс|вирубаюсь|вирубаюс|вирубаюся|відрубаюсь|відрубаюс|відрубаюся|отключаюсь|отключаюс|відключаюсь|відключаюс)\b",
        r"\b(me\s+estoy\s+yendo|me\s+voy\s+yendo|siento\s+que\s+me\s+voy|me\s+estoy\s+apagando|me\s+estoy\s+hundiendo|me\s+hundo)\b(?!\s+(a|al|de|del|pa|para|por|con|en)\b)",
    ]
)

# Session 24, second batch: shut in after meeting the dealer ("закрылась у себя после встречи с
# барыгой, не выходит", "no sale de su cuarto desde que volvió de ver al camello, tiene el pestillo")
_SHUT_IN_ROOM = compile_any(
    [
        r"\b(hasn'?t|hasnt|hadn'?t|hadnt|won'?t|wont|not|never)\s+(\w+\s+)?(come|came|coming)\s+out\s+of\s+(his|her|their|the)\s+(room|bedroom|bathroom|toilet)\b|\b(door|room)\s+(is\s+)?locked\b|\blocked\s+(himself|herself|themselves)\s+in\b",
        r"\b(закрыл\w*|заперл\w*|заперс\w*|замкнул\w*|замкну(в|вся)|зачинил\w*|зачини(в|вся))\s+(\w+\s+)?(у\s+себя|в\s+(комнате|ванной|туалете)|у\s+(кімнаті|ванній|туалеті)|у\s+себе)\b|\b(не\s+выходит|не\s+виходить)\s+(из|з|із)\s+(комнаты|кімнати|ванной|ванної|туалета|туалету)\b",
        r"\bno\s+(sale|ha\s+salido)\s+de\s+(su|la|el)\s+(cuarto|habitacion|recamara|bano|pieza)\b|\b(tiene|puso|echo)\s+(el\s+)?(pestillo|seguro|cerrojo)\b|\bse\s+encerro\b",
    ]
)
_DEALER = compile_any(
    [
        # "back from meeting her guy" (the dealer, in users' words), beside being shut in only
        r"\b(meeting|meet|met|seeing|saw|from)\s+(her|his|their)\s+(guy|connect)\b(?!\s+(for|at|in)\s+(dinner|lunch|coffee|drinks|a\s+date)\b)",
        r"\b(dealer|plug|барыг\w*|бариг\w*|барижк\w*|барижц\w*|дилер\w*|ділер\w*|закладчик\w*|camello|transa|tranza|dealer|diler|dealercito)\b",
    ]
)
# A grey person with a noise as they breathe, after a drug ("grey and hes making a snorting sound
# when he breathes"): the sound said as a sound, or beside the breath
_BREATH_NOISE = compile_any(
    [
        r"\b(snort\w*|snor\w*|gurgl\w*|rattl\w*|wheez\w*|gasp\w*)\s+(sound|noise)s?\b|\b(sound|noise)\s+(\w+\s+){0,2}(when|as|while)\s+(he|she|they)\s+(breath\w*)\b",
        r"\b(хрюка\w*|хрюк\w*|хрип\w*|сопит|сопе|булька\w*|клокоч\w*)\s+(\w+\s+)?(когда|коли|як|как)\s+(дышит|дихає)\b",
        r"\b(ronquido|ruido|gorgoteo|estertor)\s+(\w+\s+){0,2}al\s+respirar\b",
    ]
)
# Arms that will not lift, or dozing off mid-sentence (the writer on downers)
_ARMS_WONT_LIFT = compile_any(
    [
        r"\b(can'?t|cant|cannot)\s+(lift|raise|move)\s+my\s+(arms|arm|hands|legs|head)\b|\b(руки|ноги|голову)\s+не\s+(поднимаются|поднять|піднімаються|підняти|слушаются|слухаються)\b|\bno\s+(puedo|logro)\s+(levantar|mover)\s+(los\s+brazos|las\s+manos|las\s+piernas|la\s+cabeza)\b",
    ]
)
_MID_SENTENCE = compile_any(
    [
        r"\b(drifting|nodding|dozing|falling\s+asleep|passing\s+out|blacking\s+out)\s+(off\s+|out\s+)?mid\s+(sentence|word|conversation)\b|\b(вырубаюсь|вырубаюс|засыпаю|отключаюсь|вирубаюсь|вирубаюс|засинаю|відключаюсь)\s+(посреди|посеред|на\s+середине|на\s+півслові|на\s+полуслове)\b|\b(me\s+quedo|se\s+queda|me\s+estoy\s+quedando)\s+dormid[oa]\s+(a\s+media|en\s+media)\s+(frase|palabra|conversacion|platica)\b",
    ]
)

# "since she got back", "desde que volvió", "с тех пор как пришла": a state lasting to now, not a past
# told (session 24: "no sale de su cuarto desde que volvió de ver al camello")
_SINCE = compile_any(
    [
        r"\b(ever\s+since|since|desde\s+que|с\s+тех\s+пор\s+как|с\s+тех\s+пор|відколи|з\s+тих\s+пір\s+як|з\s+того\s+часу\s+як)\b",
    ]
)


def _past_not_since(folded: str, past: bool) -> bool:
    """The message tells a past (``_PAST``) other than a "since" that lasts to now."""
    return past and _PAST.search(_SINCE.sub(" ", folded)) is not None


# a drug named as a threat or a plan, not taken ("dice que se va a tomar todas sus pastillas")
_THREATENS = compile_any(
    [
        r"\b(se\s+va\s+a|va\s+a|going\s+to|gonna|wants?\s+to|собирается|збирається|хочет|хоче|грозит\w*|погрожу\w*|amenaza\w*|threaten\w*)\b",
    ]
)


def _session24_signs(folded: str, cleaned: str) -> bool:
    """Kinds the rules missed on tune53 (session 24, emerg), asked when nothing is past or general."""
    taken = bool(
        _used(cleaned)
        or _NAMED_DRUG.search(cleaned)
        or _DEPRESSANT.search(cleaned)
        or _SOMETHING_TAKEN.search(cleaned)
    )
    habit = _HABITUAL.search(folded) is not None or _AS_USUAL.search(folded) is not None
    scored = bool(_SCORED.search(cleaned) or _DEALER.search(cleaned))
    if _DOOR_NOT_OPENED.search(cleaned) and (taken or scored) and not habit:
        return True
    # shut in a room: only after a dealer or a drug taken, not a drug named as a threat ("se encerró y
    # dice que se va a tomar todas sus pastillas" is the crisis reply's)
    if (
        _SHUT_IN_ROOM.search(cleaned)
        and (scored or (_used(cleaned) and not _THREATENS.search(cleaned)))
        and not habit
    ):
        return True
    if taken and _BREATH_NOISE.search(cleaned) and _GREY_OR_BLUE.search(cleaned) and not habit:
        return True  # "grey and making a snorting sound when he breathes" after bumps
    if (
        (_ARMS_WONT_LIFT.search(cleaned) or _MID_SENTENCE.search(cleaned))
        and (_DEPRESSANT.search(cleaned) or _NAMED_DEPRESSANT.search(cleaned))
        and (_MID_SENTENCE.search(cleaned) or _body_kinds(cleaned).get("drowsy"))
        and not habit
    ):
        return True  # "pregabs and diazepam, cant lift my arms, drifting off mid sentence"
    silent = _NOT_ANSWERING_NOW.search(cleaned)
    if (
        silent
        and _ON_THE_FLOOR.search(cleaned)
        and any(
            abs(colour.start() - silent.start()) <= 40
            and not _A_THING_COLOURED.match(cleaned, colour.end())
            for colour in _GREY_OR_BLUE.finditer(cleaned)
        )
    ):
        return True
    if (
        taken
        and not habit
        and (
            _THROAT_NOISE.search(cleaned)
            or (_HEAD_LOLLING.search(cleaned) and _ANY_NOISE.search(cleaned))
            # cold, clammy or grey with breaths far apart ("холодный, серый, вдыхает раз в какое-то
            # время, укололся один в машине"), nobody named
            or (_BREATH_FAR_APART.search(cleaned) and _COLD_GREY.search(cleaned))
        )
    ):
        return True
    return bool(
        _SINKING_ME.search(cleaned)
        and (
            _DEPRESSANT.search(cleaned)
            or _G_DRUG.search(cleaned)
            or _NAMED_DEPRESSANT.search(cleaned)
        )
        and not habit
    )


def _blind16_signs(folded: str, cleaned: str) -> bool:
    """Kinds the rules missed on blind16-tune (late round, session 19), asked only when nothing is
    past or general."""
    if _FADING_ME.search(cleaned) and (
        _used(cleaned)
        or _TOO_MUCH.search(cleaned)
        or _NAMED_DRUG.search(cleaned)
        or _LIMBS_OR_EYES.search(cleaned)
    ):
        return True  # "вмазался и чувствую что ухожу", "creo que me pasé, me estoy yendo"
    return bool(
        _PERSON_COLOURED.search(cleaned)
        and not _FEELING_BLUE.search(cleaned)
        and (_NEEDLE_BESIDE.search(cleaned) or _used(cleaned) or _NAMED_DRUG.search(cleaned))
    )


# -- blind17-tune (late round, session 20) --------------------------------------------------------
# The writer being knocked out now, the drug doing it to them ("меня вырубает", "мене вирубає",
# "me estoy quedando dormida", "i'm going under"): beside a drug taken or overdone, limbs that will
# not obey or a tongue that will not move, the card. Not "going under the knife" nor a bedtime.
_KNOCKED_OUT_ME = compile_any(
    [
        r"\b(меня|мене)\s+(уже\s+|вже\s+|всё\s+|все\s+|так\s+|сильно\s+|конкретно\s+)?(вырубает|рубит|срубает|отключает|вирубає|рубає|зрубує|відключає|вимикає)\b(?!\s+(в|на|у)\s+(сон|сна|спать|спати))",
        r"\bme\s+estoy\s+quedando\s+(dormid[oa]|inconsciente|sin\s+fuerzas|frit[oa])\b",
        r"\b(i'?m|im|i\s+am)\s+going\s+under\b(?!\s+(the|a|for|tomorrow|surgery|anesth\w*|anaesth\w*|general)\b)",
    ]
)
_TONGUE_OR_BODY = compile_any(
    [
        r"\bязык\s+(не\s+(ворочается|шевелится|слушается)|заплетается)\b|\bязик\s+(не\s+(ворочається|слухається|рухається)|заплітається)\b",
        r"\b(casi\s+)?no\s+(me\s+)?puedo\s+mover\b|\bcan'?t\s+(move|talk|speak)\b|\b(не\s+могу|не\s+можу)\s+(пошевелиться|поворухнутися|рухатися|говорить|говорити)\b",
        r"\bсил\s+(нема|немає|нет)\s+(дзвонити|подзвонити|звонить|позвонить)\b",
    ]
)
_BEDTIME = compile_any(
    [
        r"\b(good\s*night|nighty|спокойной\s+ночи|на\s+добраніч|добраніч|buenas\s+noches|пора\s+спать|пора\s+спати|от\s+скуки|від\s+нудьги|на\s+паре|на\s+парі|на\s+лекции|на\s+лекції|en\s+clase|after\s+work|после\s+работы|після\s+роботи)\b",
    ]
)
_IS_IT_NORMAL = compile_any(
    [
        r"\b(это\s+)?нормально\b|\bнорм\b|\b(це\s+)?нормально\b|\b(is\s+)?(that|this|it)\s+(normal|ok|okay)\b|\bes\s+normal\b|\bnormal\b",
    ]
)
# Fits told beside a drug overdone ("з'їв трамадолу багато і почались судоми в руках"): the card even
# in the hands (a cramp "в руках" alone is everyday, and so are cramps in a leg).
_FIT_WORD = compile_any(
    [
        r"\b(судом\w*|судорог\w*|convuls\w*|seizur\w*|fitting)\b",
    ]
)
_OVERDONE_UK_RU = compile_any(
    [
        r"\b(з'?їв|зїв|ковтнув|прийняв|випив|съел|выпил|принял|проглотил)\s+(\w+\s+)?(багато|дуже\s+багато|много|кучу|купу|жменю|горсть)\b",
    ]
)


def _late20_signs(folded: str, cleaned: str) -> bool:
    """Kinds the rules missed on blind17-tune (late round, session 20), asked only when nothing is
    past or general."""
    worse = (
        _TOO_MUCH.search(cleaned)
        or _TONGUE_OR_BODY.search(folded)
        or _LIMBS_OR_EYES.search(cleaned)
    )
    # "меня вырубает после феназепама, это нормально?" asks about a drug's effect; overdone or a
    # body that will not move is the card even asked
    if (
        _KNOCKED_OUT_ME.search(cleaned)
        and not _BEDTIME.search(folded)
        and (
            worse
            or (
                (_used(cleaned) or _NAMED_DRUG.search(cleaned)) and not _IS_IT_NORMAL.search(folded)
            )
        )
    ):
        return True  # "перебрал, меня вырубает", "me he pasado, me estoy quedando dormido"
    return bool(
        _FIT_WORD.search(folded)
        and not _CRAMP.search(folded)
        and (_TOO_MUCH.search(folded) or _OVERDONE_UK_RU.search(folded))
        and (_NAMED_DRUG.search(folded) or _used(folded))
    )


# -- kinds the rules missed on blind20-tune (late round, session 23, emerg) -------------------------
# Someone out with the needle still in: "відключився з голкою в руці", "nodded out with the rig still
# in her arm", "tirado con la jeringa en el brazo" (the needle alone, someone injecting, is not).
_NEEDLE_IN = compile_any(
    [
        (
            r"\b(with|с|со|з|із|con)\s+(the\s+|a\s+|his\s+|her\s+|la\s+|una\s+)?(needle|syringe|rig|pin|иглой|иголкой|шприцом|баяном|машинкой|голкою|голкой|шприцем|aguja|jeringa|jeringuilla|chuta|pico)\s+"
            r"(still\s+|ещ[её]\s+|досі\s+|ще\s+|todavia\s+|aun\s+|clavada\s+|воткнут\w*\s+|встромлен\w*\s+)?(in|в|у|во|en)\s+(his\s+|her\s+|their\s+|the\s+|su\s+|el\s+|la\s+)?"
            r"(arm|vein|neck|leg|foot|groin|hand|руке|вене|шее|ноге|паху|руці|вені|шиї|нозі|brazo|vena|cuello|pierna)\b"
        ),
    ]
)
_OUT_OR_LYING = compile_any(
    [
        r"\b(passed\s+out|nodded\s+(out|off)|blacked\s+out|slumped|collapsed|lying|laying|found\s+(him|her|them)|out\s+cold|unconscious|вырубил\w*|отрубил\w*|отключил\w*|упал\w*|лежит|сидит|уснул\w*|заснул\w*|вирубив\w*|вирубила\w*|відрубав\w*|відключив\w*|відключила\w*|впав|впала|лежить|сидить|заснув|заснула|tirad[oa]|desmayad[oa]|inconsciente|se\s+desmayo|se\s+quedo\s+(dormid[oa]|frit[oa])|se\s+cayo)\b",
    ]
)
# Rousing that does nothing: "shaking him does nothing", "slapping her doesn't do anything"
_ROUSING_NOTHING = compile_any(
    [
        (
            r"\b(shaking|slapping|pinching|shouting\s+at|yelling\s+at|screaming\s+at|nudging|prodding|rubbing|splashing)\s+(him|her|them)\s+(\w+\s+)?(does|did|is\s+doing|do)\s+(nothing|fuck\s+all|sod\s+all|jack|zilch)\b|"
            r"\b(shaking|slapping|pinching|shouting\s+at|yelling\s+at|nudging|prodding)\s+(him|her|them)\s+(\w+\s+)?(doesn'?t|doesnt|didn'?t|didnt|isn'?t|isnt)\s+(do\s+anything|wake\s+(him|her|them)|work\w*|help\w*)\b"
        ),
    ]
)
# Suffocating or short of breath beside a downer: "задыхается после метадона", "задихається після
# габапентину", "me cuesta mucho respirar" after methadone, "respira pero poquito", "está como muerto"
_SHORT_OF_BREATH = compile_any(
    [
        r"\b(задыха\w*|задиха\w*|сипит|сипить|se\s+(esta\s+)?asfixia\w*|asfixiandose)\b",
        r"\b(me|le|les)\s+cuesta\s+(\w+\s+)?respirar\b|\brespira\s+pero\s+(muy\s+)?(poco|poquito|poquitito|apenas|lento|despacio)\b",
        r"\b(esta|quedo|se\s+quedo|lo\s+veo|la\s+veo)\s+como\s+muert[oa]\b|\b(лежит|лежить|он|она|він|вона)\s+(как|як)\s+(мертв\w*|труп)\b|\b(he|she)\s+(looks|is\s+lying)\s+like\s+(he'?s|she'?s|hes|shes)?\s*dead\b",
    ]
)
# Loud snoring after an overdone downer: ordinary snoring "like a tractor" is cut as harmless, but
# "перебрав гбл і хропе як трактор", "went too hard on the G and he's snoring like a train"
_SNORE_WORD = compile_any([r"\b(snor\w*|храп\w*|хроп\w*|ronca\w*)\b"])
_OVERDONE = compile_any(
    [
        r"\b(перебрал\w*|перебрав\w*|перебрала|переборщил\w*|переборщив\w*|передознул\w*|передознув\w*|перебор\w*|overdid|overdone|too\s+much|too\s+hard|way\s+too|se\s+paso|se\s+ha\s+pasado|me\s+pase|me\s+he\s+pasado|demasiad[oa])\b",
    ]
)
_SLEEPY_ME = compile_any(
    [
        r"\b(so\s+|really\s+|very\s+)?(sleepy|drowsy|can'?t\s+keep\s+my\s+eyes\s+open)\b|\b(очень\s+|дуже\s+|так\s+)?(хочется|хочеться)\s+спати?\b|\b(клонит|хилить|вырубает|вирубає|рубит)\b|\bme\s+(muero|caigo)\s+de\s+sueno\b|\bmucho\s+sueno\b",
    ]
)
# A pounding heart that hurts after a stimulant with a downer, the world swimming: "серце так
# колотиться шо аж болить, і все пливе", "сердце колотится аж больно и всё плывёт"
_HEART_HURTS = compile_any(
    [
        r"\b(серце|сердце)\s+(\w+\s+){0,2}(колотит\w*|калатає|калатаєт\w*|стучит|стукає|б'?ється|бьется|выпрыгива\w*|вистрибу\w*)\b.{0,30}\b(аж\s+)?(болит|болить|больно|боляче)\b",
    ]
)
_SWIMMING = compile_any(
    [
        r"\b(вс[её]|усе|все)\s+(плывет|плывёт|пливе|кружится|крутиться|паморочиться)\b|\bв\s+глазах\s+темне\w*|\bв\s+очах\s+темні\w*"
    ]
)
# A plea with a colour said of someone: "он синий помогите скорее", "вона вся синя, допоможіть"
_BLUE_PERSON_PLEA = compile_any(
    [
        r"\b(он|она|він|вона)\s+(весь\s+|вся\s+|увесь\s+|уся\s+|уже\s+|вже\s+|совсем\s+|зовсім\s+)?(синий|синяя|синій|синя|серый|серая|сірий|сіра)\b.{0,30}\b(помогите|помоги|допоможіть|допоможи|что\s+делать|що\s+робити|скорее|швидше|срочно|терміново)\b",
        r"\b(he'?s|she'?s|hes|shes)\s+(all\s+|totally\s+|completely\s+)?(blue|grey|gray|purple)\b.{0,30}\b(help|what\s+do\s+i\s+do|asap|quick|hurry)\b",
        r"\b(esta|se\s+puso)\s+(tod[oa]\s+)?(azul|morad[oa])\b.{0,30}\b(ayuda|ayudenme|auxilio|que\s+hago|rapido|urgente)\b",
    ]
)


def _late23_signs(folded: str, cleaned: str) -> bool:
    """Kinds the rules missed on blind20-tune (late round, session 23, emerg), asked only when
    nothing is past or general."""
    if _NEEDLE_IN.search(folded) and _OUT_OR_LYING.search(folded):
        return True
    if _ROUSING_NOTHING.search(folded) or _BLUE_PERSON_PLEA.search(folded):
        return True
    downer = _DEPRESSANT.search(folded) is not None
    if downer and _SHORT_OF_BREATH.search(folded):
        return True
    if downer and _SNORE_WORD.search(folded) and _OVERDONE.search(folded):
        return True
    if (
        downer
        and _TONGUE_OR_BODY.search(folded)
        and (_SLEEPY_ME.search(folded) or _OVERDONE.search(folded))
    ):
        return True
    return bool(
        _HEART_HURTS.search(folded) and _SWIMMING.search(folded) and (downer or _used(cleaned))
    )


# A danger sign told now and asked "is it normal?" (session 21, emerg2): "хрипит и не просыпается
# после метадона, нормально ли это", "ronca raro y no responde tras las benzos, es normal?", "gurgling
# and not waking up after his methadone, is this normal". The question made the message "general"
# and no pronoun named a person, so no card. A grave state said with a verb of now (not waking, not
# answering, blue, barely or not breathing, fitting) beside a drug taken tells of someone there: the
# question after it does not make it general. Mild states so asked (sleepy, itching, tiny pupils but
# talking, snoring as always after a drink) name no grave state and stay as they were.
_NORMAL_ASKED = compile_any(
    [
        r"\b(is|isn'?t)\s+(it|that|this)\s+(normal|ok|okay|fine)\b|\bshould\s+(i|we)\s+(be\s+)?(worr\w*|scared|concerned)\b|\bnormal\s*\?",
        r"\b(это\s+|вс[её]\s+)?(нормально|норма|норм)(\s+ли)?(\s+(это|вообще|же|так))*\s*(\?|$)|\bнормально\s+ли\b|\bстоит\s+(ли\s+)?(волноваться|переживать|беспокоиться)\b|\bтак\s+(и\s+)?(бывает|должно\s+быть)\b",
        r"\b(чи\s+)?(це\s+)?(нормально|норма|норм)(\s+(це|взагалі|ж))*\s*(\?|$)|\bчи\s+(це\s+)?нормально\b|\bчи\s+(варто|треба)\s+(хвилюватися|хвилюватись|переживати)\b|\bтак\s+і\s+(має|повинно)\s+бути\b",
        r"\b(eso\s+)?es\s+normal\b|\b(deberia|debo|tengo\s+que)\s+preocupar(me|nos)\b",
    ]
)
# said with a negation (searched in the folded text: ``_cleaned`` takes negated phrases out), of
# someone else ("I can't wake up in the mornings" is not one) and not of a phone ("not answering his
# texts")
_GRAVE_NOT_NOW = compile_any(
    [
        (
            r"(?:\b(?:won'?t|wont|isn'?t|isnt|not)\s+(?:wake|waking|waken|rouse|respond\w*|answer\w*|react\w*|breath\w*)\b|\b(?:can'?t|cant|cannot)\s+(?:wake|rouse)\s+(?:him|her|them)\b|\bunresponsive\b|"
            r"\bне\s+(?:просыпается|просыпаются|будится|добудиться|разбудить|отвечает|откликается|реагирует|приходит\s+в\s+себя|дышит)\b|\bпочти\s+не\s+дышит\b|"
            r"\bне\s+(?:прокидається|прокидаються|будиться|добудитися|розбудити|відповідає|відгукується|реагує|приходить\s+до\s+тями|дихає)\b|\bмайже\s+не\s+дихає\b|"
            r"\bno\s+(?:se\s+)?(?:despierta|responde|reacciona|contesta|respira)\b|\bcasi\s+no\s+respira\b|\bno\s+(?:lo|la|le)\s+(?:puedo|podemos|logro)\s+despertar\b)"
            r"(?!\s+(?:\w+\s+){0,2}(?:phone|texts?|messages?|calls?|dms?|mensajes?|llamadas?|whats\w*|celular|телефон\w*|сообщени\w*|звонк\w*|смс|дзвінк\w*|повідомлен\w*))"
        ),
    ]
)
# said as a sign (searched in the cleaned text, so "no blue lips" or "судорог нет" do not count)
_GRAVE_SIGN_NOW = compile_any(
    [
        r"\bbarely\s+breath\w*|\bhardly\s+breath\w*|\b(lips|face|fingers|nails)\s+(are\s+|is\s+|going\s+|turning\s+|turned\s+)?(blue|grey|gray|purple)\b|\b(fitting|seizing|convuls\w*|having\s+a\s+(fit|seizure))\b",
        r"\b(еле|едва)\s+дышит\b|\b(губы|лицо|ногти)\s+(\w+\s+)?(синие|синее|синеют|посинели|серые)\b|\bпосинел\w*|\bсинеет\b|\bсудорог\w*",
        r"\b(ледве|ледь)\s+дихає\b|\b(губи|обличчя|нігті)\s+(\w+\s+)?(сині|синіють|посиніли|сірі)\b|\bпосині\w*|\bсиніє\b|\bсудом\w*",
        r"\bapenas\s+respira\b|\b(labios|cara|unas)\s+(\w+\s+)?(azul\w*|morad\w*|gris\w*)\b|\b(convulsionando|convulsiona)\b",
    ]
)


def _grave_asked_normal(folded: str, cleaned: str) -> bool:
    """A grave state told now beside a drug taken and asked "is it normal?" (``_NORMAL_ASKED``),
    with no other general question, no "if" and nobody in general: someone is there."""
    if _NORMAL_ASKED.search(folded) is None or not (
        _GRAVE_NOT_NOW.search(folded) or _GRAVE_SIGN_NOW.search(cleaned)
    ):
        return False
    if not (_used(cleaned) or _NAMED_DRUG.search(cleaned)):
        return False
    if _HYPOTHETICAL.match(folded) or _ANYONE.search(folded) or _GENERIC_PERSON.search(folded):
        return False
    rest = _NORMAL_ASKED.sub(" ", folded)
    return _GENERAL.search(_TOO_MUCH_COUNT.sub(" ", _CANT_STAND.sub(" ", rest))) is None


# Snoring heard through the walls or the whole house (tune25 probes: "my grandad snores so loud the
# walls shake", "ronca tan fuerte que tiemblan las paredes"): everyday, cut out only when no drug is
# named ("snoring so loud the neighbours hear, he took methadone" is still the card).
_EVERYDAY_SNORE = compile_any(
    [
        # session 14 (tune32): every night, as ever ("snores so loud it sounds like gurgling, every
        # single night", "храпит ... хрипит как будто тонет, каждую ночь", "ronca ... todas las noches")
        r"\b(snor\w*|храп\w*|хроп\w*|ronca\w*)\b(\s+\w+){0,12}?\s+(every\s+(single\s+)?night|each\s+night|nightly|каждую\s+ночь|каждой\s+ночью|щоночі|щоночи|кожн(у|ої)\s+ночі|todas\s+las\s+noches|cada\s+noche)\b",
        # session 15 (tune34): a snore complained of ("snores so loud i can't sleep, how do i make him
        # stop", "храпит, не даёт спать", "ronca y no me deja dormir")
        r"\b(snor\w*|храп\w*|хроп\w*|ronca\w*)\b(\s+\w+){0,8}?\s+(i\s+can'?t\s+sleep|i\s+cant\s+sleep|keeps?\s+(me|us)\s+(up|awake)|make\s+(him|her|them)\s+stop|stop\s+(him|her|them)\s+snoring|ear\s*plugs|не\s+(дает|даёт|дає)\s+(мне\s+|мені\s+|нам\s+)?спать|спати|отучить|відучити|беруши|беруші|no\s+(me|nos)\s+deja\s+dormir|(que|hacer\s+que)\s+pare|tapones)\b",
        r"\b(snor\w*|храп\w*|хроп\w*|ronca\w*)\s+(\w+\s+){0,6}(the\s+walls|walls|стены|стіни|las\s+paredes|the\s+neighbou?rs|соседи|сусіди|los\s+vecinos|whole\s+house|на\s+весь\s+дом|на\s+всю\s+хату|toda\s+la\s+casa)\b",
        # session 23 (emerg, tune51): a snore asked about as a way of sleeping ("my baby snores really
        # loud, is that normal at 4 months?", "малыш храпит во сне, это нормально?", "mi bebé ronca muy
        # fuerte, es normal?"); cut only when no drug is named and nothing else is told
        r"\b(snor\w*|храп\w*|хроп\w*|ronca\w*)\s+((?!(and|but|not|wont|cant|can'?t|won'?t|и|і|й|но|але|не|ні|y|e|pero|no|ni)\s)\w+\s+){0,8}?(is\s+(that|this|it)\s+normal|normal\s+for\s+(a|an|babies|kids|toddlers)|(это|це)\s+нормально|нормально\s+ли|чи\s+(це\s+)?нормально|(es|sera)\s+normal)\b",
        r"\b(snor\w*|gurgl\w*|храп\w*|хроп\w*|хрюка\w*|сопит|сопе|ronca\w*|ronquid\w*)\s+((?!(and|but|not|wont|cant|can'?t|won'?t|и|і|й|но|але|не|ні|y|e|pero|no|ni)\s)\w+\s+){0,6}?(midwife|doctor|nurse|gp|pediatrician|paediatrician|health\s+visitor|педиатр\w*|врач\w*|педіатр\w*|лікар\w*|акушерк\w*|pediatra|doctora?|matrona|partera|enfermera)\s+(said|says|told\s+us|dijo|dice|сказал\w*|сказав|говорит|каже)\s+(that\s+)?(it'?s|its|that'?s|es|что|що|это|це)?\s*(normal|fine|норма|нормально|в\s+норме|в\s+нормі)\b",
        r"\b(is\s+it\s+normal|normal|нормально\s+ли|нормально\s+что|чи\s+нормально|нормально\s+що|es\s+normal\s+que)\s+((?!(and|but|not|wont|cant|can'?t|won'?t|и|і|й|но|але|не|ні|y|e|pero|no|ni)\s)\w+\s+){0,5}(snor\w*|храп\w*|хроп\w*|ronque\w*|ronca\w*)\b(?!\s+(and|и|і|y|but|но|але|pero)\b)",
    ]
)
# Slept like a log, told afterwards by the one who slept (tune25: "спал как убитый, никто не мог
# разбудить", "slept like the dead, nobody could wake me"): sleep, not an overdose, when nobody else is
# named, no drug is named and nothing is urgent ("he's sleeping like a log and we can't wake him" is
# still the card).
_SLEPT_LIKE_A_LOG = compile_any(
    [
        r"\bslept\s+(\w+\s+)?like\s+(a\s+)?(log|rock|brick|baby|the\s+dead|a\s+dead\s+man)\b|\b(спал|спала|спав)\s+(\w+\s+)?(как|як)\s+(убит\w*|мертв\w*|младен\w*|немовля|бревно|колода|колоду)\b|\b(спал|спала|спав)\s+мертв(ым|им)\s+сном\b|\b(dormi|dormia)\s+(\w+\s+)?como\s+(un\s+|una\s+)?(tronco|piedra|liron|bebe|angelito|marmota)\b",
        # slept the whole day away after a party (session 13, tune30: "весь день проспав на дивані,
        # просто вирубився", "dormí todo el día", "slept all afternoon")
        r"\b(весь|целый|цілий|пол|пів|півдня|полдня)\s*(день|дня)?\s+(\w+\s+)?(проспал\w*|продрых\w*|проспав|спал\w*|спав|дрых\w*|валял\w*|провалял\w*)\b|\b(проспал\w*|продрых\w*|проспав)\s+(весь|целый|цілий|до)\s+(день|обеда|вечера|обіду|вечора)\b|\bslept\s+(all|the\s+whole|most\s+of\s+the)\s+(day|afternoon|morning|weekend)\b|\b(dormi|me\s+pase\s+durmiendo)\s+(todo\s+el\s+dia|toda\s+la\s+tarde|toda\s+la\s+manana)\b",
    ]
)
# A player or an athlete who collapsed at a match seen on a screen (tune25: "the striker collapsed on
# the pitch", "футболіст упав на полі", "el delantero se desplomó en el partido"): not someone in the
# room. Only when no drug is named and nobody calls for help.
_PLAYER = compile_any(
    [
        r"\b(striker|footballer|goalkeeper|keeper|defender|midfielder|winger|forward|quarterback|pitcher|referee|jockey|wrestler|player|boxer|fighter|athlete|cyclist|runner|игрок\w*|футболист\w*|вратар\w*|нападающ\w*|защитник\w*|боксер\w*|спортсмен\w*|гравц\w*|гравець|футболіст\w*|воротар\w*|нападник\w*|захисник\w*|jugador\w*|futbolista\w*|portero|arquero|delantero|defensa|boxeador\w*|ciclista|atleta)\b",
    ]
)
# Someone else said by a pronoun ("he slept like a log and we can't wake him"): not the sleeper's own
# story ("my night shift" is no one else)
_THIRD_PERSON = compile_any(
    [
        r"\b(he|she|they|him|her|them|он|она|они|его|ее|её|він|вона|вони|його|її|el|ella|ellos|lo|la|le)\b"
    ]
)
# Breathing, answering or a pulse gone: a player who collapsed and is not breathing is the card
# wherever the writer is (the number first, then the steps); on a screen ("on TV") _FICTION still
# says it is told.
_LIFE_GONE = compile_any(
    [
        (
            r"\b(not|isn'?t|isnt|stopped|no)\s+(breath\w*|respond\w*|moving)|\bno\s+pulse\b|\bunresponsive\b|\bunconscious\b|"
            r"\bне\s+(дыш\w*|диха\w*|реагир\w*|реагу\w*|двига\w*|руха\w*)|\bбез\s+(пульса|пульсу|сознания|свідомості)\b|"
            r"\bno\s+(respira\w*|reacciona\w*|responde\w*|se\s+mueve|tiene\s+pulso)\b|\bsin\s+pulso\b|\binconsciente\b"
        )
    ]
)
# One's own people: "my mate is a boxer, he collapsed after the fight" is still the card.
# A team's bad match told in the words of dying and breathing (blind8-tune: "we absolutely died in the
# second half, no breathing room", "el equipo se murió en el segundo tiempo, no respiraba nadie";
# tune28: "нас рознесли в другому таймі, всі вмерли"): a game and a team or "we", nobody named alone, no drug, nothing urgent.
_GAME = compile_any(
    [
        (
            r"\b((second|first|1st|2nd)\s+half|half\s*time|midfield|derby|extra\s+time|penalt\w*|the\s+(match|game)|тайм\w*|матч\w*|дерби|дербі|"
            r"на\s+поле|на\s+полі|al\s+descanso|en\s+el\s+descanso|at\s+the\s+break|в\s+перерыве|на\s+перерві|(segundo|primer)\s+tiempo|(segunda|primera)\s+parte|medio\s*campo|medio\s+campo|clasico|partido|la\s+cancha|prorroga)\b"
        )
    ]
)
_TEAM = compile_any(
    [
        r"\b(we|us|team|nobody|no\s+one|everyone|нас|мы|ми|всі|все|никто|ніхто|команд\w*|equipo|nadie|todos|nos|podiamos|estabamos)\b"
    ]
)
_ONE_PERSON = compile_any(
    [
        r"\b(he|she|him|her|hes|shes|he'?s|she'?s|он|она|его|её|ее|він|вона|його|її|ella|friend|mate|bro|brother|sister|друг|друга|другу|другом|подруг[аиуеі]|подругой|брат|брата|брату|братом|сестр[аиуеі]|сестрой|amig[oa]|herman[oa])\b"
    ]
)


# "dead" said of a club (blind21-tune: a team "está muerto" at half time)
_CLUB_DIED = compile_any(
    [
        r"\b(se\s+murio|murio|died|умер\w*|помер\w*|esta\s+muert[oa]|estan\s+muertos|(is|are|looks?)\s+dead|мертв\w*|вмерли|вмер)\b"
    ]
)


def _team_idiom(folded: str) -> bool:
    """A team that "died" or could not breathe in a match: no drug, nobody alone, nothing urgent."""
    return bool(
        _GAME.search(folded)
        # a club by its name ("el Madrid se murió en la segunda parte", blind16-tune): nobody named
        and (
            _TEAM.search(folded)
            or (_CLUB_DIED.search(folded) and not (_PERSON.search(folded) or _HUMAN.search(folded)))
        )
        and not _ONE_PERSON.search(folded)
        and not _URGENT.search(folded)
        and not _NAMED_DRUG.search(folded)
        and not _DEPRESSANT.search(folded)
        and not _USED_NOW.search(folded)
    )


_OWN = compile_any([r"\b(my|our|mi|mis|nuestr[oa]|мой|моя|мою|моего|моей|наш\w*|мій|мого|моєї)\b"])
_MATCH = compile_any(
    [
        r"\b(pitch|match|game|race|fight|ring|court|stadium|league|minute|поле|матч\w*|игр[аеуы]|гонк\w*|бо[йя]|ринг\w*|стадион\w*|поли|полі|гр[аиі]|стадіон\w*|хвилин\w*|минут\w*|partido|cancha|campo|carrera|pelea|estadio|liga|minuto)\b",
    ]
)


# Blue or purple fingers, lips or legs from the cold outside, waiting for a bus (tune28: "my fingers
# went blue waiting for the night bus, so cold out", "пальцы посинели пока ждала автобус, холодина",
# blind8-tune: "губи посиніли на зупинці", "piernas azuladas del frio esperando el bondi"): cut out only
# when no drug is named ("lips blue and cold to the touch after the fent" is still the card; cold skin
# is a sign, the weather is not).
# tune47 (session 21, emerg): purple too ("фіолетові"), and the cold said as "from the cold" or as
# cold water left ("губи сині бо з моря вийшла", "трясе від холоду", "out of the lake", "salí del mar")
_COLD_OUTSIDE = compile_any(
    [
        (
            r"\b(blue|blu|purple|син\w*|посин\w*|azul\w*|morad[oa]s?|фіолетов\w*|фиолетов\w*|violet\w*|lila)\b(\s+\w+){0,6}?\s+"
            r"((від|вiд|от|из-за|через)\s+холод(у|а)|(з|із|из)\s+(моря|річки|реки|речки|озера|ставка|ставу|басейну|бассейна|води|воды)|(out\s+of|from)\s+the\s+(sea|lake|river|pool|water|loch)|(cold|icy|freezing)\s+(water|sea|lake|river|swim|dip|plunge|shower)|ice\s+(bath|plunge|hole)|ополонк\w*|ополонц\w*|прорубь|проруби|прорубі|lido|холодн\w*\s+(вод\w*|мор\w*|річк\w*|речк\w*|реке|озер\w*|душ\w*)|(вода|море|річка|речка|озеро)\s+(\w+\s+)?холодн\w*|(del|salir\s+del|salio\s+del|sali\s+del)\s+(mar|rio|lago|agua|alberca|piscina)|agua\s+(fria|helada)|so\s+cold|cold\s+out\w*|freezing|frost\w*|холодин\w*|холодрыг\w*|холодриг\w*|холодно|мороз\w*|замерз\w*|змерз\w*|замерзл\w*|мерзл\w*|"
            r"(del|de|por\s+el|con\s+el|que)\s+frio|helad[oa]s?|congelad\w*|"
            # the frost outside said as a temperature (blind21-tune: "бо на вулиці мінус 15", "it's minus 10 out")
            r"(на\s+улице|на\s+вулиці|надворі|outside|out|afuera|fuera)\s+(\w+\s+)?(минус|мінус|minus|мороз\w*|морозяка|холодин\w*|freezing|bajo\s+cero)|(минус|мінус|minus)\s+\d+|\d+\s+(below|bajo\s+cero)|"
            r"waiting\s+for\s+(the\s+|a\s+)?(\w+\s+)?(bus|tram|train)|"
            r"(пока|поки)\s+(\w+\s+)?(ждал\w*|чекал\w*)|(ждал\w*|чекал\w*|чека\w*|жду)\s+(автобус|маршрутк\w*|трамва\w*|тролейбус|троллейбус)|"
            r"esperando\s+(el|la|al)\s+(colectivo|bondi|bus|camion|micro|autobus|guagua|tren|metro))\b"
        ),
        (
            r"\b((від|вiд|от|из-за|через)\s+холод(у|а)|(з|із|из)\s+(моря|річки|реки|речки|озера|ставка|ставу|басейну|бассейна|води|воды)|(out\s+of|from)\s+the\s+(sea|lake|river|pool|water|loch)|(cold|icy|freezing)\s+(water|sea|lake|river|swim|dip|plunge|shower)|ice\s+(bath|plunge|hole)|ополонк\w*|ополонц\w*|прорубь|проруби|прорубі|lido|холодн\w*\s+(вод\w*|мор\w*|річк\w*|речк\w*|реке|озер\w*|душ\w*)|(вода|море|річка|речка|озеро)\s+(\w+\s+)?холодн\w*|(del|salir\s+del|salio\s+del|sali\s+del)\s+(mar|rio|lago|agua|alberca|piscina)|agua\s+(fria|helada)|so\s+cold|freezing|холодин\w*|холодрыг\w*|холодриг\w*|мороз\w*|замерз\w*|змерз\w*|que\s+frio|(del|de)\s+frio|"
            r"waiting\s+for\s+(the\s+|a\s+)?(\w+\s+)?(bus|tram|train)|esperando\s+(el|la|al)\s+(colectivo|bondi|bus|camion|micro|autobus|guagua))\b"
            r"(\s+\w+){0,6}?\s+(blue|blu|purple|посин\w*|син\w*|azul\w*|morad[oa]s?|фіолетов\w*|фиолетов\w*|violet\w*|lila)\b"
        ),
    ]
)
# going blue each time one swims (tune47, second batch: "my lips go blue every time i jump in the
# lido", "каждый раз синею когда купаюсь", "siempre se me ponen morados cuando nado")
_BLUE_EACH_SWIM = compile_any(
    [
        (
            r"\b(blue|purple|син\w*|посин\w*|azul\w*|morad[oa]s?|фіолетов\w*|фиолетов\w*)\b(\s+\w+){0,3}?\s+(every\s+time|whenever|each\s+time|каждый\s+раз|кожного\s+разу|щоразу|cada\s+vez|siempre\s+que)\b"
            r"(\s+\w+){0,6}?\s+(swim\w*|swam|dip\w*|jump\s+in|lido|pool|sea|lake|river|купа\w*|плава\w*|пірна\w*|ныря\w*|ополон\w*|прорубь|nado|nadar|me\s+meto\s+al\s+(agua|mar))\b"
        ),
    ]
)


# Almost fainted, told afterwards (tune28: "на сдаче крови чуть не упала в обморок, съела печеньку и
# норм", "nearly passed out at the blood test, fine now"): cut out only when no drug is named and the
# message says it ended fine.
_ALMOST_FAINTED = compile_any(
    [
        (
            r"\b(чуть|едва|почти|ледь|ледве|майже|мало)\s+(было\s+)?не\s+(упал\w*\s+в\s+обморок|грохнул\w*\s+в\s+обморок|потерял\w*\s+сознание|знепритомні\w*|"
            r"втрати\w*\s+свідомість|впа\w*\s+в\s+непритомність|отключил\w*|вырубил\w*|відключи\w*|вируби\w*)|"
            r"\b(nearly|almost)\s+(fainted|passed\s+out|blacked\s+out|keeled\s+over)\b"
        )
    ]
)


# Silence in a chat or a messenger (session 15, tune34): "someone is not responding on the group
# chat", "кент не отвечает в беседе с утра", "кум не відповідає в чаті", "no contesta en el grupo";
# cut out before looking for signs when no drug is taken ("took pills and isn't answering texts"
# keeps its words)
_CHAT_WORD = (
    r"(group\s*chat|groupchat|gc|chat|chats|discord|whatsapp|telegram|signal|snap(chat)?|insta(gram)?|dms?|texts?|messages?|"
    r"бесед\w*|чат\w*|переписк\w*|групп\w*|груп[іуи]|телег\w*|телеграм\w*|в[оа]тсап\w*|вайбер\w*|сообщени\w*|смс|повідомлен\w*|"
    r"grupo|wasap|guasap|whats|mensajes?|wpp)"
)
_SILENT = (
    r"((is|isn'?t|isnt|has|hasn'?t|hasnt|not|won'?t|wont|doesn'?t|doesnt|never|been)\s+){1,3}(answer\w*|respond\w*|repl\w*|read\w*|online|writ\w*|text\w*)|(gone|went|been)\s+(quiet|silent|dark|offline)|"
    r"не\s+(отвечает|ответил\w*|отвечал\w*|реагирует|пишет|писал\w*|читает|выходит\s+на\s+связь|відповідає|відповів|відповіла|реагує|пише|писав|писала|читає|виходить\s+на\s+зв'?язок)|молчит|мовчить|пропал\w*|зник\w*|"
    r"no\s+(contesta|responde|ha\s+contestado|ha\s+respondido|lee|escribe|aparece|se\s+conecta)"
)
_CHAT_SILENCE = compile_any(
    [
        r"\b(" + _SILENT + r")\s+(\w+\s+){0,3}" + _CHAT_WORD + r"\b",
        r"\b" + _CHAT_WORD + r"\s+(\w+\s+){0,3}(" + _SILENT + r")\b",
    ]
)


# Up to four words between a thing and its verb, none of them a person's pronoun (session 23)
_NO_PRONOUN_FILL = r"((?!(he|she|they|him|his|her|them|он|она|они|его|её|ее|него|нее|він|вона|вони|його|її|нього|неї|el|ella|ellos|ellas|lo|le)\s)\w+\s+){0,4}"

_MACHINE_WORD = (
    r"(server|servers|site|website|app|apps|page|computer|laptop|pc|phone|screen|keyboard|mouse|printer|router|modem|модем\w*|wifi|wi\s+fi|game|program|browser|bot|api|system|tv|remote|"
    r"сервер\w*|сайт\w*|приложени\w*|додаток|застосунок|программ\w*|програм\w*|комп\w*|ноут\w*|телефон\w*|экран|екран|мыш\w*|миш\w*|клав\w*|принтер\w*|роутер\w*|вайфай|бот|игр[аы]|гра|браузер\w*|телевизор\w*|телевізор\w*|пульт\w*|"
    r"servidor\w*|pagina|web|ordenador|compu|computadora|portatil|celu|celular|movil|pantalla|teclado|raton|impresora|juego|programa|navegador|tele|mando)"
)
_MACHINE_SILENCE = compile_any(
    [
        # a phone or a battery that died, a call or a network left (session 22, tune49: "телефон
        # відключився", "батарея села", "відключився від зуму, інтернет зник", "se desconectó de la
        # llamada"): a machine or a line, not a person
        r"\b(phone|battery|laptop|телефон\w*|батаре\w*|акум\w*|зарядк\w*|ноут\w*|celu|celular|movil|bateria|pila)\s+((?!(а|и|і|й|но|але|он|она|він|вона|and|but|he|she|y|pero|el|ella)\s)\w+\s+)?(died|dead|switched\s+off|turned\s+off|shut\s+down|went\s+off|відключи\w*|отключил\w*|выключил\w*|вимкну\w*|вырубил\w*|вирубив\w*|вирубил\w*|сел|села|сів|сіла|разрядил\w*|розрядив\w*|розрядил\w*|se\s+(apago|murio|descargo))\b",
        r"\b(відключи\w*|отключил\w*|вылетел\w*|вилетів|вилетіла|disconnected|dropped\s+off|se\s+desconecto|se\s+salio)\s+(від|от|из|з|із|from|of|de|del)\s+(\w+\s+)?(зум\w*|zoom|мереж\w*|сет[иь]|інтернет\w*|интернет\w*|вайфа\w*|wifi|wi\s+fi|дзвінк\w*|звонк\w*|созвон\w*|розмов\w*|разговор\w*|конференц\w*|чат\w*|сервер\w*|гр[иы]|игр\w*|стрим\w*|стрім\w*|трансляц\w*|лекц\w*|пар[иы]|call|meeting|stream|game|server|chat|llamada|reunion|videollamada|partida|juego|clase)\b",
        r"\b"
        + _MACHINE_WORD
        + r"\s+(\w+\s+){0,4}((ни|ні)\s+на\s+(что|що)\s+|to\s+anything\s+)?("
        + _SILENT
        + r"|(is\s+)?not\s+responding|unresponsive|frozen|froze|завис\w*|висит|не\s+реагу\w*|не\s+реагир\w*|no\s+funciona)\b",
        # session 23 (emerg, tune51's kind): a car that will not start, a phone that will not wake or
        # turn on, a lamp that does not answer its switch ("машина не заводится и не реагирует", "phone
        # wont turn on even on the charger", "світло не реагує на вимикач"). The words between never
        # hold a person's pronoun, and _cleaned cuts these only when no drug is named, so "his phone is
        # ringing, he wont wake" keeps its sign.
        r"\b(не\s+заводит\w*|не\s+заводить\w*|won'?t\s+start|wont\s+start|doesn'?t\s+start|doesnt\s+start|no\s+arranca|no\s+quiere\s+arrancar)\s+((и|і|й|and|y|ni)\s+)?("
        + _SILENT
        + r"|(is\s+)?not\s+responding|не\s+реагу\w*|не\s+реагир\w*|no\s+(reacciona|funciona|prende|enciende))\b",
        r"\b"
        + _MACHINE_WORD
        + r"\s+"
        + _NO_PRONOUN_FILL
        + r"((won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|not|can'?t|cant)\s+(wak\w*|turn\w*\s+on|switch\w*\s+on|start\w*|boot\w*|charg\w*)|"
        r"не\s+(включа\w*|вмика\w*|вмика\w*|заряжа\w*|заряджа\w*|просыпа\w*|прокида\w*|загружа\w*|завантажу\w*)|no\s+(prende|enciende|carga|arranca|despierta))\b",
        (
            r"\b(не\s+(реагу\w*|реагир\w*|отвеча\w*|відповіда\w*)\s+на\s+(вимикач\w*|выключател\w*|кнопк\w*|пульт\w*|зарядк\w*|клавиш\w*|клавіш\w*))\b"
            r"|\b((doesn'?t|doesnt|not|isn'?t|isnt|won'?t|wont)\s+(respond\w*|react\w*|work\w*)\s+to\s+(the\s+)?(switch|light\s+switch|button|remote|charger))\b"
            r"|\b(no\s+(responde|reacciona)\s+(al|a\s+la)\s+(interruptor|apagador|boton|mando|cargador|control))\b"
        ),
    ]
)

# A dead or flat thing that then "does not respond" or "won't wake" (session 23, emerg, tune51's kind:
# "car battery is dead and wont respond to anything", "se me murió la batería del coche y no
# responde", "phone is dead and wont wake up", "аккумулятор сел и не реагирует"). Cut before
# _HARMLESS takes the dead thing away and leaves its verb bare; only when no drug is named.
_DEAD_THING_SILENT = compile_any(
    [
        r"\b(battery|batteries|phone|laptop|charger|car|tablet|bateria|baterias|pila|coche|carro|auto|celular|celu|cel|movil|telefono|compu|tablet|"
        r"телефон\w*|мобил\w*|мобілк\w*|смартфон\w*|батаре\w*|акум\w*|аккум\w*|машин[аи]|тачк[аи]|ноут\w*|планшет\w*)\s+"
        r"(\w+\s+){0,3}(is\s+|was\s+|'?s\s+|went\s+|has\s+)?(dead|died|flat|gone\s+flat|se\s+murio|muert[oa]|descargad[oa]|se\s+descargo|сел|села|сів|сіла|разрядил\w*|розрядив\w*|розрядил\w*|сдох\w*|здох\w*|помер|умер)\s+"
        r"((and|и|і|й|y|e)\s+)?"
        + _NO_PRONOUN_FILL
        + r"("
        + _SILENT
        + r"|(is\s+)?not\s+responding|unresponsive|((won'?t|wont|doesn'?t|doesnt|isn'?t|isnt|not|can'?t|cant)\s+(wak\w*|turn\w*\s+on|switch\w*\s+on|start\w*|boot\w*|charg\w*))"
        r"|не\s+(реагу\w*|реагир\w*|включа\w*|вмика\w*|заряжа\w*|заряджа\w*|заводит\w*|заводить\w*)|no\s+(reacciona|funciona|arranca|prende|enciende|carga))\b",
        # the verb first: "se me murió la batería del coche y no responde", "сел аккумулятор и не реагирует"
        r"\b(se\s+(me\s+|le\s+|nos\s+)?(murio|descargo|acabo)|сел|села|сів|сіла|сдох\w*|здох\w*|разрядил\w*|розрядив\w*|розрядил\w*)\s+(la\s+|el\s+|mi\s+|мой\s+|моя\s+|мій\s+|моя\s+)?"
        r"(bateria|baterias|pila|celular|celu|cel|movil|telefono|compu|телефон\w*|мобил\w*|мобілк\w*|смартфон\w*|батаре\w*|акум\w*|аккум\w*|ноут\w*|планшет\w*)\s+"
        r"((del|de\s+la|de\s+mi|on|in|у|в|на)\s+\w+\s+)?((and|и|і|й|y|e)\s+)?"
        r"("
        + _SILENT
        + r"|не\s+(реагу\w*|реагир\w*|включа\w*|вмика\w*)|no\s+(reacciona|funciona|arranca|prende|enciende|carga))\b",
    ]
)


# A place or a whole team "out" when the power, the network or a server is down (blind18-tune,
# late round): "весь офис в отключке", "цілий район у відключці", "toda la oficina sin conexión",
# "the whole building is offline". A place is never the one on the floor.
_PLACE_WORD = (
    r"(office|building|block|floor|street|district|town|city|department|team|"
    r"офис\w*|отдел\w*|район\w*|дом|этаж\w*|подъезд\w*|город\w*|квартал\w*|поселок|посёлок|село|офіс\w*|відділ\w*|будинок|поверх\w*|під'?їзд\w*|місто|селище|"
    r"oficina|edificio|piso|calle|barrio|colonia|ciudad|pueblo|departamento|equipo)"
)
_PLACE_OUT = compile_any(
    [
        r"\b(весь|вся|всё|все|целый|целая|целое|весь\s+наш|увесь|уся|усе|цілий|ціла|whole|entire|all\s+the|todo\s+el|toda\s+la|todo\s+mi|toda\s+mi)\s+(\w+\s+)?"
        + _PLACE_WORD
        + r"\s+(is\s+|are\s+|esta\s+|sigue\s+|уже\s+|вже\s+|ещё\s+|еще\s+|досі\s+)?(в\s+отключке|в\s+отключ(ці|ке)|у\s+відключці|в\s+відключці|без\s+света|без\s+світла|без\s+связи|без\s+зв'?язку|offline|off\s+line|without\s+power|sin\s+luz|sin\s+conexion|sin\s+internet|desconectad[oa])\b",
    ]
)

# A thing that does not wake or react, said in the words of a person (session 18, tune41): "cant wake
# my laptop from sleep mode", "my plant isnt responding to water", "комп не просыпается", "la play se
# ha quedado pillada, no responde el mando", "el ordenador no reacciona", a blue screen ("экран
# посинел", "pantalla azul"). Only the thing and its verb side by side (a few filler words between,
# never a person's pronoun), so "we were on the play and he's not responding" keeps its sign.
_THING_WORD = (
    r"(plant|plants|laptop|computer|pc|console|playstation|ps4|ps5|xbox|controller|screen|monitor|tv|telly|phone|"
    r"комп|компьютер|ноут|ноутбук|экран|екран|монитор|телефон|телик|телек|плойка|плойку|приставка|консоль|джойстик|растение|цветок|цветы|рослина|квітка|квіти|"
    r"ordenador|compu|computadora|portatil|consola|play|mando|pantalla|movil|celular|tele|planta|plantas)"
)
_THING_FILLER = r"(\s+(is|the|my|el|la|mi|again|just|completely|totally|still|уже|вже|опять|снова|знову|знов|ya|todavia|aun|otra\s+vez|совсем|зовсім|намертво|вообще|взагалі|(on|in|at|by)\s+(my|the)\s+\w+)){0,2}"
_THING_STILL = (
    r"(((is|isn'?t|isnt|not|won'?t|wont|doesn'?t|doesnt|keeps)\s+){1,2}(respond\w*|wak\w*|react\w*|turn\w*\s+on)|froze|frozen|"
    r"не\s+(просыпа\w*|прокида\w*|реагу\w*|реаги\w*|включа\w*|вмика\w*|отвеча\w*|відповіда\w*)|"
    r"no\s+(reacciona|responde|enciende|despierta|arranca|prende)|se\s+(ha\s+)?(quedado|quedo)\s+pillad[oa]|(se\s+)?(colgo|ha\s+colgado|congelo|ha\s+congelado))"
)
_THING_STILL_RE = compile_any(
    [
        r"\b" + _THING_WORD + _THING_FILLER + r"\s+" + _THING_STILL + r"\b",
        r"\b(no\s+(reacciona|responde|enciende|despierta|arranca|prende)|не\s+(просыпа\w*|прокида\w*|реагу\w*|реаги\w*|включа\w*|вмика\w*))\s+(el\s+|la\s+|mi\s+|мой\s+|мій\s+)?"
        + _THING_WORD
        + r"\b",
        r"\b(can'?t|cant|cannot|won'?t|wont|couldn'?t|couldnt)\s+wake\s+(up\s+)?(my|the|this)\s+"
        + _THING_WORD
        + r"\b",
        # a plant's leaves gone grey, brown or stiff (session 23, emerg, tune51: "plant looks dead, leaves
        # turned grey and stiff", "листья серые и твёрдые", "hojas grises y tiesas")
        (
            r"\b(leaves|leaf|stems?|petals|листья|листочки|листя|листочки|стебл\w*|hojas|tallos?|petalos)\s+((turned|gone|went|are|look|looks|looking|got|getting|have\s+gone|стали|стало|стал|стають|становятся|стали|se\s+(pusieron|han\s+puesto|ven)|estan)\s+)?(all\s+|kind\s+of\s+|kinda\s+|совсем\s+|зовсім\s+|todas\s+)?(grey|gray|brown|yellow|black|blue|purple|stiff|dry|crispy|droopy|limp|серые|серыми|сірі|сіре|сірим|сухие|сухі|сухе|твердые|твёрдые|тверді|тверде|жовте|жёлтые|желтые|жовті|коричнев\w*|поникли|вялые|в'?ялі|grises|secas|tiesas|marrones|amarillas|mustias|negras)"
            r"(\s+(and|и|і|й|y)\s+(grey|gray|brown|yellow|black|stiff|dry|crispy|droopy|limp|серые|сірі|сіре|сухие|сухі|сухе|твердые|твёрдые|тверді|тверде|вялые|в'?ялі|grises|secas|tiesas|mustias))?\b"
        ),
        r"\b(blue\s+screen|screen\s+(went|turned|goes|is|has\s+gone)\s+blue|син(ий|ій)\s+(экран|екран)|(экран|екран)\s+(посинел|посинів|синий|синій)|pantalla\s+azul|pantallazo\s+azul)\b",
    ]
)


# Choking with heat or laughter, an idiom when no drug is named (blind14-tune, late round: "me ahogo
# de calor", "задыхаюсь от жары", "suffocating in this heat"); only the choking verb is cut, so the
# heat itself still counts ("me ahogo de calor después de la md, no puedo enfriarme" is the card)
_CHOKING_IDIOM = compile_any(
    [
        r"\b(me\s+|nos\s+|se\s+|te\s+)?(ahog\w*)(?=\s+de\s+(calor|risa)\b)|\b(задыха\w*|задиха\w*)(?=\s+(от|від)\s+(жар\w*|спек\w*|духот\w*|задух\w*|смех\w*|сміх\w*)\b)|\b(suffocat\w*|choking)(?=\s+(in|from|of|with)\s+(this\s+|the\s+)?(heat|laughter|laughing)\b)",
    ]
)


# A sign denied and played down (session 22, emerg, tune49's kind): "not unconscious, just really
# sleepy", "no fits or anything, only a bit shaky after the meph", "судорог не было, просто
# потряхивает", "не синя, просто бліда", "no se ha puesto morada ni nada, solo tiene frío". The
# denied sign (a fixed list of signs whose denial means nothing grave: unconscious, blue or grey, a
# fit, chest pain, passing out, vomiting, an overdose) is cut out, only when a "just / просто / solo"
# plays the state down after it; any other sign said beside it still counts ("not blue, just not
# breathing", "не синий, просто не дышит" keep the card). The words between the negation and the
# sign are a closed list, so "not breathing and blue" is never read as "not ... blue".
_DENY_FILL_EN = r"((really|at\s+all|even|any|turning|turned|gone|going|been|had|have|having|got|getting|get|a|an|the|his|her|my|in|his|was|is|looking|look|looks|seem|seems|actually|yet|fully|completely|totally|remotely|had\s+a|having\s+a|any\s+sign\s+of|sign\s+of)\s+){0,3}"
_DENY_FILL_RU = r"((было|был|была|были|стал|стала|стали|очень|совсем|сильно|прям|вообще|ни|разу|у\s+него|у\s+нее|у\s+меня|було|був|була|стала|став|дуже|зовсім|взагалі|жодного|разу|в\s+нього|в\s+неї|у\s+нього|у\s+неї|в\s+мене|у\s+мене)\s+){0,3}"
_DENY_FILL_ES = r"((esta|estaba|estuvo|se|ha|he|han|puesto|puso|tuve|tuvo|tiene|tenia|me|le|hay|hubo|nada\s+de|ningun|ninguna|para\s+nada|muy|tan|ni|un|una|siquiera)\s+){0,3}"
_DENIED_SIGN = compile_any(
    [
        r"\b(not|no|never|isn'?t|isnt|wasn'?t|wasnt|didn'?t|didnt|doesn'?t|doesnt|don'?t|dont|hasn'?t|hasnt|haven'?t|havent|aint|without|nor)\s+"
        + _DENY_FILL_EN
        + r"(unconscious|out\s+cold|knocked\s+out|blue|grey|gray|purple|seizures?|seizing|fits?|fitting|convuls\w*|chest\s+pains?|pains?\s+in\s+(my|his|her|the)\s+chest|pass(ed)?\s+out|passing\s+out|black(ed)?\s+out|throw(n)?\s+up|threw\s+up|throwing\s+up|vomit\w*|overdos\w*|od|od'?d|collaps\w*|faint\w*|foam\w*)\b",
        r"\b(не|ни|ні)\s+"
        + _DENY_FILL_RU
        + r"(без\s+сознани\w*|без\s+тями|без\s+свідомост\w*|син(ий|яя|ее|ие|ій|я|є|і)|посинел\w*|посині\w*|сер(ый|ая|ое|ые)|сір(ий|а|е|і)|в\s+отключке|у\s+відключці|отключал\w*|отключил\w*|вырубал\w*|вырубил\w*|відключав\w*|відключил\w*|вирубав\w*|вирубил\w*|терял\w*\s+сознани\w*|теряет\s+сознани\w*|втрача\w*\s+свідом\w*|рвало|рвет|блевал\w*|тошнит|нудить|нудило|давит|давило|тисне|тиснуло|болит|болело|болить|боліло|жжет|пече|передоз\w*|падал\w*\s+в\s+обморок|знепритомні\w*)(?=\s|$)",
        r"\b(сознани\w*|свідомість|свідомости|свідомості)\s+не\s+(терял\w*|теряет|втрачав\w*|втрача\w*)\b",
        r"\b((в\s+)?(груди|грудях|грудь)\s+)?(судорог\w*|припадк\w*|припадка|судом\w*|рвоты|блевоты|пены|боли(\s+в\s+груди)?|болю(\s+в\s+грудях)?|передоза|передозу)\s+(не\s+было|не\s+були|не\s+було|нет|нету|немає|нема|не\s+наблюдал\w*)\b",
        r"\b(no|ni|sin)\s+"
        + _DENY_FILL_ES
        + r"(inconscient\w*|azul\w*|morad\w*|gris\w*|convulsion\w*|convulsiona\w*|ataques?|desmay\w*|vomit\w*|sobredosis|espuma|aprieta\s+el\s+pecho|duele\s+el\s+pecho|dolor\s+(de|en\s+el)\s+pecho|dolor)\b",
    ]
)
_PLAYED_DOWN = re.compile(
    r"\b(just|only|simply|merely|просто|лишь|только|лише|тільки|solo|solamente|simplemente|nomas|nada\s+mas|unicamente)\b"
)


# Silence put down to no signal or a flat battery, with no drug named (session 22, tune49: "se fue
# a la playa, no contesta porque no hay cobertura", "не отвечает, на даче связи нет", "not
# answering, no signal up there"): a phone out of reach, not someone on the floor
_NO_SIGNAL = compile_any(
    [
        r"\b(no\s+hay|sin|no\s+tiene|se\s+quedo\s+sin|no\s+agarra|no\s+le\s+llega\s+la)\s+(cobertura|senal|bateria|datos|internet|wifi|red|saldo|pila)\b",
        r"\bno\s+(signal|reception|coverage|service|wifi|internet|battery)\b|\b(phone|battery)\s+(is\s+|was\s+|must\s+be\s+)?(dead|died|flat)\b",
        r"\bсвязи\s+(там\s+)?(нет|нету)\b|\bнет\s+связи\b|\bбез\s+связи\b|\bсвязь\s+(там\s+)?(плох\w*|не\s+ловит)|\bне\s+ловит\b",
        r"\bзв'?язку\s+(там\s+)?(нема\w*)\b|\bнема\w*\s+зв'?язку\b|\bбез\s+зв'?язку\b|\bзв'?язок\s+(там\s+)?(поган\w*|не\s+ловить)|\bне\s+ловить\b",
        r"\b(сел|села|сів|сіла|разрядил\w*|розрядив\w*)\s+(\w+\s+)?(телефон\w*|батаре\w*|зарядк\w*)\b",
        # session 23 (emerg, tune51): a hearing aid gone flat or headphones on ("не отвечает, потому что
        # слуховой аппарат разрядился", "not answering, she has her headphones in", "no contesta, se le
        # acabó la pila del audífono")
        r"\b(hearing\s+aids?|слухов\w*\s+аппарат\w*|слухов\w*\s+апарат\w*|audifonos?|headphones|earphones|earbuds|наушник\w*|навушник\w*|cascos)\b",
    ]
)
_PHONE_SILENT = compile_any(
    [
        r"\bno\s+(contesta|responde|coge|agarra|ha\s+contestado)\b|\b(not|isn'?t|isnt|hasn'?t|hasnt)\s+(been\s+)?(answering|responding|picking\s+up|replying)\b",
        r"\bне\s+(отвечает|отвечал\w*|берет\s+трубку|бере\s+трубку|відповідає|відповідав\w*|відповів|відповіла)\b",
    ]
)
# Waking late, not not waking (session 22, tune49: "no se despierta temprano como antes", "не
# просыпается рано, спит до обеда", "doesn't wake up early any more")
_WAKES_LATE = compile_any(
    [
        r"\b(no\s+se\s+despierta|no\s+despierta|не\s+просыпается|не\s+прокидається|doesn'?t\s+wake|doesnt\s+wake|won'?t\s+wake|wont\s+wake)\s+(up\s+)?(tan\s+|так\s+)?(temprano|рано|early|on\s+time|вовремя|вчасно|a\s+tiempo|a\s+su\s+hora|a\s+las\s+\d+|at\s+\d+|в\s+\d+|о\s+\d+|by\s+\d+)\b(?!\s+(утром|утра|вранці|зранку|in\s+the\s+morning|por\s+la\s+manana))",
    ]
)


def _denied_signs_cut(folded: str) -> str:
    """``folded`` with the signs denied before a "just / просто / solo" cut out (``_DENIED_SIGN``)."""
    last = None
    for match in _PLAYED_DOWN.finditer(folded):
        last = match
    if last is None or _DENIED_SIGN.search(folded) is None:
        return folded
    head, tail = folded[: last.start()], folded[last.start() :]
    return _DENIED_SIGN.sub(" ", head) + tail


def _cleaned(folded: str) -> str:
    """The message with harmless uses of the words cut out, and everyday loud snoring or blue from the
    cold outside when no drug is named."""
    denied = _denied_signs_cut(folded)
    if not _used(denied):
        denied = _DEAD_THING_SILENT.sub(" ", denied)  # "battery is dead and wont respond"
    cleaned = _WAKES_LATE.sub(" ", _HARMLESS.sub(" ", denied))
    if _used(cleaned):
        return cleaned
    cleaned = _BLUE_EACH_SWIM.sub(" ", _COLD_OUTSIDE.sub(" ", _EVERYDAY_SNORE.sub(" ", cleaned)))
    if not (_NAMED_DRUG.search(cleaned) or _DEPRESSANT.search(cleaned)):
        cleaned = _CHOKING_IDIOM.sub(" ", cleaned)  # "me ahogo de calor, 44 grados" (blind14-tune)
    # "not answering in the group chat", "не отвечает в беседе", "no contesta en el grupo": silence
    # in a chat, with no drug taken, is nobody on the floor
    cleaned = _CHAT_SILENCE.sub(" ", cleaned)
    if _NO_SIGNAL.search(cleaned) and not _NAMED_DRUG.search(cleaned):
        cleaned = _PHONE_SILENT.sub(" ", cleaned)  # "no contesta porque no hay cobertura"
    # "the server is down and not responding", "комп завис и не реагирует", "la app no responde"
    cleaned = _MACHINE_SILENCE.sub(" ", cleaned)
    cleaned = _PLACE_OUT.sub(" ", cleaned)  # "весь офис в отключке": a place offline, not a person
    cleaned = _THING_STILL_RE.sub(" ", cleaned)  # "cant wake my laptop", "la play se quedó pillada"
    # "после крэка чуть не отключился" is still the card; "чуть не упала в обморок ... и норм" ends fine
    if _NAMED_DRUG.search(cleaned) or not _FINE.search(cleaned):
        return cleaned
    return _ALMOST_FAINTED.sub(" ", cleaned)


# A child's or a partner's ordinary nap told fondly, or a meal slept through (session 14, tune32:
# "fell asleep in the car seat and won't wake up for lunch, so cute", "малой уснул в машине и не
# просыпается к обеду, такой милый", "no se despierta para comer, qué mono")
_NAP = compile_any(
    [
        r"\b(fell\s+asleep|asleep|napping|nap|sleeping|уснул\w*|заснул\w*|засну(в|ла)|спит|спить|дрыхнет|se\s+(durmio|quedo\s+dormid[oa])|dormid[oa]|durmiendo|siesta)\b",
    ]
)
_FOND_OR_MEAL = compile_any(
    [
        r"\b(so\s+cute|cute|adorable|aww+|bless\s+(him|her)|такой\s+милый|такая\s+милая|милот\w*|милаш\w*|такий\s+милий|така\s+мила|que\s+(mono|mona|tierno|tierna|lindo|linda|rico|rica|ternura))\b",
        # session 16 (tune37): sleeping sweetly or soundly now ("спит сладко", "солодко спить",
        # "sleeping peacefully", "duerme tranquilo")
        r"\b(спит|спить|сопит|сопе|sleeping|sleeps|duerme|durmiendo)\s+(\w+\s+)?(сладко|солодко|спокойно|мирно|тихо|peacefully|soundly|like\s+a\s+baby|like\s+an\s+angel|tranquil[oa]|placidamente|como\s+un\s+angel(ito)?)\b|\b(сладко|солодко|мирно|peacefully|soundly)\s+(спит|спить|сопит|sleeping|asleep)\b",
        # session 15 (tune34): slept on while carried in ("didn't wake even when we carried him in",
        # "не проснулся даже когда несли домой", "ni cuando lo subimos a casa"); out after a feast
        # ("вырубился на диване после оливье", "passed out on the couch after thanksgiving dinner")
        r"\b(even\s+when|even\s+as|даже\s+когда|навіть\s+коли|ni\s+(siquiera\s+)?cuando)\s+(\w+\s+){0,2}(carried|moved|picked|put|lifted|took|несли|нес|несла|перенес\w*|перекладывал\w*|переложил\w*|раздевал\w*|переодевал\w*|понесли|заносили|занесли|переносили|перенесли|перекладали|переклали|роздягали|subimos|subi|cargamos|cargue|llevamos|lleve|pasamos|acostamos|cambiamos)\b",
        r"\b(after|после|після|despues\s+de(l|\s+la)?|tras)\s+(\w+\s+){0,2}(thanksgiving|christmas|xmas|holiday\s+dinner|sunday\s+(dinner|lunch|roast)|big\s+(meal|dinner|lunch)|the\s+feast|turkey|оливье|олів'?є|застол\w*|застіл\w*|праздничн\w*\s+(ужин\w*|обед\w*|стол\w*)|святков\w*\s+(вечер\w*|обід\w*|стол\w*)|шашлык\w*|шашлик\w*|плова|плову|бешбармак\w*|пельмен\w*|вареник\w*|cena\s+de\s+(navidad|nochebuena|fin\s+de\s+ano)|nochebuena|navidad|comilona|asado|paella)\b",
        r"\b(won'?t|wont|doesn'?t|doesnt|not)\s+wake\s+(up\s+)?for\s+(lunch|dinner|breakfast|tea|his\s+feed|her\s+feed)\b|\bне\s+просыпается\s+к\s+(обеду|ужину|завтраку)\b|\bне\s+прокидається\s+(до|на)\s+(обіду|вечері|сніданку|обід|вечерю|сніданок)\b|\bno\s+se\s+despierta\s+para\s+(comer|cenar|desayunar|la\s+comida|merendar)\b",
    ]
)

# Out cold after a long shift (session 14 probes: "she's out cold on the sofa after a 12 hour shift",
# "вырубился после смены", "rendido después del turno")
_OUT_COLD = compile_any(
    [
        # session 16 (tune37): tired enough to ("i could pass out on the bus", "готов вырубиться")
        r"\bcould\s+(just\s+|literally\s+)?(pass\s+out|sleep|collapse|drop)\b|\b(готов|готова|готовий)\s+(\w+\s+)?(вырубиться|уснуть|заснуть|вирубитись|заснути|вирубитися)\b|\bme\s+podria\s+(dormir|desmayar|quedar\s+dormid[oa])\b",
        r"\b(out\s+cold|crashed\s+out|conked\s+out|passed\s+out|dead\s+to\s+the\s+world|вырубил\w*|отрубил\w*|вирубив\w*|вирубил\w*|відрубав\w*|frit[oa]|rendid[oa]|muert[oa]\s+de\s+sueno)\b",
    ]
)
_AFTER_WORK = compile_any(
    [
        # session 16 (tune37): after work or school, so tired ("so sleepy after work", "так втомився")
        r"\bafter\s+(work|school|class|uni|the\s+gym|practice)\b|\b(so|really|super|very)\s+(tired|sleepy|exhausted|knackered)\b|\b(так|настолько|настільки)\s+(устал\w*|втомив\w*|втомил\w*|вымотал\w*|вимотав\w*)\b|\b(tan|muy|re)\s+(cansad[oa]|agotad[oa])\b",
        r"\bafter\s+(a|her|his|my|the|their)\s+(\w+\s+){0,2}(shift|shifts|workday|double)\b|\b(после|після)\s+(\w+\s+)?(смены|работы|суток|зміни|роботи|доби)\b|\bdespues\s+(del?|de\s+la)\s+(\w+\s+)?(turno|curro|trabajo|jornada|guardia)\b",
    ]
)


# What makes a nap told fondly or a feast slept off the card after all (session 15): a colour, the
# breath, a limp body, a fit, vomit or cold skin ("didn't wake even when I carried him, lips blue")
_SLEEP_GONE_WRONG = compile_any(
    [
        r"\b(lips|face|skin|blue|purple|grey|gray|floppy|limp|breath\w*|gurgl\w*|rattl\w*|pulse|seiz\w*|convuls\w*|vomit\w*|throw\w*\s+up|cold\s+to|clammy)\b",
        r"\b(губ\w*|син(ий|яя|ій|я|ие|і|ие|еют|іють)|посин\w*|сер(ый|ая|ые)|вял\w*|мляв\w*|дыш\w*|дыхан\w*|диха\w*|дихан\w*|хрип\w*|пульс\w*|судорог\w*|судом\w*|рвет|рвёт|рве|блю\w*|стош\w*|холодн\w*|ледян\w*|крижан\w*)\b",
        r"\b(labios|morad[oa]s?|azul\w*|gris\w*|floj[oa]|flojit[oa]|respir\w*|pulso|convuls\w*|vomit\w*|fri[oa]|helad[oa])\b",
    ]
)


# A deep sleeper that a household noise does not wake (session 19, tune43): "no se despierta ni con
# la aspiradora", "doesn't wake up even with the alarm", "не просыпается даже от пылесоса", "не
# прокидається навіть від грому": a way of sleeping, not someone out (the breath, a colour or a drug
# beside it still count).
_NOISE_SLEEPER = compile_any(
    [
        r"\b(doesn'?t|doesnt|does\s+not|won'?t|wont|never|didn'?t|didnt)\s+(even\s+)?wake\s+(up\s+)?(even\s+)?(with|to|for|through|when)\s+(the\s+|a\s+|my\s+|his\s+|her\s+)?(\w+\s+)?(hoover\w*|vacuum\w*|alarms?|thunder\w*|fireworks|drill\w*|dog\s+barking|barking|doorbell|storm|hair\s*dryer|blender|lawn\s*mower)\b",
        r"\b(не\s+(просыпается|проснется|проснулся|проснулась|прокидається|прокинеться|прокинувся|прокинулась))\s+(даже|навіть|ни|ні)\s+(от|від|при|під|на)\s+(\w+\s+)?(пылесос\w*|будильник\w*|гром\w*|гроз\w*|салют\w*|дрел\w*|перфоратор\w*|пилосос\w*|грім|грому|дрил\w*)\b",
        r"\bno\s+se\s+(despierta|despertaba|desperto|levanta)\s+ni\s+(con|por)\s+(el\s+|la\s+|los\s+|las\s+)?(\w+\s+)?(aspiradora|despertador\w*|alarma\w*|truenos?|tormenta|cohetes|petardos|taladro|timbre|secador|licuadora|podadora)\b",
        # session 20 (tune45): the noise said as the one that did not wake ("даже пылесос не разбудил",
        # "навіть грім її не розбудив", "even the alarm didn't wake him", "ni la aspiradora lo despertó")
        r"\b(даже|навіть|навить|even|ni|ni\s+siquiera)\s+(the\s+|a\s+|my\s+|el\s+|la\s+|los\s+|las\s+)?(\w+\s+)?(hoover\w*|vacuum\w*|alarms?|thunder\w*|fireworks|drill\w*|barking|doorbell|storm|пылесос\w*|будильник\w*|гром\w*|гроз\w*|салют\w*|дрел\w*|перфоратор\w*|пилосос\w*|грім|дзвінок|звонок|aspiradora|despertador\w*|alarma\w*|truenos?|tormenta|cohetes|petardos|taladro|timbre)\s+(\w+\s+)?(не\s+(разбудил\w*|разбудит|розбудив|розбудила|розбудить|добудил\w*)|(didn'?t|didnt|doesn'?t|doesnt|couldn'?t|couldnt|won'?t|wont)\s+wake|(lo|la|le|los|las)\s+(desperto|despierta|despertaba))\b",
    ]
)


# -- session 24 (emerg, tune53's look-alikes) ----------------------------------------------------------
# A child or a teenager woken for school, work or the kindergarten who "won't react" (pulls the
# blanket over, grumbles): "my 9 year old won't respond when i wake him for school", "сына не добудишься
# в школу", "не реагує коли буджу в садочок", "no reacciona cuando lo levanto para el cole". No drug, no
# breath, colour, limpness, fit or vomit told (those are ``_SLEEP_GONE_WRONG``): a morning, not the card.
_WAKE_FOR_SCHOOL = compile_any(
    [
        r"\b(wak\w*|get|getting|rous\w*|drag\w*)\s+(\w+\s+){0,3}(up\s+)?(for|to)\s+(school|kindergarten|nursery|daycare|class|college|uni|work|the\s+bus)\b",
        r"\b(бужу|будим|будила|будил|будить|разбудить|добудиться|добудишься|поднимаю|поднять|буджу|будимо|будила|будив|будити|розбудити|добудитися|підіймаю|піднімаю|підняти)\s+(\w+\s+){0,3}(в|во|к|на|до)\s+(школу|школи|садик\w*|садочок|садочка|сад|колледж|коледж|универ|універ|пары|пари|работу|роботу|автобус)\b",
        r"\b(despert\w*|despiert\w*|levant\w*)\s+(\w+\s+){0,3}(para|a)\s+(ir\s+a\s+)?(la\s+|el\s+)?(escuela|cole|colegio|kinder|guarderia|prepa|secu|secundaria|instituto|insti|uni|trabajo|chamba|clase|clases)\b",
    ]
)
# Did not hear because of headphones, earbuds, gaming or a hearing aid (flat or out): "wont answer
# when i knock, hes gaming with headphones on", "бабушка не отвечала, слуховой аппарат сел", "no
# contesta, trae los audífonos puestos"
_DID_NOT_HEAR = compile_any(
    [
        r"\b(headphones?|headset|earbuds?|earphones?|airpods|hearing\s+aids?|наушник\w*|навушник\w*|слухов\w*\s+аппарат\w*|слухов\w*\s+апарат\w*|аудифон\w*|audifonos?|auriculares|cascos|aparato\s+(para\s+(oir|la\s+sordera)|auditivo))\b",
    ]
)
# ...unless it ended otherwise: the person then found grey and still, breathing badly or cold
_SCHOOL_OR_DEAF_FINE = compile_any(
    [
        r"\b(fine|ok|okay|all\s+good|turned\s+out|it\s+was|нормально|норм|все\s+хорошо|все\s+добре|оказалось|виявилось|bien|resulto|era\s+que|ya\s+esta\s+bien)\b",
    ]
)


def _school_or_did_not_hear(folded: str) -> bool:
    """Woken for school and not reacting, or not answering with headphones or a hearing aid (session
    24), with no sign of an overdose told beside it (a grey face counts only when it ended fine), no
    drug named or taken, and nothing urgent but "what do I do" (a parent's question)."""
    if (
        _NAMED_DRUG.search(folded)
        or _DEPRESSANT.search(folded)
        or _USED_NOW.search(folded)
        or _URGENT.search(_WHAT_TO_DO.sub(" ", folded))
    ):
        return False
    if _WAKE_FOR_SCHOOL.search(folded):
        return _SLEEP_GONE_WRONG.search(folded) is None
    if _DID_NOT_HEAR.search(folded):
        return _SLEEP_GONE_WRONG.search(folded) is None or (
            _SCHOOL_OR_DEAF_FINE.search(folded) is not None
            and _LIFE_GONE.search(_NOT_ANSWER_ONLY.sub(" ", folded)) is None
        )
    return False


# "не отвечала", "didn't answer": the very silence the hearing aid explains, not a breath gone
_NOT_ANSWER_ONLY = compile_any(
    [
        r"\b(не\s+(отвечал\w*|отвечает|відповідал\w*|відповідає|реагировал\w*|реагує|реагувал\w*|реагирует)|no\s+(respond\w*|contest\w*|reaccion\w*)|(not|didn'?t|didnt|wasn'?t|wasnt)\s+(respond\w*|answer\w*))\b",
    ]
)


def _asleep_or_on_a_screen(folded: str) -> bool:
    """Slept like a log, said by the sleeper; a player who collapsed at a match, nobody of one's own:
    with no drug named and nothing urgent."""
    return bool(
        (
            (
                _SLEPT_LIKE_A_LOG.search(folded)
                and not _THIRD_PERSON.search(folded)
                and not _HUMAN.search(folded)
            )
            or (
                (_NAP.search(folded) or _OUT_COLD.search(folded))
                and (_FOND_OR_MEAL.search(folded) or _AFTER_WORK.search(folded))
                and not _LIFE_GONE.search(folded)
                and not _SLEEP_GONE_WRONG.search(folded)
            )
            or (
                # "el bebé duerme como un tronco, no se despierta ni con la aspiradora" (tune43)
                _NOISE_SLEEPER.search(folded)
                and not _LIFE_GONE.search(folded)
                and not _SLEEP_GONE_WRONG.search(folded)
            )
            or (
                _PLAYER.search(folded)
                and _MATCH.search(folded)
                and not _OWN.search(folded)
                # "a player collapsed on the pitch in front of us and he's not breathing": the card
                and not _LIFE_GONE.search(folded)
            )
        )
        and not _URGENT.search(_RIGHT_IN.sub(" ", folded))
        and not _NAMED_DRUG.search(folded)
        and not _DEPRESSANT.search(folded)
        and not _USED_NOW.search(folded)
    )


# "прямо в маршрутці", "прямо на диване": where, not when (session 16, tune37)
_RIGHT_IN = re.compile(r"\bпрямо\s+(?=(в|у|на|посреди|посеред|за|под|під|возле|біля)\s)")


# Not breathing, said of someone now; and said of "someone who", asked in general
_NOT_BREATHING = compile_any(
    [
        r"\b(no\s+respira|ya\s+no\s+respira|не\s+дышит|не\s+дихає|(is\s*n'?t|isnt|is\s+not|not|stopped|has\s+stopped)\s+breathing|(перестал|перестала|перестав|перестала)\s+(дышать|дихати)|dejo\s+de\s+respirar)\b"
    ]
)
_NOT_BREATHING_WHO = compile_any(
    [
        r"\b(que|who|that|who'?s|whos|который|которая|которые|кто|який|яка|які|хто|when|cuando|когда|коли)\s+(\w+\s+)?(no\s+respira|не\s+дышит|не\s+дихає|is\s*n'?t\s+breathing|isnt\s+breathing|is\s+not\s+breathing|not\s+breathing|stopped\s+breathing|stops\s+breathing|перестал\w*|перестав\w*|deja\s+de\s+respirar|dejo\s+de\s+respirar)"
    ]
)


def _how_to_while_not_breathing(folded: str) -> bool:
    return bool(
        _NOT_BREATHING.search(folded)
        and not _NOT_BREATHING_WHO.search(folded)
        and not _IF_ASKED.search(folded)
        and not _GENERIC_PERSON.search(folded)
    )


# "She always does this", "он всегда так", "siempre hace igual" (session 13, tune30): a habit of the
# person told, with no drug named and nothing urgent, not an emergency now.
_ALWAYS_SO = compile_any(
    [
        r"\b(he|she|they|it|he'?s|she'?s|hes|shes)\s+(always|usually|often)\s+(does|do|is|are|gets|like)\s+(this|that|like\s+this|like\s+that)\b|\balways\s+like\s+(this|that)\b|\bdoes\s+(this|that)\s+(all\s+the\s+time|every\s+(time|day|night))\b",
        r"\b(всегда|завжди|постоянно|постійно|обычно|зазвичай|вечно|вічно)\s+так\b|\bтак\s+(всегда|завжди)\b|\b(как|як)\s+(всегда|завжди)\b",
        # a heavy sleeper, every morning (session 13 probes: "can't wake him in the mornings, he's a
        # heavy sleeper", "его по утрам не добудишься", "tiene el sueño pesado")
        r"\b(heavy|deep)\s+sleeper\b|\b(in\s+the|every)\s+mornings?\b|\bпо\s+утрам\b|\bкаждое\s+утро\b|\bщоранку\b|\bкожного\s+ранку\b|\bвранці\s+завжди\b|\b(крепко|міцно)\s+спить?\b|\b(sueno|dormir)\s+(muy\s+)?pesado\b|\b(todas\s+las|por\s+las)\s+mananas\b",
        # sleeping in (session 13 probes: "не просыпается до обеда по выходным", "sleeps till noon on weekends")
        r"\bпо\s+(выходным|утрам)\b|\bна\s+вихідних\b|\bon\s+(the\s+)?weekends\b|\b(los\s+)?(fines\s+de\s+semana|findes)\b|\b(до|till|until|hasta)\s+(обеда|обіду|полудня|noon|lunch|midday|el\s+mediodia|medio\s+dia)\b",
        # reassured by a doctor (session 13 probes: "floppy after her jabs, the doctor said it's normal")
        r"\b(doctor|gp|nurse|paediatrician|pediatrician)\s+(said|says|told\s+us)\s+(that\s+)?(it'?s\s+|its\s+|this\s+is\s+)?(normal|fine|expected)\b|\b(врач|доктор|педиатр|лікар|педіатр)\w*\s+(сказал\w*|сказав|сказала|говорит|каже)\s+(что\s+|що\s+)?(это\s+|це\s+)?(нормально|норма)\b|\b(el|la)\s+(medic[oa]|doctora?|pediatra)\s+(dijo|dice)\s+que\s+(es\s+)?normal\b",
        r"\bsiempre\s+(hace|esta|es|se\s+pone|le\s+pasa)\s+(igual|asi|lo\s+mismo|eso|esto)\b|\b(como|igual\s+que)\s+siempre\b|\bsiempre\s+(es|hace)\s+igual\b",
    ]
)


# Asleep with nothing taken (session 13 probes: "breathing slowly in his sleep, didn't take
# anything", "спит, ничего не принимал"): sleep, unless something is urgent
_NOTHING_TAKEN = compile_any(
    [
        r"\b(didn'?t|didnt|did\s+not|hasn'?t|hasnt|has\s+not|hadn'?t)\s+(take|taken|use|used|have|had|drink|drunk|drank|do|done)\s+(anything|any\s+drugs|drugs|nothing)\b|\bnothing\s+taken\b|\b(ничего|нічого)\s+не\s+(принимал\w*|приймав\w*|приймала|употреблял\w*|вживав\w*|вживала|пил|пила|пив)\b|\bno\s+(tomo|ha\s+tomado|consumio|se\s+metio|bebio)\s+nada\b",
    ]
)
_ASLEEP = compile_any(
    [
        r"\b(asleep|sleeping|in\s+(his|her|their)\s+sleep|normal\s+sleep|спит|сплю|во\s+сне|спить|уві\s+сні|у\s+сні|dormid[oa]|durmiendo)\b"
    ]
)


def _a_habit_of_theirs(folded: str) -> bool:
    return bool(
        (
            _ALWAYS_SO.search(folded)
            or (_NOTHING_TAKEN.search(folded) and _ASLEEP.search(folded))
            # breathing slowed on purpose: "during meditation i breathe 4 times a minute"
            or _NOT_A_SLEEPER_NOW.search(folded)
        )
        and not _URGENT.search(folded)
        # "he's a heavy sleeper but he isn't breathing" is the card
        and not _LIFE_GONE.search(folded)
        and not _NAMED_DRUG.search(folded)
        and not _DEPRESSANT.search(folded)
        and not _USED_NOW.search(folded)
    )


def _small_one_poisoned(folded: str) -> bool:
    """A small child or a pet that ate or drank a drug, pills or edibles and shows it now (session
    13, tune30: "the dog ate my weed gummies and can't stand up", "малая съела таблетки, вялая"):
    not long past, not asked in general, not "and he's fine"."""
    return bool(
        (_CHILD.search(folded) or _PET.search(folded))
        and _GOT_INTO.search(folded)
        and _SMALL_ONE_POISON.search(folded)
        and _SMALL_ONE_SIGN.search(folded)
        and not _PAST.search(folded)
        # "no se puede levantar" is a sign, not the general "se puede ...?"
        and not _GENERAL.search(_SMALL_ONE_SIGN.sub(" ", folded))
        and not _ASK_IF.search(folded)
        and not _FINE.search(folded)
        and not _AS_USUAL.search(folded)
    )


# -- session 14 (tune32, issue #9) ----------------------------------------------------------------
# A household poison swallowed now (antifreeze, bleach, a drain cleaner, a dishwasher or laundry pod,
# methanol, acetic essence, rat poison): the poison itself is the emergency, whoever swallowed it
# ("my roommate drank antifreeze thinking it was booze", "малая глотнула средство для труб", "la nena
# se bebió desatascador"); not told afterwards and not asked about in general ("what if a kid drinks
# bleach"). Poison centres treat any swallowed caustic as urgent (unchecked here: the bot's
# emergency card sends to the emergency number, which is right for it whatever the amount).
_SWALLOW_WORD = r"\b(drank|drink|drinks|drinking|swallow\w*|ate|eaten|bit\s+into|sipped|gulped|got\s+into|выпил\w*|выпила|пил|пила|отпил\w*|глотнул\w*|хлебнул\w*|проглотил\w*|съел\w*|наглотал\w*|випи(в|ла|ли)|відпи(в|ла|ли)|ковтну\w*|проковтну\w*|з'?ї(в|ла)|se\s+(bebio|trago|tomo|comio)|bebio|trago|tomo|comio|mordio|me\s+(tome|bebi|trague|comi)|tome|bebi|trague|comi|(se\s+|me\s+)?(ha|han|he)\s+(bebido|tomado|tragado|comido)|took\s+a\s+(sip|swig|gulp|mouthful)\s+of)\b"
_POISON_WORD = (
    r"\b(antifreeze|anti\s+freeze|bleach|drain\s+(cleaner|unblocker|opener)|oven\s+cleaner|caustic\s+soda|lye|dishwasher\s+(pod|tablet|capsule)s?|laundry\s+(pod|capsule|detergent)s?|tide\s+pods?|detergent\s+pods?|methanol|windscreen\s+wash|screenwash|(windshield|windscreen)\s+(washer\s+|wiper\s+)?fluid|washer\s+fluid|((button|coin|lithium|watch)\s+(cell\s+)?)?batter(y|ies)|weed\s?killer|rat\s+poison|paraquat|lamp\s+oil|white\s+spirit|"
    r"антифриз\w*|тосол\w*|незамерзайк\w*|белизн\w*|отбеливател\w*|средств\w*\s+для\s+(труб|прочистки|унитаз\w*|посудомо\w*|стирки)|крот\w*\s+для\s+труб|капсул\w*\s+для\s+(стирк\w*|посудомо\w*)|метанол\w*|уксусн\w*\s+эссенц\w*|(?<!яблочного\s)(?<!яблочный\s)уксус\w*|омывайк\w*|стеклоомыва\w*|батарейк\w*|крысин\w*\s+яд\w*|растворител\w*|"
    r"засоб\w*\s+для\s+(труб|прочищення|унітаз\w*|посудомий\w*|прання)|засіб\s+для\s+(труб|прочищення|унітаз\w*|посудомий\w*|прання)|капсул\w*\s+для\s+(прання|посудомий\w*)|оцтов\w*\s+есенц\w*|оцет|оцту|омивач\w*|склоомива\w*|батарейк\w*|щурячої?\s+отрут\w*|розчинник\w*|"
    r"anticongelante|lejia|lavandina|agua\s+jane|limpiaparabrisas|(pila|pilas|bateria|baterias)\s+de\s+(boton|reloj)|cloro|desatascador\w*|desatascante|destapacanos|sosa\s+caustica|salfuman|aguarras|metanol|matarratas|veneno\s+para\s+ratas|capsulas?\s+de\s+(detergente|lavavajillas|lavadora)|pastillas?\s+de\s+(lavavajillas|cloro))\b"
)
# the verb a few words before the poison, none of them a cleaning verb ("we drank and cleaned the
# bathroom with bleach" is no poisoning)
_BETWEEN = r"(\s+(?!(cleaned|cleaning|clean|washed|washing|wash|wiped|мыл\w*|помыл\w*|вымыл\w*|стирал\w*|мила|помила|мив|помив|прала|прав|limpi\w*|lave|lavo|lavamos|fregu?\w*)\b)\w+){0,3}\s+"
_HOUSEHOLD_POISON = compile_any(
    [
        # "білизна" is a bleach and linen: only right after a swallowing verb
        r"\b(випи(в|ла|ли)|ковтну(в|ла|ли)|відпи(в|ла|ли)|наковта(вся|лася|лись))\s+(\w+\s+)?білизн\w*",
        _SWALLOW_WORD + _BETWEEN + _POISON_WORD,
    ]
)


def _household_poison(folded: str, past: bool, general: bool) -> bool:
    return bool(
        not past
        and not general
        and _HOUSEHOLD_POISON.search(folded)
        and not _HYPOTHETICAL.match(folded)
    )


# The throat closing or the face or tongue swelling after something taken (a pill, a drink, a
# sting): anaphylaxis ("горло сжимается и лицо опухло после колёс", "se me cierra la garganta",
# "my throat is closing up after that pill").
_THROAT_CLOSING = compile_any(
    [
        r"\b(throat|airway)\s+(is\s+|feels\s+(like\s+it'?s\s+)?)?(closing|swelling|tightening)\b|\b(tongue|lips|face)\s+(is\s+|are\s+)?(swelling|swelled|swollen|blowing\s+up|puffing\s+up)\b|\bcan'?t\s+swallow\b",
        r"\bгорло\s+(\w+\s+)?(сжимает\w*|сжимаетс\w*|сдавил\w*|перехватил\w*|отека\w*|отекл\w*|закрыва\w*|стиска\w*|стискає\w*|набряка\w*|набрякл\w*|закрива\w*|перехопил\w*)\b|\b(отек|отёк|набряк)\s+(горла|гортані|гортани)\b|\b(лицо|язык|губы|обличчя|язик|губи)\s+(\w+\s+)?(опух\w*|распух\w*|отекл\w*|отека\w*|набряк\w*|напух\w*)\b|\b(опух\w*|распух\w*|отекл\w*|набряк\w*|напух\w*)\s+(\w+\s+)?(лицо|язык|губы|обличчя|язик|губи)\b",
        r"\bse\s+(me|le)\s+(cierra|esta\s+cerrando)\s+la\s+garganta\b|\bse\s+(me|le)\s+(hincha|esta\s+hinchando|inflama)\s+(la\s+)?(cara|lengua|boca|garganta|labios)\b|\b(cara|lengua|labios|garganta)\s+(muy\s+)?(hinchad[oa]s?|inflamad[oa]s?)\b",
    ]
)
_AFTER_TAKEN = compile_any(
    [
        (
            r"\b(after|since|from)\s+(\w+\s+){0,3}(pill|pills|tab|tabs|shot|line|bump|dose|sting|stung|med|meds|tablet|tablets|something)\b|"
            r"\b(после|після|с|від)\s+(\w+\s+){0,3}(колес\w*|таблет\w*|таблетк\w*|пігулк\w*|дозы|дози|укола|уколу|какой|якої|марки|экстази|экстазі|укус\w*)\b|"
            r"\b(despues\s+de|desde|tras)\s+(\w+\s+){0,3}(pasti\w*|pastilla\w*|trago|tiro|raya|dosis|picadura|eso|algo|medicamento)\b"
        ),
    ]
)


# One of several people unconscious ("всех рвёт а один уже в отключке", "one of them is out cold",
# "uno ya está inconsciente"): the sign with a number for its subject.
_ONE_OUT = compile_any(
    [
        r"\b(один|одна|одного|кто-то|кто\s+то|хтось|uno|una|alguien|one|someone|somebody)\s+(\w+\s+){0,3}(в\s+отключке|без\s+сознания|без\s+свідомості|(в|у)\s+відключці|inconsciente|unconscious|out\s+cold|не\s+(дышит|дихає|реагирует|реагує|просыпается|прокидається)|no\s+(respira|reacciona|despierta)|not\s+(breathing|responding|waking))\b",
    ]
)

# Found lying with empty blister packs or pill bottles beside ("она лежит и рядом пустые блистеры",
# "está tirada con blísters vacíos al lado", "on the floor with empty pill bottles").
_EMPTY_PACKS = compile_any(
    [
        r"\b(empty|emptied)\s+(\w+\s+)?(blister\w*|packets?|packs?|bottles?|boxes|strips?|pill\s+bottles?)\b|\b(пуст\w*|порожн\w*)\s+(\w+\s+)?(блистер\w*|блістер\w*|упаковк\w*|пачк\w*|баночк\w*|пузырь\w*|пляшечк\w*|флакон\w*|коробк\w*)\b|\b(blister\w*|cajas?|frascos?|tiras?|envases?|botes?)\s+(de\s+\w+\s+)?(vaci[oa]s?)\b",
    ]
)
_LYING = compile_any(
    [
        r"\b(lying|laying|on\s+the\s+floor|slumped|collapsed|passed\s+out|лежит|лежить|валяется|валяється|на\s+полу|на\s+підлозі|tirad[oa]|acostad[oa]|en\s+el\s+suelo|desmayad[oa]|won'?t\s+wake|не\s+просыпается|не\s+прокидається|no\s+se\s+despierta)\b",
        # tune47 (session 21): out cold ("мама в отключке", "без сознания", "непритомна", "out cold")
        r"\b(в\s+отключке|в\s+отключ(ці|ке)|без\s+сознания|без\s+свідомості|непритомн\w*|out\s+cold|unconscious|inconsciente)\b",
    ]
)

# Seizure words a stranger types: jerking or shaking with the eyes rolled ("jerking about on the
# ground ... eyes rolled right up"), and a fever of 40 or more on a stimulant ("temp is 41 after
# molly", "температура 41 после мефа", "tiene 41 de fiebre con el cristal").
_EYES_ROLLED = compile_any(
    [
        r"\beyes\s+(\w+\s+)?(rolled|rolling)\s+(\w+\s+)?(up|back|over)\b|\bglaz\w*\s+zakatil\w*",
        # session 20 probes: "eyes rolling" said last, no direction (not "eyes rolling at my joke")
        r"\beyes\s+(are\s+)?rolling\b(?!\s+(\w+\s+)?(at|when|whenever|every|in\s+disgust|so\s+hard\s+at)\b)",
    ]
)
_JERKING = compile_any(
    [
        r"\b(jerk\w*|twitch\w*|thrash\w*|convuls\w*|shaking\s+all\s+over|flailing)\b",
    ]
)
_HIGH_TEMPERATURE = compile_any(
    [
        r"\b(temp|temperature|fever|температур\w*|жар|temperatura|fiebre)\s+(is\s+|of\s+|de\s+|под\s+|за\s+|уже\s+|вже\s+|ya\s+|esta\s+en\s+|at\s+)?(4[0-3]|10[4-9])([.,]\d)?\b|\b(4[0-3])([.,]\d)?\s+(de\s+fiebre|градус\w*|degrees|grados)\b",
    ]
)

_PATCH = compile_any([r"\b(patch|patches|пластыр\w*|пластир\w*|parche|parches)\b"])
_PATCH_OPIOID = compile_any([r"\b(фентан\w*|fentan\w*|бупренорф\w*|buprenorf\w*|butrans)\b"])
_NODDING = compile_any(
    [
        r"\b(slurr\w*|nodding|nods\s+off|drowsy|can'?t\s+stay\s+awake|заговарива\w*|заговорю\w*|засыпа\w*|засина\w*|вырубает\w*|вирубає\w*|habla\s+raro|arrastra\s+las\s+palabras|se\s+(duerme|queda\s+dormid[oa]))\b",
    ]
)

_IN_THE_SHADE = compile_any(
    [
        r"\b(in\s+the\s+shade|outside|forecast|weather|на\s+улице|в\s+тени|на\s+вулиці|в\s+тіні|погод\w*|a\s+la\s+sombra|afuera|fuera|el\s+tiempo|pronostico)\b",
    ]
)


# blind11-tune (late round): a pulse barely felt, told beside a drug, is the card without a person
# word ("пульс еле нащупываю, это после фентанила"); a fit said as a verb ("его судорожит",
# "її судомить", "me empezó a convulsionar") beside a drug, unless it is a cramp in a leg
_PULSE_BARELY = compile_any(
    [
        r"\b(пульс\w*)\s+(\w+\s+)?(еле|ледве|ледь|слаб\w*|нитевид\w*|не\s+прощупыва\w*|не\s+промацу\w*|почти\s+нет|майже\s+нема\w*)\b|\bpulse\s+(is\s+)?(so\s+|really\s+|very\s+)?(weak|faint|thready|barely\s+there)\b|\b(can\s+)?barely\s+(feel|find)\s+(a|his|her|their|the)\s+pulse\b|\b(apenas\s+(tiene|le\s+siento|siento|se\s+le\s+siente)\s+(el\s+)?pulso|pulso\s+(muy\s+)?(debil|debilito))\b",
    ]
)
_FIT_VERB = compile_any(
    [
        r"\b(судорож(ит|ить|ат|ило|ило\s+его|ило\s+ее)|судомит\w*|судомить|судомило|судомлять|корчит\s+в\s+судорог\w*|колотит\s+в\s+судорог\w*|esta\s+convulsionando|(empezo|empieza|se\s+puso)\s+a\s+convulsionar)\b",
    ]
)
_CRAMP = compile_any(
    [
        r"\b(ногу|ноги|ногах|икр\w*|литк\w*|стоп\w*|пальц\w*|cramp\w*|calambre\w*|leg|legs|calf|pierna\w*)\b",
    ]
)


# A needle or a syringe lying beside someone (blind12-tune, late round: "пульс ледь-ледь, біля неї
# баян", "barely a pulse and there's a syringe next to him"): the drug is the needle; a needle at the
# clinic ("медсестра ... голка для аналізу") lies beside nobody
_NEEDLE_WORD = (
    r"(needles?|syringes?|шприц\w*|баян\w*|игл[аоуы]|иголк\w*|голк[аиоу]|jeringas?|agujas?)"
)
_BESIDE = (
    r"(поруч|поряд|рядом|біля\s+\w+|возле\s+\w+|около\s+\w+|next\s+to\s+\w+|beside\s+\w+|by\s+(him|her|them)|"
    r"on\s+the\s+(floor|ground|table)|al\s+lado|junto\s+a\s+\w+|en\s+el\s+suelo|на\s+(полу|підлозі|земле|землі)|"
    r"валя\w*|лежи\w*|there'?s|theres|hay)"
)
_NEEDLE_BESIDE = compile_any(
    [
        r"\b" + _BESIDE + r"\s+(\w+\s+){0,3}" + _NEEDLE_WORD + r"\b",
        r"\b" + _NEEDLE_WORD + r"\s+(\w+\s+){0,2}" + _BESIDE + r"\b",
    ]
)


def _late14_signs(cleaned: str) -> bool:
    """Kinds the rules missed on blind11-tune (2026-12-06, session 14's late round)."""
    if _PULSE_BARELY.search(cleaned) and (_used(cleaned) or _NEEDLE_BESIDE.search(cleaned)):
        return True
    # "судорожно ищу" is "frantically"; "почему судорожит после фена, это нормально?" asks
    return bool(
        _FIT_VERB.search(cleaned)
        and (_used(cleaned) or _NAMED_DRUG.search(cleaned))
        and not _CRAMP.search(cleaned)
        and not _BODY_QUESTION.search(cleaned)
        and not _ASKS_CAUSE.search(cleaned)
    )


def _session14_signs(folded: str, cleaned: str, past: bool, general: bool) -> bool:
    """Kinds the rules missed on tune32 (2026-12-06, session 14)."""
    if _household_poison(folded, past, general):
        return True
    if past or general:
        return False
    if _late14_signs(cleaned):
        return True
    if _THROAT_CLOSING.search(cleaned) and _AFTER_TAKEN.search(cleaned):
        return True
    if _ONE_OUT.search(cleaned):
        return True
    if (
        _PATCH.search(cleaned)
        and (_CHILD_OPIOID.search(cleaned) or _PATCH_OPIOID.search(cleaned))
        and _NODDING.search(cleaned)
    ):
        return True  # "put on three fentanyl patches and now he's slurring and nodding off"
    if _EMPTY_PACKS.search(cleaned) and _LYING.search(cleaned):
        return True
    if _EYES_ROLLED.search(cleaned) and _JERKING.search(cleaned):
        return True
    return bool(
        _HIGH_TEMPERATURE.search(cleaned)
        and _used(cleaned)
        and not _WEATHER.search(cleaned)
        and not _IN_THE_SHADE.search(cleaned)
    )


# Bad alcohol and the sight going (session 15, tune34): methanol in moonshine, a fake or adulterated
# spirit ("палёнки выпили, в глазах темнеет", "самогону випили, все розпливається", "mezcal
# adulterado y ya no vemos bien"). Methanol poisoning shows in the eyes (WHO fact sheet "Methanol
# poisoning", unchecked here); the card sends to the emergency number.
_BAD_ALCOHOL = compile_any(
    [
        r"\b(пал[её]н\w*|паленк\w*|пал[её]нк\w*|суррогат\w*|сурогат\w*|самогон\w*|самопал\w*|бодяг\w*|техническ\w*\s+спирт\w*|технічн\w*\s+спирт\w*|метанол\w*|метилов\w*|метилов\w*|moonshine|bootleg\w*|homemade\s+(vodka|liquor|spirits|alcohol|booze)|home\s*brew\w*|fake\s+(vodka|alcohol|booze|liquor)|methanol|methyl|adulterad[oa]s?|alcohol\s+(adulterado|metilico|de\s+quemar)|metanol|metilico|chinguirito|aguardiente\s+casero|licor\s+casero)\b",
    ]
)
_SIGHT_GOING = compile_any(
    [
        r"\b(blurr\w*|can'?t\s+see|cant\s+see|going\s+blind|vision\s+(is\s+)?(going|gone|dark|dim|blurry|fading|weird)|everything\s+(is\s+)?(dark|blurry|fuzzy))\b",
        r"\b(в\s+глазах\s+(темнеет|темно|потемнело|двоится|плывет|плывёт|мутно|туман)|(ничего|почти\s+ничего|плохо|хуже)\s+не\s+вид\w*|плохо\s+вид\w*|не\s+вижу|ослеп\w*|зрение\s+(\w+\s+)?(пропада\w*|сел\w*|упал\w*|плохо)|вс[её]\s+(плывет|плывёт|расплывается|в\s+тумане))\b",
        r"\b(в\s+очах\s+(темніє|темно|потемніло|двоїться|пливе|каламутно|туман)|(нічого|майже\s+нічого)\s+не\s+бач\w*|погано\s+бач\w*|не\s+бачу|осліп\w*|зір\s+(\w+\s+)?(пропада\w*|сів|впав|погано)|(все|усе)\s+(пливе|розпливається|в\s+тумані))\b",
        r"\b(no\s+(veo|vemos|ve|ven)\s+(bien|nada|casi\s+nada)|(todo\s+)?borros[oa]|vista\s+(nublada|borrosa)|se\s+(me|nos|le|les)\s+nubla\s+la\s+vista|ciegos?|ciegas?|me\s+estoy\s+quedando\s+ciego)\b",
    ]
)


# "el mezcal adulterado puede dejarte ciego?", "от самогона можно ослепнуть?": asked, not happening
_SIGHT_ASKED = compile_any(
    [
        r"\b(can|could|does|do|will|may|might)\s+(\w+\s+){0,3}(make|leave|turn|send|go)\s+(you|someone|people|a\s+person)\b|\bpued\w*\s+(\w+\s+){0,2}(dejar\w*|volver\w*|causar|provocar)\b|\b(можно|можна)\s+(\w+\s+)?(ослепнуть|осліпнути)\b|\b(может|може)\s+(\w+\s+){0,2}(ослеп\w*|осліп\w*|вызвать|привести|спричин\w*|призвести)\b",
    ]
)


# Found someone a colour ("found him blue on the bathroom floor", "нашла сына серого и холодного",
# "la encontré fría y morada"), said of a person found (session 15 probes)
_COLOUR_AFTER = (
    r"(grey|gray|blue|purple|cold\s+and\s+(grey|gray|blue|purple|stiff|limp|not)|ice\s+cold|cold\s+to\s+the\s+touch|"
    r"сер(ого|ую|ой|ым|ий|а)|син(его|юю|ей|им|ий|яя|ього|ім|ій|ю|я)|посиневш\w*|посинел\w*|посинівш\w*|посинів\w*|сір(ого|у|ої|им|ий|а)|холодн\w*\s+(и|і|та)\s+(сер|син|посин|не\s)\w*|"
    r"morad[oa]s?|azul(es)?|gris(es)?|fri[oa]s?\s+y\s+(morad|azul|gris|sin|no)\w*)"
)
_COLOUR_ENDS = (
    r"(?=\s+(and|on|in|at|with|not|lying|и|і|та|на|в|у|с|з|рядом|поруч|y|en|con|sin|no)\b|\s*$)"
)
_FOUND_COLOURED = compile_any(
    [
        r"\bfound\s+(him|her|them|(my|our|his|her|their)\s+(son|daughter|kid|child|baby|brother|sister|mum|mom|mother|dad|father|friend|mate|buddy|roommate|flatmate|partner|husband|wife|boyfriend|girlfriend|bf|gf|uncle|aunt|cousin|grandma|grandpa|nan|neighbou?r|boy|girl))\s+((in|on|at)\s+(the|his|her|their|my|our)\s+(\w+\s+){0,2})?(all\s+|completely\s+|totally\s+|already\s+|just\s+)?"
        + _COLOUR_AFTER
        + r"\b"
        + _COLOUR_ENDS,
        r"\b(нашл[аи]|нашел|нашёл|знайш(ли|ла|ов))\s+(его|её|ее|их|його|її|сына|сина|дочь|дочку|доньку|брата|сестру|мужа|чоловіка|жену|дружину|друга|подругу|маму|папу|батю|тата|отца|батька|соседа|сусіда|парня|хлопця|девушку|дівчину|деда|діда|бабушку|бабусю)\s+((в|у|на)\s+\w+\s+)?(уже\s+|вже\s+|всего\s+|всю\s+|всього\s+|усього\s+)?"
        + _COLOUR_AFTER
        + r"\b"
        + _COLOUR_ENDS,
        r"\b(lo|la|los|las)\s+(encontre|encontramos|halle|hallamos)\s+((en\s+el|en\s+la|en\s+su)\s+\w+\s+)?(ya\s+|toda\s+|todo\s+)?"
        + _COLOUR_AFTER
        + r"\b"
        + _COLOUR_ENDS,
    ]
)
# Cannot be woken, said passively ("she can't be woken", "impossible to wake him", "unrousable")
_UNWAKEABLE = compile_any(
    [
        r"\b(can'?t|cant|cannot|couldn'?t|couldnt)\s+be\s+(woken|woke|roused|awakened|wakened)\b|\b(impossible|unable)\s+to\s+(wake|rouse)\b|\bunarousable\b|\bunrous(e)?able\b",
    ]
)
# Shaking for minutes or not stopping after a drug ("пацана трусить після спайса вже 10 хвилин",
# "she's been shaking for five minutes after the salts", "tiembla hace 10 minutos y no para")
_SHAKING_LONG = compile_any(
    [
        r"\b(трусить|трусит|трясет|трясёт|колотит|колотить|shaking|trembling|jerking|convulsing|fitting|seizing|tiembla|temblando|se\s+sacude|convulsiona\w*)\b(\s+\w+){0,6}?\s+(уже\s+|вже\s+|for\s+|ya\s+|hace\s+|like\s+|about\s+|около\s+|близько\s+)?(\d+|пару|кілька|несколько|several|a\s+few|five|ten|unos|cinco|diez)\s+(хвилин\w*|минут\w*|mins?|minutes|minutos)\b",
        r"\b(трусить|трусит|трясет|трясёт|колотит|колотить|shaking|trembling|jerking|convulsing|fitting|seizing|tiembla|temblando|se\s+sacude|convulsiona\w*)\b(\s+\w+){0,6}?\s+(не\s+(перестает|перестаёт|перестає|прекращается|припиняється|останавливается|зупиняється)|won'?t\s+stop|wont\s+stop|isn'?t\s+stopping|not\s+stopping|no\s+para|no\s+deja\s+de)\b",
    ]
)


def _session15_signs(cleaned: str) -> bool:
    """Kinds the rules missed on tune34 and the session's probes (2026-12-07, session 15), asked only
    when nothing is past or general."""
    if _FOUND_COLOURED.search(cleaned) or _UNWAKEABLE.search(cleaned):
        return True
    if _SHAKING_LONG.search(cleaned) and _used(cleaned):
        return True
    return bool(
        _BAD_ALCOHOL.search(cleaned)
        and _SIGHT_GOING.search(cleaned)
        and not _SIGHT_ASKED.search(cleaned)
    )


# -- session 16 (tune37, issue #9) ----------------------------------------------------------------
# Kinds the rules missed on tune37's first look, each asked only when nothing is past or general.
# A depressant taken with drink and now two signs of the brain going down ("wine on top of her
# sleeping pills, now confused and slurring", "феназепам с водкой, несёт чушь и не может встать"):
# together they slow the breath more than either alone (the mixing-depressants topic's sources).
_CANT_STAND = compile_any(
    [
        r"\b(can'?t|cant|cannot|couldn'?t|unable\s+to)\s+(stand|stand\s+up|walk|get\s+up|stay\s+upright)\b|\b(не\s+(может|можеть|може|могу|можу)\s+(встать|встати|стоять|стояти|идти|йти|ходить|ходити))\b|\bна\s+ногах\s+не\s+(стоит|стоїть|держится|тримається)\b|\bno\s+(se\s+)?(puede|puedo)\s+(parar|levantar|caminar|mantener\s+en\s+pie|poner\s+de\s+pie)\b|\bno\s+se\s+(tiene|sostiene)\s+en\s+pie\b",
    ]
)
_DOWN_KINDS = frozenset({"confused", "slurred", "drowsy", "knocked_out", "breath", "faint"})
# A drug's name or slang of a depressant, not pills in general ("wine and her sleeping pills" names
# them; "pills" alone may be vitamins)
_NAMED_DEPRESSANT = compile_any(
    [
        r"\b(sleeping\s+(pills?|tablets?|meds)|(снотворн|снодійн)\w*|pastillas\s+para\s+dormir|somniferos?)\b",
        r"\b(clonazepam|alprazolam|lorazepam|zolpidem|ambien|zopiclone|ativan|tafil|клоназепам\w*|алпразолам\w*|лоразепам\w*|золпидем\w*|зопиклон\w*|реланиум\w*|реланіум\w*)\b",
    ]
)
# Drink named beside it (more than ``_DRINK``'s words: "whisky", "rum", "самогон", "mezcal")
_ANY_DRINK = compile_any(
    [
        r"\b(whisk(e)?y|rum|gin|tequila|brandy|cognac|cider|lager|shots?|mezcal|ron|caguama|chela|chelas|cubata|licor|aguardiente|коньяк\w*|самогон\w*|вин[оа]|вином|пивом|горілкою|водкой|бухл\w*)\b",
    ]
)


def _mixed_down(cleaned: str) -> bool:
    if not (_DRINK.search(cleaned) or _ANY_DRINK.search(cleaned)):
        return False
    if not (
        _NAMED_DEPRESSANT.search(cleaned) or _DEPRESSANT.search(_GENERIC_PILLS.sub(" ", cleaned))
    ):
        return False
    found = set(_body_kinds(cleaned)) & _DOWN_KINDS
    if _CANT_STAND.search(cleaned):
        found.add("cant_stand")
    return len(found) >= 2


_GENERIC_PILLS = re.compile(r"\b(pills|таблет\w*|колес\w*|пігул\w*|pastillas|pastis)\b")

# Lips or nails a dark colour said with other words than the older patterns ("labios violetas",
# "los labios violáceos", "his lips are going dark", "губы почернели", "нігті темні")
_DARK_LIPS = compile_any(
    [
        r"\blabios\s+(\w+\s+)?(violetas?|violaceos?|lilas?|negros?|oscuros?|moraditos?)\b|\b(unas|dedos)\s+(\w+\s+)?(morad[oa]s|azules|azulad[oa]s|violetas?|violaceas?)\b",
        r"\b(lips|fingernails|nails|fingertips)\s+(are\s+|look\s+|looks\s+|went\s+|gone\s+|turning\s+|going\s+|getting\s+)(\w+\s+)?(violet|lilac|dark|black|a\s+(funny|weird|strange)\s+colou?r)\b|\b(lips|fingernails|nails)\s+r\s+(\w+\s+)?(blue|purple|grey|gray|dark|a\s+(funny|weird)\s+colou?r)\b",
        r"\b(губы|губи|ногти|нігті)\s+(\w+\s+)?(почернел\w*|почорні\w*|темн\w*|черн\w*|чорн\w*|фиолетов\w*|фіолетов\w*)\b",
    ]
)

# A household poison swallowed, named a few words after the swallowing ("drank some of the liquid
# in a water bottle in the garage, it's antifreeze i think, im dizzy"), with a mistake or a symptom
# said: the swallowing verb within fifteen words of the poison, no cleaning verb between
_POISON_FAR = compile_any(
    [
        _SWALLOW_WORD
        + r"(\s+(?!(cleaned|cleaning|clean|washed|washing|wash|wiped|мыл\w*|помыл\w*|вымыл\w*|стирал\w*|мила|помила|мив|помив|прала|прав|limpi\w*|lave|lavo|lavamos|fregu?\w*)\b)\w+){4,15}\s+"
        + _POISON_WORD
    ]
)
_MISTAKE = compile_any(
    [
        r"\b(by\s+mistake|by\s+accident|accidentally|thought\s+it\s+was|i\s+think|turns\s+out|по\s+ошибке|случайно|думал\w*\s+(что\s+)?это|кажется|помилково|випадково|думав\s+(що\s+)?це|думала\s+(що\s+)?це|здається|por\s+error|sin\s+querer|pense\s+que\s+era|creo\s+que\s+(es|era))\b",
    ]
)

# Shooting up said as a noun phrase or an infinitive ("después de picarse", "right after fixing")
_SHOT_UP = compile_any(
    [
        r"\b(picarse|inyectarse|pincharse|chutarse|fixed|fixing|fix|banged\s+up|shooting\s+up|ширнул\w*|ширнув\w*|ширнут\w*|уколол\w*|уколов\w*)\b",
    ]
)


def _session16_signs(folded: str, cleaned: str) -> bool:
    """Kinds the rules missed on tune37's first look (2026-12-07, session 16), asked only when
    nothing is past or general."""
    if _mixed_down(cleaned):
        return True
    if _DARK_LIPS.search(cleaned) and (
        _used(cleaned)
        or _INJECTED.search(cleaned)
        or _SHOT_UP.search(cleaned)
        or _SIGNS.search(cleaned)
        or _CHOKE_SOUND.search(cleaned)
        or _NO_RESPONSE.search(cleaned)
    ):
        return True
    return bool(
        _POISON_FAR.search(folded)
        and (_MISTAKE.search(folded) or _body_kinds(cleaned))
        and not _HYPOTHETICAL.match(folded)
    )


# -- blind14-tune (2026-12-07, session 17's late round), by kind --
# Cannot wake a person (said with an object pronoun: "no la puedo despertar", "can't wake him", "не могу
# его разбудить") and a blue or dark colour: the card even when it ends "is that normal?"
_CANT_WAKE_THEM = compile_any(
    [
        r"\bno\s+(lo|la|le|los|las)\s+(puedo|podemos|logro|logramos|consigo|conseguimos)\s+despertar\b|\bno\s+(puedo|podemos|logro|consigo)\s+despertar(lo|la|le|los|las)\b",
        r"\b(can'?t|cant|cannot|couldn'?t|couldnt)\s+(wake|rouse)\s+(him|her|them|my\s+\w+)(\s+up)?\b",
        r"\bне\s+(могу|можу|можем|можемо|получается|виходить)\s+(его|её|ее|их|його|її|їх)\s+(разбудить|добудиться|розбудити|добудитися)\b|\bне\s+(могу|можу)\s+(разбудить|добудиться|розбудити|добудитися)\s+(его|её|ее|их|його|її|їх)\b",
    ]
)
_BLUE_NOW = compile_any(
    [
        r"\b(azul\w*|morad\w*|violace\w*|gris\w*|blue|bluish|purple|grey|gray|син\w*|посин\w*|фиолетов\w*|фіолетов\w*|сер(ые|ое|ий|ая)|сір\w*)\b",
    ]
)
# Thrashing on the ground or the floor ("б'ється на землі", "бьётся на полу", "thrashing on the floor",
# "se retuerce en el suelo"): a fit going on, beside a drug
_THRASHING = compile_any(
    [
        r"\b(б'?ється|бьется|бьёт(ся)?|колотится|колотиться|корчит(ся)?|корчиться|викручує|thrashing|flailing|writhing|se\s+(retuerce|sacude|convulsiona))\s+(\w+\s+){0,2}(на|по|on|en|por)\s+(\w+\s+)?(земл\w*|пол[уеа]?|підлоз\w*|асфальт\w*|ground|floor|suelo|piso)\b",
    ]
)


def _blind14_signs(folded: str, cleaned: str) -> bool:
    """Kinds the rules missed on blind14-tune (2026-12-07, session 17's late round), asked when
    nothing is past (the colour one also when asked "is that normal?")."""
    if (
        _CANT_WAKE_THEM.search(cleaned)
        and (_BLUE_NOW.search(cleaned) or _DARK_LIPS.search(cleaned))
        and not _HYPOTHETICAL.match(folded)
        and not _ASK_IF.search(folded)
    ):
        return True  # "respira pero no la puedo despertar y tiene las uñas azuladas, es normal?"
    if _PULSE_BARELY.search(cleaned) and _NODDING.search(cleaned):
        return True  # "he's been nodding for ages and now i can barely find a pulse"
    return bool(
        _THRASHING.search(cleaned)
        and (_used(cleaned) or _NAMED_DRUG.search(cleaned) or _DEPRESSANT.search(cleaned))
        and not _BODY_QUESTION.search(cleaned)
    )


# -- found on blind15-tune (2026-12-07, session 18's late round) --
# Sick and then out, someone else (aspiration): "she threw up loads and now she's out cold on her
# back", "его рвало, а теперь отключился", "vomitó y ahora no despierta"; beside drink or a drug.
_SICK_WORD = (
    r"(spew\w*|puk\w*|vomit\w*|threw\s+up|throwing\s+up|thrown\s+up|been\s+sick|chunder\w*|hurl\w*|"
    r"блев\w*|блюет|блюёт|блевал\w*|рвал[оа]?|рвет|рвёт|рвота|рвоты|стошнил\w*|вырвало|блював\w*|блює|"
    r"вирвало|нудило|блювот\w*|devolv\w*|guacare\w*|echo\s+la\s+pota|echando\s+la\s+pota)"
)
_OUT_WORD = (
    r"(passed\s+out|out\s+cold|unconscious|won'?t\s+wake|not\s+waking|unresponsive|"
    r"не\s+просыпа\w*|не\s+прокида\w*|без\s+сознания|без\s+свідомості|непритомн\w*|отключил\w*|"
    r"отключ[её]н\w*|відключил\w*|відключи(вся|лась)|вырубил\w*|вирубив\w*|вирубил\w*|"
    r"inconsciente|desmayad[oa]|se\s+desmayo|no\s+(se\s+)?despierta|no\s+reacciona)"
)
_SICK_THEN_OUT = compile_any(
    [
        r"\b" + _SICK_WORD + r"\b.{0,90}?\b" + _OUT_WORD + r"\b",
        r"\b" + _OUT_WORD + r"\b.{0,60}?\b" + _SICK_WORD + r"\b",
    ]
)
# Fell and will not get up, beside drink or a downer: "fell in the bathroom and won't get up, she
# had vodka and benzos", "упал в туалете и не встаёт, пил и фену жрал"
_FELL = compile_any(
    [
        r"\b(fell|fallen|collapsed|keeled\s+over|упал\w*|упав|впал[аи]|впав|звалил\w*|свалил\w*|рухнул\w*|рухну(в|ла)|se\s+(cayo|desplomo|ha\s+caido))\b"
    ]
)
# Going under on a downer, said by the writer ("took a full cap of G instead of half and i'm going
# under, can barely type", "вместо полкрышки целую, вырубает, еле печатаю")
_GOING_UNDER = compile_any(
    [
        r"\b(рубит|рубить|вырубает|вирубає|вырубаюсь|вирубаюсь|отключаюсь|відключаюсь|(еле|ледве|ледь)\s+(печатаю|пишу|друкую|набираю)|(can\s+)?barely\s+(type|typing|keep\s+my\s+eyes\s+open)|can'?t\s+keep\s+my\s+eyes\s+open|going\s+under|apenas\s+(puedo\s+)?(escribir|escribo|mantener\s+los\s+ojos)|me\s+estoy\s+(apagando|desmayando))\b"
    ]
)
_G_DRUG = compile_any(
    [
        r"\b(ghb|gbl|гбл|ґбл|гб|гхб|гэ|гэшк\w*|гешк\w*|гомк|бутират\w*|оксибутират\w*|extasis\s+liquido|g)\b",
    ]
)
_INSTEAD = compile_any(
    [
        r"\b(instead\s+of|вместо|замість|замiсть|en\s+vez\s+de|en\s+lugar\s+de)\b",
    ]
)
# Stiff or shaking and on the floor now, after a drug, even asked "is that normal?" ("es normal q
# se ponga rígido y tiemble después del spice? ya está tirado en el piso")
_FIT_WORD = compile_any(
    [
        r"\b(tieso|tiesa|rigid[oa]|stiff|rigid|jerk\w*|convuls\w*|seiz\w*|fitting|sacudi\w*|sacude|tembl\w*|трясет\w*|трясёт\w*|трясется|судорог\w*|судом\w*|колотит|трусит\w*|тіпа\w*|сіпа\w*)\b"
    ]
)
_ON_FLOOR_NOW = compile_any(
    [
        r"\b(ya\s+esta|esta|ahora|he'?s|she'?s|hes|shes|is|now|уже|вже|лежит|лежить|тепер|теперь)\s+(\w+\s+)?(en\s+el\s+(suelo|piso)|on\s+the\s+(floor|ground)|на\s+полу|на\s+підлозі|на\s+земле|на\s+землі)\b"
    ]
)


def _blind15_signs(folded: str, cleaned: str, general: bool) -> bool:
    """Kinds the rules missed on blind15-tune (2026-12-07, session 18's late round), asked when
    nothing is past."""
    drink_or_drug = bool(
        _DRINK.search(cleaned)
        or _ANY_DRINK.search(cleaned)
        or _DEPRESSANT.search(cleaned)
        or _NAMED_DRUG.search(cleaned)
        or _used(cleaned)
    )
    if _HYPOTHETICAL.match(folded) or _ANYONE.search(folded):
        return False
    if (
        not general
        and _SICK_THEN_OUT.search(cleaned)
        and _PERSON.search(folded)
        and drink_or_drug
        and not _HABITUAL.search(folded)
    ):
        return True  # "been puking for ages after the vodka and now he's passed out on his back"
    if (
        not general
        and _FELL.search(cleaned)
        and _NOT_GETTING_UP.search(cleaned)
        # a downer or drink (a fall on the "ice" is no meth)
        and (
            _DRINK.search(cleaned)
            or _ANY_DRINK.search(cleaned)
            or _DEPRESSANT.search(cleaned)
            or _NAMED_DEPRESSANT.search(cleaned)
        )
    ):
        return True  # "упала в ванной и не встаёт, пила и лирику"
    if (
        not general
        and _GOING_UNDER.search(cleaned)
        and (
            _G_DRUG.search(cleaned)
            or (
                _DEPRESSANT.search(cleaned)
                and (_TOO_MUCH.search(cleaned) or _INSTEAD.search(cleaned))
            )
        )
    ):
        return True  # "выпил целую крышку гбл вместо половины, рубит, еле печатаю"
    return bool(
        _FIT_WORD.search(cleaned)
        and _ON_FLOOR_NOW.search(cleaned)
        and (drink_or_drug or _STIMULANT_OR_OTHER.search(cleaned))
    )


# A plan to overdose on purpose, for sure (blind14-tune): "думаю как передознуться чтобы наверняка",
# "how to overdose so nobody can bring me back", "cómo pasarme para no despertar". The crisis reply's,
# not the card's (bot.library.crisis reads it); with nobody else named and no urgency.
_PLANNED_OVERDOSE = compile_any(
    [
        r"\b(как|як|how\s+to|how\s+i\s+(could|can|would)|como)\s+(бы\s+|б\s+)?(передознуться|передознутися|передознутись|передознуться|overdose|od|pasarme|meterme\s+una\s+sobredosis)\s+(\w+\s+){0,4}(наверняка|насмерть|напевно|напевне|точно|for\s+sure|for\s+good|and\s+not\s+wake|so\s+(nobody|no\s+one)|para\s+no\s+despertar|sin\s+que\s+nadie|de\s+verdad|(чтобы|щоб|шоб|чтоб)\s+(никто|ніхто|не\s+откачал\w*|не\s+відкачал\w*|не\s+проснуться|не\s+прокинутися))",
    ]
)


def _planned_overdose(folded: str) -> bool:
    return (
        _PLANNED_OVERDOSE.search(folded) is not None
        and _PERSON.search(folded) is None
        and _URGENT.search(folded) is None
    )


# The writer's own wish to die or plan not to wake up (tune36, tune38; the crisis helper, session 16):
# "gonna take everything i've been saving up tonight and just not wake up", "i want to die so bad i
# cant breathe", "хочу сдохнуть, дышать не могу", "voy a meterme todo y no despertar". With nobody
# else named, nothing taken yet and no word of urgency, that is the crisis reply's (a plan or a
# panic), not an overdose happening now; "took all my pills, want to die, can't breathe" still is.
_OWN_END_WISH = compile_any(
    [
        r"\b(gonna|going\s+to|will|i'?ll|want\s+to|wanna|plan(ning)?\s+to|about\s+to)\s+([\w']+\s+){0,8}(and\s+)?(just\s+)?(not|never)\s+wake\s+up\b(?!\s+(till|until|til|before)\b)|\b(think|thinking|thought|dream|dreaming)\s+(about|of)\s+(\w+\s+)?(dying|death|killing\s+myself|suicide|ending\s+it)\b|\ball\s+i\s+(think|dream)\s+about\s+is\s+(dying|death)\b|\bi\s+(just\s+|really\s+|so\s+)?(want|wanna)\s+(to\s+)?die\b",
        r"\b(хочу|собираюсь|буду|планирую|сегодня)\s+(\w+\s+){0,8}(и\s+)?(просто\s+)?не\s+просн(уться|усь)\b|\b(я\s+)?(так\s+)?хочу\s+(умереть|сдохнуть)\b",
        r"\b(хочу|збираюсь|збираюся|буду|сьогодні)\s+(\w+\s+){0,8}(і\s+)?(просто\s+)?не\s+прокин(утися|утись|усь|уся)\b|\b(я\s+)?(так\s+)?хочу\s+(вмерти|померти|здохнути)\b",
        r"\b(voy\s+a|quiero|pienso|hoy)\s+(\w+\s+){0,8}y\s+(ya\s+)?no\s+despertar(me)?\b|\b(me\s+)?quiero\s+morir\b",
    ]
)


# ... unless something was taken already or the body is named ("snorted the whole bag, i wanna die,
# heart racing and can't breathe" is an overdose now)
_TAKEN_OR_BODY = compile_any(
    [
        r"\b(took|taken|snorted|sniffed|smoked|shot\s+up|injected|swallowed|drank|popped|ate|did|necked|dropped|railed)\b|\bhad\b(?!\s+(enough|it|a\s+(bad|shit|rough|long)))",
        r"\b(выпил\w*|принял\w*|закинул\w*|вмазал\w*|втрескал\w*|снюхал\w*|нюхнул\w*|сожрал\w*|проглотил\w*|укол\w*|ширнул\w*|курнул\w*|накурил\w*|съел\w*|випив\w*|випила|прийняв\w*|прийняла|закинув\w*|вмазав\w*|вколов\w*|ковтнув\w*|з'?їв\w*|накурив\w*)",
        r"\b(me\s+)?(tome|meti|inyecte|esnife|fume|trague|bebi|jale|pase)\b|\bme\s+(tome|meti|inyecte|esnife|fume|trague|bebi|jale)\b",
        r"\b(heart|chest|seiz\w*|blue|lips|foam\w*|vomit\w*|puk\w*|overdos\w*|od|сердц\w*|серц\w*|груд\w*|губ\w*|посин\w*|судорог\w*|судом\w*|пен[аоуы]|пін[аоуи]|передоз\w*|corazon|pecho|labios|convuls\w*|espuma|sobredosis)\b",
        # someone's breathing stopped ("no breathing and i want to die" tells of both)
        r"\b(no|not|stopped|isn'?t|isnt|aren'?t|quit)\s+breath\w*|\bне\s+(дышит|дихає|дышат|дихають)\b|\bперестал\w*\s+дышать\b|\bперестав\w*\s+дихати\b|\bno\s+(respira|respiran)\b|\bdejo\s+de\s+respirar\b",
    ]
)


def _own_end_wish(folded: str) -> bool:
    """The writer's own wish to die or plan not to wake up, nobody else named, nothing taken yet
    and no urgency (``_OWN_END_WISH``): the crisis reply's, not the card's."""
    return (
        _OWN_END_WISH.search(folded) is not None
        and _PERSON.search(folded) is None
        and _URGENT.search(folded) is None
        and not _used(_cleaned(folded))
        and _TAKEN_OR_BODY.search(folded) is None
    )


# A lethal amount or an end asked about for oneself, said so last (tune44, the crisis helper, session
# 19): "if i swallow the whole pack with vodka will i just not wake up? asking for me", "какая доза
# нужна чтобы сердце точно встало? это не для друга", "qué dosis es para no despertar, es para mí".
# Nothing taken yet and no urgency: the crisis reply's question, not an overdose happening now (the
# heart named is what is asked, not a symptom).
_FOR_MYSELF_LAST = compile_any(
    [
        # ... or followed by a last word of resolve (tune46: "asking for me, im done", session 21)
        r"\b(asking\s+for\s+(me|myself)|(it'?s|its)\s+for\s+me|for\s+myself|(it'?s|its|this\s+is)\s+not\s+for\s+a\s+friend|not\s+for\s+a\s+friend)(\s+(i'?m|im|i\s+am)\s+(so\s+)?(done|serious|not\s+joking)|\s+seriously|\s+for\s+real)?\s*$",
        r"\b((спрашиваю\s+)?для\s+себя(\s+спрашиваю)?|спрашиваю\s+про\s+себя|(это\s+)?не\s+для\s+(друга|подруги)|это\s+для\s+меня|(питаю\s+)?для\s+себе(\s+питаю)?|питаю\s+про\s+себе|(це\s+)?не\s+для\s+(друга|подруги)|це\s+для\s+мене)\s*$",
        r"\b((es\s+)?para\s+mi|pregunto\s+por\s+mi|no\s+es\s+para\s+un[ao]?\s+amig[oa])\s*$",
    ]
)
_LETHAL_ASKED = compile_any(
    [
        r"\b(how\s+(many|much)|what\s+dose|will\s+i\s+(just\s+)?(not|never)\s+wake\s+up|enough\s+to\s+(not\s+wake|die|stop\s+my\s+heart))\b",
        r"\b(сколько|скока|скоко|сколко|какая\s+доза|какую\s+дозу|скільки|скіки|скілько|яка\s+доза|яку\s+дозу)\b.{0,60}\b(не\s+проснуться|не\s+прокинутися|не\s+прокинутись|сердце\s+(\w+\s+)?(остановил\w*|встал\w*)|серце\s+(\w+\s+)?(зупинил\w*|стало)|умереть|вмерти|померти|наверняка|напевно)\b",
        r"\b(cuant[oa]s?|que\s+dosis|q\s+dosis)\b.{0,60}\b(no\s+despertar|morir|se\s+pare\s+el\s+corazon|pare\s+el\s+corazon)\b",
    ]
)
_TAKEN_ALREADY = compile_any(
    [
        r"\b(took|taken|swallowed|snorted|injected|drank|popped|necked|railed|выпил\w*|принял\w*|проглотил\w*|съел\w*|закинул\w*|вмазал\w*|випив\w*|випила|прийняв\w*|прийняла|ковтнув\w*|ковтнула|з'?їв|з'?їла|tome|trague|me\s+meti|bebi)\b"
    ]
)


def _lethal_asked_for_me(folded: str) -> bool:
    """A lethal amount or an end asked about for oneself, said so last (``_FOR_MYSELF_LAST``), nothing
    taken yet and no urgency: the crisis reply's, not the card's."""
    return (
        _FOR_MYSELF_LAST.search(folded) is not None
        and _LETHAL_ASKED.search(folded) is not None
        and _TAKEN_ALREADY.search(folded) is None
        and _URGENT.search(folded) is None
    )


_SUBJUNCTIVE_PERSON = compile_any(
    [r"\bque\s+no\s+(se\s+)?(despierte|reaccione|responda|respire)\b"]
)
# blind15-tune (late round): the subjunctive of a state ("es normal q tenga los labios grises y no
# responda?", "que se quede tieso") beside a drug taken just now ("se metió hace un rato") tells of
# someone real, now
_SUBJUNCTIVE_STATE = compile_any(
    [
        r"\bq(ue)?\s+(no\s+)?(se\s+)?(tenga|ponga|quede|conteste|despierte|reaccione|responda|respire|empiece|sacuda|retuerza)\b"
    ]
)
_ANYONE = compile_any([r"\b(alguien|una\s+persona|uno|cualquiera)\b"])
# A state told as now, or a drug already taken, by someone there (blind16-tune, late round): "ya no
# respira", "está morado", "уже синий", "вже не дихає", "he's already blue", "she isn't breathing",
# "se tomó todo el bote", "выпил всю пачку", "took the whole bottle"
_TOLD_NOW = compile_any(
    [
        r"\bya\s+no\s+(respira|despierta|reacciona|responde|se\s+mueve)\b|\b(ya\s+)?esta\s+(todo\s+|toda\s+|bien\s+|muy\s+)?(morad[oa]|azul|gris|helad[oa]|fri[oa]|inconsciente|tiesa|tieso)\b|\b(se\s+tomo|se\s+trago|se\s+bebio|se\s+metio)\s+(todo\s+el|toda\s+la|todas\s+las|todos\s+los|el\s+bote|la\s+caja|un\s+bote|una\s+caja|medio\s+bote|mucho|muchas|un\s+monton)\b",
        r"\b(уже|вже)\s+(весь\s+|вся\s+|увесь\s+|уся\s+)?(синий|синяя|серый|серая|синій|синя|сірий|сіра|холодн\w*|не\s+дышит|не\s+дихає|не\s+просыпается|не\s+прокидається|не\s+реагирует|не\s+реагує)\b|\b(выпил\w*|съел\w*|наглотал\w*|проглотил\w*|випи(в|ла)|з'?ї(в|ла)|наковтал\w*|проковтну(в|ла))\s+(всю|всe|все|усю|усе|целую|цілу|полную|повну)\s+(\w+\s+)?(пачку|упаковку|банку|бутылку|пузырек|пузырёк|пляшку|блистер|блістер|таблетки|пігулки)\b",
        r"\b(he'?s|she'?s|hes|shes|he\s+is|she\s+is|they'?re)\s+(already\s+)?(blue|grey|gray|purple|not\s+breathing|cold|unconscious)\b|\b(he|she|they)\s+(took|swallowed|drank|necked|popped)\s+(the\s+whole|a\s+whole|all\s+(of\s+)?(the|his|her|their))\b",
    ]
)


def _lasting_mourned_or_worried(folded: str) -> bool | None:
    """The card for a state lasting to now, none for a death mourned or a worry; else undecided."""
    cleaned = _cleaned(folded)
    if _out_for_a_while(folded, cleaned):
        return True  # "what if she never wakes up, she's been out 2 hours now"
    if _mourned(folded, cleaned):
        return False  # "one year since my mate overdosed, took flowers to his grave today"
    if (_HYPOTHETICAL.match(folded) and not _OWN_PERSON_OR_NOW.search(folded)) or _worry_ahead(
        folded
    ):
        # "what if someone stops breathing after a bump, what do i do"; "а що як друг не
        # прокинеться після ... як зрозуміти що пора дзвонити" (session 19)
        return False
    return None


def _not_a_person(folded: str) -> bool:
    """A pet, or a house plant revived or given up for dead (blind21-tune), with no person named."""
    if _HUMAN.search(folded):
        return False
    return bool(
        _PET.search(folded) or (_PLANT_REVIVED.search(folded) and not _NAMED_DRUG.search(folded))
    )


def _describes_emergency(folded: str) -> bool:
    if _NOT_AN_EMERGENCY_NOW.search(folded) and not _URGENT.search(folded):
        return False  # "у мамы апноэ, у неё маска", "краще б я тоді не прокинувся"
    if _not_a_person(folded):
        return False  # "mi perro respira raro", "мій кіт дивно дихає", "откачала свой фикус"
    if (
        _school_or_did_not_hear(folded)  # "won't react when i wake him for school" (session 24)
        or _asleep_or_on_a_screen(folded)
        or _team_idiom(folded)
        or _a_habit_of_theirs(folded)
    ):
        # "спав як убитий, ніхто не міг добудитися"; "the striker collapsed on the pitch"; "we died
        # in the second half, no breathing room"; "the baby won't wake for her feed, she always
        # does this"
        return False
    said = _lasting_mourned_or_worried(folded)
    if said is not None:
        return said
    if _asked_for_later(folded) and not _own_person_or_now(folded):
        return False  # "в какое положение класть человека без сознания? на будущее"
    # "no sé cuántas me tomé" tells a count lost, it does not ask "how many"
    # nor does "no se puede levantar" (a sign, session 16) ask "se puede ...?"
    general = _GENERAL.search(_TOO_MUCH_COUNT.sub(" ", _CANT_STAND.sub(" ", folded))) is not None
    cleaned = _cleaned(folded)
    asked_if = False
    if _ASK_IF.search(folded):
        # "что делать если человек отключился": the question's "что делать" is not urgency
        folded = _ASK_IF.sub(" ", folded)
        general = asked_if = True
    if _MEANING.search(folded) and not _URGENT.search(folded):
        return False  # "qué significa si a alguien se le ponen los labios azules"
    # "what does slow breathing mean on benzos" asks; "he's breathing slow is that bad" tells
    # "what do I do if my friend stops breathing": the person is in the "if", not on the floor (but
    # "что делать если друг не дышит" tells what is happening)
    person = _PERSON.search(folded) is not None and not (
        asked_if and _WHAT_IF_CHANGE.search(folded) is not None
    )
    # "cómo se hace el boca a boca no respira ya" (blind9-tune): the how-to is asked because someone
    # is not breathing now (not "if someone", not "someone who is not breathing")
    person = person or (general and not asked_if and _how_to_while_not_breathing(folded))
    # a third person in the verb (session 18): "es normal que no despierte después de las pastillas?"
    # (not beside "alguien": "qué hacer si alguien ... es normal que no despierte" asks in general)
    person = person or (
        _SUBJUNCTIVE_PERSON.search(folded) is not None and _ANYONE.search(folded) is None
    )
    person = person or (
        _SUBJUNCTIVE_STATE.search(folded) is not None
        and _ANYONE.search(folded) is None
        and _USED_NOW.search(folded) is not None
    )
    # a "what if ... how do I know" that tells a state now or a drug already taken (blind16-tune's
    # kind: "y si ya no respira? cómo sé, está morado", "si no despierta cómo sé, se tomó todo el bote")
    person = person or (
        _TOLD_NOW.search(folded) is not None and _GENERIC_PERSON.search(folded) is None
    )
    # a grave state told now and asked "is it normal?" (session 21, emerg2)
    person = person or _grave_asked_normal(folded, cleaned)
    past = _PAST.search(folded) is not None
    # "в прошлом году еле откачали, но всё норм": told afterwards, nothing says it is now
    # ("минулого року знепритомніла, зараз усе добре": "зараз" there is no urgency)
    told_after = (
        past
        and not _URGENT.search(_HELP_CAME_FAST.sub(" ", _NOW_FINE.sub(" ", folded)))
        and not _RIGHT_NOW.search(folded)
    )
    if (
        (_SIGNS.search(cleaned) or _near_signs(cleaned))
        and (not general or person or _URGENT.search(folded))
        and not (_HABITUAL.search(folded) and not _URGENT.search(folded))
        and not told_after
    ):
        return True
    if (
        not past
        and not general
        and (
            (
                (_NO_RESPONSE.search(cleaned) or _CHOKE_SOUND.search(cleaned))
                # only beside a drug or an injection ("бужу его в школу, ноль реакции" is a teenager),
                # or a syringe lying beside them (session 23: "рядом шприц, щипаю его — никакой реакции")
                and (_INJECTED.search(cleaned) or _used(cleaned) or _NEEDLE_BESIDE.search(cleaned))
            )
            # "стучим — тишина, а у него с собой был герыч" (session 22)
            or _knocked_and_nothing(cleaned)
        )
    ):
        return True  # "бужу — ноль"; "se inyectó ... hace gárgaras"
    # chest pain + fainting after a stimulant, overheating + confusion, "took too much" + a symptom
    if (
        not past
        and _body_emergency(cleaned)
        and (
            not general
            or _PERSON.search(folded)
            or _URGENT.search(folded)
            # "первый раз после реабилитации укололся, уплываю": told, not asked
            or _USED_NOW.search(folded)
        )
        and not (_HABITUAL.search(folded) and not _URGENT.search(folded))
        and not _BODY_QUESTION.search(folded)
    ):
        return True
    if (
        _DEAD.search(cleaned)
        and not past
        and not _PET.search(folded)
        # "es verdad que Maradona se murió por las drogas?": a death asked about, nobody of one's own
        and not (general and not _PERSON.search(folded) and not _URGENT.search(folded))
    ):
        return True
    if (
        not past
        and not general
        and (
            _session9_signs(folded, cleaned)
            # "naloxone not working", "налоксон не помогает", "la naloxona no hace efecto"
            or (_NALOXONE_FAILS.search(cleaned) and not _MEANING.search(folded))
        )
    ):
        return True  # fits on a stimulant, a stranger pinned and barely breathing, a child on methadone
    if not past and (
        _session12_signs(folded, cleaned, general, asked_if)
        # "nodded out in the bath after shooting up, his face is in the water"
        or (not general and _FACE_IN_WATER.search(cleaned) and _used(cleaned))
    ):
        return True  # naloxone and still out; "respira cada 10 segundos es normal??" after oxy
    # "me tomé todas las pastillas", "наглоталась феназепама"; antifreeze or a drain cleaner
    # swallowed, a throat closing after a pill (session 14)
    # bad alcohol and the sight going ("палёнки выпили, в глазах темнеет", session 15)
    if (
        _swallowed_many(folded, past)
        or _session14_signs(folded, cleaned, past, general)
        or (not past and not general and _session15_signs(cleaned))
        or (not past and not general and _session16_signs(folded, cleaned))
        or (not past and _blind14_signs(folded, cleaned))
        or (not past and _blind15_signs(folded, cleaned, general))
        or (not past and not general and _session19_signs(folded, cleaned))
        or (not past and not general and _session21_signs(folded, cleaned))
        or (not past and not general and _breath_stops_on_a_drug(cleaned))
        or (not past and not general and _grave_look_after_a_drug(cleaned))
        or (not past and not general and _blind16_signs(folded, cleaned))
        or (not past and not general and _late20_signs(folded, cleaned))
        or (not past and not general and _late23_signs(folded, cleaned))
        or (not past and not general and _es_gone_under(cleaned))
        or (not general and _session24_signs(folded, cleaned) and not _past_not_since(folded, past))
    ):
        return True
    if not past and not general and (_on_a_ledge(cleaned) or _face_in_outside(cleaned)):
        return True  # "on salts, climbed onto the balcony railing, screaming they're after him"
    happened = _OD_HAPPENED.search(cleaned) is not None
    if not happened and not _OD_WORD.search(cleaned):
        return False
    # "I OD'd two years ago and now I'm scared", "у меня был передоз в прошлом году"; a day feared
    # ("страх что мама когда-нибудь передознётся", blind16-tune)
    feared = _SOME_DAY.search(folded) is not None and _URGENT.search(folded) is None
    if (past or feared) and not _RIGHT_NOW.search(folded):
        return False
    now = _URGENT.search(folded) is not None or _SUSPECT.search(folded) is not None
    if happened:
        # "my friend OD'd, what are the signs he's ok" is still now; "what if someone OD'd" is not
        return not general or (now and _PERSON.search(folded) is not None)
    if general:
        return False
    # "friend overdose", "передоз", "sobredosis mi carnal": short and bare counts too
    return now or len(folded.split()) <= 4


# A symptom that went away by itself (session 13, tune30: "se me pasó descansando", "it went away
# after a rest", "всё прошло", "відпустило"): told after, for the embedding stage
_WENT_AWAY = compile_any(
    [
        r"\bse\s+(me|le|nos)\s+(paso|quito)\b(?!\s+(la\s+mano|con|de|el\s+efecto)\b)|\b(went|goes|go)\s+away\b|\b(settled|calmed)\s+down\b|\b(вс[её]|усе|все)\s+(прошло|пройшло|минуло)\b|\b(само|саме)\s+(прошло|пройшло|минуло)\b|\b(отпустило|відпустило)\b",
    ]
)

# The writer ends saying they feel fine (session 14, tune32: "ate loads after, feel ok", "поел, вроде
# норм", "comí y estoy bien"): told after, for the embedding stage
_ENDS_FINE = compile_any(
    [
        # session 15 (tune34, the embedding stage's false cards): coughed it up and laughing or playing
        # now ("the baby swallowed some bathwater, coughed and is laughing now"); a pulled muscle named
        # as the cause ("chest hurts after bench press, pulled a muscle", "потянул наверно", "un tirón")
        r"\b(coughed|cough\w*\s+it\s+up|откашлял\w*|прокашлял\w*|відкашля\w*|прокашля\w*|tosio)\b.{0,40}\b(laughing|giggling|smiling|playing|смеется|смеётся|улыбается|играет|сміється|усміхається|грається|se\s+rie|sonrie|juega|jugando|riendo)\b",
        r"\b(pulled|strained|tweaked)\s+(a\s+|my\s+|some\s+|the\s+)?(muscle|something|pec|pecs)\b|\bpulled\s+muscle\b|\b(потянул\w*|потягнув\w*|потягнула|растянул\w*|розтягнув\w*)\b|\b(un\s+)?tiron\b|\bdesgarr\w*|\bcontractura\b",
        r"(?<!not )(?<!dont )(?<!don't )\b(i\s+)?(feel|feeling|i'?m|im|i\s+am)\s+((?!not\b|no\b|never\b)\w+\s+)?(ok|okay|fine|good|alright|better)\s*$|\b(вроде|наче|ніби|вже|уже|и|і|теперь|тепер)\s+(норм|нормально|в\s+порядке|в\s+порядку|ок|окей|добре|хорошо)\s*$|(?<!no )\b(y\s+)?(estoy|me\s+siento|ya\s+estoy)\s+(bien|mejor|perfect[oa])\s*$",
    ]
)


# A routine (session 16, tune37, the embedding stage's false cards): "my nan takes a handful of pills
# every morning", "у бабусі жменя таблеток щоранку", "toma un puñado de pastillas cada mañana"
_ROUTINE = compile_any(
    [
        r"\b(every\s+(single\s+)?(morning|day|night|evening)|each\s+(morning|day|night|evening)|daily|каждое\s+утро|каждый\s+(день|вечер)|каждую\s+ночь|ежедневно|по\s+утрам|щоранку|щодня|щовечора|щоночі|кожного\s+(ранку|дня|вечора)|кожен\s+день|cada\s+(manana|dia|noche)|todas\s+las\s+(mananas|noches)|todos\s+los\s+dias|diariamente)\b",
    ]
)
# Yesterday or last night, then fine (session 16, tune37): "вчера съел пачку, но всё ок", "last night
# she drank too much but she's fine now", "anoche me pasé pero ya estoy bien"
_YESTERDAY = compile_any(
    [
        r"\b(yesterday|last\s+night|the\s+other\s+day|вчера|вчора|позавчера|позавчора|накануне|ayer|anoche|antier|anteayer|el\s+otro\s+dia)\b",
        # a day of the week gone by (session 18): "overdosed on saturday but he's home now", "в субботу",
        # "у суботу", "el sábado"
        r"\b(on|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(в|во|у)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п'?ятницю|суботу|неділю)\b|\bel\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s+(pasado\s+)?(tuvo|le\s+dio|se\s+(paso|desmayo|metio)|estuvo)\b",
    ]
)

_NOT_FINE = re.compile(
    r"\b(not|isn'?t|isnt|no\s+esta|no|не|ні|не\s+всё|не\s+все)\s+(\w+\s+)?(fine|ok|okay|alright|good|normal\w*|норм\w*|в\s+порядке|в\s+порядку|bien|добре|хорошо|ок|окей|гаразд)\b"
)


# Opioid withdrawal in street words (session 18, tune41: "se puso malilla porque no consiguió", "dope
# sick", "кумарит", "ломает"): sick for lack of the drug, not an overdose; for the embedding stage,
# when the rules see no sign, nothing urgent and no drink named (alcohol withdrawal can fit)
_DOPE_SICK = compile_any(
    [
        r"\b(malilla\w*|malias|dope\s?sick|clucking|кумар\w*|ломк\w*|ломает|ломало|ламає|ламало|ломає)\b|\b(tiene|tengo|con|esta\s+con|ando\s+con)\s+(el\s+)?mono\b",
    ]
)


# A sleeper who wakes at once when called or nudged (session 19, tune43, the embedding stage's false
# cards): "she wakes right up when we call her", "будишь и она сразу просыпается", "будиш і одразу
# прокидається", "la llamas y despierta al toque". Told of a way of sleeping, not someone out.
_WAKES_AT_ONCE = compile_any(
    [
        r"\b(wakes?|woke)\s+(right\s+|straight\s+)?(up\s+)?(right\s+away|straight\s+away|at\s+once|immediately|instantly|as\s+soon\s+as\s+(we|i|you)|when\s+(we|i|you)\s+(call|shake|nudge|touch|say|speak))",
        r"\b(сразу|тут\s+же|моментально|мгновенно)\s+(же\s+)?(и\s+)?(просыпается|проснется|проснётся|открывает\s+глаза|отзывается)\b|\b(просыпается|отзывается)\s+(сразу|тут\s+же|моментально)\b",
        r"\b(одразу|відразу|зразу|тут\s+же|миттєво)\s+(ж\s+)?(і\s+)?(прокидається|прокинеться|розплющує\s+очі|відгукується)\b|\b(прокидається|відгукується)\s+(одразу|відразу|зразу)\b",
        r"\b(despierta|se\s+despierta|abre\s+los\s+ojos|contesta|responde)\s+(al\s+toque|enseguida|en\s+seguida|luego\s+luego|de\s+inmediato|al\s+instante|al\s+momento)\b|\b(enseguida|al\s+toque|de\s+inmediato)\s+(se\s+)?(despierta|contesta|responde)\b",
    ]
)

# One's own prescribed medicine taken as prescribed and then off to bed (session 20, tune45 appended
# rows, the embedding stage's false card): "tomó sus pastillas recetadas y se fue a dormir", "took his
# prescribed meds and went to bed"; not with a sign, too much, or someone gone under
_PRESCRIBED_TO_BED = compile_any(
    [
        r"\b(recetad[oa]s?|de\s+receta|que\s+le\s+(receto|recetaron|manda)\s+el\s+medico|prescribed|prescription)\b.{0,60}\b(se\s+fue\s+a\s+(dormir|la\s+cama|acostar)|se\s+acosto|se\s+durmio|went\s+to\s+(bed|sleep)|went\s+off\s+to\s+(bed|sleep))\b",
    ]
)


# Gone on an errand or a trip, or waiting in the car (session 22, tune49: "went under the bridge to
# have a smoke, won't be long", "отъехал на дачу", "від'їхав до міста", "se fue al pueblo", "waiting
# for me in the car"): a verb that is slang for passing out, read in its everyday sense with a
# destination or a purpose. Only for the embedding stage's card, and only with no sign, no drug and
# nothing urgent (``told_not_now``).
_ERRAND = compile_any(
    [
        r"\b(went|gone|goes|headed|popped|nipped|drove|driven)\s+(\w+\s+){0,3}?(to|for)\s+(have|get|grab|buy|see|fetch|pick|smoke|a\s+smoke|a\s+walk|a\s+drive|work|the\s+shops?|the\s+store|the\s+beach)\b|\b(won'?t|wont)\s+be\s+long\b|\bbe\s+(right\s+)?back\s+(soon|in)\b",
        r"\b(отъехал\w*|уехал\w*|поехал\w*|выехал\w*|укатил\w*|свалил\w*)\s+(\w+\s+)?(на|в|во|к|до)\s+(дач\w*|работ\w*|магазин\w*|город\w*|отпуск\w*|деревн\w*|мор\w*|командировк\w*|родител\w*|бабушк\w*|маме|тещ\w*|аэропорт\w*|вокзал\w*|офис\w*|рыбалк\w*|гараж\w*)\b",
        r"\b(від'?їха\w*|поїха\w*|виїха\w*|поїхав\w*|звалив\w*)\s+(\w+\s+)?(на|в|у|до)\s+(дач\w*|робот\w*|магазин\w*|міст\w*|відпустк\w*|сел\w*|мор\w*|відрядженн\w*|батьк\w*|бабус\w*|мами|аеропорт\w*|вокзал\w*|офіс\w*|риболовл\w*|гараж\w*)\b",
        r"\bse\s+fue\s+(\w+\s+)?(a|al|para|pa)\s+(la\s+|el\s+|su\s+|mi\s+)?(playa|pueblo|casa|trabajar|curro|trabajo|tienda|super|chamba|comprar|ver|otro\s+lado|vacaciones|rancho)\b",
        r"\b(waiting|wait\w*|ждет|ждут|чека\w*|espera|esperando|me\s+espera)\s+(for\s+(me|us)\s+|меня\s+|нас\s+|мене\s+)?(\w+\s+)?(in|в|у|en)\s+(the\s+)?(car|машин\w*|coche|carro)\b",
    ]
)


# Red from shame, or singing behind the door (session 22, tune49: "se puso rojo como tomate de la
# vergüenza", "покраснел от стыда", "закрылся в ванной и поёт, стучу — не открывает"): blushing and
# singing are someone well. Only for the embedding stage's card, with no sign, no drug and nothing
# urgent (``told_not_now``).
_WELL_AND_AWAKE = compile_any(
    [
        r"\b(red|blush\w*|rojo|roja|sonroj\w*|покраснел\w*|красн\w*|почервоні\w*|червон\w*)\s+(\w+\s+){0,4}?(from|with|of|de|por|от|від|з)\s+(the\s+|la\s+|el\s+|su\s+)?(embarrassment|shame|vergu?enza|pena|стыда|сорому|сорому|сором'?язлив\w*|смущения)\b",
        r"\b(singing|sings|humming|поет|поёт|напевает|співає|наспівує|canta|cantando|tarareando)\b",
    ]
)


# Plainly awake and talking now, or up and about as if nothing happened (session 23, emerg, tune51's
# kind, the embedding stage's false cards: "threw up a bit after the pills but he's awake and chatting
# now", "в сознании, болтает и пьёт воду", "при тямі, балакає", "зараз бігає як ні в чому не бувало",
# "está despierto y platicando"): told with no sign left and nothing urgent, no card from the model
_AWAKE_AND_TALKING = compile_any(
    [
        r"\b(awake|conscious|alert|up)\s+(and\s+)?(chatting|chatty|joking|laughing|talking\s+(normally|fine|to\s+(us|me))|making\s+sense)(\s+(now|rn|again))?\b",
        r"\b(в\s+сознании|в\s+себе|при\s+памяти)\s+(\w+\s+)?(болтает|разговаривает|шутит|смеется|говорит\s+нормально|отвечает\s+нормально)\b",
        r"\b(при\s+тямі|при\s+свідомості|притомн\w*)\s+(\w+\s+)?(балакає|розмовляє|жартує|сміється|говорить\s+нормально|відповідає\s+нормально)\b",
        r"\b(despiert[oa]|consciente)\s+(y\s+)?(platicando|hablando\s+(normal|bien)|charlando|bromeando|riendo(se)?)\b",
        r"\b((now|rn|сейчас|щас|зараз|тепер|теперь|ahora|ya)\s+(\w+\s+){0,2})?((as\s+if|like)\s+nothing\s+(ever\s+)?happened|як\s+ні\s+в\s+чому\s+не\s+бувало|как\s+ни\s+в\s+ч[её]м\s+не\s+бывало|como\s+si\s+nada)\b",
    ]
)
# "now" said bare beside someone awake and talking ("awake and chatting, eating toast now"): no hurry
_BARE_NOW = re.compile(r"\b(now|rn|сейчас|щас|зараз|тепер|теперь|ahora|ahorita|ya)\b")
# A pain or a turn gone now (session 23: "tight in the chest after a cigarette but it's gone now")
_GONE_NOW = compile_any(
    [
        r"\b(it'?s|its|it\s+is|it\s+has|pain'?s|pain\s+is|that'?s)\s+(all\s+)?gone(\s+now)?\b|\b(уже|вже|все|всё|усе)\s+(прошло|пройшло|минуло)\b|\bya\s+se\s+(me\s+|le\s+)?(paso|quito|fue)\b",
    ]
)
# A limb "asleep" or gone numb from sitting or lying on it (session 23: "se me durmieron las piernas de
# estar tanto rato sentado", "ноги затекли", "my leg fell asleep")
_LIMB_ASLEEP = compile_any(
    [
        r"\bse\s+me\s+(durmio|durmieron|entumio|entumieron|acalambro|acalambraron)\s+(la|las|el|los)\s+(pierna|piernas|brazo|brazos|mano|manos|pie|pies)\b",
        r"\b(leg|legs|arm|arms|foot|feet|hand|hands)\s+(fell|went|has\s+gone|have\s+gone)\s+(to\s+)?(asleep|sleep|dead)\b",
        r"\b(нога|ноги|рука|руки|ступня|ступни|стопа|стопы)\s+(затекла|затекли|затекла|отсидел\w*|онемели\s+от\s+сидения)\b|\b(нога|ноги|рука|руки)\s+(затерпла|затерпли|затекла|затекли)\b|\b(отсидел|відсидів)\s+(ногу|ноги)\b",
    ]
)

# "no drugs involved", "sin drogas de por medio", "никаких наркотиков": drugs denied, not named
_NO_DRUGS = compile_any(
    [
        r"\b(no|without|sin|ningunas?|без|никаких|ніяких|жодних)\s+(drugs|drogas|sustancias|наркотик\w*|наркоти\w*)(\s+(de\s+por\s+medio|involved|at\s+all|ни\s+разу|взагалі|вообще))?\b",
    ]
)


def told_not_now(text: str) -> bool:
    """The words of an emergency, framed by the rules as not happening now: a film, a story read or
    the news, a training; told afterwards ("he is home from hospital now"); a habit; a "what if
    someone..." question; or a harmless use of the words ("lips blue when I swim", "нос не дышит").
    The embedding stage (``bot.library.triage``) gives no emergency card to such a message: the
    rules saw why it is not one, the nearest prototypes see only the alarming words."""
    folded = fold(text)
    # Russian or Ukrainian in Latin letters: framed in their Cyrillic readings too, as the rules
    # read them (session 23: "akkumulyator sel, mashina ne zavoditsya i ne reagiruet")
    if _writer_fine_now(text, folded):
        return True  # "fainted for a second at the blood test, fine now" (session 23)
    readings = cyrillic_readings(folded)
    if readings and any(_told_not_now(text, fold(reading)) for reading in readings):
        return True
    return _told_not_now(text, folded)


def _told_not_now(text: str, folded: str) -> bool:
    if (_HYPOTHETICAL.match(folded) and not _OWN_PERSON_OR_NOW.search(folded)) or _worry_ahead(
        folded
    ):
        return True
    if (
        _FICTION.search(folded)
        and not _CALL_FOR_HELP.search(folded)
        and not _watching_scene(folded)
    ):
        return True
    urgent = _URGENT.search(_NOW_FINE.sub(" ", folded)) is not None
    # a sign denied and played down ("not unconscious, just sleepy", "не синя, просто бліда"), with
    # no other sign and nothing urgent (session 22, tune49's kind)
    if (
        _PLAYED_DOWN.search(folded)
        and _DENIED_SIGN.search(folded)
        and not urgent
        and not (_SIGNS.search(_cleaned(folded)) or _near_signs(_cleaned(folded)))
    ):
        return True
    if (
        _ERRAND.search(folded)
        and not urgent
        and not (
            _SIGNS.search(_cleaned(folded))
            or _near_signs(_cleaned(folded))
            or _used(_cleaned(folded))
            or _NAMED_DRUG.search(folded)
        )
    ):
        return True  # "отъехал на дачу, связи нет", "went under the bridge to have a smoke"
    if (
        _WELL_AND_AWAKE.search(folded)
        and not urgent
        and not (
            _SIGNS.search(_cleaned(folded))
            or _near_signs(_cleaned(folded))
            or _used(_cleaned(folded))
            or _NAMED_DRUG.search(folded)
        )
    ):
        return True  # "se puso rojo de la vergüenza", "закрылся в ванной и поёт"
    # the rules' own cuts, with those made only when no drug is named (blue from the cold outside, an
    # almost-faint that ended fine: tune28's false cards from the embedding stage)
    cleaned = _cleaned(folded)
    signs = bool(_SIGNS.search(cleaned) or _near_signs(cleaned) or _DEAD.search(cleaned))
    if _mourned(folded, cleaned):
        return True  # "a year since he overdosed, took flowers to his grave" (session 21)
    if (
        _LAUGHING.search(folded)
        and not urgent
        and not _used(cleaned)
        and not _NAMED_DRUG.search(cleaned)
    ):
        return (
            True  # "en la montaña rusa pensé que me desmayaba jaja" (tune28), as the rules read it
        )
    if _PAST.search(folded) and not _RIGHT_NOW.search(folded) and not (urgent and signs):
        return True  # "she overdosed on friday but she's home from hospital now"
    if _HABITUAL.search(folded) and not urgent:
        return True
    # a pet with nobody named and no drug (session 18, tune41: "kot ne reagiruet na igrushki"); a
    # pet that ate a drug is the rules' (``_small_one_poisoned``)
    if (
        _PET.search(folded)
        and not _HUMAN.search(folded)
        and not urgent
        and not _used(cleaned)
        and not _NAMED_DRUG.search(cleaned)
    ):
        return True
    if (
        _DOPE_SICK.search(folded)
        and not signs
        and not urgent
        and not _DRINK.search(folded)
        and not _ANY_DRINK.search(folded)
    ):
        return True  # "mi carnal se puso malilla, le duelen los huesos" (tune41)
    if _ROUTINE.search(folded) and not urgent and not signs and not _RIGHT_NOW.search(folded):
        return True  # "у бабусі жменя таблеток щоранку, як їй не плутатись" (tune37)
    if (
        _YESTERDAY.search(folded)
        and _FINE.search(_NOT_FINE.sub(" ", folded))
        and not urgent
        and not _RIGHT_NOW.search(folded)
        and not text.rstrip().endswith("?")
    ):
        return True  # "вчера перебрал, блевал всю ночь, сейчас норм" (tune37)
    if (
        _school_or_did_not_hear(folded)  # "не отвечала, слуховой аппарат сел" (session 24)
        or _asleep_or_on_a_screen(folded)
        or _team_idiom(folded)
        or _a_habit_of_theirs(folded)
    ):
        return (
            True  # "slept like a log, nobody could wake me"; "the striker collapsed on the pitch"
        )
    if (
        _WAKES_AT_ONCE.search(folded)
        and not urgent
        and not _OUT_AGAIN.search(folded)
        and not _LIFE_GONE.search(folded)
        and not _SLEEP_GONE_WRONG.search(folded)
    ):
        return True  # "abuela se duerme después de sus pastillas, la llamas y despierta al toque"
    if (
        _PRESCRIBED_TO_BED.search(folded)
        and not urgent
        and not signs
        and not _ES_GONE_UNDER.search(cleaned)
        and not _TOO_MUCH.search(cleaned)
    ):
        return True  # "tomó sus clonas recetadas y se fue a dormir, mañana trabaja" (session 20)
    if (
        _WENT_AWAY.search(folded)
        and not urgent
        and not _used(cleaned)
        and not _NAMED_DRUG.search(cleaned)
        and not _LIFE_GONE.search(folded)
    ):
        return True  # "dolor en el pecho corriendo, se me pasó descansando" (tune30)
    if (
        _ENDS_FINE.search(folded)
        and not urgent
        and not _used(cleaned)
        and not _NAMED_DRUG.search(cleaned)
        and not _LIFE_GONE.search(folded)
    ):
        return True  # "ran a marathon, legs shaking and numb, ate loads, feel ok" (tune32)
    if (
        (_ILLNESS.search(cleaned) or _WEATHER.search(cleaned))
        and not signs
        and not urgent
        and not _used(cleaned)
    ):
        return True  # "got a stinking cold, chest feels tight"; "жара, весь мокрый" (tune25)
    # the rules' cuts; someone awake and talking, a pain gone, a limb asleep (session 23)
    return not signs and (cleaned != folded or _awake_or_gone_now(folded, cleaned))


def _awake_or_gone_now(folded: str, cleaned: str) -> bool:
    """Someone awake and talking, or a pain gone or a limb asleep with no drug (session 23); asked
    only when the rules see no sign."""
    if _AWAKE_AND_TALKING.search(folded) and not _URGENT.search(
        _BARE_NOW.sub(" ", _NOW_FINE.sub(" ", _AWAKE_AND_TALKING.sub(" ", folded)))
    ):
        return True  # "threw up a bit after the pills but he's awake and chatting now"
    undrugged = _NO_DRUGS.sub(" ", cleaned)
    return bool(
        (_GONE_NOW.search(folded) or _LIMB_ASLEEP.search(folded))
        and not _used(undrugged)
        and not _NAMED_DRUG.search(undrugged)
        and not _LIFE_GONE.search(folded)
    )  # "tight in the chest after a cigarette but it's gone now"; "ноги затекли"


def asks_about_overdose(text: str) -> bool:
    """True for a general question about overdoses (not an emergency): offer the steps one tap away."""
    folded = fold(text)
    # Russian or Ukrainian in Latin letters (blind13-tune, late round): asked in its Cyrillic
    # readings too, as ``is_emergency`` does ("kogda nado vyzyvat skoruyu esli perebral")
    readings = cyrillic_readings(folded)
    if any(_is_emergency(fold(reading)) for reading in readings) and not (
        _read_by_endings(folded) and _asks_about_overdose(folded)
    ):
        return False  # the card's, as in ``is_emergency``
    return _asks_about_overdose(folded) or any(
        _asks_about_overdose(fold(reading)) for reading in readings
    )


def _asks_about_overdose(folded: str) -> bool:
    if _is_emergency(folded) or _planned_overdose(folded):
        return False
    if _OD_WORD.search(folded) is not None or _OD_TOPIC.search(folded) is not None:
        return True
    if _OD_HAPPENED.search(folded) is not None:
        return True  # "cuáles son las señales de que alguien se pasó de G"
    if _PASARSE.search(folded) is not None and _GENERAL.search(folded) is not None:
        return True  # "es verdad que al salir de la cárcel es más fácil pasarse?"
    if (
        _IF_PASARSE.search(folded) is not None
        or _IF_OD_SLANG.search(folded) is not None
        or _if_knocked_out_on_drug(folded)  # "якщо кент вирубиться від герича?" (blind19-tune)
    ):
        # "sirve la ducha fría si se pasa?" (blind12-tune); "что делать, если друг отъедет?" and
        # "a alguien que le dio un pasón" (blind18-tune)
        return True
    if _NALOXONE.search(folded) is not None or _drug_if_then_sign(folded):
        # "if i take my methadone with a few beers will i stop breathing?" (session 21)
        return True
    if (
        _TOLERANCE_WORD.search(folded) is not None and _TOLERANCE_LOST.search(folded) is not None
    ) or _SAME_DOSE.search(folded) is not None:
        return True  # "толерантність вже впала?", "после ребы доза та же опасна?" (blind5-tune)
    if _TOLERANCE_WORD.search(folded) is not None and _RELAPSE.search(folded) is not None:
        return True  # "на ЗПТ два роки, якщо зірвусь, толерантність у мене є?" (blind7-tune)
    if (
        _RETURN.search(folded) is not None
        and (_AFTER_BREAK.search(folded) is not None or _CLEAN_FOR.search(folded) is not None)
        and _DOSE_ASKED.search(folded) is not None
        # "si vuelvo al gimnasio cuánto debería correr" is no relapse
        and (_used(folded) or _RELAPSE_SAID.search(folded) is not None)
    ):
        return True  # "пів року чистий, якщо вернусь, яка доза небезпечна?" (blind11-tune)
    if _SAME_AS_BEFORE.search(folded) is not None and _AFTER_BREAK.search(folded) is not None:
        return True  # "salí del centro de rehabilitación, ¿puedo consumir lo mismo que antes?"
    if _DOSE_DOWN.search(folded) is not None and _AFTER_BREAK.search(folded) is not None:
        return (
            True  # "si salgo de la cárcel después de un año sin consumir tengo que bajar la dosis?"
        )
    if _OVERDO.search(folded) is not None and _SOME_DAY.search(folded) is not None:
        return (
            True  # "что делать если друг перебрал? на будущее", "si un amigo se me pasa algún día"
        )
    if _DIE_ASKED.search(folded) is not None and (
        _DEPRESSANT.search(folded)
        or _NAMED_DRUG.search(folded)
        or _STIMULANT_OR_OTHER.search(folded)
    ):
        return True  # "чи можна померти від лірики з алкоголем?" (session 19, tune43)
    if _WHEN_TO_CALL.search(folded) is not None:
        return True  # "en qué momento hay que llamar a emergencias?"  # "where do you spray narcan", "налоксон колоть в мышцу или в вену?"
    if _TOO_MUCH_SIGNS.search(folded) is not None:
        return True  # "what are the signs someone has taken too much ket" (session 16, tune37)
    if _session20_asked(folded) or _session21_asked(folded):
        # too much of a drug, a seizure "what to do if", overheating asked (tune45); someone going
        # under "if", how long to stay, "not just high", sleeping it off (tune47)
        return True
    if (
        _MAX_DOSE_ASKED.search(folded) is not None
        # "how small is a lethal amount of X", "does salt water bring someone round" (blind20-tune)
        or _lethal_amount_asked(folded)
        or _myth_revival_asked(folded)
    ):
        return True
    if _DOSE_LIMIT_ASKED.search(folded) is not None and _drug_named(_GRAMS.sub(" ", folded)):
        return True  # "how much G is too much, where's the line", "a partir de cuántos ml de G te quedas KO"
    if (
        _SNORE.search(folded) is not None
        and (
            _DEPRESSANT.search(folded) is not None
            or _CHILD_OPIOID.search(folded) is not None
            or _OPIOID_WORD.search(folded) is not None
        )
        and _DANGER_ASKED.search(folded) is not None
    ):
        return True  # "якщо людина після опіатів хропе, це небезпечно?" (blind14-tune)  # "how much tylenol is too much in a day", "скільки парацетамолу на добу можна"
    # "is chest pain after speed always an emergency", "what do blue lips mean on opioids"
    asking = (
        _GENERAL.search(folded)
        or _ASK_IF.search(folded)
        or _MEANING.search(folded)
        or _BODY_QUESTION.search(folded)
        or _asked_for_later(folded)
        # "я боюсь що колись знайду його непритомним" (blind7-tune): a day feared, not this one
        or (_SOME_DAY.search(folded) and _AFRAID.search(folded))
    )
    return bool(asking) and bool(
        _SIGNS.search(folded)
        or _near_signs(folded)
        or _body_kinds(folded)
        or _HEART_ATTACK.search(folded)
        # "qué hago si mi amiga se pone muy ida con la keta?" (session 20, tune45)
        or ((_ES_GONE_UNDER.search(folded) or _ES_GONE_ASKED.search(folded)) and _used(folded))
    )


# -- overdose questions missed on blind20-tune (late round, session 23, emerg) ----------------------
# A lethal amount of a drug asked: "how tiny is a deadly dose of carfentanil really", "сколько
# смертельная доза метадона", "яка летальна доза трамадолу", "cuál es la dosis letal de la keta".
_LETHAL_AMOUNT = compile_any(
    [
        r"\b(lethal|fatal|deadly|killing)\s+(amount|dose|doses|dosage|quantity|level)\b|\b(смертельн\w*|летальн\w*)\s+(доз\w*|количеств\w*|кількіст\w*)\b|\b(dosis|cantidad)\s+(letal|mortal)\b",
    ]
)
_AMOUNT_ASKED = compile_any(
    [
        r"\b(how|what|what'?s|whats|which|is|does|can)\b|\b(сколько|какая|какое|какую|скільки|яка|яку|яке|чи)\b|\b(cual|cuanto|cuanta|que|es)\b",
    ]
)


def _lethal_amount_asked(folded: str) -> bool:
    return (
        _LETHAL_AMOUNT.search(folded) is not None
        and _AMOUNT_ASKED.search(folded) is not None
        and _drug_named(_GRAMS.sub(" ", folded))
    )


# A home remedy for bringing someone round asked about (myths: salt water, milk, ice, a cold bath,
# coffee): "heard a cold bath brings people back from a nod, true?", "правда что молоком можно
# откачать", "чи допомагає лід відкачати", "sirve meterle agua con sal para que reaccione".
_MYTH_REMEDY = compile_any(
    [
        r"\b(salt\s*water|saline|salt|milk|ice|cold\s+(shower|bath|water)|coffee|солев\w*|соль\w*|солью|молок\w*|льдом|лед|лёд|лід|льодом|холодн\w*\s+(душ\w*|ванн\w*|вод\w*)|кофе|кав\w*|sal|leche|hielo|ducha\s+fria|bano\s+(frio|de\s+hielo)|agua\s+fria|cafe)\b",
    ]
)
_REVIVE = compile_any(
    [
        r"\b(bring\w*|brought)\s+(\w+\s+)?(round|around|back|to)\b|\breviv\w*|\bwake\s+(\w+\s+)?up\b|\bwakes?\s+(\w+\s+)?from\b",
        r"\b(откача\w*|відкача\w*|привести\s+в\s+чувство|привести\s+до\s+тями|разбудить|розбудити|reanim\w*|reviv\w*|hacer(le)?\s+reaccionar|para\s+que\s+(reaccione|despierte|vuelva))\b",
    ]
)
_MYTH_ASKED = compile_any(
    [
        r"\b(legit|true|real|really|actually|myth|work|works|does|do|is|heard|reckons?|says?)\b|\b(правда|миф|міф|работает|помогает|допомагає|працює|чи|ли|слышал\w*|чув|чула|говорят|кажуть)\b|\b(sirve|funciona|verdad|mito|dicen|escuche|es\s+cierto)\b",
    ]
)


def _myth_revival_asked(folded: str) -> bool:
    return (
        _MYTH_REMEDY.search(folded) is not None
        and _REVIVE.search(folded) is not None
        and _MYTH_ASKED.search(folded) is not None
    )


# Too much of a drug asked about (session 20, tune45): "is it ok to let someone sleep it off after too
# much G or is that dangerous", "як виглядає людина, яка перебрала", "hay que poner de lado a alguien
# que se ha pasado con el G?", "нужно ли класть на бок того, кто перебрал с феном". Overdoing said
# with a question word, the way to lay someone down asked, or what it looks like; "too much" and the
# Spanish "se pasó con" only beside a drug named ("too much homework", "se pasó con el trabajo").
_TOO_MUCH_TOLD = compile_any(
    [
        r"\b(перебрал\w*|перебра(в|ла|ли)|переборщ\w*|передоз\w*)\b",
    ]
)
_TOO_MUCH_OF_A_DRUG = compile_any(
    [
        r"\b(way\s+)?too\s+(much|many)\b|\b(overdid|overdo|overdoes|overdone|overdoing)\b|\b(слишком\s+много|забагато|занадто\s+багато)\b",
        r"\bse\s+(ha\s+|han\s+|habia\s+)?(pasado|paso|pasaron)\s+(con|de)\b|\b(de\s+mas|demasiad[oa]s?)\b",
    ]
)
_SIDE_ASKED = compile_any(
    [
        r"\b(hay\s+que|se\s+debe|debo|debemos|tengo\s+que|es\s+mejor)\s+(poner|acostar|colocar|dejar|voltear)(lo|la|le)?\s+(\w+\s+){0,3}de\s+lado\b",
        r"\b(should|do|must|can)\s+(you|i|we|u)\s+(put|lay|roll|turn|leave)\s+(\w+\s+){0,2}(on|onto)\s+(their|his|her|the)\s+side\b",
        r"\b(надо|нужно|треба|потрібно|можно|можна)\s+(ли\s+)?(\w+\s+){0,2}(класть|положить|перевернуть|класти|покласти|перевернути|укласти)\s+(\w+\s+){0,2}на\s+бок\b",
    ]
)
_LOOKS_OR_DANGER = compile_any(
    [
        r"\b(как\s+выглядит|як\s+виглядає|what\s+does\s+(\w+\s+){0,3}look\s+like|como\s+se\s+ve|que\s+aspecto)\b",
        r"\b(is\s+(it|that|this)|это|це|es)\s+(\w+\s+)?(dangerous|ok|okay|safe|опасно|небезпечно|peligroso|seguro|grave)\b|\b(опасно|небезпечно|peligroso)\s+(ли|чи)?\b",
    ]
)


def _too_much_asked(folded: str) -> bool:
    # the overdoing first (rare), the question words (a long list) only then
    told = _TOO_MUCH_TOLD.search(folded) is not None
    # "how much g of sugar is too much": grams are not G
    if not told and not (
        _TOO_MUCH_OF_A_DRUG.search(folded) is not None and _drug_named(_GRAMS.sub(" ", folded))
    ):
        return False
    return (
        _SIDE_ASKED.search(folded) is not None
        or _LOOKS_OR_DANGER.search(folded) is not None
        or _GENERAL.search(folded) is not None
    )


def _session20_asked(folded: str) -> bool:
    """Too much of a drug asked about ("is it ok to let someone sleep off too much G?"), a seizure
    asked "what to do if", a sign to come if a drug is taken, the temperature at which overheating on
    a drug is dangerous."""
    if _too_much_asked(folded):
        return True
    if _ASK_IF.search(folded) is not None and _SEIZURE_WORD.search(folded) is not None:
        return True
    if _FUTURE_SIGN_IF.search(folded) is not None and _drug_named(folded):
        return True  # "mi amigo va a convulsionar si toma mucho tramadol?"
    return _HEAT_ASKED.search(folded) is not None and _drug_named(folded)


# Overdose questions of tune47 (session 21, emerg), by kind:
# - "can one overdose" with "можно"/"можна" and no "ли" ("от травы можно передознуться вообще?"): a
#   general question, like "можно ли", said as strangers say it (a word of _GENERAL, which the rules
#   ask everywhere a general question is told from a message about now);
# - someone in general going under after "if", with what to do asked ("если вдруг кто-то отъедет при
#   мне, что делать по шагам", "якщо хтось вирубиться на тусі, що робити", "if someone goes under in
#   front of me what do i do");
_IF_SOMEONE_GOES = compile_any(
    [
        (
            r"\b(если|якщо|коли|if|si|when)\s+(вдруг\s+|раптом\s+|ever\s+|de\s+repente\s+)?(\w+\s+)?"
            r"(кто[-\s]?то|кто[-\s]?нибудь|хтось|хто[-\s]?небудь|человек|людина|someone|somebody|anyone|a\s+friend|a\s+mate|alguien|un\s+amigo|una\s+amiga|un\s+colega)\s+(\w+\s+){0,2}"
            r"(отъедет|вырубится|отключится|откинется|посинеет|перестанет\s+дышать|не\s+проснется|упадет|обмякнет|від'?їде|вирубиться|відключиться|посиніє|перестане\s+дихати|не\s+прокинеться|впаде|"
            r"goes\s+under|passes\s+out|goes\s+blue|turns\s+blue|stops\s+breathing|won'?t\s+wake|collapses|drops|nods\s+out|"
            r"se\s+(me\s+)?(desmaya|queda\s+ties[oa]|pone\s+(azul|morad[oa])|cae|va)|deja\s+de\s+respirar|no\s+despierta)\b"
        ),
    ]
)
_WHAT_TO_DO = compile_any(
    [
        r"\b(что|чо|шо|що)\s+(мне\s+|мені\s+)?(делать|робити)\b|\bкак\s+(помочь|действовать)\b|\bяк\s+(допомогти|діяти)\b|\bпо\s+(шагам|пунктам|кроках|пунктах)\b|\bstep\s+by\s+step\b|\bwhat\s+(do|should|would)\s+(i|we|you)\s+do\b|\bwhat\s+to\s+do\b|\bhow\s+(do|can|should)\s+(i|we|you)\s+help\b|\b(que|q)\s+(hago|hacemos|hacer|debo\s+hacer)\b|\bpaso\s+a\s+paso\b|\bcomo\s+ayud\w*",
    ]
)
# - how long to stay with or watch over someone who took too much ("how long should i stay with a
#   friend who took too much", "сколько часов следить за тем, кто перебрал", "cuánto tiempo tengo que
#   vigilar a alguien que se pasó");
_HOW_LONG_WATCH = compile_any(
    [
        r"\b(how\s+long|until\s+when|till\s+when|сколько\s+(времени|часов|по\s+времени)|скільки\s+(часу|годин)|cuanto\s+tiempo|cuantas\s+horas|hasta\s+cuando)\b.{0,60}\b(stay|watch|keep\s+an\s+eye|sit\s+with|check\s+on|monitor|be\s+with|следить|наблюдать|сидеть|быть\s+рядом|присматривать|смотреть\s+за|стежити|наглядати|сидіти|бути\s+поруч|бути\s+поряд|quedarme|quedarse|quedarnos|vigilar|cuidar|estar\s+con)\b",
    ]
)
_OVERDID = compile_any(
    [
        r"\b(too\s+(much|many)|overdid\w*|overdo\w*|od'?d|o\.d\.?'?d|перебрал\w*|перебра(в|ла|ли)|переборщ\w*|передоз\w*|передознул\w*|se\s+(ha\s+)?(paso|pasado)|sobredosis|se\s+metio\s+de\s+mas|tom[oó]\s+de\s+mas)\b",
    ]
)
# - how to tell someone is not just high but in danger ("по каким признакам видно что человек уже не
#   просто в нирване, а его надо спасать", "по чому зрозуміти, що людина не просто кайфує, а їй погано",
#   "qué señales indican que ya no está solo pedo sino que hay que llamar", "how do you know someone
#   is not just high but actually in trouble"): asked with a question word of _GENERAL;
_NOT_JUST_HIGH = compile_any(
    [
        r"\b(not\s+just|not\s+only|не\s+просто|не\s+только|не\s+лише|не\s+тільки|не\s+прост[оа]\s+так|no\s+(esta\s+)?solo|no\s+(esta\s+)?nomas|ya\s+no\s+(esta\s+)?solo)\b.{0,60}\b(but|а|але|sino|y\s+ya|y\s+hay\s+que)\b.{0,60}\b(help|ambulance|911|999|112|emergency|danger\w*|trouble|serious|dying|od\w*|overdos\w*|спаса\w*|рятува\w*|скор\w*|швидк\w*|помощ\w*|допомог\w*|опасн\w*|небезпе\w*|погано|плохо|серь[её]зн\w*|серйозн\w*|передоз\w*|ambulancia|emergencia\w*|peligro\w*|grave|ayuda|llamar|sobredosis)",
    ]
)
# - whether it is safe to let someone sleep it off after a drug or drink ("опасно ли давать человеку
#   проспаться после ГГ", "чи небезпечно давати людині проспатися після алкоголю з таблетками", "is it
#   safe to let him sleep it off after the xanax", "se puede dejar dormir a alguien después de la
#   keta").
_SLEEP_IT_OFF = compile_any(
    [
        r"\b(let|letting|leave|leaving)\s+(\w+\s+){0,2}(sleep|sleeping|kip)\b|\bsleep\s+it\s+off\b|\b(проспаться|проспатися|отоспаться|відіспатися|виспатися|выспаться)\b|\bdejar(lo|la|le|los|las)?\s+(\w+\s+){0,3}dormir\b|\bdejar\s+que\s+duerma\b|\bque\s+se\s+(duerma|la\s+duerma)\b|\bdormir\s+la\s+mona\b",
    ]
)
_SLEPT_OFF_WORD = compile_any(
    [
        r"\bsleep\w*\s+it\s+off\b|\b(проспаться|проспатися|отоспаться|відіспатися|dormir\s+la\s+mona)\b"
    ]
)
_SAFE_ASKED = compile_any(
    [
        r"\b(is\s+it|is\s+that|it'?s)\s+(\w+\s+)?(ok|okay|safe|dangerous|fine|alright|bad)\b|\b(опасно|небезпечно|безопасно|безпечно|нормально)\b|\b(можно|можна)\s+(ли\s+)?(\w+\s+)?(да(вать|ть)|да(вати|ти)|оставить|залишити|лишить)\b|\bчи\s+(можна|безпечно|небезпечно|нормально)\b|\b(es|sera)\s+(peligroso|seguro|malo|grave)\b|\bse\s+puede\b|\bpeligroso\b",
    ]
)


def _session21_asked(folded: str) -> bool:
    """Someone in general going under after "if" with what to do asked; how long to watch over
    someone who took too much; how to tell someone is not just high but in danger; whether to let
    someone sleep it off after a drug or drink (tune47)."""
    if _IF_SOMEONE_GOES.search(folded) is not None and _WHAT_TO_DO.search(folded) is not None:
        return True
    if _HOW_LONG_WATCH.search(folded) is not None and (
        _OVERDID.search(folded) is not None or _drug_named(folded)
    ):
        return True
    if _NOT_JUST_HIGH.search(folded) is not None and _GENERAL.search(folded) is not None:
        return True
    return (
        _SLEEP_IT_OFF.search(folded) is not None
        and _SAFE_ASKED.search(folded) is not None
        and (
            # sleeping it off is said only of someone intoxicated ("давать проспаться после ГГ")
            _SLEPT_OFF_WORD.search(folded) is not None
            or _drug_named(folded)
            or _ANY_DRINK.search(folded) is not None
            or _GENERIC_PILLS.search(folded) is not None
            or _OVERDID.search(folded) is not None
            or re.search(r"\b(алкогол\w*|alcohol\w*|бухл\w*|drinking|drink)\b", folded) is not None
        )
    )


_SEIZURE_WORD = compile_any(
    [
        r"\b(seizures?|seizing|convuls\w*|fitting|судорог\w*|судом\w*|припад\w*|конвульс\w*|convulsion\w*|convulsiona\w*)\b|\b(has|have|having|had)\s+a\s+fit\b",
    ]
)
# The temperature at which overheating on a drug is dangerous, asked (session 20, tune45)
_HEAT_ASKED = compile_any(
    [
        r"\b(a\s+(que|partir\s+de\s+que)\s+temperatura|at\s+what\s+(temperature|temp)|how\s+hot\s+is\s+too|при\s+какой\s+температуре|при\s+якій\s+температурі|(какая|яка)\s+температура\s+(\w+\s+)?(опасн\w*|небезпечн\w*))\b",
        r"\b(cuando|when|когда|коли)\s+(es|is\s+it|становится|стає)\s+(peligroso|dangerous|опасно|небезпечно)\s+(\w+\s+){0,3}(sudar|calor|overheat\w*|hot|sweat\w*|перегре\w*|жар\w*|перегрі\w*)",
    ]
)


# Whether a drug or a mix can kill, asked (session 19, tune43): "можно ли умереть от смеси лирики и
# алкоголя", "чи можна померти від ...", "se puede morir por mezclar ...", "can you die from G"
_DIE_ASKED = compile_any(
    [
        r"\b(can|could)\s+(you|u|one|someone|somebody|a\s+person|people|i|he|she)\s+(actually\s+|really\s+)?die\s+(from|of|on|by|if)\b|\bis\s+it\s+possible\s+to\s+die\s+(from|of|on|by)\b",
        r"\b(можно\s+ли|может\s+ли|реально\s+ли|можно)\s+(\w+\s+){0,2}(умереть|помереть|сдохнуть|откинуться)\s+(от|из-?за|с|если)\b|\b(чи\s+можна|чи\s+може|чи\s+реально|можна)\s+(\w+\s+){0,2}(померти|вмерти|здохнути)\s+(від|через|з|якщо)\b",
        r"\b(se\s+puede|puedes|puede|es\s+posible)\s+(\w+\s+){0,2}(morir|morirse|palmarla|petatearse)\s+(por|de|con|si)\b",
    ]
)


# The signs of too much asked (session 16, tune37): "what are the signs that someone has taken too
# much ketamine", "как понять что человек перебрал с феном", "ознаки що людина переборщила", "cómo
# saber si alguien tomó de más"
_TOO_MUCH_SIGNS = compile_any(
    [
        r"\b(signs?|symptoms?|how\s+(do|can|would|will)\s+(i|you|we)\s+(tell|know)|how\s+to\s+(tell|know))\s+(\w+\s+){0,3}(taken|took|had|done|did|used|has\s+taken|had\s+taken)\s+(way\s+)?too\s+(much|many)\b",
        r"\b(признак\w*|симптом\w*|как\s+понять|как\s+узнать|ознак\w*|як\s+зрозуміти|як\s+дізнатися)\s+(\w+\s+){0,3}(перебрал\w*|переборщил\w*|перебра(в|ла|ли)|переборщи(в|ла|ли)|перебор\w*)\b",
        r"\b(senales|sintomas|como\s+(se|saber|se\s+sabe|se\s+si))\s+(\w+\s+){0,3}(tomo|consumio|se\s+paso|se\s+metio)\s+(de\s+mas|demasiad[oa])\b",
        # blind14-tune (late round): a stimulant overdose ("overamping") or an overdose told apart from
        # being high ("how do you tell if someone is overamping or just really high")
        r"\b(signs?|symptoms?|how\s+(do|can|would|will)\s+(i|you|we)\s+(tell|know)|how\s+to\s+(tell|know))\s+(\w+\s+){0,4}(overamp\w*|over\s*amp\w*|overdos\w*|od'?ing)\b",
    ]
)

# Snoring after an opioid asked about (blind14-tune, late round): "if someone snores after opiates is
# that dangerous", "если человек храпит после опиатов это опасно", "якщо людина після опіатів хропе"
_DANGER_ASKED = compile_any(
    [
        r"\b(is\s+(it|that|this)|это|це|es)\s+(\w+\s+)?(dangerous|bad|a\s+bad\s+sign|опасно|плохо|небезпечно|погано|peligroso|grave|malo)\b|\b(if|если|якщо|si)\b",
    ]
)
_OPIOID_WORD = compile_any(
    [r"\b(опи[ао]т\w*|опіат\w*|опиоид\w*|опіоїд\w*|opiat\w*|opioid\w*|opiace\w*|opiode\w*)"]
)


# A pain medicine's most in a day asked (session 15, tune34): "how much tylenol is too much in one
# day", "сколько парацетамола в сутки можно", "скільки ібупрофену на добу безпечно", "cuánto
# paracetamol es demasiado en un día"
# How much of a drug before one goes under, asked (blind16-tune, late round): "how much G is too
# much", "where's the line before you go under", "a partir de cuántos ml de G te quedas KO", "сколько
# мл ГБ чтобы вырубиться", "скільки G до відключки". A drug must be named ("how much coffee is too
# much" is no overdose question); "5 g of flour" is grams, not G.
_DOSE_LIMIT_ASKED = compile_any(
    [
        r"\b(how\s+(much|many)|what\s+amount|at\s+what\s+(dose|point|amount))\b.{0,60}\b(too\s+(much|many)|the\s+line|go(es)?\s+under|pass(es)?\s+out|knock(s|ed)?\s+(you\s+)?out|black(s)?\s+out|ko)\b",
        r"\b(a\s+partir\s+de\s+)?(cuant[oa]s?|que\s+cantidad)\b.{0,60}\b(te\s+quedas|quedarte|se\s+queda|te\s+deja|te\s+tumba|tumba|es\s+demasiad[oa]|es\s+mucho|te\s+desmayas|te\s+apagas|te\s+noquea)\b(\s+(ko|k\.o|frit[oa]|inconsciente|tirad[oa]))?",
        r"\b(сколько|скільки|с\s+какой\s+дозы|з\s+якої\s+дози)\b.{0,60}\b(вырубиться|вырубает|отключиться|отъехать|отрубиться|слишком\s+много|перебор|вирубитися|вирубає|відключитися|відключки|відрубитися|занадто|забагато)\b",
    ]
)


def _drug_named(folded: str) -> bool:
    return bool(
        _G_DRUG.search(folded)
        or _DEPRESSANT.search(folded)
        or _NAMED_DRUG.search(folded)
        or _STIMULANT_OR_OTHER.search(folded)
    )


_GRAMS = re.compile(r"\b\d+(?:[.,]\d+)?\s*g\b|\bg\s+(of|de)\b")
_MAX_DOSE_ASKED = compile_any(
    [
        r"\b(how\s+much|how\s+many|max\w*|сколько|скільки|cuant[oa]s?|maxim[oa]|максимум\w*|максимальн\w*)\s+(\w+\s+){0,3}(tylenol|paracetamol\w*|acetaminophen|panadol|ibuprofen\w*|advil|aspirin\w*|парацетамол\w*|ибупрофен\w*|ібупрофен\w*|нурофен\w*|аспирин\w*|аспірин\w*|ibuprofeno|aspirina|metamizol|nolotil)\b.{0,60}\b(too\s+much|per\s+day|a\s+day|in\s+(a|one)\s+day|daily|safe|в\s+сутки|за\s+сутки|в\s+день|за\s+день|на\s+добу|за\s+добу|можно|можна|безопасн\w*|безпечн\w*|demasiad[oa]|al\s+dia|por\s+dia|en\s+un\s+dia|seguro)\b",
    ]
)


# Spanish slang for overdosing in a general question ("es más fácil pasarse?")
_PASARSE = compile_any(
    [
        r"\b(pasarse|pasarte|pasarme|se\s+pasa\s+uno)\b",
        # "cómo sabría si se está pasando con el G o solo está durmiendo la mona" (blind8-tune)
        r"\bse\s+(esta|estara)\s+pasando\s+con\b",
    ]
)
# blind12-tune (late round): overdosing in an "if" ("si alguien se pasa en una fiesta que
# hago", "sirve la ducha fría si se pasa?", "si un amigo se le pasa la mano"); not "si se
# pasa el efecto", "si se me pasa la borrachera"
# An overdose said in slang, of someone in general or "if" (blind18-tune, late round): "как
# откачать человека, если он отъехал", "якщо хтось від'їде, що робити", "si a tu compa le da un
# pasón", "qué se le da a alguien que se pasó"; told as happening now it is the card's (checked first)
_IF_OD_SLANG = compile_any(
    [
        r"\b(если|якщо|коли|когда)\s+(\w+\s+){0,2}(он|она|они|кто-то|кто\s+то|кто|человек|друг|подруга|кент|брат|сестра|товарищ|він|вона|вони|хтось|хто|людина|друг|подруга|брат|сестра)\s+(\w+\s+)?(отъехал\w*|отъедет|отъедут|від'?їхав|від'?їхала|від'?їде|передознул\w*|передознувся|передознулась|передознеться)\b(?!\s+(от|з|із|від|на)\s+(дома|будинку|подъезда|під'?їзду|остановк\w*|зупинк\w*|работ\w*|роботи|машин\w*|авто\w*))",
        r"\b(si|cuando)\s+(\w+\s+){0,6}(le|te|me|les)\s+(da|dio|diera|llega|pega)\s+(un\s+)?(pason|pasoncito|malviaje|mal\s+viaje)\b(?!\s+de\s+(risa|nervios|sueno|hambre|amor))",
        r"\b(alguien|una\s+persona|un\s+compa|un\s+amig[oa]|uno)\s+que\s+(se\s+(paso|pasa|ha\s+pasado)|le\s+(dio|da)\s+un\s+pason)\b(?!\s+(de\s+(listo|lista|vueltas|largo)|con\s+(el|la|los|las)\s+(comida|chistes|bromas|tragos\s+de\s+(cafe|agua))))",
    ]
)
# Knocked out some day from a drug, asked ahead (blind19-tune: "якщо колись кент вирубиться від
# герича шо першим ділом робити?", "если друг отключится от гера, что делать"): with a drug named
# (``_asks_about_overdose``), not tiredness ("если он вырубится от усталости")
_IF_KNOCKED_OUT = compile_any(
    [
        r"\b(если|якщо|коли|когда)\s+(\w+\s+){0,2}(он|она|они|кто-то|кто\s+то|кто|человек|друг|подруга|кент|брат|сестра|товарищ|він|вона|вони|хтось|хто|людина|друг|подруга|брат|сестра|кореш|братан)\s+(\w+\s+)?(вырубится|вирубиться|отключится|відключиться|отрубится|відрубиться|потеряет\s+сознание|втратить\s+свідомість)\b",
    ]
)


def _if_knocked_out_on_drug(folded: str) -> bool:
    return _IF_KNOCKED_OUT.search(folded) is not None and bool(
        _NAMED_DRUG.search(folded) or _DEPRESSANT.search(folded)
    )


_IF_PASARSE = compile_any(
    [
        r"\bsi\s+((alguien|uno|una\s+persona|un\s+amig[oa]|una\s+amig[oa]|mi\s+\w+|tu\s+\w+|tu\s+amig[oa]|un\s+\w+|una\s+\w+)\s+)?se\s+(me\s+|le\s+|te\s+)?pasa(n|ra|ran)?\b(?!\s+(el|los|las|lo|un|una|algo|nada|eso|esto|rapido|pronto|sol[oa])\b)(?!\s+la\s+(borrachera|resaca|cruda|peda|hora|tarde|noche|fiesta|pena|rabia|fiebre|gripe))",
        # the perfect (blind19-tune: "ayuda la ducha fría si se ha pasado?"), not a date or a time gone by
        r"\bsi\s+((alguien|uno|una\s+persona|un\s+amig[oa]|una\s+amig[oa]|mi\s+\w+|tu\s+\w+)\s+)?se\s+(le\s+|te\s+)?(ha|han|haya|hayan|hubiera)\s+pasado\b(?!\s+(el|los|las|lo|la|un|una|algo|nada|eso|esto|de\s+(fecha|hora|tiempo|listo|lista|rosca|frenada|vueltas))\b)",
    ]
)
_NALOXONE = compile_any(
    [
        r"\b(narcan|naloxone|nalox\w*|naloks\w*|налоксон\w*|наркан\w*|naloxona|prenoxad|nyxoid|kloxxado|zimhi)\b"
    ]
)
# The same dose after a break, asked about; when to call for help, asked about (blind5-tune)
_SAME_DOSE = compile_any(
    [
        r"\b(та\s+же|тa\s+сама|та\s+сама|ту\s+же|ту\s+саму|same|la\s+misma)\s+(\w+\s+)?(доз\w*|dose|amount|dosis|cantidad)\b|\b(доз\w*|dose|dosis)\s+(та\s+же|та\s+сама|the\s+same|la\s+misma)\b"
    ]
)
# tolerance that drops after a break ("tolerance break" alone is a cannabis pause, not a risk)
_TOLERANCE_LOST = compile_any(
    [
        r"\b(drop\w*|go(es)?\s+down|went\s+down|fall\w*|fell|lower\w*|lost|lose|losing|gone|decreas\w*|впал\w*|упал\w*|пада\w*|снижа\w*|сниз\w*|знижу\w*|знизи\w*|baj\w*|pierde|perder|perdi\w*|disminu\w*)\b"
    ]
)
# -- found on blind6-tune and tune22 (2026-12-06, session 9) --
# a dose to lower after a break ("bajar la dosis" after prison, "снижать дозу после рехаба")
_DOSE_DOWN = compile_any(
    [
        r"\b(bajar|bajarle|reducir|lower|cut|drop|reduce)\s+(la\s+|my\s+|the\s+|mi\s+)?(dosis|dose)\b|\b(снижать|снизить|знижувати|знизити|зменшити|зменшувати|уменьшить|уменьшать)\s+(\w+\s+)?доз\w*",
    ]
)
_AFTER_BREAK = compile_any(
    [
        r"\b(carcel|prision|cana|rehab\w*|sin\s+consumir|sin\s+usar|clean|off|prison|jail|тюрьм\w*|тюрм\w*|зоны|реб\w*|рехаб\w*|реаб\w*|перерыв\w*|перерв\w*|в'?язниц\w*)\b",
        # blind13-tune (late round): a hospital stay or detox, weeks without ("після лікарні два тижні
        # без ширки", "после больницы месяц не кололся", "after two weeks in hospital", "tras el hospital")
        r"\b(лікарн\w*|больниц\w*|стационар\w*|стаціонар\w*|детокс\w*|hospital\w*|detox\w*|desintox\w*)\b",
        r"\b(тижн\w*|тиждень|недел\w*|неделю|місяц\w*|месяц\w*|днів|дней|weeks?|months?|days|semanas?|meses|dias)\s+(\w+\s+)?(без|without|sin)\b",
    ]
)
# -- blind11-tune (2026-12-06, session 14's late round) --
# a return to using after time clean, with the dose asked ("если сорвусь после года чистым, какая доза
# опасна", "if i go back after rehab how much less should i do", "si vuelvo a consumir cuánto menos")
_RETURN = compile_any(
    [
        r"\b(вернусь|вернуся|повернусь|повернуся|верн[её]шься|сорвусь|зірвусь|зірвуся|go\s+back|relaps\w*|use\s+again|start\s+again|if\s+i\s+slip|vuelvo|volver|recaigo|recaer)\b",
    ]
)
_RELAPSE_SAID = compile_any(
    [
        r"\b(сорвусь|зірвусь|зірвуся|relaps\w*|slip|recaigo|recaer|recaida|доз\w*|dose|dosis)\b",
    ]
)
_CLEAN_FOR = compile_any(
    [
        r"\b(чист\w*|в\s+завязке|в\s+зав'?язці|clean|sober|limpi[oa]s?|en\s+un\s+centro|del\s+centro|sin\s+tocar)\b",
    ]
)
_DOSE_ASKED = compile_any(
    [
        r"\b(яка|яку|какая|какую|which|what)\s+(\w+\s+)?(доз\w*|dose|amount)\b|\bhow\s+much\s+(less|should|can|is\s+safe)\b|\bcuant[oa]s?\s+(menos|deberia|debo|puedo|es\s+segur\w*)\b|\b(сколько|скільки)\s+(меньше|менше|можно|можна|безопасно|безпечно)\b|\b(que|cual)\s+dosis\b",
    ]
)
# overdoing it said of a day to come ("если друг перебрал ... на будущее", "se me pasa algún día")
_OVERDO = compile_any(
    [
        r"\b(перебрал\w*|перебер[её]т|перебере|переборщ\w*|overdoes|overdo|overdid|se\s+(me|le|te)\s+pasa|se\s+pasa\s+con)\b",
    ]
)
_SOME_DAY = compile_any(
    [
        r"\b(на\s+будущее|на\s+майбутнє|for\s+the\s+future|some\s*day|one\s+day|algun\s+dia|un\s+dia\s+de\s+estos|когда[-\s]?нибудь|коли[-\s]?небудь|колись|заранее|наперед|заздалегідь|de\s+antemano|pregunto\s+antes)\b",
    ]
)
# -- blind7-tune (2026-12-06, session 10) --
# a relapse to come beside tolerance; the same amount as before after a break; a day feared
_RELAPSE = compile_any(
    [
        r"\b(зірв\w*|сорв\w*|relaps\w*|slip\s+up|use\s+again|start\s+again|reca\w*|volver\s+a\s+(consumir|usar|meterme|picarme)|знову\s+(вживати|почну)|снова\s+(употреблять|начну))\b",
    ]
)
_SAME_AS_BEFORE = compile_any(
    [
        # "моя старая доза", "колишня доза", "my old dose", "mi dosis de antes" (blind9-tune)
        r"\b(стар\w*|прежн\w*|колишн\w*|давн\w*)\s+доз\w*|\bдоз\w*\s+(как\s+раньше|як\s+раніше)\b|\b(old|usual|former|previous)\s+(dose|amount)\b|\bdosis\s+(de\s+antes|de\s+siempre|habitual|anterior)\b",
        r"\b(lo\s+mismo|la\s+misma\s+cantidad|lo\s+de\s+siempre|igual)\s+que\s+antes\b|\b(same|as\s+much)\s+(amount\s+)?as\s+(before|i\s+used\s+to)\b|\b(столько\s+же|стільки\s+ж|стільки\s+само|как\s+раньше|як\s+раніше|як\s+раньше|как\s+и\s+раньше|як\s+і\s+раніше|як\s+і\s+раньше)\b",
    ]
)
_AFRAID = compile_any(
    [
        r"\b(боюсь|боюся|боюся|страшно|afraid|scared|terrified|worried|tengo\s+miedo|me\s+da\s+miedo|temo)\b",
    ]
)
_WHEN_TO_CALL = compile_any(
    [
        r"\b(when|at\s+what\s+point)\s+(should|do|to|must)\s+(i\s+|you\s+|we\s+)?(call|ring)\b|\b(en\s+que\s+momento|cuando)\s+(hay\s+que|debo|tengo\s+que|se\s+debe)\s+llamar\b|\b(когда|в\s+какой\s+момент)\s+(надо|нужно|стоит)\s+(вызывать|звонить|вызвать)\b|\b(коли|в\s+який\s+момент)\s+(треба|потрібно|варто)\s+(викликати|дзвонити)\b",
        # blind13-tune (late round): the time to call asked ("как понять что пора звонить в скорую",
        # "як зрозуміти шо вже пора швидку", "when to call an ambulance rather than sleep it off",
        # "cuándo es hora de llamar a la ambulancia")
        r"\b(как\s+понять|как\s+узнать|когда|як\s+зрозуміти|як\s+дізнатися|як\s+знати|коли)\s+(\w+\s+){0,3}(пора|треба|нужно|надо|потрібно|варто|стоит)\s+(\w+\s+){0,2}(скор\w*|швидк\w*|103|112|врач\w*|лікар\w*)\b",
        r"\b(when|how\s+do\s+(i|you|we)\s+know|how\s+to\s+(know|tell))\s+(\w+\s+){0,3}(to\s+call|time\s+to\s+call|should\s+call|need\s+to\s+call|call\s+for\s+help|it'?s\s+time)\s+(\w+\s+){0,3}(ambulance|911|999|112|help|paramedics|an\s+ambo|ambo)\b",
        r"\b(cuando|como\s+se\s+si|como\s+saber)\s+(\w+\s+){0,3}(es\s+hora\s+de|hay\s+que|toca|debo)\s+(llamar|pedir)\s+(\w+\s+){0,2}(ambulancia|emergencias|112|911|ayuda)\b",
    ]
)

# "can coke give you a heart attack": a stimulant overdose asked about in general
_HEART_ATTACK = compile_any(
    [
        r"\bheart\s+(attack|stop\w*)|\bостановк\w*\s+сердца|\bсердце\s+(\w+\s+)?останов\w*|\bзупинк\w*\s+серця|\bсерце\s+(\w+\s+)?зупин\w*|\bparo\s+cardiaco|\bинфаркт\w*|\bінфаркт\w*|\binfarto\w*|\bstroke\b|\bинсульт\w*|\bінсульт\w*|\bderrame\b"
    ]
)


# Drugs and alcohol by name or slang, in the four languages (with _DEPRESSANT): what makes a message
# one about using, for ``about_using``.
_STIMULANT_OR_OTHER = compile_any(
    [
        r"\b(tweak\w*|geeked|geekin\w*|spun|coke|crack|meth|speed|mdma|molly|ecstasy|xtc|pills?|tina|ice|crystal|spice|k2|mephedrone|mdpv|flakka|salts|acid|lsd|shrooms|dmt|weed|edibles?|alcohol|booze|vodka|drunk|drinking|drank|dope|drugs?|hit|line|bump|shot|shooting|injected|high|using|used)\b",
        r"\b(мет|мета|мети|меті|метом|кокс\w*|кокаин\w*|кокаїн\w*|крэк|меф\w*|фен\w*|амфетамин\w*|амфетамін\w*|экстази|екстазі|спайс\w*|сол[иья]\w*|солі|альфа\w*|скорост\w*|шишк\w*|трав\w*|алкогол\w*|водк\w*|горілк\w*|пив\w*|бухл\w*|пьян\w*|п'?ян\w*|закладк\w*|вмаз\w*|вкол\w*|укол\w*|доз\w*|кристал\w*|гер\w*|наркот\w*|употреб\w*|вжива\w*|закину\w*|накури\w*|нюхну\w*)\b",
        r"\b(coca|perico|farlopa|crack|cristal|meta|speed|tachas?|pastas?|pastis?|pirulas?|mdma|extasis|spice|mota|porro|alcohol|chupe|pedo|borrach\w*|drogas?|foco|base|flakka|sales|lsd|hongos|raya|linea|dosis|inyect\w*|pic[oó]|se\s+meti\w*|consum\w*|droga\w*)\b",
        # being high said as a state (tune25 probes): "обдолбался", "упоротый", "off his face", "colocado"
        r"\b(обдолба\w*|удолба\w*|упорот\w*|обдовба\w*|накурен\w*|wasted|stoned|off\s+(his|her|their|my)\s+(face|head|tits)|munted|mashed|monged|colocad[oa]|drogad[oa]|empastillad[oa])\b",
        # blind11-tune (late round): "whizz", "на кокосі", "після коки", "dos pepas"
        r"\b(whizz|whiz|pepas?|кокос\w*|кока|коки|коку|кокі|кокой|кокою)\b(?!\s+кол\w*)",
    ]
)


def about_using(text: str) -> bool:
    """The message names a drug, a dose, a person or a body in trouble: the words an emergency
    is told in. (A homework request or a film for tonight names none of them.)"""
    folded = fold(text)
    cleaned = _HARMLESS.sub(" ", folded)
    return bool(
        _DEPRESSANT.search(folded)
        or _STIMULANT_OR_OTHER.search(folded)
        or _OD_WORD.search(folded)
        or _HUMAN.search(folded)
        or _body_kinds(cleaned)
        or _kinds(cleaned.split())
        or _SIGNS.search(cleaned)
    )


def names_only_a_drug(text: str) -> bool:
    """The message names a drug and none of the other words an emergency is told in
    (``about_using``): no person, no overdose word, no sign, no body in trouble ("lyrica plus
    vodka, I think it's enough to go")."""
    folded = fold(text)
    if not (_DEPRESSANT.search(folded) or _STIMULANT_OR_OTHER.search(folded)):
        return False
    cleaned = _HARMLESS.sub(" ", folded)
    return not (
        _HUMAN.search(folded)
        or _OD_WORD.search(folded)
        or _SIGNS.search(cleaned)
        or _body_kinds(cleaned)
    )
