"""A definition written as an XLSForm workbook (sheets of rows; ``services/xlsform`` saves them).

Importing the export gives back the same definition for everything XLSForm can say
(``tests/unit/services/test_xlsform_roundtrip.py`` holds it to that). What it cannot say
is listed by :func:`export_workbook` for the person exporting, and in ``docs/xlsform.md``:

- a repeat group's least and greatest number of entries, unless they are equal (XLSForm's
  ``repeat_count`` fixes the number);
- ``answered(x)`` is written ``${x} != ''`` and comes back as ``x != null``, which means
  the same.

KIN Desktop's own columns carry what ODK has no column for but KIN Desktop reads back:
``unit::LANGUAGE`` on the survey sheet, and ``form_title::LANGUAGE`` and
``description::LANGUAGE`` on the settings sheet (ODK ignores them).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kin_desktop.core import expr
from kin_desktop.core.questionnaire import Definition, Question, QuestionType, RepeatGroup
from kin_desktop.core.xlsform.languages import english_name
from kin_desktop.core.xlsform.rowtypes import YES_NO_LABELS
from kin_desktop.core.xlsform.workbook import Sheet, Workbook

__all__ = ["ExportResult", "export_workbook", "to_xpath"]


@dataclass(frozen=True)
class ExportResult:
    workbook: Workbook
    not_said: tuple[str, ...]  # what the workbook cannot say, one sentence each


def _language_column(base: str, code: str) -> str:
    return f"{base}::{english_name(code)} ({code})"


# --------------------------------------------------------------------------- expressions

_LEVEL = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "/": 6,
    "%": 6,
}
_XPATH_OP = {"/": "div", "%": "mod"}


def _string(text: str) -> str:
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    parts = text.split("'")
    return "concat(" + ', "\'", '.join(f"'{p}'" for p in parts) + ")"


class _XPath:
    """Writes a KIN Desktop expression in XLSForm's XPath (``${name}``, ``div``, ``count-selected``...)."""

    def __init__(self, definition: Definition, owner: Question | None) -> None:
        self.definition = definition
        self.owner = owner

    def question_of(self, node: expr.Node) -> Question | None:
        if not isinstance(node, expr.Ref):
            return None
        if node.path == (".",):
            return self.owner
        name = node.path[-1]
        return self.definition.question(name) if self.definition.has_question(name) else None

    def write(self, node: expr.Node) -> str:
        return self.node(node)[0]

    def node(self, node: expr.Node) -> tuple[str, int]:
        if isinstance(node, expr.Literal):
            return self.literal(node.value), 9
        if isinstance(node, expr.Ref):
            if node.path == (".",):
                return ".", 9
            return "${" + node.path[-1] + "}", 9
        if isinstance(node, expr.Unary):
            inner = self.write(node.operand)
            if node.op == "not":
                return f"not({inner})", 9
            return f"-({inner})", 8
        if isinstance(node, expr.Binary):
            return self.binary(node)
        return self.call(node), 9

    def literal(self, value: object) -> str:
        if value is None:
            return "''"
        if isinstance(value, bool):
            return "true()" if value else "false()"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, Decimal):
            text = format(value, "f")
            return text if "." in text else text + ".0"
        return _string(str(value))

    def binary(self, node: expr.Binary) -> tuple[str, int]:
        level = _LEVEL[node.op]
        left, right = node.left, node.right
        if node.op in ("=", "!="):
            for side, other in ((left, right), (right, left)):
                question = self.question_of(side)
                if (
                    question is not None
                    and question.type == QuestionType.YES_NO
                    and isinstance(other, expr.Literal)
                    and isinstance(other.value, bool)
                ):
                    word = "'yes'" if other.value else "'no'"
                    return f"{self.write(side)} {node.op} {word}", level
        left_text, left_level = self.node(left)
        right_text, right_level = self.node(right)
        if left_level < level:
            left_text = f"({left_text})"
        if (
            right_level <= level
        ):  # written left to right, so a right operand at the same level keeps its parentheses
            right_text = f"({right_text})"
        op = _XPATH_OP.get(node.op, node.op)
        return f"{left_text} {op} {right_text}", level

    def call(self, node: expr.Call) -> str:
        args = [self.write(arg) for arg in node.args]
        name = node.name
        if name == "count":
            subject = node.args[0]
            if isinstance(subject, expr.Ref) and (
                len(subject.path) == 2 or (len(subject.path) == 1 and self.is_repeat(subject.path[0]))
            ):
                return f"count({args[0]})"
            return f"count-selected({args[0]})"
        if name == "length":
            return f"string-length({args[0]})"
        if name == "answered":
            return f"{args[0]} != ''"
        if name == "year":
            return f"format-date({args[0]}, '%Y')"
        if name == "position":
            return "position(..)"
        return f"{name}({', '.join(args)})"

    def is_repeat(self, name: str) -> bool:
        return any(group.id == name for group in self.definition.repeats())


def to_xpath(source: str, definition: Definition, owner: Question | None = None) -> str:
    """A definition's expression text written in XLSForm's XPath."""
    return _XPath(definition, owner).write(expr.parse(source))


# --------------------------------------------------------------------------- the sheets


class _Exporter:
    def __init__(self, definition: Definition) -> None:
        self.d = definition
        self.languages = list(definition.languages)
        self.survey: list[dict[str, Any]] = []
        self.choices: list[dict[str, Any]] = []
        self.lists: dict[str, str] = {}  # choices' content (JSON) -> list name
        self.list_names: set[str] = set()
        self.not_said: list[str] = []

    def localized(self, row: dict[Any, Any], base: str, text: Mapping[str, str] | None) -> None:
        for code, value in (text or {}).items():
            row[(base, code)] = value

    def choice_list(self, wanted: str, rows: list[tuple[str, Mapping[str, str]]]) -> str:
        key = json.dumps(rows, ensure_ascii=False, sort_keys=True)
        found = self.lists.get(key)
        if found is not None:
            return found
        name, number = wanted, 2
        while name in self.list_names:
            name, number = f"{wanted}_{number}", number + 1
        self.list_names.add(name)
        self.lists[key] = name
        for value, labels in rows:
            row: dict[str, Any] = {"list_name": name, "name": value}
            self.localized(row, "label", labels)
            self.choices.append(row)
        return name

    def yes_no_list(self) -> str:
        labels_yes = {
            c: (YES_NO_LABELS.get(c) or YES_NO_LABELS.get(c.split("-")[0]) or YES_NO_LABELS["en"])[0]
            for c in self.languages
        }
        labels_no = {
            c: (YES_NO_LABELS.get(c) or YES_NO_LABELS.get(c.split("-")[0]) or YES_NO_LABELS["en"])[1]
            for c in self.languages
        }
        return self.choice_list("yes_no", [("yes", labels_yes), ("no", labels_no)])

    def run(self) -> ExportResult:
        for section in self.d.sections:
            row: dict[str, Any] = {"type": "begin group", "name": section.id}
            self.localized(row, "label", section.title)
            self.localized(row, "hint", section.description)
            if section.relevant:
                row["relevant"] = to_xpath(section.relevant, self.d)
            self.survey.append(row)
            for item in section.items:
                if isinstance(item, RepeatGroup):
                    self.repeat(item)
                else:
                    self.question(item)
            self.survey.append({"type": "end group", "name": section.id})
        return ExportResult(self.workbook(), tuple(self.not_said))

    def repeat(self, group: RepeatGroup) -> None:
        row: dict[str, Any] = {"type": "begin repeat", "name": group.id}
        self.localized(row, "label", group.label)
        self.localized(row, "hint", group.hint)
        if group.relevant:
            row["relevant"] = to_xpath(group.relevant, self.d)
        if group.max is not None and group.min == group.max:
            row["repeat_count"] = str(group.max)
        elif group.min or group.max is not None:
            bounds = f"at least {group.min}" + (f" and at most {group.max}" if group.max is not None else "")
            self.not_said.append(
                f"repeat group '{group.id}': {bounds} entries (XLSForm's repeat_count can only fix the number)"
            )
        self.survey.append(row)
        for question in group.items:
            self.question(question)
        self.survey.append({"type": "end repeat", "name": group.id})

    def question(self, q: Question) -> None:
        row: dict[str, Any] = {"name": q.id}
        kind = q.type
        appearance: list[str] = []
        if kind in (QuestionType.TEXT, QuestionType.LONG_TEXT):
            row["type"] = "text"
            if kind == QuestionType.LONG_TEXT:
                appearance.append("multiline")
        elif kind in (QuestionType.INTEGER, QuestionType.DECIMAL, QuestionType.DATE):
            row["type"] = kind.value
        elif kind == QuestionType.YES_NO:
            row["type"] = f"select_one {self.yes_no_list()}"
        elif kind == QuestionType.RATING:
            scale = q.scale
            assert scale is not None
            rows: list[tuple[str, Mapping[str, str]]] = []
            for number in range(scale.min, scale.max + 1):
                labels: Mapping[str, str] = dict.fromkeys(self.languages, str(number))
                if number == scale.min and scale.min_label:
                    labels = scale.min_label
                elif number == scale.max and scale.max_label:
                    labels = scale.max_label
                rows.append((str(number), labels))
            row["type"] = f"select_one {self.choice_list(f'{q.id}_scale', rows)}"
            appearance.append("likert")
        else:
            prefix = {
                QuestionType.SINGLE_CHOICE: "select_one",
                QuestionType.MULTIPLE_CHOICE: "select_multiple",
                QuestionType.RANKING: "rank",
            }[kind]
            rows = [(c.value, c.label) for c in q.choices or ()]
            row["type"] = f"{prefix} {self.choice_list(q.id, rows)}"
            spaced = [c.value for c in q.choices or () if any(ch.isspace() for ch in c.value)]
            if spaced and kind != QuestionType.SINGLE_CHOICE:
                self.not_said.append(
                    f"question '{q.id}': ODK and Kobo refuse choice names with spaces in "
                    f"{prefix} ({', '.join(repr(v) for v in spaced)}); KIN Desktop reads them back as they are"
                )
        if appearance:
            row["appearance"] = " ".join(appearance)
        self.localized(row, "label", q.label)
        self.localized(row, "hint", q.hint)
        self.localized(row, "unit", q.unit)
        if q.required:
            row["required"] = "yes"
            self.localized(row, "required_message", q.required_message)
        if q.relevant:
            row["relevant"] = to_xpath(q.relevant, self.d, q)
        constraint = self.constraint(q)
        if constraint:
            row["constraint"] = constraint
            self.localized(row, "constraint_message", q.constraint_message)
        if q.default is not None:
            default = q.default
            if isinstance(default, bool):
                row["default"] = "yes" if default else "no"
            elif isinstance(default, list):
                row["default"] = " ".join(default)
            else:
                row["default"] = str(default)
        self.survey.append(row)

    def constraint(self, q: Question) -> str:
        parts: list[str] = []
        if q.constraint:
            node = expr.parse(q.constraint)
            text = _XPath(self.d, q).write(node)
            parts.append(f"({text})" if isinstance(node, expr.Binary) and node.op == "or" else text)
        kind = q.type
        if kind in (QuestionType.INTEGER, QuestionType.DECIMAL):
            for value, op in ((q.min, ">="), (q.max, "<=")):
                if value is not None:
                    parts.append(f". {op} {value}")
        elif kind == QuestionType.DATE:
            for value, op in ((q.min, ">="), (q.max, "<=")):
                if value is not None:
                    parts.append(f". {op} date('{value}')")
        elif kind in (QuestionType.MULTIPLE_CHOICE, QuestionType.RANKING):
            for value, op in ((q.min, ">="), (q.max, "<=")):
                if value is not None:
                    parts.append(f"count-selected(.) {op} {value}")
        if q.min_length is not None:
            parts.append(f"string-length(.) >= {q.min_length}")
        if q.max_length is not None:
            parts.append(f"string-length(.) <= {q.max_length}")
        if q.pattern is not None:
            parts.append(f"regex(., {_string(q.pattern)})")
        return " and ".join(parts)

    # -- sheets ----------------------------------------------------------------

    def columns(self, rows: list[dict[str, Any]], order: list[str]) -> list[tuple[str, Any]]:
        present = {key for row in rows for key in row}
        out: list[tuple[str, Any]] = []
        for base in order:
            if base in present:
                out.append((base, base))
            for code in self.languages:
                if (base, code) in present:
                    out.append((_language_column(base, code), (base, code)))
        return out

    def sheet(self, name: str, rows: list[dict[str, Any]], order: list[str]) -> Sheet:
        columns = self.columns(rows, order)
        table: list[tuple[str | None, ...]] = [tuple(header for header, _ in columns)]
        table.extend(tuple(row.get(key) for _, key in columns) for row in rows)
        return Sheet(name, table)

    def workbook(self) -> Workbook:
        survey = self.sheet(
            "survey",
            self.survey,
            [
                "type",
                "name",
                "label",
                "hint",
                "unit",
                "required",
                "required_message",
                "relevant",
                "constraint",
                "constraint_message",
                "appearance",
                "default",
                "repeat_count",
            ],
        )
        choices = self.sheet("choices", self.choices, ["list_name", "name", "label"])
        settings_row: dict[Any, Any] = {
            "form_id": self.d.id,
            "version": self.d.version,
            "default_language": f"{english_name('en')} (en)",
        }
        for code, text in self.d.title.items():
            settings_row["form_title" if code == "en" else ("form_title", code)] = text
        for code, text in (self.d.description or {}).items():
            settings_row[("description", code)] = text
        settings = self.sheet(
            "settings",
            [settings_row],
            ["form_title", "form_id", "version", "default_language", "description"],
        )
        return Workbook([survey, choices, settings], f"{self.d.id}.xlsx")


def export_workbook(definition: Definition) -> ExportResult:
    """The definition as XLSForm sheets, and what they cannot say."""
    return _Exporter(definition).run()
