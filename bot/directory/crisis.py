"""The crisis reply: warm, short, and a real way to talk to someone now.

For a message about wanting to die or to hurt oneself (``bot.library.crisis.is_crisis``). The
local crisis lines come from ``content/numbers.yaml`` (``Regions.crisis_lines``); a line nobody
has checked yet says so. Where no line is listed (or the country is unknown), the reply gives
the emergency number. Either way it offers a peer, in this chat, anonymously.
"""

from __future__ import annotations

import html

from bot.directory.regions import CrisisLine
from bot.i18n import N_, Translator

HEAD = N_(
    "💛 Thank you for telling me. I'm glad you wrote, and I'm here with you. You don't have to "
    "go through this alone."
)
# Only what the content states: whether a line is open now or free is its ``hours`` (shown beside
# it), never promised for every line here (Kazakhstan's 150 and Poland's 116 123 have no hours)
LINES_INTRO = N_("You can call and talk to someone:")
LINE = N_("📞 {name}: <b>{number}</b>")
LINE_HOURS = N_("({hours})")
LINE_NO_HOURS = N_("(hours not known)")
LINE_UNCHECKED = N_("(this number has not been checked by us yet)")
DANGER_KNOWN = N_("If you are in danger right now, or might act on these thoughts, call {number}.")
DANGER_UNKNOWN = N_(
    "If you are in danger right now, or might act on these thoughts, call your local emergency "
    "number (112 in the EU and many other countries, 911 in the US, Canada and Mexico)."
)
# A country with no crisis line listed (Belarus: the national line found is for children): say
# so, rather than let the emergency number look like the crisis line
NO_LINE = N_("I don't know a crisis line in {country} yet.")
PEER = N_("A peer, someone with lived experience, can also talk with you here, anonymously.")
PEER_SENT = N_("I passed your message on to peers as urgent; a peer will write to you here.")

MAX_LINES = 3


def line_text(tr: Translator, line: CrisisLine) -> str:
    """One crisis line as the replies show it (Telegram HTML): name, number, hours, and
    whether nobody has checked the number yet."""
    text = tr._(LINE, name=html.escape(line.name(tr.lang)), number=html.escape(line.number))
    hours = line.hours_text(tr.lang)
    if hours:
        text += " " + tr._(LINE_HOURS, hours=html.escape(hours))
    else:
        text += " " + tr._(LINE_NO_HOURS)
    if line.unchecked:
        text += " " + tr._(LINE_UNCHECKED)
    return text


def crisis_reply(
    tr: Translator,
    lines: list[CrisisLine],
    emergency_number: str | None,
    sent_to_peer: bool = False,
    country: str | None = None,
) -> str:
    """The crisis reply (Telegram HTML). ``emergency_number`` is the number(s) to call in the
    person's country as text ("112 or 103"), or None when the country is unknown; ``country``
    its name, said when no crisis line is listed there."""
    parts = [tr._(HEAD)]
    if lines:
        shown = [line_text(tr, line) for line in lines[:MAX_LINES]]
        parts.append(tr._(LINES_INTRO) + "\n" + "\n".join(shown))
    elif country:
        parts.append(tr._(NO_LINE, country=html.escape(country)))
    if emergency_number:
        bold = "<b>" + html.escape(emergency_number) + "</b>"
        parts.append(tr._(DANGER_KNOWN, number=bold))
    else:
        parts.append(tr._(DANGER_UNKNOWN))
    parts.append(tr._(PEER_SENT) if sent_to_peer else tr._(PEER))
    return "\n\n".join(parts)
