"""One change signal for every page: what changed, and who changed it.

Anki's ``operation_did_execute(changes, handler)`` and its browser's ``mark_cache_stale``: a page that
changes the profile says so once (``ChangeHub.announce``); every page that shows what changed either
reloads at once (it is on screen) or marks itself stale and reloads the next time it is shown. So no
page ever shows rows from before an import, an approval, a review, a receipt or an edit, and no page
reloads while nobody looks at it. The page that made the change is the ``initiator``: it updated
itself already and is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Changes:
    """What changed in the profile. ``record_ids``: the records concerned, when known."""

    records: bool = False  # practices, commitments, responses, progress reports (edited or imported)
    reviews: bool = False  # review states and comments
    keys: bool = False  # delegates' keys (enrolment)
    imports: bool = False  # the import log
    receipts: bool = False  # receipts written or taken, bundles exported
    printed: bool = False  # forms printed, signed forms checked
    record_ids: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            records=self.records or other.records,
            reviews=self.reviews or other.reviews,
            keys=self.keys or other.keys,
            imports=self.imports or other.imports,
            receipts=self.receipts or other.receipts,
            printed=self.printed or other.printed,
            record_ids=self.record_ids | other.record_ids,
        )

    def any(self) -> bool:
        return self.records or self.reviews or self.keys or self.imports or self.receipts or self.printed


EVERYTHING = Changes(records=True, reviews=True, keys=True, imports=True, receipts=True, printed=True)


class ChangeHub(QObject):
    """The window's one change signal.

    Signals:
        changed(object, object): ``Changes`` and the initiator (the page that made them, or None).
    """

    changed = Signal(object, object)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        if changes.any():
            self.changed.emit(changes, initiator)


class StaleWatch(QObject):
    """Keeps one page current: reloads it on a change it shows when it is visible, else marks it stale
    and reloads it when it is next shown.

    ``wants(changes)`` says whether the page shows what changed; ``reload()`` reloads it.
    """

    def __init__(
        self,
        hub: ChangeHub,
        page: QWidget,
        reload: Callable[[], Any],
        wants: Callable[[Changes], bool],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._reload = reload
        self._wants = wants
        self.stale = False
        self.reloads = 0
        hub.changed.connect(self._on_hub_changed)
        page.installEventFilter(self)

    @Slot(object, object)
    def _on_hub_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self._page or not self._wants(changes):
            return
        if self._page.isVisible():
            self._do_reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self._do_reload()
        return False

    def _do_reload(self) -> None:
        self.stale = False
        self.reloads += 1
        self._reload()


def watch(
    hub: ChangeHub, page: QWidget, reload: Callable[[], Any], wants: Callable[[Changes], bool]
) -> StaleWatch:
    """Keep ``page`` current with ``hub`` (see :class:`StaleWatch`)."""
    return StaleWatch(hub, page, reload, wants)
