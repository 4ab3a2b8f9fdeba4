"""XLSForm files: importing a workbook as a questionnaire definition, and exporting one.

The mapping itself is pure and lives in :mod:`kin_desktop.core.xlsform`; this package
reads and writes the files (``reading``, ``writing``) and offers the use cases the
command line and the secretariat's Questionnaires page share.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kin_desktop.core.xlsform.importer import ImportResult, import_workbook
from kin_desktop.core.xlsform.problems import Problem
from kin_desktop.services.xlsform.reading import XLSFormReadError, read_workbook

__all__ = [
    "ImportResult",
    "XLSFormReadError",
    "definition_json",
    "export_file",
    "import_file",
    "write_atomically",
    "write_definition",
]


def import_file(path: str | Path, *, lenient: bool = False) -> ImportResult:
    """The XLSForm at ``path`` as a definition; a file that cannot be read is one problem, never an exception."""
    try:
        workbook = read_workbook(path)
    except XLSFormReadError as exc:
        return ImportResult(None, None, (Problem("error", None, None, None, exc.message),))
    return import_workbook(workbook, lenient=lenient)


def definition_json(document: dict[str, Any]) -> bytes:
    """A definition document as the shipped ones are written: UTF-8, two-space indent, a final newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """``write`` a temporary file beside ``target``, then put it in place: readers see all or nothing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    os.close(handle)
    temp = Path(name)
    try:
        write(temp)
        with temp.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_definition(document: dict[str, Any], out: str | Path) -> Path:
    """Write the definition JSON to ``out`` (atomically) and return its path."""
    target = Path(out)
    data = definition_json(document)

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    write_atomically(target, write)
    return target


def export_file(definition_path: str | Path, out: str | Path) -> tuple[Path, tuple[str, ...]]:
    """Write the definition at ``definition_path`` as an XLSForm workbook; return its path and what it cannot say.

    Raises :class:`~kin_desktop.core.errors.DefinitionError` when the definition is not valid.
    """
    from kin_desktop.core.questionnaire import load_definition_file  # noqa: PLC0415
    from kin_desktop.core.xlsform.export import export_workbook  # noqa: PLC0415
    from kin_desktop.services.xlsform.writing import save_workbook  # noqa: PLC0415

    definition = load_definition_file(definition_path)
    result = export_workbook(definition)
    target = Path(out)
    write_atomically(target, lambda temp: save_workbook(result.workbook, temp))
    return target, result.not_said
