"""How the combination checker reads the slang lexicon's street words, through its contract:
``python bench/combo_street_audit.py [--content DIR]``.

Every word of ``content/lexicon.yaml`` that names a substance, per language and per country it
is tagged with (untagged words without a country), is sent to ``hrbot combo WORD HEROIN --json``
(stdin mode, one process per country, ``--country`` when tagged). Each answer is counted as read
as the lexicon says (the same drug, its class, a member, or the more specific reading
combos.yaml gives: a named cathinone, ayahuasca for DMT), asked (a word with several meanings),
unknown (no name), or read as another drug; the last two are listed with the word.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.library.combos import ComboChecker
from bot.library.loader import load_library

OTHER = {"en": "heroin", "ru": "героин", "uk": "героїн", "es": "heroína"}
# combos.yaml is more specific than the lexicon's search sense for these
MORE_SPECIFIC = {
    "mephedrone": {"cathinones"},
    "3-mmc": {"cathinones"},
    "cathinones": {"alpha-pvp"},
    "ayahuasca": {"dmt"},
    "5-meo-dmt": {"dmt"},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    args = parser.parse_args(argv)
    library, _ = load_library(args.content)
    checker = ComboChecker(library)
    by_country: dict[str | None, list[tuple[str, str]]] = {}
    for sense in library.lexicon.senses:
        if not sense.substances:
            continue
        for lang, words in sense.words.items():
            for term in words:
                for country in list(sense.countries) or [None]:
                    by_country.setdefault(country, []).append((lang, term))
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(args.content)}
    counts = {"as the lexicon says": 0, "asked": 0, "unknown": 0, "another drug": 0}
    for country, rows in by_country.items():
        lines = "".join(f"{term}\t{OTHER[lang]}\n" for lang, term in rows)
        command = [sys.executable, "-m", "bot", "combo", "--json"]
        command += ["--country", country] if country else []
        out = subprocess.run(
            command, input=lines, capture_output=True, text=True, env=env, cwd=ROOT, check=True
        ).stdout.splitlines()
        for (lang, term), line in zip(rows, out, strict=True):
            got = json.loads(line)
            want = set(library.lexicon.substances_for(term, lang, country))
            if got["ask"]:
                counts["asked"] += 1
                continue
            if got["a"] is None:
                counts["unknown"] += 1
                print(
                    f"  unknown: {term!r} ({lang}, {country or '-'}), the lexicon says {sorted(want)}"
                )
                continue
            named = checker.named(got["a"])
            family = (
                {got["a"]}
                | set(checker.classes_of(named))
                | {m.id for m in checker.members(named)}
                | MORE_SPECIFIC.get(got["a"], set())
            )
            if family & want:
                counts["as the lexicon says"] += 1
            else:
                counts["another drug"] += 1
                print(
                    f"  another drug: {term!r} ({lang}, {country or '-'}) read {got['a']}, "
                    f"the lexicon says {sorted(want)}"
                )
    total = sum(len(rows) for rows in by_country.values())
    print(f"{total} street words x country: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
