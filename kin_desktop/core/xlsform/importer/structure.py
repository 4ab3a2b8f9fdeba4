"""The second pass: groups into sections, flattened groups, repeat groups and notes."""

from __future__ import annotations

from typing import Any

from kin_desktop.core import expr
from kin_desktop.core.xlsform.importer.expressions import _Expressions
from kin_desktop.core.xlsform.importer.model import (
    _INTERPOLATION,
    _and,
    _Frame,
    _humanize,
    _join_texts,
    _number,
    _our_id,
    _Row,
    _Section,
)
from kin_desktop.core.xlsform.languages import english_name
from kin_desktop.core.xlsform.problems import Where
from kin_desktop.core.xlsform.xpath import Context


class _Structure(_Expressions):
    def context_repeat(self, frames: list[_Frame]) -> str | None:
        for frame in reversed(frames):
            if frame.kind == "repeat" and frame.repeat is not None:
                return str(frame.repeat["id"])
        return None

    def relevance_of(self, row: _Row, repeat: str | None, what: str) -> expr.Node | None:
        text, where = self.survey_text(row, "relevant")
        return self.expression(text, where, Context("relevant", repeat=repeat), what=f"condition of {what}")

    def localized_or_report(
        self, row: _Row, base: str, *, required: bool, what: str
    ) -> dict[str, str] | None:
        assert self.survey is not None
        texts, places = self.survey.localized(row.index, base)
        texts = {k: self.interpolated(v, places.get(k)) for k, v in texts.items()}
        if not texts:
            if required:
                where = places.get("en") or next(iter(places.values()), row.where_name)
                self.problems.error(where, f"{what} has no label: give it an English label")
            return None
        if "en" not in texts:
            if self.no_english:
                return None  # told once for the whole sheet
            written = ", ".join(f"{english_name(c)} ({c})" for c in texts)
            where = places.get("en") or next(iter(places.values()))
            message = f"the {base.replace('_', ' ')} of {what} is in {written} but not in English"
            if required or not self.lenient:
                self.problems.error(where, f"{message}: every text needs English")
            else:
                self.problems.warning(where, f"{message} (it was left out)")
            return None
        return texts

    def interpolated(self, text: str, where: Where | None) -> str:
        if "${" not in text:
            return text
        found = _INTERPOLATION.findall(text)
        key = (None if where is None else where.row, "" if where is None else str(where.sheet))
        if key in self.interpolations:
            return _INTERPOLATION.sub(lambda m: f"[{m.group(1)}]", text)
        self.interpolations.add(key)
        self.problems.warning(
            where,
            f"the text shows the answer to {', '.join('${' + f + '}' for f in found)}, which KIN Desktop does "
            "not fill in: the question's name is shown in brackets instead",
        )
        return _INTERPOLATION.sub(lambda m: f"[{m.group(1)}]", text)

    def begin(self, row: _Row, frames: list[_Frame]) -> None:
        kind = row.type.kind
        is_repeat = kind == "begin_repeat" or row.type.kind == "refused"
        in_section = any(f.kind == "section" for f in frames)
        in_repeat = any(f.kind == "repeat" for f in frames)
        what = f"the group '{row.name}'" if row.name else f"the group in row {row.where_type.row}"
        if is_repeat:
            frame = _Frame("repeat", row)
            if row.dropped is None and row.our_id is not None:
                label = self.localized_or_report(
                    row, "label", required=False, what=f"the repeat group '{row.name}'"
                )
                if label is None:
                    label = {"en": _humanize(row.name)}
                repeat: dict[str, Any] = {"kind": "repeat", "id": row.our_id, "label": label, "items": []}
                hint = self.localized_or_report(
                    row, "hint", required=False, what=f"the repeat group '{row.name}'"
                )
                if hint:
                    repeat["hint"] = hint
                count_text, count_where = self.survey_text(row, "repeat_count")
                if count_text:
                    count = _number(count_text)
                    if count is not None and count == count.to_integral_value() and 1 <= count <= 1000:
                        repeat["min"] = repeat["max"] = int(count)
                    else:
                        self.problems.refuse(
                            count_where,
                            f"repeat_count '{count_text}' depends on answers; KIN Desktop's repeat groups take "
                            "as many entries as the delegate adds (a fixed number such as 3 is kept)",
                            "the count was left out",
                        )
                conditions = [n for f in frames if f.kind == "group" for n in f.relevance]
                own = self.relevance_of(row, None, f"the repeat group '{row.name}'")
                relevant = _and([*conditions, *([own] if own is not None else [])])
                if relevant is not None:
                    repeat["relevant"] = expr.to_source(relevant)
                    self.translated[(row.our_id, "relevant")] = (
                        relevant,
                        self.survey_text(row, "relevant")[0],
                        self.survey_text(row, "relevant")[1],
                    )
                frame.repeat = repeat
                section = self.current_section(frames, row)
                self.take_pending(section.pending, repeat, into="hint")
            frames.append(frame)
            return
        if not in_section and not in_repeat:
            section_id = _our_id(row.name or f"section_{len(self.sections) + 1}")
            taken = {s.id for s in self.sections}
            base, n = section_id, 2
            while section_id in taken:
                section_id, n = f"{base[:60]}_{n}", n + 1
            title = self.localized_or_report(row, "label", required=False, what=what) or {
                "en": _humanize(row.name or section_id)
            }
            section = _Section(section_id, title, row.where_type)
            hint = self.localized_or_report(row, "hint", required=False, what=what)
            if self.root_pending:
                if self.sections:
                    section.description.extend(self.root_pending)
                else:
                    self.description.extend(self.root_pending)
                self.root_pending = []
            if hint:
                section.description.append(hint)
            relevant = self.relevance_of(row, None, what)
            section.relevant = relevant
            self.sections.append(section)
            frames.append(_Frame("section", row, section=section))
            return
        # a group inside a section or a repeat: flattened
        repeat_id = self.context_repeat(frames)
        relevant = self.relevance_of(row, repeat_id, what)
        frame = _Frame("group", row, relevance=[relevant] if relevant is not None else [])
        label = self.localized_or_report(row, "label", required=False, what=what)
        hint = self.localized_or_report(row, "hint", required=False, what=what)
        heading = _join_texts([t for t in (label, hint) if t], self.languages)
        if heading:
            self.pending_list(frames).append(heading)
        frames.append(frame)

    def end(self, row: _Row, frames: list[_Frame]) -> None:
        if not frames:
            self.problems.error(
                row.where_type, f"'{row.type.written}' closes nothing: no group or repeat is open"
            )
            return
        top = frames[-1]
        closing_repeat = row.type.kind == "end_repeat" or row.type.written.lower().startswith("end loop")
        if closing_repeat != (top.kind == "repeat"):
            opened = "repeat" if top.kind == "repeat" else "group"
            self.problems.error(
                row.where_type,
                f"'{row.type.written}' closes the {opened} '{top.row.name}' of row {top.row.where_type.row}: "
                f"write 'end {opened}'",
            )
        self.close(frames)

    def close(self, frames: list[_Frame]) -> None:
        frame = frames.pop()
        if frame.kind == "repeat" and frame.repeat is not None:
            repeat = frame.repeat
            if frame.pending:
                notes = _join_texts(frame.pending, self.languages)
                repeat["hint"] = _join_texts([repeat.get("hint") or {}, notes], self.languages)
            if not repeat["items"]:
                message = f"the repeat group '{frame.row.name}' has no question KIN Desktop can keep"
                if self.lenient:
                    self.problems.warning(frame.row.where_type, f"{message} (it was left out)")
                else:
                    self.problems.error(frame.row.where_type, message)
                return
            section = self.current_section(frames, frame.row)
            section.items.append(repeat)
        elif frame.kind == "group" and frame.pending:
            self.pending_list(frames).extend(frame.pending)

    def pending_list(self, frames: list[_Frame]) -> list[dict[str, str]]:
        for frame in reversed(frames):
            if frame.kind == "repeat":
                return frame.pending
            if frame.kind == "section" and frame.section is not None:
                return frame.section.pending
        return self.root_pending

    def current_section(self, frames: list[_Frame], row: _Row) -> _Section:
        for frame in reversed(frames):
            if frame.kind == "section" and frame.section is not None:
                return frame.section
        last = self.sections[-1] if self.sections else None
        if last is not None and last.id.startswith("main") and last.where.row == -1:
            return last
        title = self.form_title()
        number = sum(1 for s in self.sections if s.where.row == -1) + 1
        section = _Section(
            "main" if number == 1 else f"main_{number}",
            title if number == 1 else {k: f"{v} ({number})" for k, v in title.items()},
            Where(row.where_type.sheet, -1),
        )
        if self.root_pending:
            if self.sections or self.description:
                section.description.extend(self.root_pending)
            else:
                section.description.extend(self.root_pending)
            self.root_pending = []
        self.sections.append(section)
        return section

    def take_pending(self, pending: list[dict[str, str]], item: dict[str, Any], *, into: str) -> None:
        if not pending:
            return
        notes = _join_texts(pending, self.languages)
        item[into] = _join_texts([notes, item.get(into) or {}], self.languages)
        pending.clear()

    def note(self, row: _Row, frames: list[_Frame]) -> None:
        if any(f.kind == "repeat" and f.repeat is None for f in frames):
            return  # inside a left-out repeat group
        label = self.localized_or_report(row, "label", required=False, what=f"the note '{row.name}'")
        hint = self.localized_or_report(row, "hint", required=False, what=f"the note '{row.name}'")
        parts = [t for t in (label, hint) if t]
        if row.as_note:
            default, _ = self.survey_text(row, "default")
            if default:
                parts.append({"en": default})
        text = _join_texts(parts, self.languages)
        if not text:
            return
        relevant, where = self.survey_text(row, "relevant")
        if relevant:
            self.problems.warning(
                where,
                f"the note '{row.name}' is shown only when '{relevant}'; KIN Desktop shows its text always "
                "(in the description of its section or the hint of the next question)",
            )
        if not frames:
            if self.sections and self.sections[-1].where.row == -1:
                self.sections[-1].pending.append(text)
            else:
                self.root_pending.append(text)
            return
        top = next((f for f in reversed(frames) if f.kind in ("section", "repeat")), None)
        if top is not None and top.kind == "section" and top.section is not None and not top.section.items:
            if not any(f.kind == "group" for f in frames[frames.index(top) :]):
                top.section.description.extend([*top.section.pending, text])
                top.section.pending.clear()
                return
        self.pending_list(frames).append(text)
