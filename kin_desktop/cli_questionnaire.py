"""``kin-desktop questionnaire import-xlsform | export-xlsform | publish`` (docs/cli.md, docs/xlsform.md).

Kept apart from ``cli.py``: that module registers these actions with :func:`add_commands`
and hands them to :func:`run`. Like every command but ``gui``, nothing here imports Qt,
and heavy modules are imported when a command runs. A workbook that cannot be read, or
anything unexpected, is reported as a problem: these commands never end in a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["ACTIONS", "add_commands", "run"]

ACTIONS = ("import-xlsform", "export-xlsform", "publish")

_OK, _REFUSED, _USAGE = 0, 1, 2


def add_commands(actions: Any) -> None:
    """Add the XLSForm and publication actions to ``kin-desktop questionnaire``'s subparsers."""
    importing = actions.add_parser(
        "import-xlsform",
        help="an XLSForm workbook (.xlsx, .xls, .csv) as a questionnaire definition",
        description="Read an XLSForm and write the questionnaire definition it makes. Every problem is "
        "listed with its sheet, row and column; exit status 0 when a definition was written, 1 when "
        "the workbook was refused.",
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--out", type=Path, metavar="DEF.json", help="where to write (default: FILE with .json)"
    )
    importing.add_argument(
        "--lenient",
        action="store_true",
        help="leave out what KIN Desktop cannot do (GPS, photos, pulldata...), with a warning each",
    )
    importing.add_argument("--json", action="store_true", help="print one JSON document")
    exporting = actions.add_parser(
        "export-xlsform",
        help="a questionnaire definition as an XLSForm workbook",
        description="Write a definition as an .xlsx XLSForm; what XLSForm cannot say is listed.",
    )
    exporting.add_argument("definition", type=Path, metavar="DEF.json")
    exporting.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    publishing = actions.add_parser(
        "publish",
        help="secretariat: the next welcome pack (and network update) carries this questionnaire version",
        description="Store a questionnaire definition as published: the next welcome pack carries it, "
        "and delegates who take it open new responses on it.",
    )
    publishing.add_argument("definition", type=Path, metavar="DEF.json")


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def run(args: argparse.Namespace, *, profile_dir: Path | None = None) -> int:
    if args.q_command == "import-xlsform":
        return _import(args)
    if args.q_command == "export-xlsform":
        return _export(args)
    return _publish(args, profile_dir)


def _problem_line(problem: Any) -> str:
    return str(problem)


def _import(args: argparse.Namespace) -> int:
    from kin_desktop.core.xlsform.importer import ImportResult  # noqa: PLC0415
    from kin_desktop.core.xlsform.problems import Problem  # noqa: PLC0415

    source: Path = args.file
    out: Path = args.out or source.with_suffix(".json")
    written: Path | None = None
    result = ImportResult(None, None, ())
    try:
        from kin_desktop.services import xlsform  # noqa: PLC0415

        result = xlsform.import_file(source, lenient=args.lenient)
        if result.ok and result.document is not None:
            if out.resolve() == source.resolve():
                raise OSError(f"{out} is the workbook itself: give another --out")
            written = xlsform.write_definition(result.document, out)
    except OSError as exc:
        reason = getattr(exc, "strerror", None) or exc
        problem = Problem("error", None, None, None, f"cannot write {out}: {reason}")
        result = ImportResult(None, None, (*result.problems, problem))
    except Exception as exc:  # noqa: BLE001 - a command never ends in a traceback
        problem = Problem("error", None, None, None, f"the workbook could not be imported: {exc!r}")
        result = ImportResult(None, None, (*result.problems, problem))
    if args.json:
        document = {
            "ok": written is not None,
            "out": None if written is None else str(written),
            "questions": result.questions if written else 0,
            "sections": result.sections if written else 0,
            "languages": result.languages if written else [],
            "problems": [p.to_json() for p in result.problems],
        }
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return _OK if written is not None else _REFUSED
    for problem in result.problems:
        _err(_problem_line(problem))
    errors = sum(1 for p in result.problems if p.severity == "error")
    warnings = len(result.problems) - errors
    if written is None:
        _err(f"{source}: refused ({errors} error(s), {warnings} warning(s)); nothing was written")
        return _REFUSED
    definition = result.definition
    assert definition is not None
    print(
        f"Wrote {written}: questionnaire '{definition.id}' version {definition.version}, "
        f"{result.sections} section(s), {result.questions} question(s), "
        f"languages {', '.join(result.languages)}" + (f" ({warnings} warning(s) above)" if warnings else "")
    )
    return _OK


def _export(args: argparse.Namespace) -> int:
    from kin_desktop.core.errors import DefinitionError  # noqa: PLC0415
    from kin_desktop.services import xlsform  # noqa: PLC0415

    try:
        path, not_said = xlsform.export_file(args.definition, args.out)
    except DefinitionError as exc:
        _err(f"{args.definition}: refused")
        for problem in exc.problems:
            _err(f"  {problem}")
        return _REFUSED
    except OSError as exc:
        _err(f"kin-desktop: cannot write {args.out}: {exc.strerror or exc}")
        return _REFUSED
    print(f"Wrote {path}")
    if not_said:
        print("XLSForm cannot say (left out of the workbook):")
        for item in not_said:
            print(f"  - {item}")
    return _OK


def _publish(args: argparse.Namespace, profile_dir: Path | None) -> int:
    from kin_desktop.core.errors import DefinitionError  # noqa: PLC0415
    from kin_desktop.services import profiles, questionnaires  # noqa: PLC0415

    try:
        content = Path(args.definition).read_bytes()
    except OSError as exc:
        _err(f"kin-desktop: cannot read {args.definition}: {exc.strerror or exc}")
        return _REFUSED
    assert profile_dir is not None, "publish needs the profile"
    with profiles.open_workspace(profile_dir) as workspace:
        try:
            published = questionnaires.publish(workspace, content)
        except DefinitionError as exc:
            _err(f"{args.definition}: refused")
            for problem in exc.problems:
                _err(f"  {problem}")
            return _REFUSED
    if published.new:
        print(
            f"Published questionnaire '{published.questionnaire_id}' version {published.version} "
            f"({published.questions} questions): the next welcome pack carries it"
        )
    else:
        print(
            f"Questionnaire '{published.questionnaire_id}' version {published.version} was already "
            "published with the same content: nothing changed"
        )
    return _OK
