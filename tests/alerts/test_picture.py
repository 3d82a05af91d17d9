"""A shareable picture of each alert in each language, one tap away for moderators and peers."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.alerts import picture
from tests.alerts.conftest import (
    alert_id_of,
    press,
    press_answer,
    quiet,
    report_alert,
    review_for,
    say,
)
from tests.conftest import Harness

pytestmark = [
    pytest.mark.asyncio(loop_scope="module"),
    pytest.mark.skipif(
        not picture.available(), reason="fonts-dejavu-core is not installed (.ci/run installs it)"
    ),
]


async def test_moderator_and_reporter_get_a_picture_per_language(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    river, _ = moderators
    alert_id = alert_id_of(await report_alert(relaxed, peer, severity="Caution"))
    review = await review_for(river, alert_id)
    assert "Approved" in await press_answer(api, river, review, "Approve")
    # The reporting peer's "approved" notice offers the picture.
    notice = None
    for _ in range(20):  # the notice follows the approval; on a busy machine it may take a while
        notice = next(
            (
                m
                for m in await quiet(peer, 0.5)
                if f"#{alert_id} was approved" in (m.get("text") or "")
            ),
            None,
        )
        if notice is not None:
            break
    assert notice is not None
    sent = await press(api, peer, notice, "Picture to share")
    assert sent.get("photo") and f"#{alert_id}" in sent["caption"]
    # One tap more for another language: the moderator's detail view has the button too
    # (after the delivery's progress notice, which would otherwise land in the middle).
    assert await relaxed.services.features.alerts.sender.wait_idle(10)
    await quiet(river, 0.5)
    detail = await press(
        api,
        river,
        await say(api, river, "/moderate", expect="waiting for review first"),
        f"#{alert_id}",
        exact=True,
    )
    english = await press(api, river, detail, "Picture to share")
    while not english.get("photo"):  # a delivery progress notice may come first
        english = await river.next_message(5)
    assert "(EN)" in english["caption"]
    ukrainian = await press(api, river, english, "UK")
    while not ukrainian.get("photo"):  # as above: a progress notice may come first
        ukrainian = await river.next_message(5)
    assert "(UK)" in ukrainian["caption"]
    files = [api.files.by_id[m["photo"][-1]["file_id"]].data for m in (english, ukrainian)]
    assert files[0] != files[1]
    for data in files:
        image = Image.open(io.BytesIO(data))
        assert image.format == "PNG" and image.width == 1080 and image.height > 600


async def test_a_person_cannot_ask_for_pictures(relaxed: Harness, moderators, peer) -> None:
    api = relaxed.api
    person = api.add_user(language_code="en")
    person.send_command("/start")
    menu = await person.next_message(5)
    # A forged press of the picture action is refused: the button is signed for another chat.
    person.press_data(menu["message_id"], "apic|1|en")
    assert not [m for m in await quiet(person, 0.5) if m.get("photo")]
