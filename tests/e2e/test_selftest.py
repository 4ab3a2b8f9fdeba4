"""``kin-desktop gui --self-test``: every step passes from source; a failing step is named.

The same command checks the frozen build (``.ci/build-frozen``, docs/building.md).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kin_desktop import paths
from kin_desktop.ui import selftest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_every_step(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "kin_desktop", "gui", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for step in selftest.STEPS:
        assert any(line.startswith(f"self-test: ok {step} (") for line in lines), (step, done.stdout)
    assert "FAILED" not in done.stdout
    assert lines[-1].startswith(f"self-test: passed, {len(selftest.STEPS)} steps in ")
    # The demo profile, the secretariat and the bundle lived in a temporary folder, now gone.
    assert not list(tmp_path.glob("kin-selftest-*"))


def test_a_failing_step_is_named_and_fails_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "no-questionnaires"
    empty.mkdir()
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: empty)
    out = io.StringIO()

    assert selftest.run(out=out) == selftest.EXIT_FAILED

    text = out.getvalue()
    assert f"self-test: FAILED resources: StepFailed: no questionnaire definition in {empty}" in text
    assert (
        text.splitlines()[-1] == f"self-test: FAILED at step 'resources' (0 of {len(selftest.STEPS)} passed)"
    )
