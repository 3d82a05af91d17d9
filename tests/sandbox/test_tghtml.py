"""Telegram HTML parsing: UTF-16 offsets, nesting, escaping and Telegram's error messages."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.sandbox.tghtml import (
    TelegramHTMLError,
    add_detected_entities,
    parse_html,
    strip_text,
    utf16_len,
)


def spans(entities: list[dict]) -> list[tuple[str, int, int]]:
    return [(e["type"], e["offset"], e["length"]) for e in entities]


def test_offsets_count_utf16_code_units() -> None:
    text, entities = parse_html("😀 <b>bold</b> й<i>🏳️‍🌈x</i>")
    assert text == "😀 bold й🏳️‍🌈x"
    assert spans(entities) == [("bold", 3, 4), ("italic", 9, 7)]
    assert utf16_len("😀") == 2 and utf16_len("🏳️‍🌈") == 6 and utf16_len("й") == 1


def test_every_supported_tag() -> None:
    source = (
        "<b>b</b><strong>b</strong><i>i</i><em>i</em><u>u</u><ins>u</ins><s>s</s>"
        "<strike>s</strike><del>s</del><tg-spoiler>p</tg-spoiler>"
        '<span class="tg-spoiler">p</span><code>c</code><pre>p</pre>'
        "<blockquote>q</blockquote><blockquote expandable>e</blockquote>"
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    text, entities = parse_html(source)
    assert text == "bbiiuusssppcpqe👍"
    assert [e["type"] for e in entities] == [
        "bold", "bold", "italic", "italic", "underline", "underline", "strikethrough",
        "strikethrough", "strikethrough", "spoiler", "spoiler", "code", "pre", "blockquote",
        "expandable_blockquote", "custom_emoji",
    ]  # fmt: skip
    assert entities[-1]["custom_emoji_id"] == "5368324170671202286"


def test_nesting_is_sorted_outer_first() -> None:
    text, entities = parse_html("<b>bold <i>both <u>all</u></i></b> <s>x</s>")
    assert text == "bold both all x"
    assert spans(entities) == [
        ("bold", 0, 13),
        ("italic", 5, 8),
        ("underline", 10, 3),
        ("strikethrough", 14, 1),
    ]


def test_pre_with_language_and_plain_code() -> None:
    _, pre = parse_html('<pre><code class="language-python">x = 1</code></pre>')
    assert pre == [{"offset": 0, "length": 5, "type": "pre", "language": "python"}]
    _, code = parse_html('<code class="language-python">x</code>')
    assert code == [{"offset": 0, "length": 1, "type": "code"}]
    _, both = parse_html("<pre><code>x</code></pre>")
    assert spans(both) == [("pre", 0, 1), ("code", 0, 1)]


def test_links_are_normalised_and_user_links_become_mentions() -> None:
    _, entities = parse_html(
        '<a href="https://Example.org">a</a><a href="telegram.org?q=1&amp;r=2">b</a>'
        '<a href="tg://user?id=42">c</a><a href="mailto:help@example.org">d</a>'
    )
    assert [e.get("url") for e in entities] == [
        "https://example.org/",
        "http://telegram.org/?q=1&r=2",
        None,
        "mailto:help@example.org",
    ]
    assert entities[2]["type"] == "text_mention" and entities[2]["user"]["id"] == 42
    _, own_text = parse_html("<a>https://example.org/x</a>")
    assert own_text[0]["url"] == "https://example.org/x"


def test_escapes_and_character_references() -> None:
    text, _ = parse_html("&lt;b&gt; &amp; &quot;q&quot; &#65;&#x42; &#128512; &lt")
    assert text == '<b> & "q" AB 😀 <'
    assert parse_html(html.escape("a < b && c > 'd'")) == ("a < b && c > 'd'", [])


def test_empty_tags_give_no_entity_and_unknown_attributes_are_ignored() -> None:
    assert parse_html('<b title="x"></b>ok<i   lang=en >!</i>') == (
        "ok!",
        [{"offset": 2, "length": 1, "type": "italic"}],
    )


@pytest.mark.parametrize(
    ("source", "description"),
    [
        ("a<br>b", 'Unsupported start tag "br" at byte offset 1'),
        ("x < y", 'Unsupported start tag "" at byte offset 2'),
        ("й<b", "Unclosed start tag at byte offset 2"),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ('<a =x">y</a>', 'Empty attribute name in the tag "a" at byte offset 0'),
        ("<a href=", 'Unclosed start tag "a" at byte offset 0'),
        ("<a href=x,y>z</a>", "Unexpected end of name token at byte offset 8"),
        ('<a href="x>y</a>', "Unclosed start tag at byte offset 0"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ('<tg-emoji emoji-id="x">🙂</tg-emoji>', "Invalid custom emoji identifier specified"),
        (
            "&#xD83D;",
            "Text contains invalid Unicode characters after decoding HTML entities",
        ),
        # stricter than Telegram, which would keep these as literal text
        ("R&D", 'Character "&" must be escaped as "&amp;" at byte offset 1'),
        ("&nbsp;", 'Unsupported HTML entity "&nbsp;" at byte offset 0'),
        (
            '<a href="javascript:alert(1)">x</a>',
            'Unsupported URL "javascript:alert(1)" in the tag "a"',
        ),
    ],
)
def test_errors_use_telegrams_words(source: str, description: str) -> None:
    with pytest.raises(TelegramHTMLError) as caught:
        parse_html(source)
    assert caught.value.description.startswith(description)


def test_lenient_mode_keeps_what_telegram_keeps() -> None:
    assert parse_html("R&D &nbsp; &#0;", strict=False) == ("R&D &nbsp; &#0;", [])
    assert parse_html('<a href="javascript:x">x</a>', strict=False) == ("x", [])


def test_strip_text_trims_and_clips_entities() -> None:
    text, entities = parse_html("\n <b> 😀hi </b>\n")
    assert strip_text(text, entities) == ("😀hi", [{"offset": 0, "length": 4, "type": "bold"}])
    assert strip_text("  ", [{"offset": 0, "length": 2, "type": "bold"}]) == ("", [])


def test_detected_entities_skip_code_and_links() -> None:
    text = "/start@hrbot_sandbox_bot see https://example.org, mail a@b.org #naloxone @someone `/x`"
    found = add_detected_entities(text, [{"offset": text.index("`"), "length": 4, "type": "code"}])
    assert [(e["type"], text[e["offset"] : e["offset"] + e["length"]]) for e in found] == [
        ("bot_command", "/start@hrbot_sandbox_bot"),
        ("url", "https://example.org"),
        ("email", "a@b.org"),
        ("hashtag", "#naloxone"),
        ("mention", "@someone"),
        ("code", "`/x`"),
    ]
    assert add_detected_entities("😀 /help", []) == [
        {"offset": 3, "length": 5, "type": "bot_command"}
    ]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_escaped_text_round_trips(text: str) -> None:
    parsed, entities = parse_html(html.escape(text))
    assert (parsed, entities) == (text, [])


_TAGS = ["b", "i", "u", "s", "code", "tg-spoiler"]


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> tuple[str, str]:
    """Random well-formed Telegram HTML and the plain text it must give."""
    parts = draw(st.lists(st.one_of(st.text(max_size=5), st.just("🙂")), max_size=3))
    source = "".join(html.escape(p) for p in parts)
    plain = "".join(parts)
    if depth < 3 and draw(st.booleans()):
        tag = draw(st.sampled_from(_TAGS))
        inner_source, inner_plain = draw(markup(depth + 1))
        source += f"<{tag}>{inner_source}</{tag}>"
        plain += inner_plain
    return source, plain


@settings(max_examples=200, deadline=None)
@given(markup())
def test_generated_markup_gives_in_range_entities(case: tuple[str, str]) -> None:
    source, plain = case
    text, entities = parse_html(source)
    assert text == plain
    size = utf16_len(text)
    for entity in entities:
        assert entity["length"] > 0 and entity["offset"] + entity["length"] <= size
