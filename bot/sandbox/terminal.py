"""``hrbot sandbox``: the fake Bot API server and the real bot, chatted with in the terminal.

No token and no network: the bot runs exactly as in production (same start-up path, same
handlers), only its Telegram is the fake server on 127.0.0.1. Buttons are shown as numbered
choices; lines starting with ``:`` are sandbox commands (``:help``).
"""

from __future__ import annotations

import asyncio
import html
import re
import secrets
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from bot.config import KEY_FILE_NAME, Settings, load_or_create_key_file
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI

SANDBOX_TOKEN = "123456789:AAH-sandbox-token-0123456789abcdefghij"
PERSON_ID = 1001
PEER_ID = 1002
MODERATOR_ID = 1003
PERSONAS = {"person": PERSON_ID, "peer": PEER_ID, "moderator": MODERATOR_ID}

HELP = """Sandbox commands:
  :lang CODE        set the Telegram language of the current person (en, ru, uk, es, ...)
  :as NAME          switch person: person, peer, moderator
  :loc LAT LON      share a location
  :sticker, :voice, :photo   send one of those
  :help             this help
  :quit             leave (Ctrl-D works too)
Type a number to press a button of the last message that has buttons."""


def sandbox_settings(
    settings: Settings, data_dir: Path, api_url: str, keep: bool = False
) -> Settings:
    """The operator's settings, pointed at the fake server and a sandbox data folder.

    With ``keep`` (a ``--data`` folder that outlives the sandbox) the secret key is kept in that
    folder too, so the next run can read what this one stored.
    """
    secret = settings.core.secret_key
    if not secret:
        secret = (
            load_or_create_key_file(data_dir / KEY_FILE_NAME) if keep else secrets.token_urlsafe(48)
        )
    core = replace(
        settings.core,
        token=SANDBOX_TOKEN,
        api_url=api_url,
        database=data_dir / "hrbot.sqlite3",
        secret_key=secret,
        moderators=settings.core.moderators | {MODERATOR_ID},
    )
    return replace(settings, core=core)


_TAG = re.compile(
    r"<(/?)(b|strong|i|em|u|ins|s|strike|del|code|pre|a|blockquote|tg-spoiler|span)\b[^>]*>"
)


def html_to_terminal(text: str, color: bool) -> str:
    """Telegram HTML to terminal text: bold/italic as ANSI when it is a terminal."""

    def tag(match: re.Match[str]) -> str:
        if not color:
            return ""
        closing, name = match.group(1), match.group(2)
        if name in ("b", "strong"):
            return "\033[22m" if closing else "\033[1m"
        if name in ("i", "em"):
            return "\033[23m" if closing else "\033[3m"
        if name == "a":
            return "\033[24m" if closing else "\033[4m"
        return ""

    return html.unescape(_TAG.sub(tag, text))


class TerminalChat:
    """Prints the bot's messages for the current persona and turns input lines into updates."""

    def __init__(self, api: FakeBotAPI, out: TextIO, color: bool) -> None:
        self.api = api
        self.out = out
        self.color = color
        self.users = {
            name: api.add_user(user_id=uid, first_name=name.title(), language_code="en")
            for name, uid in PERSONAS.items()
        }
        self.current = "person"
        self.buttons: list[tuple[str, Any]] = []  # (label, (message, button dict))

    @property
    def user(self) -> Any:
        return self.users[self.current]

    def show(self, event: dict[str, Any]) -> None:
        message = event.get("message") or {}
        if event.get("chat_id") != self.user.id:
            return
        kind = event.get("type")
        if kind == "delete":
            self.write("  (the bot deleted a message)")
            return
        if kind == "callback_answer":
            if event.get("text"):
                self.write(f"  [notice] {event['text']}")
            return
        if kind not in ("message", "edit"):
            return
        prefix = "(edited) " if kind == "edit" else ""
        body = message.get("text") or message.get("caption") or ""
        if "venue" in message:
            venue = message["venue"]
            body = f"[place] {venue.get('title')} - {venue.get('address')}"
        elif "location" in message:
            loc = message["location"]
            body = f"[location] {loc.get('latitude')}, {loc.get('longitude')}"
        elif "photo" in message and not body:
            body = "[photo]"
        html_text = _as_html(message, body)
        self.write("\n" + prefix + html_to_terminal(html_text, self.color))
        # Inline keyboards are part of the Message; reply keyboards (like "Send my location")
        # are not: the fake server keeps them per chat and gives them in the event.
        markup = message.get("reply_markup") or event.get("reply_markup") or {}
        self._remember_buttons(message, markup)

    def _remember_buttons(self, message: dict[str, Any], markup: dict[str, Any]) -> None:
        rows = markup.get("inline_keyboard") or markup.get("keyboard")
        if not rows:
            return
        self.buttons = []
        for row in rows:
            for button in row:
                label = button if isinstance(button, str) else button.get("text", "")
                self.buttons.append((label, (message, button)))
        labels = [f"[{i}] {label}" for i, (label, _) in enumerate(self.buttons, start=1)]
        self.write("  " + "   ".join(labels))

    def write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def handle_line(self, line: str) -> bool:
        """Act on one input line; False means quit."""
        line = line.strip()
        if not line:
            return True
        if line.isdigit() and self.buttons:
            return self._press(int(line))
        if line.startswith(":"):
            return self._meta(line[1:].split())
        self.user.send_text(line)
        return True

    def _press(self, number: int) -> bool:
        if not 1 <= number <= len(self.buttons):
            self.write(f"  There is no button {number}.")
            return True
        label, (message, button) = self.buttons[number - 1]
        if isinstance(button, dict) and "callback_data" in button:
            self.user.press(message, callback_data=button["callback_data"])
        elif isinstance(button, dict) and button.get("request_location"):
            self.write(
                "  Type :loc LAT LON to share a location (for example :loc 50.4501 30.5234)."
            )
        elif isinstance(button, dict) and button.get("url"):
            self.write(f"  (a link: {button['url']})")
        else:
            self.user.send_text(label)
        return True

    def _meta(self, words: list[str]) -> bool:
        command, args = (words[0].lower(), words[1:]) if words else ("help", [])
        if command in ("quit", "exit", "q"):
            return False
        if command == "lang" and args:
            self.user.language_code = args[0]
            self.write(f"  {self.current} now uses Telegram in '{args[0]}'. Send /start to see it.")
        elif command == "as" and args and args[0] in self.users:
            self.current = args[0]
            self.buttons = []
            self.write(f"  You are now the {self.current}.")
        elif command == "loc" and len(args) == 2:
            try:
                self.user.send_location(float(args[0]), float(args[1]))
            except ValueError:
                self.write("  Usage: :loc LAT LON, for example :loc 40.4168 -3.7038")
        elif command == "sticker":
            self.user.send_sticker()
        elif command == "voice":
            self.user.send_voice()
        elif command == "photo":
            self.user.send_photo()
        else:
            self.write(HELP)
        return True


def _as_html(message: dict[str, Any], fallback: str) -> str:
    """The text as the bot sent it: rebuild bold/italic from entities when present."""
    text = message.get("text") or message.get("caption")
    if not text:
        return html.escape(fallback)
    entities = message.get("entities") or message.get("caption_entities") or []
    if not entities:
        return html.escape(text)
    units = text.encode("utf-16-le")
    length = len(units) // 2
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    names = {"bold": "b", "italic": "i", "underline": "u", "text_link": "a", "code": "code"}
    for entity in entities:
        name = names.get(entity.get("type", ""))
        if name:
            start, end = entity["offset"], entity["offset"] + entity["length"]
            opens.setdefault(start, []).append(f"<{name}>")
            closes.setdefault(end, []).insert(0, f"</{name}>")
    out: list[str] = []
    position = 0
    for boundary in sorted({0, length, *opens, *closes}):
        if boundary > position:
            out.append(html.escape(units[2 * position : 2 * boundary].decode("utf-16-le")))
            position = boundary
        out.extend(closes.get(boundary, []))
        out.extend(opens.get(boundary, []))
    return "".join(out)


async def run_terminal_sandbox(
    settings: Settings,
    data_dir: Path | None = None,
    language: str = "en",
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    """Run the sandbox until ``:quit`` or end of input; returns the exit code."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    color = out.isatty()
    with tempfile.TemporaryDirectory(prefix="hrbot-sandbox-") as tmp:
        folder = Path(data_dir) if data_dir else Path(tmp)
        async with FakeBotAPI(token=SANDBOX_TOKEN) as api:
            chat = TerminalChat(api, out, color)
            for user in chat.users.values():
                user.language_code = language
            local = sandbox_settings(settings, folder, api.base_url, keep=data_dir is not None)
            events = api.subscribe()
            async with running_bot(local, SANDBOX_TOKEN):
                out.write(
                    "harm-reduction-bot sandbox: the real bot, a fake Telegram on 127.0.0.1, no token.\n"
                    f"Data folder: {folder}{'' if data_dir else ' (deleted on exit)'}\n"
                    "Type a message, or :help. Sending /start...\n"
                )
                chat.user.send_command("/start")
                printer = asyncio.create_task(_print_events(chat, events))
                loop = asyncio.get_running_loop()
                try:
                    while True:
                        line = await loop.run_in_executor(None, stdin.readline)
                        if line == "":
                            break
                        if not chat.handle_line(line):
                            break
                        await asyncio.sleep(0.05)
                    await asyncio.sleep(0.3)
                finally:
                    printer.cancel()
                    api.unsubscribe(events)
    out.write("Bye.\n")
    return 0


async def _print_events(chat: TerminalChat, events: asyncio.Queue[dict[str, Any]]) -> None:
    while True:
        event = await events.get()
        try:
            chat.show(event)
        except Exception as exc:  # noqa: BLE001 - a display problem must not end the sandbox
            chat.write(f"  (could not show a message: {type(exc).__name__})")
