"""The Overview page: questionnaire progress per section, records by state, what waits to be sent."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.ui.formats import moment_text
from kin_desktop.ui.language import number_text
from kin_desktop.ui.palette import Tone, set_tone
from kin_desktop.ui.plain import plain_labels

STATES = ("draft", "ready", "sent", "acknowledged", "registered")


def _state_label(state: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "draft": QCoreApplication.translate("OverviewPage", "Draft"),
        "ready": QCoreApplication.translate("OverviewPage", "Ready"),
        "sent": QCoreApplication.translate("OverviewPage", "Sent"),
        "acknowledged": QCoreApplication.translate("OverviewPage", "Acknowledged"),
        "registered": QCoreApplication.translate("OverviewPage", "Registered"),
    }
    return labels.get(state, state)


class OverviewPage(QScrollArea):
    """Read-only summary; ``show_overview`` refreshes it from a services.overview.Overview.

    Signals:
        record_requested(str, str): open this record (record type, record id): the call to action of
            a record the secretariat says has issues.
    """

    record_requested = Signal(str, str)

    def __init__(self, *, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._language = language
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(24, 16, 24, 24)
        self._layout.setSpacing(16)
        self.setWidget(self._body)
        self._placeholder = QLabel(self.tr("Loading…"))
        self._layout.addWidget(self._placeholder)

    def set_language(self, language: str) -> None:
        self._language = language

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_overview(self, overview: Any) -> None:
        self._clear()
        profile = overview.profile
        who = QGroupBox(self.tr("Profile"))
        form = QFormLayout(who)
        form.addRow(self.tr("Name:"), self._value(profile.name))
        if profile.organisation:
            form.addRow(self.tr("Organisation:"), self._value(profile.organisation))
        if profile.role == "delegate":
            from kin_desktop.core.countries import name as country_name

            form.addRow(self.tr("City:"), self._value(profile.city))
            form.addRow(
                self.tr("Country:"),
                self._value(country_name(profile.country, self._language) if profile.country else ""),
            )
        form.addRow(self.tr("Key fingerprint:"), self._value(profile.fingerprint or self.tr("no key yet")))
        self._layout.addWidget(who)

        if overview.definition is not None and overview.evaluation is not None:
            self._layout.addWidget(self._questionnaire_box(overview))
        if profile.role == "delegate":
            issues = getattr(overview, "has_issues", ())
            if issues:
                self._layout.addWidget(self._issues_box(issues))
            self._layout.addWidget(self._records_box(overview))
            self._layout.addWidget(self._outbox_box(overview))
        self._layout.addStretch(1)
        plain_labels(self)  # names, cities and titles come from the profile and from others

    def _value(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _questionnaire_box(self, overview: Any) -> QGroupBox:
        from kin_desktop.core.questionnaire import localize  # pydantic: kept off the start-up path

        box = QGroupBox(self.tr("Questionnaire"))
        box.setObjectName("questionnaireProgress")
        grid = QGridLayout(box)
        evaluation = overview.evaluation
        for row, section in enumerate(overview.definition.sections):
            progress = evaluation.section(section.id)
            title = QLabel(localize(section.title, self._language).text)
            bar = QProgressBar()
            bar.setRange(0, 100)
            if not progress.relevant:
                bar.setValue(100)
                bar.setFormat(self.tr("does not apply"))
            elif progress.required_total:
                bar.setValue(round(progress.ratio * 100))
                bar.setFormat(
                    self.tr("%1 of %2 required answers")
                    .replace("%1", number_text(progress.required_answered))
                    .replace("%2", number_text(progress.required_total))
                )
            else:  # nothing required: show how much was answered, optional as it is
                bar.setValue(round(100 * progress.answered / progress.total) if progress.total else 100)
                bar.setFormat(
                    self.tr("%1 of %2 optional questions answered")
                    .replace("%1", number_text(progress.answered))
                    .replace("%2", number_text(progress.total))
                )
            bar.setAccessibleName(title.text())
            title.setBuddy(bar)
            grid.addWidget(title, row, 0)
            grid.addWidget(bar, row, 1)
        total = QLabel(
            self.tr("Overall: %1% complete").replace(
                "%1", number_text(round(overview.questionnaire_ratio * 100))
            )
        )
        total.setObjectName("questionnaireTotal")
        grid.addWidget(total, len(overview.definition.sections), 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _records_box(self, overview: Any) -> QGroupBox:
        box = QGroupBox(self.tr("Practices and commitments"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(""), 0, 0)
        for column, state in enumerate(STATES, start=1):
            header = QLabel(_state_label(state))
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        for row, (caption, counts) in enumerate(
            (
                (self.tr("Practices"), overview.practice_states),
                (self.tr("Commitments"), overview.commitment_states),
            ),
            start=1,
        ):
            grid.addWidget(QLabel(caption), row, 0)
            for column, state in enumerate(STATES, start=1):
                cell = QLabel(number_text(counts.get(state, 0)))
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setAccessibleName(f"{caption}: {_state_label(state)}")
                grid.addWidget(cell, row, column)
        return box

    def _outbox_box(self, overview: Any) -> QGroupBox:
        box = QGroupBox(self.tr("Outbox"))
        form = QFormLayout(box)
        waiting_records = overview.waiting_records
        sent_records = overview.unacknowledged_records - waiting_records if overview.bundles_sent else 0
        waiting = self._value(
            self.tr("%Ln record(s) changed since the last export", "", waiting_records)
            if waiting_records
            else self.tr("Nothing new to send")
        )
        waiting.setObjectName("waitingLabel")
        form.addRow(self.tr("Waiting:"), waiting)
        awaiting = self._value(
            self.tr("Nothing sent yet")
            if not overview.bundles_sent
            else self.tr("%Ln record(s) sent but not yet acknowledged", "", max(sent_records, 0))
            if overview.unacknowledged
            else self.tr("Everything sent is acknowledged")
        )
        awaiting.setObjectName("awaitingLabel")
        form.addRow(self.tr("Awaiting receipt:"), awaiting)
        last = overview.last_export
        form.addRow(
            self.tr("Last export:"),
            self._value(moment_text(last) if last else self.tr("never")),
        )
        receipt = getattr(overview, "last_receipt", None)
        receipt_label = self._value(
            self.tr("No. %1 of %2: %Ln change(s) acknowledged", "", receipt.acknowledged)
            .replace("%1", number_text(receipt.sequence))
            .replace("%2", moment_text(receipt.taken_at))
            + (
                self.tr(", %Ln review(s) by the secretariat", "", receipt.review_notes)
                if receipt.review_notes
                else ""
            )
            if receipt
            else self.tr("none yet")
        )
        receipt_label.setObjectName("lastReceiptLabel")
        form.addRow(self.tr("Last receipt:"), receipt_label)
        stale = getattr(overview, "stale_forms", 0)
        if stale:
            paper = self._value(
                self.tr(
                    "%Ln commitment(s) changed since the form was printed: print again and have it signed",
                    "",
                    stale,
                )
            )
            paper.setObjectName("staleFormsLabel")
            set_tone(paper, Tone.WARNING)
            form.addRow(self.tr("Signed forms:"), paper)
        return box

    def _issues_box(self, issues: Any) -> QGroupBox:
        """The secretariat asks for corrections: each record, its comment, a button that opens it."""
        box = QGroupBox(self.tr("The secretariat asks for corrections"))
        box.setObjectName("issuesBox")
        grid = QGridLayout(box)
        for row, issue in enumerate(issues):
            title = QLabel(f"<b>{escape(issue.title)}</b>")
            title.setTextFormat(Qt.TextFormat.RichText)
            title.setWordWrap(True)
            comment = QLabel(issue.comment or self.tr("(no comment)"))
            comment.setTextFormat(Qt.TextFormat.PlainText)
            comment.setWordWrap(True)
            comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            state = QLabel(
                self.tr("Corrected: export it from the Outbox") if issue.corrected else self.tr("To correct")
            )
            set_tone(state, Tone.OK if issue.corrected else Tone.ERROR)
            button = QPushButton(self.tr("Open"))
            button.setObjectName(f"openIssue_{issue.record_id}")
            button.setAccessibleName(self.tr("Open %1").replace("%1", issue.title))
            button.clicked.connect(
                lambda _checked=False, kind=issue.record_type, rid=issue.record_id: (
                    self.record_requested.emit(kind, rid)
                )
            )
            grid.addWidget(title, 2 * row, 0)
            grid.addWidget(state, 2 * row, 1)
            grid.addWidget(button, 2 * row, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(comment, 2 * row + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        return box
