"""Colours that follow the palette: error, warning and "done" text, and the "differs" highlight.

A fixed colour (``#b00020``) reads well on white and poorly on a dark theme. Each colour here
starts from a hue chosen for light or for dark backgrounds (whichever the palette has), and is
then moved towards the palette's text colour until it reaches the WCAG AA contrast for text
(4.5:1) against both backgrounds text sits on, ``Window`` and ``Base``. So a high-contrast or
odd system palette still gets readable text. Colour is never the only cue (the words say it too).

Colours are computed when a widget is coloured; ``set_text_color`` gives the label its own
palette, so a widget built before the system theme changes keeps the colours of the old one
until it is built again.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

AA_TEXT = 4.5


class Tone(Enum):
    """The meaning of a coloured text. Values: (hue on light backgrounds, hue on dark ones)."""

    ERROR = ("#b3261e", "#f2b8b5")
    WARNING = ("#9a4f00", "#ffb870")
    OK = ("#1e7b34", "#8fd6a0")


# Behind text that differs (the two sides of a conflict): amber, light or deep.
_DIFFERS_BACKGROUND = ("#ffecb3", "#5a4400")


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black, 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    rgb = color.toRgb()
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (same) to 21 (black on white)."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def backgrounds(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """The two backgrounds text is drawn on: windows (labels) and bases (fields, lists, the form)."""
    palette = _palette(palette)
    return palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)


def is_dark(palette: QPalette | None = None) -> bool:
    """Light text on a dark window."""
    palette = _palette(palette)
    window = relative_luminance(palette.color(QPalette.ColorRole.Window))
    return window < relative_luminance(palette.color(QPalette.ColorRole.WindowText))


def _mix(start: QColor, end: QColor, share: float) -> QColor:
    a, b = start.toRgb(), end.toRgb()
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share,
        a.greenF() + (b.greenF() - a.greenF()) * share,
        a.blueF() + (b.blueF() - a.blueF()) * share,
    )


def _worst_contrast(color: QColor, against: tuple[QColor, ...]) -> float:
    return min(contrast_ratio(color, background) for background in against)


def readable(color: QColor, against: tuple[QColor, ...], ratio: float = AA_TEXT) -> QColor:
    """``color``, or the nearest mix of it towards black or white that reaches ``ratio`` against
    every colour of ``against`` (the best one reachable when none does)."""
    if _worst_contrast(color, against) >= ratio:
        return QColor(color)
    best = QColor(color)
    for end in (QColor("black"), QColor("white")):
        for step in range(1, 21):
            candidate = _mix(color, end, step / 20)
            if _worst_contrast(candidate, against) >= ratio:
                return candidate
            if _worst_contrast(candidate, against) > _worst_contrast(best, against):
                best = candidate
    return best


def tone_color(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The text colour of ``tone`` for this palette (the application's by default)."""
    palette = _palette(palette)
    light, dark = tone.value
    return readable(QColor(dark if is_dark(palette) else light), backgrounds(palette))


def error_color(palette: QPalette | None = None) -> QColor:
    return tone_color(Tone.ERROR, palette)


def warning_color(palette: QPalette | None = None) -> QColor:
    return tone_color(Tone.WARNING, palette)


def ok_color(palette: QPalette | None = None) -> QColor:
    return tone_color(Tone.OK, palette)


def muted_color(palette: QPalette | None = None) -> QColor:
    """Secondary text (hints, "no date given"): between the background and the text colour,
    yet still at AA contrast."""
    palette = _palette(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return readable(_mix(window, text, 0.68), backgrounds(palette))


def differs_background(palette: QPalette | None = None) -> QColor:
    """A highlight behind rows that differ; the palette's ``Text`` colour stays readable on it."""
    palette = _palette(palette)
    light, dark = _DIFFERS_BACKGROUND
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = QColor(dark if is_dark(palette) else light)
    for step in range(0, 21):
        candidate = _mix(highlight, base, step / 20)
        if contrast_ratio(text, candidate) >= AA_TEXT:
            return candidate
    return QColor(base)


def set_text_color(widget: QWidget, color: QColor) -> None:
    """Colour a widget's text, whether it sits on a window or (inside a form) on a base background."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    palette.setColor(QPalette.ColorRole.Text, color)
    widget.setPalette(palette)


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Colour a label's text by meaning (None: the palette's ordinary text colour)."""
    if tone is None:
        widget.setPalette(QPalette())  # nothing set of its own: inherits the parent's again
        return
    set_text_color(widget, tone_color(tone, widget.palette()))


def framed_style(object_name: str, tone: Tone, palette: QPalette | None = None, *, padding: int = 0) -> str:
    """A style sheet for a message label: text and a thin border in the tone's colour."""
    color = tone_color(tone, palette).name()
    return (
        f"QLabel#{object_name} {{ border: 1px solid {color}; border-radius: 4px; color: {color};"
        f" padding: {padding}px; }}"
    )
