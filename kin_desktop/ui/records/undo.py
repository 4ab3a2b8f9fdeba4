"""Undo commands of the record editors: one field's value, one table cell, one table row.

Typing in one field merges into one command (``id()`` is per field; ``mergeWith`` takes
the later value), so Ctrl+Z undoes a word run, not a keystroke; a pause does not split it,
moving to another field does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kin_desktop.ui.records.labels import column_label, field_label

if TYPE_CHECKING:
    from kin_desktop.ui.records.models import EditableRowsModel

_field_ids: dict[str, int] = {}


def _merge_id(key: str) -> int:
    return _field_ids.setdefault(key, 1000 + len(_field_ids))


class SetFieldCommand(QUndoCommand):
    """A form field changed from ``old`` to ``new``; ``apply`` puts a value into the form."""

    def __init__(
        self, key: str, old: Any, new: Any, apply: Callable[[str, Any], None], *, mergeable: bool
    ) -> None:
        super().__init__(QCoreApplication.translate("records", "Edit %1").replace("%1", field_label(key)))
        self.key = key
        self.old = old
        self.new = new
        self._apply = apply
        self._mergeable = mergeable

    def id(self) -> int:
        return _merge_id(self.key) if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, SetFieldCommand) or other.key != self.key:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._apply(self.key, self.new)

    def undo(self) -> None:
        self._apply(self.key, self.old)


class SetCellCommand(QUndoCommand):
    def __init__(self, model: EditableRowsModel, row: int, key: str, old: Any, new: Any) -> None:
        super().__init__(QCoreApplication.translate("records", "Edit %1").replace("%1", column_label(key)))
        self._model = model
        self.row = row
        self.key = key
        self.old = old
        self.new = new

    def id(self) -> int:
        return _merge_id(f"cell:{id(self._model)}")

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        # A cell is committed once per edit, so only a repeated edit of the same cell merges.
        if not isinstance(other, SetCellCommand) or (other.row, other.key) != (self.row, self.key):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._model.write_cell(self.row, self.key, self.new)

    def undo(self) -> None:
        self._model.write_cell(self.row, self.key, self.old)


class InsertRowCommand(QUndoCommand):
    def __init__(self, model: EditableRowsModel, row: int, data: dict[str, Any], what: str) -> None:
        super().__init__(QCoreApplication.translate("records", "Add a row to %1").replace("%1", what))
        self._model = model
        self._row = row
        self._data = dict(data)

    def redo(self) -> None:
        self._model.insert_row_data(self._row, self._data)

    def undo(self) -> None:
        self._data = self._model.remove_row_data(self._row)


class RemoveRowCommand(QUndoCommand):
    def __init__(self, model: EditableRowsModel, row: int, what: str) -> None:
        super().__init__(QCoreApplication.translate("records", "Remove a row from %1").replace("%1", what))
        self._model = model
        self._row = row
        self._data: dict[str, Any] = {}

    def redo(self) -> None:
        self._data = self._model.remove_row_data(self._row)

    def undo(self) -> None:
        self._model.insert_row_data(self._row, self._data)
