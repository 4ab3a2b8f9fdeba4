"""Editors of one practice or one commitment, with undo, autosave, history and attachments.

Every field edit goes through the editor's ``QUndoStack``: the widgets' own undo is off
(text areas) or bypassed (line edits: Ctrl+Z reaches the editor's action), so one Ctrl+Z
history covers text, choices, table cells and table rows alike.

The body is saved about a second after the last change when it is valid; when it is not,
the problems are shown beside the fields and the body stays in the editor, untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.errors import KinError
from kin_desktop.core.schemas import FOLLOW_UP_END_YEAR, DraftState, ProjectType, RecordType, Sector
from kin_desktop.services.records import FOLLOW_UP_END_DATE, Problem, RecordService
from kin_desktop.ui import errors
from kin_desktop.ui.formats import day_text, time_text
from kin_desktop.ui.language import number_text, without_mnemonic
from kin_desktop.ui.palette import Tone, framed_style, set_tone
from kin_desktop.ui.records import labels
from kin_desktop.ui.records.attachments import AttachmentsPanel
from kin_desktop.ui.records.history import HistoryDialog
from kin_desktop.ui.records.models import EditableRowsModel, EditColumn, Index
from kin_desktop.ui.records.review_panel import PaperBanner, ReviewPanel
from kin_desktop.ui.records.undo import InsertRowCommand, RemoveRowCommand, SetFieldCommand
from kin_desktop.ui.widgets.column_fit import ColumnFitter
from kin_desktop.ui.widgets.date_delegate import DateItemDelegate
from kin_desktop.ui.widgets.date_entry import DateEntry
from kin_desktop.ui.widgets.elided_label import ElidedLabel

AUTOSAVE_MS = 1000
_NULLABLE = frozenset(
    {
        "cost_amount",
        "cost_currency",
        "budget_amount",
        "budget_currency",
        "start_date",
        "end_date",
        "start_year",
    }
)
# The fields whose problem line is always there (see _error_label).
_RESERVED = frozenset({"title", "budget_amount", "cost_amount"})
# Below this width, in average characters, the groups of an editor go one under the other.
_TWO_COLUMNS_CHARS = 118
_NO_YEAR = 1949  # the start-year spin box shows "not given" at its minimum
_NO_DUE_YEAR = 2005
_CURRENCY_PATTERN = QRegularExpression(r"^[A-Za-z]{0,3}$")


def _undo_keys() -> tuple[QKeySequence, ...]:
    # Built on use: a standard key sequence needs the application's platform theme.
    return (
        QKeySequence(QKeySequence.StandardKey.Undo),
        QKeySequence(QKeySequence.StandardKey.Redo),
        QKeySequence("Ctrl+Y"),
        QKeySequence("Ctrl+Shift+Z"),
    )


@dataclass
class _Binding:
    """One form field: how to read and write its widget, and where its problems show."""

    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]
    mergeable: bool
    error: QLabel


class _DueYearDelegate(QStyledItemDelegate):
    """Due years as a spin box from 2006 to 2010; its lowest step means "no year"."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index) -> QWidget:  # noqa: N802
        box = QSpinBox(parent)
        box.setRange(_NO_DUE_YEAR, FOLLOW_UP_END_YEAR)
        box.setSpecialValueText(QCoreApplication.translate("records", "—", "no due year"))
        box.setAccessibleName(labels.column_label("due_year"))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(value) if value else _NO_DUE_YEAR)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        value = editor.value()
        model.setData(index, None if value == _NO_DUE_YEAR else value, Qt.ItemDataRole.EditRole)


class _RowsEditor(QWidget):
    """A table of one list field with Add row / Remove row buttons."""

    def __init__(
        self,
        name: str,
        model: EditableRowsModel,
        undo_stack: QUndoStack,
        *,
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._name = name
        self._undo_stack = undo_stack
        self.view = QTableView()
        self.view.setAccessibleName(name)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for number, column in enumerate(model.columns):
            if column.kind == "year":
                self.view.setItemDelegateForColumn(number, _DueYearDelegate(self.view))
            elif column.kind == "date":
                self.view.setItemDelegateForColumn(number, DateItemDelegate(self.view))
        stretch = next((n for n, column in enumerate(model.columns) if column.stretch), 0)
        self.columns = ColumnFitter(self.view, stretch=stretch, stretch_chars=16, cap_chars=24)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._fit_timer.start)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(without_mnemonic(add_text))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setAccessibleName(without_mnemonic(remove_text))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.error = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_timer.start()

    @Slot()
    def _fit_height(self) -> None:
        """As tall as its rows plus room for one more, within bounds; the form scrolls, not the table."""
        self.view.resizeRowsToContents()
        header = self.view.horizontalHeader()
        spare = self.view.verticalHeader().defaultSectionSize()
        rows = self.view.verticalHeader().length()
        header_height = header.sizeHint().height() if header.isVisible() else 0
        height = header_height + rows + spare + 2 * self.view.frameWidth() + 2
        self.view.setFixedHeight(max(header_height + 2 * spare, min(height, 320)))

    def add_row(self) -> int:
        row = self.model.rowCount()
        self._undo_stack.push(InsertRowCommand(self.model, row, self.model.blank_row(), self._name))
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        return row

    def remove_row(self, row: int | None = None) -> None:
        if row is None:
            current = self.view.currentIndex()
            row = current.row() if current.isValid() else self.model.rowCount() - 1
        if 0 <= row < self.model.rowCount():
            self._undo_stack.push(RemoveRowCommand(self.model, row, self._name))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_row()
        self.view.setFocus()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_row()


def _blank(row: dict[str, Any]) -> bool:
    return all(
        value in (None, "") or (isinstance(value, str) and not value.strip()) for value in row.values()
    )


class RecordEditor(QWidget):
    """The shared machinery of the two editors.

    Signals:
        record_saved(str): a new revision of the record was saved; carries the record id.
        problems_changed(int): the problems shown changed; carries how many.
    """

    record_saved = Signal(str)
    problems_changed = Signal(int)
    record_type: RecordType = RecordType.PRACTICE

    def __init__(
        self, service: RecordService, record_id: str | None, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.record_id = record_id
        self.rev_id: str | None = None
        self.undo_stack = QUndoStack(self)
        self._bindings: dict[str, _Binding] = {}
        self._tables: dict[str, _RowsEditor] = {}
        self._values: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}
        self._saved_body: dict[str, Any] | None = None
        self._applying = False
        self._problems: tuple[Problem, ...] = ()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._on_autosave_timeout)
        self.setAcceptDrops(True)

        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        # Fixed texts (the stack's own actions put the command into the text, so the bar jumps);
        # what would be undone shows in the tooltip.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_stack_undoTextChanged)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.redoTextChanged.connect(self._on_undo_stack_redoTextChanged)
        self.history_action = QAction(self.tr("&History…"), self)
        self.history_action.triggered.connect(self._on_history_action_triggered)
        for action in (self.save_action, self.undo_action, self.redo_action, self.history_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        bar = QHBoxLayout()
        for action, name in (
            (self.save_action, self.tr("Save")),
            (self.undo_action, self.tr("Undo")),
            (self.redo_action, self.tr("Redo")),
            (self.history_action, self.tr("History")),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.status_label.setAccessibleName(self.tr("Save status"))
        bar.addWidget(self.status_label)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("Problems"))
        self.problems_label.setStyleSheet(framed_style("problems", Tone.ERROR, self.palette(), padding=6))
        self.problems_label.hide()

        self.review_panel = ReviewPanel()
        self.paper_banner = PaperBanner()
        self.paper_banner.unlock_requested.connect(self._on_paper_banner_unlock_requested)
        self._unlocked = False  # the delegate chose to change a record whose form was printed

        self.attachments = AttachmentsPanel(service, self._ensure_saved, parent=self)
        self.form = QWidget()
        self._build_form(self.form)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(bar)
        layout.addWidget(self.review_panel)
        layout.addWidget(self.paper_banner)
        layout.addWidget(self.form_scroll, 1)
        # Under the form: when the problems show, the form's window gets shorter from below and
        # nothing in it moves.
        layout.addWidget(self.problems_label)

        for binding in self._bindings.values():
            if isinstance(binding.widget, QLineEdit | QPlainTextEdit):
                binding.widget.installEventFilter(self)
            elif isinstance(binding.widget, DateEntry):
                binding.widget.edit.installEventFilter(self)
        self._load()

    # -- building the form (subclasses) ------------------------------------------------------------

    def _build_form(self, form: QWidget) -> None:
        raise NotImplementedError

    def _kind_name(self) -> str:
        raise NotImplementedError

    def _error_label(self, reserved: bool = False) -> QLabel:
        """The line under a field where its problem shows. For the fields a delegate can get
        wrong while typing it is always there (one line high when empty), so a problem that
        appears or goes moves nothing; the others cannot go wrong from this form (their limits
        are enforced as typed) and show it only if a body from elsewhere breaks them."""
        if reserved:  # one line, cut with an ellipsis if need be: the summary under the form has it all
            line = ElidedLabel()
            set_tone(line, Tone.ERROR)
            return line  # type: ignore[return-value]  # it answers the QLabel calls used here
        label = QLabel()
        label.setWordWrap(True)
        set_tone(label, Tone.ERROR)
        label.hide()
        return label

    def _bind(
        self,
        key: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        *,
        mergeable: bool,
    ) -> _Binding:
        binding = _Binding(widget, get, put, mergeable, self._error_label(key in _RESERVED))
        binding.error.setAccessibleName(self.tr("Problem with %1").replace("%1", labels.field_label(key)))
        self._bindings[key] = binding
        return binding

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        """A labelled field with its problem line under it."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(labels.field_label(key))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if not isinstance(widget, DateEntry):  # a date entry has a line of its own for them
            column.addWidget(self._bindings[key].error)
        form.addRow(caption, box)

    def _line(
        self,
        key: str,
        *,
        placeholder: str = "",
        validator: QRegularExpression | None = None,
        max_length: int = 0,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"{key}Edit")
        edit.setPlaceholderText(placeholder)
        if validator is not None:
            edit.setValidator(QRegularExpressionValidator(validator, edit))
        if max_length:
            edit.setMaxLength(max_length)
        upper = key.endswith("_currency")
        self._bind(
            key,
            edit,
            (lambda: edit.text().strip().upper()) if upper else edit.text,
            lambda v: edit.setText(v or ""),
            mergeable=True,
        )
        edit.textChanged.connect(lambda _text: self._on_field_changed(key))
        return edit

    def _date(self, key: str) -> DateEntry:
        """A day typed in the interface language's form or in ISO, or picked on a calendar; a text
        that is not a day is kept as typed and reported like any other problem of the body."""
        entry = DateEntry()
        entry.setObjectName(f"{key}Entry")
        entry.edit.setObjectName(f"{key}Edit")
        entry.edit.setClearButtonEnabled(True)
        self._bind(
            key,
            entry,
            lambda: (entry.iso() or "") if entry.is_valid() else entry.text().strip(),
            entry.set_date,
            mergeable=False,
        )
        entry.date_edited.connect(lambda _day: self._on_field_changed(key))
        entry.editing_finished.connect(lambda: self._on_field_changed(key))
        return entry

    def _text(self, key: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"{key}Edit")
        edit.setUndoRedoEnabled(False)
        edit.setTabChangesFocus(True)
        margins = edit.contentsMargins()
        height = (
            edit.fontMetrics().lineSpacing() * lines
            + 2 * edit.document().documentMargin()
            + margins.top()
            + margins.bottom()
            + 4
        )
        edit.setFixedHeight(int(height))

        def put(value: Any) -> None:
            edit.setPlainText(value or "")
            edit.moveCursor(edit.textCursor().MoveOperation.End)

        self._bind(key, edit, edit.toPlainText, put, mergeable=True)
        edit.textChanged.connect(lambda: self._on_field_changed(key))
        return edit

    def _choice(self, key: str, items: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{key}Combo")
        for text, data in items:
            combo.addItem(text, data)

        def put(value: Any) -> None:
            combo.setCurrentIndex(max(0, combo.findData(value)))

        self._bind(key, combo, combo.currentData, put, mergeable=False)
        combo.currentIndexChanged.connect(lambda _index: self._on_field_changed(key))
        return combo

    def _sectors(self) -> QListWidget:
        box = QListWidget()
        box.setObjectName("sectorsList")
        box.setFlow(QListWidget.Flow.LeftToRight)
        box.setWrapping(True)
        box.setResizeMode(QListWidget.ResizeMode.Adjust)
        box.setSpacing(2)
        for sector in Sector:
            item = QListWidgetItem(labels.sector_label(sector))
            item.setData(Qt.ItemDataRole.UserRole, sector.value)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            box.addItem(item)
        box.setFixedHeight(box.sizeHintForRow(0) * 3 + 16)

        def get() -> list[str]:
            return [
                box.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked
            ]

        def put(value: Any) -> None:
            chosen = set(value or ())
            for i in range(box.count()):
                item = box.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

        self._bind("sectors", box, get, put, mergeable=False)
        box.itemChanged.connect(lambda _item: self._on_field_changed("sectors"))
        return box

    def _check(self, key: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(f"{key}Check")
        self._bind(key, box, box.isChecked, lambda v: box.setChecked(bool(v)), mergeable=False)
        box.toggled.connect(lambda _checked: self._on_field_changed(key))
        return box

    def _rows(self, key: str, columns: Sequence[EditColumn], add_text: str, remove_text: str) -> _RowsEditor:
        model = EditableRowsModel(columns, self.undo_stack, self)
        editor = _RowsEditor(
            labels.field_label(key), model, self.undo_stack, add_text=add_text, remove_text=remove_text
        )
        editor.error.setWordWrap(True)
        set_tone(editor.error, Tone.ERROR)
        editor.error.setMinimumHeight(editor.error.fontMetrics().lineSpacing())  # kept: nothing moves
        model.edited.connect(self._on_table_edited)
        self._tables[key] = editor
        return editor

    def _two_columns(self, form: QWidget, left: Sequence[QWidget], right: Sequence[QWidget]) -> None:
        """The groups in two columns where the editor is wide, one under the other where it is not
        (see ``_fit_columns``)."""
        self._left = QWidget()
        self._right = QWidget()
        for box, widgets in ((self._left, left), (self._right, right)):
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, form)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.addWidget(self._left, 3)
        self._columns.addWidget(self._right, 2)

    def two_columns(self) -> bool:
        """Whether the groups show side by side."""
        return self._columns.direction() == QBoxLayout.Direction.LeftToRight

    def _fit_columns(self, width: int) -> None:
        side_by_side = width >= self.fontMetrics().averageCharWidth() * _TWO_COLUMNS_CHARS
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
            self._columns.setStretch(0, 3 if side_by_side else 0)
            self._columns.setStretch(1, 2 if side_by_side else 0)

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return group, form

    # -- the body ---------------------------------------------------------------------------------

    def body(self) -> dict[str, Any]:
        """The body the form holds now (it may be invalid)."""
        body = dict(self._extra)
        for key, binding in self._bindings.items():
            value = binding.get()
            if key in _NULLABLE and value in ("", None):
                value = None
            body[key] = value
        for key, table in self._tables.items():
            rows = [row for row in table.model.row_data() if not _blank(row)]
            body[key] = [row["name"] for row in rows] if key == "partners" else rows
        return body

    def is_modified(self) -> bool:
        return self._saved_body is None or self.body() != self._saved_body

    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    def _load(self) -> None:
        body: dict[str, Any] = {}
        if self.record_id is not None:
            try:
                body, self.rev_id = self._service.load(self.record_id)
            except KinError as exc:
                self._set_status(errors.describe(exc))
        self._applying = True
        try:
            for key, binding in self._bindings.items():
                binding.put(body.get(key))
            for key, table in self._tables.items():
                values = body.get(key) or []
                table.model.set_row_data([{"name": v} for v in values] if key == "partners" else values)
        finally:
            self._applying = False
        self._values = {key: binding.get() for key, binding in self._bindings.items()}
        known = set(self._bindings) | set(self._tables)
        self._extra = {key: value for key, value in body.items() if key not in known}
        self._saved_body = self.body() if self.record_id is not None and body else None
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.attachments.set_record(self.record_id if body else None)
        self.history_action.setEnabled(self.rev_id is not None)
        self._set_status(self.tr("All changes saved") if self.rev_id else self.tr("Not saved yet"))
        self.refresh_status()

    def refresh_status(self) -> None:
        """Show where the record stands, the secretariat's review and its printed form; lock the form of
        a commitment whose printed form still matches, until the delegate chooses to change it."""
        status = None
        if self.record_id is not None and self.rev_id is not None:
            try:
                status = self._service.status(self.record_id)
            except KinError:
                status = None
        self.review_panel.show_status(status)
        paper = status.paper if status is not None else None
        locked = paper is not None and not paper.stale and not self._unlocked
        self.paper_banner.show_paper(paper, locked=locked)
        self.form.setEnabled(not locked)

    @Slot()
    def _on_paper_banner_unlock_requested(self) -> None:
        self._unlocked = True
        self.form.setEnabled(True)
        self.form.setFocus()

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save now if the body is valid; otherwise show why not. Returns whether it is saved."""
        self._autosave.stop()
        body = self.body()
        problems = self._service.check(self.record_type, body)
        self._show_problems(problems)
        if problems:
            self._set_status(self.tr("Not saved: see the problems above. Your text is kept here."))
            return False
        try:
            revision = self._service.save(self.record_type, body, self.record_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the body stays in the form
            self._set_status(self.tr("Not saved: %1").replace("%1", errors.describe(exc)))
            return False
        self._saved_body = body
        changed = revision.rev_id != self.rev_id
        self.record_id, self.rev_id = revision.record_id, revision.rev_id
        if self.attachments.record_id != self.record_id:
            self.attachments.set_record(self.record_id)
        self.history_action.setEnabled(True)
        self._set_status(self.tr("Saved at %1").replace("%1", time_text()))
        if changed:
            self.refresh_status()
            self.record_saved.emit(self.record_id)
        return True

    def _ensure_saved(self) -> str | None:
        if self.record_id is not None and not self.is_modified():
            return self.record_id
        return self.record_id if self.save() or self.record_id else None

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        self._problems = tuple(problems)
        for key, binding in self._bindings.items():
            binding.error.clear()
            binding.error.setVisible(key in _RESERVED)
            if isinstance(binding.widget, DateEntry):
                binding.widget.set_problem("")
        for table in self._tables.values():
            table.error.clear()
        for problem in problems:
            target = self._bindings.get(problem.key)
            label = (
                target.error
                if target
                else self._tables[problem.key].error
                if problem.key in self._tables
                else None
            )
            if label is None:
                continue
            text = labels.problem_text(problem)
            if problem.row is not None:
                text = self.tr("Row %1: %2").replace("%1", number_text(problem.row + 1)).replace("%2", text)
            joiner = " · " if isinstance(label, ElidedLabel) else "\n"
            label.setText(joiner.join(filter(None, (label.text(), text))))
            label.show()
            if target is not None and isinstance(target.widget, DateEntry):
                target.widget.set_problem(label.text())
        if problems:
            lines = "\n".join(f"• {labels.problem_line(p)}" for p in problems)
            self.problems_label.setText(
                self.tr("This %1 cannot be saved yet. It stays here in the editor until you fix:\n%2")
                .replace("%1", self._kind_name())
                .replace("%2", lines)
            )
            self.problems_label.show()
        else:
            self.problems_label.hide()
        self.problems_changed.emit(len(problems))

    # -- edits --------------------------------------------------------------------------------------

    def _on_field_changed(self, key: str) -> None:
        if self._applying:
            return
        binding = self._bindings[key]
        new, old = binding.get(), self._values.get(key)
        if new == old:
            return
        self._values[key] = new
        self.undo_stack.push(SetFieldCommand(key, old, new, self._apply_value, mergeable=binding.mergeable))

    def _apply_value(self, key: str, value: Any) -> None:
        binding = self._bindings[key]
        self._values[key] = value
        if binding.get() != value:
            self._applying = True
            try:
                binding.put(value)
            finally:
                self._applying = False
        self._changed()

    @Slot(str)
    def _on_undo_stack_undoTextChanged(self, text: str) -> None:  # noqa: N802 - named after the signal
        self.undo_action.setToolTip(self.tr("Undo: %1").replace("%1", text) if text else self.tr("Undo"))

    @Slot(str)
    def _on_undo_stack_redoTextChanged(self, text: str) -> None:  # noqa: N802 - named after the signal
        self.redo_action.setToolTip(self.tr("Redo: %1").replace("%1", text) if text else self.tr("Redo"))

    @Slot()
    def _on_table_edited(self) -> None:
        self._changed()

    def _changed(self) -> None:
        self._autosave.start()
        if self._problems:
            self._show_problems(self._service.check(self.record_type, self.body()))
        self._set_status(self.tr("Edited — saving shortly"))

    @Slot()
    def _on_autosave_timeout(self) -> None:
        if self.is_modified():
            self.save()

    @Slot()
    def _on_save_action_triggered(self) -> None:
        self.save()

    @Slot()
    def _on_history_action_triggered(self) -> None:
        if self.record_id is not None:
            HistoryDialog.ask(self._service, self.record_id, self)

    # -- keyboard and drops ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.form_scroll.viewport():
            self._fit_columns(self.form_scroll.viewport().width())
            return False
        # Let Ctrl+Z / Ctrl+Y reach the editor's undo actions instead of the widget's own undo.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in _undo_keys()):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attachments.add_paths(paths)


class CommitmentEditor(RecordEditor):
    """A commitment to a demonstration or expanded project (signals: see :class:`RecordEditor`)."""

    record_type = RecordType.COMMITMENT

    def __init__(
        self, service: RecordService, record_id: str | None, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, record_id, parent=parent)
        self.setObjectName("commitmentEditor")
        self.setWindowTitle(self.tr("Commitment"))

    def _kind_name(self) -> str:
        return self.tr("commitment")

    def _build_form(self, form: QWidget) -> None:
        main, main_form = self._group(self.tr("Commitment"))
        self.title_edit = self._line(
            "title", placeholder=self.tr("A short name for the project"), max_length=300
        )
        self._row(main_form, self.tr("&Title:"), "title", self.title_edit)
        self.type_combo = self._choice(
            "project_type", [(labels.project_type_label(t), t.value) for t in ProjectType]
        )
        self._row(main_form, self.tr("Project t&ype:"), "project_type", self.type_combo)
        self.state_combo = self._choice("state", [(labels.draft_state_label(s), s.value) for s in DraftState])
        self._row(main_form, self.tr("S&tate:"), "state", self.state_combo)
        self.sectors_list = self._sectors()
        self._row(main_form, self.tr("Se&ctors:"), "sectors", self.sectors_list)
        self.objectives_edit = self._text("objectives", 2)
        self._row(main_form, self.tr("&Objectives:"), "objectives", self.objectives_edit)
        self.description_edit = self._text("description", 3)
        self._row(main_form, self.tr("&Description:"), "description", self.description_edit)

        targets_box = QGroupBox(self.tr("Targets and indicators"))
        self.targets = self._rows(
            "targets",
            [
                EditColumn("description", stretch=True),
                EditColumn("indicator"),
                EditColumn("baseline"),
                EditColumn("target"),
                EditColumn("unit"),
                EditColumn("due_year", "year"),
            ],
            self.tr("Add tar&get"),
            self.tr("Remove target"),
        )
        QVBoxLayout(targets_box).addWidget(self.targets)

        timeline, timeline_form = self._group(self.tr("Timeline"))
        self.start_edit = self._date("start_date")
        self._row(timeline_form, self.tr("Start &date:"), "start_date", self.start_edit)
        self.end_edit = self._date("end_date")
        self.end_edit.edit.setToolTip(
            self.tr("The follow-up runs to %1: the timeline ends by then.").replace(
                "%1", day_text(FOLLOW_UP_END_DATE)
            )
        )
        self._row(timeline_form, self.tr("&End date:"), "end_date", self.end_edit)
        self.milestones = self._rows(
            "milestones",
            [EditColumn("date", "date"), EditColumn("description", stretch=True)],
            self.tr("Add &milestone"),
            self.tr("Remove milestone"),
        )
        timeline_form.addRow(QLabel(self.tr("Milestones:")), self.milestones)

        partners_box = QGroupBox(self.tr("Partners"))
        self.partners = self._rows(
            "partners", [EditColumn("name", stretch=True)], self.tr("Add &partner"), self.tr("Remove partner")
        )
        self.partners.view.horizontalHeader().hide()
        QVBoxLayout(partners_box).addWidget(self.partners)

        budget, budget_form = self._group(self.tr("Budget"))
        self.budget_edit = self._line("budget_amount", placeholder=self.tr("e.g. 250000"))
        self._row(budget_form, self.tr("&Amount:"), "budget_amount", self.budget_edit)
        self.currency_edit = self._line(
            "budget_currency", placeholder="USD", validator=_CURRENCY_PATTERN, max_length=3
        )
        self._row(budget_form, self.tr("C&urrency:"), "budget_currency", self.currency_edit)
        self.funding_edit = self._line("funding_source", placeholder=self.tr("e.g. city budget, ODA loan"))
        self._row(budget_form, self.tr("&Funding source:"), "funding_source", self.funding_edit)

        sharing, sharing_form = self._group(self.tr("Sharing and signature"))
        self.experience_edit = self._text("experience_to_share", 3)
        self._row(sharing_form, self.tr("E&xperience to share:"), "experience_to_share", self.experience_edit)
        self.signatory_name_edit = self._line("signatory_name")
        self._row(sharing_form, self.tr("Signatory &name:"), "signatory_name", self.signatory_name_edit)
        self.signatory_title_edit = self._line("signatory_title")
        self._row(sharing_form, self.tr("Signatory t&itle:"), "signatory_title", self.signatory_title_edit)

        files = QGroupBox(self.tr("Attachments"))
        QVBoxLayout(files).addWidget(self.attachments)

        self._two_columns(form, (main, targets_box, timeline), (partners_box, budget, sharing, files))


class PracticeEditor(RecordEditor):
    """A successful practice or policy (signals: see :class:`RecordEditor`)."""

    record_type = RecordType.PRACTICE

    def __init__(
        self, service: RecordService, record_id: str | None, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, record_id, parent=parent)
        self.setObjectName("practiceEditor")
        self.setWindowTitle(self.tr("Practice"))

    def _kind_name(self) -> str:
        return self.tr("practice")

    def _build_form(self, form: QWidget) -> None:
        main, main_form = self._group(self.tr("Practice"))
        self.title_edit = self._line(
            "title", placeholder=self.tr("A short name for the practice"), max_length=300
        )
        self._row(main_form, self.tr("&Title:"), "title", self.title_edit)
        self.state_combo = self._choice("state", [(labels.draft_state_label(s), s.value) for s in DraftState])
        self._row(main_form, self.tr("S&tate:"), "state", self.state_combo)
        self.sectors_list = self._sectors()
        self._row(main_form, self.tr("Se&ctors:"), "sectors", self.sectors_list)
        self.start_year_spin = QSpinBox()
        self.start_year_spin.setObjectName("startYearSpin")
        self.start_year_spin.setRange(_NO_YEAR, 2100)
        self.start_year_spin.setSpecialValueText(self.tr("not given"))
        spin = self.start_year_spin
        self._bind(
            "start_year",
            spin,
            lambda: None if spin.value() == _NO_YEAR else spin.value(),
            lambda v: spin.setValue(int(v) if v else _NO_YEAR),
            mergeable=True,
        )
        spin.valueChanged.connect(lambda _value: self._on_field_changed("start_year"))
        self._row(main_form, self.tr("Start &year:"), "start_year", spin)
        self.win_win_check = self._check(
            "win_win", self.tr("&Win-win: benefits the environment and the economy")
        )
        self._row(main_form, "", "win_win", self.win_win_check)
        self.summary_edit = self._text("summary", 3)
        self._row(main_form, self.tr("Su&mmary:"), "summary", self.summary_edit)
        self.problem_edit = self._text("problem", 3)
        self._row(main_form, self.tr("&Problem:"), "problem", self.problem_edit)
        self.approach_edit = self._text("approach", 3)
        self._row(main_form, self.tr("&Approach:"), "approach", self.approach_edit)

        benefits, benefits_form = self._group(self.tr("Benefits"))
        self.environmental_edit = self._text("environmental_benefits", 2)
        self._row(
            benefits_form, self.tr("En&vironmental:"), "environmental_benefits", self.environmental_edit
        )
        self.social_edit = self._text("social_benefits", 2)
        self._row(benefits_form, self.tr("S&ocial:"), "social_benefits", self.social_edit)
        self.economic_edit = self._text("economic_benefits", 2)
        self._row(benefits_form, self.tr("Econo&mic:"), "economic_benefits", self.economic_edit)

        cost, cost_form = self._group(self.tr("Cost"))
        self.cost_edit = self._line("cost_amount", placeholder=self.tr("e.g. 250000"))
        self._row(cost_form, self.tr("Amou&nt:"), "cost_amount", self.cost_edit)
        self.currency_edit = self._line(
            "cost_currency", placeholder="USD", validator=_CURRENCY_PATTERN, max_length=3
        )
        self._row(cost_form, self.tr("C&urrency:"), "cost_currency", self.currency_edit)

        partners_box = QGroupBox(self.tr("Partners"))
        self.partners = self._rows(
            "partners", [EditColumn("name", stretch=True)], self.tr("Add pa&rtner"), self.tr("Remove partner")
        )
        self.partners.view.horizontalHeader().hide()
        QVBoxLayout(partners_box).addWidget(self.partners)

        transfer, transfer_form = self._group(self.tr("Replication"))
        self.replicability_edit = self._text("replicability", 3)
        self._row(transfer_form, self.tr("Rep&licability:"), "replicability", self.replicability_edit)

        files = QGroupBox(self.tr("Attachments"))
        QVBoxLayout(files).addWidget(self.attachments)

        self._two_columns(form, (main, benefits), (cost, partners_box, transfer, files))


def editor_for(
    service: RecordService,
    record_type: RecordType | str,
    record_id: str | None,
    *,
    parent: QWidget | None = None,
) -> RecordEditor:
    """The editor of a practice or a commitment."""
    if RecordType(record_type) == RecordType.COMMITMENT:
        return CommitmentEditor(service, record_id, parent=parent)
    return PracticeEditor(service, record_id, parent=parent)
