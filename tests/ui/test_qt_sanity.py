"""Guards against a Qt binding that would crash a long session."""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call returning void;
    after a few thousand edits the process aborted ("deallocating None"). A delegate's session
    makes far more calls than that."""
    label = QLabel()
    qtbot.addWidget(label)
    model = QStandardItemModel()
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        model.setItem(i, 0, QStandardItem("x"))
    # 4,000 calls: the broken binding loses 4,000 references; unrelated churn moves a few dozen.
    assert before - sys.getrefcount(None) < 400
