"""The one place where errors from the layers below become words for a person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def describe(error: BaseException) -> str:
    """A sentence for a delegate or a secretariat officer, not a programmer."""
    from kin_desktop.core import errors

    if isinstance(error, errors.DatabaseTooNewError):
        return QCoreApplication.translate(
            "errors",
            "This profile was saved by a newer version of KIN Desktop. Install the newer version to open it; "
            "nothing has been changed.",
        )
    if isinstance(error, errors.DatabaseDamagedError):
        return QCoreApplication.translate(
            "errors",
            "The profile's database is damaged or is not a KIN Desktop database. Nothing has been changed.",
        )
    if isinstance(error, errors.ProfileMissingError):
        return QCoreApplication.translate("errors", "There is no profile here yet. Create one to start.")
    if isinstance(error, errors.PassphraseError):
        return QCoreApplication.translate("errors", "The passphrase is not right. Try again.")
    if isinstance(error, errors.KeyStoreError):
        return QCoreApplication.translate("errors", "The key store could not be opened: %1").replace(
            "%1", str(error)
        )
    if isinstance(error, errors.KinError):
        return str(error)
    return QCoreApplication.translate("errors", "Something went wrong: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )
