"""Opening hours through opening-hours-py, in each service's own time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.directory.finder import describe_status
from bot.directory.hours import CLOSED, OPEN, UNKNOWN, Hours, HoursError, check_hours
from bot.directory.services import Service
from bot.i18n import I18n

KYIV = ZoneInfo("Europe/Kyiv")
MEXICO = ZoneInfo("America/Mexico_City")
VANCOUVER = ZoneInfo("America/Vancouver")
SPLIT = "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; PH off"


def at(tz: ZoneInfo, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=tz)


def test_several_intervals_a_day() -> None:
    hours = Hours(SPLIT, "Europe/Kyiv", "UA")
    morning = hours.status(at(KYIV, 2026, 11, 27, 12, 0))  # a Friday
    assert morning.state == OPEN and morning.until == at(KYIV, 2026, 11, 27, 13, 0)
    lunch = hours.status(at(KYIV, 2026, 11, 27, 13, 30))
    assert lunch.state == CLOSED and lunch.opens == at(KYIV, 2026, 11, 27, 14, 0)
    evening = hours.status(at(KYIV, 2026, 11, 27, 19, 0))
    assert evening.state == CLOSED and evening.opens == at(KYIV, 2026, 11, 28, 10, 0)
    sunday = hours.status(at(KYIV, 2026, 11, 29, 12, 0))
    assert sunday.state == CLOSED and sunday.opens == at(KYIV, 2026, 11, 30, 9, 0)


def test_evaluated_in_the_services_time_zone_whatever_zone_now_is_in() -> None:
    hours = Hours(SPLIT, "Europe/Kyiv", "UA")
    # 10:30 UTC is 12:30 in Kyiv: open until 13:00 Kyiv time.
    status = hours.status(datetime(2026, 11, 27, 10, 30, tzinfo=UTC))
    assert status.state == OPEN
    assert status.until == at(KYIV, 2026, 11, 27, 13, 0)
    assert status.until.utcoffset() == KYIV.utcoffset(datetime(2026, 11, 27))
    # The same UTC moment is 04:30 in Mexico City: a 10:00 opening there is still ahead.
    mexico = Hours("Mo-Fr 10:00-18:00", "America/Mexico_City", "MX").status(
        datetime(2026, 11, 27, 10, 30, tzinfo=UTC)
    )
    assert mexico.state == CLOSED and mexico.opens == at(MEXICO, 2026, 11, 27, 10, 0)


def test_always_open_and_always_closed() -> None:
    always = Hours("24/7", "America/Vancouver", "CA").status(at(VANCOUVER, 2026, 12, 25, 3, 0))
    assert always.state == OPEN and always.until is None
    never = Hours("off", "America/Vancouver", "CA").status(at(VANCOUVER, 2026, 12, 25, 3, 0))
    assert never.state == CLOSED and never.opens is None


def test_public_holidays_follow_the_country_calendar() -> None:
    hours = Hours(SPLIT, "Europe/Kyiv", "UA")
    # 1 January 2027 is a Friday and a public holiday in Ukraine.
    holiday = hours.status(at(KYIV, 2027, 1, 1, 10, 0))
    assert holiday.state == CLOSED and holiday.opens == at(KYIV, 2027, 1, 2, 10, 0)
    # Mexico's Constitution Day (first Monday of February): 1 February 2027.
    mexico = Hours("Mo-Fr 10:00-18:00; PH off", "America/Mexico_City", "MX")
    assert mexico.status(at(MEXICO, 2027, 2, 1, 12, 0)).state == CLOSED
    assert mexico.status(at(MEXICO, 2027, 2, 2, 12, 0)).state == OPEN


def test_date_specific_closure() -> None:
    hours = Hours("Mo-Th 10:00-14:00; Dec 24-Jan 06 off", "Europe/Madrid", "ES")
    madrid = ZoneInfo("Europe/Madrid")
    before = hours.status(at(madrid, 2026, 12, 23, 11, 0))  # a Wednesday
    assert before.state == OPEN
    closed = hours.status(at(madrid, 2026, 12, 28, 11, 0))  # a Monday inside the closure
    assert closed.state == CLOSED
    assert closed.opens == at(madrid, 2027, 1, 7, 10, 0)  # the first Thursday after it


def test_overnight_hours_close_tomorrow() -> None:
    hours = Hours("Mo-Su 19:00-03:00", "America/Vancouver", "CA")
    status = hours.status(at(VANCOUVER, 2026, 11, 27, 23, 0))
    assert status.state == OPEN and status.until == at(VANCOUVER, 2026, 11, 28, 3, 0)


def test_unknown_state_keeps_its_comment() -> None:
    hours = Hours('Mo-Fr 10:00-18:00; Sa unknown "call first"', "Europe/Kyiv", "UA")
    status = hours.status(at(KYIV, 2026, 11, 28, 12, 0))
    assert status.state == UNKNOWN and status.comment == "call first"


@pytest.mark.parametrize(
    "text", ["Mo-Fx 10:00-12:00", "Mo-Fr 10:00-", "24/24", "closed sometimes", ""]
)
def test_strings_the_parser_rejects_are_errors(text: str) -> None:
    with pytest.raises(HoursError):
        Hours(text, "Europe/Kyiv", "UA")
    assert check_hours(text, "Europe/Kyiv", "UA") is not None


def test_parser_error_names_the_character() -> None:
    error = check_hours("Mo-Fx 10:00-12:00")
    assert error is not None and error.column == 4 and "character 4" in str(error)


def test_unknown_time_zone_is_an_error() -> None:
    with pytest.raises(HoursError, match="time zone"):
        Hours("24/7", "Europe/Atlantis")


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError):
        Hours("24/7", "Europe/Kyiv").status(datetime(2026, 1, 1))


# -- the open-now text, in every language ------------------------------------------------------
def norm(text: str) -> str:
    """CLDR puts a narrow no-break space before AM/PM; compare with plain spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _service(
    hours: str, tz: str = "Europe/Kyiv", country: str = "UA", status: str = "active"
) -> Service:
    return Service(
        id="s",
        names={"en": "S"},
        organization="O",
        types=("naloxone",),
        hours=Hours(hours, tz, country),
        timezone=tz,
        country=country,
        status=status,
    )


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Closed now, opens tomorrow at 10:00 AM"),
        ("ru", "Сейчас закрыто, откроется завтра в 10:00"),
        ("uk", "Зараз зачинено, відчиниться завтра о 10:00"),
        ("es", "Cerrado ahora, abre mañana a las 10:00"),
    ],
)
def test_opens_tomorrow_in_each_language(i18n: I18n, lang: str, expected: str) -> None:
    service = _service(SPLIT)
    now = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)  # 19:00 Friday in Kyiv
    assert (
        norm(describe_status(service, service.hours.status(now), i18n.translator(lang), now))
        == "🔴 " + expected
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Open now, until 1:00 PM"),
        ("ru", "Сейчас открыто, до 13:00"),
        ("uk", "Зараз відчинено, до 13:00"),
        ("es", "Abierto ahora, hasta las 13:00"),
    ],
)
def test_open_until_in_each_language(i18n: I18n, lang: str, expected: str) -> None:
    service = _service(SPLIT)
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # 11:00 in Kyiv
    assert (
        norm(describe_status(service, service.hours.status(now), i18n.translator(lang), now))
        == "🟢 " + expected
    )


def test_status_texts_for_the_other_cases(i18n: I18n) -> None:
    tr = i18n.translator("en")
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    always = _service("24/7")
    assert norm(describe_status(always, always.hours.status(now), tr, now)) == "🟢 Open 24 hours"
    closed = _service("24/7", status="temporarily-closed")
    assert "Temporarily closed" in describe_status(closed, closed.hours.status(now), tr, now)
    later = _service("Mo 09:00-12:00")  # Friday now: next Monday
    assert (
        norm(describe_status(later, later.hours.status(now), tr, now))
        == "🔴 Closed now, opens Mon, November 30, 9:00 AM"
    )
    today = _service("Fr 14:00-16:00")
    assert (
        norm(describe_status(today, today.hours.status(now), tr, now))
        == "🔴 Closed now, opens today at 2:00 PM"
    )
    overnight = _service("Mo-Su 08:00-02:00")
    assert (
        norm(describe_status(overnight, overnight.hours.status(now), tr, now))
        == "🟢 Open now, until 2:00 AM tomorrow"
    )
