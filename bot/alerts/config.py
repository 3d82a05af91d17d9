"""Settings of the alerts flow: ``Settings.alerts`` (bot/config.py parses them once, at start).

* ``HRBOT_INVITE_HOURS``: how long an invite link stays valid (default 48).
* ``HRBOT_REPORTS_PER_DAY``: reports one peer may submit per UTC day (default 5).
* ``HRBOT_APPROVALS``: approvals needed per severity, e.g. ``information=1,caution=1,warning=2``
  (default 1, and 2 for warnings).
* ``HRBOT_REPORT_TIMEOUT``: minutes of inactivity after which an unfinished report form closes
  (default 30).
* ``HRBOT_REVIEW_REPING_MINUTES``: while an urgent warning waits for approval, moderators who
  have not approved it are reminded this often (default 10).
* ``HRBOT_MODERATOR_CHAT_LANGUAGE``: the language of review messages in ``HRBOT_MODERATOR_CHAT``
  (default en); direct messages use each moderator's own language.
* ``HRBOT_ALERT_CHANNELS``: public channels that get each approved alert of their region,
  ``REGION=@channel:LANGUAGE`` separated by commas (see ``bot.alerts.channels``; default none).
* ``HRBOT_FONT_DIR``: where the DejaVu fonts for shareable alert pictures are (default: the
  system's folders, see ``bot.alerts.picture``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.alerts.channels import AlertChannel, parse_channels
from bot.alerts.model import SEVERITIES
from bot.config_error import ConfigError

DEFAULT_APPROVALS = {"information": 1, "caution": 1, "warning": 2}


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number (got {raw!r}).") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low:g} and {high:g} (got {raw!r}).")
    return value


def parse_approvals(raw: str | None) -> dict[str, int]:
    """``"information=1,caution=1,warning=2"`` -> per-severity counts (missing ones default)."""
    approvals = dict(DEFAULT_APPROVALS)
    if not raw or not raw.strip():
        return approvals
    for piece in raw.replace(";", ",").split(","):
        part = piece.strip()
        if not part:
            continue
        name, sep, count = part.partition("=")
        name = name.strip().lower()
        if not sep or name not in SEVERITIES:
            raise ConfigError(
                "HRBOT_APPROVALS must look like information=1,caution=1,warning=2 "
                f"(severities: {', '.join(SEVERITIES)}); {part!r} is not understood."
            )
        try:
            value = int(count.strip())
        except ValueError:
            raise ConfigError(
                f"HRBOT_APPROVALS: {count.strip()!r} is not a whole number."
            ) from None
        if not 1 <= value <= 10:
            raise ConfigError("HRBOT_APPROVALS: each count must be between 1 and 10.")
        approvals[name] = value
    return approvals


@dataclass(frozen=True)
class AlertSettings:
    invite_hours: float = 48.0
    reports_per_day: int = 5
    approvals: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_APPROVALS))
    report_timeout_s: float = 30 * 60.0
    moderator_chat_language: str = "en"
    review_reping_s: float = 10 * 60.0
    channels: tuple[AlertChannel, ...] = ()
    font_dir: Path | None = None

    @classmethod
    def parse(cls, env: Mapping[str, str]) -> AlertSettings:
        """The section from the merged environment and config file (see ``Settings.from_env``)."""
        font_dir = (env.get("HRBOT_FONT_DIR") or "").strip()
        return cls(
            invite_hours=_number(env, "HRBOT_INVITE_HOURS", 48.0, 0.01, 24 * 90),
            reports_per_day=int(_number(env, "HRBOT_REPORTS_PER_DAY", 5, 1, 1000)),
            approvals=parse_approvals(env.get("HRBOT_APPROVALS")),
            report_timeout_s=_number(env, "HRBOT_REPORT_TIMEOUT", 30, 1, 24 * 60) * 60.0,
            moderator_chat_language=(env.get("HRBOT_MODERATOR_CHAT_LANGUAGE") or "en").strip()
            or "en",
            review_reping_s=_number(env, "HRBOT_REVIEW_REPING_MINUTES", 10, 0.01, 24 * 60) * 60.0,
            channels=parse_channels(env.get("HRBOT_ALERT_CHANNELS")),
            font_dir=Path(font_dir) if font_dir else None,
        )

    def approvals_needed(self, severity: str) -> int:
        return self.approvals.get(severity, 1)
