"""The secretariat's Inbox through the real widget: folders, a tampered file, cancel, log search, drops,
a watched folder. Profiles and bundles are built in-process (tests/helpers/bundles.py) once per module."""

from __future__ import annotations

import shutil
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from kin_desktop.core.schemas import RecordType
from kin_desktop.services import exchange, profiles
from kin_desktop.ui.secretariat import InboxPage
from kin_desktop.ui.secretariat.inbox import MaskProxy
from tests.helpers import bundles as b


@dataclass(frozen=True)
class Network:
    """A secretariat with two enrolled delegates (Hai Phong, Surabaya) and bundles waiting to be imported.

    ``waiting``: a2, b2, a3 (new edits from the enrolled delegates). ``newcomer``: bundles 1 and 3 of a
    delegate from Chiang Mai not enrolled yet (bundle 2 never reached the secretariat). ``twins``: Hai
    Phong's two laptops changed the same commitment (``contested``) differently: importing both makes a
    conflict. ``delegates``: the two enrolled delegates' profiles (copy them before writing).
    """

    secretariat: b.Party
    waiting: tuple[Path, ...]
    newcomer: tuple[Path, ...]
    newcomer_key: str
    twins: tuple[Path, ...]
    contested: str
    delegates: tuple[b.Party, ...]


def _edit_and_export(party: b.Party, out: Path, note: str) -> Path:
    practice = b.record_ids(party, RecordType.PRACTICE)[0]
    body = b.current_body(party, practice)
    b.edit(party, practice, RecordType.PRACTICE, summary=f"{body.get('summary', '')} {note}".strip())
    return b.export(party, out)


def build_network(root: Path) -> Network:
    secretariat = b.make_secretariat(root / "secretariat")
    pack = b.welcome_pack(secretariat, root / "welcome.kinw")
    out = root / "out"
    waiting: list[Path] = []
    parties = []
    for index, (city, country, name) in enumerate(
        (("Hai Phong", "VN", "Nguyễn Thị Lan"), ("Surabaya", "ID", "Siti Rahayu")), start=1
    ):
        party = b.make_delegate(
            root / f"d{index}",
            city=city,
            country=country,
            name=name,
            welcome_pack=pack,
            secretariat=secretariat,
        )
        b.fill_demo(party, seed=index, practices=2, commitments=2)
        b.enrol(secretariat, b.export(party, out / f"enrol-{index}"))
        parties.append(party)
    waiting.append(_edit_and_export(parties[0], out / "a2", "(second)"))
    waiting.append(_edit_and_export(parties[1], out / "b2", "(second)"))
    waiting.append(_edit_and_export(parties[0], out / "a3", "(third)"))
    newcomer = b.make_delegate(
        root / "d3",
        city="Chiang Mai",
        country="TH",
        name="Somchai Boonmee",
        welcome_pack=pack,
        secretariat=secretariat,
    )
    b.fill_demo(newcomer, seed=3, practices=1, commitments=1)
    c1 = b.export(newcomer, out / "c1")
    _edit_and_export(newcomer, out / "c2", "(lost)")
    c3 = _edit_and_export(newcomer, out / "c3", "(third)")
    twins, contested = _twins(parties[0], root / "d1-laptop-2", out)
    return Network(secretariat, tuple(waiting), (c1, c3), newcomer.key_id, twins, contested, tuple(parties))


def _twins(party: b.Party, laptop_dir: Path, out: Path) -> tuple[tuple[Path, Path], str]:
    """A second laptop of the delegation (same key, its own device id); both edit one commitment."""
    from kin_desktop.storage import db
    from kin_desktop.storage import models as m

    laptop = b.Party(laptop_dir, party.key_id, party.role, party.city)
    shutil.copytree(party.data_dir, laptop_dir)
    with laptop.open() as workspace, db.session_scope(workspace.engine) as session:
        row = session.get(m.Profile, 1)
        assert row is not None
        row.device_id = uuid.uuid4().hex
        session.add(row)
    contested = b.record_ids(party, RecordType.COMMITMENT)[0]
    b.edit(party, contested, RecordType.COMMITMENT, budget_amount="250000", funding_source="City budget")
    b.edit(laptop, contested, RecordType.COMMITMENT, budget_amount="400000", funding_source="National grant")
    return (b.export(party, out / "twin-1"), b.export(laptop, out / "twin-2")), contested


def make_template(tmp_path_factory: pytest.TempPathFactory) -> Network:
    """Built once per test module (module-scoped fixtures here and in the other secretariat tests)."""
    import keyring

    from tests.helpers.fakes import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        return build_network(tmp_path_factory.mktemp("network"))
    finally:
        keyring.set_keyring(previous)


def fresh_copy(tmp_path: Path, template: Network) -> Network:
    """A fresh copy of the secretariat for one test; the bundle files are shared and never written."""
    from dataclasses import replace

    return replace(template, secretariat=template.secretariat.copy_to(tmp_path / "secretariat"))


@pytest.fixture(scope="module")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> Network:
    return make_template(tmp_path_factory)


@pytest.fixture
def network(tmp_path: Path, network_template: Network) -> Network:
    return fresh_copy(tmp_path, network_template)


@pytest.fixture
def workspace(network: Network) -> Iterator[profiles.Workspace]:
    with network.secretariat.open() as opened:
        yield opened


def make_page(qtbot: QtBot, workspace: profiles.Workspace) -> InboxPage:
    page = InboxPage(workspace)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.log_count.text() != "", timeout=10_000)
    return page


def _folder(tmp_path: Path, files: tuple[Path, ...], *, tamper: bool = True) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    for path in files:
        shutil.copy(path, folder / path.name)
    if tamper:
        data = bytearray(files[0].read_bytes())
        data[len(data) // 2] ^= 0x01  # one bit, in the encrypted payload
        (folder / "KIN-tampered.kinb").write_bytes(bytes(data))
    return folder


def _import(qtbot: QtBot, page: InboxPage, paths: list[Path]) -> list[Any]:
    with qtbot.waitSignal(page.imports_finished, timeout=60_000) as done:
        page.import_paths(paths)
    outcomes: list[Any] = done.args[0]
    return outcomes


def test_a_folder_with_a_tampered_file_merges_the_rest_and_says_why_the_bad_one_was_refused(
    qtbot: QtBot, tmp_path: Path, network: Network, workspace: profiles.Workspace
) -> None:
    page = make_page(qtbot, workspace)
    assert page.results_stack.currentWidget() is page.results_empty
    folder = _folder(tmp_path, network.waiting)

    outcomes = _import(qtbot, page, [folder])

    by_name = {o.path.name: o for o in outcomes}
    assert by_name["KIN-tampered.kinb"].status == "rejected"
    assert by_name["KIN-tampered.kinb"].reason == "decrypt_failed"
    assert sorted(o.status for name, o in by_name.items() if name != "KIN-tampered.kinb") == ["merged"] * 3
    # The refused file comes first, in words an officer can act on.
    model = page.results_model
    assert page.results_stack.currentWidget() is page.results_view
    assert model.rowCount() == 4
    assert model.data(model.index(0, 1)) == "KIN-tampered.kinb"
    assert model.data(model.index(0, 2)) == "Rejected"
    assert "altered" in model.data(model.index(0, 4))
    assert "3 file(s) merged" in page.status_label.text() and "1 refused" in page.status_label.text()
    assert not page.progress.isVisible() and not page.busy()
    qtbot.waitUntil(lambda: len(page.visible_log_rows()) >= 4 + 3, timeout=10_000)  # with the enrolments
    # every import table has a city column: the merged files say whose they are once the log is read
    cities = {model.data(model.index(row, 1)): model.data(model.index(row, 0)) for row in range(4)}
    assert all(city for name, city in cities.items() if name != "KIN-tampered.kinb"), cities


def test_cancel_stops_between_files(
    qtbot: QtBot,
    tmp_path: Path,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, workspace)
    page.show()
    folder = _folder(tmp_path, network.waiting, tamper=False)
    release = threading.Event()
    real = exchange.import_paths

    def held_after_first_file(ws: Any, paths: Any, *, progress: Any, cancelled: Any) -> Any:
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                release.wait(30)  # the officer presses Cancel while the first file is done

        return real(ws, paths, progress=report, cancelled=cancelled)

    monkeypatch.setattr(exchange, "import_paths", held_after_first_file)
    with qtbot.waitSignal(page.imports_finished, timeout=60_000) as done:
        task = page.import_paths([folder])
        qtbot.waitUntil(lambda: page.progress.value() == 1, timeout=30_000)
        assert page.progress.maximum() == 3 and page.cancel_button.isVisible()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        assert not page.cancel_button.isEnabled()
        release.set()
    assert [o.status for o in done.args[0]] == ["merged"]
    assert page.status_label.text().startswith("Stopped.")
    qtbot.waitUntil(lambda: not task.running)
    # Only the first file was taken: importing the folder again merges the other two.
    monkeypatch.setattr(exchange, "import_paths", real)
    again = _import(qtbot, page, [folder])
    assert sorted(o.status for o in again) == ["duplicate", "merged", "merged"]


def test_the_import_log_is_searched_by_city_date_and_outcome(
    qtbot: QtBot, tmp_path: Path, network: Network, workspace: profiles.Workspace
) -> None:
    page = make_page(qtbot, workspace)
    _import(qtbot, page, [_folder(tmp_path, network.waiting)])
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 2 + 4 + 2, timeout=10_000)  # held+approved, 4 now
    total = page.log_model.rowCount()

    page.log_search.setText("surabaya")
    rows = page.visible_log_rows()
    assert rows and {r.city for r in rows} == {"Surabaya"}
    assert page.log_count.text() == f"{len(rows)} of {total} entries"

    page.log_search.setText(date.today().isoformat())
    assert len(page.visible_log_rows()) == total

    page.log_search.clear()
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("rejected"))
    (rejected,) = page.visible_log_rows()
    assert rejected.name == "KIN-tampered.kinb" and rejected.reason == "decrypt_failed"

    page.log_search.setText("hai phong")
    assert page.visible_log_rows() == []
    assert page.log_stack.currentWidget() is page.log_empty
    assert "No log entry matches" in page.log_empty.text()

    page.outcome_combo.setCurrentIndex(0)
    page.log_search.setText("Held for enrolment")
    assert {r.status for r in page.visible_log_rows()} == {"held"}


def test_a_folder_dropped_on_the_page_is_imported(
    qtbot: QtBot, tmp_path: Path, network: Network, workspace: profiles.Workspace
) -> None:
    page = make_page(qtbot, workspace)
    folder = _folder(tmp_path, network.waiting, tamper=False)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.imports_finished, timeout=60_000) as done:
        page.dropEvent(drop)
    assert drop.isAccepted()
    assert [o.status for o in done.args[0]] == ["merged"] * 3


def test_chosen_files_and_a_second_import_while_one_runs_wait_their_turn(
    qtbot: QtBot,
    tmp_path: Path,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, workspace)
    first, second, third = network.waiting
    monkeypatch.setattr(InboxPage, "choose_files", staticmethod(lambda parent: [first, second]))
    finished: list[list[Any]] = []
    page.imports_finished.connect(finished.append)
    page.files_button.click()
    queued = page.import_paths([third])
    assert queued is not None and "Waiting for the current import" in page.status_label.text()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=60_000)
    assert [[o.status for o in batch] for batch in finished] == [["merged", "merged"], ["merged"]]
    # The log is reloaded once the last import waiting has run: it names all three files.
    qtbot.waitUntil(
        lambda: {first.name, second.name, third.name} <= {r.name for r in page.visible_log_rows()}
    )
    assert not page.busy() and not page.progress.isVisible()


def test_a_watched_folder_imports_new_bundles_once_they_stop_growing_and_is_remembered(
    qtbot: QtBot,
    tmp_path: Path,
    network: Network,
    workspace: profiles.Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inbox = tmp_path / "mail"
    inbox.mkdir()
    monkeypatch.setattr(InboxPage, "choose_folder", staticmethod(lambda parent: inbox))
    page = make_page(qtbot, workspace)
    page.settle_ms = 400  # the partial file below is completed well within it
    page.watch_check.setChecked(True)
    assert page.watch_edit.text() == str(inbox)
    assert page.watcher.directories() == [str(inbox)]

    bundle = network.waiting[0]
    partial = inbox / bundle.name
    partial.write_bytes(bundle.read_bytes()[:100])  # a copy in progress: not complete yet
    qtbot.wait(20)
    with qtbot.waitSignal(page.imports_finished, timeout=30_000) as done:
        partial.write_bytes(bundle.read_bytes())
    assert [(o.path, o.status) for o in done.args[0]] == [(partial, "merged")]

    second = InboxPage(workspace)
    qtbot.addWidget(second)
    assert second.watch_check.isChecked() and second.watch_edit.text() == str(inbox)
    second.watch_check.setChecked(False)
    assert second.watcher.directories() == []
    third = InboxPage(workspace)
    qtbot.addWidget(third)
    assert not third.watch_check.isChecked()


def test_the_inbox_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, tmp_path: Path, network: Network, workspace: profiles.Workspace
) -> None:
    page = make_page(qtbot, workspace)
    _import(qtbot, page, [_folder(tmp_path, network.waiting)])
    qtbot.waitUntil(lambda: page.log_model.rowCount() > 4, timeout=10_000)
    qtmodeltester.check(page.results_model)
    qtmodeltester.check(page.log_model)
    page.log_search.setText("surabaya")
    qtmodeltester.check(page.log_proxy)
    assert isinstance(page.log_proxy, MaskProxy)
