"""Translations of the interface: update the .ts sources, compile the .qm files, check both.

    python tools/i18n.py update    # pyside6-lupdate: new and changed messages into every .ts
    python tools/i18n.py release   # pyside6-lrelease: every .ts into its committed .qm
    python tools/i18n.py check     # CI: .ts current, translations complete, .qm current
    python tools/i18n.py stats     # messages and translations per language

The .ts files are the single source of truth; the .qm files are generated from them and
committed (so an editable install and the frozen build ship them), and ``check`` fails when
regenerating them would change a byte. docs/translations.md describes the workflow.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
PREFIX = "kin_desktop"
# Languages shipped complete: every message translated.
COMPLETE = ("ja", "zh_CN", "id", "th", "vi", "ko")
# Languages that only need their plural forms ("%n change(s)" -> "1 change" / "2 changes"):
# the other messages are shown as written in the source.
PLURALS_ONLY = ("en",)
LANGUAGES = PLURALS_ONLY + COMPLETE
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-source-language", "en")
PLACEHOLDER = re.compile(r"%L?(?:n|\d)")  # %n, %1 and their localized forms %Ln, %L1


def _tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the project's venv), else the one on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project's dev extras (PySide6).")
    return found


def sources() -> list[Path]:
    """Every Python file whose strings are translated: the whole ui package and app.py."""
    package = ROOT / "kin_desktop"
    return sorted((package / "ui").rglob("*.py")) + [package / "app.py"]


def ts_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"{PREFIX}_{language}.ts"


def qm_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"{PREFIX}_{language}.qm"


def _run(command: list[str]) -> None:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def lupdate(directory: Path) -> None:
    """Bring the .ts files in ``directory`` up to date with the sources (creating missing ones)."""
    for language in LANGUAGES:
        files = [str(path.relative_to(ROOT)) for path in sources()]
        _run(
            [
                _tool("pyside6-lupdate"),
                *files,
                *LUPDATE_OPTIONS,
                "-target-language",
                language,
                "-ts",
                str(ts_path(language, directory)),
            ]
        )


def lrelease(source_dir: Path, target_dir: Path) -> None:
    for language in LANGUAGES:
        _run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                "-nounfinished",
                str(ts_path(language, source_dir)),
                "-qm",
                str(qm_path(language, target_dir)),
            ]
        )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def where(self) -> str:
        text = self.source if len(self.source) < 60 else self.source[:57] + "..."
        return f"[{self.context}] {text!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    texts = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    translations=texts,
                    kind=kind,
                )
            )
    return messages


def translation_problems(message: Message, language: str) -> list[str]:
    """What is wrong with one message's translation in a shipped language."""
    needed = message.numerus or language in COMPLETE
    if not needed:
        return []
    if message.kind in ("vanished", "obsolete"):
        return [f"{language}: obsolete message {message.where}: run `python tools/i18n.py update`"]
    if message.kind == "unfinished" or not message.translations or not all(message.translations):
        return [f"{language}: untranslated {message.where}"]
    problems = []
    wanted = sorted(set(PLACEHOLDER.findall(message.source)))
    for text in message.translations:
        found = sorted(set(PLACEHOLDER.findall(text)))
        # A plural form may leave out %n ("one change" for 1) but nothing else.
        counts = ("%n", "%Ln")
        if [p for p in wanted if p not in counts] != [p for p in found if p not in counts]:
            problems.append(f"{language}: placeholders {found} instead of {wanted} in {message.where}")
    return problems


def unseen_calls(extracted: set[str]) -> list[str]:
    """tr()/translate() calls with a literal text that lupdate did not extract.

    lupdate's Python parser skips some calls silently: inside f-strings, ``translate`` with a
    count that is not a plain name, helpers with other names. Such a text is never translated.
    """
    problems = []
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value not in extracted:
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                problems.append(f"{where}: lupdate does not see {text.value[:50]!r}: write the call plainly")
    return problems


def check() -> list[str]:
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kin-i18n-") as scratch:
        fresh_dir = Path(scratch)
        for language in LANGUAGES:
            if not ts_path(language).exists():
                problems.append(f"{ts_path(language).relative_to(ROOT)} is missing")
            else:
                shutil.copy2(ts_path(language), ts_path(language, fresh_dir))
        if problems:
            return problems
        lupdate(fresh_dir)
        problems.extend(unseen_calls({m.source for m in read_ts(ts_path(LANGUAGES[0], fresh_dir))}))
        for language in LANGUAGES:
            committed = {m.key for m in read_ts(ts_path(language)) if m.kind not in ("vanished", "obsolete")}
            fresh = {
                m.key for m in read_ts(ts_path(language, fresh_dir)) if m.kind not in ("vanished", "obsolete")
            }
            name = ts_path(language).name
            for context, source, _comment, _numerus in sorted(fresh - committed):
                problems.append(
                    f"{name}: new message [{context}] {source!r}: run `python tools/i18n.py update`"
                )
            for context, source, _comment, _numerus in sorted(committed - fresh):
                problems.append(
                    f"{name}: message no longer in the sources [{context}] {source!r}: run update"
                )
        for language in LANGUAGES:
            for message in read_ts(ts_path(language)):
                problems.extend(translation_problems(message, language))
        lrelease(TRANSLATIONS, fresh_dir)
        for language in LANGUAGES:
            committed_qm = qm_path(language)
            if not committed_qm.exists():
                problems.append(f"{committed_qm.name} is missing: run `python tools/i18n.py release`")
            elif committed_qm.read_bytes() != qm_path(language, fresh_dir).read_bytes():
                problems.append(f"{committed_qm.name} is out of date: run `python tools/i18n.py release`")
    return problems


def stats() -> None:
    for language in LANGUAGES:
        messages = [m for m in read_ts(ts_path(language)) if m.kind not in ("vanished", "obsolete")]
        done = sum(1 for m in messages if m.kind == "" and all(m.translations))
        plural = sum(1 for m in messages if m.numerus)
        print(f"{language:6} {len(messages)} messages, {done} translated, {plural} with plural forms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("update", "release", "check", "stats"))
    args = parser.parse_args(argv)
    if args.command == "update":
        lupdate(TRANSLATIONS)
        stats()
    elif args.command == "release":
        lrelease(TRANSLATIONS, TRANSLATIONS)
    elif args.command == "stats":
        stats()
    else:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"translations: {len(problems)} problem(s)", file=sys.stderr)
            return 1
        print("translations: .ts files current, every shipped language complete, .qm files current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
