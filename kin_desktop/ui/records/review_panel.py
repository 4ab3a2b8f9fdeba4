"""In the delegate's editor: where the record stands, the secretariat's review with its comment, and the
paper bound to it (a commitment form printed for the mayor's signature).

:class:`ReviewPanel` answers "what did the secretariat say, and what do I do now": the review state
and comment from the last receipt, and the next step (correct it; export the correction; wait).
:class:`PaperBanner` warns *before the first change* of a commitment whose form was printed: the form
stays locked until the delegate chooses to change it anyway, because the signed paper covers what the
form shows; once changed, the banner says the paper is out of date and must be printed and signed again.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kin_desktop.ui.formats import moment_text
from kin_desktop.ui.palette import Tone, set_tone, tone_color
from kin_desktop.ui.records import labels


def _framed(widget: QFrame, tone: Tone | None) -> None:
    """A thin border in the tone's colour around the frame, and its first line's text in it."""
    if tone is None:
        widget.setStyleSheet("")
        return
    colour = tone_color(tone, widget.palette()).name()
    name = widget.objectName()
    widget.setStyleSheet(f"QFrame#{name} {{ border: 1px solid {colour}; border-radius: 4px; }}")


class ReviewPanel(QFrame):
    """The list's state of the record and the secretariat's review (``services.records.RecordStatus``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordReviewPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state_label = QLabel()
        self.state_label.setObjectName("reviewState")
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Where the record stands"))
        self.comment_label = QLabel()
        self.comment_label.setObjectName("reviewComment")
        self.comment_label.setTextFormat(Qt.TextFormat.PlainText)  # the secretariat's words, as written
        self.comment_label.setWordWrap(True)
        self.comment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment_label.setAccessibleName(self.tr("The secretariat's comment"))
        self.next_label = QLabel()
        self.next_label.setObjectName("reviewNextStep")
        self.next_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.state_label)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.next_label)
        self.show_status(None)

    def show_status(self, status: Any) -> None:
        """Show a ``RecordStatus`` (None: a record not saved yet)."""
        if status is None:
            self.hide()
            return
        self.show()
        where = labels.state_label(status.sync_state)
        review = status.review
        if review is None:
            self.state_label.setText(
                self.tr("<b>%1</b> · not reviewed by the secretariat yet").replace("%1", escape(where))
            )
            self.comment_label.hide()
            self.next_label.hide()
            _framed(self, None)
            return
        tone = Tone.ERROR if review.state == "has_issues" and not review.changed else None
        if review.state == "registered":
            tone = Tone.OK
        verdict = labels.review_label(review.state) + (" ★" if review.recognized else "")
        colour = tone_color(tone, self.palette()).name() if tone is not None else None
        verdict_html = (
            f"<b style='color:{colour}'>{escape(verdict)}</b>" if colour else f"<b>{escape(verdict)}</b>"
        )
        self.state_label.setText(
            self.tr("Secretariat's review: %1 (%2) · %3")
            .replace("%1", verdict_html)
            .replace("%2", escape(moment_text(review.reviewed)))
            .replace("%3", escape(where))
        )
        self.comment_label.setText(review.comment)
        self.comment_label.setVisible(bool(review.comment))
        self.next_label.setText(self._next_step(status))
        self.next_label.setVisible(bool(self.next_label.text()))
        _framed(self, tone)

    def _next_step(self, status: Any) -> str:
        review = status.review
        if review.state != "has_issues":
            if review.changed:
                return self.tr(
                    "Changed since this review: the secretariat sees the change after your next export."
                )
            return ""
        if not review.changed:
            return self.tr(
                "Correct what the comment asks, then export from the Outbox: the secretariat sees the correction."
            )
        if status.sync_state in ("sent", "acknowledged"):
            return self.tr("Corrected and sent: the secretariat will review it again.")
        return self.tr("Corrected here: export from the Outbox to send the correction.")


class PaperBanner(QFrame):
    """The commitment's printed form: a warning before the first change, or that the paper is out of date.

    Signals:
        unlock_requested(): the delegate chose to change the record anyway.
    """

    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperBanner")
        self.text_label = QLabel()
        self.text_label.setObjectName("paperText")
        self.text_label.setWordWrap(True)
        self.text_label.setAccessibleName(self.tr("Printed form"))
        self.unlock_button = QPushButton(self.tr("Change it &anyway"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setToolTip(
            self.tr(
                "Unlock the form: the signed paper will no longer match and must be printed and signed again"
            )
        )
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_paper(self, paper: Any, *, locked: bool) -> None:
        """``paper``: the last printed form (``services.records.Paper``) or None."""
        if paper is None:
            self.hide()
            return
        printed = moment_text(paper.printed_at)
        if paper.stale:
            self.text_label.setText(
                self.tr(
                    "The form printed on %1 no longer matches this commitment: it was changed since. "
                    "Print the form again (Ctrl+P) and have the new paper signed."
                ).replace("%1", printed)
            )
            self.unlock_button.hide()
            tone = Tone.ERROR
            set_tone(self.text_label, Tone.ERROR)
        else:
            self.text_label.setText(
                self.tr(
                    "A form of this version was printed on %1 for the mayor's signature. The signed paper "
                    "covers everything on the form: title, type, sectors, objectives, description, targets "
                    "and indicators, partners, timeline and milestones, budget and funding, and the "
                    "signatory. Changing any of it makes the paper out of date."
                ).replace("%1", printed)
            )
            self.unlock_button.setVisible(locked)
            tone = Tone.WARNING
            set_tone(self.text_label, None)
        _framed(self, tone)
        self.show()

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        self.unlock_button.hide()
        self.unlock_requested.emit()
