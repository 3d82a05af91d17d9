"""Content preview for moderators: any topic, combination or service card exactly as the bot
sends it, in every language side by side, next to what ``hrbot content check`` says.

The content is read from the files (not from the running bot, which only reloads on
/reload), again whenever a file's size or modification time changes, so an edit shows up
within a second or two of saving. Rendering uses the bot's own renderers
(``bot.library.render``, ``bot.directory.finder``); the result goes through the fake Bot API's
Telegram HTML parser, so markup Telegram would refuse is shown as the error Telegram gives.

Routes::

    GET /api/preview/version                 {"version": "..."} (changes when a file changes)
    GET /api/preview/items                   topics, combinations and services to choose from
    GET /api/preview/render?kind=&id=        {"languages": [{lang, html, text, entities,
                                             length, error, venue?}], ...}
    GET /api/preview/check                   the content check's problems
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.sandbox.tghtml import TelegramHTMLError, parse_html, utf16_len

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096
CONTENT_SUFFIXES = (".yaml", ".yml", ".md")


def fingerprint(content_dir: Path) -> str:
    """A short hash of every content file's path, size and modification time."""
    digest = hashlib.sha256()
    if content_dir.is_dir():
        for path in sorted(content_dir.rglob("*")):
            if path.suffix not in CONTENT_SUFFIXES or not path.is_file():
                continue
            try:
                stat = path.stat()
            except OSError:
                continue
            digest.update(
                f"{path.relative_to(content_dir)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()[:16]


@dataclass
class Loaded:
    """The content as the files say now."""

    version: str
    library: Any = None
    checker: Any = None
    services: list[Any] = field(default_factory=list)
    problems: list[Any] = field(default_factory=list)
    load_error: str | None = None


def _load(content_dir: Path, regions: Any, version: str) -> Loaded:
    """Load the library, the services and the content check (in a worker thread)."""
    from bot.contentcheck import check_all
    from bot.directory.services import load_services
    from bot.library.combos import ComboChecker
    from bot.library.loader import load_library

    loaded = Loaded(version)
    try:
        loaded.library, _ = load_library(content_dir)
        loaded.checker = ComboChecker(loaded.library)
        loaded.services, _ = load_services(content_dir, regions)
        loaded.problems = check_all(content_dir)
    except Exception as exc:
        log.exception("The content preview could not load the content")
        loaded.load_error = f"{type(exc).__name__}: {exc}"
    return loaded


def telegram_view(html: str) -> dict[str, Any]:
    """What Telegram makes of ``html``: plain text and entities, or its error."""
    try:
        text, entities = parse_html(html)
    except TelegramHTMLError as exc:
        return {
            "html": html,
            "text": html,
            "entities": [],
            "length": len(html),
            "error": f"Bad Request: can't parse entities: {exc.description}",
        }
    length = utf16_len(text)
    error = "Bad Request: message is too long" if length > TEXT_LIMIT else None
    return {"html": html, "text": text, "entities": entities, "length": length, "error": error}


class Preview:
    """Loads content when it changes and renders items with the bot's renderers."""

    def __init__(self, content_dir: Path, services: Any) -> None:
        self.content_dir = Path(content_dir)
        self.services = services
        self._loaded: Loaded | None = None
        self._lock = asyncio.Lock()

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/api/preview/version", self.version_route)
        app.router.add_get("/api/preview/items", self.items_route)
        app.router.add_get("/api/preview/render", self.render_route)
        app.router.add_get("/api/preview/check", self.check_route)

    @property
    def languages(self) -> list[str]:
        return list(self.services.i18n.languages)

    async def current(self) -> Loaded:
        """The loaded content, reloaded first if a file changed."""
        loop = asyncio.get_running_loop()
        version = await loop.run_in_executor(None, fingerprint, self.content_dir)
        async with self._lock:
            if self._loaded is None or self._loaded.version != version:
                regions = self.services.features.regions
                self._loaded = await loop.run_in_executor(
                    None, _load, self.content_dir, regions, version
                )
            return self._loaded

    # -- rendering -------------------------------------------------------------------------
    def items(self, loaded: Loaded, lang: str = "en") -> dict[str, Any]:
        topics, combos, services = [], [], []
        if loaded.library is not None:
            for topic in sorted(loaded.library.topics.values(), key=lambda t: t.id):
                _, translation = topic.translation(lang)
                topics.append({"id": topic.id, "label": translation.title, "status": topic.status})
            checker = loaded.checker
            for combo in loaded.library.combos:
                names = []
                for item_id in (combo.a, combo.b):
                    named = checker.named(item_id)
                    names.append(checker.display_name(named, lang) if named else item_id)
                combos.append({"id": combo.id, "label": " + ".join(names), "status": combo.status})
            combos.sort(key=lambda c: c["label"].lower())
        for service in sorted(loaded.services, key=lambda s: s.id):
            services.append({"id": service.id, "label": service.name(lang)})
        return {
            "version": loaded.version,
            "languages": self.languages,
            "topics": topics,
            "combos": combos,
            "services": services,
            "load_error": loaded.load_error,
        }

    def render(self, loaded: Loaded, kind: str, item_id: str) -> dict[str, Any]:
        """Every language's message for one item; KeyError if there is no such item."""
        renderers = {"topic": self._topic, "combo": self._combo, "service": self._service}
        if kind not in renderers:
            raise KeyError(f"unknown kind {kind!r} (topic, combo or service)")
        if loaded.library is None:
            raise KeyError("the content could not be loaded")
        render = renderers[kind](loaded, item_id)
        shown = []
        for lang in self.languages:
            tr = self.services.i18n.translator(lang)
            try:
                html, extra = render(lang, tr)
                view = telegram_view(html)
                view.update(extra)
            except Exception as exc:  # noqa: BLE001 - one broken language must not hide the rest
                view = {
                    "html": "",
                    "text": "",
                    "entities": [],
                    "length": 0,
                    "error": f"The renderer failed: {type(exc).__name__}: {exc}",
                }
            view["lang"] = lang
            shown.append(view)
        return {"version": loaded.version, "kind": kind, "id": item_id, "languages": shown}

    def _topic(self, loaded: Loaded, item_id: str):
        from bot.library.render import topic_message

        topic = loaded.library.topics.get(item_id)
        if topic is None:
            raise KeyError(f"no topic {item_id!r}")
        return lambda lang, tr: (topic_message(topic, lang, tr), {"status": topic.status})

    def _combo(self, loaded: Loaded, item_id: str):
        from bot.library.render import combo_message

        combo = next((c for c in loaded.library.combos if c.id == item_id), None)
        if combo is None:
            raise KeyError(f"no combination {item_id!r}")
        checker = loaded.checker

        def render(lang: str, tr: Any) -> tuple[str, dict[str, Any]]:
            names = []
            for part in (combo.a, combo.b):
                named = checker.named(part)
                names.append(checker.display_name(named, lang) if named else part)
            html = combo_message(names[0], names[1], combo, combo.risk, lang, tr)
            return html, {"status": combo.status}

        return render

    def _service(self, loaded: Loaded, item_id: str):
        from bot.directory.finder import Hit, render_service, units_for

        service = next((s for s in loaded.services if s.id == item_id), None)
        if service is None:
            raise KeyError(f"no service {item_id!r}")

        def render(lang: str, tr: Any) -> tuple[str, dict[str, Any]]:
            now = datetime.now(UTC)
            status = service.hours.status(now) if service.hours is not None else None
            html = render_service(Hit(service, None, status), 1, tr, units_for(lang), now)
            extra: dict[str, Any] = {}
            if service.has_point:
                extra["venue"] = {
                    "title": service.name(lang)[:128],
                    "address": (service.address_in(lang) or service.organization)[:256],
                    "location": {"latitude": service.lat, "longitude": service.lon},
                }
            return html, extra

        return render

    # -- routes ----------------------------------------------------------------------------
    async def version_route(self, request: web.Request) -> web.Response:
        loop = asyncio.get_running_loop()
        version = await loop.run_in_executor(None, fingerprint, self.content_dir)
        return web.json_response({"version": version})

    async def items_route(self, request: web.Request) -> web.Response:
        loaded = await self.current()
        return web.json_response(self.items(loaded, request.query.get("lang") or "en"))

    async def render_route(self, request: web.Request) -> web.Response:
        loaded = await self.current()
        try:
            result = self.render(loaded, request.query.get("kind", ""), request.query.get("id", ""))
        except KeyError as exc:
            return web.json_response({"error": str(exc).strip("'\"")}, status=404)
        return web.json_response(result)

    async def check_route(self, request: web.Request) -> web.Response:
        loaded = await self.current()
        problems = [
            {
                "file": p.file,
                "line": p.line,
                "column": p.column,
                "level": p.level,
                "message": p.message,
                "text": str(p),
            }
            for p in loaded.problems
        ]
        return web.json_response(
            {"version": loaded.version, "problems": problems, "load_error": loaded.load_error}
        )
