"""Asking for the key-file passphrase on the GUI thread, before work that needs a private key.

Where the OS keyring holds the keys nothing is asked. Otherwise the passphrase is asked once
and kept for the session in the open workspace; a wrong one is forgotten so the next attempt
asks again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class PassphraseDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        text, accepted = QInputDialog.getText(
            parent,
            QCoreApplication.translate("PassphraseDialog", "Unlock your key"),
            QCoreApplication.translate(
                "PassphraseDialog",
                "This computer has no system keyring, so your key is kept in a file locked with a "
                "passphrase. Enter it to sign or open bundles:",
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if accepted and text else None


def ensure_unlocked(parent: QWidget | None, workspace: Any) -> bool:
    """True when work needing the private key may start (asking for the passphrase if needed)."""
    from kin_desktop.bundle.keys import KeyStore

    if workspace.passphrase is not None or KeyStore(workspace.data_dir).uses_keyring:
        return True
    secret = PassphraseDialog.ask(parent)
    if secret is None:
        return False
    workspace.passphrase = lambda: secret
    return True


def forget_if_wrong(workspace: Any, error: BaseException) -> None:
    """After a failed task: a wrong passphrase must not be reused."""
    from kin_desktop.core.errors import PassphraseError

    if isinstance(error, PassphraseError):
        workspace.passphrase = None
