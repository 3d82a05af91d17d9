"""Invites: a moderator's one-time link makes a verified peer with a chosen pseudonym."""

from __future__ import annotations

from tests.alerts.conftest import say
from tests.conftest import Harness


async def test_invite_link_makes_a_verified_peer(harness: Harness, moderators) -> None:
    api = harness.api
    river, _ = moderators
    answer = await say(api, river, "/invite")
    assert "t.me/hrbot_sandbox_bot?start=inv-" in answer["text"]
    code = answer["text"].split("start=inv-", 1)[1].split()[0]
    newcomer = api.add_user(language_code="en")
    prompt = await say(api, newcomer, f"/start inv-{code}")
    assert "pseudonym" in prompt["text"]
    done = await say(api, newcomer, "sparrow")
    assert "verified peer" in done["text"]
    person = await harness.services.people.resolve(newcomer.id)
    assert person.role == "peer" and person.pseudonym == "sparrow"
