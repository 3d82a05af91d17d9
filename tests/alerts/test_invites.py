"""Invites: a moderator's one-time link makes a verified peer with a chosen pseudonym; it works
once, expires, is stored only as a hash; pseudonyms are checked and unique."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from bot.alerts.invites import check_pseudonym
from tests.alerts.conftest import invited_peer, say
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")


def _code(text: str) -> str:
    return text.split("start=inv-", 1)[1].split()[0]


async def test_invite_link_makes_a_verified_peer_once(relaxed: Harness, moderators) -> None:
    api = relaxed.api
    river, _ = moderators
    answer = await say(api, river, "/invite", expect="start=inv-")
    assert "t.me/hrbot_sandbox_bot?start=inv-" in answer["text"]
    code = _code(answer["text"])
    # Only a hash of the code is stored; it expires 48 hours from now.
    rows = await relaxed.services.db.fetchall(
        "SELECT code_hash, created_by, expires_at FROM invites"
    )
    row = next(r for r in rows if bytes(r[0]) == hashlib.sha256(code.encode()).digest())
    assert row[1] == "river"
    expires = datetime.fromisoformat(row[2])
    assert timedelta(hours=47) < expires - datetime.now(UTC) <= timedelta(hours=48)
    raw = relaxed.settings.core.database.read_bytes()
    assert code.encode() not in raw

    newcomer = api.add_user(language_code="en")
    prompt = await say(api, newcomer, f"/start inv-{code}")
    assert "pseudonym" in prompt["text"]
    for bad, why in (
        ("a", "2 to 32"),
        ("has space", "letters, digits"),
        ("12345", "one letter"),
        ("river", "already uses"),
    ):
        answer = await say(api, newcomer, bad)
        assert why in answer["text"], (bad, answer["text"])
    done = await say(api, newcomer, "sparrow")
    assert "verified peer" in done["text"]
    person = await relaxed.services.people.resolve(newcomer.id)
    assert person.role == "peer" and person.pseudonym == "sparrow"
    audit = await relaxed.services.audit.recent(10, "role.grant")
    assert any(a.actor == "river" and a.subject == "sparrow" for a in audit)

    # The same link does nothing for anyone else.
    other = api.add_user(language_code="en")
    again = await say(api, other, f"/start inv-{code}")
    assert "already been used" in again["text"]
    assert (await relaxed.services.people.resolve(other.id)).role == "person"


async def test_expired_and_made_up_invites_are_refused(relaxed: Harness, moderators) -> None:
    api = relaxed.api
    feature = relaxed.services.features.alerts
    invite = await feature.invites.create("river", now=datetime.now(UTC) - timedelta(hours=49))
    person = api.add_user(language_code="en")
    answer = await say(api, person, f"/start inv-{invite.code}")
    assert "expired" in answer["text"]
    answer = await say(api, person, "/start inv-madeup")
    assert "not valid" in answer["text"]
    assert (await relaxed.services.people.resolve(person.id)).role == "person"
    # Expired invites are purged by the retention job.
    removed = await relaxed.services.retention.run()
    assert removed["alert invites"] >= 1


async def test_a_peer_opening_another_invite_stays_who_they_are(
    relaxed: Harness, moderators
) -> None:
    api = relaxed.api
    river, _ = moderators
    peer = await invited_peer(relaxed, river, "heron")
    code = _code((await say(api, river, "/invite", expect="start=inv-"))["text"])
    answer = await say(api, peer, f"/start inv-{code}")
    assert "already a verified peer" in answer["text"] and "heron" in answer["text"]
    # The invite was not used up.
    assert await relaxed.services.features.alerts.invites.status(code) == "ok"


async def test_only_moderators_invite(relaxed: Harness, moderators) -> None:
    api = relaxed.api
    person = api.add_user(language_code="en")
    answer = await say(api, person, "/invite")
    assert "Only moderators" in answer["text"]
    assert (
        await relaxed.services.db.fetchone("SELECT count(*) FROM invites WHERE created_by = ''")
        is not None
    )


async def test_pseudonym_rules() -> None:
    assert check_pseudonym("sparrow") is None
    assert check_pseudonym("Горобець_2") is None
    assert check_pseudonym("x") == "length"
    assert check_pseudonym("x" * 33) == "length"
    assert check_pseudonym("two words") == "chars"
    assert check_pseudonym("@handle") == "chars"
    assert check_pseudonym("380-50-123") == "letter"


async def test_an_invite_someone_else_is_redeeming_is_refused_at_once(
    relaxed: Harness, moderators
) -> None:
    api = relaxed.api
    river, _ = moderators
    code = _code((await say(api, river, "/invite", expect="start=inv-"))["text"])
    first = api.add_user(language_code="en")
    second = api.add_user(language_code="uk")
    prompt = await say(api, first, f"/start inv-{code}")
    assert "pseudonym" in prompt["text"]
    # The second person is told when they open it, not after choosing a pseudonym.
    refused = await say(api, second, f"/start inv-{code}")
    tr = relaxed.services.i18n.translator("uk")
    assert refused["text"] == tr._(
        "This invite is being used by someone else right now: another person opened it and is choosing a "
        "pseudonym. An invite works for one person only; ask the moderator who sent it for your own."
    )
    done = await say(api, first, "lapwing")
    assert "verified peer" in done["text"]
    assert (await relaxed.services.people.resolve(second.id)).role == "person"

    # A hold lasts only as long as the pseudonym question waits: then the next person may use it.
    code = _code((await say(api, river, "/invite", expect="start=inv-"))["text"])
    await say(api, api.add_user(language_code="en"), f"/start inv-{code}")
    await relaxed.services.db.execute(
        "UPDATE invites SET reserved_until = '2000-01-01T00:00:00+00:00' "
        "WHERE reserved_until IS NOT NULL AND used_at IS NULL"
    )
    later = api.add_user(language_code="en")
    assert "pseudonym" in (await say(api, later, f"/start inv-{code}"))["text"]
    assert "verified peer" in (await say(api, later, "plover"))["text"]
