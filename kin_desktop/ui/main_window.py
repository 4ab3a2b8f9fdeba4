"""The main window: navigation between the sections of the work, the city and sync state always visible.

It paints first and opens the profile afterwards, on a worker thread, so the
window appears before the storage stack is even imported: importing it costs most of a cold start.
Pages are built the first time they are shown; changing the interface language
(``set_language``) saves them, drops them and lets them be built again in the new language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kin_desktop.ui import language as ui_language
from kin_desktop.ui.plain import plain_labels

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
    from PySide6.QtWidgets import QPushButton, QStyle

    from kin_desktop.ui.tasks import Task

Loader = Callable[[], Any]


def _wants_records(changes: Any) -> bool:
    return bool(changes.records or changes.reviews or changes.printed)


# Secretariat page class -> (its reload method, the changes it shows).
_SECRETARIAT_RELOADS: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "InboxPage": ("refresh_log", lambda c: c.imports or c.keys),
    "DelegatesPage": ("refresh", lambda c: c.keys or c.imports or c.receipts),
    "ReviewPage": ("reload", _wants_records),
    "FollowUpPage": ("refresh", lambda c: c.records or c.reviews),
    "MatchingPage": ("refresh", lambda c: c.records or c.reviews or c.keys),
    "DashboardPage": ("refresh", lambda c: c.records or c.reviews or c.keys),
    "ExportsPage": ("refresh", lambda c: c.records or c.reviews or c.keys or c.imports or c.receipts),
}

# Before the first paint, only what the first paint shows. PySide6 builds the ``Qt`` namespace
# (every enum) on first use, which costs about as much as the rest of the window: code that runs
# before the first paint does without it. The menus and the task helper come just after the first
# paint; later code imports what it uses where it uses it (no dataclasses either: the module and
# its own imports cost a few milliseconds of start-up).


def _takes_step(loader: Loader) -> bool:
    """Whether a loader can tell what it is doing (``loader(step=...)``)."""
    code = getattr(loader, "__code__", None)
    return code is not None and "step" in code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]


class Section:
    """One entry of the navigation: its page is built the first time it is shown."""

    __slots__ = ("factory", "icon", "key", "title", "widget")

    def __init__(
        self, key: str, title: str, icon: QStyle.StandardPixmap, factory: Callable[[], QWidget]
    ) -> None:
        self.key = key
        self.title = title
        self.icon = icon
        self.factory = factory
        self.widget: QWidget | None = None


class _MessagePanel(QWidget):
    """A centred message with an optional action: empty states and errors."""

    def __init__(
        self, title: str, text: str, action: str | None = None, parent: QWidget | None = None
    ) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setObjectName("panelTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setObjectName("panelText")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(body)
        self.button: QPushButton | None = None
        if action:
            from PySide6.QtWidgets import QPushButton

            self.button = QPushButton(action)
            self.button.setDefault(True)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Signals:
    overview_loaded(object): the profile's Overview arrived (first load and every refresh).
    profile_opened(object): the profile is open; carries the LoadedProfile.
    """

    overview_loaded = Signal(object)
    profile_opened = Signal(object)
    step_reported = Signal(str)  # from the loading worker: what it is doing (see _step_text)

    def __init__(self, data_dir: Path, *, loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._loader = loader
        self._task: Task | None = None
        self._loaded: Any = None
        self._load_pending = False
        self._print_task: Task | None = None
        self._sections: list[Section] = []
        self._failure: BaseException | None = None
        self.language = ui_language.current()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("KIN Desktop"))
        self.setMinimumSize(QSize(720, 480))
        self.setAcceptDrops(True)

        self._city = QLabel(self.tr("Opening the profile…"))
        self._city.setObjectName("cityLabel")
        font = self._city.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._city.setFont(font)
        self._sync = QLabel()
        self._sync.setObjectName("syncLabel")
        header = QHBoxLayout()
        header.setContentsMargins(16, 10, 16, 6)
        header.addWidget(self._city)
        header.addStretch(1)
        header.addWidget(self._sync)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(200)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(2)
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self._loading = QLabel(self.tr("Opening the profile…"))
        loading_page = QWidget()
        loading_row = QHBoxLayout(loading_page)
        loading_row.addStretch(1)
        loading_row.addWidget(self._loading)
        loading_row.addStretch(1)
        self.stack.addWidget(loading_page)

        body = QHBoxLayout()
        body.setContentsMargins(8, 0, 8, 8)
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        plain_labels(central)  # the header names the profile's city and holder

        self.import_action: Any = None
        self.settings_action: Any = None
        self._go_menu: Any = None
        self._hub: Any = None  # ui.changes.ChangeHub, made with the first page (after the first paint)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(data_dir)))
        self.step_reported.connect(self._on_step_reported)
        self._restore_geometry()

    # --- loading ----------------------------------------------------------

    def load_after_first_paint(self) -> None:
        """Start loading once the window has painted, so the worker's imports (which hold
        the interpreter lock) never delay the first paint."""
        self._load_pending = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._load_pending:
            self._load_pending = False
            QTimer.singleShot(0, self.load)

    def _build_menus(self) -> None:
        """Menus come just after the first paint: their classes cost start-up time (see above).
        Built again, in the new language, by ``set_language``."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        enabled = self.import_action is not None and self.import_action.isEnabled()
        self.menuBar().clear()
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import files…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.setEnabled(enabled)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self._go_menu = self.menuBar().addMenu(self.tr("&Go"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = QAction(self.tr("&Guide"), self)
        self.help_action.setObjectName("helpAction")
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_help)
        help_menu.addAction(self.help_action)
        about_action = help_menu.addAction(self.tr("&About KIN Desktop"))
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._on_about_action_triggered)

    @Slot()
    def show_help(self) -> None:
        """The guide of this profile's role (the delegate's before a profile exists)."""
        from kin_desktop.ui.help import HelpDialog

        role = self._loaded.overview.profile.role if self._loaded is not None else "delegate"
        HelpDialog.ask(self, role)

    @Slot()
    def _on_about_action_triggered(self) -> None:
        from kin_desktop.ui.help import AboutDialog

        AboutDialog.ask(self)

    def load(self) -> Task:
        """Open the profile on a worker thread; the result arrives by signal."""
        from kin_desktop.ui.tasks import Task

        if self.import_action is None:
            self._build_menus()
        loader: Any = self._loader
        if _takes_step(loader):
            report = self.step_reported.emit  # a queued signal: shown by the GUI thread as it comes

            def load() -> Any:
                return loader(step=report)

        else:
            load = loader
        self._task = Task(load, self).on_success(self._on_task_succeeded).on_failure(self._on_task_failed)
        return self._task.start()

    @Slot(str)
    def _on_step_reported(self, step: str) -> None:
        text = self._step_text(step)
        self._loading.setText(text)
        self.statusBar().showMessage(text)

    def _step_text(self, step: str) -> str:
        """What opening a profile is doing, in words (the loader says it in stable code words)."""
        return {
            "building": self.tr("Preparing the demo profile: the first time takes a few seconds…"),
            "copying": self.tr("Copying the demo profile…"),
            "database": self.tr("Opening the database…"),
            "upgrade": self.tr("Upgrading the database to this version (a backup is made first)…"),
            "figures": self.tr("Reading the questionnaire and counting the records…"),
        }.get(step, self.tr("Opening the profile…"))

    @property
    def workspace(self) -> Any:
        return None if self._loaded is None else self._loaded.workspace

    @Slot(object)
    def _on_task_succeeded(self, loaded: Any) -> None:
        self._loaded = loaded
        self._build_sections(loaded.overview.profile.role)
        self.import_action.setEnabled(True)
        saved = self._settings().value("main/section", 0)
        self.navigation.setCurrentRow(
            min(int(str(saved)) if str(saved).isdigit() else 0, len(self._sections) - 1)
        )
        self.show_overview(loaded.overview)
        self.profile_opened.emit(loaded)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        from kin_desktop.core.errors import ProfileMissingError
        from kin_desktop.ui.errors import describe

        self._failure = error
        if isinstance(error, ProfileMissingError):
            panel = _MessagePanel(
                self.tr("Welcome to KIN Desktop"),
                self.tr(
                    "This computer has no profile yet. Set it up for your city delegation (or for the "
                    "Network Secretariat); it takes a minute and works offline."
                ),
                self.tr("&Set up this computer…"),
            )
            assert panel.button is not None
            panel.button.clicked.connect(self._on_setup_button_clicked)
            self._city.setText(self.tr("KIN Desktop"))
            self.statusBar().showMessage(self.tr("No profile yet"))
        else:
            panel = _MessagePanel(self.tr("This profile cannot be opened"), describe(error))
            self._city.setText(self.tr("KIN Desktop"))
            self.statusBar().showMessage(self.tr("Could not open the profile"))
        panel.setObjectName("messagePanel")
        self.stack.addWidget(panel)
        self.stack.setCurrentWidget(panel)

    @Slot()
    def _on_setup_button_clicked(self) -> None:
        from kin_desktop.ui.wizard import SetupWizard

        if SetupWizard.ask(self, self._data_dir) is not None:
            self.load()

    def refresh(self) -> Task | None:
        """Recompute the overview (after an import or an export)."""
        if self._loaded is None:
            return None
        from kin_desktop.services.overview import overview_of
        from kin_desktop.ui.tasks import Task

        workspace = self._loaded.workspace
        task = Task(lambda: overview_of(workspace), self).on_success(self.show_overview)
        return task.start()

    # --- sections ---------------------------------------------------------

    def _build_sections(self, role: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QListWidgetItem, QStyle

        self.navigation.clear()
        self._go_menu.clear()
        self._sections = [
            Section(
                "overview",
                self.tr("&Overview"),
                QStyle.StandardPixmap.SP_ComputerIcon,
                self._make_overview,
            )
        ]
        if role == "delegate":
            self._sections += [
                Section(
                    "questionnaire",
                    self.tr("&Questionnaire"),
                    QStyle.StandardPixmap.SP_FileDialogDetailedView,
                    self._make_questionnaire,
                ),
                Section(
                    "practices",
                    self.tr("&Practices"),
                    QStyle.StandardPixmap.SP_DirOpenIcon,
                    self._make_practices,
                ),
                Section(
                    "commitments",
                    self.tr("&Commitments"),
                    QStyle.StandardPixmap.SP_DialogApplyButton,
                    self._make_commitments,
                ),
                Section(
                    "outbox", self.tr("Out&box"), QStyle.StandardPixmap.SP_DriveNetIcon, self._make_outbox
                ),
            ]
        else:
            pixmap = QStyle.StandardPixmap
            self._sections += [
                Section(
                    "inbox", self.tr("&Inbox"), pixmap.SP_DriveNetIcon, self._secretariat_page("InboxPage")
                ),
                Section(
                    "delegates",
                    self.tr("&Delegates"),
                    pixmap.SP_DialogYesButton,
                    self._secretariat_page("DelegatesPage"),
                ),
                Section(
                    "review",
                    self.tr("&Review"),
                    pixmap.SP_FileDialogDetailedView,
                    self._secretariat_page("ReviewPage"),
                ),
                Section(
                    "followup",
                    self.tr("&Follow-up"),
                    pixmap.SP_BrowserReload,
                    self._secretariat_page("FollowUpPage"),
                ),
                Section(
                    "matching",
                    self.tr("&Matching"),
                    pixmap.SP_FileDialogContentsView,
                    self._secretariat_page("MatchingPage"),
                ),
                Section(
                    "dashboard",
                    self.tr("D&ashboard"),
                    pixmap.SP_ComputerIcon,
                    self._secretariat_page("DashboardPage"),
                ),
                Section(
                    "exports",
                    self.tr("&Exports"),
                    pixmap.SP_DialogSaveButton,
                    self._secretariat_page("ExportsPage"),
                ),
                Section(
                    "questionnaires",
                    self.tr("&Questionnaires"),
                    pixmap.SP_FileDialogListView,
                    self._secretariat_page("QuestionnairesPage"),
                ),
            ]
        for number, section in enumerate(self._sections, start=1):
            title = ui_language.without_mnemonic(section.title)
            item = QListWidgetItem(self.style().standardIcon(section.icon), title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            shortcut = QKeySequence(f"Ctrl+{number}")
            item.setToolTip(f"{title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
            self.navigation.addItem(item)
            action = QAction(section.title, self)
            action.setShortcut(shortcut)
            action.triggered.connect(
                lambda _checked=False, row=number - 1: self.navigation.setCurrentRow(row)
            )
            self._go_menu.addAction(action)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """As wide as its longest title in the current language: every pixel counts at 1024."""
        view = self.navigation
        widest = max((view.sizeHintForColumn(0) for _ in (0,)), default=0)
        margins = view.contentsMargins()
        width = widest + 2 * view.frameWidth() + 2 * view.spacing() + margins.left() + margins.right() + 8
        view.setFixedWidth(max(120, min(width, 240)))

    def section_widget(self, key: str) -> QWidget | None:
        """The page of a section, built on first use (tests and drop handling use it)."""
        for section in self._sections:
            if section.key == key:
                if section.widget is None:
                    section.widget = section.factory()
                    plain_labels(section.widget)  # others' text in its labels is text, never markup
                    self.stack.addWidget(section.widget)
                    if key == "overview" and self._loaded is not None:
                        section.widget.show_overview(self._loaded.overview)  # type: ignore[attr-defined]
                return section.widget
        return None

    def show_section(self, key: str) -> QWidget | None:
        for row, section in enumerate(self._sections):
            if section.key == key:
                self.navigation.setCurrentRow(row)
                return self.section_widget(key)
        return None

    @Slot(int)
    def _on_navigation_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._sections):
            return
        widget = self.section_widget(self._sections[row].key)
        if widget is not None:
            self.stack.setCurrentWidget(widget)

    @property
    def hub(self) -> Any:
        """The window's change signal (``ui.changes.ChangeHub``): every page listens to it."""
        if self._hub is None:
            from kin_desktop.ui.changes import ChangeHub

            self._hub = ChangeHub(self)
            self._hub.changed.connect(self._on_hub_changed)
        return self._hub

    def announce(self, page: QWidget, changes: Any) -> None:
        """``page`` changed the profile: tell every other page (and the overview)."""
        self.hub.announce(changes, page)

    def _announce_on(self, page: QWidget, signal_name: str, changes: Any) -> None:
        signal = getattr(page, signal_name, None)
        if signal is not None:
            signal.connect(lambda *_args, p=page, c=changes: self.announce(p, c))

    def _secretariat_page(self, name: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            from kin_desktop.ui import secretariat
            from kin_desktop.ui.changes import Changes, watch

            page: QWidget = getattr(secretariat, name)(self.workspace)
            cities = getattr(page, "cities", None)
            if hasattr(cities, "language"):
                cities.language = self.language  # type: ignore[union-attr]  # answers shown in it
            language = getattr(page, "language", None)
            if isinstance(language, str):
                page.language = self.language  # type: ignore[attr-defined]
            imported = Changes(records=True, imports=True, keys=True)
            for signal, changes in (
                ("imports_finished", imported),
                ("key_approved", imported),
                ("key_revoked", Changes(keys=True, imports=True)),
                ("state_changed", Changes(reviews=True)),
                ("conflict_resolved", Changes(records=True)),
                ("forms_printed", Changes(printed=True)),
                ("form_checked", Changes(printed=True)),
                ("report_added", Changes(records=True)),
                ("recognition_changed", Changes(reviews=True)),
                ("files_written", Changes(receipts=True)),
                ("receipts_written", Changes(receipts=True)),
            ):
                self._announce_on(page, signal, changes)
            reload, wants = _SECRETARIAT_RELOADS.get(name, (None, None))
            if reload is not None and wants is not None:
                watch(self.hub, page, getattr(page, reload), wants)
            return page

        return make

    def _make_overview(self) -> QWidget:
        from kin_desktop.ui.overview import OverviewPage

        page = OverviewPage(language=self.language)
        page.record_requested.connect(self.open_record)
        return page

    @Slot(str, str)
    def open_record(self, record_type: str, record_id: str) -> QWidget | None:
        """Show a practice or commitment in its editor (the Overview's call to action)."""
        from kin_desktop.ui.records_section import RecordsSection

        section = self.show_section("commitments" if record_type == "commitment" else "practices")
        if isinstance(section, RecordsSection):
            return section.open(record_id)
        return None

    def _make_questionnaire(self) -> QWidget:
        from kin_desktop.services.responses import ResponseService, questionnaire_choices
        from kin_desktop.ui.changes import Changes
        from kin_desktop.ui.questionnaire import QuestionnairePage

        chosen = getattr(self, "_questionnaire_choice", None)  # (id, version) picked on the page
        service = (
            ResponseService(self.workspace)
            if chosen is None
            else ResponseService(self.workspace, questionnaire_id=chosen[0], version=chosen[1])
        )
        choices = questionnaire_choices(self.workspace)
        page = QuestionnairePage(service, language=self.language, choices=choices)
        self._announce_on(page, "answers_saved", Changes(records=True))
        page.choice_requested.connect(self._on_questionnaire_choice_requested)
        return page

    @Slot(str, str)
    def _on_questionnaire_choice_requested(self, questionnaire_id: str, version: str) -> None:
        """Open another questionnaire or version in the questionnaire section (its page is made anew)."""
        self._questionnaire_choice = (questionnaire_id, version)
        for section in self._sections:
            if section.key == "questionnaire" and section.widget is not None:
                old, section.widget = section.widget, None
                if hasattr(old, "flush"):
                    old.flush()
                self.stack.removeWidget(old)
                old.deleteLater()
        page = self.show_section("questionnaire")
        if page is not None:
            self.stack.setCurrentWidget(page)

    def _records_section(self, record_type: str) -> QWidget:
        from kin_desktop.services.records import RecordService
        from kin_desktop.ui.changes import Changes, watch
        from kin_desktop.ui.records import CommitmentsPage, PracticesPage
        from kin_desktop.ui.records_section import RecordsSection

        service = RecordService(self.workspace)
        if record_type == "commitment":
            section = RecordsSection(
                service, "commitment", CommitmentsPage(service), print_form=self.print_commitments
            )
        else:
            section = RecordsSection(service, "practice", PracticesPage(service))
        self._announce_on(section, "record_saved", Changes(records=True))
        self._announce_on(section.page, "record_deleted", Changes(records=True))
        watch(self.hub, section, section.reload, lambda c: c.records or c.reviews or c.receipts or c.printed)
        return section

    def _make_practices(self) -> QWidget:
        return self._records_section("practice")

    def _make_commitments(self) -> QWidget:
        return self._records_section("commitment")

    def print_commitments(self, record_ids: list[str] | str) -> Task:
        """Build the commitment forms off the GUI thread, then preview them for printing."""
        import tempfile

        from kin_desktop.services import printing
        from kin_desktop.ui.tasks import Task

        ids = [record_ids] if isinstance(record_ids, str) else list(record_ids)
        workspace, labels = self.workspace, printing.labels_for(self.language)
        target = Path(tempfile.mkdtemp(prefix="kin-print-")) / "commitment-forms.pdf"

        def build() -> Path:
            printing.print_commitments(workspace, ids, target, labels=labels)  # records the forms printed
            return target

        self.statusBar().showMessage(self.tr("Preparing the form…"))
        task = Task(build, self).on_success(self._on_forms_ready).on_failure(self._on_work_failed)
        self._print_task = task
        return task.start()

    @Slot(object)
    def _on_forms_ready(self, pdf: Path) -> None:
        from kin_desktop.ui.changes import Changes
        from kin_desktop.ui.print_preview import PrintPreviewDialog

        self.hub.announce(Changes(printed=True), self)
        self.statusBar().showMessage(self.tr("Ready"))
        PrintPreviewDialog.ask(
            self, pdf, title=self.tr("Commitment form"), suggested_name="commitment-form.pdf"
        )

    @Slot(object)
    def _on_work_failed(self, error: BaseException) -> None:
        from kin_desktop.ui.errors import describe

        self.statusBar().showMessage(describe(error))

    def _make_outbox(self) -> QWidget:
        from kin_desktop.ui.changes import Changes, watch
        from kin_desktop.ui.outbox import OutboxPage

        page = OutboxPage(self.workspace)
        self._announce_on(page, "exchange_finished", Changes(receipts=True, reviews=True, records=True))
        watch(self.hub, page, page.refresh, lambda c: c.records or c.receipts or c.printed or c.reviews)
        return page

    @Slot(object, object)
    def _on_hub_changed(self, changes: Any, initiator: object) -> None:
        self.refresh()  # the overview and the header line follow every change
        if getattr(changes, "receipts", False):
            self._drop_hidden_questionnaire(initiator)

    def _drop_hidden_questionnaire(self, initiator: object) -> None:
        """A welcome pack or receipt taken in may bring questionnaires and versions: the questionnaire
        page (its answers saved) is made anew the next time it is shown."""
        for section in self._sections:
            widget = section.widget
            if section.key != "questionnaire" or widget is None or widget is initiator:
                continue
            if widget.isVisible() or self.stack.currentWidget() is widget:
                continue
            section.widget = None
            if hasattr(widget, "flush"):
                widget.flush()
            self.stack.removeWidget(widget)
            widget.deleteLater()

    @Slot(object)
    def _on_page_saved(self, _result: object = None) -> None:
        self.refresh()

    # --- showing the profile ---------------------------------------------

    @Slot(object)
    def show_overview(self, overview: Any) -> None:
        if self._loaded is not None:
            self._loaded.overview = overview
        profile = overview.profile
        if profile.role == "delegate":
            from kin_desktop.core.countries import name as country_name

            country = country_name(profile.country, self.language) if profile.country else ""
            self._city.setText(self.tr("%1, %2").replace("%1", profile.city).replace("%2", country))
            self.setWindowTitle(self.tr("KIN Desktop — %1").replace("%1", profile.city))
            waiting = getattr(overview, "waiting_records", overview.waiting)
            if waiting:
                self._sync.setText(self.tr("%Ln record(s) waiting to be exported", "", waiting))
            elif overview.unacknowledged:
                self._sync.setText(self.tr("Exported; waiting for the secretariat's receipt"))
            elif not getattr(overview, "bundles_sent", 1):
                self._sync.setText(self.tr("Nothing sent yet"))
            else:
                self._sync.setText(self.tr("Everything acknowledged by the secretariat"))
        else:
            self._city.setText(self.tr("Network Secretariat"))
            self.setWindowTitle(self.tr("KIN Desktop — Secretariat"))
            self._sync.setText("")
        for section in self._sections:
            if section.key == "overview" and section.widget is not None:
                section.widget.show_overview(overview)  # type: ignore[attr-defined]
        self.statusBar().showMessage(self.tr("Ready"))
        self.overview_loaded.emit(overview)

    # --- language ----------------------------------------------------------

    @Slot()
    def _on_settings_action_triggered(self) -> None:
        from kin_desktop.ui.settings import SettingsDialog

        chosen = SettingsDialog.ask(self, self.language)
        if chosen is not None and chosen != self.language:
            self.set_language(chosen)

    def set_language(self, code: str) -> str:
        """Switch the interface to ``code`` at once, and remember it in the profile's window.ini.

        Every page is saved first (they save as they are typed anyway), then dropped and built
        again in the new language when next shown; a page holding changes that cannot be saved
        yet (a record editor showing its problems) is kept as it is. Returns the language used.
        """
        unsaved: set[str] = set()
        for section in self._sections:
            flush = getattr(section.widget, "flush", None)
            if callable(flush) and flush() is False:
                unsaved.add(section.key)
        self.language = ui_language.install(code)
        if self._data_dir.is_dir():
            self._settings().setValue(ui_language.SETTINGS_KEY, self.language)
        self._retranslate(keep=unsaved)
        return self.language

    def _retranslate(self, keep: set[str] | frozenset[str] = frozenset()) -> None:
        self.setWindowTitle(self.tr("KIN Desktop"))
        self.navigation.setAccessibleName(self.tr("Sections"))
        self._loading.setText(self.tr("Opening the profile…"))
        if self.import_action is not None:
            self._build_menus()
        if self._loaded is not None:
            self._rebuild_sections(keep)
            self.show_overview(self._loaded.overview)
        elif self._failure is not None:
            for panel in self.stack.findChildren(_MessagePanel, "messagePanel"):
                self.stack.removeWidget(panel)
                panel.deleteLater()
            self._on_task_failed(self._failure)
        else:
            self._city.setText(self.tr("Opening the profile…"))

    def _rebuild_sections(self, keep: set[str] | frozenset[str]) -> None:
        from kin_desktop.ui.records_section import RecordsSection

        row = max(self.navigation.currentRow(), 0)
        kept: dict[str, QWidget] = {}
        reopen: dict[str, str] = {}
        questionnaire_section: str | None = None
        for section in self._sections:
            widget = section.widget
            if widget is None:
                continue
            if section.key in keep:
                kept[section.key] = widget
                continue
            if isinstance(widget, RecordsSection) and widget.editor is not None:
                if widget.currentWidget() is not widget.page and widget.editor.record_id is not None:
                    reopen[section.key] = widget.editor.record_id
            current_section = getattr(widget, "current_section", None)
            if callable(current_section):
                questionnaire_section = current_section()
            self.stack.removeWidget(widget)
            widget.deleteLater()
        blocker = self.navigation.blockSignals(True)
        self._build_sections(self._loaded.overview.profile.role)
        self.navigation.blockSignals(blocker)
        for section in self._sections:
            if section.key in kept:
                section.widget = kept[section.key]
        self.navigation.setCurrentRow(min(row, len(self._sections) - 1))
        self._on_navigation_current_row_changed(self.navigation.currentRow())
        for key, record_id in reopen.items():
            widget = self.section_widget(key)
            if isinstance(widget, RecordsSection):
                widget.open(record_id)
        if questionnaire_section is not None:
            page = self.section_widget("questionnaire")
            if page is not None and hasattr(page, "show_section"):
                try:
                    page.show_section(questionnaire_section)
                except KeyError:
                    pass

    # --- files dropped or chosen ------------------------------------------

    @Slot()
    def _on_import_action_triggered(self) -> None:
        role = self._loaded.overview.profile.role if self._loaded is not None else "delegate"
        page = self.show_section("outbox" if role == "delegate" else "inbox")
        if page is not None and hasattr(page, "choose_and_import"):
            page.choose_and_import()
        elif page is not None and hasattr(page, "files_button"):
            page.files_button.click()

    def import_files(self, paths: list[Path]) -> Any:
        """Files dropped on the window or chosen from the File menu: the delegate's Outbox takes
        welcome packs and receipts, the secretariat's Inbox takes bundles (and folders of them)."""
        if self._loaded is None:
            return None
        if self._loaded.overview.profile.role == "delegate":
            page = self.show_section("outbox")
            return page.import_files(paths) if page is not None and hasattr(page, "import_files") else None
        page = self.show_section("inbox")
        return page.import_paths(paths) if page is not None and hasattr(page, "import_paths") else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls()
        if self._loaded is not None and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # --- window state -----------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings(str(self._data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for section in self._sections:
            flush = getattr(section.widget, "flush", None)
            if callable(flush):
                flush()  # nothing typed is lost on close
        if self._data_dir.is_dir():
            settings = self._settings()
            settings.setValue("main/geometry", self.saveGeometry())
            settings.setValue("main/section", max(self.navigation.currentRow(), 0))
        if self._loaded is not None:
            self._loaded.workspace.close()
        super().closeEvent(event)
