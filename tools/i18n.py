"""Translations of the interface: update the .ts sources, compile the .qm files, check both.

    python tools/i18n.py update    # pyside6-lupdate: new and changed messages into every .ts
    python tools/i18n.py release   # pyside6-lrelease: every .ts into its committed .qm
    python tools/i18n.py check     # CI: .ts current, translations complete, .qm current,
                                   # questionnaires and printed labels complete, glossary kept
    python tools/i18n.py stats     # messages and translations per language
    python tools/i18n.py merge-questionnaire LANG FILE   # a translator's flat file into the
                                   # questionnaire (translations/incoming/questionnaire-LANG.json)

The .ts files are the single source of truth; the .qm files are generated from them and
committed (so an editable install and the frozen build ship them), and ``check`` fails when
regenerating them would change a byte. The questionnaire's texts live in its definition
(resources/questionnaires), the printed labels in translations/print/<lang>.json, the terms
every translation keeps in translations/glossary.csv. docs/translations.md describes the workflow.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kin_desktop.core.languages import INTERFACE_LANGUAGES, content_tag, interface_language  # noqa: E402

TRANSLATIONS = ROOT / "translations"
QUESTIONNAIRES = ROOT / "resources" / "questionnaires"
PRINT_LABELS = TRANSLATIONS / "print"
GLOSSARY = TRANSLATIONS / "glossary.csv"
PREFIX = "kin_desktop"
# Languages shipped complete: every message translated (every interface language but English).
COMPLETE = tuple(language for language in INTERFACE_LANGUAGES if language != "en")
# Languages that only need their plural forms ("%n change(s)" -> "1 change" / "2 changes"):
# the other messages are shown as written in the source.
PLURALS_ONLY = ("en",)
LANGUAGES = PLURALS_ONLY + COMPLETE
# Qt's own strings (dialog buttons, the set-up wizard's Back/Next) for the languages Qt ships no
# qtbase_<lang>.qm for: translations/qt_<lang>.ts, written by hand, compiled like ours.
QT_OWN = ("id", "th", "vi")
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


def _compiled() -> list[tuple[str, str]]:
    """(file prefix, language) of every .ts compiled into a .qm."""
    return [(PREFIX, language) for language in LANGUAGES] + [("qt", language) for language in QT_OWN]


def lrelease(source_dir: Path, target_dir: Path) -> None:
    for prefix, language in _compiled():
        _run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                "-nounfinished",
                str(source_dir / f"{prefix}_{language}.ts"),
                "-qm",
                str(target_dir / f"{prefix}_{language}.qm"),
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
        for prefix, language in _compiled():
            committed_qm = TRANSLATIONS / f"{prefix}_{language}.qm"
            if not committed_qm.exists():
                problems.append(f"{committed_qm.name} is missing: run `python tools/i18n.py release`")
            elif committed_qm.read_bytes() != (fresh_dir / committed_qm.name).read_bytes():
                problems.append(f"{committed_qm.name} is out of date: run `python tools/i18n.py release`")
    problems.extend(content_problems())
    return problems


def content_problems() -> list[str]:
    """The translations outside the .ts files: questionnaires, printed labels, the glossary."""
    problems: list[str] = []
    for path in sorted(QUESTIONNAIRES.glob("*.json")):
        problems.extend(questionnaire_problems(path))
    problems.extend(print_label_problems())
    problems.extend(glossary_problems(read_glossary(), glossary_pairs()))
    return problems


# --------------------------------------------------------------------------- questionnaires

# Placeholders of a questionnaire text: {name} and ${name} (a value filled in when shown).
TEXT_PLACEHOLDER = re.compile(r"\$?\{[^{}]*\}")
_LANGUAGE_KEY = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return path.name


def _short(text: str) -> str:
    return text if len(text) < 60 else text[:57] + "..."


def is_text(value: Any) -> bool:
    """A localized text of a questionnaire definition: language tag -> string, English among them."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("en"), str)
        and all(
            isinstance(key, str) and _LANGUAGE_KEY.match(key) and isinstance(text, str)
            for key, text in value.items()
        )
    )


def text_objects(data: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """(JSON pointer, text) of every localized text, in document order ("/sections/0/title")."""
    if is_text(data):
        yield pointer, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from text_objects(value, f"{pointer}/{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from text_objects(value, f"{pointer}/{index}")


def _text_placeholders(text: str) -> list[str]:
    return sorted(set(TEXT_PLACEHOLDER.findall(text)))


def questionnaire_problems(path: Path, languages: tuple[str, ...] = INTERFACE_LANGUAGES) -> list[str]:
    """Every text of a questionnaire definition in every interface language, non-empty, with
    the placeholders of its English text; the definition's ``languages`` naming them all."""
    name = _rel(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"{name}: cannot be read: {error}"]
    problems = []
    listed = data.get("languages", []) if isinstance(data, dict) else []
    tags = [content_tag(language) for language in languages]
    for tag in tags:
        if tag not in listed:
            problems.append(f'{name}: "languages" does not name {tag}')
    texts = list(text_objects(data))
    for tag in tags:
        if tag == "en":
            continue
        missing = [pointer for pointer, text in texts if not text.get(tag, "").strip()]
        if texts and len(missing) == len(texts):
            problems.append(f"{name}: {tag}: none of the {len(texts)} texts is translated")
            continue
        for pointer, text in texts:
            english = text["en"]
            translated = text.get(tag, "")
            if not translated.strip():
                problems.append(f"{name}: {tag}: untranslated {pointer} {_short(english)!r}")
                continue
            wanted, found = _text_placeholders(english), _text_placeholders(translated)
            if wanted != found:
                problems.append(f"{name}: {tag}: placeholders {found} instead of {wanted} in {pointer}")
    return problems


def _indent_of(source: str) -> int:
    """The indent of a JSON file written with ``json.dumps(indent=n)`` (2 when it cannot tell)."""
    match = re.search(r"\n( +)\S", source)
    return len(match.group(1)) if match else 2


def _language_position(code: str) -> int:
    order = [content_tag(language) for language in INTERFACE_LANGUAGES]
    return order.index(code) if code in order else len(order)


def _with_language(text: dict[str, str], tag: str, value: str) -> dict[str, str]:
    """``text`` with ``tag`` set: in place when it is there, else after the languages that come
    before it in the interface order (the other keys keep their order)."""
    if tag in text:
        return {key: (value if key == tag else old) for key, old in text.items()}
    items = list(text.items())
    where = len(items)
    for index, (key, _old) in enumerate(items):
        if _language_position(key) > _language_position(tag):
            where = index
            break
    items.insert(where, (tag, value))
    return dict(items)


def _resolve(data: Any, pointer: str) -> tuple[Any, str | int] | None:
    """(parent, key) the JSON pointer names, or None."""
    parts = pointer.split("/")
    if parts[0] != "" or len(parts) < 2:
        return None
    node = data
    for part in parts[1:-1]:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    last = parts[-1]
    if isinstance(node, dict) and last in node:
        return node, last
    if isinstance(node, list) and last.isdigit() and int(last) < len(node):
        return node, int(last)
    return None


def merge_questionnaire(language: str, flat: Path, definition: Path) -> list[str]:
    """Write the texts of ``flat`` (JSON pointer -> text, ``translations/incoming/
    questionnaire-<lang>.json``) into ``definition`` under the language's tag, and add the tag
    to its ``languages``. Keys keep their order and the file its indent, so the diff holds
    only the new lines. Returns warnings (texts the flat file lacks); raises SystemExit on a
    pointer that names no text, writing nothing."""
    code = interface_language(language)
    if code is None or code == "en":
        raise SystemExit(f"{language}: not an interface language to translate into ({', '.join(COMPLETE)})")
    tag = content_tag(code)
    source = definition.read_text(encoding="utf-8")
    data = json.loads(source)
    texts = json.loads(flat.read_text(encoding="utf-8"))
    if not isinstance(texts, dict):
        raise SystemExit(f"{flat}: not a JSON object of pointer -> text")
    errors = []
    for pointer, value in texts.items():
        found = _resolve(data, pointer)
        if not isinstance(value, str):
            errors.append(f"{pointer}: not a text")
        elif found is None or not is_text(found[0][found[1]]):
            errors.append(f"{pointer}: no such text in {definition.name}")
    if errors:
        raise SystemExit(f"{flat.name}: nothing merged:\n" + "\n".join(errors))
    for pointer, value in texts.items():
        found = _resolve(data, pointer)
        assert found is not None
        parent, key = found
        parent[key] = _with_language(parent[key], tag, value)
    listed = data.setdefault("languages", ["en"])
    if tag not in listed:
        where = len(listed)
        for index, known in enumerate(listed):
            if _language_position(known) > _language_position(tag):
                where = index
                break
        listed.insert(where, tag)
    text = json.dumps(data, ensure_ascii=False, indent=_indent_of(source))
    if source.endswith("\n"):
        text += "\n"
    from kin_desktop.core.errors import DefinitionError
    from kin_desktop.core.questionnaire import load_definition

    try:
        load_definition(text)  # never write what the application would refuse
    except DefinitionError as error:
        raise SystemExit(
            f"{flat.name}: nothing merged: the result is not a valid definition: {error}"
        ) from error
    definition.write_text(text, encoding="utf-8")
    return [
        f"{definition.name}: {tag}: untranslated {pointer} {_short(text_['en'])!r}"
        for pointer, text_ in text_objects(data)
        if not text_.get(tag, "").strip()
    ]


# --------------------------------------------------------------------------- printed labels


def _label_placeholders(text: str) -> list[str] | None:
    """The {names} of a label template, or None when it is not a valid template."""
    try:
        return sorted({name for _, name, _, _ in string.Formatter().parse(text) if name is not None})
    except ValueError:
        return None


def label_file_problems(
    language: str, values: Mapping[str, Any], english: Mapping[str, Any], name: str
) -> list[str]:
    """What is wrong with one language's printed labels: fields missing or unknown, empty
    texts, placeholders other than the English text's."""
    problems = []
    for field in english:
        if field not in values:
            problems.append(f"{name}: {field} is missing")
    for field in values:
        if field not in english:
            problems.append(f"{name}: {field} is not a label")
    allowed = {language, content_tag(language)}
    if "language" in values and values["language"] not in allowed:
        problems.append(f"{name}: language is {values['language']!r}, not {content_tag(language)!r}")
    for field, source in english.items():
        if field == "language" or field not in values:
            continue
        value = values[field]
        if isinstance(source, Mapping):
            if not isinstance(value, Mapping):
                problems.append(f"{name}: {field} is not an object of texts")
                continue
            pairs = [(f"{field}.{key}", text, value.get(key)) for key, text in source.items()]
            problems.extend(f"{name}: {field}.{key} is not a label" for key in value if key not in source)
        else:
            pairs = [(field, source, value)]
        for where, original, text in pairs:
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{name}: {where} is empty")
                continue
            wanted, found = _label_placeholders(original), _label_placeholders(text)
            if found is None:
                problems.append(f"{name}: {where} is not a valid template (a lone {{ or }})")
            elif wanted != found:
                problems.append(f"{name}: placeholders {found} instead of {wanted} in {where}")
    return problems


def print_label_problems(
    directory: Path = PRINT_LABELS, languages: tuple[str, ...] = INTERFACE_LANGUAGES
) -> list[str]:
    """Every interface language has its printed labels, complete; no file for another language."""
    english_path = directory / "en.json"
    try:
        english = json.loads(english_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"{_rel(english_path)}: cannot be read: {error}"]
    problems = []
    for language in languages:
        path = directory / f"{language}.json"
        if not path.is_file():
            problems.append(f"{_rel(path)} is missing")
    for path in sorted(directory.glob("*.json")):
        if path.stem not in languages:
            problems.append(f"{_rel(path)}: {path.stem} is not an interface language")
            continue
        if path.stem == "en":
            values = english
        else:
            try:
                values = json.loads(path.read_text(encoding="utf-8"))
            except ValueError as error:
                problems.append(f"{_rel(path)}: cannot be read: {error}")
                continue
        if not isinstance(values, dict):
            problems.append(f"{_rel(path)}: not a JSON object")
            continue
        problems.extend(label_file_problems(path.stem, values, english, _rel(path)))
    return problems


# --------------------------------------------------------------------------- glossary


@dataclass(frozen=True)
class Term:
    english: str
    translations: Mapping[str, str]  # interface language -> its term

    @property
    def pattern(self) -> re.Pattern[str]:
        """The term in any form: whole words, any case, a plural -s ("Commitments")."""
        words = r"[\s\-]+".join(re.escape(word) for word in re.split(r"[\s\-]+", self.english))
        return re.compile(rf"(?<!\w){words}s?(?!\w)", re.IGNORECASE)


def read_glossary(path: Path = GLOSSARY) -> list[Term]:
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return [
        Term(row["term"], {language: row[language] for language in COMPLETE if row.get(language)})
        for row in rows
        if row.get("term")
    ]


def _plain(text: str) -> str:
    """A text as its words read: no shortcut marks ("&Commitments", "コミットメント(&C)")."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _comparable(text: str, language: str) -> str:
    text = _plain(text).casefold()  # case-insensitive for the Latin script (others have no case)
    if language == "ko":
        text = re.sub(r"\s+", "", text)  # Korean spacing varies: 시범 사업 / 시범사업
    return text


def glossary_problems(
    terms: list[Term], pairs: Iterator[tuple[str, str, str, str]] | list[tuple[str, str, str, str]]
) -> list[str]:
    """For each (language, where, English, translation): a term of the English text whose
    glossary term the translation lacks."""
    problems = []
    for language, where, english, translated in pairs:
        if not translated.strip():
            continue  # untranslated: reported as such
        source = _plain(english)
        text = _comparable(translated, language)
        for term in terms:
            wanted = term.translations.get(language)
            if wanted and term.pattern.search(source) and _comparable(wanted, language) not in text:
                problems.append(f"{language}: glossary: {where} has {term.english!r} but not {wanted!r}")
    return problems


def glossary_pairs(
    ts_dir: Path = TRANSLATIONS, questionnaires: Path = QUESTIONNAIRES, labels: Path = PRINT_LABELS
) -> Iterator[tuple[str, str, str, str]]:
    """(language, where, English, translation) of every translated text: .ts messages,
    questionnaire texts, printed labels."""
    for language in COMPLETE:
        path = ts_path(language, ts_dir)
        if path.exists():
            for message in read_ts(path):
                if message.kind == "":  # finished (an unfinished one is reported as such)
                    for text in message.translations:
                        yield language, f"{path.name} {message.where}", message.source, text
    for path in sorted(questionnaires.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # reported by questionnaire_problems
        for pointer, localized in text_objects(data):
            for language in COMPLETE:
                translated = localized.get(content_tag(language), "")
                yield language, f"{path.name} {pointer}", localized["en"], translated
    try:
        english = json.loads((labels / "en.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    for language in COMPLETE:
        try:
            values = json.loads((labels / f"{language}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(values, dict):
            continue
        for field, source in english.items():
            value = values.get(field)
            if isinstance(source, dict) and isinstance(value, dict):
                for key, text in source.items():
                    if isinstance(value.get(key), str):
                        yield language, f"print/{language}.json {field}.{key}", text, value[key]
            elif isinstance(source, str) and isinstance(value, str) and field != "language":
                yield language, f"print/{language}.json {field}", source, value


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
    parser.add_argument("command", choices=("update", "release", "check", "stats", "merge-questionnaire"))
    parser.add_argument("language", nargs="?", help="merge-questionnaire: the language (th, zh_CN, ...)")
    parser.add_argument("file", nargs="?", type=Path, help="merge-questionnaire: the flat JSON file")
    parser.add_argument(
        "--questionnaire",
        type=Path,
        default=QUESTIONNAIRES / "kin4-pre-meeting.json",
        help="merge-questionnaire: the definition to merge into (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    if args.command == "merge-questionnaire":
        if args.language is None or args.file is None:
            parser.error("merge-questionnaire needs LANG FILE")
        left = merge_questionnaire(args.language, args.file, args.questionnaire)
        for warning in left:
            print(warning, file=sys.stderr)
        print(f"{args.questionnaire.name}: {args.file.name} merged ({len(left)} text(s) still untranslated)")
        return 0
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
        print(
            "translations: .ts files current, every shipped language complete, .qm files current, "
            "questionnaires and printed labels complete, glossary terms kept"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
