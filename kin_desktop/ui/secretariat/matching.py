"""Matching: connect a city to the practices of other cities that faced the same challenges.

The concept note asks cities to "disseminate their experiences to other cities facing similar
challenges". An officer chooses a city; the page shows the challenges its questionnaire names
(sector, how serious, the trend, its rank among the city's priorities) and the practices of other
cities ranked by how well they address them, with the reasons for each score. A second tab lists the
practices catalogue that goes back to every delegate in the welcome pack.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.ui.errors import describe
from kin_desktop.ui.language import list_text, number_text
from kin_desktop.ui.records.labels import sector_label
from kin_desktop.ui.rows import Column, RowsModel
from kin_desktop.ui.sorting import TextsKey
from kin_desktop.ui.tasks import Task
from kin_desktop.ui.widgets.column_fit import fit_columns
from kin_desktop.ui.widgets.search_filter import EmptyViewMessage, FoldedFilterProxy

Index = QModelIndex | QPersistentModelIndex


def trend_label(code: Any) -> str:
    labels = {
        "improving": QCoreApplication.translate("MatchingPage", "Improving"),
        "stable": QCoreApplication.translate("MatchingPage", "Stable"),
        "worsening": QCoreApplication.translate("MatchingPage", "Worsening"),
    }
    if not code:
        return QCoreApplication.translate("MatchingPage", "Not given")
    return labels.get(str(code), str(code))


def severity_text(value: Any) -> str:
    if value in (None, ""):
        return QCoreApplication.translate("MatchingPage", "Not given")
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    words = {
        1: QCoreApplication.translate("MatchingPage", "minor"),
        2: QCoreApplication.translate("MatchingPage", "moderate"),
        3: QCoreApplication.translate("MatchingPage", "serious"),
        4: QCoreApplication.translate("MatchingPage", "very serious", "severity 4"),
        5: QCoreApplication.translate("MatchingPage", "very serious", "severity 5"),
    }
    word = words.get(number)
    return (
        QCoreApplication.translate("MatchingPage", "%1 of 5 (%2)")
        .replace("%1", number_text(number))
        .replace("%2", word)
        if word
        else str(number)
    )


def priority_text(value: Any) -> str:
    if value in (None, "", 0):
        return QCoreApplication.translate("MatchingPage", "Not ranked")
    return QCoreApplication.translate("MatchingPage", "No. %1").replace("%1", str(value))


def score_text(score: float) -> str:
    value = float(score)
    return QLocale().toString(int(value)) if value.is_integer() else QLocale().toString(value, "f", 1)


def sectors_text(sectors: Any) -> str:
    return list_text(sector_label(str(s)) for s in sectors or ())


def challenge_reason(challenge: Any) -> str:
    """Why a practice on this challenge's sector suits the city, e.g. "Solid waste: severity 5, worsening"."""
    details = []
    if challenge.severity is not None:
        details.append(
            QCoreApplication.translate("MatchingPage", "severity %1 of 5").replace(
                "%1", number_text(challenge.severity)
            )
        )
    if challenge.trend:
        details.append(trend_label(challenge.trend).casefold())
    if challenge.priority is not None:
        details.append(
            QCoreApplication.translate("MatchingPage", "priority %1").replace(
                "%1", number_text(challenge.priority)
            )
        )
    name = sector_label(challenge.sector)
    return (
        QCoreApplication.translate("MatchingPage", "%1: %2")
        .replace("%1", name)
        .replace("%2", list_text(details))
        if details
        else name
    )


def reasons_of(match: Any, challenges: Sequence[Any]) -> tuple[str, ...]:
    """The reasons behind a match's score, worded here (the service's own are plain English).

    The same reasons as ``services.matching.match`` gives, in its order: the shared challenges by
    weight, then win-win, then registered.
    """
    from kin_desktop.services.matching import weight

    wanted = {c.sector: c for c in challenges}
    shared = sorted((wanted[s] for s in match.sectors if s in wanted), key=weight, reverse=True)
    reasons = [challenge_reason(c) for c in shared]
    if match.win_win:
        reasons.append(
            QCoreApplication.translate(
                "MatchingPage", "a win-win practice: environmental and economic benefits"
            )
        )
    if match.registered:
        reasons.append(QCoreApplication.translate("MatchingPage", "registered by the secretariat"))
    return tuple(reasons)


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
    fit_columns(view)  # never sideways (the page may choose its stretching column after this)
    return view


class ChallengesModel(RowsModel):
    """A city's challenges (``matching.Challenge``), its first priorities first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("MatchingPage", "Challenge"), lambda c: sector_label(c.sector)
                ),
                Column(
                    QCoreApplication.translate("MatchingPage", "Severity"),
                    lambda c: severity_text(c.severity),
                    sort=lambda c: -(c.severity or 0),
                ),
                Column(QCoreApplication.translate("MatchingPage", "Trend"), lambda c: trend_label(c.trend)),
                Column(
                    QCoreApplication.translate("MatchingPage", "Priority"),
                    lambda c: priority_text(c.priority),
                    sort=lambda c: c.priority or 99,
                ),
            ],
            parent,
        )


class MatchesModel(RowsModel):
    """Practices of other cities ranked for one city (``matching.Match``), best first.

    ``ScoreFractionRole`` gives the score as a share of the best score shown, for the bar.
    """

    ScoreFractionRole = Qt.ItemDataRole.UserRole + 3
    SCORE_COLUMN = 1
    WHY_COLUMN = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("MatchingPage", "Rank"),
                    lambda m: str(self._rank(m)),
                    sort=lambda m: self._rank(m),
                ),
                Column(
                    QCoreApplication.translate("MatchingPage", "Score"),
                    lambda m: score_text(m.score),
                    sort=lambda m: m.score,
                ),
                Column(QCoreApplication.translate("MatchingPage", "Practice"), lambda m: m.title),
                Column(
                    QCoreApplication.translate("MatchingPage", "City"),
                    lambda m: f"{m.city}, {m.country}" if m.country else m.city,
                ),
                Column(
                    QCoreApplication.translate("MatchingPage", "Why"), lambda m: "; ".join(self.reasons(m))
                ),
            ],
            parent,
        )
        self._best = 0.0
        self._ranks: dict[int, int] = {}
        self._challenges: tuple[Any, ...] = ()

    def set_challenges(self, challenges: Sequence[Any]) -> None:
        """The challenges of the city the matches are for (the reasons are worded from them)."""
        self._challenges = tuple(challenges)

    def reasons(self, match: Any) -> tuple[str, ...]:
        return reasons_of(match, self._challenges)

    def set_rows(self, rows: Any) -> None:
        rows = tuple(rows)
        self._best = max((float(m.score) for m in rows), default=0.0)
        self._ranks = {id(m): number for number, m in enumerate(rows, start=1)}
        super().set_rows(rows)

    def _rank(self, match: Any) -> int:
        return self._ranks.get(id(match), 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == self.ScoreFractionRole:
            score = float(self.row_at(index.row()).score)
            return score / self._best if self._best > 0 else 0.0
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, self.SCORE_COLUMN):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class CatalogueModel(RowsModel):
    """The approved practices that go to delegates in the welcome pack (``matching.catalogue``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("MatchingPage", "Practice"),
                    lambda p: _body(p).get("title", ""),
                ),
                Column(QCoreApplication.translate("MatchingPage", "City"), lambda p: str(p.get("city", ""))),
                Column(
                    QCoreApplication.translate("MatchingPage", "Country"), lambda p: str(p.get("country", ""))
                ),
                Column(
                    QCoreApplication.translate("MatchingPage", "Sectors"),
                    lambda p: sectors_text(_body(p).get("sectors")),
                ),
                Column(
                    QCoreApplication.translate("MatchingPage", "Win-win"),
                    lambda p: (
                        QCoreApplication.translate("MatchingPage", "Yes") if _body(p).get("win_win") else ""
                    ),
                ),
            ],
            parent,
        )


def _body(entry: dict[str, Any]) -> dict[str, Any]:
    body = entry.get("body")
    return body if isinstance(body, dict) else entry


class ScoreDelegate(QStyledItemDelegate):
    """The score as a bar (its share of the best score shown) with the number over it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fraction = index.data(MatchesModel.ScoreFractionRole)
        if not isinstance(fraction, float):
            super().paint(painter, option, index)
            return
        text = index.data(Qt.ItemDataRole.DisplayRole)
        style = option.widget.style() if option.widget else None
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        painter.save()
        rect = option.rect.adjusted(4, 5, -4, -5)
        bar = QRect(
            rect.left(), rect.top(), max(2, int(rect.width() * max(0.0, min(1.0, fraction)))), rect.height()
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        )
        colour.setAlpha(110)
        painter.fillRect(bar, colour)
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        painter.drawText(
            rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text
        )
        painter.restore()


class MatchingPage(QWidget):
    """Signals:
    cities_loaded(int): the cities to choose from arrived; carries how many.
    city_changed(str): the officer chose another city; carries its owner (delegate key id).
    matches_loaded(str): the challenges and ranked practices of a city arrived; carries its owner.
    """

    cities_loaded = Signal(int)
    city_changed = Signal(str)
    matches_loaded = Signal(str)

    def __init__(self, workspace: Any, *, limit: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchingPage")
        self._workspace = workspace
        self._limit = limit
        self._generation = 0
        self._catalogue_by_id: dict[str, dict[str, Any]] = {}
        self._detail_generation = 0
        self._detail_head = ""

        # --- the city
        self.city_combo = QComboBox()
        self.city_combo.setObjectName("cityCombo")
        self.city_combo.setAccessibleName(self.tr("City"))
        self.city_combo.setMinimumContentsLength(28)
        self.city_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.city_combo.currentIndexChanged.connect(self._on_city_combo_current_index_changed)
        city_label = QLabel(self.tr("C&ity:"))
        city_label.setBuddy(self.city_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Read the cities, challenges and practices again (F5)"))
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.city_info = QLabel()
        self.city_info.setObjectName("cityInfo")
        self.city_info.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(city_label)
        top.addWidget(self.city_combo)
        top.addWidget(self.city_info, 1)
        top.addWidget(self.refresh_button)

        # --- matches tab: challenges, ranked practices, detail
        self.challenges_model = ChallengesModel(self)
        self.challenges_view = _table(
            self.challenges_model, "challengesView", self.tr("Challenges of the city")
        )
        self.challenges_view.horizontalHeader().setStretchLastSection(False)
        self.challenges_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.challenges_empty = QLabel()
        self.challenges_empty.setObjectName("challengesEmpty")
        self.challenges_empty.setWordWrap(True)
        self.challenges_stack = QStackedWidget()
        self.challenges_stack.addWidget(self.challenges_view)
        self.challenges_stack.addWidget(self.challenges_empty)
        challenges_box = QWidget()
        challenges_layout = QVBoxLayout(challenges_box)
        challenges_layout.setContentsMargins(0, 0, 0, 0)
        challenges_layout.addWidget(self._heading(self.tr("Challenges it faces")))
        challenges_layout.addWidget(self.challenges_stack, 1)

        self.matches_model = MatchesModel(self)
        self.matches_view = _table(self.matches_model, "matchesView", self.tr("Practices of other cities"))
        self.matches_view.setItemDelegateForColumn(
            MatchesModel.SCORE_COLUMN, ScoreDelegate(self.matches_view)
        )
        self.matches_view.horizontalHeader().setSectionResizeMode(
            MatchesModel.SCORE_COLUMN, QHeaderView.ResizeMode.Fixed
        )
        self.matches_view.setColumnWidth(MatchesModel.SCORE_COLUMN, 90)
        self.matches_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.matches_view.setColumnWidth(2, 250)
        self.matches_view.horizontalHeader().setSectionResizeMode(
            MatchesModel.WHY_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.matches_view.selectionModel().currentRowChanged.connect(
            self._on_matches_view_current_row_changed
        )
        self.matches_empty = QLabel()
        self.matches_empty.setObjectName("matchesEmpty")
        self.matches_empty.setWordWrap(True)
        self.matches_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matches_stack = QStackedWidget()
        self.matches_stack.addWidget(self.matches_view)
        self.matches_stack.addWidget(self.matches_empty)
        matches_box = QWidget()
        matches_layout = QVBoxLayout(matches_box)
        matches_layout.setContentsMargins(0, 0, 0, 0)
        matches_layout.addWidget(self._heading(self.tr("Practices of other cities that address them")))
        matches_layout.addWidget(self.matches_stack, 1)

        self.match_detail = QTextBrowser()
        self.match_detail.setObjectName("matchDetail")
        self.match_detail.setAccessibleName(self.tr("The chosen practice"))
        self.match_detail.setOpenLinks(False)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(matches_box)
        lower.addWidget(self.match_detail)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)
        matches_split = QSplitter(Qt.Orientation.Vertical)
        matches_split.addWidget(challenges_box)
        matches_split.addWidget(lower)
        matches_split.setStretchFactor(0, 1)
        matches_split.setStretchFactor(1, 3)
        matches_split.setSizes([190, 430])
        matches_split.setChildrenCollapsible(False)

        # --- catalogue tab
        self.catalogue_model = CatalogueModel(self)
        self.catalogue_proxy = FoldedFilterProxy(self)  # case and accents aside: "rung" finds "rừng"
        self.catalogue_proxy.setSourceModel(self.catalogue_model)
        self.catalogue_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.catalogue_proxy.setFilterKeyColumn(-1)
        self.catalogue_proxy.setSortRole(RowsModel.SortRole)
        self.catalogue_search = QLineEdit()
        self.catalogue_search.setObjectName("catalogueSearch")
        self.catalogue_search.setPlaceholderText(self.tr("Search the catalogue"))
        self.catalogue_search.setAccessibleName(self.tr("Search the catalogue"))
        self.catalogue_search.setClearButtonEnabled(True)
        self.catalogue_search.textChanged.connect(self.catalogue_proxy.set_text)
        self.catalogue_info = QLabel()
        self.catalogue_info.setObjectName("catalogueInfo")
        self.catalogue_info.setWordWrap(True)
        self.catalogue_view = _table(self.catalogue_proxy, "catalogueView", self.tr("Practices catalogue"))
        self.catalogue_empty = EmptyViewMessage(self.catalogue_view, self._catalogue_empty_text)
        self.catalogue_view.setSortingEnabled(True)
        self.catalogue_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.catalogue_view.setColumnWidth(0, 320)
        self.catalogue_view.selectionModel().currentRowChanged.connect(
            self._on_catalogue_view_current_row_changed
        )
        self.catalogue_detail = QTextBrowser()
        self.catalogue_detail.setObjectName("catalogueDetail")
        self.catalogue_detail.setAccessibleName(self.tr("Practice details"))
        catalogue_split = QSplitter(Qt.Orientation.Horizontal)
        catalogue_split.addWidget(self.catalogue_view)
        catalogue_split.addWidget(self.catalogue_detail)
        catalogue_split.setStretchFactor(0, 3)
        catalogue_split.setStretchFactor(1, 2)
        catalogue_page = QWidget()
        catalogue_layout = QVBoxLayout(catalogue_page)
        catalogue_layout.addWidget(self.catalogue_info)
        catalogue_layout.addWidget(self.catalogue_search)
        catalogue_layout.addWidget(catalogue_split, 1)

        matches_page = QWidget()
        matches_page_layout = QVBoxLayout(matches_page)
        matches_page_layout.addLayout(top)
        matches_page_layout.addWidget(matches_split, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("matchingTabs")
        self.tabs.addTab(matches_page, self.tr("&Matches for a city"))
        self.tabs.addTab(catalogue_page, self.tr("Practices &catalogue"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.tabs, 1)
        self._show_match(None)
        self.refresh()

    def _catalogue_empty_text(self) -> str:
        words = self.catalogue_search.text().strip()
        if words:
            return self.tr("Nothing in the catalogue matches “%1”.").replace("%1", words)
        return self.tr("No practice is registered for the catalogue yet.")

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # --- state ---------------------------------------------------------------

    @property
    def owner(self) -> str | None:
        data = self.city_combo.currentData()
        return str(data.owner) if data is not None else None

    def select_city(self, owner: str) -> bool:
        for number in range(self.city_combo.count()):
            if self.city_combo.itemData(number).owner == owner:
                self.city_combo.setCurrentIndex(number)
                return True
        return False

    def refresh(self) -> Task:
        """Load the cities and the catalogue; the current city's matches follow."""
        from kin_desktop.services import matching
        from kin_desktop.services.review import ReviewService

        workspace = self._workspace

        def load() -> tuple[tuple[Any, ...], tuple[dict[str, Any], ...]]:
            return tuple(ReviewService(workspace).cities()), tuple(matching.catalogue(workspace))

        task = Task(load, self).on_success(self._on_cities_loaded).on_failure(self._on_task_failed)
        return task.start()

    @Slot(object)
    def _on_cities_loaded(self, result: tuple[tuple[Any, ...], tuple[dict[str, Any], ...]]) -> None:
        cities, catalogue = result
        previous = self.owner
        ordered = sorted(cities, key=lambda c: TextsKey(str(c.city), str(c.country)))
        self.city_combo.blockSignals(True)
        self.city_combo.clear()
        for city in ordered:
            self.city_combo.addItem(f"{city.city}, {city.country}" if city.country else city.city, city)
        self.city_combo.blockSignals(False)
        self.city_combo.setEnabled(bool(ordered))

        self.catalogue_model.set_rows(catalogue)
        self._catalogue_by_id = {str(p.get("id", "")): p for p in catalogue}
        self.catalogue_info.setText(
            self.tr(
                "%Ln registered practice(s) go to every delegate with the welcome pack.", "", len(catalogue)
            )
            if catalogue
            else self.tr(
                "The catalogue is empty: practices enter it once they are registered on the Review page."
            )
        )
        self.cities_loaded.emit(len(ordered))
        if not ordered:
            self.city_info.setText(
                self.tr("No delegations yet: take in their bundles on the Inbox page, then come back here.")
            )
            self._show_empty_city()
            return
        self.city_combo.blockSignals(True)
        if previous is None or not self.select_city(previous):
            self.city_combo.setCurrentIndex(0)
        self.city_combo.blockSignals(False)
        if self.owner != previous and self.owner is not None:
            self.city_changed.emit(self.owner)
        self._load_matches()

    def _show_empty_city(self) -> None:
        self.challenges_model.set_rows(())
        self.matches_model.set_rows(())
        self.challenges_empty.setText(self.tr("Choose a city to see the challenges it faces."))
        self.challenges_stack.setCurrentWidget(self.challenges_empty)
        self.matches_empty.setText("")
        self.matches_stack.setCurrentWidget(self.matches_empty)
        self._show_match(None)

    def _load_matches(self) -> Task | None:
        from kin_desktop.services import matching

        city = self.city_combo.currentData()
        if city is None:
            self._show_empty_city()
            return None
        self._generation += 1
        generation = self._generation
        workspace, owner, limit = self._workspace, str(city.owner), self._limit
        self.city_info.setText(self._city_text(city))
        self.matches_empty.setText(self.tr("Looking for practices…"))
        self.matches_stack.setCurrentWidget(self.matches_empty)

        def load() -> tuple[tuple[Any, ...], tuple[Any, ...]]:
            return tuple(matching.challenges(workspace, owner)), tuple(
                matching.match(workspace, owner, limit=limit)
            )

        task = Task(load, self)
        task.on_success(lambda result: self._on_matches_loaded(generation, owner, result))
        task.on_failure(self._on_task_failed)
        return task.start()

    def _city_text(self, city: Any) -> str:
        parts = []
        if getattr(city, "delegate_name", ""):
            parts.append(self.tr("Delegate: %1").replace("%1", city.delegate_name))
        responses = getattr(city, "responses", None)
        if responses is not None:
            parts.append(
                self.tr("questionnaire complete")
                if getattr(city, "complete", False)
                else self.tr("questionnaire not complete")
            )
        return " · ".join(parts)

    def _on_matches_loaded(
        self, generation: int, owner: str, result: tuple[tuple[Any, ...], tuple[Any, ...]]
    ) -> None:
        if generation != self._generation:
            return
        challenges, matches = result
        self.challenges_model.set_rows(challenges)
        if challenges:
            self.challenges_stack.setCurrentWidget(self.challenges_view)
        else:
            self.challenges_empty.setText(
                self.tr(
                    "This city's questionnaire names no challenges yet: matches appear once it is answered."
                )
            )
            self.challenges_stack.setCurrentWidget(self.challenges_empty)
        self.matches_model.set_challenges(challenges)
        self.matches_model.set_rows(matches)
        if matches:
            self.matches_stack.setCurrentWidget(self.matches_view)
            self.matches_view.setCurrentIndex(self.matches_model.index(0, 0))
        else:
            self.matches_empty.setText(
                self.tr("No practice of another city addresses these challenges yet.")
                if challenges
                else self.tr("No challenges, so nothing to match.")
            )
            self.matches_stack.setCurrentWidget(self.matches_empty)
            self._show_match(None)
        self.matches_loaded.emit(owner)

    # --- detail ------------------------------------------------------------

    def _show_match(self, match: Any) -> None:
        self._detail_generation += 1  # a practice still loading is no longer wanted
        if match is None:
            self.match_detail.setHtml(
                "<p>" + escape(self.tr("Choose a practice to see why it was suggested.")) + "</p>"
            )
            return
        html = f"<h3>{escape(match.title)}</h3>"
        html += f"<p><i>{escape(match.city)}{', ' + escape(match.country) if match.country else ''}</i></p>"
        facts = [
            self.tr("Score: %1").replace("%1", score_text(match.score)),
            self.tr("Sectors: %1").replace("%1", sectors_text(match.sectors) or self.tr("none given")),
            self.tr("Registered by the secretariat") if match.registered else self.tr("Not registered yet"),
        ]
        if match.win_win:
            facts.append(self.tr("A win-win practice: environmental, social and economic benefits"))
        html += "<p>" + "<br>".join(escape(f) for f in facts) + "</p>"
        reasons = self.matches_model.reasons(match)
        if reasons:
            why = self.tr("Why it was suggested")
            html += f"<h4>{escape(why)}</h4><ul>"
            html += "".join(f"<li>{escape(reason)}</li>" for reason in reasons)
            html += "</ul>"
        self.match_detail.setHtml(html)
        self._detail_head = html
        entry = self._catalogue_by_id.get(str(match.practice_id))
        if entry is not None:
            self.match_detail.setHtml(html + self._practice_sections(_body(entry)))
        else:
            self._load_practice(str(match.practice_id))

    def _load_practice(self, practice_id: str) -> Task:
        """The practice's own texts (problem, approach, benefits), read off the GUI thread."""
        from kin_desktop.services.records import RecordService

        self._detail_generation += 1
        generation = self._detail_generation
        workspace = self._workspace
        task = Task(lambda: RecordService(workspace).load(practice_id)[0], self)
        task.on_success(lambda body: self._on_practice_loaded(generation, body))
        task.on_failure(self._on_task_failed)
        return task.start()

    def _on_practice_loaded(self, generation: int, body: dict[str, Any]) -> None:
        if generation == self._detail_generation:
            self.match_detail.setHtml(self._detail_head + self._practice_sections(body))

    def _practice_sections(self, body: dict[str, Any]) -> str:
        sections = [
            (self.tr("Summary"), body.get("summary", "")),
            (self.tr("Problem"), body.get("problem", "")),
            (self.tr("Approach"), body.get("approach", "")),
            (self.tr("Environmental benefits"), body.get("environmental_benefits", "")),
            (self.tr("Social benefits"), body.get("social_benefits", "")),
            (self.tr("Economic benefits"), body.get("economic_benefits", "")),
            (self.tr("Replicability"), body.get("replicability", "")),
        ]
        return "".join(
            f"<h4>{escape(title)}</h4><p>{escape(str(text))}</p>" for title, text in sections if text
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_matches_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_match(self.matches_model.data(current, RowsModel.RowRole) if current.isValid() else None)

    @Slot(QModelIndex, QModelIndex)
    def _on_catalogue_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.catalogue_detail.clear()
            return
        entry = self.catalogue_proxy.data(current, RowsModel.RowRole)
        body = _body(entry)
        place = ", ".join(str(x) for x in (entry.get("city", ""), entry.get("country", "")) if x)
        html = f"<h3>{escape(str(body.get('title', '')))}</h3><p><i>{escape(place)}</i></p>"
        sectors = sectors_text(body.get("sectors"))
        if sectors:
            html += "<p>" + escape(self.tr("Sectors: %1").replace("%1", sectors)) + "</p>"
        html += self._practice_sections(body)
        self.catalogue_detail.setHtml(html)

    # --- slots -------------------------------------------------------------

    @Slot(int)
    def _on_city_combo_current_index_changed(self, _number: int) -> None:
        owner = self.owner
        if owner is None:
            return
        self.city_changed.emit(owner)
        self._load_matches()

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        self.city_info.setText(describe(error))
