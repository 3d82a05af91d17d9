"""The alert card: translated, valid Telegram HTML, within limits, free text escaped and marked."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.alerts.card import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    caption_fits,
    messages_needed,
    plain_length,
    render_card,
)
from bot.alerts.model import ADVICE, EVIDENCE, SEVERITIES, SUBSTANCES, Alert
from bot.i18n import REQUIRED_LANGUAGES, I18n
from bot.sandbox.tghtml import parse_html, utf16_len

NOW = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


def make_alert(**changes: object) -> Alert:
    alert = Alert(
        id=7,
        state="approved",
        severity="warning",
        region_id="ua-kyiv-city",
        sold_as="heroin",
        sold_as_free=False,
        found=["fentanyl", "xylazine"],
        found_free="",
        evidence="ftir",
        appearance="beige powder, small clear bags",
        effects="very fast nod, people hard to wake",
        advice=["carry-naloxone", "more-naloxone", "dont-use-alone", "wound-care"],
        advice_free="",
        photo_file_id=None,
        created_at=NOW,
        expires_at=NOW + timedelta(days=7),
    )
    return replace(alert, **changes)  # type: ignore[arg-type]


def parse(card: str) -> tuple[str, list[dict]]:
    return parse_html(card, strict=True)


# Words that must appear in each language's card for the fixed parts (translated, not English).
EXPECTED = {
    "en": (
        "URGENT WARNING",
        "fentanyl",
        "High confidence",
        "naloxone",
        "does not mean",
        "reporter's words",
    ),
    "ru": (
        "СРОЧНОЕ ПРЕДУПРЕЖДЕНИЕ",
        "фентанил",
        "Высокая достоверность",
        "налоксон",
        "не значит",
        "слова автора",
    ),
    "uk": (
        "ТЕРМІНОВЕ ПОПЕРЕДЖЕННЯ",
        "фентаніл",
        "Висока достовірність",
        "налоксон",
        "не означає",
        "слова автора",
    ),
    "es": (
        "AVISO URGENTE",
        "fentanilo",
        "Confianza alta",
        "naloxona",
        "no significa",
        "palabras de quien informa",
    ),
}


@pytest.mark.parametrize("lang", REQUIRED_LANGUAGES)
def test_card_is_translated_valid_html_and_complete(i18n: I18n, lang: str) -> None:
    tr = i18n.translator(lang)
    card = render_card(make_alert(), tr, "Kyiv, Ukraine", tz=ZoneInfo("Europe/Kyiv"))
    text, entities = parse(card)
    assert len(card) <= MESSAGE_LIMIT
    for word in EXPECTED[lang]:
        assert word in text, (lang, word)
    assert "Kyiv, Ukraine" in text
    # Free text shown as typed.
    assert "beige powder, small clear bags" in text
    assert "very fast nod, people hard to wake" in text
    # Dates formatted by babel in the person's language.
    assert tr.date(NOW.date(), "long") in text
    assert tr.date((NOW + timedelta(days=7)).date(), "long") in text
    assert any(e["type"] == "bold" for e in entities)
    if lang != "en":
        # The structured parts are not left in English.
        assert "Sold as" not in text and "High confidence" not in text


@pytest.mark.parametrize("lang", REQUIRED_LANGUAGES)
def test_every_code_has_a_translated_label(i18n: I18n, lang: str) -> None:
    tr = i18n.translator(lang)
    for severity in SEVERITIES:
        for evidence in EVIDENCE:
            alert = make_alert(
                severity=severity, evidence=evidence, found=list(SUBSTANCES), advice=list(ADVICE)
            )
            card = render_card(alert, tr, "Madrid")
            text, _ = parse(card)
            assert len(card) <= MESSAGE_LIMIT
            # No raw code leaks into the card (codes contain hyphens, labels never do).
            for code in [c for c in (*ADVICE, *EVIDENCE, *SUBSTANCES) if "-" in c]:
                assert code not in text, (lang, code)


def test_free_text_is_escaped_and_marked(i18n: I18n) -> None:
    tr = i18n.translator("en")
    hostile = '<b>fake</b> & <a href="http://x">link</a> <tg-spoiler>'
    alert = make_alert(
        sold_as=hostile,
        sold_as_free=True,
        found_free=hostile,
        appearance=hostile,
        effects=hostile,
        advice_free=hostile,
    )
    card = render_card(alert, tr, "Kyiv")
    text, entities = parse(card)
    # Shown as typed, literally, and never turned into markup.
    assert text.count(hostile) == 5
    assert not any(e["type"] in ("text_link", "spoiler") for e in entities)
    assert text.count("(reporter's words)") == 5
    for entity in entities:
        if entity["type"] == "bold":
            bold = text.encode("utf-16-le")[
                2 * entity["offset"] : 2 * (entity["offset"] + entity["length"])
            ]
            assert "fake" not in bold.decode("utf-16-le")


def test_no_personal_data_and_warning_is_urgent(i18n: I18n) -> None:
    tr = i18n.translator("en")
    info = parse(render_card(make_alert(severity="information"), tr, "Kyiv"))[0]
    warning = parse(render_card(make_alert(severity="warning"), tr, "Kyiv"))[0]
    assert warning.startswith("🚨") and "URGENT" in warning
    assert "URGENT" not in info
    # The model carries no reporter; nothing like an id or pseudonym appears.
    assert "#7" not in warning and "reporter_" not in warning


def test_card_never_exceeds_the_message_limit(i18n: I18n) -> None:
    for lang in REQUIRED_LANGUAGES:
        tr = i18n.translator(lang)
        long = "&<>" * 2000 + "x" * 5000
        alert = make_alert(
            sold_as=long,
            sold_as_free=True,
            found_free=long,
            appearance=long,
            effects=long,
            advice_free=long,
            correction=long,
            version=2,
            found=list(SUBSTANCES),
            advice=list(ADVICE),
        )
        for kind in ("alert", "correction", "retraction"):
            card = render_card(alert, tr, "Ciudad de México, México", kind)
            text, _ = parse(card)
            assert len(card) <= MESSAGE_LIMIT, (lang, kind, len(card))
            assert utf16_len(text) <= MESSAGE_LIMIT
            assert "…" in text  # shortened, visibly


def test_correction_and_retraction_cards_quote_the_note(i18n: I18n) -> None:
    for lang in REQUIRED_LANGUAGES:
        tr = i18n.translator(lang)
        alert = make_alert(version=2, correction="It was nitazenes, not fentanyl <really>")
        correction = parse(render_card(alert, tr, "Lviv", "correction"))[0]
        assert "It was nitazenes, not fentanyl <really>" in correction
        assert correction.startswith("✏️")
        retraction = parse(render_card(alert, tr, "Lviv", "retraction"))[0]
        assert "It was nitazenes, not fentanyl <really>" in retraction
        assert retraction.startswith("ℹ️")
        assert "Lviv" in retraction
        # A queued original after a correction shows the note too.
        original = parse(render_card(alert, tr, "Lviv", "alert"))[0]
        assert "It was nitazenes" in original
    with pytest.raises(ValueError):
        render_card(make_alert(), i18n.translator("en"), "Lviv", "nonsense")


def test_caption_rule_for_photos(i18n: I18n) -> None:
    tr = i18n.translator("en")
    short = render_card(
        make_alert(advice=[], appearance="", effects="", photo_file_id="AgAD"), tr, "Kyiv"
    )
    assert caption_fits(short)
    assert plain_length(short) == utf16_len(parse(short)[0])
    assert messages_needed(short, "AgAD") == 1
    assert messages_needed(short, None) == 1
    long = render_card(
        make_alert(appearance="x" * 700, effects="y" * 700, photo_file_id="AgAD"), tr, "Kyiv"
    )
    assert plain_length(long) > CAPTION_LIMIT
    assert not caption_fits(long)
    assert messages_needed(long, "AgAD") == 2


def test_a_correction_says_field_by_field_what_changed_in_the_readers_language() -> None:
    from bot.alerts.review import changes_between

    now = datetime(2026, 12, 1, 10, tzinfo=UTC)
    before = Alert(
        id=1,
        state="approved",
        severity="warning",
        region_id="ua",
        sold_as="heroin",
        sold_as_free=False,
        found=["fentanyl"],
        found_free="",
        evidence="peer-report",
        appearance="",
        effects="",
        advice=["carry-naloxone"],
        advice_free="",
        photo_file_id=None,
        created_at=now,
        expires_at=now + timedelta(days=7),
        form="powder",
        colour="white",
    )
    after = Alert(
        **{
            **before.__dict__,
            "severity": "caution",
            "found": ["fentanyl", "xylazine"],
            "colour": "brown",
            "signs": ["wounds"],
        }
    )
    after.changes = changes_between(before, after)
    assert set(after.changes) == {"severity", "found", "look", "signs"}
    card = render_card(after, I18n().translator("uk"), "Україна", "correction")
    head = card.split("Виправлене сповіщення")[0] if "Виправлене сповіщення" in card else card[:600]
    assert (
        "додано: ксилазин" in head
        and "тепер: порошок, коричневий" in head
        and "Терміновість" in head
    )
