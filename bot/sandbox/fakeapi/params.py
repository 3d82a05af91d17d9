"""Request parameters of Bot API calls: reading every encoding Telegram accepts, and
coercing values the way Telegram does (form fields arrive as strings, objects as JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web


class ApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code": code, "description": ...}``."""

    def __init__(self, code: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        """The JSON body Telegram sends for this error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(description: str) -> ApiError:
    """A 400 error with Telegram's ``Bad Request: `` prefix."""
    return ApiError(400, f"Bad Request: {description}")


@dataclass(frozen=True, slots=True)
class Upload:
    """A file sent in a multipart request."""

    filename: str
    content_type: str
    data: bytes


_MISSING_MESSAGES = {
    "chat_id": "chat_id is empty",
    "text": "message text is empty",
    "message_id": "message identifier is not specified",
    "callback_query_id": "query is too old and response timeout expired or query ID is invalid",
}


class Params:
    """The parameters of one call, with typed accessors that answer like Telegram on bad input."""

    __slots__ = ("decoded", "raw")

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.decoded: dict[str, Any] = {}

    def has(self, name: str) -> bool:
        """Whether the parameter was given with a non-empty value."""
        return self.raw.get(name) not in (None, "")

    def missing(self, name: str) -> ApiError:
        """The error Telegram gives when a required parameter is absent."""
        return bad_request(_MISSING_MESSAGES.get(name, f"parameter {name} is required"))

    def string(self, name: str, default: str | None = None) -> str | None:
        """A string parameter (numbers in JSON bodies are turned into strings)."""
        value = self.raw.get(name)
        if value is None:
            return default
        if isinstance(value, Upload):
            raise bad_request(f"parameter {name} must be a string")
        return value if isinstance(value, str) else json.dumps(value)

    def req_string(self, name: str) -> str:
        """A required, non-empty string parameter."""
        value = self.string(name)
        if not value:
            raise self.missing(name)
        return value

    def integer(self, name: str, default: int | None = None) -> int | None:
        """An integer parameter; ``"12"`` and ``12`` are both accepted."""
        value = self.raw.get(name)
        if value in (None, ""):
            return default
        if isinstance(value, bool) or not isinstance(value, int | str | float):
            raise bad_request(f"invalid {name} specified")
        try:
            return int(value)
        except ValueError:
            raise bad_request(f"invalid {name} specified") from None

    def req_integer(self, name: str) -> int:
        """A required integer parameter."""
        value = self.integer(name)
        if value is None:
            raise self.missing(name)
        return value

    def number(self, name: str, default: float | None = None) -> float | None:
        """A floating point parameter."""
        value = self.raw.get(name)
        if value in (None, ""):
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        """A boolean parameter: true for ``true``/``True``/``1``."""
        value = self.raw.get(name)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1")
        return bool(value)

    def obj(self, name: str) -> Any:
        """An object parameter: JSON-encoded in form fields, or already decoded in JSON bodies."""
        if name in self.decoded:
            return self.decoded[name]
        value = self.raw.get(name)
        if isinstance(value, str):
            if not value:
                return None
            try:
                value = json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {name} JSON object") from None
        self.decoded[name] = value
        return value

    def chat_id(self, name: str = "chat_id") -> int | str:
        """A chat identifier: an integer, or a ``@username`` string."""
        value = self.raw.get(name)
        if value in (None, ""):
            raise self.missing(name)
        if isinstance(value, str) and value.startswith("@"):
            return value
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None

    def file(self, name: str) -> Upload | str | None:
        """A file parameter: an upload (also via ``attach://<field>``), a file_id or a URL."""
        value = self.raw.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = self.raw.get(value.removeprefix("attach://"))
            if not isinstance(value, Upload):
                raise bad_request(f"wrong attach reference for {name}")
        return value if isinstance(value, Upload | str) and value != "" else None

    def record(self) -> dict[str, Any]:
        """The parameters for ``api.calls``: objects decoded, uploads summarised."""
        record = {**self.raw, **self.decoded}
        for key, value in record.items():
            if isinstance(value, Upload):
                record[key] = {"upload": value.filename, "size": len(value.data)}
        return record


async def read_params(request: web.Request) -> Params:
    """Merge the query string and the body (JSON, urlencoded or multipart) of a call."""
    raw: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON request body") from None
            if not isinstance(body, dict):
                raise bad_request("JSON request body must be an object")
            raw.update(body)
        else:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    raw[key] = Upload(value.filename, value.content_type, value.file.read())
                else:
                    raw[key] = value
    return Params(raw)
