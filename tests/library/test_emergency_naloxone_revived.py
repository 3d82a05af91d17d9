"""Naloxone given just now and the person came round (issue #9, fifteenth session): still the
emergency card, whose steps say to stay with them and call, because naloxone wears off after 30-90
minutes and the overdose can come back. Before, "gave him narcan, he's breathing again, he's ok now"
got no card and often no answer at all. Not an "if", a training, kits handed out, or yesterday."""

from __future__ import annotations

import pytest

from bot.library.emergency_text import is_emergency


@pytest.mark.parametrize(
    "text",
    [
        "just gave her narcan and she's breathing again, what do i do now",
        "used the naloxone on my roommate, he came to, is he ok now?",
        "sprayed narcan and he woke up swearing at us, what next",
        "вкололи налоксон, очнулась, дальше что делать",
        "пшикнули налоксон в нос і він задихав, що тепер",
        "le dimos naloxona y volvio en si, ahora que",
    ],
)
def test_naloxone_given_and_came_round_is_still_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "if i give narcan and they wake up, do i still have to call?",
        "last week we gave him naloxone and he woke up, he's doing well",
        "ayer le pusimos naloxona y desperto, hoy esta bien",
        "на тренинге вкололи налоксон манекену и все проснулись",
        "gave out narcan kits at the rave, woke up at noon",
        "когда дали налоксон, человек обычно очнулся через сколько минут?",
    ],
)
def test_not_now_or_not_a_person_revived_is_no_card(text: str) -> None:
    assert not is_emergency(text), text
