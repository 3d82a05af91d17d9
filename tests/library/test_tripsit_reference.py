"""content/combos.yaml against the TripSit chart (tests/fixtures/tripsit, license: tests/fixtures/README.md).

No pair that both cover may be answered less severe than TripSit rates it (and never "unknown"
where TripSit says Caution, Unsafe or Dangerous), unless the entry that answers carries a
written reason (`milder_than_tripsit:`). Class names are held to their worst member.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.library.combos import RISK_RANK, ComboChecker, Named
from bot.library.loader import load_library

ROOT = Path(__file__).resolve().parents[2]
TRIPSIT = ROOT / "tests" / "fixtures" / "tripsit" / "combos.json"

LEVEL = {
    "Dangerous": 4,
    "Unsafe": 3,
    "Caution": 2,
    "Low Risk & Synergy": 1,
    "Low Risk & No Synergy": 1,
    "Low Risk & Decrease": 1,
}

SAME = {
    "alcohol": "alcohol",
    "cannabis": "cannabis",
    "cocaine": "cocaine",
    "mdma": "mdma",
    "lsd": "lsd",
    "dmt": "dmt",
    "mescaline": "mescaline",
    "ketamine": "ketamine",
    "lithium": "lithium",
    "mephedrone": "mephedrone",
    "pregabalin": "pregabalin",
    "psilocybin": "mushrooms",
    "ghb": "ghb/gbl",
    "dxm": "dextromethorphan",
    "nitrous-oxide": "nitrous",
    "pcp": "pcp",
    "mxe": "mxe",
    "amt": "amt",
    "dox": "dox",
    "2c-t-x": "2c-t-x",
    "nbome": "nbomes",
    "5-meo-dmt": "5-meo-xxt",
    "2c-b": "2c-x",
    "amphetamine": "amphetamines",
    "methamphetamine": "amphetamines",
    "diphenhydramine": "diphenhydramine",
    "dimenhydrinate": "diphenhydramine",
    # close relatives
    "gabapentin": "pregabalin",
    "methylphenidate": "amphetamines",
    "alpha-pvp": "amphetamines",
    "3-mmc": "mephedrone",
    "cathinones": "mephedrone",
}
GROUPS = {
    "opioids": "opioids",
    "benzodiazepines": "benzodiazepines",
    "ssris": "ssris",
    "maois": "maois",
}


@pytest.fixture(scope="module")
def checker() -> ComboChecker:
    library, problems = load_library(ROOT / "content")
    assert not [p for p in problems if p.level == "error"]
    return ComboChecker(library)


@pytest.fixture(scope="module")
def tripsit() -> dict[tuple[str, str], int]:
    data = json.loads(TRIPSIT.read_text(encoding="utf-8"))
    levels: dict[tuple[str, str], int] = {}
    for a, row in data.items():
        for b, entry in row.items():
            level = LEVEL.get(entry.get("status", ""))
            if level is None:
                continue
            for key in ((a, b), (b, a)):  # amphetamines -> lithium is listed one way only
                levels[key] = max(levels.get(key, 0), level)
    return levels


def tripsit_keys(checker: ComboChecker, sub_id: str) -> set[str]:
    keys = set()
    if sub_id in SAME:
        keys.add(SAME[sub_id])
    sub = checker.library.substances[sub_id]
    if sub_id == "ayahuasca":
        keys |= {"maois", "dmt"}
    for cls in sub.classes:
        if cls in GROUPS:
            keys.add(GROUPS[cls])
    if sub_id == "tramadol":
        keys.add("tramadol")
    return keys


def test_the_fixture_is_the_chart_the_review_used() -> None:
    data = json.loads(TRIPSIT.read_text(encoding="utf-8"))
    assert len(data) == 31 and data["dextromethorphan"]["mephedrone"]["status"] == "Dangerous"


def test_no_pair_is_answered_milder_than_tripsit(checker: ComboChecker, tripsit) -> None:
    failures = []
    ids = sorted(checker.library.substances)
    for i, a in enumerate(ids):
        for b in ids[i:]:
            want = max(
                (
                    tripsit.get((x, y), 0)
                    for x in tripsit_keys(checker, a)
                    for y in tripsit_keys(checker, b)
                ),
                default=0,
            )
            if want < 2:  # TripSit Low Risk (or not covered): "unknown" is allowed, never "safe"
                continue
            answer = checker.lookup(Named(a, "substance"), Named(b, "substance"))
            if RISK_RANK[answer.risk] >= want:
                continue
            if answer.combo is not None and answer.combo.milder_than_tripsit:
                continue
            failures.append(f"{a} + {b}: bot {answer.risk}, TripSit level {want}")
    assert failures == [], "\n".join(failures)


def test_a_class_name_is_never_milder_than_its_worst_member(checker: ComboChecker, tripsit) -> None:
    failures = []
    names = [Named(c, "class") for c in checker.library.classes] + [
        Named(s, "substance") for s in checker.library.substances
    ]
    for cls in (Named(c, "class") for c in checker.library.classes):
        members = checker.members(cls)
        for other in names:
            answer = checker.lookup(cls, other)
            for member in members:
                one = checker.lookup(member, other)
                # "unknown" for the group where one member is "low-risk" is not milder: it
                # reassures nobody ("treat with caution") while other members are unknown.
                if answer.risk == "unknown" and one.risk == "low-risk":
                    continue
                if RISK_RANK[one.risk] > RISK_RANK[answer.risk]:
                    failures.append(
                        f"{cls.id} + {other.id}: {answer.risk}, but {member.id} + {other.id}: {one.risk}"
                    )
    assert failures == [], "\n".join(failures[:40])


def test_the_review_cases_now_answer_as_severe_as_tripsit(checker: ComboChecker) -> None:
    def risk(a: str, b: str) -> str:
        return checker.lookup(checker.resolve(a), checker.resolve(b)).risk

    assert risk("dxm", "mephedrone") == "dangerous"
    assert risk("dxm", "3-mmc") == "dangerous" and risk("dxm", "соль") == "dangerous"
    assert risk("dxm", "pregabalin") == "unsafe" and risk("dxm", "gabapentin") == "unsafe"
    assert risk("changa", "mdma") == "dangerous" and risk("changa", "prozac") == "dangerous"
    assert (
        risk("5-meo-dmt", "ayahuasca") == "dangerous" and risk("bufo", "phenelzine") == "dangerous"
    )
    assert risk("psychedelics", "ssris") == "dangerous"
    assert risk("psychedelics", "mdma") == "dangerous"
    assert risk("dissociatives", "maois") == "dangerous"
    assert risk("benadryl", "alcohol") == "dangerous" and risk("gravol", "alcohol") == "dangerous"
    assert risk("librium", "alcohol") == "dangerous"
    assert risk("коаксил", "героин") == "dangerous"
    assert risk("methylone", "phenelzine") == "dangerous"
    assert risk("moxy", "ayahuasca") == "dangerous"
    assert risk("tusi", "alcohol") == "dangerous" and risk("tucibi", "ghb") == "dangerous"
    # A group is never "low risk" because one member is, while others are unknown.
    assert risk("maois", "benzodiazepines") == "unknown"
    assert risk("ayahuasca", "xanax") == "low-risk"


def test_the_order_of_a_substances_classes_does_not_soften_the_answer(tmp_path: Path) -> None:
    """Review A-m8: among entries equally specific, the most severe answers."""
    import shutil

    shutil.copytree(ROOT / "content", tmp_path / "content")
    path = tmp_path / "content" / "combos.yaml"
    text = path.read_text(encoding="utf-8")
    assert "classes: [maois, psychedelics]" in text
    path.write_text(
        text.replace("classes: [maois, psychedelics]", "classes: [psychedelics, maois]"),
        encoding="utf-8",
    )
    library, problems = load_library(tmp_path / "content")
    assert not [p for p in problems if p.level == "error"]
    checker = ComboChecker(library)
    assert checker.lookup(checker.resolve("ayahuasca"), checker.resolve("mdma")).risk == "dangerous"
    assert (
        checker.lookup(checker.resolve("mdma"), checker.resolve("syrian rue")).risk == "dangerous"
    )
