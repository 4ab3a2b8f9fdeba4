"""Text from someone else is shown as text, never as markup.

Qt guesses: a ``QLabel``, a ``QMessageBox`` or a tooltip whose text *looks* like HTML
(``Qt.mightBeRichText``) is rendered as rich text. A delegate's practice titled
``<h1>REGISTERED</h1>``, a key named ``<img src="/etc/passwd">`` or an image 24,000 pixels wide
would then draw a fake heading, read a file from the secretariat's disk or take gigabytes. Every
place that shows text it did not write goes through this module:

- :func:`plain_labels` gives every label of a page or dialog that would guess (``AutoText``) the
  plain format; labels that mean to show markup say ``RichText`` and escape what they insert;
- :func:`tooltip` makes any text safe as a tooltip (tooltips have no format setting of their own);
- :func:`message_box` makes a message box that shows its texts as plain text.

Item views (tables, lists, combo boxes) draw their display text as plain text already.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

__all__ = ["message_box", "plain_labels", "tooltip"]


def plain_labels(root: QWidget) -> None:
    """Every label under ``root`` (and ``root`` itself) that would guess its format shows plain text.

    Call it once a page or dialog is built, and again after it adds labels."""
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def tooltip(text: str) -> str:
    """``text`` as a tooltip shows it: itself when it cannot be taken for markup, else escaped (with
    its line breaks kept)."""
    if "<" not in text and "&" not in text:
        return text
    return "<p style='white-space:pre-wrap'>" + escape(text, quote=False) + "</p>"


def message_box(parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text and informative text are plain text, whatever they hold."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
