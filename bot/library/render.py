"""Texts the library shows, as Telegram HTML, always within the 4,096-character limit.

Pure functions of the content and a ``Translator``: the handlers only send what these return.
"""

from __future__ import annotations

from bot.i18n import N_, Translator
from bot.library import markdown
from bot.library.markdown import esc
from bot.library.model import Combo, Topic

RISK_LABELS = {
    "dangerous": N_("Dangerous"),
    "unsafe": N_("Unsafe"),
    "caution": N_("Caution"),
    "low-risk": N_("Low risk"),
    "unknown": N_("Unknown"),
}
RISK_MEANINGS = {
    "dangerous": N_("Serious risk of death or lasting harm: avoid this combination."),
    "unsafe": N_("Real risk of serious harm: avoid it, or take strong precautions."),
    "caution": N_("The risks add up: use lower doses, space them out, and don't use alone."),
    "low-risk": N_("No known dangerous interaction at ordinary doses; the effects may still add up."),
    "unknown": N_("Not enough evidence: treat this combination with caution."),
}
RISK_MARKS = {"dangerous": "⛔", "unsafe": "🔴", "caution": "🟠", "low-risk": "🟢", "unknown": "⚪"}

LANGUAGE_NAMES = {
    "en": N_("English"),
    "ru": N_("Russian"),
    "uk": N_("Ukrainian"),
    "es": N_("Spanish"),
}


def language_name(tr: Translator, lang: str) -> str:
    return tr._(LANGUAGE_NAMES[lang]) if lang in LANGUAGE_NAMES else lang


def fallback_note(tr: Translator, wanted: str, shown: str) -> str:
    if wanted == shown:
        return ""
    return "<i>" + esc(tr._("This is not written in {language} yet, so here it is in {shown}.",
                            language=language_name(tr, wanted), shown=language_name(tr, shown))) + "</i>"


def sources_block(topic_sources: tuple, label: str) -> str:
    if not topic_sources:
        return ""
    lines = [f"<b>{esc(label)}</b>"]
    for source in topic_sources:
        lines.append(f'• <a href="{esc(source.url)}">{esc(source.title)}</a>, {esc(source.publisher)}, {source.year}')
    return "\n".join(lines)


def topic_parts(topic: Topic, lang: str, sources_label: str, reviewed_line: str = "", note: str = "") -> list[str]:
    """The blocks of a topic message: note, title + summary, body blocks, sources."""
    _, tr = topic.translation(lang)
    blocks, _ = markdown.render(tr.body)
    head = f"<b>{esc(tr.title)}</b>\n<i>{esc(tr.summary)}</i>"
    tail = sources_block(topic.sources, sources_label)
    if reviewed_line:
        tail = (tail + "\n" if tail else "") + f"<i>{esc(reviewed_line)}</i>"
    return [note, head, *blocks, tail]


def topic_message(topic: Topic, lang: str, tr: Translator) -> str:
    """The full topic: title, summary, body, sources and review date, in one message."""
    shown, _ = topic.translation(lang)
    reviewed = tr._("Reviewed by peers: {date}", date=tr.date(topic.reviewed)) if topic.reviewed else ""
    parts = topic_parts(topic, lang, tr._("Sources"), reviewed, fallback_note(tr, lang, shown))
    parts = [p for p in parts if p]
    return markdown.fit(parts, keep_last=1)


def answer_message(topic: Topic, lang: str, tr: Translator, intro: str = "") -> str:
    """A short answer to a question: title and summary (the body is one button away)."""
    shown, translation = topic.translation(lang)
    parts = [
        esc(intro) if intro else "",
        fallback_note(tr, lang, shown),
        f"<b>{esc(translation.title)}</b>\n{esc(translation.summary)}",
    ]
    return markdown.fit([p for p in parts if p])


def emergency_message(topic: Topic | None, lang: str, tr: Translator, number_text: str) -> str:
    """Emergency number first, then the overdose steps in full."""
    first = "🚨 <b>" + esc(tr._("If someone may be overdosing: call {number} now.", number=number_text)) + "</b>"
    second = esc(tr._("Stay with them. Here is what to do while help is on the way:"))
    if topic is None:
        return markdown.fit([first, second])
    shown, translation = topic.translation(lang)
    blocks, _ = markdown.render(translation.body)
    note = fallback_note(tr, lang, shown)
    parts = [first, second, note, f"<b>{esc(translation.title)}</b>", *blocks]
    return markdown.fit([p for p in parts if p])


def combo_message(a_name: str, b_name: str, combo: Combo | None, risk: str, lang: str, tr: Translator,
                  worst_of: list[str] | None = None) -> str:
    """The answer for a pair. ``worst_of``: when a group (a class, a word with several meanings,
    a street mix) was asked about, the members whose combination gives this worst risk."""
    mark = RISK_MARKS.get(risk, "⚪")
    head = f"<b>{esc(a_name)} + {esc(b_name)}</b>\n{mark} <b>{esc(tr._(RISK_LABELS[risk]))}</b>: {esc(tr._(RISK_MEANINGS[risk]))}"
    parts = [head]
    if worst_of:
        parts.append("⚠️ " + esc(tr._("This is the worst case in the group, because of: {members}. If you know "
                                        "exactly what you have, ask about it by name.", members=", ".join(worst_of))))
    if combo is None:
        body = esc(tr._("I have no information about this combination. That does not mean it is safe: "
                        "use less of each, space them out, and don't use alone."))
        return markdown.fit([*parts, body])
    shown, note = combo.note(lang)
    blocks, _ = markdown.render(note)
    return markdown.fit([*parts, fallback_note(tr, lang, shown), *blocks, sources_block(combo.sources, tr._("Sources"))], keep_last=1)
