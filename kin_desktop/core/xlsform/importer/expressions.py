"""Expressions of the survey read with :mod:`..xpath`, their problems pointing to the character."""

from __future__ import annotations

from kin_desktop.core import expr
from kin_desktop.core.xlsform.importer.model import _INTERPOLATION
from kin_desktop.core.xlsform.importer.rows import _Rows
from kin_desktop.core.xlsform.problems import Where
from kin_desktop.core.xlsform.xpath import Context, Target, Translation, translate


def _excerpt(text: str, position: int | None) -> str:
    """The expression as quoted in a message: on one line, cut around ``position`` when long."""
    flat = " ".join(text.split())
    if len(flat) <= 90:
        return flat
    if position is None or flat != text:
        return flat[:87] + "…"
    start = max(0, position - 40)
    end = min(len(text), start + 85)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _expression_message(column: str, text: str, position: int | None, message: str) -> str:
    quoted = _excerpt(text, position)
    if position is None:
        return f"{column} '{quoted}': {message}"
    return f"{column} '{quoted}', at character {position + 1}: {message}"


def _xpath_position(node: expr.Node, position: int | None) -> int | None:
    """The character of the cell behind ``position`` in the translated expression's text."""
    if position is None:
        return None
    ours = expr.parse(expr.to_source(node))
    for mine, theirs in zip(expr.iter_nodes(ours), expr.iter_nodes(node), strict=False):
        if mine.pos == position:
            return theirs.pos
    return None


class _Expressions(_Rows):
    def target(self, name: str) -> Target | None:
        return self.targets.get(name)

    def names(self) -> list[str]:
        return list(self.targets)

    def calculation(self, target: Target) -> str:
        return self.calculations[target.name][0]

    def expression(
        self,
        text: str,
        where: Where,
        context: Context,
        *,
        what: str,
        as_condition: bool = True,
    ) -> expr.Node | None:
        """``text`` translated, or None with the problem reported (pointing to the character)."""
        if not text:
            return None
        result: Translation = translate(text, self, context, as_condition=as_condition)
        for problem in result.problems:
            message = _expression_message(context.column, text, problem.position, problem.message)
            if problem.refused:
                self.problems.refuse(where, message, f"the {what} was left out")
            else:
                self.problems.error(where, message)
        return result.node

    def check_calculations(self) -> None:
        """Each calculation translated once where it stands, so its own problems point to its cell."""
        for name, (text, where) in self.calculations.items():
            target = self.targets[name]
            if not self.used(name):
                continue
            self.expression(
                text,
                where,
                Context("calculation", repeat=target.repeat),
                what="calculation",
                as_condition=False,
            )

    def used(self, name: str) -> bool:
        if self._referenced is None:
            reader = self.survey
            assert reader is not None
            found: set[str] = set()
            for base in ("relevant", "constraint", "calculation", "choice_filter", "required", "default"):
                for column in reader.by_base.get(base, ()):
                    for index in reader.data_rows():
                        value = reader.raw(index, column)
                        if isinstance(value, str) and "${" in value:
                            found.update("".join(m.split()) for m in _INTERPOLATION.findall(value))
            self._referenced = found
        return name in self._referenced
