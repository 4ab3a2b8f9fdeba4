"""Text from someone else is never interpreted as markup, on any page of either role (issue 10).

Qt renders a label, a message box or a tooltip as rich text when its text looks like HTML. Here the
demo profiles are given hostile titles, names, comments, city names, key names, catalogue entries and
import-log notes (a fake heading, an image read from the disk, an image 24,000 pixels wide); every
page of both roles is opened, with the dialogs the pages open, and every label, tooltip (of widgets
and of table cells), message box and text view is checked: wherever the hostile text shows, its
markup shows as written.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QMessageBox, QTabBar, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from kin_desktop import paths
from kin_desktop.core import canonical
from kin_desktop.core.records import make_revision
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import demo, overview, profiles
from kin_desktop.services.review import ReviewService
from kin_desktop.storage import repository
from kin_desktop.ui import plain
from kin_desktop.ui.main_window import MainWindow
from tests.ui.conftest import Template, copy_demo_secretariat

HEADING = "<h1>REGISTERED</h1>"
DISK = '<img src="/etc/passwd">'
HUGE = '<img width=24000 height=24000 src="x.png">'
HOSTILE = (HEADING, DISK, HUGE)
MARKS = ("REGISTERED", "passwd", "24000")  # how a hostile text is recognised, rendered or not

DELEGATE_SECTIONS = ("overview", "questionnaire", "practices", "commitments", "outbox")
SECRETARIAT_SECTIONS = (
    "overview",
    "inbox",
    "delegates",
    "review",
    "followup",
    "matching",
    "dashboard",
    "exports",
)


def shown(text: str, fmt: Qt.TextFormat) -> str:
    """What a text of that format shows once Qt has decided how to read it."""
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def interpreted(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether hostile markup in ``text`` would be rendered instead of shown."""
    if "<" not in text or not any(mark in text for mark in MARKS):
        return False  # no markup in it (a file name cut at the "/" of a hostile path, say)
    out = shown(text, fmt)
    return not ("<h1>" in out or "<img" in out)


def _model_tooltips(model: QAbstractItemModel, where: str, found: list[str]) -> None:
    rows = min(model.rowCount(QModelIndex()), 300)
    try:
        columns = max(model.columnCount(QModelIndex()), 1)
    except TypeError:  # a list model: one column (its columnCount is private)
        columns = 1
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and interpreted(tip):
                found.append(f"{where}: cell tooltip {tip[:60]!r}")


def markup_rendered(root: QWidget) -> list[str]:
    """Every place under ``root`` where hostile markup would be rendered."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if interpreted(widget.toolTip()):
            found.append(f"{where}: tooltip {widget.toolTip()[:60]!r}")
        if isinstance(widget, QLabel) and interpreted(widget.text(), widget.textFormat()):
            found.append(f"{where}: label {widget.text()[:60]!r}")
        if isinstance(widget, QTextEdit) and interpreted(widget.toPlainText(), Qt.TextFormat.PlainText):
            found.append(f"{where}: text view")
        if isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if interpreted(widget.tabToolTip(tab)):
                    found.append(f"{where}: tab tooltip")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            _model_tooltips(widget.model(), where, found)
        if isinstance(widget, QComboBox):
            _model_tooltips(widget.model(), where, found)
    return found


def test_the_check_sees_markup_being_rendered(qtbot: QtBot) -> None:
    """The check itself: Qt's defaults render these, the module's helpers do not."""
    label = QLabel(HEADING)
    qtbot.addWidget(label)
    assert interpreted(label.text(), label.textFormat())  # a label guesses: it would draw a heading
    assert interpreted(HUGE)  # as a tooltip
    plain.plain_labels(label)
    assert not interpreted(label.text(), label.textFormat())
    assert not interpreted(plain.tooltip(f"{DISK}\nsecond line"))
    box = plain.message_box()
    box.setText(HEADING)
    assert not interpreted(box.text(), box.textFormat())


# -- the secretariat ---------------------------------------------------------------------------------


def _hostile_secretariat(directory: Path) -> None:
    """The demo secretariat with every text a delegate writes made hostile."""
    database = paths.database_path(directory)
    with sqlite3.connect(database) as con:
        keys = [row[0] for row in con.execute("SELECT key_id FROM delegate_key ORDER BY status, key_id")]
        for number, key in enumerate(keys):
            con.execute(
                "UPDATE delegate_key SET name = ?, city = ?, organisation = ?, email = ? WHERE key_id = ?",
                (HOSTILE[number % 3], HOSTILE[(number + 1) % 3], HOSTILE[(number + 2) % 3], HEADING, key),
            )
        approved = con.execute(
            "SELECT key_id FROM delegate_key WHERE status = 'approved' LIMIT 1"
        ).fetchone()[0]
    with profiles.open_workspace(directory) as workspace, workspace.session() as session:
        repository.refresh_projections(session=session)
        hlc = f"{int(datetime.now(UTC).timestamp() * 1000):013d}.00000.hostile"
        practice = make_revision(
            str(uuid.uuid4()),
            RecordType.PRACTICE,
            approved,
            [],
            approved,
            hlc,
            {
                "title": HEADING,
                "summary": DISK,
                "partners": [HUGE],
                "sectors": ["solid_waste"],
                "state": "ready",
            },
        )
        commitment = make_revision(
            str(uuid.uuid4()),
            RecordType.COMMITMENT,
            approved,
            [],
            approved,
            hlc,
            {
                "title": DISK,
                "description": HEADING,
                "targets": [{"description": HUGE, "indicator": HEADING, "due_year": 2009}],
                "milestones": [{"date": "2008-01-01", "description": DISK}],
                "end_date": "2008-06-30",
            },
        )
        report = make_revision(
            str(uuid.uuid4()),
            RecordType.PROGRESS_REPORT,
            approved,
            [],
            approved,
            hlc,
            {
                "commitment_id": commitment.record_id,
                "reported_on": "2008-03-01",
                "status": "delayed",
                "note": HUGE,
            },
        )
        # a conflict: two heads of one practice, both hostile
        base = make_revision(
            str(uuid.uuid4()), RecordType.PRACTICE, approved, [], approved, hlc, {"title": "Base"}
        )
        left = make_revision(
            base.record_id, RecordType.PRACTICE, approved, [base.rev_id], approved, hlc, {"title": HUGE}
        )
        right = make_revision(
            base.record_id, RecordType.PRACTICE, approved, [base.rev_id], approved, hlc, {"title": DISK}
        )
        repository.add_revisions([practice, commitment, report, base, left, right], session=session)
        repository.add_import_log(
            session=session,
            path=f"/media/usb/{DISK}.kinb",
            file_sha256="0" * 64,
            kind="delegate-bundle",
            status="rejected",
            reason="bad_revision",
            detail=f"the revisions are invalid: {HEADING} {HUGE}",
        )
    with profiles.open_workspace(directory) as workspace:
        ReviewService(workspace).set_state(practice.record_id, "has_issues", HEADING)


@pytest.fixture
def secretariat_window(qtbot: QtBot, demo_template: Template, tmp_path: Path) -> Iterator[MainWindow]:
    directory = copy_demo_secretariat(demo_template, tmp_path)
    _hostile_secretariat(directory)
    window = _open(qtbot, directory)
    yield window
    window.close()


def _open(qtbot: QtBot, directory: Path) -> MainWindow:
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000):
        window.load()
    return window


def _walk(qtbot: QtBot, window: MainWindow, sections: tuple[str, ...]) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    for key in sections:
        page = window.show_section(key)
        assert page is not None, key
        qtbot.wait(400)  # pages fill their tables from a worker thread
        _select_first_rows(qtbot, page)
        found = markup_rendered(window)
        if found:
            problems[key] = found
    return problems


def _select_first_rows(qtbot: QtBot, page: QWidget) -> None:
    """Select a row in every table of the page, so detail panes show a record's texts too."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.rowCount() and view.isVisible():
            for row in range(min(model.rowCount(), 3)):
                view.setCurrentIndex(model.index(row, 0))
                qtbot.wait(60)


def test_no_secretariat_page_renders_markup_from_delegates(
    qtbot: QtBot, secretariat_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[QMessageBox] = []

    def answer_no(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", answer_no)
    assert _walk(qtbot, secretariat_window, SECRETARIAT_SECTIONS) == {}
    # the dialogs these pages open, with a hostile key and a hostile conflict
    from kin_desktop.services import exchange
    from kin_desktop.ui.secretariat.conflicts import ConfirmKeep, MergeDialog
    from kin_desktop.ui.secretariat.delegates import ConfirmApproval, ConfirmRevocation

    workspace = secretariat_window.workspace
    key = next(k for k in exchange.enrol_list(workspace) if k.status == "pending")
    approval = ConfirmApproval([key], secretariat_window)  # one dialog for every key to approve
    qtbot.addWidget(approval)
    approval.show()
    assert markup_rendered(approval) == []
    assert not interpreted(approval.windowTitle(), Qt.TextFormat.PlainText)
    ConfirmRevocation.ask(secretariat_window, key)
    review = ReviewService(workspace)
    conflict = next(c for c in review.conflicts() if any(mark in c.title for mark in MARKS))
    ConfirmKeep.ask(secretariat_window, "left", conflict.title, [HEADING])
    assert len(boxes) == 2
    for box in boxes:
        assert not interpreted(box.text(), box.textFormat()), box.text()
        assert not interpreted(box.informativeText(), box.textFormat()), box.informativeText()
        assert not interpreted(box.windowTitle(), Qt.TextFormat.PlainText)
    dialog = MergeDialog(review.conflict_sides(conflict.record_id), conflict.title, secretariat_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert markup_rendered(dialog) == []


# -- the delegate ------------------------------------------------------------------------------------


def _hostile_delegate(directory: Path) -> None:
    with profiles.open_workspace(directory) as workspace:
        workspace.save(RecordType.PRACTICE, {"title": HEADING, "summary": HUGE, "partners": [DISK]})
        workspace.save(RecordType.COMMITMENT, {"title": DISK, "description": HEADING})
        with workspace.session() as session:
            repository.add_import_log(
                session=session,
                path=f"/media/usb/{HEADING}.kinr",
                file_sha256="1" * 64,
                kind="receipt",
                status="rejected",
                reason="bad_receipt",
                detail=f"receipt.json is invalid: {DISK}",
            )
    database = paths.database_path(directory)
    now = datetime.now(UTC).isoformat(" ")
    body = canonical.dumps({"title": HEADING, "summary": HUGE, "partners": [DISK]}).decode()
    with sqlite3.connect(database) as con:
        con.execute(
            "INSERT INTO catalogue_entry (practice_id, city, country, title, body, pack_id, received_at)"
            " VALUES (?,?,?,?,?,?,?)",
            ("hostile-1", DISK, HUGE, HEADING, body, "0" * 64, now),
        )
        con.execute(
            "INSERT INTO pinned_secretariat (id, key_id, signing_public_key, encryption_public_key,"
            " encryption_key_id, fingerprint, name, organisation, pinned_at) VALUES (1,?,?,?,?,?,?,?,?)",
            ("a" * 32, "00" * 32, "00" * 32, "b" * 32, "AAAA", HEADING, DISK, now),
        )
        con.execute("UPDATE profile SET name = ?, organisation = ?", (HUGE, HEADING))


def test_no_delegate_page_renders_markup_from_others(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "delegate"
    demo.create_demo_profile(directory)
    _hostile_delegate(directory)
    window = _open(qtbot, directory)
    try:
        assert _walk(qtbot, window, DELEGATE_SECTIONS) == {}
    finally:
        window.close()
