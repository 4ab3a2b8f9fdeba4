"""The review panel: the selected record's state, recognition, comment, and the review's history."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import ReviewState
from kin_desktop.services.review import RecordView, ReviewEntry, ReviewRow
from kin_desktop.ui.formats import moment_text
from kin_desktop.ui.palette import warning_color
from kin_desktop.ui.records import labels
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.secretariat.common import configure_table, empty_state, local_time
from kin_desktop.ui.secretariat.delegates import category_text
from kin_desktop.ui.secretariat.review.columns import hlc_time, review_state_text
from kin_desktop.ui.secretariat.review.record_view import record_html


class _HistoryModel(RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("secretariat", "When"), lambda e: local_time(hlc_time(e.hlc))
                ),
                Column(
                    QCoreApplication.translate("secretariat", "State"),
                    lambda e: review_state_text(e.state) + (" ★" if e.recognized else ""),
                ),
                Column(QCoreApplication.translate("secretariat", "Comment"), lambda e: e.comment),
            ],
            parent,
        )


class ReviewPanel(QWidget):
    """The selected record's review: state, recognition, comment, Save; its history below.

    Signals:
        save_requested(str, str, str, bool): record id, state, comment, recognized.
    """

    save_requested = Signal(str, str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: ReviewRow | None = None
        self.view: RecordView | None = None
        self._scrolled_for: str | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("reviewTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Review state"))
        for state in ReviewState:
            self.state_combo.addItem(review_state_text(state.value), state.value)
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_currentIndexChanged)
        self.recognized_check = QCheckBox(self.tr("Re&cognised as an example to follow"))
        self.recognized_check.setToolTip(self.tr("Only a registered record can be recognised"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setAccessibleName(self.tr("Comment for the delegate"))
        self.comment_edit.setPlaceholderText(
            self.tr("What the delegate should know; it goes in the next receipt.")
        )
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(110)
        lines = self.comment_edit.fontMetrics().lineSpacing()  # three lines to write in, even at 1024×600
        self.comment_edit.setMinimumHeight(3 * lines + 2 * self.comment_edit.frameWidth() + 8)
        self.save_button = QPushButton(self.tr("&Save review"))
        self.save_button.setToolTip(self.tr("Save the review state and comment (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.status_label = QLabel()
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Review status"))
        form = QFormLayout()
        state_label = QLabel(self.tr("Review s&tate:"))
        state_label.setBuddy(self.state_combo)
        form.addRow(state_label, self.state_combo)
        form.addRow("", self.recognized_check)
        comment_label = QLabel(self.tr("Co&mment:"))
        comment_label.setBuddy(self.comment_edit)
        form.addRow(comment_label, self.comment_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)
        self.history_model = _HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setObjectName("reviewHistory")
        self.history_view.setModel(self.history_model)
        configure_table(self.history_view, self.tr("Review history"))
        self.history_view.setWordWrap(True)
        self.history_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        history_box = QGroupBox(self.tr("History of the review"))
        QVBoxLayout(history_box).addWidget(self.history_view)
        self.record_status = QLabel()
        self.record_status.setObjectName("recordStatus")
        self.record_status.setWordWrap(True)
        self.record_status.setTextFormat(Qt.TextFormat.RichText)
        self.record_status.setAccessibleName(self.tr("Changes and signed form"))
        self.record_browser = QTextBrowser()
        self.record_browser.setObjectName("recordBrowser")
        self.record_browser.setAccessibleName(self.tr("The whole record"))
        self.record_browser.setOpenLinks(False)
        self.record_browser.setPlaceholderText(self.tr("Loading the record…"))
        review_part = QWidget()
        review_layout = QVBoxLayout(review_part)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addLayout(form)
        review_layout.addLayout(save_row)
        review_layout.addWidget(history_box)
        self.history_view.setMaximumHeight(130)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.record_browser)
        self.split.addWidget(review_part)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)  # the record first: it is what is reviewed
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.title_label)
        editor_layout.addWidget(self.meta_label)
        editor_layout.addWidget(self.record_status)
        editor_layout.addWidget(self.split, 1)
        self.empty = empty_state(self.tr("Select a record to review it."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_row(None)

    def show_row(self, row: ReviewRow | None, comment: str = "") -> None:
        self.row = row
        self.view = None
        self.history_model.set_rows([])
        self.record_browser.clear()
        self.record_status.clear()
        if row is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.editor)
        self.title_label.setText(row.title)
        parts = [f"{row.city}, {row.country}", labels.draft_state_label(row.delegate_state)]
        if row.category:
            parts.insert(1, category_text(row.category))
        if row.conflict:
            parts.append(self.tr("two versions in conflict: see Conflicts"))
        self.meta_label.setText(" · ".join(parts))
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(row.state), 0))
        self.recognized_check.setChecked(row.recognized)
        self.comment_edit.setPlainText(comment)
        self.status_label.clear()
        self._update_recognized()

    def show_record(self, view: RecordView) -> None:
        """The whole record (``ReviewService.record_view``), its changes since review, its signed form."""
        if self.row is None or view.record_id != self.row.record_id:
            return
        self.view = view
        scroll = self.record_browser.verticalScrollBar().value()
        self.record_browser.setHtml(record_html(view, self.palette()))
        if view.changes and view.record_id != self._scrolled_for:
            self.record_browser.scrollToAnchor("first-change")  # the correction first
        else:
            self.record_browser.verticalScrollBar().setValue(scroll)
        self._scrolled_for = view.record_id
        lines = []
        if view.changed_since_review:
            corrected = view.state == ReviewState.HAS_ISSUES.value
            text = (
                self.tr("Corrected since the review: %Ln change(s), marked below.", "", len(view.changes))
                if corrected
                else self.tr("Changed since the review: %Ln change(s), marked below.", "", len(view.changes))
            )
            colour = warning_color(self.palette()).name()
            lines.append(f"<b style='color:{colour}'>{escape(text)}</b>")
        if view.record_type == "commitment":
            lines.append(escape(self._paper_text(view)))
        self.record_status.setText("<br>".join(lines))
        self.record_status.setVisible(bool(lines))

    def _paper_text(self, view: RecordView) -> str:
        current = [c for c in view.checks if c.rev_id == view.rev_id]
        if any(c.ok for c in current):
            last = [c for c in current if c.ok][-1]
            return self.tr("Signed form: verified for this version on %1.").replace(
                "%1", moment_text(last.checked_at)
            )
        if view.checks:
            return self.tr("Signed form: the last one checked (%1) is for an earlier version.").replace(
                "%1", moment_text(view.checks[-1].checked_at)
            )
        return self.tr("Signed form: none checked yet for this version (Check a signed form…).")

    def show_history(self, entries: Sequence[ReviewEntry]) -> None:
        self.history_model.set_rows(entries)
        if entries and not self.comment_edit.toPlainText():
            self.comment_edit.setPlainText(entries[0].comment)

    def _update_recognized(self) -> None:
        registered = self.state_combo.currentData() == ReviewState.REGISTERED.value
        self.recognized_check.setEnabled(registered)
        if not registered:
            self.recognized_check.setChecked(False)

    @Slot(int)
    def _on_state_combo_currentIndexChanged(self, _index: int) -> None:  # noqa: N802
        self._update_recognized()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> None:
        if self.row is None:
            return
        self.save_requested.emit(
            self.row.record_id,
            str(self.state_combo.currentData()),
            self.comment_edit.toPlainText(),
            self.recognized_check.isChecked(),
        )
