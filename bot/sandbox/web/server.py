"""The web app of the browser sandbox: static page, JSON actions, and a Server-Sent Events feed.

Routes (all on the sandbox's own loopback port; the fake Bot API has its own)::

    GET  /                      the chat page (index.html, app.js, render.js, app.css)
    GET  /preview               the content preview for moderators (preview.html, preview.js)
    GET  /api/state             personas, chats, languages
    GET  /api/chats/<id>        a chat as it stands: messages and the reply keyboard
    GET  /api/events?chats=a,b  Server-Sent Events: message, edit, delete, callback_answer,
                                user_message (what a persona sent), keyboard
    POST /api/send              {persona, text}                    -> the person's Message
    POST /api/press             {persona, message_id, callback_data} -> {callback_query_id}
    POST /api/location          {persona, latitude, longitude}     -> the person's Message
    POST /api/photo             {persona, data_base64, caption?}   -> the person's Message
    POST /api/language          {persona, language_code}           -> the persona
    POST /api/personas          {start, language_code?}            -> a new person who opened a
                                t.me/<bot>?start=... link (an invite) shown in the page
    GET  /api/commands?persona= the bot's command menu as that persona sees it
    GET  /api/places?lang=      sample places of the gazetteer (for the location picker)
    GET  /api/regions?lang=     regions (for simulated subscribers)
    POST /api/subscribers       {count, regions: [...], languages: [...]} -> broadcast state
    GET  /api/broadcast         simulated subscribers, deliveries, the last alert's progress,
                                and the latest card a simulated subscriber got, per language
    POST /api/limits            {enabled}: Telegram's flood limits on the fake server on or off
    GET  /files/<file_id>       a file stored by the fake server (photos)
    GET  /api/preview/...       see ``bot.sandbox.web.preview``

Bad input gets HTTP 400 with ``{"error": "..."}``; nothing the page sends can stop the sandbox.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.config import ConfigError
from bot.sandbox.fakeapi import FakeBotAPI, FakeChat, FakeUser
from bot.sandbox.fakeapi.model import image_size
from bot.sandbox.web import preview

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent
STATIC_FILES = {
    "index.html": "text/html",
    "preview.html": "text/html",
    "app.js": "text/javascript",
    "render.js": "text/javascript",
    "preview.js": "text/javascript",
    "app.css": "text/css",
}
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("es", "Español"),
    ("pt-br", "Português (Brasil)"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("pl", "Polski"),
    ("ka", "ქართული"),
    ("kk", "Қазақша"),
]
MAX_TEXT = 4096
MAX_PHOTO_BYTES = 5_000_000
MAX_SUBSCRIBERS = 5000
CLIENT_QUEUE = 2000
PING_SECONDS = 15.0
FIRST_SIMULATED_ID = 500_000_001
FIRST_NEW_PERSON_ID = 400_000_001
# Telegram's deep-link payload: up to 64 characters of A-Z, a-z, 0-9, _ and -.
START_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SIMULATED_NAMES = ("River", "Noor", "Ash", "Sol", "Kai", "Lu", "Dani", "Yara", "Mika", "Jo")


@dataclass
class Persona:
    """One panel of the page: who acts (``user``) in which chat."""

    key: str
    label: str
    user: FakeUser
    chat: FakeChat
    role: str
    hint: str = ""

    def as_dict(self) -> dict[str, Any]:
        chat = self.chat
        return {
            "key": self.key,
            "label": self.label,
            "role": self.role,
            "hint": self.hint,
            "user_id": self.user.id,
            "first_name": self.user.first_name,
            "language_code": self.user.language_code,
            "chat_id": chat.id,
            "chat_type": chat.type,
            "chat_title": chat.title or "Harm Reduction Sandbox",
            "members": [{"user_id": uid, "first_name": self._name(uid)} for uid in chat.members],
        }

    def _name(self, user_id: int) -> str:
        user = self.user.api.users.get(user_id)
        return user.first_name if user else str(user_id)


class BadInput(ValueError):
    """Something the page sent that cannot be acted on; answered with HTTP 400."""


class _Client:
    __slots__ = ("chats", "queue")

    def __init__(self, chats: set[int] | None) -> None:
        self.chats = chats
        self.queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(CLIENT_QUEUE)


class Hub:
    """Fans the fake server's events out to the open pages, one SSE stream each, by chat."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api
        self.clients: set[_Client] = set()
        self.simulated: dict[int, tuple[str, str]] = {}  # chat id -> (region, language)
        self.received: set[int] = set()
        self.simulated_messages = 0
        # language -> the latest card (a message with text or a caption) a simulated
        # subscriber of that language got: what each language really received.
        self.samples: dict[str, dict[str, Any]] = {}
        self._queue = api.subscribe()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="sandbox-web-hub")

    async def stop(self) -> None:
        self.api.unsubscribe(self._queue)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for client in list(self.clients):
            self._offer(client, None)

    async def _run(self) -> None:
        while True:
            event = await self._queue.get()
            try:
                self.dispatch(event)
            except Exception:  # a display problem must not stop the feed
                log.exception("Could not pass an event to the page")

    def dispatch(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        chat_id = event.get("chat_id")
        if chat_id in self.simulated:
            if kind == "message":
                self.simulated_messages += 1
                self.received.add(chat_id)
            if kind in ("message", "edit"):
                message = event["message"]
                language = self.simulated[chat_id][1]
                shown = self.samples.get(language)
                edit_of_shown = (
                    kind == "edit"
                    and shown is not None
                    and shown["chat"]["id"] == chat_id
                    and shown["message_id"] == message["message_id"]
                )
                if (kind == "message" or edit_of_shown) and (
                    message.get("text") or message.get("caption")
                ):
                    self.samples[language] = message
            return
        if kind not in ("message", "edit", "delete", "callback_answer") or chat_id is None:
            return
        payload: dict[str, Any] = {"type": kind, "chat_id": chat_id, "seq": event.get("seq")}
        if kind in ("message", "edit"):
            payload["message"] = event["message"]
        elif kind == "delete":
            payload["message_id"] = event["message_id"]
        else:
            for key in ("user_id", "message_id", "query_id", "text", "show_alert", "url"):
                payload[key] = event.get(key)
        if kind == "message":
            payload["keyboard"] = self.keyboard_of(chat_id)
        self.send(payload)

    def keyboard_of(self, chat_id: int) -> dict[str, Any] | None:
        chat = self.api.chats.get(chat_id)
        return chat.reply_keyboard if chat is not None else None

    def send(self, payload: dict[str, Any]) -> None:
        chat_id = payload.get("chat_id")
        for client in list(self.clients):
            if client.chats is None or chat_id in client.chats:
                self._offer(client, payload)

    @staticmethod
    def _offer(client: _Client, payload: dict[str, Any] | None) -> None:
        if client.queue.full():
            with contextlib.suppress(asyncio.QueueEmpty):
                client.queue.get_nowait()
        client.queue.put_nowait(payload)


def _number(value: Any, what: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BadInput(f"{what} must be a number") from None
    if not low <= number <= high:
        raise BadInput(f"{what} must be between {low:g} and {high:g}")
    return number


class WebSandbox:
    """The browser sandbox over a running fake server and bot."""

    def __init__(
        self,
        api: FakeBotAPI,
        services: Any,
        personas: list[Persona],
        content_dir: Path,
        data_dir: Path,
        keep_data: bool = False,
    ) -> None:
        self.api = api
        self.services = services
        self.personas = {p.key: p for p in personas}
        self.content_dir = Path(content_dir)
        self.data_dir = data_dir
        self.keep_data = keep_data
        self.hub = Hub(api)
        self.preview = preview.Preview(self.content_dir, services)
        self.url = ""
        self.bot_app: Any = None  # the running telegram Application (set by ``web_sandbox``)
        self._runner: web.AppRunner | None = None
        self._streams: set[web.StreamResponse] = set()
        self._next_simulated = FIRST_SIMULATED_ID
        self._next_new_person = FIRST_NEW_PERSON_ID
        self._closing = False
        self._loopback = True

    # -- lifecycle -------------------------------------------------------------------------
    @web.middleware
    async def _guard_origin(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Only this page may act: a POST must be JSON (which a page from elsewhere cannot send
        without a CORS preflight, and none is answered), and on loopback the Host must be ours
        (no DNS rebinding)."""
        if request.method == "POST" and request.content_type != "application/json":
            return self._error("send JSON (Content-Type: application/json)", 415)
        if self._loopback and self.url:
            port = self.url.rsplit(":", 1)[1].rstrip("/")
            if request.host not in {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}:
                return self._error("this sandbox answers only on 127.0.0.1 and localhost", 403)
        return await handler(request)

    def app(self) -> web.Application:
        app = web.Application(client_max_size=8 * 1024 * 1024, middlewares=[self._guard_origin])
        get, post = app.router.add_get, app.router.add_post
        get("/", self._static_route("index.html"))
        get("/preview", self._static_route("preview.html"))
        for name in STATIC_FILES:
            get(f"/{name}", self._static_route(name))
        get("/api/state", self.state)
        get("/api/chats/{chat_id}", self.chat)
        get("/api/events", self.events)
        post("/api/send", self.send)
        post("/api/press", self.press)
        post("/api/location", self.location)
        post("/api/photo", self.photo)
        post("/api/language", self.language)
        post("/api/personas", self.add_persona)
        get("/api/commands", self.commands)
        get("/api/places", self.places)
        get("/api/regions", self.regions)
        post("/api/subscribers", self.add_subscribers)
        get("/api/broadcast", self.broadcast)
        post("/api/limits", self.limits)
        get("/files/{file_id}", self.file)
        self.preview.add_routes(app)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._loopback = host in ("127.0.0.1", "localhost", "::1")
        self.hub.start()
        self._runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, host, port).start()
        except OSError as exc:
            await self._runner.cleanup()
            await self.hub.stop()
            raise ConfigError(
                f"Cannot listen on {host}:{port} ({exc.strerror or exc}); choose another port "
                "with --port, or --port 0 for any free one."
            ) from None
        bound = self._runner.addresses[0]
        shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
        if ":" in shown:
            shown = f"[{shown}]"
        self.url = f"http://{shown}:{bound[1]}/"

    async def stop(self) -> None:
        self._closing = True
        await self.hub.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- helpers ---------------------------------------------------------------------------
    def _static_route(self, name: str):
        path = STATIC / name
        content_type = STATIC_FILES[name]

        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(
                body=path.read_bytes(),
                content_type=content_type,
                charset="utf-8",
                headers={
                    "Cache-Control": "no-cache",
                    "Content-Security-Policy": (
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                        "script-src 'self'; connect-src 'self'; frame-ancestors 'none'"
                    ),
                    "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer",
                },
            )

        return handler

    def persona(self, key: Any) -> Persona:
        persona = self.personas.get(str(key))
        if persona is None:
            raise BadInput(f"unknown persona {key!r}")
        return persona

    @staticmethod
    async def _body(request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise BadInput("the body must be JSON") from None
        if not isinstance(body, dict):
            raise BadInput("the body must be a JSON object")
        return body

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response(result, dumps=lambda v: json.dumps(v, ensure_ascii=False))

    @staticmethod
    def _error(message: str, status: int = 400) -> web.Response:
        return web.json_response({"error": message}, status=status)

    async def _guard(self, action):
        try:
            return self._ok(await action())
        except BadInput as exc:
            return self._error(str(exc))
        except (ValueError, KeyError) as exc:  # the fake server refused (blocked, no button...)
            return self._error(str(exc).strip("'\""))

    def _user_message(self, persona: Persona, message: dict[str, Any]) -> dict[str, Any]:
        self.hub.send(
            {
                "type": "user_message",
                "chat_id": persona.chat.id,
                "message": message,
                "keyboard": persona.chat.reply_keyboard,
            }
        )
        return message

    # -- state -----------------------------------------------------------------------------
    async def state(self, request: web.Request) -> web.Response:
        return self._ok(
            {
                "personas": [p.as_dict() for p in self.personas.values()],
                "languages": [{"code": c, "name": n} for c, n in LANGUAGES],
                "bot": self.api.bot_user,
                "data_dir": str(self.data_dir) if self.keep_data else None,
            }
        )

    async def chat(self, request: web.Request) -> web.Response:
        try:
            chat = self.api.chats[int(request.match_info["chat_id"])]
        except (KeyError, ValueError):
            return self._error("no such chat", 404)
        return self._ok(
            {
                "chat_id": chat.id,
                "messages": list(chat.messages.values()),
                "keyboard": chat.reply_keyboard,
                "next_id": getattr(chat, "_last_message_id", 0) + 1,
            }
        )

    async def events(self, request: web.Request) -> web.StreamResponse:
        chats: set[int] | None = None
        raw = request.query.get("chats", "").strip()
        if raw:
            try:
                chats = {int(part) for part in raw.split(",") if part.strip()}
            except ValueError:
                return self._error("chats must be comma-separated chat ids")
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream; charset=utf-8",
                "Cache-Control": "no-cache",
                "X-Accel-Buffering": "no",
            }
        )
        await response.prepare(request)
        client = _Client(chats)
        self.hub.clients.add(client)
        try:
            await response.write(b"retry: 1000\n\n")
            while not self._closing:
                try:
                    payload = await asyncio.wait_for(client.queue.get(), PING_SECONDS)
                except TimeoutError:
                    await response.write(b": ping\n\n")
                    continue
                if payload is None:
                    break
                data = json.dumps(payload, ensure_ascii=False)
                await response.write(f"event: {payload['type']}\ndata: {data}\n\n".encode())
        except ConnectionResetError:  # the page was closed or reloaded
            pass
        finally:
            self.hub.clients.discard(client)
        return response

    # -- acting as a persona ---------------------------------------------------------------
    async def send(self, request: web.Request) -> web.Response:
        async def act() -> dict[str, Any]:
            body = await self._body(request)
            persona = self.persona(body.get("persona"))
            text = body.get("text")
            if not isinstance(text, str) or not text.strip():
                raise BadInput("write a message first")
            if len(text) > MAX_TEXT:
                raise BadInput(f"a message has at most {MAX_TEXT} characters")
            message = persona.user.send_text(text, persona.chat)
            return self._user_message(persona, message)

        return await self._guard(act)

    async def press(self, request: web.Request) -> web.Response:
        async def act() -> dict[str, Any]:
            body = await self._body(request)
            persona = self.persona(body.get("persona"))
            try:
                message_id = int(body.get("message_id") or "")
            except (TypeError, ValueError):
                raise BadInput("message_id must be a number") from None
            message = persona.chat.messages.get(message_id)
            if message is None:
                raise BadInput("that message is gone (deleted)")
            data = body.get("callback_data")
            if not isinstance(data, str) or not data:
                raise BadInput("callback_data is missing")
            query_id = persona.user.press(message, callback_data=data)
            return {"callback_query_id": query_id}

        return await self._guard(act)

    async def location(self, request: web.Request) -> web.Response:
        async def act() -> dict[str, Any]:
            body = await self._body(request)
            persona = self.persona(body.get("persona"))
            lat = _number(body.get("latitude"), "latitude", -90, 90)
            lon = _number(body.get("longitude"), "longitude", -180, 180)
            message = persona.user.send_location(lat, lon, persona.chat)
            return self._user_message(persona, message)

        return await self._guard(act)

    async def photo(self, request: web.Request) -> web.Response:
        async def act() -> dict[str, Any]:
            body = await self._body(request)
            persona = self.persona(body.get("persona"))
            try:
                data = base64.b64decode(str(body.get("data_base64") or ""), validate=True)
            except (binascii.Error, ValueError):
                raise BadInput("the photo must be base64") from None
            if not data or len(data) > MAX_PHOTO_BYTES:
                raise BadInput(f"a photo has 1 byte to {MAX_PHOTO_BYTES // 1_000_000} MB")
            if image_size(data) is None:
                raise BadInput("send a JPEG or PNG picture")
            caption = body.get("caption") or None
            if caption is not None and (not isinstance(caption, str) or len(caption) > 1024):
                raise BadInput("a caption has at most 1024 characters")
            message = persona.user.send_photo(data, caption, persona.chat)
            return self._user_message(persona, message)

        return await self._guard(act)

    async def language(self, request: web.Request) -> web.Response:
        async def act() -> dict[str, Any]:
            body = await self._body(request)
            persona = self.persona(body.get("persona"))
            code = body.get("language_code")
            if code in (None, ""):
                persona.user.language_code = None
            elif isinstance(code, str) and 2 <= len(code) <= 10 and code.replace("-", "").isalpha():
                persona.user.language_code = code
            else:
                raise BadInput("language_code must look like en, uk or pt-br")
            return {p.key: p.as_dict() for p in self.personas.values() if p.user is persona.user}

        return await self._guard(act)

    async def add_persona(self, request: web.Request) -> web.Response:
        """Someone opens a ``t.me/<bot>?start=<payload>`` link from the page (an invite a
        moderator made): a new person, with a private chat of their own, to open it as."""

        async def act() -> dict[str, Any]:
            body = await self._body(request)
            start = body.get("start")
            if not isinstance(start, str) or not START_PAYLOAD.match(start):
                raise BadInput("start must be a deep-link payload (A-Z, a-z, 0-9, _ and -)")
            code = body.get("language_code") or None
            if code is not None and not (
                isinstance(code, str) and 2 <= len(code) <= 10 and code.replace("-", "").isalpha()
            ):
                raise BadInput("language_code must look like en, uk or pt-br")
            while self._next_new_person in self.api.users:
                self._next_new_person += 1
            number = self._next_new_person - FIRST_NEW_PERSON_ID + 1
            self._next_new_person += 1
            user = self.api.add_user(
                user_id=self._next_new_person - 1,
                first_name=f"New person {number}",
                language_code=code,
            )
            persona = Persona(
                f"new{number}",
                f"New person {number}",
                user,
                user.chat,
                "person",
                "Someone who opened a link from another chat.",
            )
            self.personas[persona.key] = persona
            return persona.as_dict()

        return await self._guard(act)

    async def commands(self, request: web.Request) -> web.Response:
        async def act() -> list[dict[str, str]]:
            persona = self.persona(request.query.get("persona"))
            return self.api.commands_for(persona.user, persona.chat)

        return await self._guard(act)

    # -- places and regions ----------------------------------------------------------------
    async def places(self, request: web.Request) -> web.Response:
        lang = request.query.get("lang") or "en"
        gazetteer = self.services.features.gazetteer
        regions = self.services.features.regions
        found = []
        for place in gazetteer or ():
            region = regions.get(place.region) if regions is not None else None
            found.append(
                {
                    "id": place.id,
                    "name": place.name(lang),
                    "kind": place.kind,
                    "region": region.name(lang) if region is not None else place.region,
                    "latitude": place.lat,
                    "longitude": place.lon,
                }
            )
        found.sort(key=lambda p: (p["region"], p["kind"] != "city", p["name"]))
        return self._ok(found)

    async def regions(self, request: web.Request) -> web.Response:
        lang = request.query.get("lang") or "en"
        regions = self.services.features.regions
        alerts = self.services.features.alerts
        found = []
        for region in regions or ():
            label = alerts.region_name(region.id, lang) if alerts is not None else region.name(lang)
            found.append({"id": region.id, "name": label, "level": region.level})
        found.sort(key=lambda r: r["name"])
        return self._ok(found)

    # -- simulated subscribers and broadcast progress --------------------------------------
    async def add_subscribers(self, request: web.Request) -> web.Response:
        async def act() -> dict[str, Any]:
            body = await self._body(request)
            count = int(_number(body.get("count"), "count", 1, MAX_SUBSCRIBERS))
            regions = body.get("regions")
            languages = body.get("languages") or ["en"]
            if not isinstance(regions, list) or not regions:
                raise BadInput("choose at least one region")
            if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
                raise BadInput("languages must be a list of language codes")
            if len(self.hub.simulated) + count > MAX_SUBSCRIBERS:
                raise BadInput(f"the sandbox simulates at most {MAX_SUBSCRIBERS} subscribers")
            await self.simulate_subscribers(count, [str(r) for r in regions], languages)
            return await self.broadcast_state()

        return await self._guard(act)

    async def simulate_subscribers(
        self, count: int, regions: list[str], languages: list[str]
    ) -> int:
        """Add ``count`` fake people subscribed to ``regions`` (round robin), in ``languages``."""
        alerts = self.services.features.alerts
        known = self.services.features.regions
        if alerts is None:
            raise BadInput("the alerts feature is not running")
        for region_id in regions:
            if known is None or known.get(region_id) is None:
                raise BadInput(f"unknown region {region_id!r}")
        people = self.services.people
        keyring = self.services.keyring
        for i in range(count):
            user_id = self._next_simulated
            self._next_simulated += 1
            while user_id in self.api.users:
                user_id = self._next_simulated
                self._next_simulated += 1
            language = languages[i % len(languages)]
            region_id = regions[i % len(regions)]
            name = f"{secrets.choice(SIMULATED_NAMES)} {user_id - FIRST_SIMULATED_ID + 1}"
            self.api.add_user(user_id=user_id, first_name=name, language_code=language)
            key = keyring.user_key(user_id)
            await people.repo.set_language(key, language)
            await alerts.subscriptions.subscribe(key, user_id, region_id, language)
            self.hub.simulated[user_id] = (region_id, language)
        return count

    async def broadcast_state(self) -> dict[str, Any]:
        hub = self.hub
        state: dict[str, Any] = {
            "simulated": len(hub.simulated),
            "received": len(hub.received),
            "messages": hub.simulated_messages,
            "rate_limited": self.api.stats.get("429", 0),
            "limits": {
                "enabled": self.api.flood.enabled,
                "global_rate": self.api.flood.global_rate,
                "per_chat_rate": self.api.flood.per_chat_rate,
            },
            "alert": None,
        }
        alerts = self.services.features.alerts
        if alerts is not None:
            from bot.alerts.model import AlertState

            latest = await alerts.repo.list_alerts(
                [AlertState.APPROVED, AlertState.EXPIRED, AlertState.RETRACTED], limit=1
            )
            if latest:
                alert = latest[0]
                progress = await alerts.delivery(alert.id)
                if progress is not None:
                    state["alert"] = {
                        "id": alert.id,
                        "sent": progress.sent,
                        "failed": progress.failed,
                        "left": progress.left,
                        "total": progress.total,
                        "eta_seconds": progress.eta_seconds,
                    }
        order = {code: i for i, (code, _) in enumerate(LANGUAGES)}
        names = dict(LANGUAGES)
        state["samples"] = [
            {"language": code, "name": names.get(code, code), "message": message}
            for code, message in sorted(
                self.hub.samples.items(), key=lambda item: order.get(item[0], len(order))
            )
        ]
        state["time"] = datetime.now(UTC).isoformat(timespec="seconds")
        return state

    async def broadcast(self, request: web.Request) -> web.Response:
        return await self._guard(self.broadcast_state)

    async def limits(self, request: web.Request) -> web.Response:
        async def act() -> dict[str, Any]:
            enabled = (await self._body(request)).get("enabled")
            if not isinstance(enabled, bool):
                raise BadInput("enabled must be true or false")
            self.api.set_limits(enabled=enabled)
            return await self.broadcast_state()

        return await self._guard(act)

    # -- files -----------------------------------------------------------------------------
    async def file(self, request: web.Request) -> web.StreamResponse:
        stored = self.api.files.by_id.get(request.match_info["file_id"])
        if stored is None or stored.data is None:
            return self._error("no such file", 404)
        return web.Response(
            body=stored.data,
            content_type=stored.mime_type,
            headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
        )
