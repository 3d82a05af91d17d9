"""Approved alerts beyond the bot: an Atom feed and CAP 1.2 documents, per region and language.

Partner websites, SMS gateways and public alerting systems can take the community's alerts
without Telegram. For every region and every language the bot speaks:

- ``<region>/<lang>/atom.xml``: an Atom (RFC 4287) feed of the alerts that concern the region
  (its own and those of the places inside it), newest first, each entry the card as plain text;
- ``<region>/<lang>/cap.xml``: the same alerts as an Atom feed whose entries carry a CAP 1.2
  document (OASIS Common Alerting Protocol) as their content;
- ``alerts/<id>/<lang>.cap.xml``: one CAP 1.2 document per alert and language.

An alert appears while it is approved and not expired; a withdrawn alert stays until its
expiry as a CAP ``Cancel`` and a "withdrawn" Atom entry, so systems that took it can drop it.
Nothing personal is in any of them: no reporter, no moderator, no ids of people; the region
is the one the alert was published for. Free text typed by a reporter is marked as such.

The same files are served by ``hrbot run`` (``HRBOT_FEEDS_PORT``) and written by
``hrbot alerts export DIR``. No Telegram here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from xml.sax.saxutils import escape, quoteattr

from bot.alerts.card import EVIDENCE_LABELS, SEVERITY_HEADLINES, render_card
from bot.alerts.model import Alert, AlertState, DeliveryKind, Severity
from bot.i18n import Translator

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_STATES = (AlertState.APPROVED, AlertState.RETRACTED)

# CAP's fixed vocabularies, from the alert's own fields.
CAP_SEVERITY = {"warning": "Severe", "caution": "Moderate", "information": "Minor"}
CAP_URGENCY = {"warning": "Immediate", "caution": "Expected", "information": "Future"}
CAP_CERTAINTY = {
    "lab": "Observed",
    "ftir": "Observed",
    "test-strip": "Likely",
    "reagent": "Likely",
    "overdose-cluster": "Possible",
    "peer-report": "Possible",
}
_TAG = re.compile(r"<[^>]+>")
_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class FeedConfig:
    """Who publishes the feeds and where they live (``HRBOT_FEEDS_*``)."""

    sender: str = "harm-reduction-bot"  # CAP <sender>: no spaces, commas, < or &
    sender_name: str = "Community drug alerts"
    base_url: str = (
        ""  # public URL the feeds are served under (for links), e.g. https://example.org/feeds
    )


def cap_time(when: datetime) -> str:
    """CAP's date-time: seconds, and an explicit offset (``Z`` is not allowed)."""
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def atom_time(when: datetime) -> str:
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(card_html: str) -> str:
    """The card as plain text (what a feed reader or an SMS gateway shows)."""
    return html.unescape(_TAG.sub("", card_html)).strip()


def in_feed(alert: Alert, now: datetime) -> bool:
    return alert.state in FEED_STATES and alert.expires_at > now


def alert_identifier(config: FeedConfig, alert: Alert, version: int | None = None) -> str:
    sender = _SAFE_ID.sub("-", config.sender)
    kind = (
        "cancel"
        if alert.state == AlertState.RETRACTED and version is None
        else f"v{version or alert.version}"
    )
    return f"{sender}.alert-{alert.id}.{kind}"


def cap_document(
    alert: Alert, tr: Translator, lang: str, region_name: str, config: FeedConfig, now: datetime
) -> str:
    """One CAP 1.2 ``<alert>`` for ``alert`` in one language."""
    withdrawn = alert.state == AlertState.RETRACTED
    if withdrawn:
        msg_type = "Cancel"
    elif alert.version > 1:
        msg_type = "Update"
    else:
        msg_type = "Alert"
    references = ""
    if msg_type != "Alert":
        # The versions this one replaces or cancels: sender,identifier,sent triples.
        earlier = [
            f"{_SAFE_ID.sub('-', config.sender)},{alert_identifier(config, alert, v)},{cap_time(alert.created_at)}"
            for v in range(1, alert.version + (1 if withdrawn else 0))
        ]
        references = f"  <references>{escape(' '.join(earlier))}</references>\n"
    _, headline = SEVERITY_HEADLINES.get(alert.severity, SEVERITY_HEADLINES[Severity.INFORMATION])
    card = render_card(
        alert, tr, region_name, DeliveryKind.RETRACTION if withdrawn else DeliveryKind.ALERT
    )
    description = plain(card)
    advice = [line[2:] for line in description.splitlines() if line.startswith("• ")]
    evidence = EVIDENCE_LABELS.get(alert.evidence)
    event = tr._("Drug alert")
    title = tr._("Alert withdrawn") if withdrawn else tr._(headline)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<alert xmlns="{CAP_NS}">\n',
        f"  <identifier>{escape(alert_identifier(config, alert))}</identifier>\n",
        f"  <sender>{escape(_SAFE_ID.sub('-', config.sender))}</sender>\n",
        f"  <sent>{cap_time(now if withdrawn else alert.created_at)}</sent>\n",
        "  <status>Actual</status>\n",
        f"  <msgType>{msg_type}</msgType>\n",
        "  <scope>Public</scope>\n",
        references,
        "  <info>\n",
        f"    <language>{escape(lang)}</language>\n",
        "    <category>Health</category>\n",
        f"    <event>{escape(event)}</event>\n",
        f"    <urgency>{'Past' if withdrawn else CAP_URGENCY.get(alert.severity, 'Unknown')}</urgency>\n",
        f"    <severity>{'Minor' if withdrawn else CAP_SEVERITY.get(alert.severity, 'Unknown')}</severity>\n",
        f"    <certainty>{CAP_CERTAINTY.get(alert.evidence, 'Unknown')}</certainty>\n",
        f"    <effective>{cap_time(alert.created_at)}</effective>\n",
        f"    <expires>{cap_time(alert.expires_at)}</expires>\n",
        f"    <senderName>{escape(config.sender_name)}</senderName>\n",
        f"    <headline>{escape(title)}</headline>\n",
        f"    <description>{escape(description)}</description>\n",
    ]
    if advice and not withdrawn:
        parts.append(f"    <instruction>{escape(chr(10).join(advice))}</instruction>\n")
    if evidence:
        parts.append(
            f"    <parameter>\n      <valueName>evidence</valueName>\n"
            f"      <value>{escape(alert.evidence)}</value>\n    </parameter>\n"
        )
    parts += [
        "    <area>\n",
        f"      <areaDesc>{escape(region_name)}</areaDesc>\n",
        "    </area>\n",
        "  </info>\n",
        "</alert>\n",
    ]
    return "".join(parts)


def _feed(
    entries: list[str], feed_id: str, title: str, updated: datetime, self_url: str, lang: str
) -> str:
    link = f'  <link rel="self" href={quoteattr(self_url)}/>\n' if self_url else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<feed xmlns="{ATOM_NS}" xml:lang={quoteattr(lang)}>\n'
        f"  <id>{escape(feed_id)}</id>\n"
        f"  <title>{escape(title)}</title>\n"
        f"  <updated>{atom_time(updated)}</updated>\n"
        f"  <author><name>{escape(title)}</name></author>\n"
        f"{link}" + "".join(entries) + "</feed>\n"
    )


def _name_in(name_of: Callable[[str, str], str], lang: str, region_id: str) -> str:
    return name_of(region_id, lang)


def atom_feed(
    alerts: Iterable[Alert],
    tr: Translator,
    lang: str,
    region_id: str,
    region_label: str,
    name_of: Callable[[str], str],
    config: FeedConfig,
    now: datetime,
    cap: bool = False,
) -> str:
    """The Atom feed of ``alerts`` for one region in one language (``cap``: CAP content)."""
    chosen = sorted(alerts, key=lambda a: (a.created_at, a.id or 0), reverse=True)
    entries: list[str] = []
    for alert in chosen:
        withdrawn = alert.state == AlertState.RETRACTED
        region_name = name_of(alert.region_id)
        _, headline = SEVERITY_HEADLINES.get(
            alert.severity, SEVERITY_HEADLINES[Severity.INFORMATION]
        )
        title = (tr._("Alert withdrawn") if withdrawn else tr._(headline)) + " — " + region_name
        updated = alert.created_at
        entry_id = f"tag:{_SAFE_ID.sub('-', config.sender)},2026:alert-{alert.id}"
        doc_url = (
            f"{config.base_url.rstrip('/')}/alerts/{alert.id}/{lang}.cap.xml"
            if config.base_url
            else ""
        )
        link = (
            f'    <link rel="alternate" type="application/cap+xml" href={quoteattr(doc_url)}/>\n'
            if doc_url
            else ""
        )
        if cap:
            document = cap_document(alert, tr, lang, region_name, config, now)
            body = document.split("\n", 1)[1]  # without the XML declaration
            content = f'    <content type="application/cap+xml">\n{body}    </content>\n'
        else:
            text = plain(
                render_card(
                    alert,
                    tr,
                    region_name,
                    DeliveryKind.RETRACTION if withdrawn else DeliveryKind.ALERT,
                )
            )
            content = f'    <content type="text">{escape(text)}</content>\n'
        entries.append(
            "  <entry>\n"
            f"    <id>{escape(entry_id)}</id>\n"
            f"    <title>{escape(title)}</title>\n"
            f"    <updated>{atom_time(updated)}</updated>\n"
            f"{link}{content}"
            "  </entry>\n"
        )
    latest = max((a.created_at for a in chosen), default=now)
    kind = "cap" if cap else "atom"
    self_url = (
        f"{config.base_url.rstrip('/')}/{region_id}/{lang}/{kind}.xml" if config.base_url else ""
    )
    title = tr._("Drug alerts: {region}", region=region_label)
    return _feed(
        entries,
        f"tag:{_SAFE_ID.sub('-', config.sender)},2026:{region_id}:{lang}:{kind}",
        title,
        latest,
        self_url,
        lang,
    )


def feed_files(
    alerts: list[Alert],
    translators: dict[str, Translator],
    region_ids: Iterable[str],
    ancestors: Callable[[str], list[str]],
    name_of: Callable[[str, str], str],
    config: FeedConfig,
    now: datetime | None = None,
) -> dict[str, str]:
    """Every feed file by relative path (``ua/uk/atom.xml``, ``alerts/12/uk.cap.xml``, ...).

    ``ancestors(region_id)`` lists the region and the regions that contain it, so an alert for
    a city appears in its country's feed too; ``name_of(region_id, lang)`` names a region.
    """
    now = now or datetime.now(UTC)
    live = [a for a in alerts if in_feed(a, now)]
    by_region: dict[str, list[Alert]] = {rid: [] for rid in region_ids}
    for alert in live:
        for rid in ancestors(alert.region_id):
            by_region.setdefault(rid, []).append(alert)
    files: dict[str, str] = {}
    for lang, tr in translators.items():
        for rid, chosen in by_region.items():
            label = name_of(rid, lang)
            names = partial(_name_in, name_of, lang)
            files[f"{rid}/{lang}/atom.xml"] = atom_feed(
                chosen, tr, lang, rid, label, names, config, now
            )
            files[f"{rid}/{lang}/cap.xml"] = atom_feed(
                chosen, tr, lang, rid, label, names, config, now, cap=True
            )
        for alert in live:
            files[f"alerts/{alert.id}/{lang}.cap.xml"] = cap_document(
                alert, tr, lang, name_of(alert.region_id, lang), config, now
            )
    return files


class FeedPublisher:
    """Builds the feed files from the database, the region tree and the catalogs."""

    def __init__(
        self, db: object, i18n: object, regions: object | None, config: FeedConfig
    ) -> None:
        self.db = db
        self.i18n = i18n
        self.regions = regions
        self.config = config

    async def alerts(self) -> list[Alert]:
        from bot.storage.alerts import AlertsRepo

        return await AlertsRepo(self.db).list_alerts(FEED_STATES, 1000)  # type: ignore[arg-type]

    def ancestors(self, region_id: str) -> list[str]:
        if self.regions is None:
            return [region_id]
        chain = [r.id for r in self.regions.ancestors(region_id)]  # type: ignore[attr-defined]
        return chain or [region_id]

    def name_of(self, region_id: str, lang: str) -> str:
        region = self.regions.get(region_id) if self.regions is not None else None  # type: ignore[attr-defined]
        return region.name(lang) if region is not None else region_id

    def region_ids(self) -> list[str]:
        if self.regions is None:
            return []
        return [r.id for r in self.regions]  # type: ignore[attr-defined]

    def translators(self) -> dict[str, Translator]:
        return {lang: self.i18n.translator(lang) for lang in self.i18n.languages}  # type: ignore[attr-defined]

    async def all_files(self, now: datetime | None = None) -> dict[str, str]:
        return feed_files(
            await self.alerts(),
            self.translators(),
            self.region_ids(),
            self.ancestors,
            self.name_of,
            self.config,
            now,
        )

    async def one(self, path: str, now: datetime | None = None) -> str | None:
        """The file at ``path`` (as in ``all_files``), or None if there is no such feed."""
        now = now or datetime.now(UTC)
        translators = self.translators()
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "alerts" and parts[2].endswith(".cap.xml"):
            lang = parts[2][: -len(".cap.xml")]
            if lang not in translators or not parts[1].isdigit():
                return None
            for alert in await self.alerts():
                if alert.id == int(parts[1]) and in_feed(alert, now):
                    return cap_document(
                        alert,
                        translators[lang],
                        lang,
                        self.name_of(alert.region_id, lang),
                        self.config,
                        now,
                    )
            return None
        if len(parts) == 3 and parts[2] in ("atom.xml", "cap.xml") and parts[1] in translators:
            region_id, lang = parts[0], parts[1]
            if self.regions is not None and self.regions.get(region_id) is None:  # type: ignore[attr-defined]
                return None
            chosen = [
                a
                for a in await self.alerts()
                if in_feed(a, now) and region_id in self.ancestors(a.region_id)
            ]
            return atom_feed(
                chosen,
                translators[lang],
                lang,
                region_id,
                self.name_of(region_id, lang),
                lambda r: self.name_of(r, lang),
                self.config,
                now,
                cap=parts[2] == "cap.xml",
            )
        return None
