"""Every page current (issue 12): the windows of both roles, every page built first with what was there
before; then an import, an approval, a review, a receipt written and a receipt taken in, each through
the page that does it; after each, every page of both windows is walked and must show the new state,
never rows from before (no F5)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QTextBrowser, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from kin_desktop.services import demo, exchange, overview
from kin_desktop.services.records import RecordService
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.outbox import OutboxPage
from kin_desktop.ui.secretariat import DelegatesPage, ExportsPage, InboxPage, ReviewPage
from kin_desktop.ui.secretariat.delegates import ConfirmApproval
from tests.helpers.network import Network, net, template

__all__ = ["net", "template"]

WAIT = 30_000


def _model_text(model: QAbstractItemModel) -> list[str]:
    texts = []
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(model.rowCount(root)):
        for column in range(columns):
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if value not in (None, ""):
                texts.append(str(value))
    return texts


def page_text(page: QWidget) -> str:
    """What a page shows: its labels, the rows of its lists and tables, the choice in each combo box,
    its browsers."""
    texts = [label.text() for label in page.findChildren(QLabel)]
    views = [v for v in page.findChildren(QAbstractItemView) if v.model() and v.isVisible()]
    texts += [t for view in views for t in _model_text(view.model())]  # not the combo boxes' popups
    texts += [combo.currentText() for combo in page.findChildren(QComboBox)]  # not the filters' choices
    texts += [browser.toPlainText() for browser in page.findChildren(QTextBrowser)]
    return "\n".join(texts)


def _window(qtbot: QtBot, directory: Path) -> MainWindow:
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=WAIT):
        window.load()
    return window


Expect = Callable[[str], bool]


def walk(qtbot: QtBot, window: MainWindow, expected: dict[str, Expect], moment: str) -> None:
    """Show every page of ``window`` in turn; each must come to show what ``expected`` says (a page
    whose rows did not follow the change never does). Every page is named: a new page must say what
    it shows."""
    keys = [section.key for section in window._sections]
    assert set(keys) == set(expected), f"pages without an expectation: {set(keys) ^ set(expected)}"
    for key in keys:
        page = window.show_section(key)
        assert page is not None
        try:
            qtbot.waitUntil(lambda p=page, k=key: expected[k](page_text(p)), timeout=10_000)
        except TimeoutError:
            pytest.fail(f"after {moment}, the {key} page still shows:\n{page_text(page)[:4000]}")


def _unchanged(_text: str) -> bool:
    return True  # this page shows nothing an exchange changes (questionnaires authored here)


@pytest.fixture
def loop(net: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Network]:
    (pinned,) = exchange.import_paths(net.hai_phong, [net.pack], accept_fingerprint=net.fingerprint)
    assert pinned.status == "merged"
    demo.fill_demo(net.hai_phong, seed=3, practices=1, commitments=2)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(OutboxPage, "choose_export_path", staticmethod(lambda parent, s, f: usb / "hp.kinb"))
    monkeypatch.setattr(
        ExportsPage, "choose_folder", staticmethod(lambda parent, title: tmp_path / "receipts")
    )
    monkeypatch.setattr(ConfirmApproval, "ask", classmethod(lambda cls, parent, keys: True))
    yield net


def test_after_an_import_an_approval_and_a_receipt_no_page_shows_rows_from_before(
    qtbot: QtBot, loop: Network
) -> None:
    net = loop
    commitments = RecordService(net.hai_phong).list_commitments()
    practice = RecordService(net.hai_phong).list_practices()[0]
    titles = [c.title for c in commitments]
    flagged = commitments[0]
    secretariat = _window(qtbot, net.secretariat.data_dir)
    delegate = _window(qtbot, net.hai_phong.data_dir)

    # Every page built first, showing the state before.
    before_s: dict[str, Expect] = {
        "overview": lambda t: "Hai Phong" not in t,
        "inbox": lambda t: "Hai Phong" not in t,
        "delegates": lambda t: "Hai Phong" not in t,
        "review": lambda t: not any(title in t for title in titles),
        "followup": lambda t: not any(title in t for title in titles),
        "matching": lambda t: practice.title not in t,
        "dashboard": lambda t: "2 commitment(s)" not in t,
        "exports": lambda t: "Every delegate has been told" in t,
        "questionnaires": _unchanged,
    }
    walk(qtbot, secretariat, before_s, "opening")
    before_d: dict[str, Expect] = {
        "overview": lambda t: "Last receipt" not in t or "none yet" in t,
        "questionnaire": _unchanged,
        "practices": lambda t: practice.title in t,
        "commitments": lambda t: all(title in t for title in titles) and "Has issues" not in t,
        "outbox": lambda t: "hp.kinb" not in t,
    }
    walk(qtbot, delegate, before_d, "opening")

    # 1. The delegate exports from the Outbox: its own pages follow.
    outbox = delegate.section_widget("outbox")
    assert isinstance(outbox, OutboxPage)
    with qtbot.waitSignal(outbox.exchange_finished, timeout=WAIT) as done:
        outbox.export()
    bundle = Path(done.args[0].path)
    walk(
        qtbot,
        delegate,
        {
            **before_d,
            "overview": lambda t: "sent but not yet acknowledged" in t,
            "outbox": lambda t: "hp.kinb" in t,
        },
        "the export",
    )

    # 2. An import: the secretariat takes the bundle in; the key waits for approval.
    inbox = secretariat.section_widget("inbox")
    assert isinstance(inbox, InboxPage)
    with qtbot.waitSignal(inbox.imports_finished, timeout=WAIT):
        inbox.import_paths([bundle])
    after_import = {
        **before_s,
        "inbox": lambda t: "hp.kinb" in t and "Hai Phong" in t,
        "delegates": lambda t: "Hai Phong" in t and net.hai_phong.profile().fingerprint in t,
    }
    walk(qtbot, secretariat, after_import, "an import")

    # 3. An approval on the Delegates page: the held bundle merges; every page shows its records.
    delegates = secretariat.section_widget("delegates")
    assert isinstance(delegates, DelegatesPage)
    qtbot.waitUntil(lambda: delegates.keys_model.rowCount() == 1, timeout=WAIT)
    delegates.keys_view.selectRow(0)
    with qtbot.waitSignal(delegates.key_approved, timeout=WAIT):
        delegates.approve_selected()
    after_approval: dict[str, Expect] = {
        **after_import,
        "inbox": lambda t: "hp.kinb" in t and "Merged" in t,
        "review": lambda t: all(title in t for title in titles),
        "followup": lambda t: all(title in t for title in titles),
        "matching": lambda t: "Hai Phong" in t,
        "dashboard": lambda t: "1 practice(s) · 2 commitment(s) · 1 cities" in t,
        "exports": lambda t: "of something new: Hai Phong" in t,
    }
    walk(qtbot, secretariat, after_approval, "an approval")

    # 4. A review, then a receipt written on the Exports page.
    review = secretariat.show_section("review")
    assert isinstance(review, ReviewPage)
    tab = review.commitments
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    with qtbot.waitSignal(tab.record_shown, timeout=WAIT):
        assert tab.select_record(flagged.record_id)
    tab.panel.state_combo.setCurrentIndex(tab.panel.state_combo.findData("has_issues"))
    tab.panel.comment_edit.setPlainText("Name the funding source.")
    with qtbot.waitSignal(review.state_changed, timeout=WAIT):
        tab.panel.save()
    exports = secretariat.show_section("exports")
    assert isinstance(exports, ExportsPage)
    with qtbot.waitSignal(exports.files_written, timeout=WAIT) as written:
        exports.write_receipts()
    (receipt,) = written.args[0]
    after_receipt: dict[str, Expect] = {
        **after_approval,
        "review": lambda t: all(title in t for title in titles) and "Has issues" in t,
        "exports": lambda t: "Every delegate has been told" in t and Path(receipt).name in t,
    }
    walk(qtbot, secretariat, after_receipt, "a review and a receipt")

    # 5. The delegate takes the receipt in: the verdict reaches every page that shows it.
    questionnaire = delegate.section_widget("questionnaire")
    outbox = delegate.show_section("outbox")
    assert isinstance(outbox, OutboxPage)
    with qtbot.waitSignal(outbox.exchange_finished, timeout=WAIT):
        outbox.import_files([Path(receipt)])
    assert (
        delegate.section_widget("questionnaire") is not questionnaire
    )  # made anew: a pack may bring versions
    after_taken: dict[str, Expect] = {
        **before_d,
        "overview": lambda t: "Name the funding source." in t and "No. 1 of " in t,
        "commitments": lambda t: all(title in t for title in titles) and "Has issues" in t,
        "outbox": lambda t: Path(receipt).name in t or "No. 1" in t or "acknowledged" in t,
    }
    walk(qtbot, delegate, after_taken, "the receipt")
    secretariat.close()
    delegate.close()
