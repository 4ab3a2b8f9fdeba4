"""The main window: the profile at a glance.

It paints first and loads the profile afterwards, on a worker thread, so the
window appears before the storage stack is even imported (NOTES.md: start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.ui.tasks import Task

Loader = Callable[[], Any]


class MainWindow(QMainWindow):
    """Signals:
    overview_loaded(object): the profile's overview arrived from the worker.
    """

    overview_loaded = Signal(object)

    def __init__(self, data_dir: Path, *, loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._loader = loader
        self._task: Task | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("KIN Desktop"))
        self.setMinimumSize(720, 480)

        self._title = QLabel(self.tr("Loading the profile…"))
        self._title.setObjectName("profileTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        self._subtitle = QLabel(str(data_dir))
        self._subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._details = QFormLayout()
        self._details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)
        self._progress.setAccessibleName(self.tr("Questionnaire completeness"))

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setLayout(self._details)

        layout = QVBoxLayout()
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self._progress)
        layout.addWidget(card)
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

        quit_action = self.menuBar().addMenu(self.tr("&File")).addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(data_dir)))
        self._restore_geometry()

    def load(self) -> Task:
        """Load the overview on a worker thread; the result arrives by signal."""
        self._task = (
            Task(self._loader, self).on_success(self._on_task_succeeded).on_failure(self._on_task_failed)
        )
        return self._task.start()

    @Slot(object)
    def _on_task_succeeded(self, overview: Any) -> None:
        self.show_overview(overview)
        self.overview_loaded.emit(overview)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        from kin_desktop.ui.errors import describe

        self._title.setText(self.tr("This profile cannot be opened"))
        self._subtitle.setText(describe(error))
        self._subtitle.setWordWrap(True)
        self._progress.hide()
        self.statusBar().showMessage(self.tr("Could not open the profile"))

    def show_overview(self, overview: Any) -> None:
        profile = overview.profile
        if profile.role == "delegate":
            self._title.setText(self.tr("%1 — %2").replace("%1", profile.city).replace("%2", profile.country))
            self.setWindowTitle(self.tr("KIN Desktop — %1").replace("%1", profile.city))
        else:
            self._title.setText(self.tr("Network Secretariat"))
            self.setWindowTitle(self.tr("KIN Desktop — Secretariat"))
        self._subtitle.setText(str(profile.data_dir))
        while self._details.rowCount():
            self._details.removeRow(0)
        role = self.tr("City delegate") if profile.role == "delegate" else self.tr("Secretariat")
        rows: list[tuple[str, str]] = [
            (self.tr("Role:"), role),
            (self.tr("Name:"), profile.name),
        ]
        if profile.organisation:
            rows.append((self.tr("Organisation:"), profile.organisation))
        rows.append((self.tr("Key fingerprint:"), profile.fingerprint or self.tr("no key yet")))
        rows.append((self.tr("Questionnaire responses:"), str(overview.responses)))
        rows.append((self.tr("Practices:"), str(overview.practices)))
        rows.append((self.tr("Commitments:"), str(overview.commitments)))
        for label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setAccessibleName(label.rstrip(":"))
            self._details.addRow(label, field)
        self._progress.setRange(0, 100)
        self._progress.setValue(round(overview.questionnaire_ratio * 100))
        self._progress.setFormat(self.tr("Questionnaire %p% complete"))
        self.statusBar().showMessage(self.tr("Ready"))

    def _settings(self) -> QSettings:
        return QSettings(str(self._data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 640)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._data_dir.is_dir():
            self._settings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
