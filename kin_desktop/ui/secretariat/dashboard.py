"""Dashboard: the Network's figures as charts an officer can paste into a report.

Counts by country, sector, participant category and review state, questionnaire completion and
commitments by year, from ``services.dashboard`` (computed off the GUI thread). Every chart has a
clean title with its total, labels in words (country names, sectors, categories, states) and
"Copy chart" / "Save as PNG…" actions; the copy is the chart as it is drawn on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.core.schemas import ParticipantCategory, ReviewState
from kin_desktop.ui.errors import describe
from kin_desktop.ui.records.labels import sector_label
from kin_desktop.ui.tasks import Task
from kin_desktop.ui.widgets.flow_layout import ColumnsLayout

CHART_KEYS = ("country", "sector", "category", "state", "questionnaire", "year")
# The charts keep the light chart theme in a dark desktop theme too: they are figures for reports
# (copied, saved as PNG), drawn on their own white background, so these colours are checked
# against white, not against the palette (ui/palette.py).
BAR_COLOUR = QColor("#2e7d8c")  # one calm colour for every bar chart: prints well in greyscale too
PIE_COLOURS = (QColor("#2e7d8c"), QColor("#8fc1c9"), QColor("#d9d9d9"), QColor("#f0b46c"), QColor("#b0bec5"))
_MAX_BARS = 15  # beyond this, the smallest are summed into "Others" so the labels stay readable


def country_name(code: str) -> str:
    """An ISO 3166 alpha-2 code in words, in the interface language (core/countries.py)."""
    from kin_desktop.core import countries
    from kin_desktop.ui.language import current

    if not code:
        return QCoreApplication.translate("DashboardPage", "Not given")
    return countries.name(code, current())


def category_label(code: str) -> str:
    labels: dict[str, str] = {
        ParticipantCategory.MAYOR: QCoreApplication.translate("DashboardPage", "Mayors"),
        ParticipantCategory.CITY_EXPERT: QCoreApplication.translate("DashboardPage", "City experts"),
        ParticipantCategory.NATIONAL: QCoreApplication.translate("DashboardPage", "National government"),
        ParticipantCategory.INTERNATIONAL: QCoreApplication.translate(
            "DashboardPage", "International organisations"
        ),
        ParticipantCategory.OTHER: QCoreApplication.translate("DashboardPage", "Others"),
    }
    if not code:
        return QCoreApplication.translate("DashboardPage", "Not given")
    return labels.get(code, code)


def review_state_label(code: str) -> str:
    labels: dict[str, str] = {
        ReviewState.RECEIVED: QCoreApplication.translate("DashboardPage", "Received"),
        ReviewState.UNDER_REVIEW: QCoreApplication.translate("DashboardPage", "Under review"),
        ReviewState.HAS_ISSUES: QCoreApplication.translate("DashboardPage", "Has issues"),
        ReviewState.REGISTERED: QCoreApplication.translate("DashboardPage", "Registered"),
    }
    return labels.get(code, code)


def completion_label(code: str) -> str:
    labels = {
        "complete": QCoreApplication.translate("DashboardPage", "Complete"),
        "in_progress": QCoreApplication.translate("DashboardPage", "In progress"),
        "none": QCoreApplication.translate("DashboardPage", "No response yet"),
    }
    return labels.get(code, code.replace("_", " ").capitalize())


def sector_text(code: str) -> str:
    return sector_label(code) if code else QCoreApplication.translate("DashboardPage", "Not given")


@dataclass(frozen=True)
class ChartData:
    """What one chart shows: (label, value) pairs in display order, with its title and total."""

    key: str
    title: str
    points: tuple[tuple[str, int], ...]
    kind: str  # "hbar" | "bar" | "pie"
    summed: bool = True  # False when one record counts in several bars (sectors): no total shown

    @property
    def total(self) -> int:
        return sum(value for _label, value in self.points)


def _ordered(
    counts: Mapping[Any, int], label: Callable[[Any], str], order: tuple[Any, ...] | None = None
) -> tuple[tuple[str, int], ...]:
    if order is not None:
        keys = [k for k in order if k in counts] + sorted((k for k in counts if k not in order), key=str)
    else:
        keys = sorted(counts, key=lambda k: (-counts[k], label(k).casefold()))
    points = [(label(k), int(counts[k])) for k in keys]
    if order is None and len(points) > _MAX_BARS:
        rest = sum(value for _l, value in points[_MAX_BARS - 1 :])
        points = points[: _MAX_BARS - 1] + [(QCoreApplication.translate("DashboardPage", "Others"), rest)]
    return tuple(points)


def charts_of(figures: Any) -> tuple[ChartData, ...]:
    """The charts of a ``services.dashboard.Dashboard``, labels in words."""
    states = tuple(s.value for s in ReviewState)
    categories = tuple(c.value for c in ParticipantCategory)
    completion_order = ("complete", "in_progress", "none")
    return (
        ChartData(
            "country",
            QCoreApplication.translate("DashboardPage", "Practices and commitments by country"),
            _ordered(figures.by_country, country_name),
            "hbar",
        ),
        ChartData(
            "sector",
            QCoreApplication.translate("DashboardPage", "Sectors of practices and commitments"),
            _ordered(figures.by_sector, sector_text),
            "hbar",
            summed=False,
        ),
        ChartData(
            "category",
            QCoreApplication.translate("DashboardPage", "Delegates by participant category"),
            _ordered(figures.by_category, category_label, categories),
            "hbar",
        ),
        ChartData(
            "state",
            QCoreApplication.translate("DashboardPage", "Commitments by review state"),
            _ordered(figures.by_state, review_state_label, states),
            "bar",
        ),
        ChartData(
            "questionnaire",
            QCoreApplication.translate("DashboardPage", "Pre-meeting questionnaire, by delegate"),
            _ordered(figures.questionnaire, completion_label, completion_order),
            "pie",
        ),
        ChartData(
            "year",
            QCoreApplication.translate("DashboardPage", "Commitments by end year"),
            _ordered(figures.commitments_by_year, str, tuple(sorted(figures.commitments_by_year))),
            "bar",
        ),
    )


def _number(value: int) -> str:
    return QLocale().toString(int(value))


def build_chart(data: ChartData) -> QChart:
    chart = QChart()
    chart.setObjectName(f"{data.key}Chart")
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)  # value labels in the interface language's digits and grouping
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    title_font = QFont(chart.titleFont())
    title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.15)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setTitle(
        QCoreApplication.translate("DashboardPage", "%1 (total %2)")
        .replace("%1", data.title)
        .replace("%2", _number(data.total))
        if data.points and data.summed
        else data.title
    )
    if not data.points:
        return chart
    if data.kind == "pie":
        pie = QPieSeries()
        pie.setName(data.title)
        for number, (label, value) in enumerate(data.points):
            share = value / data.total if data.total else 0.0
            piece = pie.append(
                QCoreApplication.translate("DashboardPage", "%1: %2 (%3%)")
                .replace("%1", label)
                .replace("%2", _number(value))
                .replace("%3", QLocale().toString(round(share * 100))),
                value,
            )
            piece.setColor(PIE_COLOURS[number % len(PIE_COLOURS)])
            piece.setBorderColor(QColor("white"))
            piece.setLabelVisible(False)
        pie.setPieSize(0.75)
        chart.addSeries(pie)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart
    horizontal = data.kind == "hbar"
    points = tuple(reversed(data.points)) if horizontal else data.points  # the largest on top
    bars = QBarSet(data.title)
    bars.append([float(value) for _label, value in points])
    bars.setColor(BAR_COLOUR)
    bars.setBorderColor(BAR_COLOUR)
    series: QBarSeries | QHorizontalBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setBarWidth(0.7)
    chart.addSeries(series)
    # The theme recolours what is added to the chart: set the colours after it has.
    bars.setColor(BAR_COLOUR)
    bars.setBorderColor(BAR_COLOUR)
    bars.setLabelColor(QColor("#202020"))
    categories = QBarCategoryAxis()
    categories.append([label for label, _value in points])
    categories.setTruncateLabels(False)  # words wrap under the bars rather than end in "…"
    values = QValueAxis()
    top = max(value for _label, value in points)
    values.setRange(0, max(1, top) * 1.15 + 0.5)  # room for the value labels
    values.setLabelFormat("%d")
    values.setTickCount(min(6, max(2, top + 1)))
    values.setGridLineVisible(True)
    values.setLabelsVisible(False)
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(False)
    return chart


class ChartView(QChartView):
    """A chart that takes focus (so the page's Copy acts on it) and offers Copy / Save in a menu.

    Signals:
        focused(str): the view got the keyboard focus; carries its chart key.
    """

    focused = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.data: ChartData | None = None
        self.setObjectName(f"{key}ChartView")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 290)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.focused.emit(self.key)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        page = self._page()
        if page is None:
            return
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("DashboardPage", "&Copy chart"), lambda: page.copy_chart(self.key)
        )
        menu.addAction(
            QCoreApplication.translate("DashboardPage", "&Save as PNG…"), lambda: page.save_chart(self.key)
        )
        menu.exec(event.globalPos())

    def _page(self) -> DashboardPage | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, DashboardPage):
            widget = widget.parentWidget()
        return widget

    def picture(self) -> QPixmap:
        return self.grab()


class DashboardPage(QWidget):
    """Signals:
    dashboard_loaded(object): the figures arrived (a ``services.dashboard.Dashboard``).
    chart_copied(str): a chart was put on the clipboard; carries its key.
    chart_saved(str): a chart was saved as a PNG file; carries the path.
    """

    dashboard_loaded = Signal(object)
    chart_copied = Signal(str)
    chart_saved = Signal(str)

    def __init__(self, workspace: Any, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._workspace = workspace
        self._task: Task | None = None
        self.figures: Any = None
        self.current_key = CHART_KEYS[0]

        title = QLabel(self.tr("The Network at a glance"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.totals_label = QLabel(self.tr("Counting…"))
        self.totals_label.setObjectName("totalsLabel")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.copy_action = QAction(self.tr("&Copy chart"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self._on_copy_action_triggered)
        self.save_action = QAction(self.tr("&Save as PNG…"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.addAction(self.copy_action)
        self.addAction(self.save_action)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(self.totals_label, 1)
        heading.addWidget(self.refresh_button)

        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.charts: dict[str, ChartView] = {}
        self._cards: dict[str, QFrame] = {}
        # Two charts side by side where they fit at their least width, else one under the other.
        grid = ColumnsLayout(2, across=True, by_minimum=True, spacing=12, line_spacing=12)
        for key in CHART_KEYS:
            view = ChartView(key)
            view.focused.connect(self._on_chart_view_focused)
            self.charts[key] = view
            card = self._card(view)
            self._cards[key] = card
            grid.addWidget(card)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(heading)
        layout.addWidget(self.message_label)
        layout.addWidget(scroll, 1)
        self._mark_current()
        self.refresh()

    def _card(self, view: ChartView) -> QFrame:
        card = QFrame()
        card.setObjectName(f"{view.key}Card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        copy = QToolButton()
        copy.setText(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy this chart as a picture, to paste into a report"))
        copy.setAccessibleName(self.tr("Copy chart"))
        copy.clicked.connect(lambda: self.copy_chart(view.key))
        save = QToolButton()
        save.setText(self.tr("Save PNG…"))
        save.setToolTip(self.tr("Save this chart as a PNG picture"))
        save.setAccessibleName(self.tr("Save chart as PNG"))
        save.clicked.connect(lambda: self.save_chart(view.key))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(save)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        return card

    # --- hooks tests replace ---------------------------------------------

    @staticmethod
    def choose_png_path(parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DashboardPage", "Save the chart"),
            suggested,
            QCoreApplication.translate("DashboardPage", "PNG pictures (*.png)"),
        )
        if not name:
            return None
        from kin_desktop.ui.folders import with_extension

        return with_extension(Path(name), ".png")

    # --- loading -------------------------------------------------------------

    def refresh(self) -> Task:
        """Count again off the GUI thread; the figures arrive by ``dashboard_loaded``."""
        from kin_desktop.services.dashboard import dashboard

        workspace = self._workspace
        self.refresh_button.setEnabled(False)
        self.totals_label.setText(self.tr("Counting…"))
        task = Task(lambda: dashboard(workspace), self)
        task.on_success(self._on_dashboard_succeeded).on_failure(self._on_dashboard_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        return task.start()

    @Slot(object)
    def _on_dashboard_succeeded(self, figures: Any) -> None:
        self.figures = figures
        practices, commitments, cities = (
            int(figures.practices),
            int(figures.commitments),
            int(figures.cities),
        )
        self.totals_label.setText(
            self.tr("%Ln practice(s)", "", practices)
            + " · "
            + self.tr("%Ln commitment(s)", "", commitments)
            + " · "
            + self.tr("%Ln cities", "", cities)
        )
        empty = practices == 0 and commitments == 0 and cities == 0
        self.message_label.setText(
            self.tr(
                "Nothing to count yet: the charts fill in as the delegates' bundles are taken in on the "
                "Inbox page."
            )
            if empty
            else ""
        )
        self.message_label.setVisible(empty)
        for data in charts_of(figures):
            view = self.charts[data.key]
            old = view.chart()
            view.data = data
            view.setChart(build_chart(data))
            view.setAccessibleName(view.chart().title())
            view.setAccessibleDescription(
                "; ".join(f"{label}: {value}" for label, value in data.points) or self.tr("No data")
            )
            if old is not None:
                old.deleteLater()
        self.dashboard_loaded.emit(figures)

    @Slot(object)
    def _on_dashboard_failed(self, error: BaseException) -> None:
        self.totals_label.setText("")
        self.message_label.setText(describe(error))
        self.message_label.show()

    @Slot()
    def _on_task_finished(self) -> None:
        self.refresh_button.setEnabled(True)

    # --- copy and save -------------------------------------------------------

    def chart_picture(self, key: str) -> QPixmap:
        return self.charts[key].picture()

    def copy_chart(self, key: str | None = None) -> None:
        """Put a chart (by default the current one) on the clipboard as a picture."""
        key = key or self.current_key
        self._set_current(key)
        QApplication.clipboard().setPixmap(self.chart_picture(key))
        self.message_label.setText(
            self.tr("“%1” copied: paste it into your report.").replace("%1", self._title(key))
        )
        self.message_label.show()
        self.chart_copied.emit(key)

    def save_chart(self, key: str | None = None) -> Path | None:
        key = key or self.current_key
        self._set_current(key)
        target = self.choose_png_path(self, f"KIN-{key}.png")
        if target is None:
            return None
        if not self.chart_picture(key).save(str(target), "PNG"):
            self.message_label.setText(
                self.tr("The chart could not be saved to %1.").replace("%1", str(target))
            )
            self.message_label.show()
            return None
        self.message_label.setText(self.tr("Saved %1.").replace("%1", str(target)))
        self.message_label.show()
        self.chart_saved.emit(str(target))
        return target

    def _title(self, key: str) -> str:
        data = self.charts[key].data
        return data.title if data is not None else key

    def _set_current(self, key: str) -> None:
        if key != self.current_key:
            self.current_key = key
            self._mark_current()

    def _mark_current(self) -> None:
        for key, card in self._cards.items():
            card.setFrameShadow(QFrame.Shadow.Plain if key == self.current_key else QFrame.Shadow.Sunken)
            card.setLineWidth(2 if key == self.current_key else 1)

    # --- slots -------------------------------------------------------------

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    @Slot(str)
    def _on_chart_view_focused(self, key: str) -> None:
        self._set_current(key)

    @Slot()
    def _on_copy_action_triggered(self) -> None:
        self.copy_chart()

    @Slot()
    def _on_save_action_triggered(self) -> None:
        self.save_chart()
