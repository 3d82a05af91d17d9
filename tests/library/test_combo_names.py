"""The combination checker never guesses a name (review combos-emergency.md A-C2, A-C3, A-M3..M6).

Through the CLI contract (`hrbot combo A B --json`, and A<TAB>B lines on stdin) and through the
real Application against the fake Telegram server ("Did you mean ...?" buttons; the answer
comes only after the tap), on the real content.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from tests.cli_inprocess import hrbot_in_process
from tests.conftest import TOKEN, Harness, buttons, make_settings

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"a", "b", "risk", "ask"}


def hrbot(*args: str, stdin: str | None = None) -> str:
    """``hrbot ARGS`` as its own process: the installed command, start to exit."""
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(ROOT / "content")}
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    )
    return done.stdout


def hrbot_here(*args: str, stdin: str = "") -> str:
    """``hrbot ARGS`` in this process (tests/cli_inprocess.py): the same main() and output."""
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(ROOT / "content")}
    code, out, err = hrbot_in_process(*args, stdin=stdin, env=env)
    assert code == 0, err
    return out


def combo_json(a: str, b: str, lang: str = "en", *extra: str) -> dict[str, Any]:
    out = hrbot_here("combo", a, b, "--lang", lang, "--json", *extra)
    lines = out.strip().splitlines()
    assert len(lines) == 1, out  # exactly ONE object
    found = json.loads(lines[0])
    assert set(found) == KEYS
    return found


# Typed names that today's fuzzy matching read as a different drug: each is now either its
# real substance (exact alias) or a question, never the wrong drug.
TYPO_CASES = [
    ("librium", "alcohol", "en", "chlordiazepoxide", "dangerous"),
    ("gravol", "alcohol", "en", "dimenhydrinate", "dangerous"),
    ("methylone", "mdma", "en", "cathinones", "dangerous"),
    ("метилон", "мдма", "ru", "cathinones", "dangerous"),
    ("moxy", "ayahuasca", "en", "5-meo-dmt", "dangerous"),
    ("foxy", "moclobemide", "en", "5-meo-dmt", "dangerous"),
    ("коаксил", "героин", "ru", "tianeptine", "dangerous"),
    ("changa", "mdma", "en", "ayahuasca", "dangerous"),
    ("tusi", "alcohol", "es", "tusi", "dangerous"),
    ("tucibi", "ghb", "es", "tusi", "dangerous"),
    ("мамба", "водка", "ru", "synthetic-cannabinoids", "unknown"),
]


@pytest.mark.parametrize(("a", "b", "lang", "a_id", "risk"), TYPO_CASES)
def test_other_drugs_resolve_to_themselves_not_to_a_lookalike(
    a: str, b: str, lang: str, a_id: str, risk: str
) -> None:
    found = combo_json(a, b, lang)
    assert found["a"] == a_id and found["risk"] == risk and found["ask"] is False


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("mandrax", "alcohol"),
        ("lithum", "alcohol"),
        ("xanx", "beer"),
        ("heroinn", "fentanyl"),
        ("mefedron", "dxm"),
    ],
)
def test_a_misspelling_asks_and_never_answers(a: str, b: str) -> None:
    found = combo_json(a, b)
    assert found["ask"] is True and found["a"] is None and found["risk"] is None


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        ("колеса", "алкоголь", "ru"),
        ("таблы", "водка", "ru"),
        ("antidepressants", "mdma", "en"),
        ("антидепрессанты", "экстази", "ru"),
        ("cristal", "alcohol", "es"),
        ("марки", "фен", "ru"),
        ("dope", "phenelzine", "en"),
    ],
)
def test_words_with_several_meanings_ask(a: str, b: str, lang: str) -> None:
    found = combo_json(a, b, lang)
    assert found["ask"] is True and found["a"] is None and found["risk"] is None


def test_cristal_by_country() -> None:
    assert combo_json("cristal", "alcohol", "es", "--country", "MX")["a"] == "methamphetamine"
    assert combo_json("cristal", "alcohol", "es", "--country", "ES")["a"] == "mdma"
    assert combo_json("cristal", "alcohol", "es", "--country", "AR")["ask"] is True


@pytest.mark.parametrize(
    ("a", "b", "risk"),
    [
        ("psychedelics", "ssris", "dangerous"),  # AMT + SSRIs, ayahuasca + SSRIs
        ("psychedelics", "mdma", "dangerous"),  # AMT + MDMA, ayahuasca + MDMA
        ("psychedelics", "dxm", "dangerous"),  # AMT + DXM
        ("psychedelics", "stimulants", "dangerous"),  # AMT, ayahuasca
        ("dissociatives", "maois", "dangerous"),  # DXM, PCP
        ("dissociatives", "benzodiazepines", "unsafe"),  # PCP
        ("dxm", "mephedrone", "dangerous"),
        ("dxm", "pregabalin", "unsafe"),
    ],
)
def test_class_names_answer_their_worst_member(a: str, b: str, risk: str) -> None:
    found = combo_json(a, b)
    assert (
        found == {"a": found["a"], "b": found["b"], "risk": risk, "ask": False}
        and found["a"]
        and found["b"]
    )


def test_stdin_mode_prints_one_object_per_line_and_the_human_answer_names_the_drivers() -> None:
    out = hrbot("combo", "--lang", "ru", stdin="dxm\tmephedrone\nxanx\tbeer\nколеса\tалкоголь\n")
    objects = [json.loads(line) for line in out.strip().splitlines()]
    assert [o["risk"] for o in objects] == ["dangerous", None, None]
    assert [o["ask"] for o in objects] == [False, True, True]
    assert all(set(o) == KEYS for o in objects)
    human = hrbot_here("combo", "psychedelics", "ssris")
    assert "Dangerous" in human and "AMT" in human and "ayahuasca" in human
    assert "Did you mean" in hrbot_here("combo", "lithum", "alcohol")


# -- through the real bot -------------------------------------------------------------------
MODULE = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(tmp_path_factory: pytest.TempPathFactory):
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    try:
        settings = make_settings(tmp_path_factory.mktemp("combo"), api_url=api.base_url)
        async with running_bot(settings, TOKEN) as app:
            yield Harness(app, api, settings)
    finally:
        await api.stop()


async def edited(harness: Harness, chat_id: int, action: Any) -> dict[str, Any]:
    future = harness.api.wait_for(lambda e: e["type"] == "edit" and e["chat_id"] == chat_id)
    action()
    return (await future)["message"]


@MODULE
async def test_did_you_mean_buttons_and_the_answer_only_after_the_tap(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    user.send_command("/combo", "lithum alcohol")
    question = await user.next_message()
    assert "Did you mean lithium?" in question["text"]
    assert (
        "Dangerous" not in question["text"]
        and "Unsafe" not in question["text"]
        and "Low risk" not in question["text"]
    )
    assert "lithium + alcohol" in buttons(question)
    answer = await edited(bot, user.chat.id, lambda: user.press(question, "lithium + alcohol"))
    assert answer["text"].startswith("lithium + alcohol") and "Unknown" in answer["text"]


@MODULE
async def test_mandrax_is_never_answered_as_moclobemide(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    user.send_command("/combo", "mandrax alcohol")
    question = await user.next_message()
    assert "I don't know this name" in question["text"] and "Unsafe" not in question["text"]
    assert "None of these: choose from the list" in buttons(question)
    picker = await edited(
        bot, user.chat.id, lambda: user.press(question, "None of these: choose from the list")
    )
    assert "Choose the first substance" in picker["text"]


@MODULE
async def test_pills_in_russian_ask_which_and_not_sure_answers_the_worst(bot: Harness) -> None:
    user = bot.api.add_user(language_code="ru")
    user.send_command("/combo", "колеса алкоголь")
    question = await user.next_message()
    assert "может означать разное" in question["text"] and "Опасно" not in question["text"]
    choices = buttons(question)
    assert "МДМА + алкоголь" in choices and "бензодиазепины + алкоголь" in choices
    worst = await edited(
        bot, user.chat.id, lambda: user.press(question, "Не знаю: покажи самый опасный вариант")
    )
    assert "Опасно" in worst["text"] and "самый опасный случай в группе" in worst["text"]
    assert "бензодиазепины" in worst["text"]


@MODULE
async def test_a_class_answer_names_the_members_that_drive_it(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    user.send_command("/combo", "psychedelics + ssris")
    answer = await user.next_message()
    assert (
        "Dangerous" in answer["text"]
        and "worst case in the group" in answer["text"]
        and "AMT" in answer["text"]
    )


@MODULE
async def test_an_exact_alias_answers_at_once(bot: Harness) -> None:
    user = bot.api.add_user(language_code="es")
    user.send_command("/combo", "tusi con alcohol")
    answer = await user.next_message()
    assert "Peligroso" in answer["text"] or "Peligrosa" in answer["text"]
    assert "ketamina" in answer["text"].lower()


@MODULE
async def test_cristal_is_asked_about_unless_the_persons_country_settles_it(bot: Harness) -> None:
    user = bot.api.add_user(language_code="es")
    user.send_command("/combo", "cristal con alcohol")
    question = await user.next_message()
    assert "puede significar cosas distintas" in question["text"]
    assert "metanfetamina + alcohol" in buttons(question) and "MDMA + alcohol" in buttons(question)
    # The country the person already chose (for /overdose) settles it: Mexico -> methamphetamine.
    await bot.services.features.region_choice.set(bot.services.keyring.user_key(user.id), "mx-cdmx")
    user.send_command("/combo", "cristal con alcohol")
    answer = await user.next_message()
    assert answer["text"].startswith("metanfetamina + alcohol")
