"""Follow-up: the commitments of the Fourth Meeting tracked through the second cycle, to 2010.

The concept note promises that the realization of the cities' commitments "will be followed up
throughout the second cycle ... and will be recognized in due course by 2010". The page lists every
commitment with its last progress report, marks the ones that need attention (overdue or stalled, as
of a date the officer chooses), records new progress reports and the recognition itself.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import FOLLOW_UP_END_YEAR, ProgressStatus
from kin_desktop.ui.errors import describe
from kin_desktop.ui.language import number_text
from kin_desktop.ui.palette import Tone, error_color, set_tone, warning_color
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.tasks import Task

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Overdue in the error tone, stalled in the warning tone (ui/palette.py): readable in light and
# dark themes, and never the only cue.


def status_label(code: str | None) -> str:
    labels: dict[str, str] = {
        ProgressStatus.NOT_STARTED: QCoreApplication.translate("FollowUpPage", "Not started"),
        ProgressStatus.ON_TRACK: QCoreApplication.translate("FollowUpPage", "On track"),
        ProgressStatus.DELAYED: QCoreApplication.translate("FollowUpPage", "Delayed"),
        ProgressStatus.STALLED: QCoreApplication.translate("FollowUpPage", "Stalled"),
        ProgressStatus.COMPLETED: QCoreApplication.translate("FollowUpPage", "Completed"),
        ProgressStatus.CANCELLED: QCoreApplication.translate("FollowUpPage", "Cancelled"),
    }
    if not code:
        return QCoreApplication.translate("FollowUpPage", "No report yet")
    return labels.get(code, code)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _iso(value: Any) -> str:
    day = _as_date(value)
    return day.isoformat() if day is not None else ""


def date_text(value: Any) -> str:
    """A date as YYYY-MM-DD: read the same way in every country of the Network, and it sorts."""
    day = _as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return day.isoformat()


def long_date_text(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def attention_text(row: Any) -> str:
    if row.overdue and row.stalled:
        return QCoreApplication.translate("FollowUpPage", "Overdue, stalled")
    if row.overdue:
        return QCoreApplication.translate("FollowUpPage", "Overdue")
    if row.stalled:
        return QCoreApplication.translate("FollowUpPage", "Stalled", "attention")
    return ""


def review_text(row: Any) -> str:
    if row.recognized:
        return QCoreApplication.translate("FollowUpPage", "Recognized")
    return (
        QCoreApplication.translate("FollowUpPage", "Registered")
        if row.registered
        else QCoreApplication.translate("FollowUpPage", "Not registered")
    )


def _attention_key(row: Any) -> str:
    """Both flags first, then overdue, then stalled, then the rest; by end date within each."""
    rank = 0 if row.overdue and row.stalled else 1 if row.overdue else 2 if row.stalled else 3
    return f"{rank}{_iso(row.end_date) or '9999'}"


def _marker(colour: QColor, second: QColor | None = None) -> QIcon:
    """A round marker beside the word: colour helps, the word and the bold text carry the meaning."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if second is None:
        painter.drawEllipse(1, 1, 12, 12)
    else:
        painter.drawPie(1, 1, 12, 12, 90 * 16, 180 * 16)
        painter.setBrush(second)
        painter.drawPie(1, 1, 12, 12, 270 * 16, 180 * 16)
    painter.end()
    return QIcon(pixmap)


class FollowUpModel(RowsModel):
    """Commitments followed up (``FollowUpRow``); rows that need attention are bold and marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("FollowUpPage", "Attention"),
                    attention_text,
                    sort=_attention_key,
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "City"),
                    lambda r: f"{r.city}, {r.country}" if r.country else r.city,
                ),
                Column(QCoreApplication.translate("FollowUpPage", "Commitment"), lambda r: r.title),
                Column(
                    QCoreApplication.translate("FollowUpPage", "End date"),
                    lambda r: date_text(r.end_date),
                    sort=lambda r: _iso(r.end_date) or "9999",
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Status"),
                    lambda r: status_label(r.status) if r.reports else status_label(None),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Last report"),
                    lambda r: (
                        date_text(r.last_report)
                        if r.last_report
                        else QCoreApplication.translate("FollowUpPage", "—", "no report")
                    ),
                    sort=lambda r: _iso(r.last_report),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Reports"),
                    lambda r: number_text(r.reports),
                    sort=lambda r: r.reports,
                ),
                Column(QCoreApplication.translate("FollowUpPage", "Review"), review_text),
            ],
            parent,
        )
        overdue, stalled = error_color(), warning_color()
        self._overdue = _marker(overdue)
        self._stalled = _marker(stalled)
        self._both = _marker(overdue, stalled)

    def row_of(self, commitment_id: str) -> int:
        for number in range(self.rowCount()):
            if self.row_at(number).commitment_id == commitment_id:
                return number
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        needs_attention = row.overdue or row.stalled
        if role == Qt.ItemDataRole.FontRole:
            if not needs_attention:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and needs_attention:
            if row.overdue and row.stalled:
                return self._both
            return self._overdue if row.overdue else self._stalled
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)


class ReportsModel(RowsModel):
    """The progress reports of one commitment (``ReportEntry``), newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("FollowUpPage", "Date"),
                    lambda e: date_text(e.reported_on),
                    sort=lambda e: _iso(e.reported_on),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Status"), lambda e: status_label(e.status)
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Recorded by"),
                    lambda e: (
                        QCoreApplication.translate("FollowUpPage", "Secretariat")
                        if e.owner_is_secretariat
                        else QCoreApplication.translate("FollowUpPage", "Delegate")
                    ),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Milestones reached"),
                    lambda e: "\n".join(e.milestones_reached),
                ),
                Column(
                    QCoreApplication.translate("FollowUpPage", "Indicators"),
                    lambda e: "\n".join(_indicator_text(i) for i in e.indicators),
                ),
                Column(QCoreApplication.translate("FollowUpPage", "Note"), lambda e: e.note),
            ],
            parent,
        )


def _indicator_text(item: Any) -> str:
    get = item.get if isinstance(item, dict) else lambda key, default="": getattr(item, key, default)
    text = f"{get('indicator', '')}: {get('value', '')}".rstrip(": ")
    note = get("note", "")
    return f"{text} ({note})" if note else text


class FollowUpFilter(QSortFilterProxyModel):
    """All, overdue or stalled rows, and the words typed in the search field (city or title)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only = "all"
        self._words: tuple[str, ...] = ()
        self.setSortRole(RowsModel.SortRole)

    def set_only(self, only: str) -> None:
        self.beginFilterChange()
        self._only = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tuple(text.casefold().split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        row = model.row_at(source_row)
        if self._only == "overdue" and not row.overdue:
            return False
        if self._only == "stalled" and not row.stalled:
            return False
        haystack = f"{row.title}\n{row.city}\n{row.country}".casefold()
        return all(word in haystack for word in self._words)


# ----------------------------------------------------------------------------------------- the dialog


class IndicatorsModel(QAbstractTableModel):
    """An editable table of indicator values: indicator, value, note."""

    KEYS = ("indicator", "value", "note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, str]] = []

    def rows(self) -> list[dict[str, str]]:
        """The rows with an indicator or a value, trimmed; blank rows are left out."""
        kept = [{k: row[k].strip() for k in self.KEYS} for row in self._rows]
        return [row for row in kept if any(row.values())]

    def add_row(self) -> int:
        number = len(self._rows)
        self.beginInsertRows(_ROOT, number, number)
        self._rows.append(dict.fromkeys(self.KEYS, ""))
        self.endInsertRows()
        return number

    def remove_row(self, number: int) -> None:
        if 0 <= number < len(self._rows):
            self.beginRemoveRows(_ROOT, number, number)
            del self._rows[number]
            self.endRemoveRows()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.KEYS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._rows[index.row()][self.KEYS[index.column()]]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][self.KEYS[index.column()]] = "" if value is None else str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.KEYS):
                return (
                    QCoreApplication.translate("FollowUpPage", "Indicator"),
                    QCoreApplication.translate("FollowUpPage", "Value"),
                    QCoreApplication.translate("FollowUpPage", "Note"),
                )[section]
            return None
        return str(section + 1)


class ProgressReportDialog(QDialog):
    """Records one progress report of a commitment: date, status, milestones, indicators, note."""

    def __init__(self, commitment: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressReportDialog")
        self.setWindowTitle(self.tr("Record a progress report"))
        self.setMinimumWidth(560)
        self._commitment = commitment
        day = today or date.today()

        heading = QLabel(
            self.tr("<b>%1</b><br>%2")
            .replace("%1", escape(commitment.title))
            .replace("%2", escape(commitment.city))
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)

        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date of the report"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in ProgressStatus:
            self.status_combo.addItem(status_label(status), status.value)
        current = self.status_combo.findData(commitment.status) if commitment.status else -1
        self.status_combo.setCurrentIndex(current if current >= 0 else 1)  # "on track" by default
        self.milestones_edit = QPlainTextEdit()
        self.milestones_edit.setAccessibleName(self.tr("Milestones reached, one per line"))
        self.milestones_edit.setPlaceholderText(self.tr("One milestone per line"))
        self.milestones_edit.setTabChangesFocus(True)
        self.milestones_edit.setFixedHeight(80)

        self.indicators = IndicatorsModel(self)
        self.indicators_view = QTableView()
        self.indicators_view.setObjectName("indicatorsView")
        self.indicators_view.setAccessibleName(self.tr("Indicators"))
        self.indicators_view.setModel(self.indicators)
        self.indicators_view.setTabKeyNavigation(False)
        self.indicators_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.indicators_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.indicators_view.setFixedHeight(120)
        self.add_indicator_button = QPushButton(self.tr("&Add indicator"))
        self.add_indicator_button.clicked.connect(self._on_add_indicator_button_clicked)
        self.remove_indicator_button = QPushButton(self.tr("Re&move indicator"))
        self.remove_indicator_button.clicked.connect(self._on_remove_indicator_button_clicked)
        indicator_buttons = QHBoxLayout()
        indicator_buttons.addWidget(self.add_indicator_button)
        indicator_buttons.addWidget(self.remove_indicator_button)
        indicator_buttons.addStretch(1)
        indicators_box = QVBoxLayout()
        indicators_box.addWidget(self.indicators_view)
        indicators_box.addLayout(indicator_buttons)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, Tone.ERROR)

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("M&ilestones reached:"), self.milestones_edit)
        form.addRow(self.tr("I&ndicators:"), indicators_box)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        for widget in (self.date_edit, self.status_combo, self.milestones_edit, self.note_edit):
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setBuddy(widget)
        indicators_label = form.labelForField(indicators_box)
        if isinstance(indicators_label, QLabel):
            indicators_label.setBuddy(self.indicators_view)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def body(self) -> dict[str, Any]:
        """The report as a ``ProgressReportBody`` dict."""
        day = self.date_edit.date()
        return {
            "commitment_id": self._commitment.commitment_id,
            "reported_on": f"{day.year():04d}-{day.month():02d}-{day.day():02d}",
            "status": self.status_combo.currentData(),
            "milestones_reached": [
                line.strip() for line in self.milestones_edit.toPlainText().splitlines() if line.strip()
            ],
            "indicators": self.indicators.rows(),
            "note": self.note_edit.toPlainText().strip(),
        }

    def problems(self) -> list[str]:
        found = []
        if any(not row["indicator"] for row in self.indicators.rows()):
            found.append(self.tr("Every indicator value needs the name of its indicator."))
        return found

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problem_label.setText("\n".join(problems))
            return
        super().accept()

    @Slot()
    def _on_add_indicator_button_clicked(self) -> None:
        row = self.indicators.add_row()
        index = self.indicators.index(row, 0)
        self.indicators_view.setCurrentIndex(index)
        self.indicators_view.setFocus()
        self.indicators_view.edit(index)

    @Slot()
    def _on_remove_indicator_button_clicked(self) -> None:
        current = self.indicators_view.currentIndex()
        row = current.row() if current.isValid() else self.indicators.rowCount() - 1
        self.indicators.remove_row(row)

    @classmethod
    def ask(
        cls, parent: QWidget | None, commitment_row: Any, *, today: date | None = None
    ) -> dict[str, Any] | None:
        dialog = cls(commitment_row, parent, today=today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.body()


# ------------------------------------------------------------------------------------------- the page


def _table(model: Any, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class FollowUpPage(QWidget):
    """Signals:
    rows_loaded(int): the commitments were (re)loaded; carries how many there are.
    reports_loaded(str): the progress reports of the chosen commitment arrived; carries its id.
    report_added(str): a progress report was recorded; carries the commitment id.
    recognition_changed(str, bool): a commitment was (or was no longer) recognized.
    """

    rows_loaded = Signal(int)
    reports_loaded = Signal(str)
    report_added = Signal(str)
    recognition_changed = Signal(str, bool)

    FILTERS = ("all", "overdue", "stalled")

    def __init__(self, workspace: Any, *, as_of: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPage")
        self._workspace = workspace
        self._generation = 0
        self._detail_generation = 0
        self._selected_id: str | None = None
        self._rows: tuple[Any, ...] = ()
        self._busy: Task | None = None

        # --- the heading: how many, as of when
        title = QLabel(self.tr("Commitments followed up to %1").replace("%1", str(FOLLOW_UP_END_YEAR)))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.summary_label = QLabel(self.tr("Loading…"))
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)

        day = as_of or date.today()
        self.as_of_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setAccessibleName(self.tr("Follow-up as of"))
        self.as_of_edit.setToolTip(
            self.tr("Overdue and stalled are judged as of this date (by default, today)")
        )
        self.as_of_edit.dateChanged.connect(self._on_as_of_edit_date_changed)
        as_of_label = QLabel(self.tr("&As of:"))
        as_of_label.setBuddy(self.as_of_edit)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Judge the follow-up as of today"))
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Read the commitments and reports again (F5)"))
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)

        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(as_of_label)
        heading.addWidget(self.as_of_edit)
        heading.addWidget(self.today_button)
        heading.addWidget(self.refresh_button)

        # --- filter: all / overdue / stalled, and words
        self.filter_buttons = QButtonGroup(self)
        self.filter_buttons.setExclusive(True)
        filters = QHBoxLayout()
        show_label = QLabel(self.tr("Show:"))
        filters.addWidget(show_label)
        for number, (key, text, shortcut) in enumerate(
            (
                ("all", self.tr("All"), "Alt+1"),
                ("overdue", self.tr("Overdue"), "Alt+2"),
                ("stalled", self.tr("Stalled"), "Alt+3"),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(f"filter_{key}")
            button.setCheckable(True)
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(self.tr("%1 (%2)").replace("%1", text).replace("%2", shortcut))
            button.setAccessibleName(self.tr("Show %1").replace("%1", text.casefold()))
            self.filter_buttons.addButton(button, number)
            filters.addWidget(button)
        self.filter_buttons.button(0).setChecked(True)
        self.filter_buttons.idToggled.connect(self._on_filter_buttons_id_toggled)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Filter by city or title (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Filter by city or title"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.addAction(self.find_action)
        filters.addSpacing(12)
        filters.addWidget(self.search_edit, 1)

        # --- the table
        self.model = FollowUpModel(self)
        self.proxy = FollowUpFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy, "followUpView", self.tr("Commitments followed up"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        # --- the detail of one commitment
        self.detail = self._build_detail()

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list_stack)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([340, 260])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(heading)
        layout.addWidget(self.summary_label)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self._show_commitment(None)
        self.refresh()

    def _build_detail(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("followUpDetail")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_facts = QLabel()
        self.detail_facts.setObjectName("detailFacts")
        self.detail_facts.setWordWrap(True)
        self.detail_facts.setTextFormat(Qt.TextFormat.RichText)
        self.recognized_check = QCheckBox(self.tr("Re&cognized by %1").replace("%1", str(FOLLOW_UP_END_YEAR)))
        self.recognized_check.setObjectName("recognizedCheck")
        self.recognized_check.setToolTip(
            self.tr(
                "The Network recognizes the realization of a registered commitment (concept note: "
                '"recognized in due course by 2010")'
            )
        )
        self.recognized_check.clicked.connect(self._on_recognized_check_clicked)
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record_button = QPushButton(self.tr("Record a &progress report…"))
        self.record_button.setObjectName("recordButton")
        self.record_button.setShortcut(QKeySequence("Ctrl+N"))
        self.record_button.setToolTip(self.tr("Record a progress report of this commitment (Ctrl+N)"))
        self.record_button.clicked.connect(self._on_record_button_clicked)
        reports_label = QLabel(self.tr("Progress reports"))
        bold = reports_label.font()
        bold.setBold(True)
        reports_label.setFont(bold)
        self.reports_model = ReportsModel(self)
        self.reports_view = _table(self.reports_model, "reportsView", self.tr("Progress reports"))
        self.reports_view.setWordWrap(True)
        for column in (3, 4, 5):  # milestones, indicators, note: share the width, wrap their words
            self.reports_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.reports_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.reports_empty = QLabel()
        self.reports_empty.setObjectName("reportsEmpty")
        self.reports_empty.setWordWrap(True)

        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addSpacing(12)
        actions.addWidget(self.recognized_check)
        actions.addStretch(1)
        about = QVBoxLayout()
        about.addWidget(self.detail_title)
        about.addWidget(self.detail_facts)
        about.addLayout(actions)
        about.addWidget(self.message_label)
        about.addStretch(1)
        self.reports_stack = QStackedWidget()
        self.reports_stack.addWidget(self.reports_view)
        self.reports_stack.addWidget(self.reports_empty)
        self.reports_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        reports = QVBoxLayout()
        reports.addWidget(reports_label)
        reports.addWidget(self.reports_stack, 1)
        layout = QHBoxLayout(panel)
        layout.addLayout(about, 2)
        layout.addSpacing(8)
        layout.addLayout(reports, 3)
        return panel

    # --- state ---------------------------------------------------------------

    @property
    def as_of(self) -> date:
        value = self.as_of_edit.date()
        return date(value.year(), value.month(), value.day())

    def set_as_of(self, day: date) -> None:
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))

    @property
    def only(self) -> str:
        return self.FILTERS[max(self.filter_buttons.checkedId(), 0)]

    def set_only(self, only: str) -> None:
        self.filter_buttons.button(self.FILTERS.index(only)).setChecked(True)

    def visible_rows(self) -> list[Any]:
        """The rows the table shows, in its order (tests and the status line use it)."""
        return [
            self.proxy.data(self.proxy.index(number, 0), RowsModel.RowRole)
            for number in range(self.proxy.rowCount())
        ]

    def selected_row(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.data(index, RowsModel.RowRole) if index.isValid() else None

    def select_commitment(self, commitment_id: str) -> bool:
        source = self.model.row_of(commitment_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def refresh(self) -> Task:
        """Load the commitments as of the chosen date; the rows arrive by ``rows_loaded``."""
        from kin_desktop.services.followup import FollowUpService

        self._generation += 1
        generation = self._generation
        workspace, as_of = self._workspace, self.as_of

        def load() -> tuple[Any, ...]:
            return FollowUpService(workspace, as_of=as_of).rows()

        task = Task(load, self)
        task.on_success(lambda rows: self._on_rows_loaded(generation, rows))
        task.on_failure(self._on_task_failed)
        return task.start()

    def _on_rows_loaded(self, generation: int, rows: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return  # an older date's answer arriving late
        self._rows = tuple(rows)
        selected = self._selected_id
        self.model.set_rows(rows)
        self._update_summary()
        self._update_empty_state()
        if selected is None or not self.select_commitment(selected):
            if self.proxy.rowCount():
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            else:
                self._show_commitment(None)
        self.rows_loaded.emit(len(rows))

    def _update_summary(self) -> None:
        rows = self._rows
        overdue = sum(1 for r in rows if r.overdue)
        stalled = sum(1 for r in rows if r.stalled)
        recognized = sum(1 for r in rows if r.recognized)
        as_of = long_date_text(self.as_of)
        if not rows:
            self.summary_label.setText(self.tr("No commitments yet, as of %1.").replace("%1", as_of))
        else:
            self.summary_label.setText(
                self.tr("%Ln commitment(s) as of %1: ", "", len(rows)).replace("%1", as_of)
                + self.tr("%Ln overdue, ", "", overdue)
                + self.tr("%Ln stalled, ", "", stalled)
                + self.tr("%Ln recognized.", "", recognized)
            )
        counts = {"all": len(rows), "overdue": overdue, "stalled": stalled}
        names = {"all": self.tr("All"), "overdue": self.tr("Overdue"), "stalled": self.tr("Stalled")}
        for number, key in enumerate(self.FILTERS):
            self.filter_buttons.button(number).setText(
                self.tr("%1 (%2)").replace("%1", names[key]).replace("%2", number_text(counts[key]))
            )

    def _update_empty_state(self) -> None:
        if self.proxy.rowCount():
            self.list_stack.setCurrentWidget(self.table)
            return
        if not self._rows:
            text = self.tr(
                "No commitments to follow up yet. They arrive with the delegates' bundles: take them in "
                "on the Inbox page."
            )
        elif self.search_edit.text().strip():
            text = self.tr("No commitment matches these words.")
        elif self.only == "overdue":
            text = self.tr("Nothing is overdue as of %1.").replace("%1", long_date_text(self.as_of))
        elif self.only == "stalled":
            text = self.tr("Nothing is stalled as of %1.").replace("%1", long_date_text(self.as_of))
        else:
            text = self.tr("No commitments to show.")
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.empty_label)

    # --- the detail --------------------------------------------------------

    def _show_commitment(self, row: Any) -> None:
        self._selected_id = None if row is None else row.commitment_id
        self.message_label.clear()
        has_row = row is not None
        self.record_button.setEnabled(has_row)
        self.recognized_check.setEnabled(has_row)
        if row is None:
            self.detail_title.setText(self.tr("<b>No commitment chosen</b>"))
            self.detail_facts.setText(self.tr("Choose a commitment in the list to see its progress reports."))
            self.recognized_check.setChecked(False)
            self.reports_model.set_rows(())
            self.reports_empty.setText("")
            self.reports_stack.setCurrentWidget(self.reports_empty)
            return
        self.detail_title.setText(
            f"<h3 style='margin:0'>{escape(row.title)}</h3>"
            f"<div>{escape(row.city)}{', ' + escape(row.country) if row.country else ''}</div>"
        )
        facts = [
            self.tr("Ends: %1").replace("%1", date_text(row.end_date) or self.tr("no end date given")),
            self.tr("Status: %1").replace("%1", status_label(row.status if row.reports else None)),
            self.tr("Registered: %1").replace("%1", self.tr("yes") if row.registered else self.tr("not yet")),
        ]
        lines = [escape(" · ".join(facts))]
        if row.overdue:
            lines.append(self._flag_line(error_color(self.palette()), self._overdue_text(row)))
        if row.stalled:
            lines.append(self._flag_line(warning_color(self.palette()), self._stalled_text(row)))
        if not row.registered:
            lines.append(escape(self.tr("It can be recognized once it is registered on the Review page.")))
        self.detail_facts.setText("<br>".join(lines))
        self.recognized_check.setChecked(row.recognized)
        self._load_reports(row.commitment_id)

    @staticmethod
    def _flag_line(colour: QColor, text: str) -> str:
        return f"<b style='color:{colour.name()}'>● {escape(text)}</b>"

    def _overdue_text(self, row: Any) -> str:
        end = _as_date(row.end_date)
        if end is not None and end < self.as_of:
            return self.tr("Overdue: it was to end on %1 and is not reported completed.").replace(
                "%1", date_text(end)
            )
        return self.tr("Overdue: a milestone due before %1 is not reported reached.").replace(
            "%1", date_text(self.as_of)
        )

    def _stalled_text(self, row: Any) -> str:
        if row.reports and row.status == ProgressStatus.STALLED:
            return self.tr("Stalled: so says its latest progress report.")
        return self.tr("Stalled: no progress reported for more than six months.")

    def _load_reports(self, commitment_id: str) -> Task:
        from kin_desktop.services.followup import FollowUpService

        self._detail_generation += 1
        generation = self._detail_generation
        workspace, as_of = self._workspace, self.as_of

        def load() -> tuple[Any, ...]:
            return FollowUpService(workspace, as_of=as_of).reports(commitment_id)

        task = Task(load, self)
        task.on_success(lambda entries: self._on_reports_loaded(generation, commitment_id, entries))
        task.on_failure(self._on_task_failed)
        return task.start()

    def _on_reports_loaded(self, generation: int, commitment_id: str, entries: tuple[Any, ...]) -> None:
        if generation != self._detail_generation:
            return
        ordered = sorted(entries, key=lambda e: _iso(e.reported_on), reverse=True)
        self.reports_model.set_rows(ordered)
        self.reports_empty.setText(self.tr("No progress reported yet."))
        self.reports_stack.setCurrentWidget(self.reports_view if ordered else self.reports_empty)
        self.reports_view.resizeRowsToContents()
        self.reports_loaded.emit(commitment_id)

    # --- actions -----------------------------------------------------------

    def record_report(self) -> Task | None:
        """Ask for a progress report of the selected commitment and record it."""
        from kin_desktop.services.followup import FollowUpService

        row = self.selected_row()
        if row is None:
            return None
        body = ProgressReportDialog.ask(self, row)
        if body is None:
            return None
        workspace, as_of, commitment_id = self._workspace, self.as_of, row.commitment_id

        def run() -> Any:
            return FollowUpService(workspace, as_of=as_of).add_report(commitment_id, body)

        self.record_button.setEnabled(False)
        self.message_label.setText(self.tr("Recording the report…"))
        task = Task(run, self)
        task.on_success(lambda _revision: self._on_report_recorded(commitment_id))
        task.on_failure(self._on_action_failed)
        task.finished.connect(self._on_action_finished)
        self._busy = task
        return task.start()

    def _on_report_recorded(self, commitment_id: str) -> None:
        self.message_label.setText(self.tr("The progress report was recorded."))
        self._selected_id = commitment_id
        self.report_added.emit(commitment_id)
        self.refresh()

    def set_recognized(self, recognized: bool) -> Task | None:
        """Record (or withdraw) the recognition of the selected commitment."""
        from kin_desktop.services.followup import FollowUpService

        row = self.selected_row()
        if row is None:
            return None
        workspace, as_of, commitment_id = self._workspace, self.as_of, row.commitment_id

        def run() -> Any:
            return FollowUpService(workspace, as_of=as_of).set_recognized(commitment_id, recognized)

        self.recognized_check.setEnabled(False)
        task = Task(run, self)
        task.on_success(lambda _revision: self._on_recognition_recorded(commitment_id, recognized))
        task.on_failure(lambda error: self._on_recognition_failed(row, error))
        task.finished.connect(self._on_action_finished)
        self._busy = task
        return task.start()

    def _on_recognition_recorded(self, commitment_id: str, recognized: bool) -> None:
        self.message_label.setText(
            self.tr("Recorded as recognized.") if recognized else self.tr("The recognition was withdrawn.")
        )
        self.recognition_changed.emit(commitment_id, recognized)
        self.refresh()

    def _on_recognition_failed(self, row: Any, error: BaseException) -> None:
        # The check box is usable again the moment the reason shows, not a signal later.
        self.recognized_check.setChecked(row.recognized)
        self.recognized_check.setEnabled(self.selected_row() is not None)
        self.message_label.setText(self._recognition_error(error))

    def _recognition_error(self, error: BaseException) -> str:
        from kin_desktop.core.errors import KinError

        if isinstance(error, KinError) and error.params.get("reason") == "not_registered":
            return self.tr(
                "Only a registered commitment can be recognized. Register it on the Review page first, "
                "then recognize it here."
            )
        return describe(error)

    @Slot()
    def _on_action_finished(self) -> None:
        has_row = self.selected_row() is not None
        self.record_button.setEnabled(has_row)
        self.recognized_check.setEnabled(has_row)

    @Slot(object)
    def _on_action_failed(self, error: BaseException) -> None:
        self.message_label.setText(describe(error))

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        self.summary_label.setText(describe(error))

    # --- slots ---------------------------------------------------------------

    @Slot(QDate)
    def _on_as_of_edit_date_changed(self, _day: QDate) -> None:
        self.refresh()

    @Slot()
    def _on_find_action_triggered(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def _on_today_button_clicked(self) -> None:
        self.set_as_of(date.today())

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    @Slot(int, bool)
    def _on_filter_buttons_id_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self.proxy.set_only(self.FILTERS[number])
            self._after_filter()

    @Slot(str)
    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_words(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_empty_state()
        if self.selected_row() is None and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        elif not self.proxy.rowCount():
            self._show_commitment(None)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.data(current, RowsModel.RowRole) if current.isValid() else None
        self._show_commitment(row)

    @Slot(bool)
    def _on_recognized_check_clicked(self, checked: bool) -> None:
        self.set_recognized(checked)

    @Slot()
    def _on_record_button_clicked(self) -> None:
        self.record_report()
