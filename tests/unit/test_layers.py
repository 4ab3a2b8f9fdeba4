"""Qt stays in the shell (DESIGN.md): no module outside ui/ and app.py imports PySide6.

import-linter's contract names its source packages one by one; this walks every module, so a
new top-level module cannot slip past it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kin_desktop

PACKAGE = Path(kin_desktop.__file__).parent


def _imports_qt(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] in ("PySide6", "shiboken6") for a in node.names
        ):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("PySide6", "shiboken6"):
            return True
    return False


def test_only_the_shell_imports_qt() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50
    shell = {PACKAGE / "app.py"}
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules
        if path not in shell and "ui" not in path.relative_to(PACKAGE).parts[:1] and _imports_qt(path)
    ]
    assert offenders == []
    assert _imports_qt(PACKAGE / "ui" / "main_window.py")  # the walk does see Qt imports
