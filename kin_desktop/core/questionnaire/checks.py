"""Semantic checks of a definition, run once when it is built.

Unique ids, expressions that parse and refer to questions they can see, ``selected()``
on choice questions and their values, no relevance cycles. The same pass builds the
definition's read-only :class:`DefinitionIndex`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from kin_desktop.core import expr
from kin_desktop.core.errors import DefinitionProblem, ExpressionError
from kin_desktop.core.questionnaire.coerce import coerce
from kin_desktop.core.questionnaire.index import DefinitionIndex, ExpressionField, freeze_index
from kin_desktop.core.questionnaire.items import Question, RepeatGroup, Section
from kin_desktop.core.questionnaire.values import is_empty

__all__ = ["check_sections"]


def check_sections(sections: Sequence[Section]) -> tuple[DefinitionIndex, list[DefinitionProblem]]:
    """The index of a schema-valid definition's ``sections`` and every semantic problem found."""
    return _Checker(sections).run()


@dataclass(frozen=True)
class _Expression:
    owner: str  # question/repeat id, or section id for a section relevance
    field: ExpressionField
    source: str
    repeat: RepeatGroup | None  # the repeat group the expression is evaluated in
    where: str  # "relevant" / "constraint" for items, a JSON path for sections
    question_id: str | None
    section_id: str | None = None


class _Checker:
    """Runs every semantic check on a schema-valid definition's sections and builds its index."""

    def __init__(self, sections: Sequence[Section]) -> None:
        self.sections = sections
        self.problems: list[DefinitionProblem] = []
        self.questions: list[Question] = []
        self.by_id: dict[str, Question] = {}
        self.repeats: dict[str, RepeatGroup] = {}
        self.repeat_of: dict[str, RepeatGroup] = {}
        self.section_of: dict[str, Section] = {}
        self.sections_by_id: dict[str, Section] = {}
        self.nodes: dict[tuple[str, ExpressionField], expr.Node] = {}
        self.section_nodes: dict[str, expr.Node] = {}

    def run(self) -> tuple[DefinitionIndex, list[DefinitionProblem]]:
        self._index()
        expressions = self._expressions()
        for expression in expressions:
            self._check_expression(expression)
        self._check_cycles()
        self._check_defaults()
        index = freeze_index(
            self.questions,
            self.by_id,
            self.repeats,
            self.repeat_of,
            self.section_of,
            self.sections_by_id,
            self.nodes,
            self.section_nodes,
        )
        return index, self.problems

    def _problem(
        self,
        message: str,
        *,
        question_id: str | None = None,
        where: str | None = None,
        position: int | None = None,
    ) -> None:
        self.problems.append(
            DefinitionProblem(message, question_id=question_id, where=where, position=position)
        )

    def _index(self) -> None:
        seen_sections: set[str] = set()
        seen: dict[str, str] = {}
        for s_index, section in enumerate(self.sections):
            if section.id in seen_sections:
                self._problem(f"section id '{section.id}' is duplicated", where=f"sections[{s_index}].id")
            else:
                seen_sections.add(section.id)
                self.sections_by_id[section.id] = section
            for i_index, item in enumerate(section.items):
                where = f"sections[{s_index}].items[{i_index}]"
                self._register(item.id, where, seen)
                self.section_of.setdefault(item.id, section)
                if isinstance(item, RepeatGroup):
                    self.repeats.setdefault(item.id, item)
                    for q_index, question in enumerate(item.items):
                        self._register(question.id, f"{where}.items[{q_index}]", seen)
                        self.questions.append(question)
                        self.by_id.setdefault(question.id, question)
                        self.repeat_of.setdefault(question.id, item)
                        self.section_of.setdefault(question.id, section)
                else:
                    self.questions.append(item)
                    self.by_id.setdefault(item.id, item)

    def _register(self, item_id: str, where: str, seen: dict[str, str]) -> None:
        if item_id in seen:
            self._problem(
                f"id '{item_id}' is duplicated (first used at {seen[item_id]})",
                question_id=item_id,
                where=where,
            )
        else:
            seen[item_id] = where

    def _expressions(self) -> list[_Expression]:
        result: list[_Expression] = []
        for s_index, section in enumerate(self.sections):
            if section.relevant is not None:
                where = f"sections[{s_index}].relevant"
                result.append(
                    _Expression(section.id, "relevant", section.relevant, None, where, None, section.id)
                )
            for item in section.items:
                if isinstance(item, RepeatGroup):
                    if item.relevant is not None:
                        result.append(
                            _Expression(item.id, "relevant", item.relevant, None, "relevant", item.id)
                        )
                    for question in item.items:
                        result.extend(self._question_expressions(question, item))
                else:
                    result.extend(self._question_expressions(item, None))
        return result

    @staticmethod
    def _question_expressions(question: Question, repeat: RepeatGroup | None) -> list[_Expression]:
        result = []
        if question.relevant is not None:
            result.append(
                _Expression(question.id, "relevant", question.relevant, repeat, "relevant", question.id)
            )
        if question.constraint is not None:
            result.append(
                _Expression(question.id, "constraint", question.constraint, repeat, "constraint", question.id)
            )
        return result

    def _check_expression(self, e: _Expression) -> None:
        def problem(message: str, position: int | None) -> None:
            self._problem(message, question_id=e.question_id, where=e.where, position=position)

        try:
            node = expr.parse(e.source)
        except ExpressionError as exc:
            problem(exc.message, exc.position)
            return
        before = len(self.problems)
        for sub in expr.iter_nodes(node):
            if isinstance(sub, expr.Ref):
                message = self._reference_problem(sub.path, e)
                if message is not None:
                    problem(message, sub.pos)
            elif isinstance(sub, expr.Call) and sub.name == "position" and e.repeat is None:
                problem(
                    "position() (the number of the entry) can only be used inside a repeat group", sub.pos
                )
        try:
            expr.check(node, source=e.source, is_known=lambda _path: True)
        except ExpressionError as exc:
            problem(exc.message, exc.position)
        if len(self.problems) == before:
            self._check_selected(node, e.owner if e.section_id is None else None, problem)
        if len(self.problems) == before:
            if e.section_id is not None:
                self.section_nodes[e.section_id] = node
            else:
                self.nodes[(e.owner, e.field)] = node

    def _check_defaults(self) -> None:
        for question in self.questions:
            if question.default is None:
                continue
            if is_empty(question.default):
                self._problem("a default must not be empty", question_id=question.id, where="default")
                continue
            _value, issues = coerce(question, question.default, None)
            for issue in issues:
                self._problem(
                    f"the default {question.default!r} is not a valid answer: {issue.message}",
                    question_id=question.id,
                    where="default",
                )

    def _reference_problem(self, path: tuple[str, ...], e: _Expression) -> str | None:
        if path == (".",):
            if e.field != "constraint":
                return "'.' (the question's own value) can only be used in a constraint"
            return None
        if len(path) == 1:
            (name,) = path
            if name in self.repeats:
                return None
            if name not in self.by_id:
                return f"unknown question '{name}'"
            home = self.repeat_of.get(name)
            if home is not None and home is not e.repeat:
                return (
                    f"question '{name}' is inside repeat group '{home.id}': "
                    f"refer to it as {home.id}.{name} (a list over the instances)"
                )
            return None
        if len(path) == 2:
            group, name = path
            if group not in self.repeats:
                if group in self.by_id:
                    return f"'{group}' is not a repeat group, so '{group}.{name}' means nothing"
                return f"unknown repeat group '{group}'"
            if self.repeat_of.get(name) is not self.repeats[group]:
                return f"repeat group '{group}' has no question '{name}'"
            return None
        return f"unknown question '{'.'.join(path)}'"

    def _check_selected(
        self, node: expr.Node, owner: str | None, problem: Callable[[str, int | None], None]
    ) -> None:
        for sub in expr.iter_nodes(node):
            if not (isinstance(sub, expr.Call) and sub.name == "selected" and len(sub.args) == 2):
                continue
            target, value = sub.args
            if not isinstance(target, expr.Ref):
                continue
            qid = owner if target.path == (".",) else target.path[-1]
            if qid is None:
                continue
            question = self.by_id.get(qid)
            if question is None:
                problem(
                    f"selected() needs a choice question, and '{'.'.join(target.path)}' is not one",
                    target.pos,
                )
                continue
            if not question.is_choice:
                problem(
                    f"selected() needs a choice question, and '{qid}' is a {question.type.value} question",
                    target.pos,
                )
                continue
            if isinstance(value, expr.Literal) and isinstance(value.value, str):
                if value.value not in question.choice_values():
                    problem(f"'{value.value}' is not one of the choices of question '{qid}'", value.pos)

    def _check_cycles(self) -> None:
        graph: dict[str, set[str]] = {}

        def targets(node: expr.Node | None) -> set[str]:
            found: set[str] = set()
            if node is None:
                return found
            for path in expr.references(node):
                if len(path) == 1 and path[0] in self.repeats:
                    found.add(path[0])
                    found.update(q.id for q in self.repeats[path[0]].items)
                elif path and path[-1] in self.by_id:
                    found.add(path[-1])
            return found

        for section in self.sections:
            section_refs = targets(self.section_nodes.get(section.id))
            for item in section.items:
                item_refs = section_refs | targets(self.nodes.get((item.id, "relevant")))
                graph[item.id] = item_refs
                if isinstance(item, RepeatGroup):
                    for question in item.items:
                        graph[question.id] = item_refs | targets(self.nodes.get((question.id, "relevant")))

        order: dict[str, int] = {}
        for section in self.sections:
            for item in section.items:
                order.setdefault(item.id, len(order))
                if isinstance(item, RepeatGroup):
                    for question in item.items:
                        order.setdefault(question.id, len(order))
        for component in _cycles(graph):
            start = min(component, key=lambda n: order.get(n, len(order)))
            chain = " -> ".join(_cycle_path(graph, component, start))
            self._problem(
                f"relevance forms a cycle ({chain}, each depending on the next): "
                "a question's relevance depends on itself",
                question_id=start,
                where="relevant",
            )


def _cycle_path(graph: Mapping[str, set[str]], component: set[str], start: str) -> list[str]:
    """The shortest path start -> ... -> start inside ``component`` (breadth first)."""
    parents: dict[str, str] = {}
    queue = [start]
    for node in queue:
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(parents[path[-1]])
                return [*reversed(path), start]
            if nxt in component and nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return [start, start]  # pragma: no cover - a component always cycles back


def _cycles(graph: Mapping[str, set[str]]) -> list[set[str]]:
    """Strongly connected components that form a cycle (Tarjan, iterative), in discovery order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[set[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = []
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        work.append((root, iter(sorted(graph.get(root, ())))))
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in graph:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph.get(nxt, ())))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, ()):
                    result.append(component)
    return result
