"""YAML bombs in content are one-line errors: `hrbot content check`, start-up and /reload."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path

import pytest

from bot import yamlstrict
from tests.cli_inprocess import hrbot_in_process
from tests.conftest import MODERATOR_ID, ROOT

# The 478-byte "billion laughs": nine levels of nine aliases, 9**9 strings once expanded.
ALIAS_BOMB = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""
# Under the alias limit, but still exploding: 6 levels of 8 aliases is 8**6 = 262,144 values.
SMALL_BOMB = "a: &a [x,x,x,x,x,x,x,x]\n" + "".join(
    f"{n}: &{n} [{','.join(['*' + p] * 8)}]\n" for p, n in zip("abcdef", "bcdefg", strict=True)
)
RECURSIVE = "id: loop\nsteps: &s\n  - one\n  - *s\n"


def test_the_bombs_are_problems_with_a_line() -> None:
    assert len(ALIAS_BOMB.encode()) <= 478
    for text, fragment in (
        (ALIAS_BOMB, "too many aliases"),
        (SMALL_BOMB, "expand to more than"),
        (RECURSIVE, "alias to itself"),
    ):
        doc = yamlstrict.loads(text, "bomb.yaml")
        assert doc.data is None
        assert len(doc.problems) == 1 and fragment in doc.problems[0].message, doc.problems
        assert str(doc.problems[0]).startswith("bomb.yaml:") and doc.problems[0].line > 1
    deep = yamlstrict.loads("a: " + "[" * 5000 + "]" * 5000)
    assert deep.data is None and "nest" in deep.problems[0].message
    deep = yamlstrict.loads("a: " + "[" * 100 + "]" * 100)
    assert deep.data is None and "nested too deeply" in deep.problems[0].message
    ok = yamlstrict.loads("a: &x [1, 2]\nb: *x\n")
    assert ok.data == {"a": [1, 2], "b": [1, 2]} and not ok.problems


def test_a_file_too_big_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("a: " + "x" * (yamlstrict.MAX_FILE_BYTES + 1))
    doc = yamlstrict.load(big, "big.yaml")
    assert doc.data is None and "too big" in str(doc.problems[0])


@pytest.mark.parametrize(
    "bomb, where, process",
    [
        (ALIAS_BOMB, "topics/bomb.yaml", True),  # `hrbot` as its own process, start to exit
        (RECURSIVE, "topics/bomb.yaml", False),  # the same main() in this process
        (ALIAS_BOMB, "services/bomb.yaml", False),
        (RECURSIVE, "regions.yaml", False),
    ],
)
async def test_content_check_reports_a_bomb_in_one_line_and_exits_1(
    tmp_path: Path, bomb: str, where: str, process: bool
) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / where).write_text(bomb, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HRBOT_"))}
    if process:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "content",
            "check",
            str(content),
            env=env,
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 60)  # a guard, not a speed test
        code, text = proc.returncode, out.decode() + err.decode()
    else:
        code, out_text, err_text = await asyncio.wait_for(
            asyncio.to_thread(hrbot_in_process, "content", "check", str(content), env=env), 60
        )
        text = out_text + err_text
    assert code == 1, text
    assert "Traceback" not in text and "MemoryError" not in text and "RecursionError" not in text
    lines = [line for line in text.splitlines() if Path(where).name + ":" in line]
    assert lines and all(line.split(":")[1].isdigit() for line in lines), text


async def test_reload_with_a_bomb_keeps_the_last_good_content(lib_harness) -> None:
    api = lib_harness.api
    moderator = api.add_user(user_id=MODERATOR_ID, language_code="en")
    path = lib_harness.settings.core.content_dir / "topics" / "naloxone.yaml"
    for bomb in (ALIAS_BOMB, RECURSIVE):
        path.write_text(bomb, encoding="utf-8")
        moderator.send_command("/reload")
        report = await moderator.next_message(timeout=10)
        assert "kept serving" in report["text"] and "naloxone.yaml:" in report["text"]
        user = api.add_user(language_code="en")
        user.send_text("how do I use narcan")  # ("where can I get..." opens the service finder)
        message = await user.next_message(timeout=5)
        assert "Naloxone" in message["text"]
