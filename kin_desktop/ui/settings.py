"""The Settings dialog: the interface language (each listed in its own name)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from kin_desktop.ui.language import LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(current), 0))
        label = QLabel(self.tr("Interface &language:"))
        label.setBuddy(self.language_combo)
        note = QLabel(
            self.tr(
                "The window changes language at once; what you have typed is kept, as everything is "
                "saved as it is typed. The questionnaire's own language can be chosen on its page."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, current: str) -> str | None:
        """The language chosen, or None when the dialog is cancelled."""
        dialog = cls(current, parent)
        try:
            return dialog.language() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
