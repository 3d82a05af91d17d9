"""Words to search terms, per language: tokenizing, stop words, stemming or lemmatizing.

English, Russian and Spanish use the Snowball stemmers (PyStemmer). Snowball has no
Ukrainian, so Ukrainian goes through a lemmatizer: ``simplemma``, which won on the labelled
questions against pymorphy3 with its Ukrainian dictionaries and against no lemmatizer
(bench/search_bench.py measures all three in every run). Every analyzer folds
case, ``ё``→``е``, apostrophe variants, and (for Spanish) accents, so ``heroina`` finds
``heroína``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import Stemmer

WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*", re.UNICODE)

# Negations stay searchable: "не дышит", "no respira", "not breathing" are the most important
# phrases the library has.
_KEEP = {"не", "нет", "no", "not", "ни", "without", "sin", "без", "alone", "one"}


def _bm25s_stopwords() -> dict[str, Any]:
    """The module ``bm25s.stopwords`` (plain tuples of words) as a namespace, executed on its
    own: importing it the usual way runs ``bm25s/__init__``, which imports numpy (~0.1 s)."""
    loaded = sys.modules.get("bm25s.stopwords")
    if loaded is not None:
        return vars(loaded)
    spec = importlib.util.find_spec("bm25s")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("bm25s is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "stopwords.py"
    own = importlib.util.spec_from_file_location("_hrbot_bm25s_stopwords", path)
    if own is None or own.loader is None:
        raise ImportError(f"cannot read {path}")
    module = importlib.util.module_from_spec(own)
    own.loader.exec_module(module)
    return vars(module)


@lru_cache(maxsize=1)
def stopwords() -> dict[str, set[str]]:
    """Stop words per language, from bm25s's lists (read without importing bm25s: its package
    imports numpy, which `hrbot content check` and the bot's start never need)."""
    lists = _bm25s_stopwords()
    STOPWORDS_EN_PLUS, STOPWORDS_RUSSIAN, STOPWORDS_SPANISH = (
        lists["STOPWORDS_EN_PLUS"],
        lists["STOPWORDS_RUSSIAN"],
        lists["STOPWORDS_SPANISH"],
    )

    return {
        "en": (
            set(STOPWORDS_EN_PLUS)
            | {
                "what",
                "how",
                "why",
                "when",
                "where",
                "which",
                "who",
                "whats",
                "hows",
                "can",
                "could",
                "would",
                "should",
                "shall",
                "will",
                "may",
                "might",
                "must",
                "get",
                "got",
                "getting",
                "happen",
                "happens",
                "know",
                "tell",
                "please",
                "pls",
                "plz",
                "thing",
                "things",
                "really",
                "ok",
                "okay",
                "much",
                "many",
                "u",
                "ur",
                "im",
                "ive",
                "id",
                "dont",
                "cant",
                "wanna",
                "gonna",
                "gotta",
                "hey",
                "hi",
                "hello",
                "thanks",
                "thank",
                "yes",
                "anything",
                "something",
                "also",
                "like",
                "lot",
                "lots",
                "bit",
                "still",
                "even",
                "ever",
                "every",
                "way",
                "ways",
                "want",
                "need",
                "use",
                "used",
                "using",
                "take",
                "took",
                "taking",
                "go",
                "going",
                "do",
                "does",
                "did",
                "doing",
                "done",
                "make",
                "makes",
                "one",
                "ones",
                "someone",
                "somebody",
                "person",
                "people",
                "guy",
                "friend",
                "mate",
                "bro",
                "dude",
                "man",
                "thx",
                # chat filler and shorthand: no meaning of their own, and unknown to the index they
                # would count as words the answer does not cover
                "r",
                "wat",
                "wut",
                "dat",
                "cuz",
                "coz",
                "bc",
                "idk",
                "rn",
                "smth",
                "sth",
                "ya",
                "tho",
                "lol",
                "omg",
                "ppl",
                # fillers of a question, never its subject
                "kinda",
                "actually",
                "usually",
            }
        )
        - (_KEEP - {"one"}),
        "ru": (
            set(STOPWORDS_RUSSIAN)
            | {
                "это",
                "этот",
                "эта",
                "если",
                "какие",
                "каким",
                "какое",
                "каких",
                "какую",
                "сколько",
                "почему",
                "зачем",
                "вообще",
                "просто",
                "пожалуйста",
                "плиз",
                "подскажите",
                "подскажи",
                "скажите",
                "скажи",
                "знаю",
                "знать",
                "хочу",
                "хотел",
                "хотела",
                "нужно",
                "нужен",
                "нужна",
                "надо",
                "делать",
                "сделать",
                "будет",
                "будут",
                "бывает",
                "есть",
                "ещё",
                "очень",
                "всё",
                "весь",
                "вся",
                "меня",
                "мой",
                "моя",
                "мои",
                "мне",
                "друг",
                "подруга",
                "чел",
                "человек",
                "привет",
                "здравствуйте",
                "спасибо",
                "ок",
                "ладно",
                "типа",
                "короче",
                "вот",
                "щас",
                "сейчас",
                "кто-то",
                "что-то",
                "чё",
                "че",
                "шо",
                "какой-то",
                "ли",
                "ль",
                "ж",
                "же",
                "бы",
                "б",
                "такое",
                "такая",
                "такие",
                "такую",
                # chat filler and shorthand
                "чо",
                "ща",
                "тока",
                "пж",
                "пжл",
                "плз",
                "ваще",
                "кста",
                "кароче",
                "чет",
                "чето",
                "ктонить",
                "кто-нить",
                "бро",
                # "могут ли", "бывают ли", "стоит ли", "реально": how a question is asked
                "могут",
                "могу",
                "бывают",
                "бывать",
                "стоит",
                "реально",
                "правда",
                # "до сих пор" (still) says when, never what
                "сих",
                "пор",
            }
        )
        - _KEEP,
        "uk": {
            "а",
            "або",
            "але",
            "б",
            "би",
            "бо",
            "був",
            "була",
            "були",
            "було",
            "бути",
            "в",
            "вам",
            "вас",
            "весь",
            "все",
            "всі",
            "вже",
            "ви",
            "від",
            "він",
            "вона",
            "вони",
            "воно",
            "все-таки",
            "де",
            "для",
            "до",
            "його",
            "її",
            "ж",
            "же",
            "з",
            "за",
            "зі",
            "і",
            "із",
            "й",
            "їй",
            "їм",
            "їх",
            "коли",
            "кого",
            "кому",
            "котрий",
            "ми",
            "мене",
            "мені",
            "мій",
            "моя",
            "мої",
            "може",
            "можна",
            "на",
            "над",
            "нам",
            "нас",
            "наш",
            "ну",
            "о",
            "об",
            "от",
            "по",
            "під",
            "при",
            "про",
            "с",
            "та",
            "так",
            "також",
            "там",
            "те",
            "тебе",
            "тобі",
            "ти",
            "то",
            "тож",
            "тут",
            "у",
            "хто",
            "це",
            "цей",
            "ця",
            "ці",
            "цього",
            "чи",
            "що",
            "щоб",
            "як",
            "яка",
            "який",
            "які",
            "якщо",
            "я",
            "чому",
            "навіщо",
            "скільки",
            "просто",
            "будь",
            "ласка",
            "підкажіть",
            "підкажи",
            "скажіть",
            "скажи",
            "знаю",
            "знати",
            "хочу",
            "треба",
            "потрібно",
            "робити",
            "зробити",
            "буде",
            "є",
            "дуже",
            "друг",
            "подруга",
            "людина",
            "привіт",
            "дякую",
            "ок",
            "щось",
            "хтось",
            "шо",
            "раз",
            "тоді",
            "ось",
            "зараз",
            "таке",
            "такий",
            "така",
            "такі",
            # chat filler and shorthand
            "шось",
            "щас",
            "тіки",
            "тока",
            "пж",
            "плз",
            "ваще",
            "типу",
            "короче",
            "бро",
            # surzhyk spellings of the same fillers ("шоб", "якшо", "тре", "значить", "тіпа")
            "шоб",
            "якшо",
            "тре",
            "значить",
            "тіпа",
            "типа",
            "кароче",
            "шото",
            "чо",
            # "чи можуть", "чи буває", "чи варто", "взагалі": how a question is asked
            "можуть",
            "можу",
            "буває",
            "бувають",
            "варто",
            "взагалі",
            "реально",
            "правда",
        },
        "es": (
            set(STOPWORDS_SPANISH)
            | {
                # "suele", "realmente": how a question is asked, never its subject
                "suele",
                "suelen",
                "realmente",
                "qué",
                "que",
                "cómo",
                "como",
                "cuánto",
                "cuanto",
                "cuánta",
                "cuanta",
                "cuándo",
                "cuando",
                "dónde",
                "donde",
                "por",
                "porqué",
                "puedo",
                "puede",
                "pueden",
                "hago",
                "hacer",
                "hace",
                "quiero",
                "necesito",
                "saber",
                "sé",
                "se",
                "hola",
                "gracias",
                "favor",
                "porfa",
                "amigo",
                "amiga",
                "alguien",
                "persona",
                "tío",
                "tio",
                "tía",
                "tia",
                "pasa",
                "ok",
                "vale",
                "bueno",
                "pues",
                "tomar",
                "tomo",
                "tomé",
                "usar",
                "uso",
                "algo",
                "debo",
                "debería",
                "deberia",
                "q",
                "xq",
                "pq",
                "k",
                "toma",
                # chat filler and shorthand
                "pa",
                "porq",
                "tmb",
                "tb",
                "d",
                "x",
                "ke",
                "onda",
                "wey",
                "güey",
                "guey",
                "neta",
                "osea",
                "plis",
                "xfa",
                "bro",
                # time words with no topic of their own ("a cuánto está el dólar hoy")
                "hoy",
                "ahorita",
            }
        )
        - _KEEP,
    }


_SNOWBALL = {"en": "english", "ru": "russian", "es": "spanish"}
# Spanish Snowball stems that are a drug's short name, and the everyday word's own stem
# Spanish words Snowball cuts to another word's stem: "prepara" (to prepare) to "prep" (the HIV
# pill), "esperanza" (hope: "sin esperanza", a crisis word) to "esper", the stem of "espero" (I
# wait: "cuánto espero para la segunda dosis")
_ES_OVERCUTS = {"prep": "prepar", "esper": "esperanz"}


def fold(text: str, lang: str) -> str:
    text = text.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'").replace("`", "'")
    if lang in ("es", "en"):
        text = strip_latin_accents(text)
    return text


_ACCENTS = str.maketrans(
    {
        **{c: "a" for c in "áàâäãåā"},
        **{c: "e" for c in "éèêëē"},
        **{c: "i" for c in "íìîïī"},
        **{c: "o" for c in "óòôöõō"},
        **{c: "u" for c in "úùûüū"},
        "ç": "c",
        "ý": "y",
        "ÿ": "y",
    }
)


def strip_latin_accents(text: str) -> str:
    """``á``→``a``, ``ü``→``u`` (``ñ`` kept); Cyrillic ``й``, ``ї`` untouched."""
    text = unicodedata.normalize("NFC", text)
    return text.translate(_ACCENTS) if not text.isascii() else text


def words(text: str, lang: str) -> list[str]:
    return WORD_RE.findall(fold(text, lang))


class Analyzer:
    """Turns text in one language into search terms."""

    def __init__(
        self, lang: str, backend: str = "default", protected: frozenset[str] = frozenset()
    ) -> None:
        self.lang = lang
        self.backend = backend
        self.stop = {fold(w, lang) for w in stopwords().get(lang, set())}
        self._stem = self._make_stemmer(lang, backend)
        self._cache: dict[str, str] = {}
        # Words the stemmer must leave alone: slang and substance names whose stem is another
        # substance ("феня", phenazepam, would become "фен", amphetamine).
        self.protected: set[str] = {fold(w, lang) for w in protected}
        # lemmatizers map inflected stop words ("такое", "таке") to a stop lemma ("такой", "такий")
        self.stop_terms = (
            {self.stem(w) for w in self.stop} if lang == "uk" or backend == "pymorphy3" else set()
        )
        self._chunks: dict[str, tuple[tuple[str, str], ...]] = {}
        self._term_chunks: dict[str, tuple[str, ...]] = {}

    @staticmethod
    def _make_stemmer(lang: str, backend: str):
        if backend == "none":
            return lambda w: w
        if lang == "uk":
            if backend == "pymorphy3":
                morph = _pymorphy("uk")
                return lambda w: (
                    morph.parse(w)[0].normal_form.replace("ё", "е") if not w.isdigit() else w
                )
            if backend == "quick":
                # While the lemmatizer loads (a quick start): Russian Snowball stemming, close
                # enough for Ukrainian word endings to find the right topic meanwhile.
                return Stemmer.Stemmer("russian").stemWord
            if backend in ("default", "simplemma"):
                import simplemma

                return lambda w: simplemma.lemmatize(w, lang="uk").lower()
            raise ValueError(f"unknown Ukrainian backend {backend!r}")
        algorithm = _SNOWBALL.get(lang)
        if algorithm is None:
            return lambda w: w
        stemmer = Stemmer.Stemmer(algorithm)
        return stemmer.stemWord

    def stem(self, word: str) -> str:
        found = self._cache.get(word)
        if found is None:
            found = word if word in self.protected else (self._stem(word) or word)
            if self.lang == "es" and found in _ES_OVERCUTS and word != found:
                # a word cut down to another's stem ("prepara", to prepare, -> "prep", the HIV
                # pill; "esperanza", hope, -> "esper", to wait): the longer word keeps its stem
                longer = _ES_OVERCUTS[found]
                if word.startswith(longer):
                    found = longer
            if len(self._cache) < 500_000:
                self._cache[word] = found
        return found

    def words(self, text: str) -> list[str]:
        return words(text, self.lang)

    def terms(self, text: str, keep_stop: bool = False) -> list[str]:
        if keep_stop:
            return [self.stem(w) for w in self.words(text)]
        out: list[str] = []
        chunks = self._term_chunks
        for raw in text.split():
            got = chunks.get(raw)
            if got is None:
                got = tuple(term for _, term in self.chunk(raw))
                if len(chunks) < 400_000:
                    chunks[raw] = got
            out.extend(got)
        return out

    def chunk(self, raw: str) -> tuple[tuple[str, str], ...]:
        """(word, term) pairs of one whitespace-separated chunk, cached."""
        got = self._chunks.get(raw)
        if got is None:
            got = tuple(
                (w, t)
                for w in words(raw, self.lang)
                if w not in self.stop
                for t in (self.stem(w),)
                if t not in self.stop_terms
            )
            if len(self._chunks) < 400_000:
                self._chunks[raw] = got
        return got

    def pairs(self, text: str) -> list[tuple[str, str]]:
        """(surface word, term) for every non-stop word.

        Whitespace-separated chunks are cached whole, so the regex, folding and stemming run
        once per distinct chunk: building an index over thousands of topics stays fast.
        """
        out: list[tuple[str, str]] = []
        for raw in text.split():
            out.extend(self.chunk(raw))
        return out


_SHARED: dict[tuple[str, str, frozenset[str]], Analyzer] = {}


def analyzer_for(
    lang: str, backend: str = "default", protected: frozenset[str] = frozenset()
) -> Analyzer:
    """One analyzer (and its word cache) per language, backend and set of words the stemmer
    must leave alone, shared by every index with the same settings."""
    key = (lang, backend, protected)
    found = _SHARED.get(key)
    if found is None:
        if len(_SHARED) > 32:  # content reloads with other protected words: drop old analyzers
            _SHARED.clear()
        found = _SHARED[key] = Analyzer(lang, backend, protected)
    return found


@lru_cache(maxsize=2)
def _pymorphy(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def script_of(text: str) -> str:
    """``cyrillic``, ``latin`` or ``other`` by majority of letters."""
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if not cyr and not lat:
        return "other"
    return "cyrillic" if cyr >= lat else "latin"


UK_LETTERS = set("іїєґ")
RU_LETTERS = set("ыэъё")


def guess_cyrillic(text: str) -> str | None:
    lowered = text.lower()
    uk = sum(1 for ch in lowered if ch in UK_LETTERS)
    ru = sum(1 for ch in lowered if ch in RU_LETTERS)
    if uk > ru:
        return "uk"
    if ru > uk:
        return "ru"
    return None


# Spanish diminutives ("tiritas", "agujita", "jeringuitas", "pipita", "poquito", "cafecito"):
# the Snowball stemmer keeps the suffix, so a diminutive never meets its plain word.
_ES_DIMINUTIVE = re.compile(
    r"^(?P<base>\w{2,}?)(?P<suffix>ecit|cit|quit|guit|it|ill)(?P<end>[oa]s?)$"
)


def spanish_plain_forms(word: str) -> tuple[str, ...]:
    """The plain words a Spanish diminutive may stand for, most likely first (none when the
    word is no diminutive): "tiritas" -> "tiras", "jeringuita" -> "jeringa", "poquito" ->
    "poco", "cafecito" -> "cafe". The caller keeps only a form it knows."""
    found = _ES_DIMINUTIVE.match(word)
    if found is None or len(word) < 6:
        return ()
    base, suffix, end = found["base"], found["suffix"], found["end"]
    if suffix in ("it", "ill") and len(base) < 3:
        return ()  # "anillo", "bonito": too short to be a made-small word
    if suffix == "quit":
        forms = [base + "c" + end]
    elif suffix == "guit":
        forms = [base + "g" + end]
    elif suffix in ("cit", "ecit"):
        forms = [base + "e", base, base + end]
    else:
        forms = [base + end]
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 3 and f != word))


_ES_SOUNDS = (
    (re.compile(r"h(?<!ch)"), ""),
    (re.compile(r"v"), "b"),
    (re.compile(r"z"), "s"),
    (re.compile(r"c(?=[ei])"), "s"),
    (re.compile(r"qu(?=[ei])"), "k"),
    (re.compile(r"c(?=[aou]|$|[^aeiouh])"), "k"),
    (re.compile(r"ll"), "y"),
    (re.compile(r"g(?=[ei])"), "j"),
    (re.compile(r"x"), "s"),
    (re.compile(r"(.)\1"), r"\1"),
    (re.compile(r"m$"), "n"),  # "clonazepan" for "clonazepam"
)


def spanish_sound_key(word: str) -> str:
    """How a Spanish word sounds, spelled one way: the letters people swap when they type by
    ear ("ribotril" = "rivotril", "clonasepan" = "clonazepan", "eroina" = "heroina",
    "estasis" = "extasis", "trankimazin" = "tranquimazin")."""
    key = strip_latin_accents(word.lower())
    key = key.replace("ch", "\x00")
    for pattern, repl in _ES_SOUNDS:
        key = pattern.sub(repl, key)
    return key.replace("\x00", "ch")


# Ukrainian in Latin letters, as people type it: the national transliteration ("y" is "и",
# "i" is "і", "h" is "г", "ia"/"iu" are "я"/"ю": "pislia", "politsiia") mixed with the Russian
# habits ("ya", "yu", "c" for "ц", "g" for "г"); letter groups first. Shared by search (its Latin
# queries) and the emergency and crisis rules (their Ukrainian readings, emergency_text.latin_readings).
_UK_LATIN = re.compile(
    r"shch|sch|zh|kh|ch|sh|ts|yu|ju|iu|ya|ja|ia|ye|je|ie|yi(?![aeu])|ji(?![aeu])|yo|jo|[a-z']"
)
_UK_LATIN_TO = {
    **dict(zip("abvgdezijklmnoprstufhcwyq'", "абвгдезійклмнопрстуфгцвикь", strict=True)),
    "x": "кс",
    "'": "'",
    "shch": "щ",
    "sch": "щ",
    "zh": "ж",
    "kh": "х",
    "ch": "ч",
    "sh": "ш",
    "ts": "ц",
    "yu": "ю",
    "ju": "ю",
    "iu": "ю",
    "ya": "я",
    "ja": "я",
    "ia": "я",
    "ye": "є",
    "je": "є",
    "ie": "є",
    "yi": "ї",
    "ji": "ї",
    "yo": "йо",
    "jo": "йо",
}


def cyrillic_uk(text: str, h: str = "г") -> str:
    """A Ukrainian message typed in Latin letters, in Cyrillic ("pislia mefu" -> "після мефу");
    ``h`` is "г" by the national rules, "х" by the Russian habit ("nyuh", "nuhaty")."""
    table = _UK_LATIN_TO if h == "г" else {**_UK_LATIN_TO, "h": h}
    # "yi", "iy" ending a word are "ий" ("yakyi", "noviy"); else "yi" after a consonant is "иї"
    text = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])(?:yi|iy)\b", "ий", text.lower())
    text = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])yi(?![aeu])", "иї", text)
    return _UK_LATIN.sub(lambda m: table[m.group()], text)
