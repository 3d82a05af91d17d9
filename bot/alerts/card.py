"""The alert card: one alert rendered in one language as Telegram HTML.

The card is what subscribers receive and forward, so it is self-contained (what, where, how
sure, what to do, when) and carries no personal data: no reporter pseudonym, no ids.
Structured fields (severity, substances, evidence, advice chosen from the list) are translated;
what a reporter or moderator typed is shown as typed, escaped, and marked as their words.
Corrections and retractions have their own cards that quote the moderator's note.

The card never exceeds Telegram's 4,096 characters: free text is shortened first. With a
photo it goes as the caption when it fits in 1,024 characters; otherwise the photo and the
text go as two messages (``messages_needed``).
"""

from __future__ import annotations

import html
import re
from datetime import datetime, tzinfo

from bot.alerts.model import Alert
from bot.i18n import N_, Translator

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
# The longest a single free-text field is shown; shortened further if the card is too long.
FREE_TEXT_LIMIT = 700
KINDS = ("alert", "correction", "retraction")

SEVERITY_HEADLINES = {
    "information": ("ℹ️", N_("Drug information")),
    "caution": ("⚠️", N_("Caution: drug alert")),
    "warning": ("🚨", N_("URGENT WARNING: dangerous drugs")),
}

SUBSTANCE_LABELS = {
    "fentanyl": N_("fentanyl"),
    "fentanyl-analogues": N_("fentanyl analogues"),
    "carfentanil": N_("carfentanil"),
    "nitazenes": N_("nitazenes"),
    "xylazine": N_("xylazine"),
    "medetomidine": N_("medetomidine"),
    "bromazolam": N_("bromazolam"),
    "benzodiazepines": N_("benzodiazepines"),
    "levamisole": N_("levamisole"),
    "pmma": N_("PMMA"),
    "high-dose-mdma": N_("high-dose MDMA"),
    "cathinones": N_("synthetic cathinones"),
    "synthetic-cannabinoids": N_("synthetic cannabinoids"),
    "ketamine": N_("ketamine"),
    "methamphetamine": N_("methamphetamine"),
    "cocaine": N_("cocaine"),
    "heroin": N_("heroin"),
    "mdma": N_("MDMA"),
    "unknown": N_("an unidentified substance"),
}

# Evidence shown as how sure we are, strongest first (model.EVIDENCE order).
EVIDENCE_LABELS = {
    "lab": N_("High confidence: confirmed by laboratory analysis"),
    "ftir": N_("High confidence: confirmed by an FTIR drug-checking test"),
    "test-strip": N_("Medium confidence: a test strip result"),
    "reagent": N_("Medium confidence: a reagent test result"),
    "overdose-cluster": N_("Lower confidence: several overdoses seen, not confirmed by a test yet"),
    "peer-report": N_("Lower confidence: one peer's report, not confirmed by a test yet"),
}

ADVICE_TEXTS = {
    "carry-naloxone": N_("Carry naloxone and make sure the people around you know how to use it."),
    "more-naloxone": N_(
        "More than one dose of naloxone may be needed. Call emergency services and keep giving "
        "rescue breaths."
    ),
    "dont-use-alone": N_("Don't use alone. If you do, ask someone to check on you."),
    "start-low": N_("Start with a much smaller amount than usual and go slow."),
    "test-your-drugs": N_("Test your drugs if you can (drug checking, test strips)."),
    "space-doses": N_("Wait longer between doses: effects may be stronger or last longer."),
    "avoid-mixing": N_("Avoid mixing with alcohol, benzodiazepines or other drugs."),
    "wound-care": N_(
        "Look after wounds early: keep them clean and covered, and get care if they grow or look "
        "infected."
    ),
    "stay-cool-hydrated": N_("Take breaks, stay cool and sip water."),
    "seek-help-early": N_(
        "If someone is very drowsy, cannot be woken or breathes badly, call emergency services "
        "right away."
    ),
}

_TAG = re.compile(r"<[^>]*>")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _shorten(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


def plain_length(card_html: str) -> int:
    """The length Telegram counts (text after parsing the markup, in UTF-16 code units)."""
    text = html.unescape(_TAG.sub("", card_html))
    return len(text.encode("utf-16-le")) // 2


def caption_fits(card_html: str) -> bool:
    return plain_length(card_html) <= CAPTION_LIMIT


def messages_needed(card_html: str, photo_file_id: str | None) -> int:
    """How many messages delivering this card takes (photo + text when the caption is too long)."""
    return 2 if photo_file_id and not caption_fits(card_html) else 1


def substance_label(tr: Translator, code: str) -> str:
    label = SUBSTANCE_LABELS.get(code)
    return tr._(label) if label else code


def _words(tr: Translator, text: str, limit: int) -> str:
    """Free text exactly as typed (escaped, shortened), marked as the reporter's words."""
    return "«{}» <i>({})</i>".format(esc(_shorten(text, limit)), esc(tr._("reporter's words")))


def _moderator_words(tr: Translator, text: str, limit: int) -> str:
    return "«{}» <i>({})</i>".format(esc(_shorten(text, limit)), esc(tr._("moderators' words")))


def _line(label: str, value_html: str) -> str:
    return f"<b>{esc(label)}:</b> {value_html}"


def _sold_as(alert: Alert, tr: Translator, limit: int) -> str:
    if alert.sold_as_free:
        return _words(tr, alert.sold_as, min(limit, 200))
    return esc(substance_label(tr, alert.sold_as))


def _found(alert: Alert, tr: Translator, limit: int) -> str:
    parts = [esc(substance_label(tr, code)) for code in alert.found]
    value = ", ".join(parts)
    if alert.found_free.strip():
        extra = _words(tr, alert.found_free, limit)
        value = f"{value}; {extra}" if value else extra
    return value or esc(tr._("not stated"))


def _dates(alert: Alert, tr: Translator, tz: tzinfo | None) -> str:
    issued = _local(alert.created_at, tz)
    expires = _local(alert.expires_at, tz)
    return esc(
        _end(tr._(
            "Issued {issued}, valid until {expires}.",
            issued=tr.date(issued.date(), "long"),
            expires=tr.date(expires.date(), "long"),
        ))
    )


def _end(text: str) -> str:
    """One final full stop (a date such as Russian "27 ноября 2026 г." brings its own)."""
    return text[:-1] if text.endswith("..") else text


def _local(when: datetime, tz: tzinfo | None) -> datetime:
    return when.astimezone(tz) if tz is not None and when.tzinfo is not None else when


def _body(alert: Alert, tr: Translator, region_name: str, limit: int, tz: tzinfo | None) -> list[str]:
    icon, headline = SEVERITY_HEADLINES.get(alert.severity, SEVERITY_HEADLINES["information"])
    lines = [f"{icon} <b>{esc(tr._(headline))}</b>", f"📍 <b>{esc(region_name)}</b>", ""]
    lines.append(_line(tr._("Sold as"), _sold_as(alert, tr, limit)))
    lines.append(_line(tr._("Found"), _found(alert, tr, limit)))
    evidence = EVIDENCE_LABELS.get(alert.evidence)
    lines.append(_line(tr._("How sure"), esc(tr._(evidence) if evidence else alert.evidence)))
    if alert.appearance.strip():
        lines.append(_line(tr._("Looks like"), _words(tr, alert.appearance, limit)))
    if alert.effects.strip():
        lines.append(_line(tr._("Effects seen"), _words(tr, alert.effects, limit)))
    advice = [esc(tr._(ADVICE_TEXTS[code])) for code in alert.advice if code in ADVICE_TEXTS]
    if alert.advice_free.strip():
        advice.append(_words(tr, alert.advice_free, limit))
    if advice:
        heading = tr._("What you can do")
        lines += ["", f"<b>{esc(heading)}</b>"]
        lines += [f"• {item}" for item in advice]
    lines += [
        "",
        "<i>{}</i>".format(
            esc(
                tr._(
                    "A test that finds nothing does not mean a drug is safe: tests miss things, "
                    "and strength varies within one batch."
                )
            )
        ),
        _dates(alert, tr, tz),
    ]
    return lines


def _correction_head(alert: Alert, tr: Translator, limit: int) -> list[str]:
    lines = [
        "✏️ <b>{}</b>".format(esc(tr._("Correction to an alert you received"))),
    ]
    if alert.correction.strip():
        lines.append(_line(tr._("What changed"), _moderator_words(tr, alert.correction, limit)))
    lines += [esc(tr._("The corrected alert:")), ""]
    return lines


def _retraction(alert: Alert, tr: Translator, region_name: str, limit: int, tz: tzinfo | None) -> list[str]:
    lines = [
        # ℹ️, not ✅: a withdrawal is information, not good news (a tick reads as "all clear").
        "ℹ️ <b>{}</b>".format(esc(tr._("Alert withdrawn"))),
        "",
        esc(
            _end(tr._(
                "Moderators have withdrawn the alert about {sold_as} in {region} issued on {issued}.",
                sold_as=_shorten(
                    alert.sold_as if alert.sold_as_free else substance_label(tr, alert.sold_as), 200
                ),
                region=region_name,
                issued=tr.date(_local(alert.created_at, tz).date(), "long"),
            ))
        ),
    ]
    if alert.correction.strip():
        lines.append(_line(tr._("Why"), _moderator_words(tr, alert.correction, limit)))
    lines += [
        "",
        "<i>{}</i>".format(
            esc(
                tr._(
                    "Please still take care: any drug can be stronger or different than expected. "
                    "A test that finds nothing does not mean a drug is safe."
                )
            )
        ),
    ]
    return lines


def render_card(
    alert: Alert, tr: Translator, region_name: str, kind: str = "alert", tz: tzinfo | None = None
) -> str:
    """The card for ``alert`` in ``tr``'s language (Telegram HTML, at most 4,096 characters).

    ``kind`` is ``alert``, ``correction`` (the moderator's note, then the corrected alert) or
    ``retraction``. ``tz`` (the region's time zone) is used for the dates when given.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown card kind {kind!r}")
    limit = FREE_TEXT_LIMIT
    while True:
        if kind == "retraction":
            lines = _retraction(alert, tr, region_name, limit, tz)
        elif kind == "correction":
            lines = _correction_head(alert, tr, limit) + _body(alert, tr, region_name, limit, tz)
        else:
            lines = _body(alert, tr, region_name, limit, tz)
            if alert.version > 1 and alert.correction.strip():
                lines.insert(
                    3, _line(tr._("Corrected"), _moderator_words(tr, alert.correction, limit))
                )
        text = "\n".join(lines)
        if len(text) <= MESSAGE_LIMIT or limit <= 40:
            return text[:MESSAGE_LIMIT] if len(text) > MESSAGE_LIMIT else text
        limit = limit * 2 // 3

