"""The alert card: one alert rendered in one language as Telegram HTML.

The card is what subscribers receive and forward, so it is self-contained (what, where, how
sure, what to do, when) and carries no personal data: no reporter pseudonym, no ids.
Structured fields (severity, substances, evidence, form, colour, markings, effects seen, advice
chosen from the list) are translated. What a reporter or moderator typed is shown in the
reader's language when a moderator has translated it (``Alert.texts``); otherwise as typed,
escaped, under a plain label naming the language it was written in, so a reader is never left
guessing why a line is in another language. Corrections say field by field what changed (in
the reader's language) before the moderator's note; withdrawals are marked ℹ️.

The card never exceeds Telegram's 4,096 characters: free text is shortened first. With a
photo it goes as the caption when it fits in 1,024 characters; otherwise the photo and the
text go as two messages (``messages_needed``).
"""

from __future__ import annotations

import html
import re
from datetime import datetime, tzinfo

from babel import Locale, UnknownLocaleError

from bot.alerts.model import Alert, DeliveryKind
from bot.i18n import N_, Translator

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
# The longest a single free-text field is shown; shortened further if the card is too long.
FREE_TEXT_LIMIT = 700
KINDS = tuple(DeliveryKind)

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

FORM_LABELS = {
    "pills": N_("pills"),
    "powder": N_("powder"),
    "crystals": N_("crystals"),
    "liquid": N_("liquid"),
    "blotter": N_("blotter (paper)"),
    "other": N_("another form"),
}

COLOUR_LABELS = {
    "white": N_("white"),
    "beige": N_("beige"),
    "brown": N_("brown"),
    "grey": N_("grey"),
    "black": N_("black"),
    "pink": N_("pink"),
    "red": N_("red"),
    "orange": N_("orange"),
    "yellow": N_("yellow"),
    "green": N_("green"),
    "blue": N_("blue"),
    "purple": N_("purple"),
    "multicoloured": N_("several colours"),
    "clear": N_("colourless"),
}

IMPRINT_LABELS = {
    "none": N_("no markings"),
    "letters": N_("letters or numbers on it"),
    "logo": N_("a logo or picture on it"),
}

SIGN_LABELS = {
    "hard-to-wake": N_("hard to wake"),
    "slow-breathing": N_("slow or no breathing"),
    "blue-lips": N_("blue lips or fingertips"),
    "seizures": N_("seizures"),
    "overheating": N_("overheating"),
    "agitation": N_("agitation or paranoia"),
    "wounds": N_("wounds"),
    "stronger-than-usual": N_("much stronger than usual"),
}

# Field names as a correction lists them ("What changed").
CHANGE_LABELS = {
    "severity": N_("Urgency"),
    "evidence": N_("How sure"),
    "sold_as": N_("Sold as"),
    "found": N_("Found"),
    "found_free": N_("Found"),
    "look": N_("Looks like"),
    "appearance": N_("Looks like"),
    "signs": N_("Effects seen"),
    "effects": N_("Effects seen"),
    "advice": N_("What you can do"),
    "advice_free": N_("What you can do"),
    "expires_at": N_("Valid until"),
    "photo": N_("Photo"),
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

# Advice as a correction lists it (the card itself uses the full sentences above).
ADVICE_LABELS_SHORT = {
    "carry-naloxone": N_("carry naloxone"),
    "more-naloxone": N_("more naloxone may be needed"),
    "dont-use-alone": N_("don't use alone"),
    "start-low": N_("start low, go slow"),
    "test-your-drugs": N_("test your drugs"),
    "space-doses": N_("space out doses"),
    "avoid-mixing": N_("avoid mixing"),
    "wound-care": N_("look after wounds"),
    "stay-cool-hydrated": N_("stay cool, sip water"),
    "seek-help-early": N_("call for help early"),
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


def language_name(code: str, tr: Translator) -> str:
    """``code``'s name in the reader's language ("англійська" for en in Ukrainian)."""
    try:
        name = Locale.parse(code).get_language_name(tr.lang)
    except (UnknownLocaleError, ValueError, TypeError):
        return code
    return name or code


def _typed(alert: Alert, tr: Translator, name: str, limit: int, who: str = "reporter") -> str:
    """A free-text field for this reader: the moderators' translation into their language, the
    text itself when it was typed in their language, or else the text under a plain label that
    names the language it was typed in."""
    text = alert.free_text(name)
    translated = (alert.texts.get(name) or {}).get(tr.lang, "").strip()
    if translated:
        return "«{}» <i>({})</i>".format(
            esc(_shorten(translated, limit)), esc(tr._("translated by moderators"))
        )
    original = alert.original_lang(name)
    if not original or original == tr.lang:
        label = tr._("reporter's words") if who == "reporter" else tr._("moderators' words")
        return f"«{esc(_shorten(text, limit))}» <i>({esc(label)})</i>"
    language = language_name(original, tr)
    if who == "reporter":
        label = tr._("reporter's words (original language: {language})", language=language)
    else:
        label = tr._("moderators' words (original language: {language})", language=language)
    return f"<i>{esc(label)}</i> «{esc(_shorten(text, limit))}»"


def _words(tr: Translator, text: str, limit: int) -> str:
    """Free text exactly as typed (escaped, shortened), marked as the reporter's words."""
    return "«{}» <i>({})</i>".format(esc(_shorten(text, limit)), esc(tr._("reporter's words")))


def _label(tr: Translator, table: dict[str, str], code: str) -> str:
    value = table.get(code)
    return tr._(value) if value else code


def _look(alert: Alert, tr: Translator, limit: int) -> str:
    """Form, colour and markings (translated), then the reporter's own words if any."""
    parts = []
    if alert.form:
        parts.append(_label(tr, FORM_LABELS, alert.form))
    if alert.colour:
        parts.append(_label(tr, COLOUR_LABELS, alert.colour))
    if alert.imprint:
        parts.append(_label(tr, IMPRINT_LABELS, alert.imprint))
    value = esc(", ".join(parts))
    if alert.appearance.strip():
        extra = _typed(alert, tr, "appearance", limit)
        value = f"{value}; {extra}" if value else extra
    return value


def _signs(alert: Alert, tr: Translator, limit: int) -> str:
    value = esc(", ".join(_label(tr, SIGN_LABELS, code) for code in alert.signs))
    if alert.effects.strip():
        extra = _typed(alert, tr, "effects", limit)
        value = f"{value}; {extra}" if value else extra
    return value


def _line(label: str, value_html: str) -> str:
    return f"<b>{esc(label)}:</b> {value_html}"


def _sold_as(alert: Alert, tr: Translator, limit: int) -> str:
    if alert.sold_as_free:
        return _typed(alert, tr, "sold_as", min(limit, 200))
    return esc(substance_label(tr, alert.sold_as))


def _found(alert: Alert, tr: Translator, limit: int) -> str:
    parts = [esc(substance_label(tr, code)) for code in alert.found]
    value = ", ".join(parts)
    if alert.found_free.strip():
        extra = _typed(alert, tr, "found_free", limit)
        value = f"{value}; {extra}" if value else extra
    return value or esc(tr._("not stated"))


def _dates(alert: Alert, tr: Translator, tz: tzinfo | None) -> str:
    issued = _local(alert.created_at, tz)
    expires = _local(alert.expires_at, tz)
    return esc(
        _end(
            tr._(
                "Issued {issued}, valid until {expires}.",
                issued=tr.date(issued.date(), "long"),
                expires=tr.date(expires.date(), "long"),
            )
        )
    )


def _end(text: str) -> str:
    """One final full stop (a date such as Russian "27 ноября 2026 г." brings its own)."""
    return text[:-1] if text.endswith("..") else text


def _local(when: datetime, tz: tzinfo | None) -> datetime:
    return when.astimezone(tz) if tz is not None and when.tzinfo is not None else when


def _body(
    alert: Alert, tr: Translator, region_name: str, limit: int, tz: tzinfo | None
) -> list[str]:
    icon, headline = SEVERITY_HEADLINES.get(alert.severity, SEVERITY_HEADLINES["information"])
    lines = [f"{icon} <b>{esc(tr._(headline))}</b>", f"📍 <b>{esc(region_name)}</b>", ""]
    lines.append(_line(tr._("Sold as"), _sold_as(alert, tr, limit)))
    lines.append(_line(tr._("Found"), _found(alert, tr, limit)))
    evidence = EVIDENCE_LABELS.get(alert.evidence)
    lines.append(_line(tr._("How sure"), esc(tr._(evidence) if evidence else alert.evidence)))
    look = _look(alert, tr, limit)
    if look:
        lines.append(_line(tr._("Looks like"), look))
    signs = _signs(alert, tr, limit)
    if signs:
        lines.append(_line(tr._("Effects seen"), signs))
    advice = [esc(tr._(ADVICE_TEXTS[code])) for code in alert.advice if code in ADVICE_TEXTS]
    if alert.advice_free.strip():
        advice.append(_typed(alert, tr, "advice_free", limit))
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
    changed = _changes(alert, tr)
    if changed:
        lines.append("<b>{}:</b>".format(esc(tr._("What changed"))))
        lines += [f"• {item}" for item in changed]
    if alert.correction.strip():
        lines.append(
            _line(tr._("Moderators' note"), _typed(alert, tr, "correction", limit, "moderators"))
        )
    lines += [esc(tr._("The corrected alert:")), ""]
    return lines


def _sold_as_plain(alert: Alert, tr: Translator) -> str:
    """What it was sold as, in a sentence: never words in another language inside a sentence."""
    if not alert.sold_as_free:
        return substance_label(tr, alert.sold_as)
    translated = (alert.texts.get("sold_as") or {}).get(tr.lang, "").strip()
    if translated:
        return translated
    if alert.source_lang in ("", tr.lang):
        return alert.sold_as
    return ", ".join(substance_label(tr, code) for code in alert.found) or tr._("a drug")


def _codes(tr: Translator, table: dict[str, str], codes: object) -> str:
    items = codes if isinstance(codes, list) else [codes]
    return ", ".join(_label(tr, table, str(c)) for c in items if c) or "—"


def _changes(alert: Alert, tr: Translator) -> list[str]:
    """What the latest correction changed, one line per field, in the reader's language."""
    lines: list[str] = []
    seen: set[str] = set()
    for name, before in alert.changes.items():
        title = CHANGE_LABELS.get(name)
        if title is None or tr._(title) in seen:
            continue
        seen.add(tr._(title))
        head = f"<b>{esc(tr._(title))}</b>"
        if name == "severity":
            was = SEVERITY_HEADLINES.get(str(before), ("", ""))[1]
            now = SEVERITY_HEADLINES.get(alert.severity, ("", ""))[1]
            lines.append(
                esc(
                    tr._(
                        "{field}: now “{new}” (was “{old}”)",
                        field="\0",
                        new=tr._(now),
                        old=tr._(was) if was else "—",
                    )
                ).replace("\0", head)
            )
        elif name == "evidence":
            old_label = EVIDENCE_LABELS.get(str(before))
            new_label = EVIDENCE_LABELS.get(alert.evidence)
            lines.append(
                esc(
                    tr._(
                        "{field}: now “{new}” (was “{old}”)",
                        field="\0",
                        new=tr._(new_label) if new_label else alert.evidence,
                        old=tr._(old_label) if old_label else "—",
                    )
                ).replace("\0", head)
            )
        elif name in ("found", "signs", "advice"):
            table = {
                "found": SUBSTANCE_LABELS,
                "signs": SIGN_LABELS,
                "advice": ADVICE_LABELS_SHORT,
            }[name]
            old = set(before) if isinstance(before, list) else set()
            new = set(getattr(alert, name))
            added = [c for c in getattr(alert, name) if c not in old]
            removed = [c for c in (before if isinstance(before, list) else []) if c not in new]
            parts = []
            if added:
                parts.append(tr._("added: {items}", items=_codes(tr, table, added)))
            if removed:
                parts.append(tr._("removed: {items}", items=_codes(tr, table, removed)))
            lines.append(head + ": " + esc("; ".join(parts) or tr._("changed")))
        elif name == "look":
            now_look = [
                _label(tr, table, code)
                for table, code in (
                    (FORM_LABELS, alert.form),
                    (COLOUR_LABELS, alert.colour),
                    (IMPRINT_LABELS, alert.imprint),
                )
                if code
            ]
            lines.append(
                head
                + ": "
                + esc(
                    tr._("now: {items}", items=", ".join(now_look)) if now_look else tr._("changed")
                )
            )
        elif name == "expires_at":
            lines.append(
                head
                + ": "
                + esc(tr._("now until {date}", date=tr.date(alert.expires_at.date(), "long")))
            )
        elif name == "photo":
            lines.append(head + ": " + esc(tr._("removed")))
        else:
            lines.append(head + ": " + esc(tr._("changed")))
    return lines


def _retraction(
    alert: Alert, tr: Translator, region_name: str, limit: int, tz: tzinfo | None
) -> list[str]:
    lines = [
        # ℹ️, not ✅: a withdrawal is information, not good news (a tick reads as "all clear").
        "ℹ️ <b>{}</b>".format(esc(tr._("Alert withdrawn"))),
        "",
        esc(
            _end(
                tr._(
                    "Moderators have withdrawn the alert about {sold_as} in {region} issued on {issued}.",
                    sold_as=_shorten(_sold_as_plain(alert, tr), 200),
                    region=region_name,
                    issued=tr.date(_local(alert.created_at, tz).date(), "long"),
                )
            )
        ),
    ]
    if alert.correction.strip():
        lines.append(_line(tr._("Why"), _typed(alert, tr, "correction", limit, "moderators")))
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
    alert: Alert,
    tr: Translator,
    region_name: str,
    kind: DeliveryKind = DeliveryKind.ALERT,
    tz: tzinfo | None = None,
) -> str:
    """The card for ``alert`` in ``tr``'s language (Telegram HTML, at most 4,096 characters).

    ``kind`` is ``alert``, ``correction`` (the moderator's note, then the corrected alert) or
    ``retraction``. ``tz`` (the region's time zone) is used for the dates when given.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown card kind {kind!r}")
    limit = FREE_TEXT_LIMIT
    while True:
        if kind == DeliveryKind.RETRACTION:
            lines = _retraction(alert, tr, region_name, limit, tz)
        elif kind == DeliveryKind.CORRECTION:
            lines = _correction_head(alert, tr, limit) + _body(alert, tr, region_name, limit, tz)
        else:
            lines = _body(alert, tr, region_name, limit, tz)
            if alert.version > 1 and alert.correction.strip():
                lines.insert(
                    3,
                    _line(tr._("Corrected"), _typed(alert, tr, "correction", limit, "moderators")),
                )
        text = "\n".join(lines)
        if len(text) <= MESSAGE_LIMIT or limit <= 40:
            return text[:MESSAGE_LIMIT] if len(text) > MESSAGE_LIMIT else text
        limit = limit * 2 // 3
