"""The first pass over the survey: each row's kind, name, KIN Desktop id and question type."""

from __future__ import annotations

import re
from decimal import Decimal

from kin_desktop.core.xlsform.columns import SheetReader
from kin_desktop.core.xlsform.importer.model import _YES, _List, _number, _our_id, _Row
from kin_desktop.core.xlsform.importer.sheets import _Sheets
from kin_desktop.core.xlsform.problems import Where
from kin_desktop.core.xlsform.rowtypes import parse_type
from kin_desktop.core.xlsform.xpath import Target


def _numeric_scale(choice_list: _List) -> tuple[int, int] | None:
    numbers: list[int] = []
    for choice in choice_list.choices:
        if not re.fullmatch(r"-?\d+", choice.name):
            return None
        numbers.append(int(choice.name))
    if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return numbers[0], numbers[-1]


def reader_text(reader: SheetReader, index: int, base: str) -> str:
    return reader.text(index, base)[0]


class _Rows(_Sheets):
    def plan_rows(self) -> None:
        reader = self.survey
        assert reader is not None
        type_column = reader.first("type")
        name_column = reader.first("name")
        if type_column is None or name_column is None:
            return
        repeats: list[_Row] = []
        path: list[_Row] = []
        for index in reader.data_rows():
            if reader.is_blank(index):
                continue
            written = reader.cell(index, type_column)
            name = "".join(reader.cell(index, name_column).split())
            where_type = reader.where(index, type_column)
            where_name = reader.where(index, name_column)
            if not written:
                if name or any(reader.cell(index, c) for c in reader.by_base.get("label", ())):
                    self.problems.error(
                        where_type, f"this row ({name or 'no name'}) has no type: give it one"
                    )
                continue
            if written.startswith("#"):
                continue
            row = _Row(index, parse_type(written), name, where_type, where_name)
            row.parent = "/".join(r.name for r in path)
            self.plan_row(row, repeats)
            self.rows.append(row)
            text = row.type.written.lower()
            if row.type.kind in ("begin_group", "begin_repeat") or text.startswith(
                ("begin loop", "begin_loop")
            ):
                path.append(row)
            elif path and (
                row.type.kind in ("end_group", "end_repeat") or text.startswith(("end loop", "end_loop"))
            ):
                path.pop()
        for name in self.ambiguous:
            rows = ", ".join(str(r.where_name.row) for r in self.rows if r.name == name)
            first = self.by_name[name]
            self.targets[name] = Target(
                name,
                "other",
                first.where_name.row or 0,
                unusable=f"one of several rows named '{name}' (rows {rows}); rename them so that "
                "${" + name + "} names one question",
            )

    def plan_row(self, row: _Row, repeats: list[_Row]) -> None:
        reader = self.survey
        assert reader is not None
        kind = row.type.kind
        row.repeat = next((r.our_id for r in reversed(repeats) if r.our_id), None)
        if kind == "end_repeat":
            if repeats:
                repeats.pop()
            return
        if kind == "end_group":
            return
        if kind == "unknown":
            self.problems.error(
                row.where_type,
                f"'{row.type.written}' is not an XLSForm type (text, integer, decimal, date, select_one LIST, "
                "select_multiple LIST, rank LIST, range, note, begin group...)",
            )
            return
        if kind == "missing_list":
            self.problems.error(
                row.where_type, f"'{row.type.written}' needs a choice list: write '{row.type.what} LIST'"
            )
            return
        if kind == "refused" and row.type.written.lower().startswith(("end loop", "end_loop")):
            return
        if not row.name and kind not in ("begin_group", "note", "metadata"):
            self.problems.error(
                row.where_name, f"this {row.type.written} row has no name: give it a unique name"
            )
            if kind == "begin_repeat":
                repeats.append(row)
            return
        if row.name and row.name in self.by_name:
            first = self.by_name[row.name]
            if first.parent == row.parent:
                self.problems.error(
                    row.where_name,
                    f"the name '{row.name}' is already used in row {first.where_name.row} of the same "
                    "group: names must differ",
                )
                if kind == "begin_repeat":
                    repeats.append(row)
                return
            self.ambiguous.add(row.name)
            row.prefix = _our_id(row.parent.rsplit("/", 1)[-1]) if row.parent else "q"
        elif row.name:
            self.by_name[row.name] = row
        appearance = tuple(reader_text(reader, row.index, "appearance").lower().split())
        row.appearance = appearance
        if kind == "metadata":
            row.dropped = f"{row.type.written} ({row.type.what}), which KIN Desktop does not record"
            self.metadata.append(row)
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable=f"{row.dropped}"
            )
            return
        if kind == "refused":
            row.dropped = f"{row.type.written} ({row.type.what}), which KIN Desktop cannot collect"
            self.problems.refuse(
                row.where_type,
                f"'{row.type.written}' asks for {row.type.what}, which KIN Desktop cannot collect",
                "this row was left out",
            )
            self.targets[row.name] = Target(row.name, "other", row.where_name.row or 0, unusable=row.dropped)
            if row.type.what == "a loop over a choice list" and row.type.written.lower().startswith("begin"):
                repeats.append(row)
            return
        if kind == "calculate":
            text, where = self.survey_text(row, "calculation")
            if not text:
                self.problems.error(where, f"the calculation '{row.name}' is empty: write its expression")
                self.targets[row.name] = Target(
                    row.name, "other", row.where_name.row or 0, unusable="an empty calculation"
                )
                return
            self.calculations[row.name] = (text, where)
            self.targets[row.name] = Target(row.name, "calculate", row.where_name.row or 0, repeat=row.repeat)
            return
        if kind == "begin_group":
            self.targets.setdefault(row.name, Target(row.name, "group", row.where_name.row or 0))
            return
        if kind == "begin_repeat":
            repeats.append(row)
            if row.repeat is not None:
                row.dropped = "a repeat group inside a repeat group"
                self.problems.refuse(
                    row.where_type,
                    f"the repeat group '{row.name}' is inside another repeat group; KIN Desktop's repeat "
                    "groups do not nest",
                    "it was left out with its questions",
                )
                self.targets[row.name] = Target(
                    row.name, "other", row.where_name.row or 0, unusable=row.dropped
                )
                return
            row.our_id = self.assign_id(row)
            self.targets[row.name] = Target(row.name, "repeat", row.where_name.row or 0, our_id=row.our_id)
            return
        if kind == "note":
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable="a note, which holds no answer"
            )
            return
        # questions
        enclosing = repeats[-1] if repeats else None
        if enclosing is not None and enclosing.dropped is not None:
            row.dropped = f"inside the left-out {enclosing.type.written} '{enclosing.name}'"
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable=f"a question {row.dropped}"
            )
            return
        read_only, _ = self.survey_text(row, "read_only")
        if read_only and read_only.lower() in _YES:
            row.as_note = True
            self.problems.warning(
                row.where_type,
                f"'{row.name}' is read-only, so it takes no answer: it is shown as text",
            )
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable="a read-only question, shown as text"
            )
            return
        row.qtype = self.question_type(row)
        if row.qtype is None:
            self.targets[row.name] = Target(
                row.name, "other", row.where_name.row or 0, unusable="a row with an error"
            )
            return
        row.our_id = self.assign_id(row)
        choices = None
        if row.choice_list is not None:
            choices = frozenset(row.choice_list.names | ({"other"} if row.type.or_other else set()))
        self.targets[row.name] = Target(
            row.name,
            "question",
            row.where_name.row or 0,
            our_id=row.our_id,
            repeat=row.repeat,
            qtype=row.qtype,
            choices=choices,
        )
        if row.type.or_other:
            other = f"{row.name}_other"
            if other in self.by_name:
                self.problems.error(
                    row.where_type,
                    f"or_other adds a question named '{other}' for the other answer, but row "
                    f"{self.by_name[other].where_name.row} already has that name: rename it",
                )

    def assign_id(self, row: _Row) -> str:
        our = _our_id(row.name)
        if row.prefix:
            base = _our_id(f"{row.prefix}_{row.name}")
            our, number = base, 2
            while our in self.id_rows:
                our, number = f"{base[:60]}_{number}", number + 1
            first = self.by_name[row.name]
            self.problems.warning(
                row.where_name,
                f"the name '{row.name}' is also used in row {first.where_name.row} (in another group); "
                f"KIN Desktop ids are unique in the whole questionnaire, so here it becomes '{our}'",
            )
        elif our != row.name:
            self.renamed.append((row.name, our, row.where_name))
        if our in self.id_rows:
            self.problems.error(
                row.where_name,
                f"'{row.name}' becomes the id '{our}' (KIN Desktop ids are lower case letters, digits and _), "
                f"which row {self.id_rows[our].row} already has: rename one of them",
            )
        else:
            self.id_rows[our] = row.where_name
        return our

    def survey_text(self, row: _Row, base: str, *, dates: bool = False) -> tuple[str, Where]:
        assert self.survey is not None
        return self.survey.text(row.index, base, dates_expected=dates)

    def question_type(self, row: _Row) -> str | None:
        kind = row.type.kind
        if kind == "text":
            return "long_text" if "multiline" in row.appearance else "text"
        if kind in ("integer", "decimal", "date"):
            return kind
        if kind == "range":
            return self.range_type(row)
        list_name = row.type.list_name or ""
        choice_list = self.lists.get(list_name)
        if choice_list is None:
            folded = {name.casefold(): name for name in self.lists}
            if list_name.casefold() in folded:
                choice_list = self.lists[folded[list_name.casefold()]]
                self.problems.warning(
                    row.where_type,
                    f"the list '{list_name}' is written '{choice_list.name}' on the choices sheet: read as the same list",
                )
        if choice_list is None:
            known = ", ".join(sorted(self.lists)[:8]) or "none"
            self.problems.error(
                row.where_type,
                f"there is no choice list '{list_name}' on the choices sheet (its lists are: {known})",
            )
            return None
        row.choice_list = choice_list
        if kind == "select_multiple":
            return "multiple_choice"
        if kind == "rank":
            return "ranking"
        filtered = bool(self.survey_text(row, "choice_filter")[0])
        if "likert" in row.appearance and not row.type.or_other and not filtered:
            scale = _numeric_scale(choice_list)
            if scale is not None:
                row.scale = scale
                return "rating"
            self.problems.warning(
                row.where_type,
                f"the likert question '{row.name}' is kept as a choice question: its choice names are not "
                "the whole numbers 1, 2, 3... in order (only those become a rating scale)",
            )
        if not row.type.or_other and not filtered and sorted(choice_list.names) == ["no", "yes"]:
            return "yes_no"
        return "single_choice"

    def range_type(self, row: _Row) -> str | None:
        text, where = self.survey_text(row, "parameters")
        params: dict[str, Decimal] = {"start": Decimal(1), "end": Decimal(10), "step": Decimal(1)}
        for part in re.split(r"[\s;,]+", text.strip()):
            if not part:
                continue
            key, _, value = part.partition("=")
            number = _number(value.strip())
            if key.strip().lower() not in params or number is None:
                self.problems.error(where, f"'{part}' is not a range parameter: write start=0 end=10 step=1")
                return None
            params[key.strip().lower()] = number
        if params["step"] <= 0 or params["start"] > params["end"]:
            self.problems.error(where, "a range needs start <= end and a positive step")
            return None
        row.range_params = params
        whole = all(v == v.to_integral_value() for v in params.values())
        if "rating" in row.appearance and whole and params["step"] == 1:
            row.scale = (int(params["start"]), int(params["end"]))
            if row.scale[0] >= row.scale[1]:
                self.problems.error(where, "a rating needs start < end")
                return None
            return "rating"
        return "integer" if whole else "decimal"

    def report_metadata(self) -> None:
        if not self.metadata:
            return
        kinds = ", ".join(dict.fromkeys(row.type.written for row in self.metadata))
        self.problems.warning(
            self.metadata[0].where_type,
            f"{len(self.metadata)} row(s) record facts about the interview ({kinds}), not answers: "
            "KIN Desktop records when and by whom a response was saved itself, so they are left out",
        )

    def report_renames(self) -> None:
        if not self.renamed:
            return
        shown = ", ".join(f"{old} → {new}" for old, new, _ in self.renamed[:12])
        more = f" and {len(self.renamed) - 12} more" if len(self.renamed) > 12 else ""
        self.problems.warning(
            self.renamed[0][2],
            f"{len(self.renamed)} name(s) were made into KIN Desktop ids (lower case letters, digits and _): "
            f"{shown}{more}",
        )
