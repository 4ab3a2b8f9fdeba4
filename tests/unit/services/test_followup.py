"""Following commitments up to 2010: overdue, stalled, progress reports and recognition."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kin_desktop.core.errors import ValidationError
from kin_desktop.core.schemas import RecordType
from kin_desktop.services.demo_content import build_demo
from kin_desktop.services.followup import FollowUpService
from kin_desktop.services.review import ReviewService
from tests.helpers.bundles import (
    Party,
    enrol,
    export,
    make_delegate,
    make_secretariat,
    save,
    welcome_pack,
)

AS_OF = date(2009, 6, 30)


def _commitment(
    title: str, start: str, end: str, milestones: tuple[tuple[str, str], ...] = ()
) -> dict[str, Any]:
    body = dict(build_demo(7, practices=0, commitments=1).commitments[0])
    body.update(
        title=title,
        start_date=start,
        end_date=end,
        milestones=[{"date": d, "description": text} for d, text in milestones],
        targets=[],
    )
    return body


@dataclass(frozen=True)
class Net:
    secretariat: Party
    delegate: Party
    ids: dict[str, str]  # title -> commitment id
    root: Path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Net:
    root = tmp_path_factory.mktemp("followup")
    secretariat = make_secretariat(root / "sec")
    pack = welcome_pack(secretariat, root / "welcome.kinw")
    delegate = make_delegate(root / "hp", welcome_pack=pack, secretariat=secretariat)
    bodies = {
        "late": _commitment("Late", "2007-10-01", "2008-12-31"),
        "done": _commitment("Done", "2007-10-01", "2008-12-31"),
        "milestone": _commitment(
            "Milestone", "2008-01-01", "2010-06-30", (("2009-01-31", "Pilot ward running"),)
        ),
        "reached": _commitment(
            "Reached", "2008-01-01", "2010-06-30", (("2009-01-31", "Pilot ward running"),)
        ),
        "quiet": _commitment("Quiet", "2008-06-01", "2010-12-31"),
        "fresh": _commitment("Fresh", "2009-03-01", "2010-12-31"),
        "stuck": _commitment("Stuck", "2009-03-01", "2010-12-31"),
    }
    ids = {name: save(delegate, RecordType.COMMITMENT, body).record_id for name, body in bodies.items()}
    reports = {
        "done": ("2008-12-20", "completed", []),
        "reached": ("2009-03-01", "on_track", ["Pilot ward running"]),
        "stuck": ("2009-05-01", "stalled", []),
    }
    for name, (day, status, reached) in reports.items():
        save(
            delegate,
            RecordType.PROGRESS_REPORT,
            {"commitment_id": ids[name], "reported_on": day, "status": status, "milestones_reached": reached},
        )
    enrol(secretariat, export(delegate, root / "out"))
    return Net(secretariat, delegate, ids, root)


@pytest.fixture
def net(template: Net, tmp_path: Path) -> Net:
    secretariat = template.secretariat.copy_to(tmp_path / "sec")
    delegate = template.delegate.copy_to(tmp_path / "hp")
    return Net(secretariat, delegate, template.ids, template.root)


@pytest.fixture
def service(net: Net) -> Iterator[FollowUpService]:
    with net.secretariat.open() as workspace:
        yield FollowUpService(workspace, as_of=AS_OF)


def _by_title(service: FollowUpService, only: str = "all") -> dict[str, Any]:
    return {row.title: row for row in service.rows(only)}


def test_overdue_and_stalled_on_a_fixed_day(service: FollowUpService) -> None:
    rows = _by_title(service)
    assert set(rows) == {"Late", "Done", "Milestone", "Reached", "Quiet", "Fresh", "Stuck"}
    expected = {
        # title: (status, overdue, stalled)
        "Late": ("not_started", True, True),  # ended 2008, nothing reported
        "Done": ("completed", False, False),  # ended but completed
        "Milestone": ("not_started", True, True),  # a milestone of January 2009 not reached
        "Reached": ("on_track", False, False),  # the milestone was reported reached, last report 121 days ago
        "Quiet": ("not_started", False, True),  # started a year ago, never reported
        "Fresh": ("not_started", False, False),  # started four months ago
        "Stuck": ("stalled", False, True),  # the delegate says so
    }
    assert {t: (r.status, r.overdue, r.stalled) for t, r in rows.items()} == expected
    assert set(_by_title(service, "overdue")) == {"Late", "Milestone"}
    assert set(_by_title(service, "stalled")) == {"Late", "Milestone", "Quiet", "Stuck"}
    assert rows["Reached"].last_report == date(2009, 3, 1) and rows["Reached"].reports == 1
    assert rows["Late"].last_report is None and rows["Late"].reports == 0
    assert [r.end_date for r in service.rows()] == sorted(r.end_date or "" for r in service.rows())
    with pytest.raises(ValidationError):
        service.rows("late")


def test_the_day_decides(net: Net) -> None:
    with net.secretariat.open() as workspace:
        early = {r.title: r for r in FollowUpService(workspace, as_of=date(2008, 3, 1)).rows()}
        assert not early["Late"].overdue and not early["Quiet"].stalled and not early["Milestone"].overdue
        today = FollowUpService(workspace)
        assert today.as_of >= date(2009, 6, 30)


def test_secretariat_reports_join_the_delegates(net: Net, service: FollowUpService) -> None:
    quiet = net.ids["quiet"]
    revision = service.add_report(
        quiet,
        {
            "reported_on": "2009-06-15",
            "status": "delayed",
            "note": "Mission report",
            "indicators": [{"indicator": "Households served", "value": "1200"}],
        },
    )
    assert revision.owner == revision.author == service.workspace.profile().key_id
    assert revision.record_type == "progress_report"
    row = _by_title(service)["Quiet"]
    assert (row.status, row.last_report, row.reports, row.stalled) == ("delayed", date(2009, 6, 15), 1, False)
    (entry,) = service.reports(quiet)
    assert entry.owner_is_secretariat and entry.note == "Mission report"
    assert entry.indicators == ({"indicator": "Households served", "value": "1200", "note": ""},)
    (theirs,) = service.reports(net.ids["reached"])
    assert not theirs.owner_is_secretariat and theirs.milestones_reached == ("Pilot ward running",)
    service.add_report(quiet, {"reported_on": "2009-06-20", "status": "on_track"})
    assert [e.reported_on for e in service.reports(quiet)] == [date(2009, 6, 20), date(2009, 6, 15)]


def test_bad_reports_are_refused(net: Net, service: FollowUpService) -> None:
    quiet = net.ids["quiet"]
    with pytest.raises(ValidationError):
        service.add_report(quiet, {"reported_on": "30/06/2009", "status": "on_track"})
    with pytest.raises(ValidationError):
        service.add_report(quiet, {"reported_on": "2009-06-30", "status": "finished"})
    with pytest.raises(ValidationError):
        service.add_report("no-such-commitment", {"reported_on": "2009-06-30", "status": "on_track"})
    with pytest.raises(ValidationError):
        service.add_report(
            quiet, {"commitment_id": net.ids["late"], "reported_on": "2009-06-30", "status": "on_track"}
        )
    assert service.reports(quiet) == ()


def test_recognition_by_2010_needs_registration(net: Net, service: FollowUpService) -> None:
    reached = net.ids["reached"]
    with pytest.raises(ValidationError) as info:
        service.set_recognized(reached, True)
    assert info.value.params["reason"] == "not_registered"
    review = ReviewService(service.workspace)
    review.set_state(reached, "registered", "Registered at the Fourth Meeting.")
    service.set_recognized(reached, True)
    row = _by_title(service)["Reached"]
    assert row.registered and row.recognized
    latest = review.review_history(reached)[0]
    assert (latest.state, latest.recognized, latest.comment) == (
        "registered",
        True,
        "Registered at the Fourth Meeting.",
    )
    service.set_recognized(reached, False, "Withdrawn: targets changed.")
    assert not _by_title(service)["Reached"].recognized
    assert len(review.review_history(reached)) == 3


def test_only_the_secretariat_follows_up(net: Net) -> None:
    from kin_desktop.core.errors import WrongRoleError

    with net.delegate.open() as workspace, pytest.raises(WrongRoleError):
        FollowUpService(workspace)


def test_reports_dated_after_as_of_are_not_counted(net: Net) -> None:
    """Looking back at a past day shows what was known that day, not a report written later."""
    with net.secretariat.open() as workspace:
        before = FollowUpService(workspace, as_of=date(2009, 4, 30))  # "Stuck" reported on 2009-05-01
        row = next(r for r in before.rows() if r.title == "Stuck")
        assert (row.status, row.reports, row.last_report) == ("not_started", 0, None)
        assert before.reports(net.ids["stuck"]) == ()
        after = FollowUpService(workspace, as_of=date(2009, 5, 1))
        assert next(r for r in after.rows() if r.title == "Stuck").status == "stalled"
