"""The library tried as a new person would, through the fake Telegram server."""

from __future__ import annotations

from tests.conftest import MODERATOR_ID, buttons, next_matching


async def test_russian_question_with_typo_gets_the_right_topic(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="ru")
    user.send_text("где взять нолоксон срочно нужен")
    message = await user.next_message(timeout=5)
    assert "Налоксон" in message["text"]
    assert "Подробнее" in buttons(message) or any("Подроб" in b for b in buttons(message))


async def test_off_topic_question_gets_honest_no_answer(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="en")
    user.send_text("what is the capital of australia")
    message = await user.next_message(timeout=5)
    assert "don't have a good answer" in message["text"]
    # no dead end: the overdose steps, the service finder and a peer, one tap each
    assert {"Overdose: what to do", "Find services", "Ask a peer"} <= set(buttons(message))


async def test_emergency_gets_overdose_steps_and_number_first(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="es")
    user.send_text("mi amigo no respira que hago")
    message = await user.next_message(timeout=5)
    text = message["text"]
    assert text.startswith("📞")  # the number first: the short emergency card
    assert "112" in text and "emergencias" in text.lower()
    assert "naloxona" in text.lower()


async def test_unanswered_question_reaches_a_peer_anonymously_and_the_answer_returns(
    lib_harness,
) -> None:
    api = lib_harness.api
    moderator = api.add_user(
        user_id=MODERATOR_ID, language_code="en", first_name="Mod", username="mod_handle"
    )
    person = api.add_user(language_code="en", first_name="Secret", username="secret_person")
    person.send_text("my cat ate a strange mushroom, is that bad")
    no_answer = await person.next_message(timeout=5)
    person.press(no_answer, button_text="Ask a peer")
    confirm = await next_matching(person, lambda m: "ticket #" in m["text"])
    assert "#1" in confirm["text"]
    notice = await next_matching(moderator, lambda m: "New question #1" in m["text"])
    assert "strange mushroom" in notice["text"]
    for secret in ("Secret", "secret_person", str(person.id)):
        assert secret not in notice["text"]
    assert "forward_origin" not in notice and "forward_from" not in notice
    moderator.press(notice, button_text="Claim #1")
    thread = await next_matching(moderator, lambda m: "Question #1" in m["text"])
    assert "strange mushroom" in thread["text"]
    await next_matching(person, lambda m: "picked up your question #1" in m["text"])
    moderator.press(thread, button_text="Reply")
    await next_matching(moderator, lambda m: "Write your reply" in m["text"])
    moderator.send_text("Ask a vet; most wild mushrooms are not a drug question for cats.")
    answer = await next_matching(person, lambda m: "Answer from a peer" in m["text"])
    assert "Ask a vet" in answer["text"]
    # follow-up in the same ticket reaches the peer
    person.press(answer, button_text="Reply")
    await next_matching(person, lambda m: "Write your reply" in m["text"])
    person.send_text("thanks, and what if it was a dog?")
    follow = await next_matching(moderator, lambda m: "Follow-up on question #1" in m["text"])
    assert "dog" in follow["text"]
    person.press(answer, button_text="Close the question")
    await next_matching(moderator, lambda m: "closed question #1" in m["text"])


async def test_reload_with_a_broken_file_keeps_serving_and_reports_the_line(lib_harness) -> None:
    api = lib_harness.api
    moderator = api.add_user(user_id=MODERATOR_ID, language_code="en")
    path = lib_harness.settings.core.content_dir / "topics" / "naloxone.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("status: published", "status: published\nstatus: draft"), encoding="utf-8"
    )
    moderator.send_command("/reload")
    report = await moderator.next_message(timeout=5)
    assert "kept serving" in report["text"]
    assert "naloxone.yaml:5:1: error: duplicate key `status`" in report["text"]
    user = api.add_user(language_code="en")
    user.send_text("how do I use narcan")
    message = await user.next_message(timeout=5)
    assert "Naloxone" in message["text"]


async def test_withdraw_hides_a_topic_until_republished(lib_harness) -> None:
    api = lib_harness.api
    moderator = api.add_user(user_id=MODERATOR_ID, language_code="en")
    moderator.send_command("/withdraw", "naloxone")
    done = await moderator.next_message(timeout=5)
    assert "Withdrawn: naloxone" in done["text"]
    user = api.add_user(language_code="en")
    user.send_text("narcan")
    message = await user.next_message(timeout=5)
    assert "Naloxone" not in message["text"].split("\n")[0]
    entries = await lib_harness.services.audit.recent(action_prefix="library.")
    assert (
        entries
        and entries[0].action == "library.withdraw.topic"
        and entries[0].subject == "naloxone"
    )
    moderator.send_command("/republish", "naloxone")
    await moderator.next_message(timeout=5)
    user.send_text("narcan")
    message = await user.next_message(timeout=5)
    assert "Naloxone" in message["text"]


async def test_browse_topics_and_related(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="uk")
    user.send_command("/topics")
    menu = await user.next_message(timeout=5)
    assert "Передозування" in buttons(menu)
    user.press(menu, button_text="Передозування")
    await lib_harness.idle()
    listing = lib_harness.api.chat(user.id).messages[menu["message_id"]]
    assert "Налоксон" in buttons(listing)
    user.press(listing, button_text="Налоксон")
    topic = await user.next_message(timeout=5)
    assert topic["text"].startswith("Налоксон")
    assert "Джерела" in topic["text"]
    assert any("Що робити при передозуванні" in b for b in buttons(topic))
    assert "Зняти цю тему" not in buttons(topic)  # not a moderator


async def test_combo_in_russian_with_aliases(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="ru")
    user.send_command("/combo", "гер ксанакс")
    message = await user.next_message(timeout=5)
    assert "Опасно" in message["text"]
    assert "замедляют дыхание" in message["text"]
    user.send_command("/combo", "alcohol cocaine")
    unknown = await user.next_message(timeout=5)
    assert "Неизвестно" in unknown["text"] and "не значит, что она безопасна" in unknown["text"]


async def test_bot_refuses_to_start_on_invalid_content(
    fake_api, tmp_path, content_dir, monkeypatch
) -> None:
    import pytest

    from bot.config import ConfigError
    from bot.runner import running_bot
    from tests.conftest import TOKEN, make_settings

    path = content_dir / "topics" / "naloxone.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("related: [overdose-response]", "related: [nope]"),
        encoding="utf-8",
    )
    settings = make_settings(tmp_path, content_dir=content_dir, api_url=fake_api.base_url)
    with pytest.raises(ConfigError) as raised:
        async with running_bot(settings, TOKEN):
            pass
    assert "topics/naloxone.yaml:7:11: error: related topic `nope` not found" in str(raised.value)


async def test_emergency_still_answers_when_the_overdose_topic_is_withdrawn(lib_harness) -> None:
    api = lib_harness.api
    moderator = api.add_user(user_id=MODERATOR_ID, language_code="en")
    moderator.send_command("/withdraw", "overdose-response")
    await moderator.next_message(timeout=5)
    user = api.add_user(language_code="ru")
    user.send_text("он не дышит")
    message = await user.next_message(timeout=5)
    assert "112" in message["text"]
    assert "Что делать при передозировке" not in message["text"]  # the withdrawn text is not shown


async def test_cancel_drops_a_question_being_written(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="en")
    user.send_command("/ask")
    await user.next_message(timeout=5)
    user.send_command("/cancel")
    cancelled = await user.next_message(timeout=5)
    assert cancelled["text"] == "OK, nothing was sent."
    user.send_text("narcan")
    answer = await user.next_message(timeout=5)
    assert "Naloxone" in answer["text"]  # searched, not sent to peers
    assert await lib_harness.services.features.library.repo.ticket_counts() == {}
