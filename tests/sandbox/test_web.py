"""The browser sandbox's web server over real HTTP on 127.0.0.1: its page, the event stream,
acting as the personas, simulated subscribers, files and the content preview."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio

from bot.sandbox.terminal import MODERATOR_ID, PEER_ID, PERSON_ID
from bot.sandbox.web import web_sandbox
from bot.sandbox.web.preview import Preview, fingerprint
from bot.sandbox.web.server import STATIC, STATIC_FILES, WebSandbox
from bot.sandbox.web.session import MODERATOR2_ID
from tests.conftest import ROOT, make_settings

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def box(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[WebSandbox]:
    settings = make_settings(tmp_path_factory.mktemp("web"), log_level="INFO")
    async with web_sandbox(settings, rate_limits=False) as sandbox:
        yield sandbox


@pytest_asyncio.fixture(loop_scope="module")
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as session:
        yield session


class Stream:
    """An open SSE connection; ``next(predicate)`` returns the first matching event."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self.response = response

    async def next(self, predicate: Any, timeout: float = 8.0) -> dict[str, Any]:
        async def read() -> dict[str, Any]:
            kind, data = None, None
            async for raw in self.response.content:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: "):
                    data = json.loads(line[6:])
                elif line == "" and data is not None:
                    event = {**data, "event": kind}
                    kind, data = None, None
                    if predicate(event):
                        return event
            raise AssertionError("the stream ended")

        return await asyncio.wait_for(read(), timeout)


async def open_stream(http: aiohttp.ClientSession, box: WebSandbox, chats: str = "") -> Stream:
    response = await http.get(box.url + "api/events" + (f"?chats={chats}" if chats else ""))
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/event-stream")
    stream = Stream(response)
    for _ in range(100):  # the stream is registered once its first bytes arrive
        if box.hub.clients:
            break
        await asyncio.sleep(0.01)
    return stream


async def post(
    http: aiohttp.ClientSession, box: WebSandbox, path: str, body: Any
) -> tuple[int, Any]:
    async with http.post(box.url + path, json=body) as response:
        return response.status, await response.json()


def bot_message(chat_id: int, contains: str = "", kind: str = "message"):
    def match(event: dict[str, Any]) -> bool:
        message = event.get("message") or {}
        return (
            event["event"] == kind
            and event["chat_id"] == chat_id
            and message.get("from", {}).get("is_bot", False)
            and contains in (message.get("text") or "")
        )

    return match


def button(message: dict[str, Any], label: str) -> str:
    for row in message.get("reply_markup", {}).get("inline_keyboard", []):
        for b in row:
            if b["text"] == label:
                return b["callback_data"]
    raise AssertionError(f"no button {label!r}")


# -- start-up -----------------------------------------------------------------------------------
async def test_state_lists_personas_and_group_chats(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    async with http.get(box.url + "api/state") as response:
        state = await response.json()
    keys = [p["key"] for p in state["personas"]]
    assert keys == ["person", "peer", "moderator", "moderators", "moderator2", "peers"]
    by_key = {p["key"]: p for p in state["personas"]}
    assert by_key["person"]["user_id"] == PERSON_ID
    assert by_key["peer"]["user_id"] == PEER_ID
    assert by_key["moderator"]["user_id"] == MODERATOR_ID
    settings = box.services.settings
    assert settings.core.moderator_chat == by_key["moderators"]["chat_id"] < 0
    assert settings.peers.chat == by_key["peers"]["chat_id"] < 0
    assert MODERATOR_ID in settings.core.moderators
    assert {"en", "ru", "uk", "es", "pt-br", "ar"} <= {lang["code"] for lang in state["languages"]}
    peer = await box.services.people.resolve(PEER_ID)
    assert (peer.role, peer.pseudonym) == ("peer", "sandbox-peer")
    moderator = await box.services.people.resolve(MODERATOR_ID)
    assert moderator.is_moderator and moderator.pseudonym
    # A second moderator, in the moderators' chat, so an urgent warning can be finished.
    second = by_key["moderator2"]
    assert second["chat_id"] == by_key["moderators"]["chat_id"]
    assert second["user_id"] == MODERATOR2_ID and second["user_id"] != MODERATOR_ID
    assert {m["user_id"] for m in by_key["moderators"]["members"]} >= {MODERATOR_ID, MODERATOR2_ID}
    jo = await box.services.people.resolve(MODERATOR2_ID)
    assert jo.is_moderator and jo.pseudonym == "sandbox-moderator-2"


async def test_limits_are_on_by_default(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, log_level="INFO")
    async with web_sandbox(settings) as sandbox:
        flood = sandbox.api.flood
        assert (flood.enabled, flood.global_rate, flood.per_chat_rate) == (True, 30.0, 1.0)
        assert sandbox.url.startswith("http://127.0.0.1:")
        data_dir = sandbox.data_dir
        assert (data_dir / "hrbot.sqlite3").exists()
    assert not data_dir.exists(), "the throwaway data folder is deleted on exit"


async def test_pages_are_served_locally_with_a_strict_policy(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    for path, kind in (
        ("", "text/html"),
        ("preview", "text/html"),
        ("app.js", "text/javascript"),
        ("render.js", "text/javascript"),
        ("app.css", "text/css"),
    ):
        async with http.get(box.url + path) as response:
            assert response.status == 200, path
            assert response.content_type == kind
            assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    external = re.compile(
        r"""(src|href)\s*=\s*["']https?://|@import|url\(\s*["']?https?://|fonts\.googleapis"""
    )
    for name in STATIC_FILES:
        assert not external.search((STATIC / name).read_text()), (
            f"{name} loads something from outside"
        )
    async with http.get(box.url + "nothing-here") as response:
        assert response.status == 404


# -- chatting ---------------------------------------------------------------------------------------
async def test_stream_delivers_the_bot_reply(box: WebSandbox, http: aiohttp.ClientSession) -> None:
    stream = await open_stream(http, box, f"{PERSON_ID}")
    status, sent = await post(http, box, "api/send", {"persona": "person", "text": "/start"})
    assert status == 200 and sent["text"] == "/start"
    mine = await stream.next(lambda e: e["event"] == "user_message")
    assert mine["message"]["message_id"] == sent["message_id"]
    reply = await stream.next(bot_message(PERSON_ID, "harm reduction"))
    assert button(reply["message"], "Topics")
    stream.response.close()
    async with http.get(box.url + f"api/chats/{PERSON_ID}") as response:
        chat = await response.json()
    assert [m["message_id"] for m in chat["messages"]][-2:] == [
        sent["message_id"],
        reply["message"]["message_id"],
    ]


async def test_stream_only_carries_the_chats_asked_for(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    stream = await open_stream(http, box, f"{PEER_ID}")
    await post(http, box, "api/send", {"persona": "person", "text": "/help"})
    await post(http, box, "api/send", {"persona": "peer", "text": "/help"})
    event = await stream.next(lambda e: e["event"] in ("message", "user_message"))
    assert event["chat_id"] == PEER_ID
    stream.response.close()


async def test_pressing_a_button_edits_the_message(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    stream = await open_stream(http, box, f"{PERSON_ID}")
    await post(http, box, "api/send", {"persona": "person", "text": "/start"})
    welcome = (await stream.next(bot_message(PERSON_ID, "harm reduction")))["message"]
    status, pressed = await post(
        http,
        box,
        "api/press",
        {
            "persona": "person",
            "message_id": welcome["message_id"],
            "callback_data": button(welcome, "Topics"),
        },
    )
    assert status == 200 and pressed["callback_query_id"]
    edit = await stream.next(bot_message(PERSON_ID, kind="edit"))
    assert edit["message"]["message_id"] == welcome["message_id"]
    assert edit["message"]["text"].startswith("Topics")
    answer = await stream.next(lambda e: e["event"] == "callback_answer")
    assert answer["query_id"] == pressed["callback_query_id"] and answer["user_id"] == PERSON_ID
    stream.response.close()


async def test_location_share_finds_services_and_is_deleted(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    stream = await open_stream(http, box, f"{PERSON_ID}")
    await post(http, box, "api/send", {"persona": "person", "text": "/near"})
    ask = await stream.next(bot_message(PERSON_ID, "Where are you"))
    keyboard = ask["keyboard"]["keyboard"]
    assert any(b.get("request_location") for row in keyboard for b in row)
    status, sent = await post(
        http, box, "api/location", {"persona": "person", "latitude": 50.4645, "longitude": 30.5190}
    )
    assert status == 200 and sent["location"]["latitude"] == pytest.approx(50.4645)
    results = await stream.next(bot_message(PERSON_ID, "Services nearest"))
    assert "1." in results["message"]["text"]
    gone = await stream.next(lambda e: e["event"] == "delete")
    assert gone["message_id"] == sent["message_id"]
    stream.response.close()


async def test_language_picker_changes_the_telegram_language(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    status, changed = await post(
        http, box, "api/language", {"persona": "moderator", "language_code": "uk"}
    )
    assert status == 200
    assert changed["moderator"]["language_code"] == changed["moderators"]["language_code"] == "uk"
    stream = await open_stream(http, box, f"{MODERATOR_ID}")
    await post(http, box, "api/send", {"persona": "moderator", "text": "/start"})
    reply = await stream.next(bot_message(MODERATOR_ID))
    assert "зменшення шкоди" in reply["message"]["text"]
    stream.response.close()
    async with http.get(box.url + "api/commands?persona=moderator") as response:
        commands = await response.json()
    assert any(c["command"] == "start" for c in commands)
    await post(http, box, "api/language", {"persona": "moderator", "language_code": "en"})


async def test_group_chat_messages_are_shown_and_callbacks_work(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    group = box.personas["moderators"].chat.id
    stream = await open_stream(http, box, str(group))
    status, sent = await post(
        http, box, "api/send", {"persona": "moderators", "text": "hello moderators"}
    )
    assert status == 200 and sent["chat"]["id"] == group
    mine = await stream.next(lambda e: e["event"] == "user_message")
    assert mine["message"]["text"] == "hello moderators"
    stream.response.close()


async def test_bad_input_gets_a_clear_error(box: WebSandbox, http: aiohttp.ClientSession) -> None:
    cases = [
        ("api/send", {"persona": "nobody", "text": "hi"}, "unknown persona"),
        ("api/send", {"persona": "person", "text": "   "}, "write a message"),
        ("api/send", {"persona": "person", "text": "x" * 5000}, "at most 4096"),
        (
            "api/location",
            {"persona": "person", "latitude": 91, "longitude": 0},
            "between -90 and 90",
        ),
        (
            "api/location",
            {"persona": "person", "latitude": "north", "longitude": 0},
            "must be a number",
        ),
        ("api/press", {"persona": "person", "message_id": 999999, "callback_data": "x"}, "gone"),
        ("api/press", {"persona": "person", "message_id": "one", "callback_data": "x"}, "number"),
        ("api/language", {"persona": "person", "language_code": "<script>"}, "language_code"),
        ("api/subscribers", {"count": 0, "regions": ["ua"]}, "between 1"),
        ("api/subscribers", {"count": 2, "regions": []}, "at least one region"),
        ("api/subscribers", {"count": 2, "regions": ["atlantis"]}, "unknown region"),
    ]
    for path, body, expected in cases:
        status, answer = await post(http, box, path, body)
        assert status == 400, (path, body)
        assert expected in answer["error"], (path, answer)
    json_type = {"Content-Type": "application/json"}
    async with http.post(box.url + "api/send", data=b"{not json", headers=json_type) as response:
        assert response.status == 400
        assert "JSON" in (await response.json())["error"]
    # another web page can only send "simple" requests: they are refused, and so is a Host
    # header that is not ours (DNS rebinding)
    body = json.dumps({"persona": "person", "text": "from elsewhere"}).encode()
    async with http.post(
        box.url + "api/send", data=body, headers={"Content-Type": "text/plain"}
    ) as response:
        assert response.status == 415
    port = box.url.rsplit(":", 1)[1].rstrip("/")
    async with http.get(
        box.url + "api/state", headers={"Host": f"evil.example:{port}"}
    ) as response:
        assert response.status == 403
    async with http.get(box.url.replace("127.0.0.1", "localhost") + "api/state") as response:
        assert response.status == 200
    async with http.get(box.url + "api/events?chats=abc") as response:
        assert response.status == 400
    async with http.get(box.url + "api/chats/12345") as response:
        assert response.status == 404
    # nothing of that reached the bot or broke the sandbox
    async with http.get(box.url + "api/state") as response:
        assert response.status == 200


async def test_photos_are_served_from_the_fake_server(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    message = box.personas["person"].user.send_photo(caption="a pill")
    largest = message["photo"][-1]["file_id"]
    async with http.get(box.url + f"files/{largest}") as response:
        assert response.status == 200
        assert response.content_type == "image/jpeg"
        assert (await response.read()).startswith(b"\xff\xd8")
    async with http.get(box.url + "files/nope") as response:
        assert response.status == 404


async def test_places_and_regions_for_the_pickers(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    async with http.get(box.url + "api/places?lang=uk") as response:
        places = await response.json()
    kyiv = next(p for p in places if p["id"] == "kyiv")
    assert kyiv["name"] == "Київ" and kyiv["latitude"] == pytest.approx(50.45, abs=0.01)
    async with http.get(box.url + "api/regions?lang=en") as response:
        regions = await response.json()
    assert any(r["id"] == "ua-kyiv-city" for r in regions)


async def test_simulated_subscribers_are_subscribed(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    alerts = box.services.features.alerts
    before = await alerts.subscriptions.recipients("ua-kyiv-city")
    status, state = await post(
        http,
        box,
        "api/subscribers",
        {"count": 6, "regions": ["ua-kyiv-city", "es-madrid"], "languages": ["en", "uk"]},
    )
    assert status == 200, state
    assert state["simulated"] >= 6
    assert await alerts.subscriptions.recipients("ua-kyiv-city") == before + 3
    languages = {lang for _, lang in box.hub.simulated.values()}
    assert languages == {"en", "uk"}
    async with http.get(box.url + "api/broadcast") as response:
        progress = await response.json()
    assert progress["simulated"] == state["simulated"]
    assert progress["limits"]["global_rate"] == 30.0


# -- the content preview -----------------------------------------------------------------------------
async def test_preview_renders_every_language_and_the_check(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    async with http.get(box.url + "api/preview/items") as response:
        items = await response.json()
    assert items["topics"] and items["combos"] and items["services"]
    assert {"en", "ru", "uk", "es"} <= set(items["languages"])
    topic = next(t["id"] for t in items["topics"] if t["id"] == "naloxone")
    async with http.get(box.url + f"api/preview/render?kind=topic&id={topic}") as response:
        shown = await response.json()
    views = {v["lang"]: v for v in shown["languages"]}
    assert {"en", "ru", "uk", "es"} <= set(views)
    for view in views.values():
        assert view["error"] is None and view["text"] and view["length"] <= 4096
        assert any(e["type"] == "bold" for e in view["entities"])
    assert views["en"]["text"] != views["uk"]["text"]
    for kind, key in (("combo", "combos"), ("service", "services")):
        item = items[key][0]["id"]
        async with http.get(
            box.url + "api/preview/render", params={"kind": kind, "id": item}
        ) as response:
            assert response.status == 200
            result = await response.json()
            assert all(v["text"] for v in result["languages"]), kind
    async with http.get(box.url + "api/preview/render?kind=topic&id=no-such-topic") as response:
        assert response.status == 404
    async with http.get(box.url + "api/preview/check") as response:
        check = await response.json()
    assert isinstance(check["problems"], list) and check["load_error"] is None


async def test_preview_reloads_when_a_file_changes(box: WebSandbox, tmp_path: Path) -> None:
    content = tmp_path / "content"  # a small copy: loading and checking all topics takes seconds
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("topics"))
    (content / "topics").mkdir()
    for name in ("naloxone.yaml", "fentanyl.yaml"):
        shutil.copy(ROOT / "content" / "topics" / name, content / "topics" / name)
    preview = Preview(content, box.services)
    first = await preview.current()
    assert first.load_error is None
    path = content / "topics" / "naloxone.yaml"
    text = path.read_text(encoding="utf-8")
    title = re.search(r"^\s+title:\s*(.+)$", text, re.MULTILINE).group(1).strip().strip("\"'")
    path.write_text(text.replace(title, "Naloxone EDITED", 1), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert fingerprint(content) != first.version
    again = await preview.current()
    assert again is not first
    rendered = preview.render(again, "topic", "naloxone")
    assert any("Naloxone EDITED" in v["text"] for v in rendered["languages"])
    path.write_text("topic: [unclosed", encoding="utf-8")
    broken = await preview.current()
    assert any("naloxone.yaml" in p.file for p in broken.problems)


async def test_a_persona_sends_a_photo(box: WebSandbox, http: aiohttp.ClientSession) -> None:
    from bot.sandbox.fakeapi import SAMPLE_JPEG

    stream = await open_stream(http, box, f"{PEER_ID}")
    status, sent = await post(
        http,
        box,
        "api/photo",
        {
            "persona": "peer",
            "data_base64": base64.b64encode(SAMPLE_JPEG).decode(),
            "caption": "the pill",
        },
    )
    assert status == 200, sent
    assert sent["caption"] == "the pill" and sent["photo"][-1]["width"] == 16
    shown = await stream.next(lambda e: e["event"] == "user_message")
    assert shown["message"]["message_id"] == sent["message_id"]
    stream.response.close()
    async with http.get(box.url + "files/" + sent["photo"][-1]["file_id"]) as response:
        assert await response.read() == SAMPLE_JPEG
    for body, expected in (
        ({"data_base64": "!!!"}, "base64"),
        ({"data_base64": base64.b64encode(b"GIF89a....").decode()}, "JPEG or PNG"),
        ({"data_base64": ""}, "1 byte"),
    ):
        status, answer = await post(http, box, "api/photo", {"persona": "peer", **body})
        assert status == 400 and expected in answer["error"]


async def test_limits_can_be_switched_from_the_page(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    status, state = await post(http, box, "api/limits", {"enabled": True})
    assert status == 200 and state["limits"]["enabled"] is True and box.api.flood.enabled
    status, state = await post(http, box, "api/limits", {"enabled": False})
    assert status == 200 and state["limits"]["enabled"] is False and not box.api.flood.enabled
    status, answer = await post(http, box, "api/limits", {"enabled": "yes"})
    assert status == 400 and "true or false" in answer["error"]


# -- links to the bot opened in the page, and what the README promises --------------------------------
async def test_a_start_link_becomes_a_new_person_who_can_open_an_invite(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    moderator = box.personas["moderator"]
    stream = await open_stream(http, box, str(moderator.chat.id))
    status, _ = await post(http, box, "api/send", {"persona": "moderator", "text": "/invite"})
    assert status == 200
    invite = await stream.next(bot_message(moderator.chat.id, "start=inv-"))
    code = invite["message"]["text"].split("start=", 1)[1].split()[0]
    status, persona = await post(http, box, "api/personas", {"start": code, "language_code": "uk"})
    assert status == 200, persona
    assert persona["key"].startswith("new") and persona["chat_type"] == "private"
    assert persona["language_code"] == "uk" and persona["user_id"] not in (
        PERSON_ID,
        PEER_ID,
        MODERATOR_ID,
    )
    async with http.get(box.url + "api/state") as response:
        keys = [p["key"] for p in (await response.json())["personas"]]
    assert persona["key"] in keys
    newcomer = await open_stream(http, box, str(persona["chat_id"]))
    status, _ = await post(
        http, box, "api/send", {"persona": persona["key"], "text": f"/start {code}"}
    )
    assert status == 200
    await newcomer.next(bot_message(persona["chat_id"]))
    status, _ = await post(http, box, "api/send", {"persona": persona["key"], "text": "kestrel"})
    await newcomer.next(bot_message(persona["chat_id"], "kestrel"))
    person = await box.services.people.resolve(persona["user_id"])
    assert person.role == "peer" and person.pseudonym == "kestrel"
    for bad in ({"start": ""}, {"start": "a b"}, {"start": "x" * 65}, {"start": 5}):
        status, answer = await post(http, box, "api/personas", bad)
        assert status == 400 and "start" in answer["error"]
    status, answer = await post(http, box, "api/personas", {"start": "ok", "language_code": "1"})
    assert status == 400 and "language_code" in answer["error"]


async def test_the_readme_names_the_preview_page_that_is_served(
    box: WebSandbox, http: aiohttp.ClientSession
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = re.findall(r"http://127\.0\.0\.1:8080(/[a-z]+)", readme)
    assert "/preview" in named
    assert "`/preview`" not in readme, "the preview is a page, not a bot command"
    assert "not a bot command" in readme
    async with http.get(box.url + "preview") as response:
        assert response.status == 200
        page = await response.text()
    assert page == (STATIC / "preview.html").read_text(encoding="utf-8")
    # and /preview is not a command the bot offers
    async with http.get(box.url + "api/commands?persona=moderator") as response:
        commands = {c["command"] for c in await response.json()}
    assert commands and "preview" not in commands
