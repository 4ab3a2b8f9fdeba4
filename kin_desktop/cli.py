"""The command line (docs/cli.md).

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

from kin_desktop import __version__, cli_questionnaire, cli_review

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
    gui.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end on throwaway profiles (offscreen) and exit",
    )

    init = commands.add_parser("init", help="create the profile and its keys")
    roles = init.add_subparsers(dest="role", metavar="ROLE", required=True, parser_class=_Parser)
    delegate = roles.add_parser("delegate", help="a city delegation's profile")
    delegate.add_argument("--name", required=True)
    delegate.add_argument("--city", required=True)
    delegate.add_argument(
        "--city-latin",
        help="the city's name in Latin letters, for file names and forms (default: none stored; a "
        "transliteration is worked out where one is sound)",
    )
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
    cli_questionnaire.add_commands(q_commands)

    keys = commands.add_parser("keys", help="this profile's keys")
    k_commands = keys.add_subparsers(dest="k_command", metavar="ACTION", required=True, parser_class=_Parser)
    show = k_commands.add_parser("show", help="own key id and fingerprint")
    show.add_argument("--json", action="store_true", help="print one JSON document")

    pack = commands.add_parser("welcome-pack", help="secretariat: write the signed welcome pack")
    pack.add_argument("--out", required=True, type=Path, metavar="FILE")
    pack.add_argument(
        "--inbox-url", metavar="URL", help="the inbox service's address, kept for later packs ('' removes it)"
    )

    export = commands.add_parser("export", help="delegate: write a bundle of what is not yet acknowledged")
    export.add_argument("--out", type=Path, metavar="PATH", help="folder or file (default: current folder)")
    export.add_argument("--full", action="store_true", help="every revision, acknowledged or not")
    export.add_argument("--json", action="store_true", help="print one JSON document")

    verify = commands.add_parser("verify", help="judge files as import would, without importing them")
    verify.add_argument("files", nargs="+", type=Path, metavar="FILE")
    verify.add_argument("--json", action="store_true", help="print one JSON document")
    verify.add_argument(
        "--accept-fingerprint",
        metavar="FP",
        help="delegate: the secretariat key fingerprint from the invitation letter (welcome pack)",
    )

    importing = commands.add_parser("import", help="import bundles, welcome packs or receipts")
    importing.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    importing.add_argument("--json", action="store_true", help="print one JSON document")
    importing.add_argument(
        "--accept-fingerprint",
        metavar="FP",
        help="delegate: the secretariat key fingerprint from the invitation letter (welcome pack)",
    )

    enrol = commands.add_parser("enrol", help="secretariat: delegates' keys")
    e_commands = enrol.add_subparsers(dest="e_command", metavar="ACTION", required=True, parser_class=_Parser)
    e_list = e_commands.add_parser("list", help="every key with its status")
    e_list.add_argument("--json", action="store_true", help="print one JSON document")
    approve = e_commands.add_parser("approve", help="approve a key and merge its held bundles")
    approve.add_argument("key_id", metavar="KEY_ID")
    revoke = e_commands.add_parser("revoke", help="revoke a key; its later bundles are refused")
    revoke.add_argument("key_id", metavar="KEY_ID")

    receipts = commands.add_parser("receipts", help="secretariat: one signed receipt per delegate")
    receipts.add_argument("--out", required=True, type=Path, metavar="DIR")
    receipts.add_argument(
        "--delegate", metavar="KEY_ID", help="a receipt for this delegate even when nothing is new (reissue)"
    )
    cli_review.add_parser(commands)

    report = commands.add_parser(
        "report", help="secretariat: responses, practices and commitments as spreadsheets for analysis"
    )
    report.add_argument("--format", required=True, choices=("csv", "xlsx"), dest="report_format")
    report.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help="xlsx: the workbook; csv: a folder"
    )

    printing = commands.add_parser(
        "print", help="PDFs: commitment forms, the practices compendium, the questionnaire"
    )
    p_commands = printing.add_subparsers(
        dest="p_command", metavar="WHAT", required=True, parser_class=_Parser
    )
    commitment = p_commands.add_parser("commitment", help="commitment forms for the mayor's signature")
    which = commitment.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", metavar="ID", help="the commitment's record id")
    which.add_argument("--all", action="store_true", help="every commitment, one form after the other")
    p_commands.add_parser("practices", help="the practices compendium")
    blank = p_commands.add_parser("questionnaire", help="the pre-meeting questionnaire")
    blank.add_argument("--blank", action="store_true", help="empty, for answering on paper")
    blank.add_argument("--response", metavar="ID", help="secretariat: the response to print (a record id)")
    for sub in p_commands.choices.values():
        sub.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        sub.add_argument("--page-size", choices=("A4", "letter"), default="A4")

    verify_print = commands.add_parser(
        "verify-print", help="secretariat: check a commitment form's QR code text"
    )
    verify_print.add_argument("text", metavar="TEXT")
    verify_print.add_argument("--json", action="store_true", help="print one JSON document")

    from kin_desktop import cli_sync

    COMMANDS.update(cli_sync.add_commands(commands))
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
    if getattr(args, "self_test", False):
        from kin_desktop.ui import selftest

        return selftest.run(lang=args.lang)
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
            city_latin=args.city_latin,
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
    if args.q_command in cli_questionnaire.ACTIONS:
        profile = _profile_dir(args) if args.q_command == "publish" else None
        return cli_questionnaire.run(args, profile_dir=profile)
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


def _open(args: argparse.Namespace) -> Any:
    from kin_desktop.services import profiles

    return profiles.open_workspace(_profile_dir(args), passphrase=_passphrase_source())


def _cmd_keys(args: argparse.Namespace) -> int:
    from kin_desktop.bundle.keys import KeyStore

    with _open(args) as workspace:
        info = workspace.profile()
        identity = KeyStore(workspace.data_dir).public_identity()
    value = {
        "key_id": identity.key_id,
        "fingerprint": identity.fingerprint,
        "role": info.role,
        "encryption_key_id": identity.encryption_key_id,
    }
    if args.json:
        _print_json(value)
        return EXIT_OK
    _out(f"Key id:      {identity.key_id}")
    _out(f"Fingerprint: {identity.fingerprint}")
    if identity.encryption_key_id:
        _out(f"Encryption key id: {identity.encryption_key_id}")
    return EXIT_OK


def _cmd_welcome_pack(args: argparse.Namespace) -> int:
    from kin_desktop.services import exchange

    with _open(args) as workspace:
        path = exchange.make_welcome_pack(workspace, args.out, inbox_url=args.inbox_url)
        fingerprint = workspace.profile().fingerprint
    _out(f"Wrote the welcome pack {path}")
    _out(f"Secretariat key fingerprint (put it in the invitation letter): {fingerprint}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from kin_desktop.services import exchange

    with _open(args) as workspace:
        result = exchange.export_bundle(workspace, out=args.out, full=args.full)
    if args.json:
        _print_json(
            {
                "path": None if result.path is None else str(result.path),
                "revisions": result.revisions,
                "sequence": result.sequence,
                "bundle_id": result.bundle_id,
                "size": result.size,
            }
        )
    elif result.path is None:
        _out("Nothing to export: the secretariat has acknowledged every revision. No file was written.")
    else:
        _out(f"Wrote {result.path}")
        _out(f"  bundle {result.sequence}, {result.revisions} revisions, {result.size} bytes")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from kin_desktop.services import exchange

    with _open(args) as workspace:
        outcomes = exchange.verify_files(workspace, args.files, accept_fingerprint=args.accept_fingerprint)
    if args.json:
        _print_json({"files": [exchange.outcome_json(o) for o in outcomes]})
    for outcome in outcomes if not args.json else []:
        if outcome.ok:
            _out(f"{outcome.path}: ok: {outcome.detail}")
        else:
            _out(f"{outcome.path}: FAILED ({outcome.reason}): {outcome.detail}")
    return EXIT_OK if outcomes and all(o.ok for o in outcomes) else EXIT_REFUSED


def _confirm_on_terminal() -> Callable[[str], bool] | None:
    if sys.stdin is None or not sys.stdin.isatty():
        return None

    def ask(fingerprint: str) -> bool:
        _out("The welcome pack is signed by the secretariat key with the fingerprint", sys.stderr)
        _out(f"    {fingerprint}", sys.stderr)
        _out("Compare it with the fingerprint in the invitation letter.", sys.stderr)
        sys.stderr.write("Is it the same? [y/N] ")
        sys.stderr.flush()
        return sys.stdin.readline().strip().lower() in ("y", "yes")

    return ask


def _print_outcomes(outcomes: Sequence[Any], as_json: bool) -> None:
    from kin_desktop.services import exchange

    if as_json:
        _print_json({"files": [exchange.outcome_json(o) for o in outcomes]})
        return
    if not outcomes:
        _out("No files to import.")
    for o in outcomes:
        counts = f" ({o.revisions} revisions, {o.records} records)" if o.status == "merged" else ""
        reason = f" [{o.reason}]" if o.reason else ""
        detail = f": {o.detail}" if o.detail else ""
        _out(f"{o.path}: {o.status}{reason}{counts}{detail}")


def _cmd_import(args: argparse.Namespace) -> int:
    from kin_desktop.services import exchange

    with _open(args) as workspace:
        outcomes = exchange.import_paths(
            workspace,
            args.paths,
            accept_fingerprint=args.accept_fingerprint,
            confirm_key=None if args.accept_fingerprint else _confirm_on_terminal(),
        )
    _print_outcomes(outcomes, args.json)
    return EXIT_REFUSED if any(o.refused for o in outcomes) else EXIT_OK


def _cmd_enrol(args: argparse.Namespace) -> int:
    from kin_desktop.services import exchange

    with _open(args) as workspace:
        if args.e_command == "list":
            rows = exchange.enrol_list(workspace)
            if args.json:
                _print_json(
                    [
                        {
                            "id": r.key_id,
                            "key_id": r.key_id,
                            "fingerprint": r.fingerprint,
                            "name": r.name,
                            "city": r.city,
                            "country": r.country,
                            "organisation": r.organisation,
                            "category": r.category,
                            "email": r.email,
                            "status": r.status,
                            "held": r.held,
                            "first_seen": r.first_seen.isoformat(),
                        }
                        for r in rows
                    ]
                )
            elif not rows:
                _out("No delegate keys yet.")
            for r in rows if not args.json else []:
                _out(f"{r.fingerprint}  {r.status:<8}  {r.city}  {r.name}  ({r.held} held)")
            return EXIT_OK
        if args.e_command == "approve":
            outcomes = exchange.approve(workspace, args.key_id)
            _out(f"Approved {args.key_id}; {len(outcomes)} held bundles imported.")
            _print_outcomes(outcomes, False)
            return EXIT_REFUSED if any(o.refused for o in outcomes) else EXIT_OK
        exchange.revoke(workspace, args.key_id)
        _out(f"Revoked {args.key_id}; its later bundles will be refused.")
        return EXIT_OK


def _cmd_receipts(args: argparse.Namespace) -> int:
    from kin_desktop.services import exchange

    with _open(args) as workspace:
        written = exchange.write_receipts(workspace, args.out, delegate=args.delegate)
    if not written:
        _out("No receipts: no delegate has anything new to acknowledge.")
    for path in written:
        _out(f"Wrote {path}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from kin_desktop.core.schemas import Role
    from kin_desktop.services import profiles, report

    with profiles.open_workspace(_profile_dir(args)) as workspace:
        workspace.require_role(Role.SECRETARIAT)
        written = report.write_report(workspace, args.report_format, args.out)
    for path in written:
        _out(str(path))
    return EXIT_OK


def _cmd_print(args: argparse.Namespace) -> int:
    from kin_desktop.services import printing, profiles

    labels = printing.labels_for(args.lang or "en")
    with profiles.open_workspace(_profile_dir(args)) as workspace:
        if args.p_command == "commitment":
            ids = None if args.all else [args.id]
            pages = printing.print_commitments(
                workspace, ids, args.out, labels=labels, page_size=args.page_size
            )
        elif args.p_command == "practices":
            pages = printing.print_practices(workspace, args.out, labels=labels, page_size=args.page_size)
        else:
            pages = printing.print_questionnaire(
                workspace,
                args.out,
                blank=args.blank,
                labels=labels,
                record_id=args.response,
                page_size=args.page_size,
            )
    _out(f"Wrote {args.out} ({pages} pages)")
    return EXIT_OK


def _cmd_verify_print(args: argparse.Namespace) -> int:
    from kin_desktop.core.schemas import Role
    from kin_desktop.services import printed, profiles

    with profiles.open_workspace(_profile_dir(args)) as workspace:
        workspace.require_role(Role.SECRETARIAT)
        result = printed.check_signed_form(workspace, args.text)  # the result is kept for Review
    if args.json:
        _print_json(result.to_json())
    else:
        _out(result.message, sys.stdout if result.ok else sys.stderr)
    return result.exit_code


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _cmd_gui,
    "init": _cmd_init,
    "demo": _cmd_demo,
    "list": _cmd_list,
    "questionnaire": _cmd_questionnaire,
    "keys": _cmd_keys,
    "welcome-pack": _cmd_welcome_pack,
    "export": _cmd_export,
    "verify": _cmd_verify,
    "import": _cmd_import,
    "enrol": _cmd_enrol,
    "receipts": _cmd_receipts,
    "report": _cmd_report,
    "print": _cmd_print,
    "verify-print": _cmd_verify_print,
    "review": lambda args: cli_review.cmd_review(args, _profile_dir(args)),
}

# Exchange refusals that mean the profile is not ready rather than that an input was refused.
_PROFILE_REASONS = frozenset({"no_secretariat", "no_key"})


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        args.command = "gui"
        args.demo = None
    from kin_desktop.core.errors import ExchangeError, KinError, ProfileError, UsageError

    try:
        return COMMANDS[args.command](args)
    except ExchangeError as exc:
        _out(f"kin-desktop: {'' if exc.reason in _PROFILE_REASONS else 'refused: '}{exc}", sys.stderr)
        return EXIT_USAGE if exc.reason in _PROFILE_REASONS else EXIT_REFUSED
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
