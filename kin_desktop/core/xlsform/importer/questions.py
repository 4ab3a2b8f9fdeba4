"""One question's options: unit, required, choices, or_other, range, constraint bounds, default."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from kin_desktop.core import expr
from kin_desktop.core.xlsform.importer.expressions import _expression_message
from kin_desktop.core.xlsform.importer.model import (
    _NO,
    _UNIT_IN_LABEL,
    _YES,
    _and,
    _Choice,
    _conjuncts,
    _Frame,
    _json_number,
    _number,
    _our_id,
    _Row,
)
from kin_desktop.core.xlsform.importer.structure import _Structure
from kin_desktop.core.xlsform.languages import english_name
from kin_desktop.core.xlsform.problems import Where
from kin_desktop.core.xlsform.rowtypes import OTHER_LABELS
from kin_desktop.core.xlsform.xpath import Context, Target, translate


def _is_current(node: expr.Node) -> bool:
    return isinstance(node, expr.Ref) and node.path == (".",)


def _literal_number(node: expr.Node, *, whole: bool) -> int | str | None:
    if not isinstance(node, expr.Literal) or isinstance(node.value, bool):
        return None
    if isinstance(node.value, int):
        return node.value
    if isinstance(node.value, Decimal) and not whole:
        return _json_number(node.value)
    return None


def _bound(kind: str, node: expr.Node) -> tuple[str, Any] | None:
    """``(option, value)`` when ``node`` is a bound KIN Desktop has an option for."""
    if isinstance(node, expr.Call) and node.name == "regex" and kind == "text":
        subject, pattern = node.args
        if _is_current(subject) and isinstance(pattern, expr.Literal) and isinstance(pattern.value, str):
            return "pattern", pattern.value
        return None
    if not (isinstance(node, expr.Binary) and node.op in (">=", "<=")):
        return None
    left, right = node.left, node.right
    side = "min" if node.op == ">=" else "max"
    if kind in ("integer", "decimal") and _is_current(left):
        value = _literal_number(right, whole=kind == "integer")
        return None if value is None else (side, value)
    if (
        kind == "date"
        and _is_current(left)
        and isinstance(right, expr.Literal)
        and isinstance(right.value, str)
    ):
        return (side, right.value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", right.value) else None
    if isinstance(left, expr.Call) and len(left.args) == 1 and _is_current(left.args[0]):
        value = _literal_number(right, whole=True)
        if value is None or not isinstance(value, int) or value < 0:
            return None
        if left.name == "length" and kind in ("text", "long_text"):
            return (f"{side}_length", value) if not (side == "max" and value < 1) else None
        if left.name == "count" and kind in ("multiple_choice", "ranking"):
            return side, value
    return None


class _Questions(_Structure):
    def question(self, row: _Row, frames: list[_Frame]) -> None:
        if any(f.kind == "repeat" and f.repeat is None for f in frames):
            return
        repeat_frame = next((f for f in reversed(frames) if f.kind == "repeat"), None)
        repeat_id = (
            None if repeat_frame is None or repeat_frame.repeat is None else str(repeat_frame.repeat["id"])
        )
        what = f"the question '{row.name}'"
        label = self.localized_or_report(row, "label", required=True, what=what)
        if label is None:
            return
        assert row.our_id is not None and row.qtype is not None
        question: dict[str, Any] = {"kind": "question", "id": row.our_id, "type": row.qtype, "label": label}
        hint = self.localized_or_report(row, "hint", required=False, what=what)
        if hint:
            question["hint"] = hint
        self.units(row, question)
        self.required(row, question, what)
        self.choices_of(row, question, repeat_id)
        self.bounds_of_range(row, question)
        owner = self.targets.get(row.name)
        # conditions of the groups flattened around it (inside its repeat group, or in its section)
        inner: list[expr.Node] = []
        for frame in reversed(frames):
            if frame.kind in ("repeat", "section"):
                break
            inner = [*frame.relevance, *inner]
        own = self.relevance_of(row, repeat_id, what)
        relevant = _and([*inner, *([own] if own is not None else [])])
        if relevant is not None:
            question["relevant"] = expr.to_source(relevant)
            text, where = self.survey_text(row, "relevant")
            self.translated[(row.our_id, "relevant")] = (relevant, text, where)
        self.constraint(row, question, repeat_id, owner, what)
        self.default(row, question, what)
        if row.type.kind == "range" and row.range_params and row.range_params["step"] != 1:
            self.step(row, question)
        if repeat_frame is not None and repeat_frame.repeat is not None:
            self.take_pending(repeat_frame.pending, question, into="hint")
            repeat_frame.repeat["items"].append(question)
        else:
            section = self.current_section(frames, row)
            self.take_pending(section.pending, question, into="hint")
            section.items.append(question)
        if row.type.or_other:
            self.or_other(row, question, repeat_frame, frames)

    def units(self, row: _Row, question: dict[str, Any]) -> None:
        assert self.survey is not None
        units, places = self.survey.localized(row.index, "unit")
        if units and row.qtype not in ("integer", "decimal"):
            self.problems.warning(
                next(iter(places.values())),
                f"a unit applies to numbers only, not to a {row.qtype} question: left out",
            )
            return
        if row.qtype not in ("integer", "decimal"):
            return
        if units:
            if "en" not in units:
                self.problems.error(
                    next(iter(places.values())), "the unit has no English text: every text needs English"
                )
                return
            question["unit"] = units
            return
        # the label convention: "Area of the city [km²]"
        label = question["label"]
        found: dict[str, str] = {}
        for language, text in label.items():
            match = _UNIT_IN_LABEL.match(text)
            if match is not None:
                found[language] = match.group("unit").strip()
        if "en" in found:
            question["unit"] = found
            question["label"] = {
                language: (_UNIT_IN_LABEL.match(text).group("label") if language in found else text)  # type: ignore[union-attr]
                for language, text in label.items()
            }

    def required(self, row: _Row, question: dict[str, Any], what: str) -> None:
        text, where = self.survey_text(row, "required")
        value = text.strip().lower()
        required = False
        if value in _YES:
            required = True
        elif value not in _NO and not re.search(r"[$()=<>]", value):
            self.problems.error(where, f"required '{text}' is neither yes nor no: write yes or no")
        elif value not in _NO:
            self.problems.refuse(
                where,
                f"required '{text}' depends on other answers; KIN Desktop asks yes or no (a question is "
                "required only while it is shown, so its relevance often says the same)",
                "the question is not required",
            )
        message = self.localized_or_report(row, "required_message", required=False, what=what)
        if required:
            question["required"] = True
            if message:
                question["required_message"] = message
        elif message:
            self.problems.warning(
                where, f"{what} has a required_message but is not required: the message is left out"
            )

    def choices_of(self, row: _Row, question: dict[str, Any], repeat_id: str | None) -> None:
        choice_list = row.choice_list
        if choice_list is None:
            return
        choices = list(choice_list.choices)
        filter_text, filter_where = self.survey_text(row, "choice_filter")
        if filter_text:
            choices = self.filtered(choices, filter_text, filter_where, repeat_id)
        if row.qtype == "yes_no":
            return
        if row.qtype == "rating":
            assert row.scale is not None
            low, high = row.scale
            scale: dict[str, Any] = {"min": low, "max": high}
            first = next((c for c in choices if c.name == str(low)), None)
            last = next((c for c in choices if c.name == str(high)), None)
            if first is not None and first.labels.get("en", first.name) != first.name:
                scale["min_label"] = dict(first.labels)
            if last is not None and last.labels.get("en", last.name) != last.name:
                scale["max_label"] = dict(last.labels)
            question["scale"] = scale
            return
        out: list[dict[str, Any]] = []
        for choice in choices:
            labels = dict(choice.labels)
            if "en" not in labels:
                written = ", ".join(f"{english_name(c)} ({c})" for c in labels)
                if self.lenient:
                    self.problems.warning(
                        choice.where,
                        f"the choice '{choice.name}' has no English label (only {written}): its name is shown in English",
                    )
                    labels["en"] = choice.name
                else:
                    self.problems.error(
                        choice.where,
                        f"the choice '{choice.name}' has no English label (only {written}): every text needs English",
                    )
            out.append({"value": choice.name, "label": labels})
        if row.type.or_other and "other" not in choice_list.names:
            out.append({"value": "other", "label": self.builtin_other(0, row)})
        if not out:
            self.problems.error(row.where_type, f"the question '{row.name}' has no choices left")
        question["choices"] = out

    def filtered(
        self, choices: list[_Choice], text: str, where: Where, repeat_id: str | None
    ) -> list[_Choice]:
        columns = frozenset({"name", "label", *(k for c in choices for k in c.columns)})
        result = translate(text, self, Context("choice_filter", repeat=repeat_id, choice_columns=columns))
        if result.dynamic:
            self.problems.refuse(
                where,
                f"choice_filter '{text}' depends on other answers (cascading choices), which KIN Desktop "
                "cannot do",
                "every choice of the list is offered",
            )
            return choices
        if result.node is None:
            for problem in result.problems:
                message = _expression_message("choice_filter", text, problem.position, problem.message)
                if problem.refused:
                    self.problems.refuse(where, message, "every choice of the list is offered")
                else:
                    self.problems.error(where, message)
            return choices
        node = result.node
        kept = []
        for choice in choices:
            values = {"name": choice.name, "label": choice.labels.get("en", ""), **choice.columns}

            def resolve(path: tuple[str, ...], values: Mapping[str, str] = values) -> Any:
                return values.get(path[0]) if len(path) == 1 else None

            if expr.truthy(expr.evaluate(node, resolve)):
                kept.append(choice)
        return kept

    def builtin_other(self, which: int, row: _Row) -> dict[str, str]:
        texts: dict[str, str] = {}
        missing: list[str] = []
        for language in self.languages:
            found = OTHER_LABELS.get(language) or OTHER_LABELS.get(language.split("-", 1)[0])
            if found is None:
                missing.append(language)
            else:
                texts[language] = found[which]
        if missing:
            written = ", ".join(f"{english_name(c)} ({c})" for c in missing)
            self.problems.warning(
                row.where_type,
                f"or_other: KIN Desktop has no built-in {'label' if which == 0 else 'question'} for the other "
                f"answer in {written}, so it shows in English there; to give your own, add a choice named "
                f"'other' to the list{'' if which == 0 else ' and a question named ' + row.name + '_other'}",
            )
        return texts

    def or_other(
        self,
        row: _Row,
        question: dict[str, Any],
        repeat_frame: _Frame | None,
        frames: list[_Frame],
    ) -> None:
        other_id = _our_id(f"{row.name}_other")
        if other_id in self.id_rows or f"{row.name}_other" in self.by_name:
            return  # reported in pass 1
        self.id_rows[other_id] = row.where_type
        label = self.builtin_other(1, row)
        extra: dict[str, Any] = {
            "kind": "question",
            "id": other_id,
            "type": "text",
            "label": label,
            "relevant": f"selected({question['id']}, 'other')",
            "required": True,
        }
        if question.get("relevant"):
            extra["relevant"] = f"({question['relevant']}) and selected({question['id']}, 'other')"
            extra["relevant"] = expr.to_source(expr.parse(extra["relevant"]))
        if repeat_frame is not None and repeat_frame.repeat is not None:
            repeat_frame.repeat["items"].append(extra)
        else:
            self.current_section(frames, row).items.append(extra)

    def bounds_of_range(self, row: _Row, question: dict[str, Any]) -> None:
        if row.range_params is None:
            return
        if row.qtype == "rating":
            assert row.scale is not None
            question["scale"] = {"min": row.scale[0], "max": row.scale[1]}
            return
        question["min"] = _json_number(row.range_params["start"])
        question["max"] = _json_number(row.range_params["end"])

    def step(self, row: _Row, question: dict[str, Any]) -> None:
        assert row.range_params is not None
        start, step = row.range_params["start"], row.range_params["step"]
        condition = f"(. - {format(start, 'f')}) % {format(step, 'f')} = 0"
        existing = question.get("constraint")
        question["constraint"] = condition if not existing else f"({existing}) and {condition}"

    def constraint(
        self,
        row: _Row,
        question: dict[str, Any],
        repeat_id: str | None,
        owner: Target | None,
        what: str,
    ) -> None:
        text, where = self.survey_text(row, "constraint")
        message = self.localized_or_report(row, "constraint_message", required=False, what=what)
        if not text:
            if message:
                self.problems.warning(where, f"{what} has a constraint_message but no constraint: left out")
            return
        node = self.expression(
            text, where, Context("constraint", repeat=repeat_id, owner=owner), what="constraint"
        )
        if node is None:
            return
        node = self.extract_bounds(question, node, has_message=bool(message))
        if node is None:
            return
        question["constraint"] = expr.to_source(node)
        self.translated[(str(question["id"]), "constraint")] = (node, text, where)
        if message:
            question["constraint_message"] = message

    def extract_bounds(
        self, question: dict[str, Any], node: expr.Node, *, has_message: bool
    ) -> expr.Node | None:
        """Bounds at the end of the constraint (``. >= 0 and . <= 120``) become min/max and the like."""
        if "min" in question or "max" in question:
            return node
        parts = _conjuncts(node)
        found: dict[str, Any] = {}
        cut = len(parts)
        while cut > 0:
            bound = _bound(question["type"], parts[cut - 1])
            if bound is None or bound[0] in found:
                break
            found[bound[0]] = bound[1]
            cut -= 1
        if not found:
            return node
        if cut == 0 and has_message:
            return node  # the author's message stays with the whole condition
        if "min_length" in found and "max_length" in found and found["min_length"] > found["max_length"]:
            return node
        question.update(found)
        return _and(parts[:cut])

    def default(self, row: _Row, question: dict[str, Any], what: str) -> None:
        text, where = self.survey_text(row, "default", dates=True)
        if not text:
            return
        kind = question["type"]
        if "${" in text or re.search(r"[a-z\-]+\(", text):
            self.problems.refuse(
                where,
                f"the default '{text}' is computed; KIN Desktop takes a fixed default answer",
                "the default was left out",
            )
            return
        value: Any
        if kind in ("text", "long_text"):
            value = text
        elif kind in ("integer", "rating"):
            number = _number(text)
            if number is None or number != number.to_integral_value():
                self.problems.error(where, f"the default '{text}' of {what} is not a whole number")
                return
            value = int(number)
        elif kind == "decimal":
            number = _number(text)
            if number is None:
                self.problems.error(where, f"the default '{text}' of {what} is not a number")
                return
            value = format(number, "f")
        elif kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                self.problems.error(where, f"the default '{text}' of {what} is not a date (YYYY-MM-DD)")
                return
            value = text
        elif kind == "yes_no":
            if text.lower() not in _YES | _NO:
                self.problems.error(where, f"the default '{text}' of {what} is neither yes nor no")
                return
            value = text.lower() in _YES
        else:
            names = {c["value"] for c in question.get("choices", ())}
            picked = [text] if kind == "single_choice" else text.split()
            unknown = [name for name in picked if name not in names]
            if unknown:
                self.problems.error(
                    where,
                    f"the default of {what} names {', '.join(repr(n) for n in unknown)}, which "
                    f"{'is' if len(unknown) == 1 else 'are'} not among its choices: give choice names",
                )
                return
            value = text if kind == "single_choice" else picked
        question["default"] = value
