"""Import is a union: any order, any repetition of the same bundles gives the same secretariat state.

A pool of genuine bundles is built once: two delegates (one laptop each) export several times,
with edits, a deletion and new records in between, and take receipts part of the way, so later
bundles carry only what was not yet acknowledged (children arrive without their parents when the
order is shuffled). For any sequence of pool indices (repeats allowed, any order), importing it into
a fresh secretariat must give the state that importing each of those bundles once, in export order,
gives.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kin_desktop.core.clock import HybridClock
from kin_desktop.core.schemas import RecordType
from kin_desktop.storage import repository
from tests.helpers.bundles import (
    Party,
    RecordsState,
    enrol,
    export,
    import_files,
    make_delegate,
    make_secretariat,
    records_state,
    save,
    state_snapshot,
    welcome_pack,
    write_receipts,
)


def _practice(title: str, summary: str = "") -> dict[str, object]:
    return {"title": title, "summary": summary, "sectors": ["solid_waste"], "state": "draft"}


def _commitment(title: str, description: str = "") -> dict[str, object]:
    return {"title": title, "description": description, "project_type": "demonstration"}


def _delete(party: Party, record_id: str) -> None:
    with party.open() as workspace, workspace.session() as session:
        profile = repository.get_profile(session=session)
        assert profile is not None and profile.key_id is not None
        clock = HybridClock(profile.device_id, last=profile.hlc_last)
        repository.delete_record(record_id, session=session, author=profile.key_id, clock=clock)


def _take_receipts(secretariat: Party, delegates: list[Party], out: Path) -> None:
    receipts = write_receipts(secretariat, out)
    for delegate in delegates:
        outcomes = import_files(delegate, receipts)
        assert {o.status for o in outcomes} <= {"merged", "rejected"}  # the other delegate's: not_for_us
        assert [o.status for o in outcomes].count("merged") == 1, outcomes


@dataclass(frozen=True)
class Pool:
    template: Path  # a secretariat with both delegates enrolled (their first bundles merged)
    bundles: tuple[bytes, ...]
    names: tuple[str, ...]


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Pool:
    root = tmp_path_factory.mktemp("pool")
    secretariat = make_secretariat(root / "secretariat")
    pack = welcome_pack(secretariat, root / "welcome.kinw")
    a = make_delegate(root / "a", welcome_pack=pack, secretariat=secretariat)
    b = make_delegate(
        root / "b", city="Busan", country="KR", name="김민정", welcome_pack=pack, secretariat=secretariat
    )
    out = root / "out"
    # Enrolment: each delegate's first bundle is held, then approved and merged, in the template.
    for delegate, name in ((a, "a0"), (b, "b0")):
        save(delegate, RecordType.PRACTICE, _practice(f"Enrolment of {delegate.city}"))
        assert [o.status for o in enrol(secretariat, export(delegate, out / name))] == ["merged"]
    template = root / "template"
    shutil.copytree(secretariat.data_dir, template)

    bundles: list[tuple[str, Path]] = []
    p1 = save(a, RecordType.PRACTICE, _practice("Waste bank in Lê Chân")).record_id
    p2 = save(a, RecordType.PRACTICE, _practice("Bus rapid transit study")).record_id
    c1 = save(a, RecordType.COMMITMENT, _commitment("Halve landfilled organic waste by 2010")).record_id
    bundles.append(("a1", export(a, out / "a1")))
    q1 = save(b, RecordType.PRACTICE, _practice("재활용 센터 (recycling centre) in Haeundae")).record_id
    bundles.append(("b1", export(b, out / "b1")))
    for _name, path in bundles:
        import_files(secretariat, [path])
    _take_receipts(secretariat, [a, b], root / "receipts-1")

    save(a, RecordType.PRACTICE, _practice("Waste bank in Lê Chân", "Two wards."), p1)
    _delete(a, p2)
    bundles.append(("a2", export(a, out / "a2")))
    save(b, RecordType.PRACTICE, _practice("재활용 센터 (recycling centre) in Haeundae", "First edit."), q1)
    save(b, RecordType.PRACTICE, _practice("재활용 센터 (recycling centre) in Haeundae", "Second edit."), q1)
    bundles.append(("b2", export(b, out / "b2")))
    save(a, RecordType.PRACTICE, _practice("Waste bank in Lê Chân", "Three wards."), p1)
    p3 = save(a, RecordType.PRACTICE, _practice("Rain-water harvesting in schools")).record_id
    save(a, RecordType.COMMITMENT, _commitment("Halve landfilled organic waste by 2010", "With targets."), c1)
    bundles.append(("a3", export(a, out / "a3")))
    import_files(secretariat, [out / "a2"])
    _take_receipts(secretariat, [a], root / "receipts-2")  # acknowledges a2's revisions, not a3's

    save(a, RecordType.PRACTICE, _practice("Rain-water harvesting in schools", "Twelve schools."), p3)
    bundles.append(("a4", export(a, out / "a4")))
    save(b, RecordType.COMMITMENT, _commitment("Recycling rate of 60% by 2010"))
    _delete(b, q1)
    bundles.append(("b3", export(b, out / "b3")))
    return Pool(
        template=template,
        bundles=tuple(path.read_bytes() for _name, path in bundles),
        names=tuple(name for name, _path in bundles),
    )


@dataclass(frozen=True)
class Result:
    records: RecordsState
    tables: dict[str, list[tuple[object, ...]]]
    statuses: tuple[str, ...]


def _import(pool: Pool, indices: list[int]) -> Result:
    with tempfile.TemporaryDirectory(prefix="kin-prop-") as scratch:
        root = Path(scratch)
        secretariat = Party(root / "secretariat", "", "secretariat")
        shutil.copytree(pool.template, secretariat.data_dir)
        incoming = root / "incoming"
        incoming.mkdir()
        files = []
        for position, index in enumerate(indices):
            path = incoming / f"{position:03d}-{pool.names[index]}.kinb"
            path.write_bytes(pool.bundles[index])
            files.append(path)
        outcomes = import_files(secretariat, files)
        return Result(
            records=records_state(secretariat.database),
            tables=state_snapshot(secretariat.database, volatile=False),
            statuses=tuple(o.status for o in outcomes),
        )


_references: dict[frozenset[int], Result] = {}


def _reference(pool: Pool, indices: frozenset[int]) -> Result:
    if indices not in _references:
        _references[indices] = _import(pool, sorted(indices))
    return _references[indices]


@pytest.fixture(scope="module")
def bundle_count(pool: Pool) -> Iterator[int]:
    _references.clear()
    yield len(pool.bundles)
    _references.clear()


def test_pool_exercises_the_merge(pool: Pool, bundle_count: int) -> None:
    """The pool is what the property needs: every bundle merges something when taken in order."""
    everything = _reference(pool, frozenset(range(bundle_count)))
    assert everything.statuses == ("merged",) * bundle_count
    conflicted = [r for r, (_head, conflict, _heads) in everything.records.records.items() if conflict]
    assert not conflicted, "one device per delegate: no conflicts expected"
    # Out of order, some bundles bring children whose parents have not arrived yet.
    backwards = _import(pool, list(reversed(range(bundle_count))))
    assert backwards.records == everything.records
    assert backwards.tables == everything.tables


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_and_repetition_gives_the_same_state(
    pool: Pool, bundle_count: int, data: st.DataObject
) -> None:
    indices = data.draw(
        st.lists(st.integers(min_value=0, max_value=bundle_count - 1), min_size=1, max_size=12),
        label="indices",
    )
    result = _import(pool, indices)
    reference = _reference(pool, frozenset(indices))
    assert result.records == reference.records
    assert result.tables == reference.tables
    assert set(result.statuses) <= {"merged", "duplicate"}, result.statuses


def test_progress_report_arriving_before_its_commitment(tmp_path: Path) -> None:
    """Order independence where one record points at another: a progress report sent after the
    receipt acknowledged its commitment travels without the commitment. Whichever bundle the
    secretariat opens first, the end state must be the same."""
    secretariat = make_secretariat(tmp_path / "secretariat")
    pack = welcome_pack(secretariat, tmp_path / "welcome.kinw")
    a = make_delegate(tmp_path / "a", welcome_pack=pack, secretariat=secretariat)
    save(a, RecordType.PRACTICE, _practice("Enrolment A"))
    assert [o.status for o in enrol(secretariat, export(a, tmp_path / "a0"))] == ["merged"]
    template = tmp_path / "template"
    shutil.copytree(secretariat.data_dir, template)
    commitment = save(a, RecordType.COMMITMENT, _commitment("Halve landfilled organic waste by 2010"))
    first = export(a, tmp_path / "a1")
    import_files(secretariat, [first])
    _take_receipts(secretariat, [a], tmp_path / "receipts")
    report = {"commitment_id": commitment.record_id, "reported_on": "2008-12-31", "status": "on_track"}
    save(a, RecordType.PROGRESS_REPORT, report)
    second = export(a, tmp_path / "a2")
    pool = Pool(template=template, bundles=(first.read_bytes(), second.read_bytes()), names=("a1", "a2"))

    in_order = _import(pool, [0, 1])
    assert in_order.statuses == ("merged", "merged")
    reversed_order = _import(pool, [1, 0])
    assert reversed_order.records == in_order.records, reversed_order.statuses
    assert reversed_order.tables == in_order.tables
