"""Emergency and crisis recognition: every tune message of bench/labelled, the issue's examples,
and what ``hrbot search --json`` shows for them.

The held-out parts are measured by ``bench/triage_bench.py``; their first looks are kept in
``bench/results/``. Once looked at and fixed, they guard against regressions here too
(``test_every_message_seen_so_far``).
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
import yaml

from bench import triage_bench
from bot.library.cli import cmd_search
from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, fold, is_emergency

ROOT = Path(__file__).resolve().parents[2]


def _yaml(text: str):
    """yaml.safe_load with libyaml's parser when PyYAML has it (the same data, a tenth of the
    time: these files are read at collection, in every test process)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


REAL_CONTENT = ROOT / "content"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "content"


def _tune() -> list[tuple[str, str, str]]:
    out = []
    for lang in ("en", "ru", "uk", "es"):
        for name in (
            f"triage-{lang}.yaml",
            f"triage-tune2-{lang}.yaml",
            f"triage-tune3-{lang}.yaml",
            f"triage-tune4-{lang}.yaml",
            f"triage-tune5-{lang}.yaml",
            f"triage-tune6-{lang}.yaml",
            f"triage-tune7-{lang}.yaml",
            f"triage-tune8-{lang}.yaml",
            f"triage-tune9-{lang}.yaml",
            f"triage-tune10-{lang}.yaml",
            f"triage-tune11-{lang}.yaml",  # es only
            f"triage-tune12-{lang}.yaml",
            f"triage-tune13-{lang}.yaml",
            f"triage-tune14-{lang}.yaml",
            f"triage-tune15-{lang}.yaml",
            f"triage-tune16-{lang}.yaml",
            f"triage-tune18-{lang}.yaml",
            f"triage-tune20-{lang}.yaml",
            f"triage-tune21-{lang}.yaml",
            f"triage-tune22-{lang}.yaml",
            f"triage-tune23-{lang}.yaml",
            f"triage-tune25-{lang}.yaml",
            f"triage-tune26-{lang}.yaml",
            f"triage-tune27-{lang}.yaml",
            f"triage-tune28-{lang}.yaml",
            f"triage-tune29-{lang}.yaml",
            f"triage-tune30-{lang}.yaml",
            f"triage-tune31-{lang}.yaml",
            f"triage-tune32-{lang}.yaml",
            f"triage-tune33-{lang}.yaml",
            f"triage-tune34-{lang}.yaml",
            f"triage-tune35-{lang}.yaml",
            f"triage-tune36-{lang}.yaml",
            f"triage-tune37-{lang}.yaml",
            f"triage-tune38-{lang}.yaml",
            f"triage-tune39-{lang}.yaml",
            f"triage-tune40-{lang}.yaml",
            f"triage-tune41-{lang}.yaml",
            f"triage-tune42-{lang}.yaml",
            f"triage-tune43-{lang}.yaml",
            f"triage-tune44-{lang}.yaml",
            f"triage-tune45-{lang}.yaml",
            f"triage-tune46-{lang}.yaml",
            f"triage-tune47-{lang}.yaml",
            f"triage-tune48-{lang}.yaml",
            f"triage-tune49-{lang}.yaml",
            f"triage-tune50-{lang}.yaml",
            f"triage-tune51-{lang}.yaml",
            f"triage-tune52-{lang}.yaml",
            f"triage-tune53-{lang}.yaml",
            f"triage-tune54-{lang}.yaml",
        ):
            path = ROOT / "bench" / "labelled" / name
            if not path.exists() and name.startswith("triage-tune11-"):
                continue  # tune11 is Spanish only
            items = _yaml(path.read_text(encoding="utf-8"))
            out += [(path.stem, i["label"], i["text"]) for i in items if i["split"] == "tune"]
    return out


TUNE = _tune()


def _by_part(messages: list[tuple[str, str, str]]) -> dict[str, list[tuple[str, str]]]:
    """(part, label, text) rows as {part: [(label, text), ...]}, in their order."""
    parts: dict[str, list[tuple[str, str]]] = {}
    for part, label, text in messages:
        parts.setdefault(part, []).append((label, text))
    return parts


def _misread(label: str, text: str, question_is_no_card: bool = False) -> list[str]:
    """What the rules get wrong about one labelled message ([]: nothing). With
    ``question_is_no_card``, an emergency must not be read as a general overdose question."""
    wrong = []
    if is_emergency(text) != (label == "emergency"):
        wrong.append(f"is_emergency is {label != 'emergency'}")
    if is_crisis(text) != (label == "crisis"):
        wrong.append(f"is_crisis is {label != 'crisis'}")
    if label == "overdose-question" and not asks_about_overdose(text):
        wrong.append("asks_about_overdose is False")
    if question_is_no_card and label == "emergency" and asks_about_overdose(text):
        wrong.append("asks_about_overdose is True")
    return wrong


def _check_part(rows: list[tuple[str, str]], question_is_no_card: bool = False) -> None:
    """Every message of one labelled part, each checked alone; a failure lists every misread
    message with its label, its text and what the rules said."""
    misread = [
        f"{label}: {text!r}: {', '.join(wrong)}"
        for label, text in rows
        if (wrong := _misread(label, text, question_is_no_card))
    ]
    assert rows
    assert not misread, f"{len(misread)} of {len(rows)} misread:\n" + "\n".join(misread)


def test_the_tune_set_is_the_size_the_issue_asks_for() -> None:
    for lang in ("en", "ru", "uk", "es"):
        items = _yaml(
            (ROOT / "bench" / "labelled" / f"triage-{lang}.yaml").read_text(encoding="utf-8")
        )
        counts = {
            label: sum(i["label"] == label for i in items)
            for label in ("emergency", "crisis", "overdose-question", "other")
        }
        assert counts["emergency"] >= 40 and counts["crisis"] >= 15, (lang, counts)
        assert counts["overdose-question"] >= 12 and counts["other"] >= 40, (lang, counts)
        heldout = sum(i["split"] == "heldout" for i in items)
        assert 0.18 <= heldout / len(items) <= 0.3, (lang, heldout, len(items))


# One test per labelled file (a few hundred messages each, checked one by one): a per-message
# test id cost more than the check itself, and a failure still names every misread message.
TUNE_PARTS = _by_part(TUNE)
# Tune parts whose messages the rules do not pass yet (their first look is in their headers; each
# joins once its misses are fixed by kind): tune34-ru has a nicotine (nasvay) sickness the rules
# leave to the embeddings. tune34-en joined once tune36's round stopped reading "had me dying"
# (laughing) as crisis; tune36-en (a crisis plan with drugs read as an emergency now), tune36-es (a
# funeral planned and hoped soon, asked as a question) and tune38 joined in session 16.
# tune37 (session 16) joined once its first look's misses were fixed by kind; its ru and uk "swallowed a
# pack of headache pills yesterday, all ok" were relabelled emergency: it may be a paracetamol overdose
# that harms the liver a day or more later with no symptoms first, so the card is the safe answer.
# tune46 (session 20, second round of issue #9): its appended rows (no first-person word, a long
# message, a helper's question) are left to the embedding stage or not fixed yet (their header).
# Session 21 fixed its crisis rows by kind (every language's rules now read all 64 right for crisis,
# and no crisis row gets the card), and tune46-es joined; en, ru and uk joined in session 21's second
# round once a death mourned (a grave, an anniversary) and a sign asked after an "if" to come ("will I
# stop breathing if ...") were no card, by kind (tests/library/test_emergency_kinds21c.py).
# tune51-ru and tune51-uk (session 23, emerg): a grandfather "серый и не отвечает" / "сірий і не
# відповідає" whose silence is put down to a flat hearing aid still gets the card: the grey colour said
# of a person ("серый и ...") is kept a sign whatever explains the silence (recall first).
TUNE_PENDING = {
    "triage-tune34-ru",
    "triage-tune51-ru",
    "triage-tune51-uk",
}


@pytest.mark.parametrize("part", [p for p in TUNE_PARTS if p not in TUNE_PENDING])
def test_tune_message_is_recognised_as_labelled(part: str) -> None:
    _check_part(TUNE_PARTS[part], question_is_no_card=True)


def _seen() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((ROOT / "bench" / "labelled").glob("triage-*.yaml")):
        if path.stem.startswith(
            (
                "triage-final-",
                "triage-fresh-",
                "triage-heldout2-",
                "triage-heldout3-",
                "triage-heldout13-",  # never tuned on: its figures are the bench's, not fixed here
                *(f"triage-{part}-" for part in (*triage_bench.SIDED, *triage_bench.SEALED)),
            )
        ):
            # never tuned on whole (fresh, blind, blind2, blind3, blind4: only their tuning
            # sides, below)
            continue
        items = _yaml(path.read_text(encoding="utf-8"))
        out += [(f"{path.stem}", i["label"], i["text"]) for i in items if i["split"] == "heldout"]
    return out


SEEN = _seen()
SEEN_PARTS = _by_part(SEEN)


@pytest.mark.parametrize("part", SEEN_PARTS)
def test_every_message_seen_so_far(part: str) -> None:
    """Held-out messages after their first look (bench/results/): fixed, and kept fixed."""
    _check_part(SEEN_PARTS[part])


# Parts whose tuning side the rules do not pass yet (blind5 joined on 2026-12-06, eighth session,
# once blind5-tune's misses were fixed by kind; blind6 became tuning data in the ninth session and
# joined once blind6-tune's misses were fixed by kind, with tune22; blind7 became tuning data at
# the end of the ninth session, after its one look, and joined in the tenth once blind7-tune's
# last misses were fixed by kind; blind8 became tuning data at the start of the twelfth session,
# after its one look in the eleventh, and joined in the same session once blind8-tune's misses were
# fixed by kind, with tune28 and tune29; blind9 became tuning data at the end of the twelfth
# session, after its one look, and joined in the same session once blind9-tune's misses were
# fixed by kind; blind10 became tuning data at the end of the thirteenth session, after its one
# look, and joined in the same session's late round once blind10-tune's misses were fixed by kind;
# blind11 became tuning data at the end of the fourteenth session, after its one look, and joined
# in the same session's late round once blind11-tune's misses were fixed by kind; blind12 became
# tuning data at the end of the fifteenth session, after its one look, and joined in the same
# session's late round once blind12-tune's misses were fixed by kind; blind13 became tuning data at
# the end of the sixteenth session, after its one look, and joined in the same session's late round
# once blind13-tune's misses were fixed by kind; blind14 became tuning data at the end of the
# seventeenth session, after its one look, and joined in the same session's late round once
# blind14-tune's misses were fixed by kind; blind15 became tuning data at the end of the
# eighteenth session, after its one look, and joined in the same session's late round once
# blind15-tune's misses were fixed by kind; blind16 became tuning data at the end of the
# nineteenth session, after its one look, and joined in the same session's late round once
# blind16-tune's misses were fixed by kind; blind17 became tuning data at the end of the
# twentieth session, after its one look, and joined in the twenty-first session once
# blind17-tune's misses were fixed by kind; blind18 became tuning data at the end of the
# twenty-first session, after its one look, and joined in the same session's late round once
# blind18-tune's misses were fixed by kind; blind19 became tuning data at the end of the
# twenty-second session, after its one look, and joined in the same session's late round once
# blind19-tune's misses were fixed by kind; blind20 became tuning data at the end of the
# twenty-third session, after its one look, and joined in the same session's late round once
# blind20-tune's misses were fixed by kind; blind21 became tuning data at the end of the
# twenty-fourth session, after its one look, and waits until blind21-tune's misses are fixed by kind).
RULES_PENDING: set[str] = {"blind21"}


def _tuning_sides() -> list[tuple[str, str, str]]:
    """The tuning sides of ``fresh``, ``blind``, ``blind2`` and ``blind3`` (two thirds of each label, drawn by
    the bench's own rule, ``bench/triage_bench.fresh_side``); their aside thirds are never read
    here."""
    out = []
    for part in triage_bench.SIDED:
        if part in RULES_PENDING:
            continue
        for lang in ("en", "ru", "uk", "es"):
            items = _yaml(
                (ROOT / "bench" / "labelled" / f"triage-{part}-{lang}.yaml").read_text(
                    encoding="utf-8"
                )
            )
            out += [
                (f"{part}-tune-{lang}", i["label"], i["text"])
                for i in triage_bench.fresh_side(lang, items, part)
                if i["split"] == f"{part}-tune"
            ]
    return out


TUNING_SIDES = _tuning_sides()
TUNING_SIDE_PARTS = _by_part(TUNING_SIDES)


@pytest.mark.parametrize("part", TUNING_SIDE_PARTS)
def test_the_tuning_sides_of_fresh_and_blind(part: str) -> None:
    """fresh-tune, blind-tune and blind2-tune, fitted by kind: recognised by the rules alone, and kept so."""
    _check_part(TUNING_SIDE_PARTS[part])


# The examples issue 9 reports, and phrases people use that must never be missed.
EMERGENCIES = [
    "у подруги передозировка героином",
    "friend OD'd what do I do",
    "he took fent and is snoring weird",
    "кажется у него передоз",
    "у друга передоз что делать",
    "my friend overdosed what do i do",
    "mi amigo tuvo una sobredosis qué hago",
    "друг не дышит, передоз",
    "my friend is not breathing",
    "overdose help",
    "OVERDOSE HELP!!!",
    "friend O.D.'d",
    "peredoz u druga",
    "у друга передоз",
    "в нього передозування допоможіть",
    "sobredosis",
    "передоз",
    "he's not breathing",
]
OVERDOSE_QUESTIONS = [
    "what are the signs of an overdose",
    "как понять что у человека передоз",
    "як зрозуміти що в людини передозування",
    "cuáles son los síntomas de una sobredosis",
]
CRISES = [
    "i dont want to be alive anymore",
    "хочу повеситься",
    "вскрыться",
    "выпилиться",
    "хочу повіситися",
    "no quiero seguir viviendo",
    "me quiero morir",
    "kms",
    "unalive",
    "I want to kill myself",
    "хочу умереть",
    "хочу померти",
    "honestly thinking of ending things, i'm so tired",
    "хочу просто перестать существовать",
    "soy una carga para todos",
]
NEITHER = [
    "dying to try mdma",
    "убойный приход",
    "I almost died laughing",
    "me muero de risa",
    "can i mix mdma and alcohol",
    "hello",
    "me corto el pelo mañana, puedo ir drogado?",
    "collapsed vein after injecting",
    "не просыпаюсь по утрам после фена",
    "he's dying his hair blue lol",
    "im going to the party tonight, will it be over by 2",
    "i want to end my tolerance break",
    "i feel alive on mdma",
    "yo vivo en madrid",
    "i heard someone died at the festival",
    "i died when i saw that",
    "ending things with my dealer for good",
    "voy a terminar con mi dealer para siempre",
    "я чуть не умер от смеха",
    # session 9 helpers' findings: a seizure to avoid, a workout, laughing
    "cómo ir bajando el rivotril poco a poco para no tener convulsiones",
    "how do i taper benzos to avoid seizures",
    "at the gym, heart pounding and sweating like crazy",
    "i think im gonna die, my chest hurts from laughing",
    "",
    "   ",
    "?!",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_issue_emergencies(text: str) -> None:
    assert is_emergency(text)
    assert not asks_about_overdose(text)


@pytest.mark.parametrize("text", OVERDOSE_QUESTIONS)
def test_general_overdose_questions_are_not_emergencies(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)
    assert not is_crisis(text)


@pytest.mark.parametrize("text", CRISES)
def test_issue_crises(text: str) -> None:
    assert is_crisis(text)
    assert not is_emergency(text)


# About an overdose, but not one happening now (the answer may still offer the steps).
PAST_OVERDOSES = [
    "I overdosed last year and I'm scared to use again",
    "у меня был передоз в прошлом году",
    "mi tío murió de sobredosis hace años",
    "статистика передозувань в Україні",
]


@pytest.mark.parametrize("text", PAST_OVERDOSES)
def test_overdoses_in_the_past_are_not_emergencies(text: str) -> None:
    assert not is_emergency(text)
    assert not is_crisis(text)


# Questions about naloxone are about answering an overdose: neither card, but the answer offers
# the steps (the fresh labelled set, written by someone who had not seen the rules, says so too).
NALOXONE_QUESTIONS = [
    "what does naloxone do",
    "where can i get naloxone",
    "my dealer isn't answering, where else can I get naloxone",
    "налоксон колоть в мышцу или в вену?",
    "скільки налоксону треба на фентаніл",
    "la naloxona nasal dura cuánto",
]


@pytest.mark.parametrize("text", NALOXONE_QUESTIONS)
def test_naloxone_questions_offer_the_steps(text: str) -> None:
    assert not is_emergency(text)
    assert not is_crisis(text)
    assert asks_about_overdose(text)


@pytest.mark.parametrize("text", NEITHER)
def test_scary_words_that_are_neither(text: str) -> None:
    assert not is_emergency(text)
    assert not is_crisis(text)
    assert not asks_about_overdose(text)


def test_fold_makes_typing_comparable() -> None:
    assert fold("HELPPP!!! Mi amigo NO RESPÍRA") == " help mi amigo no respira "
    assert fold("Передоззз, ёлки") == " передоз елки "
    assert fold("friend O.D.'d") == " friend od'd "


def test_a_whole_message_is_read_not_only_its_start() -> None:
    filler = (
        "sorry for the long message, we were at a party and everything was fine until now. " * 40
    )
    assert is_emergency(filler + "my friend is not breathing")
    assert is_crisis(filler + "and honestly i want to kill myself")
    assert not is_emergency(filler) and not is_crisis(filler)


def _args(**kw: object) -> argparse.Namespace:
    base = {"query": None, "lang": "en", "json": True, "dir": str(REAL_CONTENT), "all": False}
    base.update(kw)
    return argparse.Namespace(**base)


def test_cli_json_shows_an_emergency_and_a_crisis(
    settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = [
        "у подруги передоз",
        "хочу повеситься",
        "no breathing and i want to die",
        "where to get naloxone",
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(queries) + "\n"))
    assert cmd_search(_args(lang="ru"), settings) == 0
    emergency, crisis, both, other = (
        json.loads(line) for line in capsys.readouterr().out.splitlines()
    )
    assert emergency[0] == {"id": "overdose-response", "score": 1.0}
    assert all(h["id"] != "mental-health-crisis" or h["score"] < 1.0 for h in emergency)
    assert crisis[0] == {"id": "mental-health-crisis", "score": 1.0}
    assert both[:2] == [
        {"id": "overdose-response", "score": 1.0},
        {"id": "mental-health-crisis", "score": 1.0},
    ]
    assert other and other[0]["id"] == "naloxone" and all(set(h) == {"id", "score"} for h in other)
    assert "mental-health-crisis" not in {h["id"] for h in other}


def test_cli_json_for_one_crisis_query(settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_search(_args(query="me quiero morir", lang="es"), settings) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0] == {"id": "mental-health-crisis", "score": 1.0}
    assert len(hits) == len({h["id"] for h in hits}) <= 3


def test_cli_without_a_crisis_topic_keeps_its_answer(
    settings, capsys: pytest.CaptureFixture[str]
) -> None:
    # the fixture library has no mental-health-crisis topic: nothing is invented
    assert cmd_search(_args(query="i want to kill myself", dir=str(FIXTURES)), settings) == 0
    hits = json.loads(capsys.readouterr().out)
    assert "mental-health-crisis" not in {h["id"] for h in hits}


# Kinds of situation the second tune set (bench/labelled/triage-tune2-*.yaml) was written for, in
# words of no labelled set: (kind, language, message, what ``classify`` says with the rules alone).
KINDS = [
    # stimulant overdose: chest pain / a racing heart with fainting or breathlessness
    ("stimulant", "en", "chest is crushing after the coke and im about to black out", "emergency"),
    ("stimulant", "ru", "после фена давит в груди и темнеет в глазах", "emergency"),
    ("stimulant", "uk", "після кокаїну серце калатає і я зараз знепритомнію", "emergency"),
    ("stimulant", "es", "tras la mefe me duele el pecho y siento que me desmayo", "emergency"),
    # overheating + confusion
    (
        "overheating",
        "en",
        "shes burning up after the molly and keeps talking nonsense",
        "emergency",
    ),
    ("overheating", "ru", "он перегрелся после экстази и бредит", "emergency"),
    ("overheating", "uk", "вона перегрілася на фестивалі і марить", "emergency"),
    ("overheating", "es", "mi carnal está ardiendo después de las tachas y delira", "emergency"),
    # took too much + a body symptom
    ("too much", "en", "did way too much ket and cant feel my legs", "emergency"),
    ("too much", "ru", "перебрал с таблетками, воздуха не хватает", "emergency"),
    ("too much", "uk", "перебрала з пігулками, повітря не вистачає", "emergency"),
    ("too much", "es", "me pasé con las pastis y no me entra aire", "emergency"),
    # goodbyes + "it's time"
    ("goodbye", "en", "said my goodbyes to everyone, it's time", "crisis"),
    ("goodbye", "ru", "со всеми попрощалась, пора", "crisis"),
    ("goodbye", "uk", "з усіма попрощалася, пора", "crisis"),
    ("goodbye", "es", "ya me despedí de mi hermana, ya es hora", "crisis"),
    # means ready
    ("means", "en", "got the rope ready in the shed", "crisis"),
    ("means", "ru", "петля готова", "crisis"),
    ("means", "uk", "мотузка вже готова", "crisis"),
    ("means", "es", "la soga ya está lista", "crisis"),
    # no future
    ("no future", "en", "i won't be here by next week", "crisis"),
    ("no future", "ru", "до нового года меня уже не будет", "crisis"),
    ("no future", "uk", "до вихідних мене вже не буде", "crisis"),
    ("no future", "es", "no me veo aquí el mes que viene", "crisis"),
    # tired of waking up / living
    ("tired of living", "en", "sick of waking up honestly", "crisis"),
    ("tired of living", "ru", "устала просыпаться", "crisis"),
    ("tired of living", "uk", "втомився прокидатися", "crisis"),
    ("tired of living", "es", "harta de despertar", "crisis"),
    # hoping the next use is the last
    ("last shot", "en", "hope the next shot is my last", "crisis"),
    ("last shot", "ru", "надеюсь следующий укол будет последним", "crisis"),
    ("last shot", "uk", "сподіваюся наступна доза мене доб'є", "crisis"),
    ("last shot", "es", "ojalá la próxima dosis sea la última", "crisis"),
    # an overdose on purpose
    ("on purpose", "en", "going to shoot the whole stash on purpose", "crisis"),
    ("on purpose", "ru", "вмажу весь запас специально", "crisis"),
    ("on purpose", "uk", "навмисно вколю все що є", "crisis"),
    ("on purpose", "es", "me voy a meter todo a propósito", "crisis"),
    # hard negatives: idioms, pets, farewell cards, a work alarm, a holiday, quitting, coffee
    ("idiom", "en", "dying for a coffee", ""),
    ("idiom", "ru", "умираю как хочу спать", ""),
    ("idiom", "uk", "помираю як хочу їсти", ""),
    ("idiom", "es", "me muero si no como algo", ""),
    ("pet", "en", "my cat died this morning", ""),
    ("pet", "ru", "сегодня умер мой кот", ""),
    ("pet", "uk", "сьогодні помер мій пес", ""),
    ("pet", "es", "se murió mi perrita hoy", ""),
    ("farewell card", "en", "we signed a goodbye card for our boss, she's retiring", ""),
    ("farewell card", "ru", "подписали прощальную открытку начальнице", ""),
    ("farewell card", "uk", "підписали прощальну листівку начальниці", ""),
    ("farewell card", "es", "firmamos una tarjeta de despedida para la jefa", ""),
    ("work alarm", "en", "so tired of waking up at 5 for work", ""),
    ("work alarm", "ru", "устал просыпаться в 5 на работу", ""),
    ("work alarm", "uk", "втомився прокидатися о 5 на роботу", ""),
    ("work alarm", "es", "cansado de despertar a las 5 para trabajar", ""),
    ("holiday", "en", "i won't be here next week, on holiday", ""),
    ("holiday", "ru", "меня не будет на следующей неделе, я в отпуске", ""),
    ("holiday", "uk", "мене не буде наступного тижня, я у відпустці", ""),
    ("holiday", "es", "no voy a estar la semana que viene, me voy de vacaciones", ""),
    ("quitting", "en", "hope the next shot is my last one, starting rehab monday", ""),
    ("quitting", "ru", "надеюсь это последний укол, хочу завязать", ""),
    ("quitting", "uk", "сподіваюся це останній укол, хочу зав'язати", ""),
    ("quitting", "es", "ojalá esta sea la última dosis, quiero dejarlo", ""),
    ("coffee", "en", "had too much coffee and my heart is racing and im dizzy", ""),
    ("coffee", "es", "me pasé con el café, el corazón a mil y mareado", ""),
]


@pytest.mark.parametrize(
    ("kind", "lang", "text", "expected"), KINDS, ids=[f"{k}-{lang}" for k, lang, _, _ in KINDS]
)
def test_kinds_of_situation(kind: str, lang: str, text: str, expected: str) -> None:
    from bot.library.triage import classify

    assert classify(text, embeddings=False).kind == expected, (kind, text)


def test_the_held_out_fifth_stays_out_of_the_tune_set() -> None:
    """bench/labelled/triage-heldout2-*.yaml: every fifth message, never tuned on, never a test."""
    for lang in ("en", "ru", "uk", "es"):
        tune = _yaml(
            (ROOT / "bench" / "labelled" / f"triage-tune2-{lang}.yaml").read_text(encoding="utf-8")
        )
        held = _yaml(
            (ROOT / "bench" / "labelled" / f"triage-heldout2-{lang}.yaml").read_text(
                encoding="utf-8"
            )
        )
        assert {i["split"] for i in tune} == {"tune"} and {i["split"] for i in held} == {"heldout"}
        assert not {i["text"] for i in tune} & {i["text"] for i in held}
        assert 0.18 <= len(held) / (len(tune) + len(held)) <= 0.22, lang


def test_the_shipped_prototype_vectors_are_those_of_the_shipped_texts() -> None:
    """bench/make_triage_prototypes.py writes both; a change to the texts alone would make every
    first start embed some 2,000 messages again (correct, but tens of seconds of CPU)."""
    import numpy as np

    from bot.library import triage

    texts = triage.load_texts()
    rows = sum(len(texts[label]) for label in (*triage.KINDS, "other"))
    with np.load(triage.SHIPPED_VECTORS, allow_pickle=False) as data:
        key, vectors = str(data["key"]), data["vectors"]
    assert key.split(":")[0] == triage.digest(texts), "run bench/make_triage_prototypes.py"
    assert vectors.shape == (rows, 384)
    norms = np.linalg.norm(vectors.astype(np.float32), axis=1)
    assert np.allclose(norms, 1.0, atol=0.01)  # unit vectors, as the model gives them


def test_shipped_vectors_for_other_texts_or_a_damaged_file_are_not_used(tmp_path: Path) -> None:
    import numpy as np

    from bot.library import triage

    texts = {"emergency": ["he is not breathing"], "crisis": ["i want to die"], "other": ["hi"]}
    vectors = np.eye(3, 384, dtype=np.float32)
    path = tmp_path / "vectors.npz"
    triage.write_shipped(texts, vectors, path)
    assert np.allclose(triage.read_shipped(texts, 3, path), vectors)
    assert triage.read_shipped({**texts, "other": ["hello"]}, 3, path) is None  # other texts
    assert triage.read_shipped(texts, 4, path) is None  # other rows
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert triage.read_shipped(texts, 3, path) is None  # damaged: embedded as without one
    assert triage.read_shipped(texts, 3, tmp_path / "missing.npz") is None


# -- kinds found on blind2-tune (2026-12-06), said in other words by the triage helper --
# General questions, past events told with "now all is well", a drug's colour, fiction: not the card.
B2_NOT_EMERGENCY = [
    "is it true that fent makes your lips go blue",
    "what happens if someone stops breathing on g",
    "last month my mate went blue at a party but he was fine after",
    "in 2021 i passed out from too much xanax, now sober",
    "my phone died lol",
    "this heat is killing me, can i still take molly",
    "i almost died laughing at that video",
    "if someone overdoses in my flat will i get in trouble",
    "saw a guy pass out in a movie after shooting up, is that realistic",
    "от мефа бывает что синеют губы?",
    "в прошлом году брат посинел от героина, откачали, теперь в завязке",
    "я чуть не умер со смеху",
    "что будет если человек перестанет дышать от фена",
    "смотрел фильм где чувак отъехал от передоза",
    "від мефу бувають судоми?",
    "минулого року подруга знепритомніла від екстазі, зараз усе добре",
    "а що якщо людина не дихає після ГОМК",
    "¿la heroína hace que se pongan azules los labios?",
    "el año pasado mi carnal se desmayó por la coca pero ya está bien",
    "¿qué pasa si alguien deja de respirar con fentanilo?",
    "me muero de sueño después de la fiesta",
    "¿las benzos dan convulsiones si las dejas de golpe?",
    "my heart is racing from this exam lol",
    "blue lips from the slushie haha",
]
# Indirect ways of saying one wants to die: the crisis reply, never the overdose card.
B2_CRISIS = [
    "i just want to sleep and never have to deal with anything again",
    "honestly everyone would be fine if i was gone",
    "i've been writing letters to everyone i love",
    "i keep thinking about how quiet it would be if i wasn't here",
    "не хочу просыпаться больше",
    "всем будет проще если меня не станет",
    "я всё решила, сегодня ночью",
    "зачем мне дальше жить",
    "не хочу більше прокидатися",
    "я все вирішила, сьогодні вночі",
    "нікому я не потрібна, краще б мене не було",
    "ya no quiero despertar",
    "sería mejor para todos si yo no estuviera",
    "ya no aguanto, quiero que todo se acabe",
    "i just want everything to stop forever",
    "i'm so tired i don't want to be here anymore",
    "не вижу смысла продолжать жить",
    "хочу уснуть и не проснуться",
    "ya lo decidí, esta noche me voy",
    "me voy a tomar todas las pastillas que junté",
]
# Everyday idioms with dying, killing and goodbyes: not a crisis.
B2_NOT_CRISIS = [
    "i'm dead tired after work",
    "this song is killing me",
    "i would kill for a pizza rn",
    "я убью его если он опять опоздает",
    "умираю от скуки на работе",
    "me muero de hambre",
    "я мертва після сесії",
    "dying to try 2cb at the festival",
    "goodbye to meth, 30 days sober today, thanks everyone!",
]


@pytest.mark.parametrize("text", B2_NOT_EMERGENCY)
def test_questions_past_events_and_fiction_are_not_the_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", B2_CRISIS)
def test_indirect_wishes_to_die_are_crisis_not_the_card(text: str) -> None:
    assert is_crisis(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", B2_NOT_CRISIS)
def test_everyday_idioms_are_not_a_crisis(text: str) -> None:
    assert not is_crisis(text), text


# Emergencies in other words (the triage helper's, 2026-12-06): every one the card.
B2_EMERGENCY = [
    "my roommate is on the bathroom floor and wont answer me, there's a needle next to him",
    "bf took a bunch of pressies and now he's making this gurgling noise",
    "she's gone all floppy and her lips look grey",
    "guy at the party face down on the couch, we can't get him up, he was doing g all night",
    "my brother is snoring really loud and won't wake up after his methadone",
    "i shook him and slapped him and nothing, he's barely breathing",
    "friend dropped after a line, eyes rolled back, shaking",
    "she's cold and clammy and her breathing sounds like a rattle",
    "he smoked something and now he's just staring, not blinking, not responding to his name",
    "took 4 bars and a bunch of drinks, can barely keep my head up, chest feels heavy and breathing is weird",
    "cousin went purple in the face and keeps passing out after fent",
    "i found my dad slumped in the car and he won't respond",
    "mate's been nodding for an hour and now i can't rouse him",
    "there's a guy in the alley not moving, looks like he used",
    "friend is choking on her own vomit and won't wake",
    "my gf had a seizure and now she's not waking up properly",
    "called his name over and over, nothing, pinned pupils",
    "someone collapsed at the rave, super hot, not making sense",
    "he's gasping and his fingertips are blue",
    "i think i took way too much, heart pounding out of my chest and i can't see straight",
]
# More indirect crisis messages in the four languages, and everyday tiredness that is not one.
B2_CRISIS_MORE = [
    "я больше не могу, скоро всё закончится",
    "мне кажется без меня всем будет лучше",
    "устала жить, правда устала",
    "хочу уснуть навсегда",
    "сил больше нет, хочу исчезнуть",
    "втомилася жити, чесно",
    "хочу заснути і не прокидатися",
    "всім буде краще без мене",
    "не хочу більше жити так",
    "ya me cansé de todo, quiero desaparecer",
    "a veces pienso que sería mejor no estar",
    "ya no quiero seguir con esta vida",
    "ojalá no despertar mañana",
    "me quiero ir y no volver nunca",
    "i keep thinking everyone would be better off without me",
    "i've been thinking about ending it",
    "what's the point of waking up tomorrow",
    "i want to go to sleep and not wake up",
    "i've given away my stuff, won't need it where i'm going",
]
B2_NOT_CRISIS_MORE = [
    "я устал от этой работы, хочу в отпуск",
    "втомився від навчання, хочу відпочити",
    "ya me cansé de esta fiesta, me voy a casa",
    "i want to disappear for a week to the mountains",
    "хочу исчезнуть из соцсетей на месяц",
    "i'm ending it with my dealer, he rips me off",
    "quiero desaparecer de este grupo de whatsapp",
]


@pytest.mark.parametrize("text", B2_EMERGENCY)
def test_emergencies_in_other_words_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", B2_CRISIS_MORE)
def test_more_indirect_crisis_messages(text: str) -> None:
    assert is_crisis(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", B2_NOT_CRISIS_MORE)
def test_tiredness_and_leaving_a_group_are_not_a_crisis(text: str) -> None:
    assert not is_crisis(text), text


# Kinds fixed on tune13 and tune14 (2026-12-06, session 4), each said in other words than the tuning
# messages, in the four languages: alarming words with no emergency now.
NOT_NOW = [
    # a story read, the news, a training on a dummy
    "read an article about a girl found not breathing in a hostel, so sad",
    "в новостях показали парня без сознания в метро, страшно",
    "у новинах писали про жінку без свідомості на вокзалі",
    "leí una noticia de un chico que encontraron inconsciente en un parque",
    "at the training we practised rescue breaths on a manikin that wasnt breathing",
    "на тренинге учили что делать если манекен не дышит",
    "на тренінгу вчили що робити коли манекен не дихає",
    "en el taller usamos un muñeco que no respiraba para practicar",
    # told afterwards, the story over
    "she overdosed on friday but shes home from hospital now, how do i support her",
    "в среду у него был передоз, откачали, уже дома, как поддержать",
    "у середу в неї був передоз, відкачали, вже вдома, як підтримати",
    "el miércoles tuvo una sobredosis pero ya salió del hospital, cómo lo apoyo",
    "вчера подруга посинела, дали налоксон и она нормально очнулась, где взять ещё налоксон",
    "вчора подруга посиніла, дали налоксон і вона нормально очуняла, де взяти ще",
    # the typist's own fainting, the nose, blue from swimming or cold
    "i fainted last week at the dentist, can i still take my meds",
    "я потерял сознание на прививке, это из-за таблеток?",
    "я знепритомніла на аналізах крові, це через пігулки?",
    "me desmayé en la fila del banco, puede ser por las pastillas?",
    "нос вообще не дышит после кокса, что делать",
    "ніс зовсім не дихає після коксу",
    "nariz tapada después de la coca, cómo la limpio",
    "my toes go purple when i swim in the lake",
    "губы синеют когда плаваю в озере",
    "губи синіють коли плаваю в озері",
    "se me ponen los labios azules cuando nado en el mar",
    # what if someone..., asked
    "what if somebody goes blue at a party, whats the first step",
    "а если кто-то посинеет на вписке, что первым делом",
    "а якщо хтось посиніє на вечірці, що першим ділом",
    "y si alguien se pone morado en una fiesta, qué hago primero",
    # worry about later, dead to me, always short of breath, quitting without seizures
    "worried my cousin will overdose when he relapses",
    "боюсь что брат передознется когда сорвётся",
    "боюся що брат передознеться коли зірветься",
    "me preocupa que mi primo tenga una sobredosis cuando recaiga",
    "she is dead to me now",
    "для меня она умерла после этого",
    "для мене вона померла після цього",
    "para mí ya está muerta",
    "мама всегда тяжело дышит по ночам, у неё астма",
    "mi papá siempre ronca fuerte, es normal?",
    # an age or a decade long past, an episode, everyday snoring, "almost died"
    "at 19 i od'd on pills at a party, now i test everything",
    "в 25 лет передознулся метадоном, с тех пор осторожен",
    "у 30 років я передознувся, тепер ношу налоксон",
    "a los 20 tuve una sobredosis de pastillas, ahora soy más cuidadoso",
    "in the 90s my uncle was found unconscious in a squat",
    "в третьей серии героиня теряет сознание в клубе",
    "у другому сезоні героїня непритомніє в клубі",
    "en el episodio de ayer el prota se desploma en la calle",
    "my dad snores like a freight train",
    "муж храпит как трактор каждую ночь",
    "mi abuelo ronca como oso todas las noches",
    "mi tío casi se muere por la heroína hace mucho",
    # someone else's story retold, anaesthesia, seen on TV
    "my cousin told me she once stopped breathing at a festival",
    "подруга рассказала что однажды перестала дышать на вписке",
    "под наркозом у меня ненадолго остановилось дыхание, говорят",
    "en la tele vi cómo un futbolista se desplomó en el campo",
    "how to come off xanax without having seizures",
    "как слезть с феназепама без судорог",
    "cómo dejo el clonazepam sin que me den convulsiones",
]


@pytest.mark.parametrize("text", NOT_NOW)
def test_alarming_words_told_not_now_get_no_card(text: str) -> None:
    assert not is_emergency(text), text
    assert not is_crisis(text), text


# ...and the embedding stage is told why: no emergency card from it either.
TOLD = [
    "read an article about a girl found not breathing in a hostel, so sad",
    "у новинах писали про жінку без свідомості на вокзалі",
    "she overdosed on friday but shes home from hospital now, how do i support her",
    "el miércoles tuvo una sobredosis pero ya salió del hospital, cómo lo apoyo",
    "а если кто-то посинеет на вписке, что первым делом",
    "my toes go purple when i swim in the lake",
    "he is breathing normally, just sleeping it off",
]


@pytest.mark.parametrize("text", TOLD)
def test_told_not_now_is_read_as_told(text: str) -> None:
    from bot.library.emergency_text import told_not_now

    assert told_not_now(text), text


# The same words, happening now: still the card.
STILL_NOW = [
    "read the article later, my friend is not breathing right now help",
    "он вчера передознулся и сейчас опять не дышит",
    "i fainted and now my chest hurts and my heart is racing after coke",
    "if he stops breathing what do i do, hes snoring weird after fent",
    "scared hes gonna die, he wont wake up after the pills",
    "боюсь что он умрет, он не просыпается",
    "me da miedo que se muera, no respira bien",
    "he is not breathing normally after the fent",
    "дышит ровно но не просыпается после героина",
    "he came round but now hes gone blue again after the narcan",
    "my friend is shaking and wont talk after the speed",
    "подруга трясется и не отвечает после фена",
    "мій друг трусить і не відповідає після фену",
    "mi amiga está temblando y no contesta después del cristal",
    "он дышит с бульканьем после героина",
    "він дихає з бульканням, допоможіть",
    "respira con gárgaras después de la heroína, ayuda",
    "se metió fentanilo y la cara se le está poniendo gris",
    "he snores like a train and wont wake up after the fent",
    "at 3am we found him not breathing in the bathroom",
]


@pytest.mark.parametrize("text", STILL_NOW)
def test_the_same_words_happening_now_still_get_the_card(text: str) -> None:
    assert is_emergency(text), text


# Questions about what to do if it happens: the topic, with the steps one tap away.
WHAT_IF = [
    "what if someone stops breathing on g, what do i do",
    "а если человек перестанет дышать после героина, что делать",
    "а якщо людина перестане дихати після героїну, що робити",
    "y si alguien deja de respirar con la heroína, qué hago",
    "what is the recovery position",
    "як покласти людину у стабільне бокове положення",
    "how soon after narcan can someone go under again",
    "через сколько после налоксона человек может снова отъехать",
]


@pytest.mark.parametrize("text", WHAT_IF)
def test_what_if_questions_are_questions(text: str) -> None:
    assert not is_emergency(text), text
    assert asks_about_overdose(text), text


CRISIS_NEW = [
    "honestly i dont see the point in waking up anymore",
    "не вижу смысла просыпаться по утрам",
    "не бачу сенсу прокидатися вранці",
    "no le encuentro sentido a despertarme",
    "the rope is in my trunk",
    "петля у меня в рюкзаке",
    "мотузка в мене в рюкзаку",
    "tengo la soga en la cajuela",
    "i dont want anybody to find me in time this time",
    "не хочу чтобы меня нашли раньше утра",
]


@pytest.mark.parametrize("text", CRISIS_NEW)
def test_new_crisis_phrasings(text: str) -> None:
    assert is_crisis(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "after two night shifts im dead",
        "после двух смен я просто труп",
        "після двох змін я мертвий",
        "después de dos turnos estoy muerto",
    ],
)
def test_dead_after_shifts_is_not_crisis(text: str) -> None:
    assert not is_crisis(text), text


# The end-to-end check of 2026-12-06: many pills swallowed just now got the crisis reply or no
# answer; an overdose already under way is the card first. "sos" alone got no answer.
SWALLOWED_NOW = [
    "i just swallowed a whole bottle of sleeping pills",
    "i took all my pills",
    "я выпила все таблетки",
    "наглоталась феназепама чтобы не проснуться",
    "я випила всі пігулки",
    "me tomé todas las pastillas",
    "me tomé un frasco entero de clonazepam para no despertar",
    "sos",
    "SOS помогите",
]
NOT_SWALLOWED_NOW = [
    "I took all my pills this morning like the doctor said",
    "what happens if you take a whole bottle of xanax",
    "last year i swallowed a whole bottle of pills",
    "drank a whole bottle of vodka at the wedding",
    "se tomó todas las cervezas de la nevera",
    "выпил все таблетки от давления как врач сказал",
    "ya me tomé todas las pastillas del tratamiento, ¿vuelvo al médico?",
    "sos signal on a boat, how does it work",
    "help",
]


@pytest.mark.parametrize("text", SWALLOWED_NOW)
def test_many_pills_swallowed_now_and_a_bare_sos_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_SWALLOWED_NOW)
def test_pills_as_prescribed_past_or_asked_are_not_the_card(text: str) -> None:
    assert not is_emergency(text), text


# -- kinds found on blind7-tune (2026-12-06): fresh wordings of each kind, no blind7 text --
# a burning chest, a pressure behind the breastbone, a medical "tachycardia", a night on a stimulant,
# half the face asleep beside a weak arm, a fever said in slang, out again after naloxone
BLIND7_BODY = [
    "me arde el pecho y tengo taquicardia, me metí unas rayas de coca",
    "le quema el pecho y le dio taquicardia después del cristal",
    "давит за грудиной и тахикардия, нюхал мефедрон",
    "болить за грудиною, тахікардія, я на фені",
    "me duele el pecho, llevo toda la noche metiendo coca",
    "нюхав кокс всю ніч, тепер болить в грудях",
    "курил фен всю ночь, теперь давит в груди",
    "been snorting coke all night and now my chest hurts bad",
    "no puede mover el brazo y se le durmió la cara, fumó piedra",
    "está hirviendo de fiebre y desvaría, se tomó unas tachas",
    "le pusimos naloxona, reaccionó, pero ahora está inconsciente de nuevo",
]
# the same words with nothing happening now, or no drug: not the card
NOT_BLIND7_BODY = [
    "trabajé toda la noche con los papeles y me duele la espalda",
    "estuvo toda la noche con fiebre pero ya está bien, era gripe",
    "all night on the dance floor, legs are killing me lol",
    "что такое тахикардия и опасна ли она на стимуляторах?",
]


@pytest.mark.parametrize("text", BLIND7_BODY)
def test_blind7_body_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_BLIND7_BODY)
def test_blind7_body_words_without_an_emergency_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# crisis kinds found on blind7-tune (2026-12-06): fresh wordings, no blind7 text
BLIND7_CRISIS = [
    "коплю свой трамадол уже месяц, в пятницу выпью все сразу",
    "назбирала пігулок, вирішила",
    "he estado ahorrando mis pastillas, me las voy a tomar todas de una",
    "пойду на крышу, всё решено",
    "estoy en la azotea del edificio y no sé si tirarme",
    "лист дітям вже написала. все вирішено",
    "wrote a note for my sister, tonight it all ends",
    "не вижу больше смысла дальше, думаю покончить со всем",
    "зачем я вообще просыпаюсь",
    "why do i even bother waking up",
    "cutting my thighs again, it's the only thing that helps",
    "been plotting out when to end it all",
    "tell my mom i love you and sorry",
]
NOT_BLIND7_CRISIS = [
    "коплю на новый телефон, в пятницу куплю",
    "пойду на крышу смотреть салют с друзьями",
    "estoy en el puente de camino al trabajo, no sé si llegaré a tiempo",
    "я решил, что пойду на курсы водителей",
    "why do i even wake up so early on weekends",
    "зачем я просыпаюсь так рано в выходные",
    "написала записку соседке, что вернусь в понедельник",
    "going to end it with my boyfriend tonight, wish me luck",
    "хочу закончить это задание сегодня",
    "naloxone is the only thing that helps in an opioid overdose",
]


@pytest.mark.parametrize("text", BLIND7_CRISIS)
def test_blind7_crisis_kinds_get_the_crisis_reply(text: str) -> None:
    assert is_crisis(text), text


@pytest.mark.parametrize("text", NOT_BLIND7_CRISIS)
def test_blind7_crisis_words_in_everyday_messages_are_not_a_crisis(text: str) -> None:
    assert not is_crisis(text), text


# more emergency kinds found on blind7-tune (2026-12-06): fresh wordings, no blind7 text
BLIND7_SIGNS = [
    "трясу його вже хвилину, нуль реакції, тільки що вмазався",
    "тормошим его, никак, он укололся полчаса назад",
    "lo sacudo y nada, no reacciona, se metió chiva",
    "tried to wake him and nothing, he did a bag of dope",
    "she banged some dope and now is making a gurgling snore noise",
    "se picó y está haciendo como gárgaras",
    "схопився за серце і весь мокрий, нюхнув мефу",
    "мысли путаются и в глазах двоится, сердце колотится после амфетамина",
    "сердце медленно бьется, засыпаю, вмазался героином",
    "presión 210 sobre 120 y me estalla la cabeza, me metí coca",
]
NOT_BLIND7_SIGNS = [
    "бужу сына в школу, ноль, опять проспал",
    "mi hijo hace gárgaras con agua y sal por la garganta",
    "my grandpa's pulse is slow, the doctor said that's normal for him",
    "тиск 120 на 80, це нормально?",
    "весь мокрий після тренування",
]


@pytest.mark.parametrize("text", BLIND7_SIGNS)
def test_blind7_signs_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_BLIND7_SIGNS)
def test_blind7_sign_words_in_everyday_messages_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# a stimulant bender beside chest pain; the means kept in mind all the time (blind7-tune's kinds)
BLIND7_MORE = [
    ("emergency", "chest is tight and hurting bad, on day two of a meth binge"),
    ("emergency", "three days into a coke bender and my chest hurts like hell"),
    ("crisis", "у меня в шкафу верёвка, постоянно о ней думаю"),
    ("crisis", "tengo la pistola de mi papá en el cajón y pienso en ella todo el tiempo"),
]
NOT_BLIND7_MORE = [
    ("crisis", "у меня ружьё для охоты, постоянно думаю о сезоне"),
    ("crisis", "my dad keeps a gun at the range, I think about shooting there all the time"),
    ("emergency", "went on a coke bender last year and regret it"),
]


@pytest.mark.parametrize(("kind", "text"), BLIND7_MORE)
def test_blind7_bender_and_means_in_mind(kind: str, text: str) -> None:
    assert (is_emergency if kind == "emergency" else is_crisis)(text), text


@pytest.mark.parametrize(("kind", "text"), NOT_BLIND7_MORE)
def test_blind7_bender_and_means_words_without_a_crisis(kind: str, text: str) -> None:
    assert not (is_emergency if kind == "emergency" else is_crisis)(text), text


# blind7-tune's last rule misses by kind (2026-12-06, session 10): fresh wordings, no blind7 text.
# A fit that threw someone's head against something after a drug; the heart felt stopping beside a
# drug or a drug taken unknowingly; "I overdid it" with feeling very unwell; someone holding the
# means and saying today is the end.
BLIND7_LAST = [
    (
        "emergency",
        "se puso a temblar feísimo después de la piedra y se golpeó la cabeza en el piso",
    ),
    ("emergency", "after the meth she started shaking all over and banged her head on the sink"),
    ("emergency", "після мефу його почало трясти і він вдарився головою об батарею"),
    ("emergency", "после соли его затрясло, ударился головой об угол"),
    ("emergency", "my heart feels like it's stopping, snorted a line of something"),
    ("emergency", "сердце останавливается, вмазался час назад"),
    ("emergency", "пульс слабкий, серце зупиняється, вколов трамадол"),
    ("emergency", "me metí una raya sin saber, pensé que era coca y ahora me duele mucho el pecho"),
    ("emergency", "думал что это мефедрон, а теперь задыхаюсь"),
    ("emergency", "я перебрала, мені дуже погано"),
    ("emergency", "перебрал походу, очень плохо мне"),
    ("emergency", "took too much molly i feel really awful"),
    ("crisis", "подруга сидит рядом, держит в руке таблетки, говорит что сегодня всё"),
    ("crisis", "mi hermano tiene la navaja en la mano y dice que hoy se acaba todo"),
    ("crisis", "he's got the pills in his hand and keeps saying tonight is the end"),
]
NOT_BLIND7_LAST = [
    ("emergency", "se cayó de la bici y se pegó en la cabeza, ya está bien"),
    ("emergency", "my hands shake a bit on meth, is that normal"),
    ("emergency", "вчера ударился головой об дверь, шишка болит"),
    ("emergency", "se me paró el corazón del susto cuando vi a la policía"),
    ("emergency", "my heart stopped when she said yes"),
    ("emergency", "перебрал вчера с пивом, сегодня очень плохо"),
    ("emergency", "me pasé con lo que le dije a mi madre, me siento muy mal"),
    ("emergency", "думала что это простуда, а это грипп"),
    ("crisis", "держу в руке таблетки от давления, спрашиваю сколько пить"),
    ("crisis", "tengo las pastillas en la mano, ¿las tomo con comida?"),
    ("crisis", "сьогодні все, завтра на роботу"),
]


@pytest.mark.parametrize(("kind", "text"), BLIND7_LAST)
def test_blind7_last_kinds(kind: str, text: str) -> None:
    assert (is_emergency if kind == "emergency" else is_crisis)(text), text


@pytest.mark.parametrize(("kind", "text"), NOT_BLIND7_LAST)
def test_blind7_last_kinds_words_without_them(kind: str, text: str) -> None:
    assert not (is_emergency if kind == "emergency" else is_crisis)(text), text


# tune23's kinds (2026-12-06, session 10): fresh wordings of each kind, no labelled text.
TUNE23_KINDS = [
    ("emergency", "did two xans and some lean, my head keeps dropping and i cant feel my lips"),
    ("emergency", "after the tina my heart is going haywire and my left arm went dead"),
    ("emergency", "she passed out in the tub after a shot, her head is under the water"),
    ("emergency", "se metió una raya y le late el corazón durísimo, dice que se desmaya"),
    ("emergency", "la piba tomó merca, está re blanca, transpira y se agarra el pecho"),
    ("emergency", "jaló perico y le revienta el pecho, sudando a chorros"),
    ("emergency", "se le durmió medio cuerpo después del saque y no puede hablar bien"),
    ("crisis", "спасибо что были, пишу сюда последний раз"),
    ("crisis", "ребята, не поминайте лихом"),
    ("crisis", "роздав усе своє, мені вже ні до чого"),
    ("crisis", "взял упаковку феназепама, решил, хватит мучиться"),
    ("crisis", "вскрою себе вены сегодня"),
    ("crisis", "піду тихенько, щоб нікому не заважати"),
    ("crisis", "she sent love you all, sorry, and her location is a bridge"),
    ("crisis", "sat in my car in the garage, engine on, doors shut"),
    ("crisis", "gave away my guitar today, i'm ready"),
]
NOT_TUNE23_KINDS = [
    ("emergency", "my fingers go purple when it's freezing outside, is that raynaud's?"),
    ("emergency", "el abuelo se puso morado de toser, ya se le pasó"),
    ("emergency", "hace calor y estoy sudando a chorros en el bus"),
    ("emergency", "put my face in cold water to calm down, it helps with the panic"),
    ("crisis", "переезжаю в другой город, не поминайте лихом"),
    ("crisis", "уйду по-тихому с вечеринки, чтоб никого не напрягать"),
    ("crisis", "если ещё раз услышу эту песню, выпрыгну в окно ахах"),
    ("crisis", "на роботі дедлайн, я здохну до вівторка"),
    ("crisis", "warming up the car in the garage with the engine running before work"),
]


@pytest.mark.parametrize(("kind", "text"), TUNE23_KINDS)
def test_tune23_kinds(kind: str, text: str) -> None:
    assert (is_emergency if kind == "emergency" else is_crisis)(text), text


@pytest.mark.parametrize(("kind", "text"), NOT_TUNE23_KINDS)
def test_tune23_kinds_words_without_them(kind: str, text: str) -> None:
    assert not (is_emergency if kind == "emergency" else is_crisis)(text), text


# The everyday search questions' false cards by kind (session 10): fresh wordings, no labelled text.
# A reagent's colour, why naloxone may not wake someone, preventing it happening again, "if I find
# someone who ..." are questions, not the card; the same signs said of someone now still are.
NOT_A_CARD_QUESTIONS = [
    "реагент Манделін став синім, що це означає для кетаміну?",
    "my mecke test turned dark blue, is that heroin or something else",
    "почему налоксон может не разбудить человека при передозе ксилазином",
    "why would narcan not wake someone up if it's fent",
    "last spring i almost died from an od, how do i make sure it doesn't happen again",
    "si me encuentro a un desconocido que no respira en el metro, qué hago primero",
]
STILL_A_CARD = [
    "gave him narcan and he still won't wake up, not breathing",
    "she's not breathing and her lips are blue, marquis test said it was mdma",
    "si no respira mi amigo qué hago ahora",
]


@pytest.mark.parametrize("text", NOT_A_CARD_QUESTIONS)
def test_questions_with_sign_words_are_not_the_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", STILL_A_CARD)
def test_the_same_signs_now_are_still_the_card(text: str) -> None:
    assert is_emergency(text), text


# Spanish body words people use, written fresh (session 10): blood pressure dropped beside fainting,
# the air gone while lying on the floor, cold to the touch beside nodding off; all about using.
LOW_AND_COLD = [
    "se metió perico, le bajó la presión y se desmayó en el baño",
    "tomó pastillas, se le fue el aire y quedó tirado",
    "está helada y cabeceando, se inyectó chiva",
    "після мефу тиск впав і він знепритомнів",
    "she's ice cold and keeps nodding off after the oxys",
]
NOT_LOW_AND_COLD = [
    "con el calor me bajó la presión y casi me desmayo, ya estoy bien",
    "quedó tirado en el sofá toda la tarde viendo series",
    "la chela está bien fría, ¿dónde hay un punto de naloxona?",
    "my feet are ice cold every winter, is that bad circulation?",
]


@pytest.mark.parametrize("text", LOW_AND_COLD)
def test_pressure_air_and_cold_beside_a_drug_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_LOW_AND_COLD)
def test_pressure_air_and_cold_words_without_a_drug_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# tune25's kinds (2026-12-06, session 11, issue #9): fresh wordings of each kind, no labelled text.
# Found cold and clammy on the floor beside a depressant; stiff and foaming after a drug; strange
# snoring that started, with no way to shake the person awake; hot all over, no sweat and confused;
# days on a stimulant counted by their order with a pressed chest; a chest pressed said verb first.
TUNE25_KINDS = [
    "my brother's on the hallway floor, cold and clammy, his methadone bottle is empty",
    "она на полу в ванной, холодная и липкая, рядом пустая пачка от лирики",
    "лежить на підлозі, холодний і вологий, поруч трамадол",
    "está en el piso fría y sudada, se tomó las clonas de su mamá",
    "after the k2 he went rigid and is foaming, eyes open but he's not there",
    "после спайса весь одеревенел, пена пошла",
    "після солі заклякла і піна з рота йде",
    "se puso rígido y echa espuma después de fumar la piedra",
    "he smoked the spice and he's frothing, all stiff",
    "после метадона захрапел не своим голосом, не могу его растолкать",
    "кент вмазался, храпит жутко, никак не растолкаем",
    "він ширнувся і захріп якось дивно, не можу розштовхати",
    "після мефу вся гаряча, перестала потіти і не впізнає мене",
    "після таблетки увесь гарячий і марить",
    "на фене вторые сутки, давит грудь и немеет рука",
    "second day on the pipe and my chest is being crushed, arm went numb",
    "my mate's a boxer, he collapsed after the fight and isn't breathing",
    "he's sleeping like a log after the xanax and we can't wake him",
]
# The same words with nothing happening now: a blackout told by the one who woke up, sleeping like a
# log told afterwards, a player collapsing on a screen, childhood fits with none now, not answering
# anyone, stiffness after sport, foam that is beer or a dog after a run, a cold floor, a working day.
NOT_TUNE25_KINDS = [
    "got in from the club, passed out in my clothes, woke up at noon with a headache",
    "вырубился на диване после работы, проснулся в 6 утра с больной шеей",
    "nobody could wake me this morning, slept like a rock after the night shift",
    "спала як убита після зміни, ніхто не міг мене розбудити",
    "dormí como un tronco, mi madre no me podía despertar",
    "the goalkeeper went down in the 90th minute and wasn't moving, hope he's alright",
    "игрок упал на поле и не вставал минут пять, показали повтор",
    "el delantero se desplomó en el partido de anoche, ya está bien",
    "ребенком у меня были судороги, сейчас нет",
    "de niña tuve convulsiones por fiebre, ahora ninguna",
    "busy today, not answering anybody, dead on my feet",
    "весь день не отвечаю никому, устал как собака",
    "my legs went stiff after the marathon and i'm freezing cold",
    "the kitchen floor is cold and clammy in winter",
    "el perro echa espuma por la boca después de correr",
    "beer is foaming everywhere lol",
    "second day of the festival, chest hurts from shouting",
]


@pytest.mark.parametrize("text", TUNE25_KINDS)
def test_tune25_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_TUNE25_KINDS)
def test_tune25_words_without_an_overdose_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# Kinds found by fresh probes after tune25 (session 11): a colour with a strong word between ("gone
# proper grey"), an arm going dead ("рука отнимается") beside a stimulant chest; not the card: an
# overdose "years back" with a life "doing great now", sweat and a pounding heart in the heat, a stuffy
# metro or on stairs with no drug named, and a mild colour told with the end of the story.
PROBE25_KINDS = [
    "he's gone really grey after the gear and won't answer me",
    "she went all purple after the oxy, lips and fingers",
    "после фена печет в груди и левая рука отнимается",
    "після коксу тисне груди і рука віднімається",
]
NOT_PROBE25_KINDS = [
    "my cousin od'd at a festival years back, he's doing brilliant now",
    "жарища, весь мокрый, сердце колотится, в автобусе душно",
    "спекотно, весь мокрий і серце калатає, бо біг по сходах",
    "qué calor en el metro, estoy empapado en sudor y el corazón a mil",
    "friend went a bit blue at the party last month but he's home and fine",
]


@pytest.mark.parametrize("text", PROBE25_KINDS)
def test_probe25_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_PROBE25_KINDS)
def test_probe25_words_without_an_overdose_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# More kinds from fresh probes (session 11, issue #9): naloxone not working now; breath that
# "stopped" in other verbs; GHB overdone by the drop ("перекапал"); twitching and foaming; a heart
# rate given as a number beside fainting; burning up and acting crazy; chest pain on a stimulant said
# now, alone; a heart said verb first with dizziness (es).
PROBE25B_KINDS = [
    "the narcan isn't doing anything, he's still out",
    "налоксон вкололи, не действует, что делать",
    "дали налоксон, не допоміг",
    "le metimos naloxona y no funciona",
    "у неё дыхание остановилось после метадона",
    "в нього зупинилося дихання після героїну",
    "перекапала гб, лежит и не реагирует",
    "my cousin is jerking and frothing on the sofa",
    "pulse is like 190 after the speed and i'm about to faint",
    "she's boiling hot on mdma and acting mental",
    "chest is killing me after that crack pipe",
    "me late el corazón rapidísimo con el cristal y me estoy mareando",
]
NOT_PROBE25B_KINDS = [
    "why doesn't narcan work on xylazine",
    "naloxone doesnt work on benzos, right?",
    "what if the naloxone doesn't work, what then",
    "last year the narcan didn't work and we had to do cpr, he made it",
    "does coke cause chest pain",
    "может ли от кокса болеть грудь?",
    "coke gives me chest pain sometimes, should i worry",
    "is chest pain after speed normal",
    "heart rates of people who use meth, any stats?",
    "had a shot of tequila and my chest burns lol",
]


@pytest.mark.parametrize("text", PROBE25B_KINDS)
def test_probe25b_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_PROBE25B_KINDS)
def test_probe25b_words_without_an_overdose_now_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# A third round of fresh probes (session 11): naloxone given "and still nothing"; shot up too much
# and slipping away; a pulse barely felt or someone lying there blue beside a person who got high
# ("обдолбался", "off his face"); not the card: next time asked about, a blue thing lying on a table.
PROBE25C_KINDS = [
    "we gave her two narcans and still nothing",
    "налоксон вкололи и ноль, лежит",
    "le pusimos naloxona y nada, sigue igual",
    "shot up way too much, i'm slipping away",
    "друг упоротый лежит синий, пульс еле есть",
    "she's off her face and her pulse is really weak",
]
NOT_PROBE25C_KINDS = [
    "a veces ronca fuerte después de la metadona, la próxima vez cómo sé si es grave?",
    "на столе лежит синий пакет, брат спрашивает что это",
    "next time he snores like that after using, how do i tell if it's an overdose?",
]


@pytest.mark.parametrize("text", PROBE25C_KINDS)
def test_probe25c_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_PROBE25C_KINDS)
def test_probe25c_words_without_an_overdose_now_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# Snoring after an opioid or a benzo, said now (session 11 probes): the overdose snore whatever the
# words around it; not the card: snoring as usual, asked about, told in the past, an elder on a
# programme for years, snoring through the walls, lips blue in the sea, not waking up in the mornings.
SNORE25_KINDS = [
    "храпит на весь дом после метадона",
    "hes snoring like a chainsaw after the methadone",
    "він хропе після метадону на всю хату",
    "ronca después de la heroína y no despierta",
]
NOT_SNORE25_KINDS = [
    "after work i took a benzo and snored all night, feel groggy now",
    "he snores after his methadone every night",
    "он храпит после метадона, это нормально?",
    "my grandad snores like a chainsaw, he has been on methadone for years",
    "my uncle snores so loud the neighbours complain",
    "el abuelo ronca tan fuerte que se oye en toda la casa",
    "губи синіють, коли купаюсь в озері",
    "always struggle to wake up in the mornings, any tips?",
]


@pytest.mark.parametrize("text", SNORE25_KINDS)
def test_snore25_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_SNORE25_KINDS)
def test_snore25_words_without_an_overdose_now_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# A fourth round of fresh probes (session 11): shaking said after "and"/"i'm" beside heat, a heart
# "beating so fast" beside fainting, "hot" said alone beside shaking or confusion on a drug, a needle
# still in someone's arm; not the card: a hot shower, excitement before a party, a needle in the bin,
# a heart beating fast asked about, hot tea.
PROBE25D_KINDS = [
    "did 3 caps and now i'm overheating and shaking",
    "heart beating way too fast after the meth, everything's going black",
    "дівчина після мефу гаряча і трясеться",
    "found a woman in the stairwell with the syringe still in her arm",
]
NOT_PROBE25D_KINDS = [
    "took a hot shower after the pills and im shaking a bit from cold",
    "its so hot and im shaking with excitement before the rave",
    "the needle is in the sharps bin now",
    "after the coke my heart is beating fast, is that normal?",
    "i drank hot tea and my heart is beating so fast",
]


@pytest.mark.parametrize("text", PROBE25D_KINDS)
def test_probe25d_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_PROBE25D_KINDS)
def test_probe25d_words_without_an_overdose_now_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# A fifth round of fresh probes (session 11): naloxone given and the person does not come back
# ("y no vuelve", "и не приходит в себя", "and he still won't wake"); not recognising anyone beside
# heat on a drug; a body "falling asleep" (es) beside hard breathing on an opioid. Not the card: a
# leg asleep from sitting, dementia, a naloxone question about later or long ago.
PROBE25E_KINDS = [
    "le dimos naloxona tres veces y no reacciona",
    "вкололи налоксон, и всё равно не приходит в себя",
    "gave him narcan and he's still not waking",
    "после экстази горит весь и никого не узнаёт",
    "se le está durmiendo medio cuerpo y le cuesta respirar, se metió heroína",
]
NOT_PROBE25E_KINDS = [
    "se me está durmiendo la pierna de estar sentado",
    "my nan has dementia and doesnt recognise anyone",
    "if you give naloxone and they dont wake up, what then?",
    "last year we gave narcan and he didnt come round for ages, he made it",
]


@pytest.mark.parametrize("text", PROBE25E_KINDS)
def test_probe25e_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_PROBE25E_KINDS)
def test_probe25e_words_without_an_overdose_now_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# Everyday and later-time messages beside the session's new kinds (session 11 probes): chest pain the
# day after or "i get", asked for later; naloxone failing in a film or asked about; snoring that "used
# to" happen; hot and shaking with a cold or the flu and no drug named. None is the card; the same
# kinds said now still are (above).
NOT_NEW_KINDS_25 = [
    "i get chest pain the day after coke, is that my heart?",
    "грудь болить після мефу наступного дня, це серце?",
    "what should i do about chest pain after meth, asking for later",
    "у фильме налоксон не помог, это правда бывает?",
    "is it true narcan doesn't work on tranq?",
    "i used to snore after heroin, my girlfriend told me",
    "он горячий и трясётся, температура 39, простуда",
    "está caliente y tiembla, tiene gripe",
]


@pytest.mark.parametrize("text", NOT_NEW_KINDS_25)
def test_the_new_kinds_words_later_or_ill_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# A child who swallowed a parent's own pills, whatever they are, and is drowsy (session 11 probes);
# not a child's own vitamins or allergy pills taken as usual.
PARENTS_PILLS_25 = [
    "дочка выпила мои таблетки от давления и засыпает",
    "el niño se tomó mis pastillas para la presión y está muy adormilado",
    "my toddler ate my pills and is really drowsy",
]
NOT_PARENTS_PILLS_25 = [
    "my son took his vitamins and fell asleep",
    "моя дочка пьёт свои таблетки от аллергии и засыпает на уроках",
]


@pytest.mark.parametrize("text", PARENTS_PILLS_25)
def test_a_child_on_a_parents_pills_gets_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_PARENTS_PILLS_25)
def test_a_childs_own_pills_get_no_card(text: str) -> None:
    assert not is_emergency(text), text


# The embedding stage is told about the session's guards too (told_not_now): sleeping like a log told
# by the sleeper, a player on a screen, a cold or the heat with no sign and no drug; a sign or a drug
# beside them is still not "told".
TOLD_25 = [
    "slept like the dead after my night shift, nobody could wake me",
    "the winger went down on the pitch in the second half, hope he's okay",
    "got a nasty cold, chest feels tight and my voice is gone",
    "жарища, весь мокрий, вентилятор не рятує",
]
NOT_TOLD_25 = [
    "got the flu and took oxys, now he's not breathing",
    "in this heat he did molly and now he's not waking up",
    "she slept like the dead after the xanax and we couldnt wake her",
]


@pytest.mark.parametrize("text", TOLD_25)
def test_the_sessions_guards_are_told_to_the_embedding_stage(text: str) -> None:
    from bot.library.emergency_text import told_not_now

    assert told_not_now(text), text


@pytest.mark.parametrize("text", NOT_TOLD_25)
def test_signs_beside_the_guards_are_not_told(text: str) -> None:
    from bot.library.emergency_text import told_not_now

    assert not told_not_now(text), text
    assert is_emergency(text), text


# A phone that is dying is no person ("se me muere el celu", tune26's one false card).
@pytest.mark.parametrize(
    "text",
    [
        "se me muere el celu, díganme rápido dónde cambian jeringas",
        "se me muere el móvil, luego escribo",
        "у меня мобила умирает, быстро скиньте адрес",
    ],
)
def test_a_dying_phone_is_no_card(text: str) -> None:
    assert not is_emergency(text), text


# Feeling bad now with the heart racing after a stimulant is the card (a new-user pass found
# "мені погано після солі серце вискакує" answered with the salts topic); a question, a pattern
# over time, the day after or no drug stays no card.
BAD_WITH_RACING_HEART = [
    "мені погано після солі серце вискакує",
    "мне плохо, сердце выпрыгивает, нюхнул мефа полчаса назад",
    "me siento mal después del cristal, el corazón se me sale",
    "feel awful after the salts my heart is pounding out of my chest",
]
NOT_BAD_WITH_RACING_HEART = [
    "после мефа иногда сердце колотится и мне плохо, это нормально?",
    "почему после кокса мне плохо и сердце колотится?",
    "i feel awful the day after coke, heart racing",
    "my heart is racing after a run and i feel awful",
    "me siento mal, el corazón me late rápido por los nervios del examen",
]


@pytest.mark.parametrize("text", BAD_WITH_RACING_HEART)
def test_feeling_bad_with_a_racing_heart_after_a_drug_is_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_BAD_WITH_RACING_HEART)
def test_a_racing_heart_asked_about_or_without_a_drug_is_no_card(text: str) -> None:
    assert not is_emergency(text), text
