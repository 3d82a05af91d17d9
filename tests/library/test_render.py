"""Markdown subset to Telegram HTML: escaped, parseable by Telegram's rules, never too long."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.i18n import I18n
from bot.library import markdown
from bot.library.loader import load_library
from bot.library.render import answer_message, combo_message, emergency_message, topic_message
from bot.sandbox.tghtml import parse_html

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "content"
ROOT = Path(__file__).resolve().parents[2]


def test_inline_formatting_links_and_lists() -> None:
    blocks, problems = markdown.render(
        "Use **bold**, *italic* and [WHO](https://www.who.int/a?b=1&c=2).\n\n- one\n- two\n1. first\n2. second"
    )
    assert problems == []
    assert (
        blocks[0]
        == 'Use <b>bold</b>, <i>italic</i> and <a href="https://www.who.int/a?b=1&amp;c=2">WHO</a>.'
    )
    assert blocks[1] == "• one\n• two\n1. first\n2. second"


def test_everything_else_is_escaped() -> None:
    html = markdown.to_html("a < b && c > d <script>x</script> 5 * 3 = 15")
    assert "<script>" not in html
    text, entities = parse_html(html)
    assert text == "a < b && c > d <script>x</script> 5 * 3 = 15"
    assert entities == []


def test_problems_have_line_and_column() -> None:
    _, problems = markdown.render("fine\n**open\n[x](ftp://y)\n# head")
    assert [(p.line, p.column) for p in problems] == [(1, 1), (2, 5), (3, 1)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_any_text_renders_to_valid_telegram_html(text: str) -> None:
    html = markdown.to_html(text)
    parse_html(html)  # raises on anything Telegram would refuse


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=10, max_value=5000),
    st.sampled_from(["**b** ", "*i* ", "[l](https://x.org) ", "a&b ", "ж "]),
)
def test_fit_never_exceeds_the_limit_and_stays_valid(n: int, piece: str) -> None:
    blocks = [piece * (n // len(piece) + 1), "tail", "<b>Sources</b>\n• x"]
    rendered = [markdown.to_html(blocks[0]), blocks[1], blocks[2]]
    html = markdown.fit(rendered, keep_last=1)
    text, _ = parse_html(html)
    assert len(text.encode("utf-16-le")) // 2 <= markdown.TELEGRAM_LIMIT
    assert html.endswith("• x")


def test_every_real_and_fixture_message_parses_and_fits() -> None:
    i18n = I18n()
    for folder in (FIXTURES, ROOT / "content"):
        library, _ = load_library(folder)
        for topic in library.topics.values():
            for lang in ("en", "ru", "uk", "es"):
                tr = i18n.translator(lang)
                for html in (
                    topic_message(topic, lang, tr),
                    answer_message(topic, lang, tr),
                    emergency_message(topic, lang, tr, "112"),
                ):
                    text, _ = parse_html(html)
                    assert len(text) <= markdown.TELEGRAM_LIMIT
        for combo in library.combos:
            for lang in ("en", "ru", "uk", "es"):
                parse_html(combo_message("a", "b", combo, combo.risk, lang, i18n.translator(lang)))


def test_fallback_to_english_says_so() -> None:
    library, _ = load_library(FIXTURES)
    topic = library.topics["naloxone"]
    tr = I18n().translator("ru")
    html = topic_message(topic, "pt", tr)
    assert "Naloxone" in html
