"""Widgets and texts shared by the secretariat's pages: table set-up, empty states, local time.

(qutebrowser's ``misc/miscwidgets.py``: shared pieces live in a neutral module, not in the first page
that needed them.)
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from kin_desktop.ui.formats import moment_text
from kin_desktop.ui.widgets.column_fit import fit_columns


def local_time(moment: datetime | None) -> str:
    """A moment in the computer's time zone, as every moment is shown (ui/formats.py)."""
    return moment_text(moment)


def configure_table(view: QTableView, name: str) -> None:
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    # Columns as wide as what they hold, the page's stretching column taking the rest; never
    # sideways (the page may still set its own stretching columns after this call).
    fit_columns(view)


def empty_state(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(text)
    return label
