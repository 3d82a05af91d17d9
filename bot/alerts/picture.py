"""A shareable picture of an alert: a PNG readable on a phone, in one language.

People forward warnings in other messengers and print them for drop-in centres. The picture
carries what the card carries (headline, place, what was sold and found, how sure, what to do,
dates) and nothing personal: no reporter, no moderator, no ids. It is drawn with Pillow and
DejaVu Sans (Debian's ``fonts-dejavu-core``, which covers Latin and Cyrillic); without that
font no picture is offered rather than one with empty boxes for letters.
"""

from __future__ import annotations

import html
import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.alerts.card import render_card
from bot.alerts.model import Alert, AlertState, DeliveryKind
from bot.i18n import Translator

WIDTH = 1080
MARGIN = 64
FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)
COLOURS = {  # header band and its text, per severity (contrast >= 4.5:1)
    "warning": ((176, 0, 32), (255, 255, 255)),
    "caution": ((255, 179, 0), (20, 20, 20)),
    "information": ((21, 101, 192), (255, 255, 255)),
}
_TAG = re.compile(r"<[^>]+>")
# Emoji are not in DejaVu: the colour band says the severity instead.
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u2139]")


class PictureUnavailable(RuntimeError):
    """No font that covers the alphabets we need (install fonts-dejavu-core)."""


_FONT_DIR: Path | None = None  # settings.alerts.font_dir (HRBOT_FONT_DIR), before the system's


def use_font_dir(folder: Path | None) -> None:
    """Look for the fonts in ``folder`` first (the alerts feature calls this at start)."""
    global _FONT_DIR
    if folder != _FONT_DIR:
        _FONT_DIR = folder
        _font_path.cache_clear()


@lru_cache(maxsize=4)
def _font_path(bold: bool) -> str:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    override = str(_FONT_DIR) if _FONT_DIR is not None else None
    for folder in ((override,) if override else ()) + FONT_DIRS:
        path = Path(folder) / name
        if path.is_file():
            return str(path)
    raise PictureUnavailable(
        "DejaVu Sans was not found; install fonts-dejavu-core (or set HRBOT_FONT_DIR)"
    )


def available() -> bool:
    try:
        _font_path(False)
        _font_path(True)
    except PictureUnavailable:
        return False
    return True


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    return ImageFont.truetype(_font_path(bold), size)


def _wrap(draw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=font) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def card_lines(
    alert: Alert, tr: Translator, region_name: str, kind: DeliveryKind = DeliveryKind.ALERT
) -> list[tuple[str, bool]]:
    """The card's lines as plain text, each with whether it is a heading (bold)."""
    card = render_card(alert, tr, region_name, kind)
    out: list[tuple[str, bool]] = []
    for raw in card.split("\n"):
        bare = _EMOJI.sub("", raw).strip()
        bold = bare.startswith("<b>") and bare.endswith("</b>") and bare.count("<b>") == 1
        text = _EMOJI.sub("", html.unescape(_TAG.sub("", raw))).strip()
        out.append((text, bold))
    return out


def render_png(alert: Alert, tr: Translator, region_name: str, footer: str = "") -> bytes:
    """The alert as a PNG (1080 px wide, as tall as the text needs)."""
    from PIL import Image, ImageDraw

    kind = DeliveryKind.RETRACTION if alert.state == AlertState.RETRACTED else DeliveryKind.ALERT
    lines = card_lines(alert, tr, region_name, kind)
    head, body = lines[0][0], lines[1:]
    band, band_text = COLOURS.get(alert.severity, COLOURS["information"])
    if kind == DeliveryKind.RETRACTION:
        band, band_text = COLOURS["information"]
    big, bold, regular, small = _font(56, True), _font(36, True), _font(36), _font(28)
    scratch = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    inner = WIDTH - 2 * MARGIN
    head_lines = _wrap(scratch, head, big, inner)
    blocks: list[tuple[str, Any, int]] = []  # (text, font, height)
    for text, is_heading in body:
        if not text:
            blocks.append(("", regular, 24))
            continue
        font = bold if is_heading else regular
        for line in _wrap(scratch, text, font, inner):
            blocks.append((line, font, 48))
    if footer:
        blocks.append(("", regular, 24))
        for line in _wrap(scratch, footer, small, inner):
            blocks.append((line, small, 38))
    band_height = 2 * MARGIN // 2 + 70 * len(head_lines)
    height = band_height + MARGIN + sum(h for _, _, h in blocks) + MARGIN
    image = Image.new("RGB", (WIDTH, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, band_height), fill=band)
    y = MARGIN // 2
    for line in head_lines:
        draw.text((MARGIN, y), line, font=big, fill=band_text)
        y += 70
    y = band_height + MARGIN // 2
    for text, font, h in blocks:
        if text:
            draw.text((MARGIN, y), text, font=font, fill=(20, 20, 20))
        y += h
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
