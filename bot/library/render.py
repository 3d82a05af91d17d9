"""Texts the library shows, as Telegram HTML, always within the 4,096-character limit.

Pure functions of the content and a ``Translator``: the handlers only send what these return.
"""

from __future__ import annotations

from bot.i18n import N_, Translator
from bot.library import markdown
from bot.library.markdown import esc
from bot.library.model import Combo, CountryNote, Topic

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
    "low-risk": N_(
        "No known dangerous interaction at ordinary doses; the effects may still add up."
    ),
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
    return (
        "<i>"
        + esc(
            tr._(
                "This is not written in {language} yet, so here it is in {shown}.",
                language=language_name(tr, wanted),
                shown=language_name(tr, shown),
            )
        )
        + "</i>"
    )


def _source_line(source) -> str:
    title = (
        f'<a href="{esc(source.url)}">{esc(source.title)}</a>' if source.url else esc(source.title)
    )
    return f"• {title}, {esc(source.publisher)}, {source.year}"


def sources_block(topic_sources: tuple, label: str) -> str:
    if not topic_sources:
        return ""
    lines = [f"<b>{esc(label)}</b>"]
    for source in topic_sources:
        lines.append(_source_line(source))
    return "\n".join(lines)


def country_name(country: str, lang: str) -> str:
    """The country's name in ``lang`` (CLDR, through babel), else its code."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang).territories.get(country) or country
    except (UnknownLocaleError, ValueError):
        return country


def country_block(
    topic: Topic, lang: str, tr: Translator, country: str | None, legal_aid: str = ""
) -> str:
    """Under the body: the note for the person's country; for a ``country_specific`` topic
    without one, a plain statement that this is general advice (plus a legal-aid contact)."""
    found = topic.country_note(lang, country)
    if found is not None:
        note_lang, note = found
        return country_note_text(note, lang, note_lang, tr)
    if not topic.country_specific:
        return ""
    if country:
        text = tr._(
            "I have no advice specific to {country} on this. Laws and services differ between "
            "countries; this is general advice.",
            country=country_name(country, lang),
        )
    else:
        text = tr._("Laws and services differ between countries; this is general advice.")
    block = "<i>" + esc(text) + "</i>"
    if legal_aid:
        block += "\n" + esc(tr._("Legal help nearby: {contact}", contact=legal_aid))
    return block


def country_note_text(note: CountryNote, lang: str, note_lang: str, tr: Translator) -> str:
    blocks, _ = markdown.render(note.text)
    head = "📍 <b>" + esc(tr._("In {country}:", country=country_name(note.country, lang))) + "</b>"
    lines = [head, *blocks]
    if note_lang != lang:
        lines.insert(1, fallback_note(tr, lang, note_lang))
    if note.sources:
        lines.append(
            "<i>"
            + esc(tr._("Sources"))
            + "</i>\n"
            + "\n".join(_source_line(s) for s in note.sources)
        )
    return "\n".join(lines)


# The authors' value for a topic written from its sources but not yet read by peers: the topic
# is shown (people need it now) and says so instead of "Reviewed by peers".
AWAITING_PEER_REVIEW = "drafted-awaiting-peer-review"


def review_line(topic: Topic, tr: Translator) -> str:
    """ "Reviewed by peers: <date>", or plainly that no peer has reviewed it yet."""
    if AWAITING_PEER_REVIEW in topic.authors:
        return tr._("Written from the sources below; not yet reviewed by peers.")
    return tr._("Reviewed by peers: {date}", date=tr.date(topic.reviewed)) if topic.reviewed else ""


def topic_parts(
    topic: Topic,
    lang: str,
    sources_label: str,
    reviewed_line: str = "",
    note: str = "",
    country: str = "",
) -> list[str]:
    """The blocks of a topic message: note, title + summary, body blocks, country block, sources."""
    _, tr = topic.translation(lang)
    blocks, _ = markdown.render(tr.body)
    head = f"<b>{esc(tr.title)}</b>\n<i>{esc(tr.summary)}</i>"
    tail = sources_block(topic.sources, sources_label)
    if reviewed_line:
        tail = (tail + "\n" if tail else "") + f"<i>{esc(reviewed_line)}</i>"
    return [note, head, *blocks, country, tail]


def topic_message(
    topic: Topic, lang: str, tr: Translator, country: str | None = None, legal_aid: str = ""
) -> str:
    """The full topic: title, summary, body, the person's country note (or "this is general
    advice" for a country-specific topic), sources and review date, in one message.

    When the whole does not fit in one Telegram message the body is cut, never the country
    note: it is the part about where the person is.
    """
    shown, _ = topic.translation(lang)
    reviewed = review_line(topic, tr)
    local = country_block(topic, lang, tr, country, legal_aid)
    parts = topic_parts(topic, lang, tr._("Sources"), reviewed, fallback_note(tr, lang, shown))
    parts = [p for p in parts if p]
    if local:
        # the note goes right under the body and is kept with the sources if the body is cut
        parts = parts[:-1] + [local + "\n\n" + parts[-1]] if parts else [local]
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
    first = (
        "🚨 <b>"
        + esc(tr._("If someone may be overdosing: call {number} now.", number=number_text))
        + "</b>"
    )
    second = esc(tr._("Stay with them. Here is what to do while help is on the way:"))
    if topic is None:
        return markdown.fit([first, second])
    shown, translation = topic.translation(lang)
    blocks, _ = markdown.render(translation.body)
    note = fallback_note(tr, lang, shown)
    parts = [first, second, note, f"<b>{esc(translation.title)}</b>", *blocks]
    return markdown.fit([p for p in parts if p])


def combo_message(
    a_name: str,
    b_name: str,
    combo: Combo | None,
    risk: str,
    lang: str,
    tr: Translator,
    worst_of: list[str] | None = None,
) -> str:
    """The answer for a pair. ``worst_of``: when a group (a class, a word with several meanings,
    a street mix) was asked about, the members whose combination gives this worst risk."""
    mark = RISK_MARKS.get(risk, "⚪")
    head = f"<b>{esc(a_name)} + {esc(b_name)}</b>\n{mark} <b>{esc(tr._(RISK_LABELS[risk]))}</b>: {esc(tr._(RISK_MEANINGS[risk]))}"
    parts = [head]
    if worst_of:
        parts.append(
            "⚠️ "
            + esc(
                tr._(
                    "This is the worst case in the group, because of: {members}. If you know "
                    "exactly what you have, ask about it by name.",
                    members=", ".join(worst_of),
                )
            )
        )
    if combo is None:
        body = esc(
            tr._(
                "I have no information about this combination. That does not mean it is safe: "
                "use less of each, space them out, and don't use alone."
            )
        )
        return markdown.fit([*parts, body])
    shown, note = combo.note(lang)
    blocks, _ = markdown.render(note)
    return markdown.fit(
        [
            *parts,
            fallback_note(tr, lang, shown),
            *blocks,
            sources_block(combo.sources, tr._("Sources")),
        ],
        keep_last=1,
    )
