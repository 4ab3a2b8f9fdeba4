"""A bundle filled to every bound, against a normal bundle of the same byte size (issue 10).

    python bench/hostile_scale.py            # three runs of each import, taking turns
    python bench/hostile_scale.py --quick    # one run of each, a smaller bundle

An enrolled delegate signs two bundles with its real key, encrypted to the real secretariat:

- *filled* (``--sets`` N sets, default 2: a delegate has one response per questionnaire): records at
  every bound of ``kin_desktop/core/limits.py`` and ``core/schemas.py``:
  responses answering ``MAX_ANSWERS`` questions with ``MAX_RESPONSE_TEXT`` characters, a repeat group
  of ``MAX_REPEAT_INSTANCES`` entries and an answer of ``MAX_CHOICES`` values (``MAX_ANSWER_CELLS``
  values in all); practices and commitments with every text field at its longest and every list at
  its bound (``MAX_PARTNERS``, ``MAX_LIST_ITEMS``); progress reports likewise; attachments;
- *normal*: ordinary records (demo-sized practices, commitments and questionnaire responses), as
  many as make the same number of bytes of ``revisions.json``.

Each is imported into a fresh copy of the same secretariat profile (``exchange.import_paths``), the
two taking turns; ``hostile_scale_ratio`` = median filled import time / median normal import time
(target: at most 3). Then, on the filled profile: listing responses (``ReviewService.cities``, which
evaluates every response, and one city's answers), opening Review (``ReviewPage`` offscreen until its
lists are loaded) and writing both reports (CSV and XLSX): each a figure in ms (target: under 2 s).
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from keyring.backends import fail  # noqa: E402

from kin_desktop.bundle import container  # noqa: E402
from kin_desktop.bundle.keys import KdfParams, KeyStore  # noqa: E402
from kin_desktop.core import canonical, limits  # noqa: E402
from kin_desktop.core.records import make_revision, to_json  # noqa: E402
from kin_desktop.core.schemas import RecordType, Sector  # noqa: E402
from kin_desktop.services import exchange, profiles  # noqa: E402
from kin_desktop.services.demo_content import build_demo  # noqa: E402

PASSPHRASE = "benchmark passphrase"
FAST_KDF = KdfParams(argon2_memory_kib=64, argon2_iterations=1, argon2_lanes=1, scrypt_log2_n=4, scrypt_r=1)
QUESTIONNAIRE = ("kin4-pre-meeting", "2007.1")


def _passphrase() -> str:
    return PASSPHRASE


def _keys(directory: Path, *, encryption: bool) -> None:
    store = KeyStore(directory, backend=fail.Keyring(), passphrase=_passphrase, kdf_params=FAST_KDF)
    store.create_signing_key()
    if encryption:
        store.create_encryption_key()


def _open(directory: Path) -> profiles.Workspace:
    return profiles.open_workspace(directory, passphrase=_passphrase)


_WORDS = ["".join(chr(ord("a") + (n * 7 + k * 13) % 26) for k in range(3 + n % 7)) for n in range(4_000)] + [
    "Hải",
    "Phòng",
    "海防",
    "ไฮฟอง",
    "廃棄物",
    "폐기물",
]


def _text(length: int, seed: int) -> str:
    """Text of ``length`` characters that compresses as real prose does (not a repeated phrase)."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < length:
        word = rng.choice(_WORDS)
        out.append(word)
        total += len(word) + 1
    return " ".join(out)[:length]


# -- the two bundles ---------------------------------------------------------------------------------


def _worst_value(question: Any, length: int, seed: int) -> Any:
    """The costliest answer within the bounds for a question of the shipped questionnaire."""
    kind = question.type.value
    if kind == "text":  # against the e-mail pattern, backtracking engines take the square of this
        return "a@" + "." * (length - 3) + " "
    if kind in ("long_text", "single_choice"):
        return _text(length, seed)
    if kind in ("multiple_choice", "ranking"):  # repeated and unknown values, as many as allowed
        values = [c.value for c in question.choices or ()]
        return [values[i % len(values)] if i % 3 else f"unknown-{i}" for i in range(limits.MAX_CHOICES)]
    if kind in ("integer", "rating"):
        return limits.MAX_INT
    if kind == "decimal":
        return "9" * length
    if kind == "date":
        return "9999-12-31"
    return True


def _chars(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    return sum(len(v) for v in value if isinstance(v, str)) if isinstance(value, list) else 0


def _filled_answers(seed: int) -> dict[str, Any]:
    """A response to the shipped questionnaire at every bound: each question answered at its costliest,
    each repeat group at MAX_REPEAT_INSTANCES entries, the rest of the MAX_ANSWERS keys and
    MAX_ANSWER_CELLS values in questions the definition does not know; MAX_RESPONSE_TEXT in all."""
    from kin_desktop.core.questionnaire import load_definition_file
    from kin_desktop.paths import questionnaires_dir

    definition = load_definition_file(questionnaires_dir() / "kin4-pre-meeting.json")
    answers: dict[str, Any] = {}
    cells = 0
    text = 0
    in_groups = {q.id for group in definition.repeats() for q in group.items}
    for question in definition.questions():
        if question.id in in_groups:
            continue
        value = _worst_value(question, 8_000, seed)
        answers[question.id] = value
        cells += len(value) if isinstance(value, list) else 1
        text += _chars(value)
    for group in definition.repeats():
        entries = []
        for entry in range(limits.MAX_REPEAT_INSTANCES):
            values = {q.id: _worst_value(q, 120, seed + entry) for q in group.items}
            values = {k: v[:5] if isinstance(v, list) else v for k, v in values.items()}
            cells += sum(len(v) if isinstance(v, list) else 1 for v in values.values())
            text += sum(_chars(v) for v in values.values())
            entries.append(values)
        answers[group.id] = entries
    spare_keys = limits.MAX_ANSWERS - len(answers)
    spare_cells = max(limits.MAX_ANSWER_CELLS - cells, 0)
    spare_text = max(limits.MAX_RESPONSE_TEXT - text - 1_000, 0)
    count = min(spare_keys, spare_cells)
    for key in range(count):
        answers[f"unknown_{key:04d}"] = _text(max(spare_text // max(count, 1) - 1, 1), seed + key)
    problem = limits.answers_problem(answers)
    assert problem is None, problem
    return answers


def _filled_bodies(count: int, commitment_id: str) -> list[tuple[RecordType, dict[str, Any]]]:
    long = limits.MAX_ANSWER_TEXT
    items = limits.MAX_LIST_ITEMS
    bodies: list[tuple[RecordType, dict[str, Any]]] = []
    for n in range(count):
        answers = _filled_answers(n)
        bodies.append(
            (
                RecordType.RESPONSE,
                {
                    "questionnaire_id": QUESTIONNAIRE[0],
                    "questionnaire_version": QUESTIONNAIRE[1],
                    "answers": answers,
                },
            )
        )
        bodies.append(
            (
                RecordType.PRACTICE,
                {
                    "title": _text(300, n),
                    "summary": _text(long, n + 1),
                    "sectors": [s.value for s in Sector],
                    "problem": _text(long, n + 2),
                    "approach": _text(long, n + 3),
                    "environmental_benefits": _text(long, n + 4),
                    "social_benefits": _text(long, n + 5),
                    "economic_benefits": _text(long, n + 6),
                    "partners": [_text(500, n + i) for i in range(limits.MAX_PARTNERS)],
                    "replicability": _text(long, n + 7),
                    "cost_amount": "999999999999999.999999",
                },
            )
        )
        bodies.append(
            (
                RecordType.COMMITMENT,
                {
                    "title": _text(300, n),
                    "objectives": _text(long, n + 1),
                    "description": _text(long, n + 2),
                    "targets": [
                        {
                            "description": _text(2000, n + i),
                            "indicator": _text(500, i),
                            "baseline": _text(500, i + 1),
                            "target": _text(500, i + 2),
                            "unit": _text(500, i + 3),
                            "due_year": 2010,
                        }
                        for i in range(items)
                    ],
                    "partners": [_text(500, n + i) for i in range(limits.MAX_PARTNERS)],
                    "milestones": [
                        {"date": "2009-12-31", "description": _text(2000, i)} for i in range(items)
                    ],
                    "budget_amount": "999999999999999.999999",
                    "experience_to_share": _text(long, n + 3),
                },
            )
        )
        bodies.append(
            (
                RecordType.PROGRESS_REPORT,
                {
                    "commitment_id": commitment_id,
                    "reported_on": "2009-06-30",
                    "status": "delayed",
                    "milestones_reached": [_text(500, i) for i in range(items)],
                    "indicators": [
                        {"indicator": _text(500, i), "value": _text(500, i + 1), "note": _text(500, i + 2)}
                        for i in range(items)
                    ],
                    "note": _text(long, n),
                },
            )
        )
    return bodies


def _normal_bodies(target_bytes: int, commitment_id: str) -> list[tuple[RecordType, dict[str, Any]]]:
    bodies: list[tuple[RecordType, dict[str, Any]]] = []
    size = 0
    seed = 1
    while size < target_bytes:
        demo = build_demo(seed, practices=3, commitments=2)
        batch: list[tuple[RecordType, dict[str, Any]]] = [
            (RecordType.PRACTICE, dict(p)) for p in demo.practices
        ] + [(RecordType.COMMITMENT, dict(c)) for c in demo.commitments]
        answers = {f"q{q:02d}": _text(80, seed + q) for q in range(60)}
        batch.append(
            (
                RecordType.RESPONSE,
                {
                    "questionnaire_id": QUESTIONNAIRE[0],
                    "questionnaire_version": QUESTIONNAIRE[1],
                    "answers": answers,
                },
            )
        )
        batch.append(
            (
                RecordType.PROGRESS_REPORT,
                {
                    "commitment_id": commitment_id,
                    "reported_on": "2008-06-30",
                    "status": "on_track",
                    "note": _text(400, seed),
                },
            )
        )
        for kind, body in batch:
            if size >= target_bytes:
                break
            bodies.append((kind, body))
            size += len(canonical.dumps(body)) + 400  # with the revision's own fields
        seed += 1
    return bodies


def _bundle(
    owner: Path,
    bodies: list[tuple[RecordType, dict[str, Any]]],
    blobs: list[bytes],
    sequence: int,
    secretariat: Path,
) -> tuple[bytes, int]:
    store = KeyStore(owner, backend=fail.Keyring(), passphrase=_passphrase)
    signer = store.signer()
    key = signer.key_id
    revisions = []
    hlc_base = int(time.time() * 1000)
    for number, (kind, body) in enumerate(bodies):
        hlc = f"{hlc_base:013d}.{number % 100_000:05d}.bench"
        revisions.append(to_json(make_revision(str(uuid.uuid4()), kind, key, [], key, hlc, body)))
    for number, blob in enumerate(blobs):
        body = {
            "record_id": str(uuid.uuid4()),
            "sha256": canonical.sha256_hex(blob),
            "filename": f"{number}.bin",
            "size": len(blob),
        }
        revisions.append(
            to_json(
                make_revision(
                    str(uuid.uuid4()),
                    RecordType.ATTACHMENT,
                    key,
                    [],
                    key,
                    f"{hlc_base:013d}.99999.bench",
                    body,
                )
            )
        )
    text = canonical.dumps(revisions)
    members = {"revisions.json": text, **{f"attachments/{canonical.sha256_hex(b)}": b for b in blobs}}
    header = {
        "device_id": "bench-device",
        "sequence": sequence,
        "previous_bundle": None,
        "builds_on_receipt": None,
        "schema_version": 1,
        "created": "2009-01-01T00:00:00Z",
        "app_version": "bench",
        "delegate": {
            "name": "Bench",
            "city": "Hai Phong",
            "city_latin": "Hai Phong",
            "country": "VN",
            "organisation": "",
            "category": "mayor",
            "email": "",
        },
    }
    identity = KeyStore(secretariat, backend=fail.Keyring(), passphrase=_passphrase).public_identity()
    return container.write_delegate_bundle(members, header, signer, identity), len(text)


# -- measuring ---------------------------------------------------------------------------------------


def _import(template: Path, bundle: Path, work: Path) -> tuple[float, Path, str]:
    target = work / f"sec-{uuid.uuid4().hex[:8]}"
    shutil.copytree(template, target)
    with _open(target) as workspace:
        started = time.perf_counter()
        outcomes = exchange.import_paths(workspace, [bundle])
        elapsed = time.perf_counter() - started
    return elapsed, target, outcomes[0].status


def _ms(action: Any) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _profile_figures(directory: Path, work: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from kin_desktop.services.report import write_report
    from kin_desktop.services.review import ReviewService

    app = QApplication.instance() or QApplication([])
    figures: dict[str, float] = {}
    with _open(directory) as workspace:
        review = ReviewService(workspace)
        cities: list[Any] = []
        figures["list_responses_ms"] = _ms(lambda: cities.extend(review.cities()))
        owner = next(c.owner for c in cities if getattr(c, "owner", None))
        figures["city_answers_ms"] = _ms(lambda: review.city_answers(owner))
        figures["csv_report_ms"] = _ms(lambda: write_report(workspace, "csv", work / "csv"))
        figures["xlsx_report_ms"] = _ms(lambda: write_report(workspace, "xlsx", work / "report.xlsx"))
        figures["open_review_ms"] = _open_review(app, workspace)
    return figures


def _open_review(app: Any, workspace: profiles.Workspace) -> float:
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    from kin_desktop.ui.secretariat.review import ReviewPage

    started = time.perf_counter()
    page = ReviewPage(workspace)
    page.resize(1100, 720)
    page.show()
    for tab in (page.practices, page.commitments):
        if tab.proxy.rowCount() == 0:
            loop = QEventLoop()
            tab.rows_loaded.connect(loop.quit)
            QTimer.singleShot(120_000, loop.quit)
            loop.exec()
    app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    QThreadPool.globalInstance().waitForDone(120_000)  # the page's other loads, before it goes
    app.processEvents()
    page.close()
    page.deleteLater()
    app.processEvents()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="one run of each import, a smaller bundle")
    parser.add_argument("--repeat", type=int, help="runs of each import, taking turns (default 3; --quick 1)")
    parser.add_argument(
        "--sets",
        type=int,
        help="records at the bounds: sets of one response, practice, commitment and report (default 2; --quick 1)",
    )
    args = parser.parse_args()
    repeat = args.repeat or (1 if args.quick else 3)
    filled_sets = args.sets or (1 if args.quick else 2)
    with tempfile.TemporaryDirectory(prefix="kin-hostile-") as temp:
        work = Path(temp)
        secretariat, delegate = work / "secretariat", work / "delegate"
        _keys(secretariat, encryption=True)
        profiles.init_secretariat(secretariat, name="KIN Secretariat", passphrase=_passphrase)
        _keys(delegate, encryption=False)
        profiles.init_delegate(
            delegate, name="Bench", city="Hai Phong", country="VN", category="mayor", passphrase=_passphrase
        )
        with _open(secretariat) as workspace:
            pack = exchange.make_welcome_pack(workspace, work / "welcome.kinw")
        with _open(delegate) as workspace:
            exchange.import_paths(
                workspace,
                [pack],
                accept_fingerprint=KeyStore(secretariat, backend=fail.Keyring()).public_identity().key_id,
            )
            commitment = workspace.save(RecordType.COMMITMENT, {"title": "Recycling by 2010"})
            first = exchange.export_bundle(workspace, out=work / "first")
        with _open(secretariat) as workspace:  # the delegate enrolled, its commitment merged
            exchange.import_paths(workspace, [first.path])
            exchange.approve(workspace, KeyStore(delegate, backend=fail.Keyring()).public_identity().key_id)
        started = time.perf_counter()
        blobs = [bytes([n]) * (256 * 1024) for n in range(8)]
        filled, filled_json = _bundle(
            delegate, _filled_bodies(filled_sets, commitment.record_id), blobs, 2, secretariat
        )
        normal, normal_json = _bundle(
            delegate, _normal_bodies(filled_json, commitment.record_id), blobs, 2, secretariat
        )
        (work / "filled.kinb").write_bytes(filled)
        (work / "normal.kinb").write_bytes(normal)
        print(
            f"bundles ready in {time.perf_counter() - started:.1f} s: filled {len(filled):,} bytes "
            f"(revisions.json {filled_json:,}), normal {len(normal):,} bytes (revisions.json {normal_json:,})"
        )
        filled_times: list[float] = []
        normal_times: list[float] = []
        filled_profile: Path | None = None
        for _ in range(repeat):
            elapsed, normal_profile, status = _import(secretariat, work / "normal.kinb", work)
            assert status == "merged", status
            normal_times.append(elapsed)
            shutil.rmtree(normal_profile)
            elapsed, profile, status = _import(secretariat, work / "filled.kinb", work)
            assert status == "merged", status
            filled_times.append(elapsed)
            if filled_profile is not None:
                shutil.rmtree(filled_profile)
            filled_profile = profile
        assert filled_profile is not None
        print(f"import: filled {filled_times} s, normal {normal_times} s")
        figures = _profile_figures(filled_profile, work)
        print("on the filled profile (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in figures.items()))
        result = {
            "filled_import_s": round(statistics.median(filled_times), 3),
            "normal_import_s": round(statistics.median(normal_times), 3),
            "hostile_scale_ratio": round(
                statistics.median(filled_times) / statistics.median(normal_times), 3
            ),
            # the same, per byte of revisions.json (the two sizes differ by a record or so)
            "per_byte_ratio": round(
                (statistics.median(filled_times) / filled_json)
                / (statistics.median(normal_times) / normal_json),
                3,
            ),
            "filled_bytes": len(filled),
            "normal_bytes": len(normal),
            **{k: round(v, 1) for k, v in figures.items()},
            "runs": repeat,
            "filled_sets": filled_sets,
        }
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
