"""The whole review loop through the real widgets of both roles (issue 12, "Done when").

The delegate exports from the Outbox; the secretariat takes the bundle in (Inbox), approves the key
(Delegates), marks a commitment "has issues" with a comment (Review) and writes the receipt (Exports);
the delegate imports it (Outbox), sees the comment in the editor, corrects the budget and exports again;
the secretariat sees "corrected" with the difference marked, registers it and sends a receipt; the
delegate sees "Registered".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kin_desktop.services import demo, exchange
from kin_desktop.services.records import RecordService
from kin_desktop.ui.outbox import OutboxPage
from kin_desktop.ui.records import CommitmentsPage
from kin_desktop.ui.records_section import RecordsSection
from kin_desktop.ui.secretariat import DelegatesPage, ExportsPage, InboxPage, ReviewPage
from kin_desktop.ui.secretariat.delegates import ConfirmApproval
from tests.helpers.network import Network, net, template

__all__ = ["net", "template"]

WAIT = 30_000


@pytest.fixture
def loop(net: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Network]:
    (pinned,) = exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    assert pinned.status == "merged"
    demo.fill_demo(net.hai_phong, seed=3, practices=1, commitments=2)
    outbox = tmp_path / "usb"
    outbox.mkdir()
    names = iter(f"KIN-hai-phong-{n}.kinb" for n in range(1, 10))
    monkeypatch.setattr(
        OutboxPage, "choose_export_path", staticmethod(lambda parent, s, f: outbox / next(names))
    )
    monkeypatch.setattr(
        ExportsPage, "choose_folder", staticmethod(lambda parent, title: tmp_path / "receipts")
    )
    monkeypatch.setattr(ConfirmApproval, "ask", classmethod(lambda cls, parent, keys: True))
    yield net


def _export(qtbot: QtBot, page: OutboxPage) -> Path:
    with qtbot.waitSignal(page.exchange_finished, timeout=WAIT) as done:
        page.export()
    path = done.args[0].path
    assert path is not None
    return Path(path)


def _receipt(qtbot: QtBot, page: ExportsPage) -> Path:
    with qtbot.waitSignal(page.files_written, timeout=WAIT) as written:
        page.write_receipts()
    (path,) = written.args[0]
    return Path(path)


def _take(qtbot: QtBot, page: OutboxPage, path: Path) -> Any:
    with qtbot.waitSignal(page.exchange_finished, timeout=WAIT) as done:
        page.import_files([path])
    return done.args[0]


def _secretariat_review(qtbot: QtBot, review: ReviewPage, record_id: str) -> Any:
    tab = review.commitments
    with qtbot.waitSignal(tab.rows_loaded, timeout=WAIT):
        review.reload()
    with qtbot.waitSignal(tab.record_shown, timeout=WAIT):
        assert tab.select_record(record_id)
    return tab


def test_the_review_loop_closes_through_the_widgets(qtbot: QtBot, loop: Network) -> None:
    net = loop
    delegate_outbox = OutboxPage(net.hai_phong)
    inbox, delegates = InboxPage(net.secretariat), DelegatesPage(net.secretariat)
    review, exports = ReviewPage(net.secretariat), ExportsPage(net.secretariat)
    for widget in (delegate_outbox, inbox, delegates, review, exports):
        qtbot.addWidget(widget)
    commitment = RecordService(net.hai_phong).list_commitments()[0].record_id

    # 1. The delegate exports; the secretariat takes the bundle in and approves the key.
    first = _export(qtbot, delegate_outbox)
    assert first.name == "KIN-hai-phong-1.kinb"  # the name chosen in the dialog is honoured
    with qtbot.waitSignal(inbox.imports_finished, timeout=WAIT) as held:
        inbox.import_paths([first])
    assert [o.status for o in held.args[0]] == ["held"]
    qtbot.waitUntil(
        lambda: delegates.keys_model.rowCount() == 1, timeout=WAIT
    ) if delegates.keys_model.rowCount() else None
    with qtbot.waitSignal(delegates.keys_refreshed, timeout=WAIT):
        delegates.refresh()
    delegates.keys_view.selectAll()
    with qtbot.waitSignal(delegates.key_approved, timeout=WAIT):
        delegates.approve_selected()

    # 2. Review: the whole record, then "has issues" with a comment.
    tab = _secretariat_review(qtbot, review, commitment)
    shown = tab.panel.record_browser.toPlainText()
    body, _rev = RecordService(net.hai_phong).load(commitment)
    assert (
        body["title"] in shown and body["objectives"][:30] in shown
    )  # the record itself, not just its title
    tab.panel.state_combo.setCurrentIndex(tab.panel.state_combo.findData("has_issues"))
    tab.panel.comment_edit.setPlainText("The budget has no funding source: please complete it.")
    with qtbot.waitSignal(review.state_changed, timeout=WAIT):
        tab.panel.save()
    receipt = _receipt(qtbot, exports)
    assert receipt.name.startswith("KIN-receipt-hai-phong-")

    # 3. The delegate takes the receipt: the list, the editor's panel and the comment.
    _take(qtbot, delegate_outbox, receipt)
    service = RecordService(net.hai_phong)
    section = RecordsSection(service, "commitment", CommitmentsPage(service))
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.page.model.rowCount() == 2, timeout=WAIT)
    model = section.page.model
    review_column = model.column_of("review")
    row = model.row_of(commitment)
    assert model.data(model.index(row, review_column)) == "Has issues"
    editor = section.open(commitment)
    assert editor is not None
    assert editor.review_panel.comment_label.text() == "The budget has no funding source: please complete it."
    assert "Correct what the comment asks" in editor.review_panel.next_label.text()

    # 4. The delegate corrects and exports again.
    editor.budget_edit.setText("250000")
    assert editor.save()
    assert "export from the Outbox" in editor.review_panel.next_label.text()
    second = _export(qtbot, delegate_outbox)
    with qtbot.waitSignal(inbox.imports_finished, timeout=WAIT) as merged:
        inbox.import_paths([second])
    assert [o.status for o in merged.args[0]] == ["merged"]

    # 5. The secretariat sees "corrected since review" with the difference, and registers it.
    tab = _secretariat_review(qtbot, review, commitment)
    state_column = tab.model.column_of("state")
    number = tab.model.row_of(commitment)
    assert "corrected" in tab.model.data(tab.model.index(number, state_column))
    assert "Corrected since the review: 1 change" in tab.panel.record_status.text()
    html = tab.panel.record_browser.toHtml()
    assert "250" in tab.panel.record_browser.toPlainText() and "line-through" in html  # old struck through
    tab.panel.state_combo.setCurrentIndex(tab.panel.state_combo.findData("registered"))
    tab.panel.comment_edit.setPlainText("Registered. Thank you.")
    with qtbot.waitSignal(review.state_changed, timeout=WAIT):
        tab.panel.save()
    with qtbot.waitSignal(tab.record_shown, timeout=WAIT):
        pass
    assert "Corrected since" not in tab.panel.record_status.text()
    receipt = _receipt(qtbot, exports)

    # 6. The delegate sees "Registered".
    _take(qtbot, delegate_outbox, receipt)
    with qtbot.waitSignal(section.page.list_refreshed, timeout=WAIT):
        section.reload()
    row = model.row_of(commitment)
    assert model.data(model.index(row, review_column)) == "Registered"
    assert model.data(model.index(row, model.column_of("state"))) == "Registered"
    assert "Registered" in editor.review_panel.state_label.text()
