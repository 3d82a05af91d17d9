"""Issue 9 item 7, no dead end: a question that no topic answers well enough, but that came close
to one, gets the closest topics as buttons ("Maybe one of these:") beside the overdose steps, the
service finder and a peer; a message far from every topic gets none (the real Application
against the fake Bot API, fixture content, BM25 search)."""

from __future__ import annotations

from bot.library.search import SearchConfig
from tests.conftest import buttons, next_matching


async def test_a_question_that_came_close_offers_the_closest_topic_as_a_button(
    lib_harness,
) -> None:
    user = lib_harness.api.add_user(language_code="en")
    # under the cut (BM25 alone: 0.6) but above the floor for buttons (0.45)
    user.send_text("can fentanyl be in other stuff")
    message = await user.next_message(timeout=5)
    assert "don't have a good answer" in message["text"]
    assert "Maybe one of these:" in message["text"]
    shown = buttons(message)
    assert "→ Fentanyl test strips" in shown
    # the closest topic comes first, and the usual ways forward stay
    assert shown[0] == "→ Fentanyl test strips"
    assert {"Overdose: what to do", "Find services", "Ask a peer"} <= set(shown)
    # the button opens the topic (a signed payload, like every topic button)
    user.press(message, button_text="→ Fentanyl test strips")
    topic = await next_matching(user, lambda m: "Fentanyl test strips" in m["text"])
    assert "fentanyl" in topic["text"].lower()


async def test_a_message_far_from_every_topic_gets_no_topic_buttons(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="ru")
    user.send_text("какая столица у австралии")
    message = await user.next_message(timeout=5)
    assert "нет хорошего ответа" in message["text"]
    assert "Может быть, одна из этих тем:" not in message["text"]
    assert not [b for b in buttons(message) if b.startswith("→")]
    assert len(buttons(message)) == 4  # overdose steps, services, a peer, browse topics


async def test_the_offer_is_translated(lib_harness) -> None:
    user = lib_harness.api.add_user(language_code="es")
    user.send_text("hay fentanilo en otras cosas")
    message = await user.next_message(timeout=5)
    assert "No tengo una buena respuesta" in message["text"]
    assert "Quizá uno de estos temas:" in message["text"]
    assert "→ Tiras reactivas de fentanilo" in buttons(message)


def test_the_floor_for_buttons_is_under_both_cuts() -> None:
    cfg = SearchConfig()
    assert cfg.near_threshold < cfg.threshold and cfg.near_threshold < cfg.fused_threshold
