"""The detail of one followed-up commitment: its facts and flags, its progress reports, and the
buttons that record a report or the recognition (the page runs both)."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import FOLLOW_UP_END_YEAR, ProgressStatus
from kin_desktop.ui.palette import error_color, warning_color
from kin_desktop.ui.secretariat.common import configure_table
from kin_desktop.ui.secretariat.followup.models import ReportsModel
from kin_desktop.ui.secretariat.followup.texts import as_date, date_text, iso_date, status_label
from kin_desktop.ui.tasks import Task


def _reports_table(model: ReportsModel, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName("reportsView")
    view.setModel(model)
    configure_table(view, accessible)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class CommitmentDetail(QFrame):
    """The chosen commitment (its texts keep the page's translation context, ``FollowUpPage``).

    Signals:
        record_requested(): "Record a progress report" was pressed.
        recognized_clicked(bool): the recognition box was clicked (carries its new state).
        reports_loaded(str): the progress reports arrived; carries the commitment id.
        load_failed(object): loading the reports failed; carries the error.
    """

    record_requested = Signal()
    recognized_clicked = Signal(bool)
    reports_loaded = Signal(str)
    load_failed = Signal(object)

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._workspace = workspace
        self._generation = 0
        self._as_of = date.today()
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_facts = QLabel()
        self.detail_facts.setObjectName("detailFacts")
        self.detail_facts.setWordWrap(True)
        self.detail_facts.setTextFormat(Qt.TextFormat.RichText)
        self.recognized_check = QCheckBox(
            QCoreApplication.translate("FollowUpPage", "Re&cognized by %1").replace(
                "%1", str(FOLLOW_UP_END_YEAR)
            )
        )
        self.recognized_check.setObjectName("recognizedCheck")
        self.recognized_check.setToolTip(
            QCoreApplication.translate(
                "FollowUpPage",
                "The Network recognizes the realization of a registered commitment (concept note: "
                '"recognized in due course by 2010")',
            )
        )
        self.recognized_check.clicked.connect(self.recognized_clicked)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record_button = QPushButton(
            QCoreApplication.translate("FollowUpPage", "Record a &progress report…")
        )
        self.record_button.setObjectName("recordButton")
        self.record_button.setShortcut(QKeySequence("Ctrl+N"))
        self.record_button.setToolTip(
            QCoreApplication.translate("FollowUpPage", "Record a progress report of this commitment (Ctrl+N)")
        )
        self.record_button.clicked.connect(self.record_requested)
        reports_label = QLabel(QCoreApplication.translate("FollowUpPage", "Progress reports"))
        bold = reports_label.font()
        bold.setBold(True)
        reports_label.setFont(bold)
        self.reports_model = ReportsModel(self)
        self.reports_view = _reports_table(
            self.reports_model, QCoreApplication.translate("FollowUpPage", "Progress reports")
        )
        self.reports_view.setWordWrap(True)
        for column in (3, 4, 5):  # milestones, indicators, note: share the width, wrap their words
            self.reports_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.reports_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.reports_empty = QLabel()
        self.reports_empty.setObjectName("reportsEmpty")
        self.reports_empty.setWordWrap(True)

        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addSpacing(12)
        actions.addWidget(self.recognized_check)
        actions.addStretch(1)
        about = QVBoxLayout()
        about.addWidget(self.detail_title)
        about.addWidget(self.detail_facts)
        about.addLayout(actions)
        about.addWidget(self.message_label)
        about.addStretch(1)
        self.reports_stack = QStackedWidget()
        self.reports_stack.addWidget(self.reports_view)
        self.reports_stack.addWidget(self.reports_empty)
        self.reports_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        reports = QVBoxLayout()
        reports.addWidget(reports_label)
        reports.addWidget(self.reports_stack, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(about, 2)
        layout.addSpacing(8)
        layout.addLayout(reports, 3)

    def show_commitment(self, row: Any, as_of: date) -> None:
        """Show this ``FollowUpRow`` (None: nothing chosen) judged as of that day; its reports load."""
        self._as_of = as_of
        self.message_label.clear()
        has_row = row is not None
        self.record_button.setEnabled(has_row)
        self.recognized_check.setEnabled(has_row)
        if row is None:
            self.detail_title.setText(
                QCoreApplication.translate("FollowUpPage", "<b>No commitment chosen</b>")
            )
            self.detail_facts.setText(
                QCoreApplication.translate(
                    "FollowUpPage", "Choose a commitment in the list to see its progress reports."
                )
            )
            self.recognized_check.setChecked(False)
            self.reports_model.set_rows(())
            self.reports_empty.setText("")
            self.reports_stack.setCurrentWidget(self.reports_empty)
            return
        self.detail_title.setText(
            f"<h3 style='margin:0'>{escape(row.title)}</h3>"
            f"<div>{escape(row.city)}{', ' + escape(row.country) if row.country else ''}</div>"
        )
        facts = [
            QCoreApplication.translate("FollowUpPage", "Ends: %1").replace(
                "%1",
                date_text(row.end_date) or QCoreApplication.translate("FollowUpPage", "no end date given"),
            ),
            QCoreApplication.translate("FollowUpPage", "Status: %1").replace(
                "%1", status_label(row.status if row.reports else None)
            ),
            QCoreApplication.translate("FollowUpPage", "Registered: %1").replace(
                "%1",
                QCoreApplication.translate("FollowUpPage", "yes")
                if row.registered
                else QCoreApplication.translate("FollowUpPage", "not yet"),
            ),
        ]
        lines = [escape(" · ".join(facts))]
        if row.overdue:
            lines.append(self._flag_line(error_color(self.palette()), self._overdue_text(row)))
        if row.stalled:
            lines.append(self._flag_line(warning_color(self.palette()), self._stalled_text(row)))
        if not row.registered:
            lines.append(
                escape(
                    QCoreApplication.translate(
                        "FollowUpPage", "It can be recognized once it is registered on the Review page."
                    )
                )
            )
        self.detail_facts.setText("<br>".join(lines))
        self.recognized_check.setChecked(row.recognized)
        self._load_reports(row.commitment_id)

    @staticmethod
    def _flag_line(colour: QColor, text: str) -> str:
        return f"<b style='color:{colour.name()}'>● {escape(text)}</b>"

    def _overdue_text(self, row: Any) -> str:
        end = as_date(row.end_date)
        if end is not None and end < self._as_of:
            return QCoreApplication.translate(
                "FollowUpPage", "Overdue: it was to end on %1 and is not reported completed."
            ).replace("%1", date_text(end))
        return QCoreApplication.translate(
            "FollowUpPage", "Overdue: a milestone due before %1 is not reported reached."
        ).replace("%1", date_text(self._as_of))

    def _stalled_text(self, row: Any) -> str:
        if row.reports and row.status == ProgressStatus.STALLED:
            return QCoreApplication.translate("FollowUpPage", "Stalled: so says its latest progress report.")
        return QCoreApplication.translate(
            "FollowUpPage", "Stalled: no progress reported for more than six months."
        )

    def _load_reports(self, commitment_id: str) -> Task:
        from kin_desktop.services.followup import FollowUpService

        self._generation += 1
        generation = self._generation
        workspace, as_of = self._workspace, self._as_of

        def load() -> tuple[Any, ...]:
            return FollowUpService(workspace, as_of=as_of).reports(commitment_id)

        task = Task(load, self)
        task.on_success(lambda entries: self._on_reports_loaded(generation, commitment_id, entries))
        task.on_failure(self.load_failed.emit)
        return task.start()

    def _on_reports_loaded(self, generation: int, commitment_id: str, entries: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return
        ordered = sorted(entries, key=lambda e: iso_date(e.reported_on), reverse=True)
        self.reports_model.set_rows(ordered)
        self.reports_empty.setText(QCoreApplication.translate("FollowUpPage", "No progress reported yet."))
        self.reports_stack.setCurrentWidget(self.reports_view if ordered else self.reports_empty)
        self.reports_view.resizeRowsToContents()
        self.reports_loaded.emit(commitment_id)
