"""Conflicts: one delegation wrote the same record on two devices. Both revisions side by side, then
the officer keeps one, or merges field by field. Nothing is ever resolved without being asked."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.services.review import ConflictRow, ConflictSides, ReviewService
from kin_desktop.ui.errors import describe
from kin_desktop.ui.language import list_text
from kin_desktop.ui.palette import differs_background
from kin_desktop.ui.plain import message_box, tooltip
from kin_desktop.ui.records import labels
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.secretariat.common import configure_table, empty_state
from kin_desktop.ui.tasks import Task

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
LEFT, RIGHT = "left", "right"


def record_type_text(kind: str) -> str:
    return {
        "practice": QCoreApplication.translate("secretariat", "Practice"),
        "commitment": QCoreApplication.translate("secretariat", "Commitment"),
        "response": QCoreApplication.translate("secretariat", "Questionnaire response"),
        "progress_report": QCoreApplication.translate("secretariat", "Progress report"),
        "attachment": QCoreApplication.translate("secretariat", "Attachment"),
    }.get(kind, kind)


def value_text(key: str, value: Any) -> str:
    """A body value as a person reads it: lists one item a line, rows of lists as "a · b · c"."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("secretariat", "Yes")
            if value
            else QCoreApplication.translate("secretariat", "No")
        )
    if isinstance(value, list):
        if key == "sectors":
            return list_text(labels.sector_label(str(item)) for item in value)
        lines = []
        for item in value:
            if isinstance(item, dict):
                lines.append(" · ".join(str(v) for v in item.values() if v not in (None, "")))
            else:
                lines.append(str(item))
        return "\n".join(lines)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return labels.value_text(key, str(value))


@dataclass(frozen=True)
class SideRow:
    key: str
    left: Any
    right: Any
    differs: bool


def side_rows(sides: ConflictSides, *, only_differing: bool = False) -> list[SideRow]:
    names = list(dict.fromkeys([*sides.left, *sides.right]))
    differing = set(sides.differing)
    rows = [SideRow(n, sides.left.get(n), sides.right.get(n), n in differing) for n in names]
    return [r for r in rows if r.differs] if only_differing else rows


class SidesModel(QAbstractTableModel):
    """Field, left value, right value; differing fields highlighted (background and bold)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SideRow, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[SideRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SideRow:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 3

    def _text(self, row: SideRow, column: int) -> str:
        if column == 0:
            return labels.field_label(row.key)
        return value_text(row.key, row.left if column == 1 else row.right)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._text(row, index.column()))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, index.column())
            return (
                QCoreApplication.translate("secretariat", "%1 (differs)").replace("%1", text)
                if row.differs and index.column() == 0
                else text
            )
        if row.differs and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(differs_background())
        if row.differs and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.Text))
        if row.differs and role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            (
                QCoreApplication.translate("secretariat", "Field"),
                QCoreApplication.translate("secretariat", "Left: newest (shown now)"),
                QCoreApplication.translate("secretariat", "Right: the other device"),
            )[section]
            if (0 <= section < 3)
            else None
        )


class MergeModel(SidesModel):
    """The differing fields; in each row exactly one of the left and right values is checked."""

    def __init__(self, rows: Sequence[SideRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_rows(rows)
        self.choices: dict[str, str] = {row.key: LEFT for row in rows}

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() in (1, 2) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() in (1, 2):
            side = LEFT if index.column() == 1 else RIGHT
            chosen = self.choices[self.row_at(index.row()).key] == side
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole or role == Qt.ItemDataRole.ForegroundRole:
            return None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() not in (1, 2):
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False  # a radio choice: unchecking happens by checking the other side
        self.choose(self.row_at(index.row()).key, LEFT if index.column() == 1 else RIGHT)
        return True

    def choose(self, key: str, side: str) -> None:
        row = next(i for i, r in enumerate(self._rows) if r.key == key)
        self.choices[key] = side
        self.dataChanged.emit(self.index(row, 1), self.index(row, 2), [Qt.ItemDataRole.CheckStateRole])

    def merged(self, sides: ConflictSides) -> dict[str, Any]:
        body = dict(sides.left)
        for key, side in self.choices.items():
            if side == RIGHT:
                if key in sides.right:
                    body[key] = sides.right[key]
                else:
                    body.pop(key, None)
        return body


class MergeDialog(QDialog):
    """For each field that differs, the officer checks the value to keep."""

    def __init__(self, sides: ConflictSides, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge “%1”").replace("%1", title))
        self.resize(900, 480)
        self.sides = sides
        self.model = MergeModel(side_rows(sides, only_differing=True), self)
        intro = QLabel(
            self.tr(
                "For each field that differs, check the value to keep (Space checks the selected cell). "
                "Fields that are the same on both devices are kept as they are."
            )
        )
        intro.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        configure_table(self.view, self.tr("Fields to merge"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save the merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def merged(self) -> dict[str, Any]:
        return self.model.merged(self.sides)

    @classmethod
    def ask(cls, parent: QWidget | None, sides: ConflictSides, title: str) -> dict[str, Any] | None:
        """The merged body, or None when the officer cancels."""
        dialog = cls(sides, title, parent)
        return dialog.merged() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ConfirmKeep:
    """Asks before one side replaces the other."""

    @classmethod
    def ask(cls, parent: QWidget | None, side: str, title: str, fields: Sequence[str]) -> bool:
        box = message_box(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("secretariat", "Resolve the conflict"))
        names = list_text(labels.field_label(f) for f in fields)
        which = (
            QCoreApplication.translate("secretariat", "the left (newest) version")
            if side == LEFT
            else QCoreApplication.translate("secretariat", "the right version")
        )
        box.setText(
            QCoreApplication.translate(
                "secretariat",
                "Keep %1 of “%2”?\n\nThe other version's %3 will be replaced. Both stay in the history.",
            )
            .replace("%1", which)
            .replace("%2", title)
            .replace("%3", names)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes


class ConflictsTab(QWidget):
    """The records in conflict and, for the selected one, the two revisions side by side.

    Signals:
        conflict_resolved(str): a record's conflict was resolved (carries the record id).
        conflicts_loaded(int): the list was (re)loaded; carries how many conflicts remain.
    """

    conflict_resolved = Signal(str)
    conflicts_loaded = Signal(int)

    def __init__(self, service: ReviewService, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsTab")
        self._service = service
        self._tasks: set[Task] = set()
        self._sides: ConflictSides | None = None
        self._serial = 0

        self.list_model = RowsModel(
            [
                Column(self.tr("Record"), lambda c: c.title or c.record_id),
                Column(self.tr("Type"), lambda c: record_type_text(c.record_type)),
                Column(self.tr("City"), lambda c: c.city),
                Column(self.tr("Versions"), lambda c: str(len(c.heads))),
            ],
            self,
        )
        self.list_view = QTableView()
        self.list_view.setObjectName("conflictList")
        self.list_view.setModel(self.list_model)
        configure_table(self.list_view, self.tr("Records in conflict"))
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.horizontalHeader().setStretchLastSection(False)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_list_view_current_row_changed)
        self.list_empty = empty_state(
            self.tr(
                "No conflicts. A conflict appears when one delegation edits the same record on two "
                "computers; both versions are kept until you choose."
            )
        )
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_empty)
        self.list_stack.addWidget(self.list_view)

        self.heading = QLabel()
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Fields that differ"))
        self.only_differing = QCheckBox(self.tr("&Only the fields that differ"))
        self.only_differing.toggled.connect(self._on_only_differing_toggled)
        self.sides_model = SidesModel(self)
        self.sides_view = QTableView()
        self.sides_view.setObjectName("sidesView")
        self.sides_view.setModel(self.sides_model)
        configure_table(self.sides_view, self.tr("The two versions side by side"))
        self.sides_view.setWordWrap(True)
        self.sides_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.sides_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_left_button = QPushButton(self.tr("Keep &left"))
        self.keep_left_button.setShortcut(QKeySequence("Ctrl+Alt+Left"))
        self.keep_left_button.setToolTip(self.tr("Keep the newest version (Ctrl+Alt+Left)"))
        self.keep_left_button.clicked.connect(self._on_keep_left_button_clicked)
        self.keep_right_button = QPushButton(self.tr("Keep &right"))
        self.keep_right_button.setShortcut(QKeySequence("Ctrl+Alt+Right"))
        self.keep_right_button.setToolTip(self.tr("Keep the other device's version (Ctrl+Alt+Right)"))
        self.keep_right_button.clicked.connect(self._on_keep_right_button_clicked)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setShortcut(QKeySequence("Ctrl+M"))
        self.merge_button.setToolTip(self.tr("Choose field by field (Ctrl+M)"))
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_left_button)
        buttons.addWidget(self.keep_right_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.only_differing)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.sides_view, 1)
        detail_layout.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list_stack)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_label)
        layout.addWidget(split, 1)
        self._show_sides(None)
        self.reload()

    # --- loading ------------------------------------------------------------------------------------

    def _start(self, fn: Any, on_success: Any) -> Task:
        return (
            Task(fn, self)
            .on_success(on_success)
            .on_failure(self._on_task_failed)
            .kept_in(self._tasks)
            .start()
        )

    def reload(self) -> Task:
        return self._start(self._service.conflicts, self._on_conflicts_loaded)

    @Slot(object)
    def _on_conflicts_loaded(self, rows: tuple[ConflictRow, ...]) -> None:
        selected = self.selected_conflict()
        self.list_model.set_rows(rows)
        self.list_stack.setCurrentWidget(self.list_view if rows else self.list_empty)
        if rows:
            ids = [r.record_id for r in rows]
            row = ids.index(selected.record_id) if selected is not None and selected.record_id in ids else 0
            self.list_view.selectRow(row)
        else:
            self._show_sides(None)
        self.conflicts_loaded.emit(len(rows))

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        self.result_label.setText(describe(error) if isinstance(error, BaseException) else str(error))
        self._update_buttons()

    def selected_conflict(self) -> ConflictRow | None:
        index = self.list_view.currentIndex()
        if not index.isValid():
            return None
        row: ConflictRow = self.list_model.row_at(index.row())
        return row

    @Slot()
    def _on_list_view_current_row_changed(self) -> None:
        conflict = self.selected_conflict()
        self._serial += 1
        if conflict is None:
            self._show_sides(None)
            return
        serial = self._serial
        record_id = conflict.record_id

        def show(sides: ConflictSides) -> None:
            if serial == self._serial:
                self._show_sides(sides)

        if self._sides is None or self._sides.record_id != record_id:
            # A different record: its sides are not known until loaded. The same record re-selected
            # after a reload keeps its sides on screen (and its buttons usable) while they refresh.
            self._sides = None
            self._update_buttons()
        self._start(lambda: self._service.conflict_sides(record_id), show)

    def _show_sides(self, sides: ConflictSides | None) -> None:
        self._sides = sides
        conflict = self.selected_conflict()
        if sides is None or conflict is None:
            self.heading.setText(self.tr("Select a conflict to compare its two versions."))
            self.summary.clear()
            self.sides_model.set_rows([])
        else:
            self.heading.setText(
                self.tr("%1 “%2” — %3")
                .replace("%1", record_type_text(sides.record_type))
                .replace("%2", conflict.title or sides.record_id)
                .replace("%3", conflict.city)
            )
            names = list_text(labels.field_label(f) for f in sides.differing)
            self.summary.setText(
                self.tr(
                    "%Ln field(s) differ: %1. Until you choose, the left (newest) version is shown.",
                    "",
                    len(sides.differing),
                ).replace("%1", names)
            )
            self.sides_model.set_rows(side_rows(sides, only_differing=self.only_differing.isChecked()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._sides is not None
        for button in (self.keep_left_button, self.keep_right_button, self.merge_button):
            button.setEnabled(ready)

    @Slot(bool)
    def _on_only_differing_toggled(self, _checked: bool) -> None:
        self._show_sides(self._sides)

    # --- resolving ----------------------------------------------------------------------------------

    def _title(self) -> str:
        conflict = self.selected_conflict()
        return (conflict.title or conflict.record_id) if conflict is not None else ""

    def keep(self, side: str) -> Task | None:
        sides = self._sides
        if sides is None or not ConfirmKeep.ask(self, side, self._title(), sides.differing):
            return None
        return self._resolve(sides, dict(sides.left if side == LEFT else sides.right))

    def merge(self) -> Task | None:
        sides = self._sides
        if sides is None:
            return None
        body = MergeDialog.ask(self, sides, self._title())
        if body is None:
            return None
        return self._resolve(sides, body)

    def _resolve(self, sides: ConflictSides, body: dict[str, Any]) -> Task:
        record_id = sides.record_id
        self._sides = None
        self._update_buttons()
        self.result_label.setText(self.tr("Saving…"))

        def done(_revision: object) -> None:
            self.result_label.setText(self.tr("Resolved: “%1” now has one version.").replace("%1", title))
            self.reload()
            self.conflict_resolved.emit(record_id)

        title = self._title()
        task = self._start(lambda: self._service.resolve(record_id, body), done)
        task.failed.connect(lambda _error: self._show_sides(sides))  # nothing changed: choose again
        return task

    @Slot()
    def _on_keep_left_button_clicked(self) -> None:
        self.keep(LEFT)

    @Slot()
    def _on_keep_right_button_clicked(self) -> None:
        self.keep(RIGHT)

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        self.merge()
