"""Country notes and translation reviews: the loader, `hrbot content check`, `hrbot content
review` and stats, and the topic shown through the real bot with and without a country."""

from __future__ import annotations

import argparse
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.contentcheck import VALIDATORS
from bot.library.coverage import review_states
from bot.library.loader import load_library, validate
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from tests.cli_inprocess import hrbot_in_process
from tests.conftest import TOKEN, Harness, buttons, make_settings, next_matching, replace_core

ROOT = Path(__file__).resolve().parents[2]

EN_NOTES = """\
ES:
  text: "In Spain, harm reduction services (**CAD/CAS**) can help you plan a safer return."
  sources:
    - {title: "Estrategia Nacional sobre Adicciones", publisher: "Ministerio de Sanidad", year: 2017}
UA:
  text: "In Ukraine, OAT programmes can start treatment before release."
  sources:
    - {title: "OAT in Ukraine", publisher: "Public Health Center of Ukraine", year: 2024, url: "https://phc.org.ua/"}
"""
ES_NOTES = """\
ES:
  text: "En España, los servicios de reducción de daños (**CAD/CAS**) te ayudan a volver con menos riesgo."
  sources:
    - {title: "Estrategia Nacional sobre Adicciones", publisher: "Ministerio de Sanidad", year: 2017}
"""


def _flag(topic_file: Path) -> None:
    text = topic_file.read_text(encoding="utf-8")
    topic_file.write_text(
        text.replace("status: published\n", "status: published\ncountry_specific: true\n", 1),
        encoding="utf-8",
    )


def _with_notes(content_dir: Path) -> Path:
    folder = content_dir / "country-notes" / "tolerance-loss"
    folder.mkdir(parents=True)
    (folder / "en.yaml").write_text(EN_NOTES, encoding="utf-8")
    (folder / "es.yaml").write_text(ES_NOTES, encoding="utf-8")
    _flag(content_dir / "topics" / "tolerance-loss.yaml")
    # naloxone has a note but is not country-specific: shown when the country is known, never asked for
    other = content_dir / "country-notes" / "naloxone"
    other.mkdir(parents=True)
    (other / "en.yaml").write_text(
        'ES:\n  text: "In Spain ask your CAD for take-home naloxone."\n'
        '  sources: [{title: "Plan Nacional sobre Drogas", publisher: "Ministerio de Sanidad", year: 2024}]\n',
        encoding="utf-8",
    )
    return folder


# -- the loader ----------------------------------------------------------------------------------
def test_notes_attach_to_their_topic_and_fall_back_to_english(content_dir: Path) -> None:
    _with_notes(content_dir)
    library, problems = load_library(content_dir)
    assert [p for p in problems if p.level == "error"] == []
    topic = library.topics["tolerance-loss"]
    assert topic.country_specific
    assert topic.note_countries() == {"ES", "UA"}
    lang, note = topic.country_note("es", "ES")
    assert lang == "es" and "CAD/CAS" in note.text
    lang, note = topic.country_note("es", "UA")  # no Spanish note for Ukraine: the English one
    assert lang == "en" and note.sources[0].url == "https://phc.org.ua/"
    assert topic.country_note("en", "MX") is None
    assert note.sources[0].publisher == "Public Health Center of Ukraine"
    # a source without an address is allowed in a note
    assert topic.country_note("en", "ES")[1].sources[0].url == ""


def test_mistakes_in_notes_are_reported_at_their_line(content_dir: Path) -> None:
    folder = _with_notes(content_dir)
    (folder / "en.yaml").write_text(
        EN_NOTES + 'ua:\n  text: "lower case"\n  sources: [{title: T, publisher: P, year: 2020}]\n'
        'Ukraine:\n  text: "a name"\n  sources: [{title: T, publisher: P, year: 2020}]\n'
        'MX:\n  text: "no source"\n'
        'GB:\n  text: "# a heading"\n  sources: [{title: T, publisher: P, year: 2020}]\n  extra: 1\n',
        encoding="utf-8",
    )
    (content_dir / "country-notes" / "no-such-topic").mkdir()
    (content_dir / "country-notes" / "no-such-topic" / "en.yaml").write_text(
        EN_NOTES, encoding="utf-8"
    )
    _, problems = load_library(content_dir)
    found = {(Path(p.file).name, p.line, p.level): p.message for p in problems}
    assert "write it in capitals: UA" in found[("en.yaml", 10, "error")]
    assert "not an ISO 3166-1 country code" in found[("en.yaml", 13, "error")]
    assert "needs `sources:`" in found[("en.yaml", 16, "error")]
    assert any(line == 18 and "heading" in msg for (_, line, _), msg in found.items())
    assert "unknown field `extra`" in found[("en.yaml", 20, "error")]
    assert any("no such topic" in p.message and "no-such-topic" in p.file for p in problems)


def test_a_country_missing_in_one_language_is_a_notice(content_dir: Path) -> None:
    _with_notes(content_dir)
    problems = validate(content_dir)
    notices = [p for p in problems if p.level == "notice" and "country-notes" in p.file]
    assert any("no `es` note for UA" in p.message for p in notices)
    assert any("no `ru` note for ES, UA" in p.message for p in notices)


def test_served_countries_without_a_note_are_notices_that_never_fail_strict(
    content_dir: Path,
) -> None:
    _with_notes(content_dir)
    code, out, _err = hrbot_in_process("content", "check", "--strict", str(content_dir))
    lines = out.splitlines()
    gaps = [
        line for line in lines if "tolerance-loss.yaml" in line and "no country note for" in line
    ]
    # content/services lists services in Mexico, the UK and Canada (copied from the real folder)
    for country in ("MX", "GB", "CA"):
        assert any(
            f"no country note for {country}" in line and ": notice: " in line for line in gaps
        ), country
    # a country with a note in some languages: only the languages still missing are named
    assert any("no country note for ES (ru, uk)" in line for line in gaps)
    assert any("no country note for UA (es, ru, uk)" in line for line in gaps)
    assert code == 0, out[-2000:]
    assert "notice(s)" in lines[-1] and lines[-1].startswith("OK")


# -- translation reviews -------------------------------------------------------------------------
def test_review_is_stale_when_the_english_changes_and_review_records_it_again(
    content_dir: Path, settings
) -> None:
    from bot.library.cli import cmd_review, cmd_stats

    topic_file = content_dir / "topics" / "tolerance-loss.yaml"
    states = {(s.topic, s.lang): s.state for s in review_states(load_library(content_dir)[0])}
    assert states[("tolerance-loss", "es")] == "unreviewed"
    settings = replace_core(settings, content_dir=content_dir)
    assert (
        cmd_review(
            argparse.Namespace(
                topic="tolerance-loss", lang="es", by="river", on="2026-12-01", dir=str(content_dir)
            ),
            settings,
        )
        == 0
    )
    assert 'review: {by: "river", date: 2026-12-01' in topic_file.read_text(encoding="utf-8")
    library, problems = load_library(content_dir)
    assert [p for p in problems if p.level == "error"] == []
    review = library.topics["tolerance-loss"].translations["es"].review
    assert review is not None and review.by == "river"
    assert not any(
        "tolerance-loss" in p.file and "`es`" in p.message
        for p in validate(content_dir)
        if p.level == "notice"
    )
    # the English changes: the Spanish is waiting for review again, reported at its review line
    text = topic_file.read_text(encoding="utf-8")
    topic_file.write_text(text.replace("After a break", "After any break", 1), encoding="utf-8")
    assert "After any break" in topic_file.read_text(encoding="utf-8")
    stale = [
        p
        for p in validate(content_dir)
        if p.level == "notice" and "English changed after the `es`" in p.message
    ]
    assert len(stale) == 1 and "river, 2026-12-01" in stale[0].message
    review_line = next(
        i
        for i, line in enumerate(topic_file.read_text(encoding="utf-8").splitlines(), 1)
        if "review:" in line
    )
    assert stale[0].line == review_line
    # stats lists it per language, without a database
    out = _capture(
        lambda: cmd_stats(argparse.Namespace(days=30, json=False, reviews=True), settings)
    )
    assert "es: " in out and "tolerance-loss" in out and "English changed since review" in out
    # a second review replaces the line instead of adding one
    assert (
        cmd_review(
            argparse.Namespace(
                topic="tolerance-loss", lang="es", by="sasha", on=None, dir=str(content_dir)
            ),
            settings,
        )
        == 0
    )
    assert topic_file.read_text(encoding="utf-8").count("review:") == 1
    assert not any(
        "`es`" in p.message and "tolerance-loss" in p.file
        for p in validate(content_dir)
        if p.level == "notice"
    )


def test_the_real_library_records_the_expert_review_at_4f38cd8() -> None:
    library, _ = load_library(ROOT / "content")
    reviews = [
        t.review
        for topic in library.topics.values()
        for lang, t in topic.translations.items()
        if lang != "en" and "drafted-awaiting-peer-review" not in topic.authors
    ]
    # Topics drafted after the reviews (December 2026) honestly have no review record yet.
    assert reviews and all(r is not None for r in reviews)
    assert {r.by for r in reviews} >= {"expert review, shared/reviews"}


def _capture(fn) -> str:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert fn() == 0
    return buffer.getvalue()


# -- through the bot -----------------------------------------------------------------------------
@pytest.fixture
async def notes_harness(
    fake_api: FakeBotAPI, tmp_path: Path, content_dir: Path
) -> AsyncIterator[Harness]:
    _with_notes(content_dir)
    env = {"HRBOT_CONTENT_POLL_SECONDS": "0"}
    settings = make_settings(tmp_path, env, content_dir=content_dir, api_url=fake_api.base_url)
    async with running_bot(settings, TOKEN) as app:
        yield Harness(app, fake_api, settings)


async def _open_topic(user):
    user.send_text("lower tolerance after prison")
    answer = await next_matching(user, lambda m: "Read more" in buttons(m))
    user.press(answer, button_text="Read more")
    return await next_matching(user, lambda m: "Sources" in m["text"])


async def test_topic_without_a_country_says_general_advice_then_asks_once(
    notes_harness: Harness,
) -> None:
    api = notes_harness.api
    user = api.add_user(language_code="en")
    topic = await _open_topic(user)
    assert "Laws and services differ between countries; this is general advice." in topic["text"]
    assert "In Spain" not in topic["text"]
    question = await next_matching(user, lambda m: "Which country are you in?" in m["text"])
    assert {"Spain", "Ukraine", "Somewhere else", "Not now"} <= set(buttons(question))
    user.press(question, button_text="Spain")
    await notes_harness.idle()
    edited = api.chat(user.id).messages[question["message_id"]]
    assert "Saved: Spain" in edited["text"] and "CAD/CAS" in edited["text"]
    # the next time: the Spanish note under the body, no "general advice", no question
    topic = await _open_topic(user)
    assert "In Spain:" in topic["text"] and "CAD/CAS" in topic["text"]
    assert "Ministerio de Sanidad" in topic["text"]
    assert "general advice" not in topic["text"]
    # the choice is the region id /overdose uses: /overdose now knows the country ...
    user.send_command("overdose")
    steps = await next_matching(user, lambda m: "112" in m["text"])
    assert "Change country" in " ".join(buttons(steps))
    # ... and /forget erases it: the topic is general advice again
    user.send_command("forget")
    confirm = await next_matching(user, lambda m: bool(buttons(m)))
    user.press(confirm, button_text=buttons(confirm)[0])
    await notes_harness.idle()
    user2_topic = await _open_topic(user)
    assert "In Spain:" not in user2_topic["text"]


async def test_a_country_chosen_for_overdose_picks_the_note_in_the_persons_language(
    notes_harness: Harness,
) -> None:
    api = notes_harness.api
    user = api.add_user(language_code="es")
    user.send_command("overdose")
    await next_matching(user, lambda m: "Ahora no" in buttons(m))
    user.send_text("Ucrania")  # typed, as the /overdose question allows
    await next_matching(user, lambda m: "Ucrania" in m["text"] and "/forget" in m["text"])
    user.send_text("después de la cárcel tolerancia")
    answer = await next_matching(
        user,
        lambda m: "Leer más" in buttons(m) or "Más información" in buttons(m),
        timeout=5,
    )
    user.press(
        answer,
        button_text=next(b for b in buttons(answer) if b in ("Leer más", "Más información")),
    )
    topic = await next_matching(user, lambda m: "Fuentes" in m["text"])
    # no Spanish note for Ukraine: the English one, marked as English
    assert "OAT programmes can start treatment before release" in topic["text"]
    assert "Ucrania" in topic["text"]
    assert "general" not in topic["text"].split("Ucrania")[0][-200:]


def test_the_validator_is_registered(tmp_path) -> None:
    """The package registers a validator that runs the loader's (imported when a check runs)."""
    import bot.library

    assert bot.library.validate in VALIDATORS
    assert bot.library.validate(tmp_path) == validate(tmp_path)


async def test_an_alert_region_without_a_note_says_general_advice_with_a_legal_aid_contact(
    notes_harness: Harness,
) -> None:
    api = notes_harness.api
    user = api.add_user(language_code="en")
    services = notes_harness.services
    key = services.keyring.user_key(user.id)
    # the person subscribed to Vancouver's drug alerts earlier (no /overdose country stored)
    await services.features.alerts.subscriptions.subscribe(key, user.id, "ca-bc-vancouver", "en")
    services.people.invalidate(key)
    topic = await _open_topic(user)
    assert "I have no advice specific to Canada on this." in topic["text"]
    assert "this is general advice" in topic["text"]
    assert "Legal help nearby: Downtown Legal Advocacy (sample), +1 604 555 0109" in topic["text"]
    # a country is known, so nobody asks for it
    await notes_harness.idle()
    later = [
        m for m in api.chat_messages(user.id) if "Which country are you in?" in m.get("text", "")
    ]
    assert later == []


async def test_a_topic_with_notes_that_is_not_country_specific_never_asks(
    notes_harness: Harness,
) -> None:
    api = notes_harness.api
    user = api.add_user(language_code="en")
    user.send_text("narcan spray")
    answer = await next_matching(user, lambda m: "Read more" in buttons(m))
    user.press(answer, button_text="Read more")
    topic = await next_matching(user, lambda m: "Sources" in m["text"])
    assert "general advice" not in topic["text"] and "In Spain" not in topic["text"]
    await notes_harness.idle()
    assert not [
        m for m in api.chat_messages(user.id) if "Which country are you in?" in m.get("text", "")
    ]
    # once the country is known (from the tolerance topic's question), the note shows here too
    topic = await _open_topic(user)
    question = await next_matching(user, lambda m: "Which country are you in?" in m["text"])
    user.press(question, button_text="Spain")
    await notes_harness.idle()
    user.send_text("narcan spray")
    answer = await next_matching(user, lambda m: "Read more" in buttons(m))
    user.press(answer, button_text="Read more")
    topic = await next_matching(user, lambda m: "Sources" in m["text"])
    assert "take-home naloxone" in topic["text"]


async def test_not_now_is_remembered_and_the_question_is_not_asked_again(
    notes_harness: Harness,
) -> None:
    api = notes_harness.api
    user = api.add_user(language_code="en")
    await _open_topic(user)
    question = await next_matching(user, lambda m: "Which country are you in?" in m["text"])
    user.press(question, button_text="Not now")
    await notes_harness.idle()
    edited = api.chat(user.id).messages[question["message_id"]]
    assert "The advice above is general" in edited["text"]
    topic = await _open_topic(user)
    assert "this is general advice" in topic["text"]
    await notes_harness.idle()
    # the first question was replaced by the answer above, and no new question came
    asked = [
        m for m in api.chat_messages(user.id) if "Which country are you in?" in m.get("text", "")
    ]
    assert asked == []
