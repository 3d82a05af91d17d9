"""A member who chose a language with /language is answered in a group in their Telegram
language: the group must not learn from the bot's reply that they use the bot."""

from __future__ import annotations

from bot.handlers.payload import Payload, action
from tests.conftest import Harness
from tests.foundation.test_e2e import wait_edit


async def test_group_replies_do_not_use_a_stored_language(harness: Harness) -> None:
    user = harness.api.add_user(language_code="en")
    user.send_command("/language")
    menu = await user.next_message()
    user.press(menu, button_text="Українська")
    await wait_edit(harness, user.id)
    assert (await harness.services.people.resolve(user.id)).language == "uk"
    group = harness.api.add_group(title="Friends", members=[user])
    user.send_command("/start", chat=group)
    event = await harness.api.wait_for(
        lambda e: e["type"] == "message" and e["chat_id"] == group.id, timeout=5
    )
    assert "private messages" in event["message"]["text"]  # English, as Telegram says
    # ... while in the private chat the chosen language still applies.
    user.send_command("/start")
    assert "бот зменшення шкоди" in (await user.next_message())["text"]


@action("t_num", does="a button that carries a number, for this test")
class Number(Payload):
    n: int


async def test_a_signed_button_with_unreadable_arguments_gets_an_answer_not_a_traceback(
    harness: Harness, caplog
) -> None:
    async def reads_a_number(update, context, pressed: Number):
        raise AssertionError("the router must not call a handler with unreadable arguments")

    router = harness.app.bot_data.registry.router
    if Number.action not in router.routes:
        router.add(Number, reads_a_number)
    user = harness.api.add_user(language_code="en")
    user.send_command("/start")
    menu = await user.next_message()
    data = harness.services.buttons.encode(user.id, "t_num", "not-a-number")
    query_id = user.press_data(menu["message_id"], data)
    event = await harness.api.wait_for(
        lambda e: e["type"] == "callback_answer" and e["query_id"] == query_id, timeout=5
    )
    assert "no longer works" in event["text"] and event["show_alert"]
    assert "Traceback" not in caplog.text and "carried arguments" in caplog.text
