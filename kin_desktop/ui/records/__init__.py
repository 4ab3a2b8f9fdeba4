"""Screens for practices and commitments: lists, editors, history and attachments.

The screens take a :class:`kin_desktop.services.records.RecordService`; they never touch
storage themselves.
"""

from kin_desktop.ui.records.editors import CommitmentEditor, PracticeEditor, RecordEditor, editor_for
from kin_desktop.ui.records.history import HistoryDialog
from kin_desktop.ui.records.pages import CommitmentsPage, PracticesPage, RecordListPage

__all__ = [
    "CommitmentEditor",
    "CommitmentsPage",
    "HistoryDialog",
    "PracticeEditor",
    "PracticesPage",
    "RecordEditor",
    "RecordListPage",
    "editor_for",
]
