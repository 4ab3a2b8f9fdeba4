"""Lists sorted as the interface language sorts them (QCollator), not by code points.

By code points, "Đà Nẵng" comes after "Yangon" and "Huế" before "Hải Phòng"; the collator of
the language puts them where a reader looks for them, with case set aside and numbers in
number order ("Site 9" before "Site 10"). Python-sorted models take :func:`text_key` as their
key; Qt's sort proxies are made locale-aware with :func:`locale_aware`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, QSortFilterProxyModel, Qt

T = TypeVar("T")
_collators: dict[str, QCollator] = {}


def collator(locale: QLocale | None = None) -> QCollator:
    """The collator of ``locale`` (by default the interface language's): case aside, numbers
    compared as numbers."""
    locale = locale or QLocale()
    found = _collators.get(locale.name())
    if found is None:
        found = QCollator(locale)
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        found.setNumericMode(True)
        _collators[locale.name()] = found
    return found


def text_key(text: str | None) -> QCollatorSortKey:
    """A sort key of ``text`` in the interface language's order."""
    return collator().sortKey(text or "")


class TextsKey:
    """A sort key of several texts, compared one after the other (the collator's own keys are
    never equal to one another, so a tuple of them would not fall through to its next text)."""

    __slots__ = ("_keys",)

    def __init__(self, *texts: str | None) -> None:
        current = collator()
        self._keys = tuple(current.sortKey(text or "") for text in texts)

    def _compare(self, other: TextsKey) -> int:
        for mine, theirs in zip(self._keys, other._keys, strict=False):
            order = mine.compare(theirs)
            if order:
                return order
        return len(self._keys) - len(other._keys)

    def __lt__(self, other: TextsKey) -> bool:
        return self._compare(other) < 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TextsKey) and self._compare(other) == 0

    def __hash__(self) -> int:
        return len(self._keys)


def sorted_texts(items: Iterable[T], text: Callable[[T], str]) -> list[T]:
    """``items`` in the interface language's order of ``text(item)``."""
    current = collator()
    return sorted(items, key=lambda item: current.sortKey(text(item)))


def locale_aware(proxy: QSortFilterProxyModel) -> QSortFilterProxyModel:
    """Make a Qt sort proxy compare texts as the interface language does."""
    proxy.setSortLocaleAware(True)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def none_last(key: Any) -> tuple[bool, Any]:
    """Empty values after the others, whatever the order."""
    return (key is None or key == "", key if key is not None else "")
