"""Help in the application: F1 and the Help menu open the role's guide, shipped with the application
(``resources/help``) and shown in a ``QTextBrowser``; the About box gives the version and the licences
of what is bundled."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kin_desktop import __version__, paths

# What the application bundles, and under which licence (the frozen build ships these).
BUNDLED: tuple[tuple[str, str, str], ...] = (
    ("Python", "", "PSF License"),
    ("Qt for Python (PySide6)", "PySide6-Essentials", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("SQLModel", "sqlmodel", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("pydantic", "pydantic", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("cryptography", "cryptography", "Apache-2.0 or BSD-3-Clause"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("anyascii", "anyascii", "ISC"),
    ("Noto Sans, Noto Sans Thai, Noto Sans Symbols 2", "", "SIL Open Font License 1.1"),
    ("Nanum Gothic", "", "SIL Open Font License 1.1"),
    ("Droid Sans Fallback", "", "Apache-2.0"),
    ("IPAGothic", "", "IPA Font License 1.0"),
)


def guide_path(role: str) -> QUrl:
    name = "secretariat.html" if role == "secretariat" else "delegate.html"
    return QUrl.fromLocalFile(str(paths.help_dir() / name))


def _version(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class HelpDialog(QDialog):
    """The guide of a role, in a browser that follows the guide's own links (never the web)."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(
            self.tr("KIN Desktop — the secretariat's guide")
            if role == "secretariat"
            else self.tr("KIN Desktop — the delegate's guide")
        )
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Help"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(paths.help_dir())])
        self.browser.setSource(guide_path(role))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, role: str) -> None:
        dialog = cls(role, parent)
        dialog.exec()


class AboutDialog(QDialog):
    """The version, and the licences of what is bundled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About KIN Desktop"))
        heading = QLabel(
            "<h2>KIN Desktop</h2><p>"
            + self.tr("Version %1").replace("%1", __version__)
            + "</p><p>"
            + self.tr(
                "For the Kitakyushu Initiative Network: the cities' questionnaire, practices and "
                "commitments, and the secretariat's review and follow-up. Licensed under the MIT licence."
            )
            + "</p>"
        )
        heading.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setObjectName("licences")
        self.licences.setAccessibleName(self.tr("Licences of what is bundled"))
        rows = "".join(
            f"<tr><td>{name}</td><td>{_version(dist)}</td><td>{licence}</td></tr>"
            for name, dist, licence in BUNDLED
        )
        self.licences.setHtml(
            "<p>"
            + self.tr("KIN Desktop bundles the following software and fonts:")
            + "</p><table cellpadding='3'><tr><th align='left'>"
            + self.tr("Component")
            + "</th><th align='left'>"
            + self.tr("Version")
            + "</th><th align='left'>"
            + self.tr("Licence")
            + f"</th></tr>{rows}</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        cls(parent).exec()
