"""`hrbot services near` and `hrbot services feedback`."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import cli
from bot.directory.feedback import Feedback
from bot.directory.geo import haversine_m
from bot.storage.db import Database
from bot.storage.directory import DirectoryRepo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ("HRBOT_CONFIG", "HRBOT_SECRET_KEY", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HRBOT_CONTENT_DIR", str(ROOT / "content"))
    monkeypatch.setenv("HRBOT_DATABASE", str(tmp_path / "hrbot.sqlite3"))
    # main() configures the process's logging; keep pytest's own handlers in place.
    monkeypatch.setattr(cli, "configure_logging", lambda *args, **kwargs: None)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# Open services come first, so the order depends on the hour: each case fixes the moment
# (--at) and gives the order the finder owes at it (Madrid hours, Monday 7 December 2026).
NEAR_SOL_AT = [
    # 07:58 in Madrid: only the 24-hour shelter is open, so it comes first though it is the
    # farthest; the closed ones follow by distance (the temporarily closed one among them)
    (
        "2026-12-07T07:58+01:00",
        "2026-12-07T06:58:00+00:00",
        [
            ("madrid-tetuan-shelter", True),
            ("madrid-lavapies-drop-in", False),
            ("madrid-sol-sexual-health", None),
            ("madrid-chueca-drug-checking", False),
        ],
    ),
    # 10:30: the drop-in has opened (and the OAT since 08:00): all four open, by distance
    (
        "2026-12-07T09:30Z",
        "2026-12-07T09:30:00+00:00",
        [
            ("madrid-lavapies-drop-in", True),
            ("madrid-usera-oat", True),
            ("madrid-vallecas-health-point", True),
            ("madrid-tetuan-shelter", True),
        ],
    ),
]


@pytest.mark.parametrize(("at", "now", "expected"), NEAR_SOL_AT)
def test_near_json_items_have_id_and_distance(
    capsys: pytest.CaptureFixture[str], at: str, now: str, expected: list[tuple[str, bool | None]]
) -> None:
    code, out, _ = run(
        capsys, "services", "near", "40.4087", "-3.7009", "--json", "--limit", "4", "--at", at
    )
    assert code == 0
    body = json.loads(out)
    assert body["now"] == now
    items = body["items"]
    # open before closed, then by distance
    assert [(i["id"], i["open_now"]) for i in items] == expected
    for item in items:
        expected_m = haversine_m(40.4087, -3.7009, item["lat"], item["lon"])
        assert item["distance_m"] == pytest.approx(expected_m, abs=0.06)
    assert all(i["id"] != "madrid-sex-worker-program" for i in items)  # on-request
    assert [a["id"] for a in body["area"]] == ["madrid-canada-real-mobile"]


def test_near_without_at_answers_for_now(capsys: pytest.CaptureFixture[str]) -> None:
    """People's answers stay on the wall clock; only the order of open and closed changes
    with it, so this checks the moment and nothing that depends on the hour."""
    before = datetime.now(UTC).replace(microsecond=0)
    code, out, _ = run(capsys, "services", "near", "40.4087", "-3.7009", "--json", "--limit", "4")
    assert code == 0
    body = json.loads(out)
    assert before <= datetime.fromisoformat(body["now"]) <= datetime.now(UTC)
    assert len(body["items"]) == 4 and all(i["distance_m"] is not None for i in body["items"])


@pytest.mark.parametrize("at", ["2026-12-07T07:58", "Monday 8am", "2026-13-07T07:58Z"])
def test_near_at_needs_a_moment_with_its_offset(
    capsys: pytest.CaptureFixture[str], at: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "services", "near", "40.4087", "-3.7009", "--at", at)
    assert stopped.value.code == 2
    assert "--at" in capsys.readouterr().err


def test_near_json_with_type_filter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "services", "near", "50.45", "30.52", "--type", "opioid-agonist-therapy", "--json"
    )
    assert code == 0
    items = json.loads(out)["items"]
    assert items and all("opioid-agonist-therapy" in i["types"] for i in items)
    assert "kyiv-women-oat-program" not in {i["id"] for i in items}
    assert items[0]["id"] == "kyiv-lukianivka-oat"


def test_near_across_the_antimeridian_and_far_away(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "services", "near", "-17.7", "178.0", "--json", "--limit", "1")
    assert code == 0
    (item,) = json.loads(out)["items"]
    assert item["id"].startswith("van-") or item["id"].startswith("cdmx-")  # the Pacific side


def test_near_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "services", "near", "49.2813", "-123.0987", "--limit", "2", "--lang", "es"
    )
    assert code == 0
    assert out.splitlines()[0].startswith(" 1. van-hastings-ops  ")
    assert "Abierto 24 horas" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["services", "near", "95", "0"], "latitude must be between -90 and 90"),
        (["services", "near", "0", "east"], "longitude must be a number"),
        (["services", "near", "0", "0", "--limit", "0"], "--limit must be between 1 and 50"),
        (["services", "near", "0", "0", "--type", "needles"], "invalid choice"),
    ],
)
def test_bad_arguments_are_one_clear_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_missing_content_folder(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HRBOT_CONTENT_DIR", str(tmp_path / "nowhere"))
    code, _, err = run(capsys, "services", "near", "0", "0")
    assert code == 2 and "There is no services folder" in err


async def _record(path: Path) -> None:
    db = await Database(path).open()
    try:
        when = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
        feedback = Feedback(DirectoryRepo(db), clock=lambda: when)
        for person in (b"a" * 32, b"b" * 32, b"c" * 32):
            await feedback.record(person, "kyiv-podil-harm-reduction", "closed")
        await feedback.record(b"a" * 32, "kyiv-podil-harm-reduction", "helpful")
        await feedback.record(b"a" * 32, "van-hastings-ops", "out_of_supplies")
    finally:
        await db.close()


def test_feedback_report(capsys: pytest.CaptureFixture[str], environment: Path) -> None:
    code, _, err = run(capsys, "services", "feedback")
    assert code == 2 and "There is no database" in err
    asyncio.run(_record(environment / "hrbot.sqlite3"))
    code, out, _ = run(capsys, "services", "feedback", "--json")
    assert code == 0
    body = json.loads(out)
    rows = {row["id"]: row for row in body["services"]}
    assert rows["kyiv-podil-harm-reduction"] == {
        "id": "kyiv-podil-harm-reduction",
        "helpful": 1,
        "judgmental": 0,
        "closed": 3,
        "out_of_supplies": 0,
    }
    assert rows["van-hastings-ops"]["out_of_supplies"] == 1
    assert [(f["id"], f["kind"], f["reports"]) for f in body["flags"]] == [
        ("kyiv-podil-harm-reduction", "closed", 3)
    ]
    code, out, _ = run(capsys, "services", "feedback")
    assert code == 0
    assert "kyiv-podil-harm-reduction" in out and "Flags raised for moderators" in out
