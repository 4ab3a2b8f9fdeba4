"""The command line (docs/cli.md, the contract in shared/CLI.md).

Everything but editing has a command-line form with the same services behind it
as the GUI. Only ``gui`` imports Qt. Heavy modules (SQLAlchemy, cryptography,
pydantic) are imported inside the command that needs them, so ``--version``
stays as cheap as starting Python.

Exit status: 0 done; 1 some input was refused (the reason is printed);
2 usage error or unusable profile.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from kin_desktop import __version__

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

CATEGORIES = ("mayor", "city-expert", "national", "international", "other")
LIST_KINDS = ("responses", "practices", "commitments", "delegates", "imports", "conflicts")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kin-desktop",
        description="KIN Desktop: questionnaire, practices and commitments for the Kitakyushu Initiative Network.",
    )
    parser.add_argument("--version", action="version", version=f"kin-desktop {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="profile folder (default: $KIN_DATA_DIR or the user data folder)"
    )
    parser.add_argument(
        "--lang", metavar="CODE", help="language of the interface and of printed labels, e.g. en, ja"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="open the application (the default)")
    gui.add_argument(
        "--demo",
        nargs="?",
        const="delegate",
        choices=("delegate", "secretariat"),
        help="open a throwaway profile filled with sample data",
    )

    init = commands.add_parser("init", help="create the profile and its keys")
    roles = init.add_subparsers(dest="role", metavar="ROLE", required=True, parser_class=_Parser)
    delegate = roles.add_parser("delegate", help="a city delegation's profile")
    delegate.add_argument("--name", required=True)
    delegate.add_argument("--city", required=True)
    delegate.add_argument("--country", required=True, help="ISO 3166 two-letter code, e.g. VN")
    delegate.add_argument("--category", required=True, choices=CATEGORIES)
    delegate.add_argument("--organisation", default="")
    delegate.add_argument("--email", default="")
    secretariat = roles.add_parser("secretariat", help="the Network Secretariat's profile")
    secretariat.add_argument("--name", required=True)
    secretariat.add_argument("--organisation", default="")

    demo = commands.add_parser("demo", help="fill a delegate profile with realistic sample data")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--practices", type=_positive, default=5)
    demo.add_argument("--commitments", type=_positive, default=3)

    listing = commands.add_parser("list", help="list records")
    listing.add_argument("kind", choices=LIST_KINDS)
    listing.add_argument("--json", action="store_true", help="print one JSON document")

    questionnaire = commands.add_parser("questionnaire", help="questionnaire definitions")
    q_commands = questionnaire.add_subparsers(
        dest="q_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    validate = q_commands.add_parser("validate", help="check a questionnaire definition")
    validate.add_argument("file", type=Path)
    return parser


def _out(text: str = "", stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stdout)


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _profile_dir(args: argparse.Namespace) -> Path:
    from kin_desktop import paths

    return paths.data_dir(args.data_dir)


def _passphrase_source() -> Callable[[], str]:
    """The key-file passphrase: $KIN_PASSPHRASE, else a prompt on a terminal."""

    def ask() -> str:
        from_env = os.environ.get("KIN_PASSPHRASE")
        if from_env:
            return from_env
        if sys.stdin is not None and sys.stdin.isatty():
            import getpass

            return getpass.getpass("Passphrase for the key file: ")
        from kin_desktop.core.errors import PassphraseError

        raise PassphraseError(
            "this computer has no OS keyring, so the private key is kept in a file protected by a "
            "passphrase: set KIN_PASSPHRASE or run the command on a terminal"
        )

    return ask


# --- commands ---------------------------------------------------------------


def _cmd_gui(args: argparse.Namespace) -> int:
    from kin_desktop import app

    argv = [sys.argv[0]]
    return app.run(data_dir=args.data_dir, demo=args.demo, lang=args.lang, argv=argv)


def _cmd_init(args: argparse.Namespace) -> int:
    from kin_desktop.services import profiles

    directory = _profile_dir(args)
    if args.role == "delegate":
        info = profiles.init_delegate(
            directory,
            name=args.name,
            city=args.city,
            country=args.country,
            category=args.category,
            organisation=args.organisation,
            email=args.email,
            passphrase=_passphrase_source(),
        )
    else:
        info = profiles.init_secretariat(
            directory, name=args.name, organisation=args.organisation, passphrase=_passphrase_source()
        )
    _out(f"Created the {info.role} profile in {directory}")
    _out(f"Key id:      {info.key_id}")
    _out(f"Fingerprint: {info.fingerprint}")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from kin_desktop.services import demo, profiles

    with profiles.open_workspace(_profile_dir(args)) as workspace:
        summary = demo.fill_demo(
            workspace, seed=args.seed, practices=args.practices, commitments=args.commitments
        )
    _out(
        f"Added sample data for {summary.city}: 1 questionnaire response, "
        f"{summary.practices} practices, {summary.commitments} commitments"
    )
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from kin_desktop.services import listing, profiles

    with profiles.open_workspace(_profile_dir(args)) as workspace:
        rows = listing.list_rows(workspace, args.kind)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        _out(f"No {args.kind}.")
        return EXIT_OK
    for row in rows:
        title = row.get("title") or row.get("name") or ""
        _out(f"{row['id']}  {row.get('status', ''):<12}  {row.get('city', '')}  {title}".rstrip())
    return EXIT_OK


def _cmd_questionnaire(args: argparse.Namespace) -> int:
    from kin_desktop.core.errors import DefinitionError
    from kin_desktop.services import questionnaires

    try:
        report = questionnaires.validate_file(args.file)
    except DefinitionError as exc:
        _out(f"{args.file}: refused", sys.stderr)
        for problem in exc.problems:
            _out(f"  {problem}", sys.stderr)
        return EXIT_REFUSED
    _out(f"{args.file}: valid questionnaire '{report.questionnaire_id}' version {report.version}")
    _out(f"  {report.sections} sections, {report.questions} questions")
    for language, (done, total) in report.translations.items():
        percent = 100 * done // total if total else 100
        _out(f"  {language}: {done}/{total} texts translated ({percent}%)")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _cmd_gui,
    "init": _cmd_init,
    "demo": _cmd_demo,
    "list": _cmd_list,
    "questionnaire": _cmd_questionnaire,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        args.command = "gui"
        args.demo = None
    from kin_desktop.core.errors import KinError, ProfileError, UsageError

    try:
        return COMMANDS[args.command](args)
    except (ProfileError, UsageError) as exc:
        _out(f"kin-desktop: {exc}", sys.stderr)
        return EXIT_USAGE
    except KinError as exc:
        _out(f"kin-desktop: refused: {exc}", sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _out("kin-desktop: interrupted", sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
