"""Asking for the key-file passphrase on the GUI thread, before work that needs a private key.

Where the OS keyring holds the keys nothing is asked. Otherwise the passphrase is asked once and kept
for the session in the open workspace. This is the one place the GUI asks for it (exports and sending
on the delegate's side; imports, approvals, receipts and welcome packs on the secretariat's): the
prompt checks the passphrase against the key file before it closes, so a wrong one is said in the
prompt itself and the user types again, or cancels and nothing is done. A passphrase that fails later
all the same (the key file changed meanwhile) is forgotten, so the next attempt asks again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphraseDialog(QDialog):
    """The passphrase prompt. ``check(passphrase)`` says whether it opens the key file; a wrong one
    keeps the prompt open with a word of why, for another try."""

    def __init__(self, parent: QWidget | None = None, check: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "Unlock your key"))
        self._check = check
        self.passphrase: str | None = None
        self.attempts = 0
        explain = QLabel(
            QCoreApplication.translate(
                "PassphraseDialog",
                "This computer has no system keyring, so your key is kept in a file locked with a "
                "passphrase. Enter it to sign or open bundles:",
            )
        )
        explain.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(explain.text().rstrip(":"))
        explain.setBuddy(self.edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("passphraseError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(self._on_edit_textChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    @Slot(str)
    def _on_edit_textChanged(self, text: str) -> None:  # noqa: N802 - named after the signal
        self.ok_button.setEnabled(bool(text))

    def accept(self) -> None:
        text = self.edit.text()
        if not text:
            return
        self.attempts += 1
        if self._check is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivation takes a moment
            try:
                right = self._check(text)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if not right:
                from kin_desktop.core.errors import PassphraseError
                from kin_desktop.ui.errors import describe

                self.error_label.setText(describe(PassphraseError("wrong passphrase")))
                self.error_label.show()
                self.edit.selectAll()
                self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.passphrase = text
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, check: Callable[[str], bool] | None = None) -> str | None:
        """The passphrase, once ``check`` accepts it; None when the user cancels."""
        dialog = cls(parent, check)
        try:
            return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def passphrase_opens(data_dir: Any, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the profile's key file. A missing or damaged file says so later,
    in the work that needs it: only a wrong passphrase is refused here."""
    from kin_desktop.bundle.keys import SECRET_FILE, open_key_file
    from kin_desktop.core.errors import KeyStoreError, PassphraseError

    try:
        open_key_file((data_dir / SECRET_FILE).read_bytes(), passphrase)
    except PassphraseError:
        return False
    except (OSError, KeyStoreError):
        return True
    return True


def ensure_unlocked(parent: QWidget | None, workspace: Any) -> bool:
    """True when work needing the private key may start (asking for the passphrase until it is right,
    if it is needed); False when the user cancelled the prompt: then nothing must be done."""
    from kin_desktop.bundle.keys import KeyStore

    if workspace.passphrase is not None or KeyStore(workspace.data_dir).uses_keyring:
        return True
    data_dir = workspace.data_dir
    secret = PassphraseDialog.ask(parent, lambda text: passphrase_opens(data_dir, text))
    if secret is None:
        return False
    workspace.passphrase = lambda: secret
    return True


def forget_if_wrong(workspace: Any, error: BaseException) -> None:
    """After a failed task: a wrong passphrase must not be reused."""
    from kin_desktop.core.errors import PassphraseError

    if isinstance(error, PassphraseError):
        workspace.passphrase = None
