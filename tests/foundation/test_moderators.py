"""Moderators: who among the moderators is told what, one rule per kind of notice, on a real
database (roles stored under keyed hashes, chats sealed)."""

from __future__ import annotations

from pathlib import Path

from bot.container import Services
from bot.moderators import Recipient
from tests.conftest import make_settings, replace_core

CONFIGURED = 7001  # in HRBOT_MODERATORS, never saved anything
STORED = 7002  # a moderator with a stored role and language
REPORTER = 7003  # a moderator who reported the alert
PEER = 7004
GROUP = -1009


async def _world(tmp_path: Path) -> Services:
    settings = make_settings(tmp_path, moderators=frozenset({CONFIGURED}))
    services = await Services.create(settings)
    people = services.people
    stored = await people.resolve(STORED)
    await people.set_language(stored, "uk")
    await people.grant(await people.resolve(STORED), "moderator", "Harbour", "test")
    await people.grant(await people.resolve(REPORTER), "moderator", "River", "test")
    await people.grant(await people.resolve(PEER), "peer", "Finch", "test")
    return services


async def test_each_kind_of_notice_has_its_rule(tmp_path: Path) -> None:
    services = await _world(tmp_path)
    try:
        moderators = services.moderators
        reporter = services.keyring.user_key(REPORTER)
        stored = services.keyring.user_key(STORED)
        # Without a moderators' chat: each stored moderator but the reporter, in their language.
        assert await moderators.reviewers(reporter) == [Recipient(STORED, "uk")]
        assert await moderators.reviewers(only=reporter) == [Recipient(REPORTER, "en")]
        # A notice to act on reaches configured moderators too; peers never.
        notice = await moderators.notice()
        assert {r.chat_id for r in notice} == {STORED, REPORTER, CONFIGURED}
        assert Recipient(STORED, "uk") in notice
        everyone = await moderators.everyone()
        assert sorted(r.chat_id for r in everyone) == sorted([CONFIGURED, STORED, REPORTER])
        assert all(r.language is None for r in everyone)
        assert await moderators.progress(stored) == Recipient(STORED, "uk")
        assert await moderators.progress(None) is None

        # With a moderators' chat, that chat is where reviews, notices and progress go.
        services.settings = replace_core(services.settings, moderator_chat=GROUP)
        moderators = services.moderators
        assert await moderators.reviewers(reporter) == [Recipient(GROUP, "en")]
        assert await moderators.reviewers(only=stored) == [Recipient(STORED, "uk")]
        assert await moderators.notice() == [Recipient(GROUP, None)]
        assert GROUP in {r.chat_id for r in await moderators.everyone()}
        assert await moderators.progress(stored) == Recipient(GROUP, "uk")
    finally:
        await services.close()
