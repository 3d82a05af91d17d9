"""Run the built image against a fake Bot API on the host and check it (deploy/check-image.sh).

Prints one line per check and exits 1 at the first failure. Needs the project importable
(run from the repository root with its virtualenv) and a container engine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.sandbox.fakeapi import FakeBotAPI  # noqa: E402

TOKEN = "123456789:AAH-image-check-0123456789abcdefghijk"
NAME = "hrbot-image-check"
VOLUME = "hrbot-image-check-data"


class Check:
    def __init__(self, engine: list[str]) -> None:
        self.engine = engine
        self.started = time.monotonic()

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([*self.engine, *args], capture_output=True, text=True, timeout=300)
        if check and done.returncode != 0:
            fail(f"{' '.join(args[:2])} failed: {done.stderr.strip()[-500:]}")
        return done

    def ok(self, what: str) -> None:
        print(f"  ok  {what}  ({time.monotonic() - self.started:.1f} s)", flush=True)


def fail(message: str) -> None:
    print(f"FAIL  {message}", flush=True)
    raise SystemExit(1)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--image", required=True)
    parser.add_argument("--engine", required=True, help="the engine command with its global flags")
    parser.add_argument("--run-args", default="", help="extra flags for `run`")
    args = parser.parse_args()
    c = Check(shlex.split(args.engine))
    c.run("rm", "-f", NAME, check=False)
    c.run("volume", "rm", "-f", VOLUME, check=False)
    c.run("volume", "create", VOLUME)

    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start("127.0.0.1", 0)
    key = secrets.token_urlsafe(48)
    try:
        c.run(
            "run",
            "-d",
            "--name",
            NAME,
            "--network=host",
            *shlex.split(args.run_args),
            "-v",
            f"{VOLUME}:/data",
            "-e",
            f"TELEGRAM_BOT_TOKEN={TOKEN}",
            "-e",
            f"TELEGRAM_API_URL={api.base_url}",
            "-e",
            f"HRBOT_SECRET_KEY={key}",
            "-e",
            "HRBOT_LOG_LEVEL=INFO",
            args.image,
        )
        uid = c.run("exec", NAME, "id", "-u").stdout.strip()
        if uid == "0":
            fail("the bot runs as root in the container")
        c.ok(f"hrbot run started as a non-root user (uid {uid})")

        for lang, words in (("en", "harm reduction"), ("ru", "снижени")):
            user = api.add_user(language_code=lang)
            user.send_command("/start")
            try:
                reply = await user.next_message(timeout=60)
            except TimeoutError:
                logs = c.run("logs", NAME, check=False)
                fail(f"no answer to /start in {lang}:\n{logs.stdout[-1500:]}{logs.stderr[-1500:]}")
            if words not in reply["text"].lower():
                fail(f"/start in {lang} answered {reply['text'][:80]!r}")
            c.ok(f"/start answered in {lang}: {reply['text'].splitlines()[0][:60]!r}")

        listing = c.run("exec", NAME, "ls", "-la", "/data").stdout
        if "hrbot.sqlite3" not in listing:
            fail(f"no database in the volume:\n{listing}")
        if ".key" in listing:
            fail(f"a key file sits in the data volume:\n{listing}")
        c.ok("the database lives in the volume /data, and no key file is there")
        found = c.run(
            "exec", NAME, "sh", "-c", f"grep -rl -- '{key}' /data /app 2>/dev/null || true"
        ).stdout
        if found.strip():
            fail(f"the secret key was written to {found.strip()}")
        c.ok("the secret key is in no file of the volume or the app")

        for _ in range(30):
            health = (
                c.run("healthcheck", "run", NAME, check=False) if "podman" in c.engine[0] else None
            )
            if health is not None and health.returncode == 0:
                break
            if health is None:
                state = c.run("inspect", "-f", "{{json .State.Health}}", NAME).stdout
                if '"healthy"' in state:
                    break
            await asyncio.sleep(2)
        else:
            fail("the HEALTHCHECK did not report healthy within 60 s")
        state = c.run("inspect", "-f", "{{json .State.Health}}", NAME, check=False).stdout.strip()
        status = json.loads(state).get("Status") if state.startswith("{") else "?"
        c.ok(f"HEALTHCHECK healthy (status: {status})")

        stop_started = time.monotonic()
        c.run("stop", "-t", "30", NAME)
        code = c.run("inspect", "-f", "{{.State.ExitCode}}", NAME).stdout.strip()
        if code != "0":
            logs = c.run("logs", NAME, check=False)
            fail(f"SIGTERM ended the bot with exit code {code}:\n{logs.stderr[-1500:]}")
        c.ok(f"SIGTERM stopped it with exit code 0 in {time.monotonic() - stop_started:.1f} s")
        logs = c.run("logs", NAME, check=False)
        if TOKEN.split(":")[1] in logs.stdout + logs.stderr or key in logs.stdout + logs.stderr:
            fail("the token or the key appears in the container's log")
        c.ok("neither the token nor the key appears in the container's log")
    finally:
        await api.stop()
        c.run("rm", "-f", NAME, check=False)
        c.run("volume", "rm", "-f", VOLUME, check=False)
    print("check-image: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
