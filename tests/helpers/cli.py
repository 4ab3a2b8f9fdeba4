"""Running ``kin-desktop`` as a real subprocess, as users and scripts do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(*args: str | Path, data_dir: Path | None = None, env: dict[str, str] | None = None) -> Result:
    full_env = dict(os.environ)
    full_env["KIN_PASSPHRASE"] = PASSPHRASE
    full_env["PYTHONIOENCODING"] = "utf-8"
    full_env.pop("KIN_DATA_DIR", None)
    if env:
        full_env.update(env)
    command = [sys.executable, "-m", "kin_desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command += [str(a) for a in args]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    return Result(done.returncode, done.stdout, done.stderr)
