"""The secretariat's Review page through the real widget: a review reaches the delegate in the next
receipt, conflicts are resolved (keep left, merge), a 10,000-row table filters and sorts, forms print,
cities' answers read by city and by question."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kin_desktop.core.schemas import ParticipantCategory, ProjectType, RecordType, ReviewState, Sector
from kin_desktop.services import exchange, profiles
from kin_desktop.services.review import ConflictSides, ReviewFilter, ReviewRow, ReviewService
from kin_desktop.ui.language import number_text
from kin_desktop.ui.print_preview import PrintPreviewDialog
from kin_desktop.ui.secretariat import ReviewPage
from kin_desktop.ui.secretariat.conflicts import ConfirmKeep, MergeDialog, MergeModel, side_rows
from kin_desktop.ui.secretariat.review import RecordsReviewTab, ReviewFilterProxy, ReviewTableModel
from kin_desktop.ui.sorting import text_key
from tests.helpers import bundles as b
from tests.ui.test_secretariat_inbox import Network, fresh_copy, make_template


@pytest.fixture(scope="module")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> Network:
    return make_template(tmp_path_factory)


@pytest.fixture
def network(tmp_path: Path, network_template: Network) -> Network:
    return fresh_copy(tmp_path, network_template)


@pytest.fixture
def workspace(network: Network) -> Iterator[profiles.Workspace]:
    with network.secretariat.open() as opened:
        outcomes = exchange.import_paths(opened, [*network.waiting, *network.twins])
        assert {o.status for o in outcomes} == {"merged"}, outcomes
        yield opened


def _page(qtbot: QtBot, workspace: profiles.Workspace) -> ReviewPage:
    page = ReviewPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    qtbot.waitUntil(lambda: page.commitments.model.rowCount() > 0, timeout=15_000)
    return page


def _loaded(qtbot: QtBot, tab: RecordsReviewTab) -> None:
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=15_000)


def test_a_review_with_a_comment_reaches_the_delegate_in_the_next_receipt(
    qtbot: QtBot,
    tmp_path: Path,
    network: Network,
    workspace: profiles.Workspace,
) -> None:
    page = _page(qtbot, workspace)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts reach the active window only
    tab = page.commitments
    delegate = network.delegates[1]  # Surabaya
    target = b.record_ids(delegate, RecordType.COMMITMENT)[0]
    assert tab.select_record(target)
    panel = tab.panel
    assert panel.title_label.text() == tab.model.row_at(tab.model.row_of(target)).title
    assert panel.state_combo.currentData() == "received"
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("has_issues"))
    assert not panel.recognized_check.isEnabled()
    panel.comment_edit.setPlainText("Please add a baseline year to each target.")
    with qtbot.waitSignal(page.state_changed, timeout=15_000) as changed:
        qtbot.keyClick(panel.comment_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [target]
    row = tab.model.row_at(tab.model.row_of(target))
    assert row.state == "has_issues" and row.comments == 1
    assert (
        tab.model.data(tab.model.index(tab.model.row_of(target), tab.model.column_of("state")))
        == "Has issues"
    )
    assert panel.history_model.rowCount() == 1
    assert panel.history_model.row_at(0).comment == "Please add a baseline year to each target."
    assert "next receipt" in panel.status_label.text()

    receipts = exchange.write_receipts(workspace, tmp_path / "receipts")
    mine = [p for p in receipts if "surabaya" in Path(p).name]
    assert len(mine) == 1
    copy = delegate.copy_to(tmp_path / "surabaya")
    (taken,) = b.import_files(copy, mine)
    assert taken.status == "merged"
    with closing(sqlite3.connect(copy.database)) as con:
        notes = con.execute(
            "SELECT state, comment FROM review_note WHERE target_id = ?", (target,)
        ).fetchall()
    assert notes == [("has_issues", "Please add a baseline year to each target.")]


def test_a_draft_comment_survives_switching_records(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
) -> None:
    page = _page(qtbot, workspace)
    tab = page.commitments
    first, second = tab.model.ids[:2]
    tab.select_record(first)
    tab.panel.comment_edit.setPlainText("half-written")
    tab.select_record(second)
    assert tab.panel.comment_edit.toPlainText() == ""
    tab.select_record(first)
    assert tab.panel.comment_edit.toPlainText() == "half-written"


def _conflicts(qtbot: QtBot, page: ReviewPage) -> None:
    page.tabs.setCurrentWidget(page.conflicts)
    qtbot.waitUntil(lambda: page.conflicts.list_model.rowCount() == 1, timeout=15_000)
    qtbot.waitUntil(lambda: page.conflicts.sides_model.rowCount() > 0, timeout=15_000)


def _body(workspace: profiles.Workspace, record_id: str) -> dict[str, Any]:
    from kin_desktop.storage import repository

    with workspace.session() as session:
        record = repository.current(record_id, session=session)
        assert record is not None and record.body is not None and not record.conflict
        return dict(record.body)


def test_keep_left_resolves_the_conflict_and_it_leaves_the_list(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, workspace)
    _conflicts(qtbot, page)
    tab = page.conflicts
    assert tab.list_model.row_at(0).record_id == network.contested
    assert page.tabs.tabText(page.tabs.indexOf(tab)).endswith("(1)")
    differing = {
        tab.sides_model.row_at(r).key
        for r in range(tab.sides_model.rowCount())
        if tab.sides_model.row_at(r).differs
    }
    assert differing == {"budget_amount", "funding_source"}
    row = next(
        r for r in range(tab.sides_model.rowCount()) if tab.sides_model.row_at(r).key == "budget_amount"
    )
    assert tab.sides_model.data(tab.sides_model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    left = tab.sides_model.row_at(row).left
    tab.only_differing.setChecked(True)
    assert tab.sides_model.rowCount() == 2

    asked: list[str] = []
    monkeypatch.setattr(
        ConfirmKeep, "ask", classmethod(lambda cls, parent, side, title, fields: asked.append(side) or True)
    )
    with qtbot.waitSignal(page.conflict_resolved, timeout=15_000) as resolved:
        qtbot.mouseClick(tab.keep_left_button, Qt.MouseButton.LeftButton)
    assert resolved.args == [network.contested] and asked == ["left"]
    qtbot.waitUntil(lambda: tab.list_model.rowCount() == 0, timeout=15_000)
    assert tab.list_stack.currentWidget() is tab.list_empty
    assert not tab.keep_left_button.isEnabled()
    assert _body(workspace, network.contested)["budget_amount"] == left
    assert ReviewService(workspace).conflicts() == ()


def test_declining_to_keep_a_side_resolves_nothing(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, workspace)
    _conflicts(qtbot, page)
    monkeypatch.setattr(ConfirmKeep, "ask", classmethod(lambda cls, parent, side, title, fields: False))
    monkeypatch.setattr(MergeDialog, "ask", classmethod(lambda cls, parent, sides, title: None))
    assert page.conflicts.keep("right") is None
    assert page.conflicts.merge() is None
    assert len(ReviewService(workspace).conflicts()) == 1


def test_merge_takes_each_field_from_the_side_chosen(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, workspace)
    _conflicts(qtbot, page)

    def choose(cls: Any, parent: Any, sides: ConflictSides, title: str) -> dict[str, Any]:
        dialog = MergeDialog(sides, title, parent)  # the real dialog, answered without exec()
        model = dialog.model
        assert model.rowCount() == 2
        row = next(r for r in range(2) if model.row_at(r).key == "budget_amount")
        assert model.setData(model.index(row, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        assert model.data(model.index(row, 1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        merged = dialog.merged()
        dialog.deleteLater()
        return merged

    monkeypatch.setattr(MergeDialog, "ask", classmethod(choose))
    sides = ReviewService(workspace).conflict_sides(network.contested)
    with qtbot.waitSignal(page.conflict_resolved, timeout=15_000):
        page.conflicts.merge_button.click()
    body = _body(workspace, network.contested)
    assert body["budget_amount"] == sides.right["budget_amount"]
    assert body["funding_source"] == sides.left["funding_source"]
    qtbot.waitUntil(lambda: page.conflicts.list_model.rowCount() == 0, timeout=15_000)


# -- 10,000 rows ------------------------------------------------------------------------------------------


COUNTRIES = ("VN", "TH", "ID", "PH", "CN", "JP", "KR", "MY", "IN", "LK")


def synthetic_rows(count: int, seed: int = 7) -> tuple[ReviewRow, ...]:
    rng = random.Random(seed)
    sectors = [s.value for s in Sector]
    states = [s.value for s in ReviewState]
    categories = [c.value for c in ParticipantCategory]
    rows = []
    for number in range(count):
        country = COUNTRIES[number % len(COUNTRIES)]
        rows.append(
            ReviewRow(
                record_id=f"{number:08d}-0000-4000-8000-000000000000",
                record_type="commitment",
                title=f"{rng.choice(('Composting', 'Bus rapid transit', 'Wastewater', 'Clean air'))} plan {number}",
                city=f"City {number % 400} {country}",
                country=country,
                category=categories[number % len(categories)],
                sectors=tuple(rng.sample(sectors, rng.randint(1, 3))),
                state=states[rng.randrange(len(states))],
                delegate_state="ready",
                project_type=rng.choice((ProjectType.DEMONSTRATION.value, ProjectType.EXPANDED.value)),
                end_date=f"20{rng.randint(7, 10):02d}-12-31",
                updated_hlc=f"{1180000000000 + rng.randrange(10**9):013d}.00000.node",
                conflict=False,
                comments=rng.randint(0, 3),
                recognized=False,
            )
        )
    return tuple(rows)


def _expected(rows: tuple[ReviewRow, ...], f: ReviewFilter, words: tuple[str, ...] = ()) -> set[str]:
    return {
        r.record_id
        for r in rows
        if (f.country is None or r.country == f.country)
        and (f.sector is None or f.sector in r.sectors)
        and (f.state is None or r.state == f.state)
        and (f.category is None or r.category == f.category)
        and (f.project_type is None or r.project_type == f.project_type)
        and all(w in f"{r.title}\n{r.city}\n{r.country}".casefold() for w in words)
    }


def _choose(combo: Any, value: str | None) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_a_10000_row_table_filters_and_sorts_quickly(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
) -> None:
    page = _page(qtbot, workspace)
    page.show()
    tab = page.commitments
    rows = synthetic_rows(10_000)
    started = time.perf_counter()
    tab.set_rows(rows)
    assert tab.proxy.rowCount() == 10_000 and tab.count_label.text() == f"{number_text(10_000)} record(s)"

    _choose(tab.country_combo, "TH")
    _choose(tab.state_combo, "under_review")
    _choose(tab.sector_combo, "energy")
    f = ReviewFilter(country="TH", state="under_review", sector="energy")
    assert set(tab.visible_ids()) == _expected(rows, f)
    _choose(tab.category_combo, "mayor")
    assert tab.type_combo is not None
    _choose(tab.type_combo, "expanded")
    f = replace(f, category="mayor", project_type="expanded")
    assert set(tab.visible_ids()) == _expected(rows, f)
    for combo in (tab.country_combo, tab.state_combo, tab.sector_combo, tab.category_combo, tab.type_combo):
        _choose(combo, None)
    tab.search_edit.setText("composting city 12")
    assert set(tab.visible_ids()) == _expected(rows, ReviewFilter(), ("composting", "city", "12"))
    shown = tab.proxy.rowCount()
    assert (
        0 < shown < 10_000
        and tab.count_label.text() == f"{number_text(shown)} of {number_text(10_000)} record(s)"
    )
    tab.search_edit.clear()
    assert tab.proxy.rowCount() == 10_000

    tab.table.sortByColumn(tab.model.column_of("title"), Qt.SortOrder.AscendingOrder)
    titles = [tab.proxy.index(r, 0).data() for r in range(50)]
    assert titles == sorted(titles, key=text_key)  # as the language sorts: "plan 7" before "plan 26"
    tab.table.sortByColumn(tab.model.column_of("comments"), Qt.SortOrder.DescendingOrder)
    assert tab.model.row_at(0).comments == 3 and tab.model.row_at(9_999).comments == 0
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed  # generous: a slow CI box; bench/review_table.py measures properly


def test_review_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: Any,
    network: Network,
    workspace: profiles.Workspace,
) -> None:
    model = ReviewTableModel("commitment")
    model.set_rows(synthetic_rows(300))
    qtmodeltester.check(model)
    proxy = ReviewFilterProxy(model)
    proxy.set_filters(ReviewFilter(country="VN"))
    proxy.set_text("plan")
    qtmodeltester.check(proxy)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)

    page = _page(qtbot, workspace)
    qtmodeltester.check(page.practices.model)
    tab = page.commitments
    tab.select_record(tab.model.ids[0])
    qtbot.waitUntil(lambda: tab.panel.row is not None, timeout=5_000)
    qtmodeltester.check(tab.panel.history_model)
    _conflicts(qtbot, page)
    qtmodeltester.check(page.conflicts.list_model)
    qtmodeltester.check(page.conflicts.sides_model)
    sides = ReviewService(workspace).conflict_sides(network.contested)
    qtmodeltester.check(MergeModel(side_rows(sides, only_differing=True)))
    page.tabs.setCurrentWidget(page.cities)
    qtbot.waitUntil(lambda: page.cities.answers_model.rowCount() > 0, timeout=15_000)
    qtmodeltester.check(page.cities.cities_model)
    qtmodeltester.check(page.cities.answers_model)


def test_forms_of_the_selected_commitments_are_printed(
    qtbot: QtBot,
    tmp_path: Path,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, workspace)
    tab = page.commitments
    assert not page.print_action.isEnabled()
    tab.table.selectAll()
    assert page.print_action.isEnabled()
    target = tmp_path / "forms.pdf"
    monkeypatch.setattr(ReviewPage, "choose_pdf_path", staticmethod(lambda parent, suggested: target))
    previewed: list[Path] = []
    monkeypatch.setattr(
        PrintPreviewDialog,
        "ask",
        classmethod(lambda cls, parent, pdf, *, title, suggested_name: previewed.append(pdf)),
    )
    with qtbot.waitSignal(page.forms_printed, timeout=60_000) as printed:
        page.print_action.trigger()
    assert printed.args == [target]
    assert previewed == [target]  # then previewed, with the system's print dialog one click away
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.message_label.text()


def test_cities_answers_by_city_and_by_question(
    qtbot: QtBot,
    network: Network,
    workspace: profiles.Workspace,
) -> None:
    page = _page(qtbot, workspace)
    cities = page.cities
    page.tabs.setCurrentWidget(cities)
    qtbot.waitUntil(lambda: cities.cities_model.rowCount() == 2, timeout=15_000)
    qtbot.waitUntil(lambda: cities.answers_model.rowCount() > 0, timeout=15_000)
    first = cities.answers_model.row_at(0)
    assert first.label and first.text
    with qtbot.waitSignal(cities.answers_shown, timeout=15_000) as shown:
        cities.by_question.setChecked(True)
        cities.question_combo.setCurrentIndex(cities.question_combo.findData(first.question_id))
    assert shown.args[0] >= 2
    assert cities.answers_view.model() is cities.question_model
    assert {cities.question_model.row_at(r).city for r in range(cities.question_model.rowCount())} == {
        "Hai Phong",
        "Surabaya",
    }
    assert not cities.cities_stack.isVisibleTo(cities)
