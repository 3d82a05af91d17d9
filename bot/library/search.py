"""Free-text questions to topics: BM25 over stemmed/lemmatized terms, typo tolerance, keywords.

One index per language. A topic's document is its title and keywords (weighted x3), summary
(x2), body and tags, analysed in the language it is written in; a topic that lacks the
language is indexed with its English text, so it is still found and shown in English.

Ranking is BM25 (``bm25s``) per query term, with

* typo tolerance: a word the index does not know is matched to the closest known word
  (Levenshtein distance 1 for short words, 2 for long ones, ``rapidfuzz``), at a discount;
* keyword phrases: when all words of one of a topic's multi-word ``keywords`` occur in the
  question, the topic gets a bonus (authors list the phrases people really type);

and a confidence between 0 and 1: the share of the question's informative words (IDF
weighted) that the best topic covers, raised by keyword phrase matches. Below
``threshold`` the search returns nothing, and the bot says it has no good answer.
"""

from __future__ import annotations

import gc
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TYPE_CHECKING, Literal

import bm25s
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.library import cues
from bot.library.crisis import CRISIS_TOPIC, is_crisis
from bot.library.embed import embeds_rewrite, query_mode
from bot.library.emergency_text import is_emergency
from bot.library.model import FALLBACK_LANGUAGE, REQUIRED, Library, Status, Topic
from bot.library.search_config import BASELINE, Hit, SearchConfig  # noqa: F401 - re-exported
from bot.library.search_questions import MARGIN, Evidence, Questions, second_stage
from bot.library.textproc import (
    Analyzer,
    analyzer_for,
    guess_cyrillic,
    script_of,
    spanish_plain_forms,
    spanish_sound_key,
)
from bot.library.textproc import cyrillic_uk as _cyrillic_uk

# Substances whose names are everyday words no topic is about ("coffee", "кава", "café" are
# caffeine for the combination card): they lend no search terms to a question and make no
# message a drug question
_NO_ALIAS = frozenset({"caffeine"})

if TYPE_CHECKING:
    from bot.library.embed import TopicEmbeddings

EMERGENCY_TOPIC = "overdose-response"

# Life details around a question: how many, how long ago, for how long, and who ("been on it
# three years", "my brother keeps texting", "llevo cuatro años", "місяць пролежав"). They tell
# whose and when, never which topic: a detail the index does not know is left out (as an amount
# in digits is), and one it knows counts for little, so it neither decides the ranking nor dilutes
# the share of the question a topic covers (a keyword phrase may still use it: "месяц не
# употреблял"). Matched on the typed word, lower case, ё as е, Latin accents off.
_DETAIL = re.compile(
    r"(?:"
    # en: numbers, spans of time, moments, family
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|hundred|couple|several|"
    r"days?|weeks?|months?|years?|hours?|minutes?|tonight|today|yesterday|tomorrow|ago|lately|"
    r"morning|evening|spring|summer|autumn|winter|"
    r"brother|sister|mum|mom|dad|son|daughter|cousin|uncle|aunt|wife|husband|girlfriend|"
    r"boyfriend|gf|bf|bro|sis|"
    # ru
    r"два|две|двух|три|трех|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|"
    r"пару|пара|пары|несколько|"
    r"день|дня|дней|дни|сутки|суток|неделю|неделя|недели|недель|месяц|месяца|месяцев|"
    r"год|года|году|лет|час|часа|часов|сегодня|вчера|завтра|назад|вечером|утром|прошлом|"
    r"брат|брата|брату|сестра|сестры|сестре|мама|мамы|маме|папа|папы|отец|отца|сын|сына|"
    r"дочь|дочка|дочки|жена|жены|муж|мужа|"
    # uk
    r"дві|двох|трьох|чотири|п'ять|шість|сім|вісім|дев'ять|десять|кілька|"
    r"днів|добу|доби|тиждень|тижні|тижнів|місяць|місяці|місяців|рік|роки|років|році|годину|"
    r"години|годин|сьогодні|вчора|учора|завтра|тому|торік|ввечері|увечері|вранці|зранку|"
    r"брата|сестри|тато|тата|батько|батька|син|сина|донька|доньки|дружина|чоловіка|"
    # es
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|par|varios|varias|"
    r"dia|dias|semana|semanas|mes|meses|ano|anos|año|años|hora|horas|hoy|ayer|anoche|pasado|"
    r"hermano|hermana|mama|papa|hijo|hija|esposa|esposo|primo|prima|tio|tia"
    r")"
)
# how much a known detail word counts, relative to its weight as a plain word
_DETAIL_WEIGHT = 0.25


# a Russian relational adjective: a stem, "-ов"/"-ев", an adjective ending ("трамадоловая",
# "солевой", "героиновую")
_ADJECTIVE = re.compile(
    r"\b([а-яё]{4,}?)(?:ов|ев)(?:ый|ая|ое|ые|ого|ой|ую|ым|ых|ому|ыми|ий|ей)\b", re.IGNORECASE
)


def is_detail(word: str) -> bool:
    """The typed word (folded) is a number, a span of time, a moment or a relative."""
    return _DETAIL.fullmatch(word) is not None


_BRACKETS = re.compile(r"\(([^)]*)\)")


def name_words(name: str, single: frozenset[str]) -> str:
    """A substance's name with what is in brackets kept item by item: an item of one word stays,
    a many-word item keeps only its words that are names themselves (``single``: every one-word
    name, lower case). "tusi (casi siempre ketamina + MDMA)" is "tusi ketamina MDMA": "casi" and
    "siempre" (almost, always) name nothing."""

    def kept(m: re.Match[str]) -> str:
        out: list[str] = []
        for item in re.split(r"[,+/;]", m.group(1)):
            words = item.split()
            out.extend(words if len(words) == 1 else [w for w in words if w.lower() in single])
        return " " + " ".join(out) + " "

    return _BRACKETS.sub(kept, name)


def protected_words(library: Library) -> set[str]:
    """Words the stemmer must not touch: every single-word lexicon term, and every substance
    name whose stem would be another substance's name or stem ("феня" -> "фен")."""
    out: set[str] = set()
    lexicon = getattr(library, "lexicon", None)
    if lexicon is not None:
        out |= lexicon.protected("")
    names: dict[str, set[str]] = defaultdict(set)  # name -> things it names
    for sub in library.substances.values():
        for words in sub.names.values():
            for w in words:
                if " " not in w.strip():
                    names[w.strip().lower().replace("ё", "е")].add(sub.id)
    for lang in ("en", "ru", "es"):
        stemmer = analyzer_for(lang)
        stems: dict[str, set[str]] = defaultdict(set)
        for name, ids in names.items():
            stems[stemmer._stem(name) or name] |= ids
        for name, ids in names.items():
            stem = stemmer._stem(name) or name
            if len(stems[stem]) > 1 or (stem in names and names[stem] != ids):
                out.add(name)
    return out


@dataclass
class _LangIndex:
    lang: str
    analyzer: Analyzer
    topic_ids: list[str] = field(default_factory=list)
    content_langs: list[str] = field(default_factory=list)
    doc_terms: list[set[str]] = field(default_factory=list)
    title_terms: list[set[str]] = field(default_factory=list)
    vocab: dict[str, int] = field(default_factory=dict)  # term -> document frequency
    surface: dict[str, str] = field(default_factory=dict)  # known word -> term
    surface_by_len: dict[int, list[str]] = field(default_factory=dict)
    # Spanish: a known word's sounds spelled one way -> that word ("reactibo" -> "reactivo")
    sounds: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, list[tuple[frozenset[str], int]]] = field(default_factory=dict)
    bm25: bm25s.BM25 | None = None
    doc_of: dict[str, int] = field(default_factory=dict)  # topic id -> document number
    idf: dict[str, float] = field(default_factory=dict)
    median_idf: float = 1.0
    # substance names the topics never use ("vodka", "rivotril") -> the terms of the substance's
    # own name and its classes in this language ("alcohol"; "benzodiazepines")
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


class _Vector:
    """A question's embedding being computed in a worker thread (``query_vector_later``):
    ``get()`` waits for it the first time and remembers it."""

    __slots__ = ("_pending", "_vector")

    def __init__(self, pending: Callable[[], np.ndarray]) -> None:
        self._pending: Callable[[], np.ndarray] | None = pending
        self._vector: np.ndarray | None = None

    def get(self) -> np.ndarray:
        if self._pending is not None:
            self._vector, self._pending = self._pending(), None
        assert self._vector is not None
        return self._vector


class SearchIndex:
    """Built once per content load (and rebuilt on reload); queries are read-only."""

    def __init__(
        self,
        library: Library,
        config: SearchConfig | None = None,
        languages: Iterable[str] | None = None,
    ) -> None:
        self.config = config or SearchConfig()
        self.library = library
        langs = list(languages or REQUIRED)
        extra = sorted(
            {lang for t in library.topics.values() for lang in t.translations} - set(langs)
        )
        self.languages = langs + extra
        self._analyzers: dict[str, Analyzer] = {}
        self.lexicon = getattr(library, "lexicon", None) if self.config.lexicon else None
        self._protected = (
            frozenset(protected_words(library))
            if self.config.stemming and self.config.lexicon
            else frozenset()
        )
        self.embeddings: TopicEmbeddings | None = None  # attached when ready
        self._question_bank: Questions | Literal[False] | None = None  # loaded on first use
        self._names_cache: dict[str, frozenset[str]] = {}
        started = time.perf_counter()
        # Building allocates millions of small objects that are never cyclic garbage; pausing
        # the cyclic collector meanwhile roughly halves the build time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.indexes: dict[str, _LangIndex] = {
                lang: self._build(lang) for lang in self.languages
            }
        finally:
            if collecting:
                gc.enable()
        self.build_seconds = time.perf_counter() - started

    def analyzer(self, lang: str) -> Analyzer:
        found = self._analyzers.get(lang)
        if found is None:
            backend = (
                "none"
                if not self.config.stemming
                else (
                    self.config.uk_backend
                    if lang == "uk"
                    else self.config.ru_backend
                    if lang == "ru"
                    else "default"
                )
            )
            protected = self._protected if backend != "none" else frozenset()
            found = self._analyzers[lang] = analyzer_for(lang, backend, protected)
        return found

    # -- building ------------------------------------------------------------------------------
    def _build(self, lang: str) -> _LangIndex:
        cfg = self.config
        index = _LangIndex(lang, self.analyzer(lang))
        corpus: list[list[str]] = []
        chunks: dict[str, set[str]] = defaultdict(
            set
        )  # language -> whitespace chunks: the known words
        for topic in self.library.topics.values():
            if topic.status == Status.DRAFT:
                continue
            content_lang, tr = topic.translation(lang)
            seen = chunks[content_lang]
            analyzer = self.analyzer(content_lang)
            tokens: list[str] = []
            doc_index = len(index.topic_ids)
            fields = [
                (tr.title, cfg.title_weight),
                (tr.summary, cfg.summary_weight),
                (tr.body, cfg.body_weight),
                (" ".join(topic.tags) + " " + topic.id.replace("-", " "), 1),
            ]
            if cfg.keywords and cfg.keyword_weight:
                fields.append((" ; ".join(tr.keywords), cfg.keyword_weight))
            for text, weight in fields:
                if not weight:
                    continue
                field_terms = analyzer.terms(text)
                tokens.extend(field_terms * weight if weight > 1 else field_terms)
                seen.update(text.split())
            if cfg.keywords:
                for keyword in tr.keywords:
                    phrase = frozenset(analyzer.terms(keyword, keep_stop=False))
                    if len(phrase) >= 1:
                        anchor = min(phrase)
                        index.phrases.setdefault(anchor, []).append((phrase, doc_index))
            if not tokens:
                tokens = [f"__empty_{topic.id}"]
            index.title_terms.append(set(analyzer.terms(tr.title)))
            index.topic_ids.append(topic.id)
            index.content_langs.append(content_lang)
            index.doc_terms.append(set(tokens))
            corpus.append(tokens)
        index.doc_of = {topic_id: i for i, topic_id in enumerate(index.topic_ids)}
        index.vocab = dict(Counter(chain.from_iterable(index.doc_terms)))
        surface = index.surface
        for chunk_lang, raws in chunks.items():
            chunk = self.analyzer(chunk_lang).chunk
            for raw in sorted(raws):  # sorted: the same fuzzy match in every process
                for word, term in chunk(raw):
                    if word not in surface:
                        surface[word] = term
        by_len: dict[int, list[str]] = defaultdict(list)
        for word in index.surface:
            by_len[len(word)].append(word)
        index.surface_by_len = dict(by_len)
        if cfg.lexicon:
            index.aliases = self._aliases(index)
        if lang == "es" and cfg.fuzzy:
            index.sounds = _sound_index([*index.surface, *index.aliases])
        if corpus:
            index.bm25 = bm25s.BM25(method="lucene", k1=1.2, b=0.75)
            index.bm25.index(corpus, show_progress=False)
            n = len(corpus)
            index.idf = {
                t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t, df in index.vocab.items()
            }
            values = sorted(index.idf.values())
            index.median_idf = values[len(values) // 2] if values else 1.0
        return index

    def _aliases(self, index: _LangIndex) -> dict[str, tuple[str, ...]]:
        """Every single-word substance name (combos.yaml, any language) that no topic uses, to
        the known terms of that substance's name and classes in the index's language."""
        library = self.library
        analyzer = index.analyzer
        out: dict[str, tuple[str, ...]] = {}
        for sub in library.substances.values():
            if sub.id in _NO_ALIAS:
                continue
            canon: list[str] = [sub.name(index.lang)]
            for class_id in sub.classes:
                cls = library.classes.get(class_id)
                if cls is not None:
                    canon.append(cls.name(index.lang))
            terms = tuple(
                dict.fromkeys(t for name in canon for t in analyzer.terms(name) if t in index.vocab)
            )
            if not terms:
                continue
            for names in sub.names.values():
                for name in names:
                    for word in analyzer.words(name) if " " not in name.strip() else ():
                        if (
                            len(word) >= 5  # short names are often words too ("cat", "ice")
                            and word not in index.surface
                            and analyzer.stem(word) not in index.vocab
                        ):
                            out.setdefault(word, terms)
        return out

    # -- querying -------------------------------------------------------------------------------
    def languages_for(self, query: str, lang: str) -> list[str]:
        """The person's language first; plus the language the query is visibly written in."""
        langs = [lang if lang in self.indexes else FALLBACK_LANGUAGE]
        script = script_of(query)
        if script == "cyrillic" and langs[0] not in ("ru", "uk"):
            guess = guess_cyrillic(query)
            langs += [guess] if guess else ["ru", "uk"]
        elif script == "cyrillic":
            other = "uk" if langs[0] == "ru" else "ru"
            if guess_cyrillic(query) == other:
                langs.append(other)
        elif script == "latin" and langs[0] in ("ru", "uk"):
            langs += ["en", "es"]
        return [x for x in dict.fromkeys(langs) if x in self.indexes]

    def search(
        self,
        query: str,
        lang: str,
        hidden: Iterable[str] = (),
        limit: int | None = None,
        threshold: float | None = None,
        country: str | None = None,
    ) -> list[Hit]:
        """Topics for a question, best first; empty below the confidence threshold.

        An overdose in progress puts ``overdose-response`` first, whatever else matches.
        Slang with one meaning (``content/lexicon.yaml``, for ``country`` when known) is replaced
        by plain words and points at its topics; ambiguous slang is left alone.
        """
        hidden = set(hidden)
        limit = limit or self.config.max_results
        best: list[Hit] = []
        vector: _Vector | None = None
        if self.embeddings is not None and self.config.embeddings:
            # the model runs in a worker thread while the words are read here (the two cores
            # at once); the vector is waited for where it is first needed
            vector = _Vector(
                self.embeddings.query_vector_later(self.question_text(query, lang, country))
            )
        if threshold is not None:
            cut = threshold
        else:
            cut = self.config.fused_threshold if vector is not None else self.config.threshold
        # the second stage checks the first topics against labelled questions people wrote
        # (bot.library.search_questions): the ranking runs with no cut, the check applies it
        questions = self._questions() if vector is not None and threshold is None else None
        final_cut, cut = cut, (0.0 if questions is not None else cut)
        # topics the question's words ask for: the same in every candidate language
        asked = cues.asked_topics(query) if self.config.lexicon else ()
        if (
            self.config.lexicon
            and cues.DRUG_CHECKING not in asked
            and cues.asks_adulterated(query)
            and self._names_substance(query, lang, country, substances_only=True)
        ):
            # "is the coke I get cut with something, how do I check": the checking
            asked = (*asked, cues.DRUG_CHECKING)
        asked = self._asked_for_supply(query, lang, country, asked)
        if self.config.lexicon:
            query = self.named_by_adjective(query, lang)
        # the phrase rules read the words only: here, while the model may still be running
        crisis, emergency = is_crisis(query), is_emergency(query)
        for candidate_lang in self.languages_for(query, lang):
            text, boosted = (
                self._rewrite(query, candidate_lang, country)
                if self.lexicon is not None
                else (query, ())
            )
            hits = self._search_one(text, candidate_lang, hidden, boosted, vector, asked)
            if hits and (not best or hits[0].score > best[0].score + 0.05):
                best = hits
        ranked = best  # before the cut: a tie-break may bring up a topic just below it
        best = [h for h in best if h.score >= cut] if best and best[0].score >= cut else []
        if (
            best
            and cues.off_topic_subject(query)
            and (
                not self._names_substance(cues.without_pet_names(query), lang, country)
                # a pet that swallowed a thing named by a street word with an everyday sense
                # ("se tragó una piedra", "chewed some rock salt"): the vet's; a drug by its
                # own name ("my dog ate some of my weed") keeps its topic
                or (
                    cues.animal_ate(query)
                    and not self._names_substance(
                        cues.without_homonyms(cues.without_pet_names(query)), lang, country
                    )
                )
            )
        ):
            best = []  # a pet's or an account's trouble, not a question for this library
        if (
            best
            and cues.everyday_eye_drops(query)
            and not self._names_substance(cues.without_eye_drops(query), lang, country)
        ):
            best = []  # eye drops for hay fever or dry eyes: the pharmacy, not tropicamide
        if (
            best
            and cues.everyday_frame(query)
            and not self._names_substance(
                cues.without_everyday(query), lang, country, substances_only=True
            )
        ):
            best = []  # a street word used innocently: "фен для волос", "pipas de girasol"
        if best and self._everyday_only(query, lang, country):
            best = []
        if best:
            # the question's verb decides between topics search found for one substance; the
            # first topic is confident, and the one brought up takes its place and confidence
            best = _prefer_by_cues(
                query,
                self._prefer_own_topic(query, lang, country, ranked),
                self._substance_topics(),
                names_other=lambda text: self._names_substance(text, lang, country),
            )
            best = [h for h in best if h.score >= cut][:limit]
        if questions is not None and vector is not None:
            # nothing names a drug (but by a word with an everyday sense: "hierbas", "piedra"),
            # a drug practice or a harm-reduction matter, and no question cue asks a topic
            matter = cues.names_matter(query)
            plain = (
                self.config.lexicon
                and not asked
                and not matter
                and not self._names_substance(
                    cues.without_homonyms(query), lang, country, substances_only=True
                )
            )
            evidence = questions.evidence(vector.get(), lang)
            # a drug named beside a word of using ("беременна, курю соль", "вагітна, нюхаю меф")
            # while some topic's questions are as near as the nearest off-topic message (a
            # look-alike of the same life matter without the drug: "беременна, курю сигареты"):
            # the drug decides, no veto
            keep = (
                self.config.lexicon
                and bool(best)
                and matter
                and not cues.everyday_frame(query)
                and self._names_substance(query, lang, country, substances_only=True)
                and max(evidence.topics.values(), default=0.0) >= evidence.off_topic - MARGIN
            )
            best = self._checked(query, best, evidence, final_cut, plain, keep)
        # "мяу ... кажуть як екстазі": the drug asked about, not the one it is compared to
        # (after the check, which may bring the compared one back)
        best = self._compared_away(query, lang, country, best)
        if best and self.config.lexicon and cues.psychosis_signs(query):
            # voices heard, being followed ("після солі чує голоси"): the crisis topic says what
            # to do for a person in psychosis, before the drug's own page
            best = self._first(cues.MENTAL_HEALTH, best, lang, hidden, limit)
        if crisis:
            # wanting to die, said in any words the crisis rules know ("краще б мене не було"):
            # the crisis topic first, as the bot's crisis reply (after the overdose steps below)
            best = self._first(CRISIS_TOPIC, best, lang, hidden, limit)
        if emergency:
            best = self._first(EMERGENCY_TOPIC, best, lang, hidden, limit)
        if not best and lang in ("ru", "uk") and script_of(query) == "latin":
            # Russian or Ukrainian typed in Latin letters, with no Cyrillic keyboard ("sol kuryu
            # nedelyu, ne splyu", "pislia mefu ne splyu"): read again in Cyrillic when the Latin
            # words found nothing
            readings = (
                # a word's first "e" is "э" as often as "е" ("ekstazi", "energetik"): the second
                # reading, after the one with "е"
                list(dict.fromkeys((_cyrillic(query), _cyrillic(query, initial_e="э"))))
                if lang == "ru"
                else self._uk_readings(query, lang, country)
            )
            for cyrillic in readings:
                if script_of(cyrillic) == "cyrillic":
                    found = self.search(cyrillic, lang, hidden, limit, threshold, country)
                    if found:
                        return found
        return best

    def _checked(
        self,
        query: str,
        best: list[Hit],
        evidence: Evidence,
        cut: float,
        plain: bool = False,
        keep: bool = False,
    ) -> list[Hit]:
        """The second stage: the first topics checked against labelled questions people wrote,
        the cut applied. When that swaps another topic first, the few cue rules the question's
        words settle alone (``_sure_pick``) decide again. ``plain``: nothing in the message
        names a drug practice or a harm-reduction matter, so an everyday message's likeness
        takes the answer away sooner (``questions_veto_plain``)."""
        scores = {h.topic_id: h for h in best}
        cfg = self.config
        checked = second_stage(
            evidence,
            [(h.topic_id, h.score) for h in best],
            cut,
            cfg,
            cfg.questions_veto_plain if plain else None,
            cfg.questions_veto_plain_margin,
            keep,
        )
        out = [replace(scores[t], score=round(score, 4)) for t, score in checked]
        if len(out) > 1 and best and out[0].topic_id != best[0].topic_id:
            pick = _sure_pick(query, out[0].topic_id, out[:3])
            if pick is not None:
                out = [replace(pick, score=out[0].score)] + [h for h in out if h is not pick]
        return out

    def _compared_away(
        self, query: str, lang: str, country: str | None, best: list[Hit]
    ) -> list[Hit]:
        """A drug compared to another ("мяу ... кажуть як екстазі тільки дешевше", "es como el
        éxtasis"): when the first topic's drug is named only in the comparison and another
        drug's topic among the first three is named outside it, that one comes first. A mix
        asked, or the compared drug named again outside the comparison, changes nothing."""
        if len(best) < 2 or not self.config.lexicon:
            return best
        parts = cues.compared_parts(query)
        if parts is None:
            return best
        rest, compared = parts
        head = best[0].topic_id
        substance_topics = self._substance_topics()
        # the first topic is the compared drug's own or its treatment's ("на прегабалін
        # підсідають як на метадон?": methadone's programme is no answer about pregabalin)
        named_rest = self._named_topics(rest, lang, country)
        if head in named_rest or head not in self._named_topics(compared, lang, country):
            return best
        pick = next(
            (h for h in best[1:3] if h.topic_id in named_rest and h.topic_id in substance_topics),
            None,
        )
        if pick is None:
            return best
        return [replace(pick, score=best[0].score)] + [h for h in best if h is not pick]

    def _named_topics(self, text: str, lang: str, country: str | None) -> set[str]:
        """The topics of the drugs a (folded) text names: by the lexicon's street words, and by
        the substances' own names (a substance whose id is a topic, else its classes)."""
        out: set[str] = set()
        if self.lexicon is not None:
            for match in self.lexicon.find(text, lang, country):
                for sense in match.senses:
                    out.update(sense.topics)
        words = set(re.findall(r"[^\W\d_][\w'-]*", text))
        topics = self.library.topics
        for sub in self.library.substances.values():
            if any(
                cues.fold(name) in words
                for names in sub.names.values()
                for name in names
                if " " not in name.strip()
            ):
                out.update(t for t in (sub.id, *sub.classes) if t in topics)
        return out

    def _uk_readings(self, query: str, lang: str, country: str | None) -> list[str]:
        """Ukrainian typed in Latin letters, in Cyrillic: with the soft sign people leave out put
        back where only it makes a street word ("sil kuryv" -> "сіль курив", "kin" stays "кін"
        when "кінь" is no street word), then by the national rules, then with "h" as "х"."""
        # an apostrophe ending a word after a consonant is the soft sign ("sil'", "mef'"); inside
        # a word it stays the apostrophe ("m'yaso")
        latin = re.sub(r"(?<=[bcdfgklmnpqrstvwxz])'(?![a-z])", "ь", query.lower())
        plain = _cyrillic_uk(latin)
        readings = [plain, _cyrillic_uk(latin, "х")]
        if self.lexicon is not None:
            lexicon = self.lexicon

            def soft(m: re.Match[str]) -> str:
                word = m.group()
                if lexicon.find(word, lang, country) or not lexicon.find(word + "ь", lang, country):
                    return word
                return word + "ь"

            # first when it differs: the street word it brings back says more than the plain
            # reading's other words ("kuryv sil, ne splyu": salts, not any stimulant)
            readings.insert(0, re.sub(r"\b[а-щюяіїєґ]+[лнтдсзц]\b", soft, plain))
        return list(dict.fromkeys(readings))

    def _first(
        self, topic_id: str, best: list[Hit], lang: str, hidden: set[str], limit: int
    ) -> list[Hit]:
        """``best`` with ``topic_id`` put first (when it is published and not hidden)."""
        topic = self.library.topics.get(topic_id)
        if topic is None or topic_id in hidden or topic.status != Status.PUBLISHED:
            return best
        shown, _ = topic.translation(lang)
        return ([Hit(topic_id, 1.0, lang, shown)] + [h for h in best if h.topic_id != topic_id])[
            :limit
        ]

    def _questions(self) -> Questions | None:
        """The labelled questions of the second stage, when on and when the query vectors are
        the ones they were embedded with (the model, of the slang-free rewrite)."""
        if not self.config.questions or query_mode() not in ("full", "rewrite"):
            return None
        if self._question_bank is None:
            self._question_bank = Questions.load() or False
        return self._question_bank or None

    def question_text(self, query: str, lang: str, country: str | None = None) -> str:
        """The text embedded for a question: the model does not know street words, so the
        slang is replaced by plain words."""
        if self.lexicon is not None and embeds_rewrite():
            return self._rewrite(query, lang, country)[0]
        return query

    def near(
        self,
        query: str,
        lang: str,
        hidden: Iterable[str] = (),
        country: str | None = None,
        limit: int = 2,
    ) -> list[Hit]:
        """The closest topics for a question ``search`` found no answer to (the caller has
        asked it already): under the confidence cut but at least ``near_threshold`` sure, at
        most ``limit``; empty for a message far from every topic and for the off-topic frames
        ``search`` drops (pets, phones, everyday senses), and for a supply asked for with
        nothing named ("де дістати щось нормальне"), which no topic answers."""
        if cues.asks_supply_naming_nothing(query) and not self._names_substance(
            query, lang, country
        ):
            return []
        return self.search(
            query, lang, hidden, limit=limit, threshold=self.config.near_threshold, country=country
        )

    def _names_substance(
        self, query: str, lang: str, country: str | None, substances_only: bool = False
    ) -> bool:
        """A street word or a substance name occurs in the question; with ``substances_only``
        a street word counts only when it names a substance, not a state ("ломается", a needle
        breaking, read as "ломает", withdrawal)."""
        if self.lexicon is not None:
            found = self.lexicon.find(query, lang, country)
            if substances_only:
                found = [m for m in found if any(sense.substances for sense in m.senses)]
            if found:
                return True
        analyzer = self.analyzer(lang if lang in self.indexes else FALLBACK_LANGUAGE)
        names = self._substance_terms(lang)
        full = self._substance_terms("\0words")
        # a stem of three letters names a substance only typed in full: "bebé" (a baby) is not
        # "bebida" (a drink), though both stem to "beb"
        # a name cut short by a letter is typed as its own stem ("la marihuan comestible": the
        # stemmer takes "marihuan" further, to "marihu"): the typed word is a name's stem
        return any(
            (term in names and (len(term) >= 4 or word in full))
            or (len(word) >= 6 and word in names)
            for word, term in analyzer.pairs(query)
        )

    def _asked_for_supply(
        self, query: str, lang: str, country: str | None, asked: tuple[str, ...]
    ) -> tuple[str, ...]:
        """``asked`` with drug checking added when someone asks who has some of a drug named
        ("snow's landed, who do i ask for some", "у кого можно взять"): no seller is named here,
        but what is got can be checked; the drug's own topic still comes first when search is
        surer of it."""
        if (
            self.config.lexicon
            and cues.DRUG_CHECKING not in asked
            and cues.asks_for_supply(query)
            and self._names_substance(query, lang, country, substances_only=True)
        ):
            return (*asked, cues.DRUG_CHECKING)
        return asked

    def _everyday_only(self, query: str, lang: str, country: str | None) -> bool:
        """Everyday medicines (ibuprofen with paracetamol: the pharmacy) or an everyday matter of
        a life (a pregnancy test, a tattoo, pay or rent, a phone, one symptom: issue 9, twentieth
        session), and no substance named: not a question for this library."""
        if cues.everyday_medicine(query) and not self._names_substance(
            cues.without_everyday_medicine(query), lang, country, substances_only=True
        ):
            return True
        # "шишки для костра" and beer on a camping trip: a plan, not a mix (twenty-second session)
        rest = cues.without_everyday_purpose(query)
        if (
            rest is not None
            and cues.everyday_frame(query)
            and not self._names_substance(
                cues.without_homonyms(rest), lang, country, substances_only=True
            )
        ):
            return True
        if cues.everyday_nose(query) and not self._names_substance(
            cues.without_blown_nose(query), lang, country, substances_only=True
        ):
            return True  # a nosebleed from the heating or a cold: not snorting
        # a fixed everyday phrase names nothing ("qué pastillas me dan en la farmacia para el
        # dolor de cabeza")
        return cues.everyday_matter(query) and not self._names_substance(
            cues.without_fixed_everyday(query), lang, country, substances_only=True
        )

    def _substance_topics(self) -> frozenset[str]:
        """Topics about one substance or class (category ``substances``): the ones a withdrawal
        topic belongs to, never a treatment ("opioid-agonist-therapy")."""
        found = self._names_cache.get("\0topics")
        if found is None:
            found = self._names_cache["\0topics"] = frozenset(
                t.id for t in self.library.topics.values() if t.category == "substances"
            )
        return found

    def _single_names(self) -> frozenset[str]:
        """Every one-word substance name, lower case (any language)."""
        found = self._names_cache.get("\0single")
        if found is None:
            found = self._names_cache["\0single"] = frozenset(
                w.strip().lower()
                for sub in self.library.substances.values()
                for words in sub.names.values()
                for w in words
                if w.strip() and " " not in w.strip()
            )
        return found

    def _substance_terms(self, lang: str) -> frozenset[str]:
        found = self._names_cache.get(lang)
        if found is None and lang == "\0words":
            single = self._single_names()
            found = self._names_cache[lang] = frozenset(
                w.strip().lower()
                for sub in self.library.substances.values()
                if sub.id not in _NO_ALIAS
                for words in sub.names.values()
                for name in words
                for w in name_words(name, single).split()
            )
        if found is None:
            analyzer = self.analyzer(lang if lang in self.indexes else FALLBACK_LANGUAGE)
            # a household word of a many-word name names no substance alone: "ванни" in
            # "кристали для ванни з морською сіллю" is not "соль для ванн"
            found = frozenset(
                term
                for sub in self.library.substances.values()
                if sub.id not in _NO_ALIAS
                for words in sub.names.values()
                for w in words
                for word, term in analyzer.pairs(name_words(w, self._single_names()))
                if " " not in w.strip()
                or not (cues.household_word(word) or cues.name_part_word(word))
            )
            self._names_cache[lang] = found
        return found

    def _prefer_own_topic(
        self, query: str, lang: str, country: str | None, hits: list[Hit]
    ) -> list[Hit]:
        """Equally sure of two topics one slang word points to: the word's own topic first
        ("соль" -> alpha-PVP before cathinones, as the lexicon lists them)."""
        if self.lexicon is None or len(hits) < 2 or hits[1].score < hits[0].score:
            return hits
        first, second = hits[0].topic_id, hits[1].topic_id
        for match in self.lexicon.find(query, lang, country):
            if match.ambiguous:
                continue
            for sense in match.senses:
                if second in sense.topics and first in sense.topics:
                    if sense.topics.index(second) < sense.topics.index(first):
                        return [hits[1], hits[0], *hits[2:]]
                    return hits
        return hits

    def query_vector_known(self, query: str, lang: str, country: str | None = None) -> bool:
        """True when ``search`` would embed nothing new (its query vector is in the LRU)."""
        if self.embeddings is None or not self.config.embeddings:
            return True
        plain = (
            self._rewrite(query, lang, country)[0]
            if self.lexicon is not None and embeds_rewrite()
            else query
        )
        return self.embeddings.has_query_vector(plain)

    def slang_free(self, query: str, lang: str, country: str | None = None) -> str:
        """The text embedded for ``query`` (slang with one meaning replaced, lumps kept plain)."""
        return self._rewrite(query, lang, country)[0] if self.lexicon is not None else query

    def _rewrite(self, query: str, lang: str, country: str | None) -> tuple[str, tuple[str, ...]]:
        """The lexicon's rewrite, except street words that name a body part's trouble here
        ("шишка на месте укола" is a lump, not cannabis): they stay plain words."""
        assert self.lexicon is not None
        masked, kept = cues.body_homonyms(cues.blunt_edge(query))
        text, boosted = self.lexicon.rewrite(masked, lang, country)
        if not kept:
            return text, boosted
        return f"{text} {' '.join(kept)}", boosted

    def _query_terms(self, index: _LangIndex, query: str) -> list[tuple[str, float, bool]]:
        """(term, weight, known) for each informative word of the query."""
        cfg = self.config
        out: dict[str, tuple[float, bool]] = {}
        for typed, stemmed in index.analyzer.pairs(query):
            word, term = typed, stemmed
            if (
                index.sounds
                and term not in index.vocab
                and word not in index.surface
                and word not in index.aliases
                and (plain := _spanish_respelled(index, word, self._substance_terms("\0words")))
                is not None
            ):
                word, term = plain, index.surface.get(plain) or index.analyzer.stem(plain)
            if (
                cfg.lexicon
                and is_detail(word)
                and term not in index.vocab
                and word not in index.surface
            ):
                continue  # whose and when, not what, and no topic's word: left out
            if term in index.vocab:
                weight, known = 1.0, True
            elif word in index.surface:
                term, weight, known = index.surface[word], 1.0, True
            elif (again := index.analyzer.stem(term)) != term and again in index.vocab:
                # a case ending the stemmer cuts only on the longer form: "баяном" -> "баян",
                # while the topics' "баян" is indexed as "бая"; stemming once more meets it
                term, weight, known = again, 1.0, True
            elif word in index.aliases:
                # a substance the topics name otherwise ("vodka" -> alcohol)
                for alias in index.aliases[word]:
                    out[alias] = (1.0, True)
                continue
            elif any(ch.isdigit() for ch in word):
                continue  # an amount or a date ("4mg", "3", "2024") the index does not know
            else:
                known = False
                weight = 1.0
                if cfg.fuzzy and len(word) >= cfg.min_fuzzy_len:
                    match = self._fuzzy(index, word)
                    if match is not None:
                        term, weight, known = index.surface[match], cfg.fuzzy_discount, True
            prev = out.get(term)
            if prev is None or prev[0] < weight:
                out[term] = (weight, known)
        return [(t, w, k) for t, (w, k) in out.items()]

    def named_by_adjective(self, query: str, lang: str) -> str:
        """The query with each Russian relational adjective made from a substance's name put
        back as that name ("трамадоловая зависимость" -> "трамадол зависимость", "солевой
        отходняк" -> "соль отходняк", "героиновая ломка"), so slang and names read the same;
        never coconut ("кокосовый" is the fruit)."""
        if lang != "ru" or _ADJECTIVE.search(query) is None:
            return query
        names = self._substance_terms("ru")
        analyzer = self.analyzer("ru")

        def name(m: re.Match[str]) -> str:
            base = m.group(1)
            if base.lower().startswith("кокос"):
                return m.group(0)
            for candidate in (base, base + "ь"):
                if analyzer.stem(candidate.lower()) in names:
                    return candidate
            return m.group(0)

        return _ADJECTIVE.sub(name, query)

    @staticmethod
    def _fuzzy(index: _LangIndex, word: str) -> str | None:
        size = len(word)
        limit = 1 if size < 9 else 2
        candidates: list[str] = []
        for length in range(size - limit, size + limit + 1):
            candidates.extend(index.surface_by_len.get(length, ()))
        if not candidates:
            return None
        found = process.extractOne(
            word, candidates, scorer=Levenshtein.distance, score_cutoff=limit
        )
        if found is None:
            return None
        # a different first letter is rarely a typo
        if found[0][:1] != word[:1]:
            return None
        return found[0]

    def _search_one(  # noqa: C901 - one ranking in one place; split when next changed
        self,
        query: str,
        lang: str,
        hidden: set[str],
        boosted: Iterable[str] = (),
        vector: _Vector | None = None,
        asked: tuple[str, ...] = (),
    ) -> list[Hit]:
        index = self.indexes.get(lang)
        if index is None or index.bm25 is None:
            return []
        cfg = self.config
        terms = self._query_terms(index, query)

        def similarities() -> np.ndarray | None:
            # read as late as possible: the query's vector may still be being computed
            if vector is None or self.embeddings is None:
                return None
            return self.embeddings.similarities_for(lang, index.topic_ids, vector.get())

        sims: np.ndarray | None = None
        read = False  # whether sims is read (the vector waited for)
        if not terms and not boosted and not asked:
            sims, read = similarities(), True
            if sims is None:
                return []
        n_docs = len(index.topic_ids)
        scores = np.zeros(n_docs, dtype=np.float32)
        weights: dict[str, float] = {}
        total = 0.0
        for term, weight, known in terms:
            idf = (
                index.idf.get(term, index.median_idf * cfg.unknown_idf)
                if known
                else index.median_idf * cfg.unknown_idf
            )
            w_idf = idf * weight
            total += idf
            if not known:
                continue
            weights[term] = w_idf
            ids = index.bm25.get_tokens_ids([term])
            if ids:
                scores += weight * index.bm25.get_scores_from_ids(ids)
        bonus = np.zeros(n_docs, dtype=np.float32)
        if boosted and cfg.lexicon_bonus:
            for rank_, topic_id in enumerate(boosted):
                doc = index.doc_of.get(topic_id)
                if doc is not None:
                    bonus[doc] = max(bonus[doc], cfg.lexicon_bonus * (1.0 if rank_ == 0 else 0.8))
        for rank_, topic_id in enumerate(asked if cfg.cue_bonus else ()):
            doc = index.doc_of.get(topic_id)
            if doc is not None:
                bonus[doc] = max(bonus[doc], cfg.cue_bonus * (1.0 if rank_ == 0 else 0.85))
        if total <= 0 or not weights:
            if not bonus.any():
                if not read:
                    sims, read = similarities(), True
                if sims is None:
                    return []
            total = total or 1.0
        query_terms = set(weights)
        if cfg.keywords and cfg.phrase_bonus:
            for term in query_terms:
                for phrase, doc in index.phrases.get(term, ()):
                    if phrase <= query_terms:
                        share = sum(weights.get(t, 0.0) for t in sorted(phrase)) / total
                        bonus[doc] = max(
                            bonus[doc],
                            cfg.phrase_bonus * (0.5 + share) * (1.0 if len(phrase) > 1 else 0.7),
                        )
        phrase_bonus = bonus.copy()
        if cfg.title_bonus:
            for doc, title in enumerate(index.title_terms):
                shared = query_terms & title
                if shared:
                    bonus[doc] += cfg.title_bonus * sum(weights[t] for t in sorted(shared)) / total
        peak = float(scores.max()) if scores.max() > 0 else 1.0
        rank = scores / peak + bonus
        if not read:
            sims = similarities()
        if sims is not None:
            return self._fused(
                index,
                lang,
                hidden,
                rank,
                bonus,
                phrase_bonus,
                weights,
                total,
                sims,
                tuple(boosted) + asked,
            )
        top = np.argsort(-rank)[:12]
        hits: list[Hit] = []
        best_raw = None
        for doc in top:
            raw = float(scores[doc])
            if raw <= 0 and bonus[doc] <= 0:
                continue
            topic_id = index.topic_ids[doc]
            if topic_id in hidden:
                continue
            matched = sum(w for t, w in weights.items() if t in index.doc_terms[doc])
            coverage = matched / total
            confidence = min(
                1.0,
                coverage
                + float(phrase_bonus[doc])
                + cfg.title_confidence * float(bonus[doc] - phrase_bonus[doc]),
            )
            if best_raw is None:
                best_raw = float(rank[doc])
            elif float(rank[doc]) < cfg.relative_cutoff * best_raw:
                break
            if hits:
                confidence = min(confidence, hits[-1].score)
            hits.append(Hit(topic_id, round(confidence, 4), lang, index.content_langs[doc]))
        # the first hit's confidence decides; keep order by rank
        return hits

    def _confidence(
        self,
        index: _LangIndex,
        doc: int,
        bonus,
        phrase_bonus,
        weights: dict[str, float],
        total: float,
    ) -> float:
        cfg = self.config
        matched = sum(w for t, w in weights.items() if t in index.doc_terms[doc])
        coverage = matched / total if total else 0.0
        return min(
            1.0,
            coverage
            + float(phrase_bonus[doc])
            + cfg.title_confidence * float(bonus[doc] - phrase_bonus[doc]),
        )

    def _fused(
        self,
        index: _LangIndex,
        lang: str,
        hidden: set[str],
        rank,
        bonus,
        phrase_bonus,
        weights: dict[str, float],
        total: float,
        sims,
        boosted: Iterable[str] = (),
    ) -> list[Hit]:
        """BM25 and sentence-embedding rankings merged by reciprocal rank; a topic is confident
        when BM25 covers the question (as without embeddings) or the embedding is close enough."""
        cfg = self.config
        n = len(index.topic_ids)
        k = cfg.rrf_k
        fused = np.zeros(n, dtype=np.float32)
        found = np.flatnonzero(rank > 0)
        if len(found):
            bm_order = found[np.argsort(-rank[found])]
            fused[bm_order] += 1.0 / (k + np.arange(1, len(bm_order) + 1, dtype=np.float32))
        depth = min(n, 50)
        emb_order = np.argpartition(-sims, depth - 1)[:depth] if n > depth else np.arange(n)
        emb_order = emb_order[np.argsort(-sims[emb_order])]
        fused[emb_order] += cfg.embed_weight / (
            k + np.arange(1, len(emb_order) + 1, dtype=np.float32)
        )
        top = np.argsort(-fused)[:12]
        cut = cfg.fused_threshold
        # a peaked similarity (the topic stands out from the 4th best) is surer than a flat one
        fourth = float(sims[emb_order[min(3, len(emb_order) - 1)]])
        lead = float(sims[emb_order[0]]) - fourth
        agreed = (
            int(bm_order[0])
            if len(found)
            and cfg.agree_floor < 1.0
            and int(bm_order[0]) == int(emb_order[0])
            and lead >= min(cfg.agree_gap, cfg.agree_near_gap)
            else -1
        )
        # a smaller lead needs more of the question's words covered
        agree_floor = cfg.agree_floor if lead >= cfg.agree_gap else cfg.agree_near_floor
        if (
            agreed < 0
            and len(found)
            and cfg.agree_second_floor < 1.0
            and lead >= cfg.agree_gap
            and int(emb_order[0]) in {int(d) for d in bm_order[: cfg.agree_reach]}
        ):
            # BM25 puts the embedding's first topic just behind one its bonuses lifted (a title
            # word, a keyword of another topic): still agreed when it covers the most of the
            # question among BM25's first topics, and clearly so
            head = int(emb_order[0])
            mine = self._confidence(index, head, bonus, phrase_bonus, weights, total)
            others = max(
                (
                    self._confidence(index, int(d), bonus, phrase_bonus, weights, total)
                    for d in bm_order[: cfg.agree_reach]
                    if int(d) != head
                ),
                default=0.0,
            )
            if mine >= cfg.agree_second_floor and mine > others:
                agreed, agree_floor = head, cfg.agree_second_floor
        candidates = []
        for doc in top:
            if fused[doc] <= 0:
                break
            topic_id = index.topic_ids[doc]
            if topic_id in hidden:
                continue
            bm = (
                self._confidence(index, int(doc), bonus, phrase_bonus, weights, total)
                if rank[doc] > 0
                else 0.0
            )
            if float(sims[doc]) < cfg.embed_floor and topic_id not in boosted:
                bm *= cfg.embed_floor_factor  # the words match but the meaning is far: less sure
            if (
                len(weights) == 1
                and topic_id not in boosted
                and not set(weights) & index.title_terms[doc]
            ):
                # one everyday word ("дякую, ви дуже допомогли", "ну ок, зрозумів") covers the
                # whole question: weak evidence on its own, the embedding has to agree
                bm *= cfg.single_word_factor
            peaked = float(sims[doc]) + cfg.embed_gap_weight * (float(sims[doc]) - fourth)
            emb = min(1.0, max(0.0, cut + (peaked - cfg.embed_threshold) * cfg.embed_slope))
            if int(doc) == agreed and bm >= agree_floor:
                emb = max(emb, cut)
            candidates.append((max(bm, emb), float(fused[doc]), topic_id, doc))
        # a confident topic before an unconfident one; then the fused order
        candidates.sort(key=lambda c: (c[0] < cut, -c[1]))
        # the lexicon named BM25's first topic and the embedding has it among its first few: a
        # smaller lead is enough ("бошки" beside a racing heart: cannabis over the synthetic
        # cannabinoids both readings share words with)
        lead_needed = (
            cfg.rules_named_lead
            if cfg.rules_named_lead
            and len(found)
            and boosted
            and index.topic_ids[int(bm_order[0])] == next(iter(boosted))
            and int(bm_order[0]) in {int(d) for d in emb_order[: cfg.agree_reach]}
            else cfg.rules_lead
        )
        if (
            cfg.rules_lead
            and candidates
            and candidates[0][0] < cut
            and len(found)
            and index.topic_ids[int(bm_order[0])] in self._substance_topics()
            and (len(found) == 1 or rank[bm_order[0]] >= lead_needed * rank[bm_order[1]])
        ):
            head = int(bm_order[0])
            at = next((n for n, c in enumerate(candidates) if c[3] == head), None)
            if (
                at is not None
                and self._confidence(index, head, bonus, phrase_bonus, weights, total)
                >= cfg.threshold
            ):
                moved = candidates.pop(at)
                candidates.insert(0, (cut, moved[1], moved[2], moved[3]))
        elif (
            cfg.rules_tie
            and len(candidates) > 1
            and candidates[0][0] >= cut
            and len(found)
            and index.topic_ids[int(bm_order[0])] in self._substance_topics()
        ):
            # BM25's substance topic, confident, against the embedding's first by a hair: BM25's
            head = int(bm_order[0])
            at = next((n for n, c in enumerate(candidates) if c[3] == head), None)
            if (
                at
                and candidates[at][0] >= cut
                and float(sims[candidates[0][3]]) - float(sims[head]) < cfg.rules_tie
            ):
                candidates.insert(0, candidates.pop(at))
        named = tuple(boosted)[:1]
        if (
            cfg.keep_named_first
            and named
            and len(found)
            and index.topic_ids[int(bm_order[0])] == named[0]
        ):
            # the lexicon or a cue named this topic and BM25 agrees: when confident, it comes
            # first, before a topic the embedding ranks a little higher
            at = next((n for n, c in enumerate(candidates) if c[2] == named[0]), None)
            if at and candidates[at][0] >= cut and candidates[0][0] >= cut:
                candidates.insert(0, candidates.pop(at))
        hits: list[Hit] = []
        for own, _, topic_id, doc in candidates[:6]:
            # never above the hit before it, so the order and the scores agree
            confidence = min(own, hits[-1].score) if hits else own
            hits.append(Hit(topic_id, round(confidence, 4), lang, index.content_langs[doc]))
        return hits


def _sound_index(words: Iterable[str]) -> dict[str, str]:
    """Spanish sound key -> the one known word of at least five letters with that key."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for word in sorted(words):
        if len(word) < 5 or any(ch.isdigit() for ch in word):
            continue
        key = spanish_sound_key(word)
        if key in out and out[key] != word:
            clash.add(key)
        out.setdefault(key, word)
    return {k: v for k, v in out.items() if k not in clash}


def _spanish_respelled(
    index: _LangIndex, word: str, substance_names: frozenset[str] = frozenset()
) -> str | None:
    """A Spanish word the topics do not use, as the known word it stands for: a diminutive's
    plain word ("tiritas" -> "tiras", "agujita" -> "aguja") or the same sounds spelled as the
    topics spell them ("reactibo" -> "reactivo", "eroina" -> "heroina")."""
    for form in spanish_plain_forms(word):
        if form in index.surface or form in index.aliases:
            return form
        if index.analyzer.stem(form) in index.vocab and len(form) >= 4:
            return form
    if len(word) < 5:
        return None
    # two neighbouring letters typed the wrong way round in a substance's name ("ketamian",
    # "heorina"): the one name that swapping them back gives (never any other word: a swap
    # turns everyday words into other known words too)
    swapped = {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
    }
    known = sorted(
        form
        for form in swapped
        if form in substance_names and (form in index.surface or form in index.aliases)
    )
    if len(known) == 1:
        return known[0]
    return index.sounds.get(spanish_sound_key(word))


def _claim_over_police(
    query: str, head: str, near: list[Hit], substance_topics: frozenset[str] | None
) -> Hit | None:
    """The police named only as the source of a claim about a substance ("can you OD from
    touching fentanyl like the cops say"): the substance's topic, not the police's."""
    if head != cues.POLICE or substance_topics is None or not cues.police_as_hearsay(query):
        return None
    return next((h for h in near[1:] if h.topic_id in substance_topics), None)


def _prefer_by_cues(
    query: str,
    hits: list[Hit],
    substance_topics: frozenset[str] | None = None,
    reach: int = 3,
    names_other=None,
) -> list[Hit]:
    """Among the first hits (the first confident), a question about stopping puts a withdrawal
    topic first, and one about how long a substance lasts puts the substance's own topic before
    its withdrawal (``bot.library.cues``): a tie-break between topics already found, never a new
    answer. ``names_other(text)`` tells whether a text names a substance (the alcohol rule)."""
    if len(hits) < 2:
        return hits
    near = hits[:reach]
    head = near[0].topic_id
    # a pregnant person's question: the pregnancy topic first, before any other cue (it covers
    # methadone, withdrawal and the rest in pregnancy)
    pick = (
        next((h for h in near[1:] if h.topic_id == cues.PREGNANCY), None)
        if head != cues.PREGNANCY and cues.asks_pregnancy(query)
        else None
    )
    if (
        pick is None
        and not head.endswith(cues.WITHDRAWAL_SUFFIX)
        and cues.prefers_withdrawal(query)
    ):
        # the first topic's own withdrawal ("benzodiazepines" -> "benzodiazepine-withdrawal")
        # a treatment only when the question is not about getting on it: "кумарит без
        # метадона" is withdrawal, "entrar a metadona para dejar la heroína" the treatment
        if (
            substance_topics is None
            or head in substance_topics
            or (
                head == cues.TREATMENT
                and not cues.asks_treatment(query)
                # coming off the treatment (slowly), or its dose: the treatment's topic
                and not cues.asks_taper(query)
                and not cues.asks_off_treatment(query)
                and not cues.asks_treatment_dose(query)
            )
        ):
            pick = next((h for h in near[1:] if _withdrawal_of(h.topic_id, head)), None)
        if (
            pick is None
            and head in cues.OPIOID_TOPICS
            and not cues.asks_treatment(query)
            and not (head == cues.TREATMENT and cues.asks_treatment_dose(query))
        ):
            pick = next((h for h in near[1:] if h.topic_id == cues.OPIOID_WITHDRAWAL), None)
    elif pick is None and head.endswith(cues.WITHDRAWAL_SUFFIX) and cues.asks_duration(query):
        # how long it lasts, whether it harms or hooks: the substance, not its withdrawal
        pick = next((h for h in near[1:] if _withdrawal_of(head, h.topic_id)), None)
    if (
        pick is None
        and head != cues.ALCOHOL_WITHDRAWAL
        and cues.prefers_withdrawal(query)
        and cues.names_alcohol(query)
        and (names_other is None or not names_other(cues.without_alcohol(query)))
    ):
        # "a litre of vodka a day, can I stop cold turkey": alcohol's withdrawal, not opioids'
        pick = next((h for h in near[1:] if h.topic_id == cues.ALCOHOL_WITHDRAWAL), None)
    if (
        pick is None
        and head == cues.ALCOHOL_WITHDRAWAL
        and cues.opioid_sick(query)
        and not cues.names_alcohol(query)
    ):
        # "кумарит вторые сутки, чем снять ломку": opioid withdrawal, not alcohol's
        pick = next((h for h in near[1:] if h.topic_id == cues.OPIOID_WITHDRAWAL), None)
    if (
        pick is None
        and head != cues.TREATMENT
        and (substance_topics is None or head in substance_topics)
        and cues.asks_treatment(query)
    ):
        # "want to start suboxone to get off fent": the treatment, not the substance
        pick = next((h for h in near[1:] if h.topic_id == cues.TREATMENT), None)
    if (
        pick is None
        and head == cues.TREATMENT
        and cues.asks_street_supply(query)
        and not cues.asks_treatment(query)
    ):
        # "bought some methadone off a guy": methadone from the street, not the programme
        pick = next((h for h in near[1:] if h.topic_id == cues.STREET_METHADONE), None)
    if pick is None and head in (cues.POLICE, cues.ABOUT_BOT) and cues.asks_checking_service(query):
        # "if i bring my pills to a testing service do the police find out": the service
        pick = next((h for h in near[1:] if h.topic_id == cues.DRUG_CHECKING), None)
    if pick is None and head != cues.ABOUT_BOT and cues.asks_about_bot(query):
        # "could the police read my chats with this bot": what the bot keeps, not the police
        pick = next((h for h in near[1:] if h.topic_id == cues.ABOUT_BOT), None)
    pick = (
        pick
        or _checking_or_infection(query, head, near, substance_topics)
        or _drop_job_over_police(query, head, near)
        or _claim_over_police(query, head, near, substance_topics)
    )
    if (
        pick is None
        and head not in (cues.POLICE, cues.ABOUT_BOT, cues.DEAD_DROPS)
        and cues.asks_police(query)
        and not (head == cues.DRUG_CHECKING and cues.asks_checking_service(query))
    ):
        # "can the police take my needles": the person's rights, not the needles
        pick = next((h for h in near[1:] if h.topic_id == cues.POLICE), None)
    if pick is None:
        pick = _prefer_named(query, head, near)
    if (
        pick is None
        and head not in cues.TEST_TOPICS
        and cues.asks_testing(query)
        and not cues.asks_site_harm(query)
        and not cues.asks_lab_result(query)
    ):
        # "what colour should mandelin turn for real molly": the test, not the substance
        pick = next((h for h in near[1:] if h.topic_id in cues.TEST_TOPICS), None)
    if (
        pick is None
        and head in cues.STIMULANT_TOPICS
        and (cues.asks_overdose(query) or cues.asks_overamping_signs(query))
        and cues.names_stimulant(query)
    ):
        # "how do I know someone overdid coke or crystal", "после мефа сердце колотится под 180 и
        # трясёт": the stimulant overdose, not the drug
        pick = next((h for h in near[1:] if h.topic_id == cues.STIMULANT_OVERDOSE), None)
    if pick is None and head == cues.OPIOID_OVERDOSE_SIGNS and cues.names_stimulant(query):
        pick = next((h for h in near[1:] if h.topic_id == cues.STIMULANT_OVERDOSE), None)
    if (
        pick is None
        and (
            head == cues.OPIOID_OVERDOSE_SIGNS
            or (
                substance_topics is not None
                and head in substance_topics
                and cues.asks_overdose(query)
            )
        )
        and cues.asks_what_to_do(query)
    ):
        # "what should i do if someone overdoses on heroin": the steps, not the signs
        pick = next((h for h in near[1:] if h.topic_id == cues.OVERDOSE_RESPONSE), None)
    pick = (
        pick
        or _prefer_by_practice(query, head, near, substance_topics)
        or _stronger_batch(query, head, near)
    )
    if pick is None:
        return hits
    ordered = [pick] + [h for h in hits if h is not pick]
    top = hits[0].score
    # the scores follow the new order (never above the hit before)
    out: list[Hit] = []
    for h in ordered:
        score = top if not out else min(h.score, out[-1].score)
        out.append(replace(h, score=score))
    return out


def _sure_pick(query: str, head: str, near: list[Hit]) -> Hit | None:
    """The cue rules whose words settle the topic even against the labelled questions' check: a
    racing heart with heat or shaking on a stimulant (the stimulant overdose), a drug taken to
    soften a comedown (the drug, not its withdrawal). (An adulterant named beside the fentanyl
    strips was tried here: the questions rightly keep the strips first for "do the strips pick up
    nitazenes", so it is left to the first ranking.)"""
    if (
        head in cues.STIMULANT_TOPICS
        and cues.asks_overamping_signs(query)
        and cues.names_stimulant(query)
    ):
        return next((h for h in near[1:] if h.topic_id == cues.STIMULANT_OVERDOSE), None)
    if (
        head.endswith(cues.WITHDRAWAL_SUFFIX)
        and head != cues.OPIOID_WITHDRAWAL
        and cues.asks_comedown_aid(query)
    ):
        return next((h for h in near[1:] if _withdrawal_of(head, h.topic_id)), None)
    return None


def _stronger_batch(query: str, head: str, near: list[Hit]) -> Hit | None:
    """ "раньше чека хватало, теперь с половины рубит": a stronger batch, fentanyl's topic, not
    the signs of an overdose nor the street drug's own."""
    if head in (cues.OPIOID_OVERDOSE_SIGNS, cues.STREET_METHADONE) and cues.asks_stronger_batch(
        cues.fold(query)
    ):
        return next((h for h in near[1:] if h.topic_id == cues.FENTANYL), None)
    return None


def _checking_or_infection(
    query: str, head: str, near: list[Hit], substance_topics: frozenset[str] | None
) -> Hit | None:
    """A pill sent to be tested ("can I post a pill off to be analysed without my name"): the
    checking service, not the pill's drug; an infection's test that came back reactive: the
    infection, not the reagent kits."""
    if (
        substance_topics is not None
        and head in substance_topics
        and cues.asks_checking_service(query)
    ):
        return next((h for h in near[1:] if h.topic_id == cues.DRUG_CHECKING), None)
    if head in cues.TEST_TOPICS and cues.asks_lab_result(query):
        return next((h for h in near[1:] if h.topic_id in cues.INFECTION_TOPICS), None)
    if head in _KIT_TOPICS and cues.asks_infection_passing(query):
        # "гепатит передається через спільну трубочку?": whether the infection passes, the
        # infection's page (it says which shared things carry it)
        return next((h for h in near[1:] if h.topic_id in cues.INFECTION_TOPICS), None)
    return None


# the pages on a way of using and its kit (a shared straw, pipe or spoon)
_KIT_TOPICS = frozenset({"safer-snorting", "safer-smoking", "safer-injecting"})


def _drop_job_over_police(query: str, head: str, near: list[Hit]) -> Hit | None:
    """ "Offered a job hiding stashes for crypto, what if i get caught": the dead-drop work, not
    the police."""
    if head != cues.POLICE or not cues.asks_drop_job(cues.fold(query)):
        return None
    return next((h for h in near[1:] if h.topic_id == cues.DEAD_DROPS), None)


def _prefer_named(query: str, head: str, near: list[Hit]) -> Hit | None:
    """The hit a named thing brings first: a mix of depressants asked why, a reagent among the
    testing topics, cannabis over a stimulant overdose when no stimulant is named, a stimulant's
    overdose when the signs of the heart giving out are asked; None when none applies."""
    if head in cues.TEST_TOPICS and cues.asks_site_harm(query):
        # "donde me pincho se puso negro": the skin at the injection site, not a reagent's colour
        return next((h for h in near[1:] if h.topic_id == cues.WOUND_CARE), None)
    if head in (*cues.STIMULANT_TOPICS, "ghb-gbl") and cues.asks_chemsex(query):
        # "секс на мефі кілька днів, як берегтись": chemsex, not the drug alone
        pick = next((h for h in near[1:] if h.topic_id == cues.CHEMSEX), None)
        if pick is not None:
            return pick
    if head == cues.TREATMENT and cues.asks_street_methadone_uk(query):
        # "чим бадяжать метадон на вулиці": street methadone, not the programme's
        pick = next((h for h in near[1:] if h.topic_id == cues.STREET_METHADONE), None)
        if pick is not None:
            return pick
    mix = next((h for h in near[1:] if h.topic_id == cues.MIXING_DEPRESSANTS), None)
    if mix is not None and cues.asks_mixing_depressants(query):
        # "why is lyrica with methadone and booze so dangerous": the mix, not one of them
        return mix
    if head in (
        cues.OPIOID_OVERDOSE_SIGNS,
        cues.MIXING_DEPRESSANTS,
        cues.STREET_METHADONE,
        cues.COCAINE,
    ) and cues.asks_about_fentanyl(query):
        # "чув шо в геру почали мішать фентаніл, чим він небезпечніший": fentanyl itself
        return next((h for h in near[1:] if h.topic_id == cues.FENTANYL), None)
    if (
        head == cues.STREET_METHADONE
        and cues.names_benzodiazepine(query)
        and not cues.names_opioid(query)
    ):
        # "купив ксанакс з рук, він може бути підробкою?": the benzodiazepine bought, not methadone
        return next((h for h in near[1:] if h.topic_id in cues.DEPRESSANT_TOPICS), None)
    if head == cues.SAFER_SNORTING and cues.asks_ketamine_bladder(query):
        # "пече коли пісяю, а я часто нюхаю кетамін": ketamine's harm to the bladder
        return next((h for h in near[1:] if h.topic_id == cues.KETAMINE), None)
    if head == cues.FENTANYL and cues.asks_stronger_than_fentanyl(query):
        # "new synthetic opioids stronger than fentanyl in fake pills": the nitazenes
        pick = next((h for h in near[1:] if h.topic_id == cues.NITAZENES), None)
        if pick is not None:
            return pick
    if head == cues.XYLAZINE and cues.asks_new_tranq(query):
        # "a new vet sedative in the dope that isn't xylazine": medetomidine, the new tranq
        pick = next((h for h in near[1:] if h.topic_id == cues.MEDETOMIDINE), None)
        if pick is not None:
            return pick
    if head == cues.WOUND_CARE and cues.asks_what_xylazine_is(query):
        # "que es la xilacina y por que salen esas heridas": xylazine, whose topic has the wounds
        return next((h for h in near[1:] if h.topic_id == cues.XYLAZINE), None)
    if (
        head == cues.MIXING_DEPRESSANTS
        and cues.depressants_named(query) == 0
        and cues.names_stimulant(query)
    ):
        # "кокаїн шо з ним не мішати": one stimulant's mixes, no depressant named
        return next((h for h in near[1:] if h.topic_id in cues.STIMULANT_TOPICS), None)
    if head == cues.MIXING_DEPRESSANTS and cues.one_depressant_no_mix(query):
        # "п'ю трамік на роботі, це вже залежність?": one depressant, no mix
        return next((h for h in near[1:] if h.topic_id in cues.DEPRESSANT_TOPICS), None)
    if head in cues.TEST_TOPICS and head != cues.REAGENTS and cues.names_reagent(query):
        # "are reagent kits reliable": the reagents, not a testing service or strips
        return next((h for h in near[1:] if h.topic_id == cues.REAGENTS), None)
    if (
        head == cues.STIMULANT_OVERDOSE
        and cues.names_cannabis(query)
        and not cues.names_stimulant(query)
    ):
        # "от плана накрыла паника, сердце колотится": too much cannabis, no stimulant taken
        return next((h for h in near[1:] if h.topic_id == cues.CANNABIS), None)
    if (
        head in cues.STIMULANT_TOPICS
        and cues.names_stimulant(query)
        and cues.asks_stimulant_signs(query)
    ) or (head in (*cues.STIMULANT_TOPICS, "mdma") and cues.asks_overheating(query)):
        # "the first signs the heart can't take it after speed", "friend on pingers is burning
        # up" (a body overheating): the stimulant overdose
        return next((h for h in near[1:] if h.topic_id == cues.STIMULANT_OVERDOSE), None)
    return None


def _prefer_by_practice(
    query: str, head: str, near: list[Hit], substance_topics: frozenset[str] | None
) -> Hit | None:
    """The practical topic a question asks for before the one its words match first: the
    overdose steps without naloxone, injecting with a used syringe, sharing a pipe, an
    adulterant the fentanyl strips may miss."""
    pick = None
    if head != cues.NALOXONE and (
        cues.asks_naloxone_works(query)
        # "налоксон куди колоти": where naloxone goes in, not where to inject a drug
        or (head == cues.SAFER_INJECTING and cues.asks_naloxone_form(query))
    ):
        # "налоксон действует на метадон?": naloxone's topic, not the other drug's
        pick = next((h for h in near[1:] if h.topic_id == cues.NALOXONE), None)
    if (
        pick is None
        and head == cues.ALCOHOL_WITHDRAWAL
        and cues.names_benzodiazepine(query)
        and not cues.names_alcohol(query)
    ):
        # "різко кинув бензи, трусить і не сплю": the benzodiazepines' withdrawal, not alcohol's
        pick = next((h for h in near[1:] if h.topic_id == cues.BENZO_WITHDRAWAL), None)
    if pick is None and head == cues.TREATMENT and cues.asks_overdose_signs(query):
        # "как понять что у друга передоз от метадона": the signs of an opioid overdose
        pick = next((h for h in near[1:] if h.topic_id == cues.OPIOID_OVERDOSE_SIGNS), None)
    if pick is None and head == cues.OPIOID_WITHDRAWAL:
        # "withdrawals off tramadol": the drug's own topic, when it covers stopping it
        own = cues.own_withdrawal_topic(query)
        pick = next((h for h in near[1:] if h.topic_id == own), None) if own else None
    if (
        pick is None
        and head == cues.OPIOID_WITHDRAWAL
        and cues.asks_treatment_dose(query)
        and not cues.asks_off_treatment(query)
    ):
        # "доза метадону мала, під вечір ламає": the programme's dose, not withdrawal in general
        pick = next((h for h in near[1:] if h.topic_id == cues.TREATMENT), None)
    if (
        pick is None
        and head == cues.NALOXONE
        and cues.asks_overdose(query)
        and cues.asks_what_to_do(query)
    ):
        # "what do i do at an overdose if there is no naloxone": the steps, not the medicine
        pick = next((h for h in near[1:] if h.topic_id == cues.OVERDOSE_RESPONSE), None)
    if pick is None and head == cues.SYRINGE_DISPOSAL and cues.asks_reuse(query):
        # "can i use the same needle twice": injecting more safely, not throwing it away
        pick = next((h for h in near[1:] if h.topic_id == cues.SAFER_INJECTING), None)
    if (
        pick is None
        and head != cues.SAFER_SMOKING
        and (substance_topics is None or head in substance_topics)
        and (
            cues.asks_pipe_sharing(query)
            or cues.asks_safer_smoking(query)
            or cues.asks_smoked_with_kit(query)
        )
    ):
        # "compartir la pipa de crack", "el crack en pipa, como se fuma con menos daño", smoked
        # off foil or from a can: the pipe, not the drug in it
        pick = next((h for h in near[1:] if h.topic_id == cues.SAFER_SMOKING), None)
    if pick is None and head != cues.SAFER_SMOKING and cues.asks_pipe_injury(query):
        # "губы в ожогах от трубки": the pipe, not the drug smoked in it
        pick = next((h for h in near[1:] if h.topic_id == cues.SAFER_SMOKING), None)
    if (
        pick is None
        and head.endswith(cues.WITHDRAWAL_SUFFIX)
        and head != cues.OPIOID_WITHDRAWAL
        and cues.asks_comedown_aid(query)
    ):
        # "бензы чтобы отходняк сгладить": the drug taken for a stimulant comedown, not its
        # withdrawal
        pick = next((h for h in near[1:] if _withdrawal_of(head, h.topic_id)), None)
    if pick is None and head in (cues.FENTANYL_STRIPS, cues.FENTANYL):
        # "does xylazine show up on the fent strips": the adulterant's own topic says
        adulterant = cues.adulterant_named(query)
        if adulterant is not None:
            pick = next((h for h in near[1:] if h.topic_id == adulterant), None)
    return pick


def _withdrawal_of(withdrawal: str, topic: str) -> bool:
    """``benzodiazepine-withdrawal`` is the withdrawal of ``benzodiazepines``."""
    if not withdrawal.endswith(cues.WITHDRAWAL_SUFFIX) or topic.endswith(cues.WITHDRAWAL_SUFFIX):
        return False
    stem = withdrawal[: -len(cues.WITHDRAWAL_SUFFIX)]
    return len(stem) >= 4 and topic.startswith(stem)


# Russian in Latin letters, as people type it without a Cyrillic keyboard: letter groups first
_TRANSLIT = re.compile(
    r"shch|sch|tsya|zh|kh|ch|sh|ts|yu|ju|ya|ja|yo|jo|ye|iy|yy|yi(?![a-z])|[a-z']"
)
_TRANSLIT_TO = {
    **dict(zip("abvgdezijklmnoprstufhcwy'", "абвгдезийклмнопрстуфхцвыь", strict=True)),
    "x": "кс",
    "q": "к",
    "shch": "щ",
    "sch": "щ",
    "zh": "ж",
    "kh": "х",
    "ch": "ч",
    "sh": "ш",
    "ts": "ц",
    # a reflexive verb's ending ("peregretsya", "kolotsya"), not "ц" + "я"
    "tsya": "тся",
    "yu": "ю",
    "ju": "ю",
    "ya": "я",
    "ja": "я",
    "yo": "ё",
    "jo": "ё",
    "ye": "е",
    "iy": "ий",
    "yy": "ый",
    "yi": "ый",  # an adjective's ending ("pervyi raz", "silnyi")
}


def _cyrillic(text: str, initial_e: str = "е") -> str:
    """A Russian message typed in Latin letters, in Cyrillic ("ne splyu" -> "не сплю");
    ``initial_e`` is what a word's first "e" becomes ("э" reads "ekstazi" as "экстази")."""
    low = text.lower()
    if initial_e != "е":
        low = re.sub(r"\be", "\x00", low)
    cyrillic = _TRANSLIT.sub(lambda m: _TRANSLIT_TO[m.group()], low).replace("\x00", initial_e)
    # the soft sign people leave out: "sol" is "соль", not a word without it
    return re.sub(r"\bсол\b", "соль", cyrillic)


def topic_title(topic: Topic, lang: str) -> str:
    return topic.translation(lang)[1].title
