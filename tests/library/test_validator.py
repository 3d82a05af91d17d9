"""Every class of content problem is reported with its file, line and column."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.library.cli import cmd_check
from bot.library.loader import errors, load_library

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "content"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURES, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def lines_of(problems) -> list[str]:
    return [str(p) for p in problems]


def find(problems, needle: str):
    found = [p for p in problems if needle in p.message]
    assert found, f"{needle!r} not in {lines_of(problems)}"
    return found[0]


def test_fixture_content_is_clean(content: Path) -> None:
    library, problems = load_library(content, today=date(2026, 11, 27))
    assert problems == []
    assert len(library.topics) == 5 and len(library.combos) == 4


def test_bad_yaml_is_reported_with_its_line(content: Path) -> None:
    edit(
        content / "topics" / "naloxone.yaml",
        "tags: [opioids, overdose]",
        "tags: [opioids, overdose",
    )
    _, problems = load_library(content)
    p = find(problems, "not valid YAML")
    assert p.file.endswith("topics/naloxone.yaml") and p.level == "error" and p.line >= 3


def test_duplicate_key(content: Path) -> None:
    edit(
        content / "topics" / "naloxone.yaml",
        "status: published\n",
        "status: published\nstatus: draft\n",
    )
    _, problems = load_library(content)
    p = find(problems, "duplicate key `status`")
    assert (p.line, p.column) == (5, 1)


def test_yaml_11_traps_where_text_is_expected(content: Path) -> None:
    edit(
        content / "topics" / "naloxone.yaml",
        "keywords: [narcan, naloxon,",
        "keywords: [no, 12:30, narcan, naloxon,",
    )
    _, problems = load_library(content)
    p = find(problems, "`no` was read as false")
    assert (p.line, p.column) == (23, 16)
    find(problems, "`12:30` was read as a number")


def test_unknown_field_and_category(content: Path) -> None:
    edit(
        content / "topics" / "naloxone.yaml",
        "category: overdose",
        "category: overdoze\ncolour: blue",
    )
    _, problems = load_library(content)
    assert "did you mean `overdose`" in find(problems, "unknown category `overdoze`").message
    p = find(problems, "unknown field `colour`")
    assert p.line == 3


def test_id_must_match_file_and_duplicates(content: Path) -> None:
    shutil.copy(content / "topics" / "naloxone.yaml", content / "topics" / "naloxone-copy.yaml")
    _, problems = load_library(content)
    p = find(problems, "must match the file name `naloxone-copy`")
    assert p.file.endswith("naloxone-copy.yaml") and p.line == 1


def test_missing_required_language(content: Path) -> None:
    path = content / "topics" / "about-this-bot.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("  es:")], encoding="utf-8")
    _, problems = load_library(content)
    find(problems, "missing required language `es`")


def test_body_too_long(content: Path) -> None:
    long_body = "      " + "word " * 900 + "\n"
    edit(
        content / "topics" / "about-this-bot.yaml",
        "      Made by and for people who use drugs.\n",
        long_body,
    )
    _, problems = load_library(content)
    p = find(problems, "body (en) is")
    assert p.level == "error"


def test_related_not_found_and_no_source(content: Path) -> None:
    edit(
        content / "topics" / "naloxone.yaml",
        "related: [overdose-response]",
        "related: [overdose-responce]",
    )
    path = content / "topics" / "tolerance-loss.yaml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("sources:"), text.index("translations:")
    path.write_text(text[:start] + "sources: []\n" + text[end:], encoding="utf-8")
    _, problems = load_library(content)
    p = find(problems, "related topic `overdose-responce` not found")
    assert "did you mean `overdose-response`" in p.message and p.line == 7
    find(problems, "at least one source is required")


def test_unparsable_markdown_points_at_the_body_line(content: Path) -> None:
    edit(
        content / "topics" / "about-this-bot.yaml",
        "      Made by and for people who use drugs.",
        "      Made by and for **people who use drugs.\n      # A heading\n      <b>html</b>",
    )
    _, problems = load_library(content)
    p = find(problems, "bold (**) is opened here")
    assert (p.line, p.column) == (17, 23)
    assert find(problems, "headings (#)").line == 18
    assert find(problems, "HTML such as").line == 19


def test_warnings_for_old_review_and_unknown_publisher(content: Path) -> None:
    edit(content / "topics" / "naloxone.yaml", "reviewed: 2026-10-01", "reviewed: 2020-01-01")
    edit(
        content / "topics" / "naloxone.yaml",
        'publisher: "World Health Organization"',
        'publisher: "My blog"',
    )
    edit(
        content / "topics" / "naloxone.yaml",
        '"https://www.who.int/news-room/fact-sheets/detail/opioid-overdose"',
        '"https://example.org/x"',
    )
    edit(content / "topics" / "naloxone.yaml", 'title: "Opioid overdose"', 'title: "Some notes"')
    _, problems = load_library(content, today=date(2026, 11, 27))
    assert find(problems, "more than 18 months ago").level == "warning"
    assert find(problems, "reputable").level == "warning"
    assert not errors(problems)


def test_combos_problems(content: Path) -> None:
    edit(
        content / "combos.yaml",
        "  - pair: [alcohol, opioids]\n    risk: dangerous",
        "  - pair: [alcohol, opiods]\n    risk: deadly",
    )
    _, problems = load_library(content)
    assert "did you mean `opioids`" in find(problems, "unknown substance or class `opiods`").message
    find(problems, "risk must be one of")


def test_check_command_exit_codes(
    content: Path, capsys: pytest.CaptureFixture[str], settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from bot import contentcheck
    from bot.library import cli
    from bot.library.loader import validate

    # only the library's validator: the fixture folder has no regions, places or services
    monkeypatch.setattr(cli, "_register_all_validators", lambda: None)
    monkeypatch.setattr(contentcheck, "VALIDATORS", [validate])

    assert cmd_check(argparse.Namespace(dir=str(content), strict=False), settings) == 0
    edit(content / "topics" / "naloxone.yaml", "reviewed: 2026-10-01", "reviewed: 2020-01-01")
    assert cmd_check(argparse.Namespace(dir=str(content), strict=False), settings) == 0
    assert cmd_check(argparse.Namespace(dir=str(content), strict=True), settings) == 1
    edit(
        content / "topics" / "naloxone.yaml",
        "status: published\n",
        "status: published\nstatus: draft\n",
    )
    assert cmd_check(argparse.Namespace(dir=str(content), strict=False), settings) == 1
    out = capsys.readouterr().out
    assert "naloxone.yaml:5:1: error: duplicate key `status`" in out
    assert "FAILED: 1 error(s)" in out


def test_new_combination_fields_are_checked(content: Path) -> None:
    """ambiguous words, mixes (contains), `pairs` and names unique across languages."""
    edit(
        content / "combos.yaml",
        "combos:\n",
        """ambiguous:
  - id: pills
    names: {en: [pills], ru: [колеса, героин]}
    options: [alprazolam, lsd]
    countries: {MX: cocaine, mexico: alprazolam}
    note: {en: "Which pills?"}
  - id: h-word
    names: {en: [hh]}
    options: [heroin]
combos:
""",
    )
    edit(
        content / "combos.yaml",
        "  - id: alcohol\n",
        """  - id: speedball
    classes: []
    contains: [cocaine, heroin, nope]
    names: {en: [speedball], es: [coke]}
  - id: alcohol
""",
    )
    edit(
        content / "combos.yaml",
        "  - pair: [cocaine, heroin]\n",
        "  - pairs: [[cocaine, heroin], [cocaine]]\n",
    )
    _, problems = load_library(content)
    find(problems, "unknown substance or class `lsd`")
    find(problems, "`cocaine` must be one of this name's options")
    find(problems, "`mexico` must be a two-letter country code")
    find(problems, "note missing in required language `ru`")
    find(problems, "needs at least two options")
    find(problems, "`nope` in `contains` of `speedball` must be another substance")
    # the same word for two things, even in two different languages, is an error
    find(problems, "the name `coke` (es) is used for both `cocaine` and `speedball`")
    find(problems, "the name `героин` (ru) is used for both `heroin` and `pills`")
    find(problems, "pair must name exactly two substances or classes")


def test_whole_answer_over_telegrams_limit_counts_what_people_see(content: Path) -> None:
    """The answer with its title, summary and sources is measured as Telegram counts it: markup
    (tags, entities) is not counted, so a body heavy with bold text can pass where its HTML
    alone would not; one that is really too long is an error with its visible size."""
    from bot.library import markdown
    from bot.library.loader import TOPIC_MESSAGE_LIMIT, topic_message_estimate

    path = content / "topics" / "about-this-bot.yaml"
    original = path.read_text(encoding="utf-8")
    marked = "      " + "**a** & " * 430 + "\n"  # ~3,400 visible, ~9,000 characters of HTML
    edit(path, "      Made by and for people who use drugs.\n", marked)
    library, problems = load_library(content)
    html = topic_message_estimate(library.topics["about-this-bot"], "en")
    assert len(html) > TOPIC_MESSAGE_LIMIT >= markdown.visible_length(html)
    assert not [p for p in problems if "Telegram allows" in p.message]

    path.write_text(original, encoding="utf-8")
    plain = "      " + "x&y " * 1000 + "\n"  # 4,000 visible characters, over with the title
    edit(path, "      Made by and for people who use drugs.\n", plain)
    library, problems = load_library(content)
    size = markdown.visible_length(topic_message_estimate(library.topics["about-this-bot"], "en"))
    assert size > TOPIC_MESSAGE_LIMIT
    p = find(problems, "Telegram allows")
    assert f"is {size} characters" in p.message and p.level == "error"
