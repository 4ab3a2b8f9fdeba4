"""First run: create the profile and its key, then (optionally) take in the welcome pack.

The wizard can be finished later: once the profile exists the rest of the
application works; the welcome pack can be imported from the Outbox at any time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kin_desktop.core.passphrase import passphrase_problem
from kin_desktop.ui.errors import describe
from kin_desktop.ui.language import without_mnemonic
from kin_desktop.ui.palette import Tone, set_tone
from kin_desktop.ui.widgets.country_picker import CountryPicker

ROLE_DELEGATE = "delegate"
ROLE_SECRETARIAT = "secretariat"


def _category_items() -> list[tuple[str, str]]:
    return [
        (
            "mayor",
            QCoreApplication.translate("SetupWizard", "Mayor or top representative of a local government"),
        ),
        ("city-expert", QCoreApplication.translate("SetupWizard", "Expert of a local government")),
        ("national", QCoreApplication.translate("SetupWizard", "Representative of a national government")),
        (
            "international",
            QCoreApplication.translate("SetupWizard", "Representative of an international organisation"),
        ),
        ("other", QCoreApplication.translate("SetupWizard", "Other (media, university, general public)")),
    ]


class _RolePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to KIN Desktop"))
        self.setSubTitle(
            self.tr(
                "Set up this computer for the Fourth Meeting of the Kitakyushu Initiative Network. "
                "Everything stays on this computer until you export it."
            )
        )
        self.delegate = QRadioButton(
            self.tr("&City delegation: answer the questionnaire, record practices, draft commitments")
        )
        self.secretariat = QRadioButton(
            self.tr("Network &Secretariat: merge, review and follow up what cities send")
        )
        self.delegate.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.delegate)
        group.addButton(self.secretariat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.delegate)
        layout.addWidget(self.secretariat)
        layout.addStretch(1)

    def role(self) -> str:
        return ROLE_SECRETARIAT if self.secretariat.isChecked() else ROLE_DELEGATE


class _ProfilePage(QWizardPage):
    def __init__(self, role_page: _RolePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role_page = role_page
        self.setTitle(self.tr("About you"))
        self.name = QLineEdit()
        self.city = QLineEdit()
        self.city_latin = QLineEdit()
        self.city_latin.setObjectName("cityLatinEdit")
        self.city_latin.setPlaceholderText(self.tr("e.g. Khon Kaen"))
        self.city_latin.setToolTip(
            self.tr(
                "Your city's name in Latin letters, as it should appear in file names and on printed "
                "forms. Filled in from the name above as a first guess: correct it if it is wrong."
            )
        )
        # Typed by the user (given or confirmed): only then is it stored. Left as filled in, it is
        # only a guess, which core.latin.latin_city works out again wherever it is needed.
        self.latin_edited = False
        # Every country, named in the interface language; found by any name or its code.
        self.country = CountryPicker()
        self.organisation = QLineEdit()
        self.category = QComboBox()
        for value, label in _category_items():
            self.category.addItem(label, value)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@city.gov"))
        form = QFormLayout(self)
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label, widget in (
            ("name", self.tr("&Name:"), self.name),
            ("city", self.tr("&City:"), self.city),
            ("city_latin", self.tr("City in &Latin letters:"), self.city_latin),
            ("country", self.tr("Countr&y:"), self.country),
            ("organisation", self.tr("&Organisation:"), self.organisation),
            ("category", self.tr("&Participant category:"), self.category),
            ("email", self.tr("&E-mail:"), self.email),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(without_mnemonic(label).rstrip(":"))
            form.addRow(caption, widget)
            self._rows[key] = (caption, widget)
        self.name.textChanged.connect(self.completeChanged)
        self.city.textChanged.connect(self.completeChanged)
        self.city.textChanged.connect(self._on_city_textChanged)
        self.city_latin.textChanged.connect(self.completeChanged)
        self.city_latin.textEdited.connect(self._on_city_latin_textEdited)
        self.country.currentTextChanged.connect(self.completeChanged)
        self.country.currentTextChanged.connect(self._on_city_textChanged)
        self.country.code_edited.connect(self.completeChanged)

    @Slot(str)
    def _on_city_latin_textEdited(self, _text: str) -> None:  # noqa: N802 - named after the signal
        self.latin_edited = True

    @Slot(str)
    def _on_city_textChanged(self, _text: str = "") -> None:  # noqa: N802 - named after the signal
        """Fill in the guess (the city's or country's change) until the user types the name."""
        from kin_desktop.core.latin import latin_city_of, transliterate

        if not self.latin_edited:  # a sound guess only: none for Thai, nor for a Japanese city's kanji
            self.city_latin.setText(transliterate(latin_city_of(self.city.text(), "", self.country_code())))

    def city_latin_given(self) -> str | None:
        """The city's name in Latin letters as the user typed it; None when left as guessed."""
        return self.city_latin.text() if self.latin_edited else None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        delegate = self._role_page.role() == ROLE_DELEGATE
        self.setSubTitle(
            self.tr("Your delegation as it will appear to the secretariat.")
            if delegate
            else self.tr("The secretariat as delegates will see it in welcome packs and receipts.")
        )
        for key in ("city", "city_latin", "country", "category", "email"):
            caption, widget = self._rows[key]
            caption.setVisible(delegate)
            widget.setVisible(delegate)

    def country_code(self) -> str:
        """The chosen country's ISO code ("" when none is chosen)."""
        return self.country.code() or ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if not self.name.text().strip():
            return False
        if self._role_page.role() == ROLE_SECRETARIAT:
            return True
        code = self.country_code()
        latin = self.city_latin.text().strip()
        return (
            bool(self.city.text().strip())
            and bool(latin)
            and latin.isascii()
            and len(code) == 2
            and code.isalpha()
        )


class _KeyPage(QWizardPage):
    """Creates the profile and key when the user presses Next."""

    def __init__(self, wizard: SetupWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wizard = wizard
        self.setTitle(self.tr("Your signing key"))
        self.setSubTitle(self.tr("It proves that what you send comes from you."))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("at least 8 characters"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.ERROR)
        self._form = QFormLayout()
        self._form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self._form.addRow(self.tr("&Repeat it:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(self.completeChanged)
        self.confirm.textChanged.connect(self.completeChanged)

    def needs_passphrase(self) -> bool:
        return not self._wizard.keyring_available()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.needs_passphrase():
            self.explanation.setText(
                self.tr(
                    "KIN Desktop signs everything you send with a key that proves it comes from you. "
                    "This computer has no system keyring to keep that key safe, so it is kept in a file "
                    "locked with a passphrase. Choose one you will remember: it cannot be recovered."
                )
            )
        else:
            self.explanation.setText(
                self.tr(
                    "KIN Desktop signs everything you send with a key that proves it comes from you. "
                    "The key will be kept in this computer's system keyring; no passphrase is needed."
                )
            )
        for widget in (self.passphrase, self.confirm):
            widget.setVisible(self.needs_passphrase())
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(self.needs_passphrase())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if not self.needs_passphrase():
            return True
        text = self.passphrase.text()
        return passphrase_problem(text) is None and text == self.confirm.text()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.error.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._wizard.create_profile(self.passphrase.text() if self.needs_passphrase() else None)
        except Exception as error:  # noqa: BLE001 - shown to the user, nothing is lost
            self.error.setText(describe(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True


class _WelcomePackPage(QWizardPage):
    """Delegates: take in the secretariat's welcome pack, after comparing its fingerprint."""

    def __init__(self, wizard: SetupWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wizard = wizard
        self.pack: Path | None = None
        self.fingerprint: str | None = None
        self.setTitle(self.tr("The secretariat's welcome pack"))
        self.setSubTitle(
            self.tr(
                "It brings the questionnaire and the secretariat's key. You can also do this later, from the Outbox."
            )
        )
        self.choose_button = QPushButton(self.tr("&Choose the welcome pack file…"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matches = QCheckBox(self.tr("The fingerprint &matches the one in my invitation letter"))
        self.matches.setVisible(False)
        self.matches.toggled.connect(self.completeChanged)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.ERROR)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.matches)
        layout.addWidget(self.error)
        layout.addStretch(1)

    @staticmethod
    def choose_file(parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SetupWizard", "Welcome pack"),
            "",
            QCoreApplication.translate("SetupWizard", "Welcome packs (*.kinw)"),
        )
        return Path(name) if name else None

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        path = self.choose_file(self)
        if path is not None:
            self.set_pack(path)

    def set_pack(self, path: Path) -> None:
        from kin_desktop.services import exchange, profiles

        self.error.clear()
        with profiles.open_workspace(self._wizard.data_dir) as workspace:
            (outcome,) = exchange.verify_files(workspace, [path])
        # A pack from a key not pinned yet waits for the user's confirmation (unconfirmed_key): that is
        # what this page asks for.
        readable = outcome.ok or outcome.reason == "unconfirmed_key"
        if not readable or outcome.kind != "welcome-pack" or not outcome.fingerprint:
            self.pack = self.fingerprint = None
            self.details.clear()
            self.matches.setVisible(False)
            self.error.setText(
                self.tr("This file is not a welcome pack that can be read: %1").replace("%1", outcome.detail)
            )
        else:
            self.pack, self.fingerprint = path, outcome.fingerprint
            self.details.setText(
                self.tr(
                    "Signed by the key with this fingerprint:\n\n%1\n\nCompare every group with your invitation letter."
                ).replace("%1", outcome.fingerprint)
            )
            self.matches.setChecked(False)
            self.matches.setVisible(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.pack is None or self.matches.isChecked()  # no pack: skip it for now

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.pack is None:
            return True
        from kin_desktop.services import exchange, profiles

        with profiles.open_workspace(self._wizard.data_dir) as workspace:
            (outcome,) = exchange.import_paths(workspace, [self.pack], accept_fingerprint=self.fingerprint)
        if outcome.status not in ("merged", "duplicate"):
            self.error.setText(describe_outcome(outcome))
            return False
        self._wizard.welcome_pack_taken = True
        return True


def describe_outcome(outcome: Any) -> str:
    return QCoreApplication.translate("SetupWizard", "Not taken in: %1").replace("%1", outcome.detail)


class _DonePage(QWizardPage):
    def __init__(self, wizard: SetupWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wizard = wizard
        self.setTitle(self.tr("Ready"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        info = self._wizard.profile
        if info is None:
            return
        text = self.tr(
            "Your profile is ready. Your key fingerprint is:\n\n%1\n\n"
            "Read it to the secretariat when they ask to confirm your enrolment."
        ).replace("%1", info.fingerprint or "")
        if info.role == ROLE_DELEGATE and self._wizard.welcome_pack_taken:
            text += "\n\n" + self.tr("The secretariat's welcome pack is in: you can export bundles for them.")
        elif info.role == ROLE_DELEGATE:
            text += "\n\n" + self.tr(
                "When the secretariat's welcome pack arrives, import it from the Outbox; it brings the "
                "secretariat's key, so that what you export can only be read by them."
            )
        self.summary.setText(text)


class SetupWizard(QWizard):
    """Signals:
    profile_created(object): the profile (ProfileInfo) now exists on disk.
    """

    profile_created = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        *,
        keyring_backend: Any = None,
        keyring_available: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up KIN Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.data_dir = data_dir
        self.profile: Any = None
        self._keyring_backend = keyring_backend
        self._keyring_available = keyring_available
        self.role_page = _RolePage()
        self.profile_page = _ProfilePage(self.role_page)
        self.key_page = _KeyPage(self)
        self.pack_page = _WelcomePackPage(self)
        self.done_page = _DonePage(self)
        self.welcome_pack_taken = False
        for page in (self.role_page, self.profile_page, self.key_page, self.pack_page, self.done_page):
            self.addPage(page)
        self.resize(640, 480)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        if self.currentPage() is self.key_page and self.role_page.role() == ROLE_SECRETARIAT:
            return self.pageIds()[-1]  # the secretariat writes welcome packs; it takes none
        return super().nextId()

    def keyring_available(self) -> bool:
        if self._keyring_available is not None:
            return self._keyring_available()
        import keyring

        from kin_desktop.bundle.keys import backend_is_recommended

        backend = self._keyring_backend if self._keyring_backend is not None else keyring.get_keyring()
        return backend_is_recommended(backend)

    def create_profile(self, passphrase: str | None) -> None:
        if self.profile is not None:
            return  # the user came back with Back: the profile exists already
        from kin_desktop.services import profiles

        secret = passphrase or ""

        def ask_passphrase() -> str:
            return secret

        page = self.profile_page
        if self.role_page.role() == ROLE_SECRETARIAT:
            self.profile = profiles.init_secretariat(
                self.data_dir,
                name=page.name.text(),
                organisation=page.organisation.text(),
                passphrase=ask_passphrase,
                keyring_backend=self._keyring_backend,
            )
        else:
            self.profile = profiles.init_delegate(
                self.data_dir,
                name=page.name.text(),
                city=page.city.text(),
                city_latin=page.city_latin_given(),
                country=page.country_code(),
                category=str(page.category.currentData()),
                organisation=page.organisation.text(),
                email=page.email.text(),
                passphrase=ask_passphrase,
                keyring_backend=self._keyring_backend,
            )
        self.profile_created.emit(self.profile)

    @classmethod
    def ask(cls, parent: QWidget | None, data_dir: Path) -> Any:
        """Run the wizard; the new profile, or None when the user closed it before creating one."""
        wizard = cls(data_dir, parent=parent)
        wizard.exec()
        return wizard.profile
