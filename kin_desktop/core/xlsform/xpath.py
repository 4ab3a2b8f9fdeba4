"""XLSForm's expressions (ODK's XPath subset) read into KIN Desktop's expression language.

A tokenizer and a precedence-climbing parser turn the cell's text into a tree of
:mod:`kin_desktop.core.expr` nodes whose positions are positions in the cell, so that
every problem points to a character of what the author wrote. What maps:

- ``${name}`` (a question; a calculation is put in its place), ``.`` in a constraint,
  numbers, ``'text'`` and ``"text"``, ``true()``/``false()``, ``date('2007-01-31')``;
- ``and``, ``or``, ``not()``, ``=``, ``!=``, ``<``, ``<=``, ``>``, ``>=``, ``+``, ``-``,
  ``*``, ``div``, ``mod``;
- ``selected``, ``count-selected``, ``count``, ``sum``, ``min``, ``max``,
  ``string-length``, ``coalesce``, ``concat``, ``if``, ``regex``, ``contains``,
  ``starts-with``, ``ends-with``, ``position(..)``, ``today()``, ``int``, ``round``,
  ``format-date(x, '%Y')``.

What XLSForm authors paste from word processors is read as they meant it: typographic
quotes (‘’ “”) as quotes, non-breaking and other unusual spaces as spaces, ``≤ ≥ ≠`` and
``−`` as operators, ``AND``/``OR`` in any case. Meaning is kept where XPath and KIN
Desktop differ: ``${x} = ''`` becomes ``x = null``, a bare ``${x}`` used as a
condition becomes ``answered(x)``, and ``'yes'``/``'no'`` compared with a question that
became a yes/no question become ``true``/``false``.

Anything else (``pulldata``, ``instance``, ``indexed-repeat``, ``jr:choice-name``,
``once``, ``random``, paths such as ``../x``...) is refused with a message that says why.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Literal as TypingLiteral
from typing import Protocol

from kin_desktop.core import expr
from kin_desktop.core.errors import ExpressionError

__all__ = [
    "Context",
    "Scope",
    "Target",
    "Translation",
    "XPathProblem",
    "translate",
]

TargetKind = TypingLiteral["question", "repeat", "calculate", "group", "other"]


@dataclass(frozen=True)
class Target:
    """What a ``${name}`` can refer to."""

    name: str  # as written in the workbook
    kind: TargetKind
    row: int
    our_id: str | None = None  # None when the row is left out
    repeat: str | None = None  # our id of the repeat group holding it
    qtype: str | None = None  # the KIN Desktop question type, for questions
    choices: frozenset[str] | None = None  # choice values, for choice questions
    unusable: str | None = None  # why an expression cannot refer to it (a left-out row)


@dataclass(frozen=True)
class Context:
    """Where an expression is used: the column, the repeat group it runs in, its own question."""

    column: str
    repeat: str | None = None
    owner: Target | None = None
    choice_columns: frozenset[str] | None = None  # choice_filter: bare names are choice columns


class Scope(Protocol):
    def target(self, name: str) -> Target | None: ...

    def names(self) -> list[str]: ...

    def calculation(self, target: Target) -> str:
        """The ``calculation`` text of the calculate row ``target``."""
        ...


@dataclass(frozen=True)
class XPathProblem:
    """A problem at 0-based ``position``; ``refused`` when it is a feature KIN Desktop lacks."""

    position: int
    message: str
    refused: bool = False


@dataclass(frozen=True)
class Translation:
    node: expr.Node | None
    problems: tuple[XPathProblem, ...]
    dynamic: bool = False  # refers to answers (choice_filter)

    @property
    def source(self) -> str | None:
        return None if self.node is None else expr.to_source(self.node)


class _Stop(Exception):
    def __init__(self, position: int, message: str, refused: bool = False) -> None:
        super().__init__(message)
        self.problem = XPathProblem(position, message, refused)


# --------------------------------------------------------------------------- tokens

_SPACES = frozenset(
    " \t\r\n\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\u200b\ufeff"
)
_OPENING_QUOTES = {
    "'": "'",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    '"': '"',
    "\u201c": '"',
    "\u201e": '"',
    "\u201d": '"',
}
_CLOSERS = {"'": frozenset("'\u2019\u2018"), '"': frozenset('"\u201d\u201c')}
_SYMBOLS = {
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2260": "!=",
    "\u2212": "-",
    "\u2013": "-",
}
_NAME_START = re.compile(r"[A-Za-z_]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z_][A-Za-z0-9_\-]*)?")
_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "ref", "num", "str", "name", "op", "end"
    value: str
    pos: int
    end: int


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    n = len(source)
    i = 0
    while i < n:
        c = source[i]
        if c in _SPACES or c.isspace():
            i += 1
            continue
        start = i
        if c == "$" and source.startswith("${", i):
            close = source.find("}", i + 2)
            if close < 0:
                raise _Stop(i, "expected '}' to close '${' (write ${name})")
            inner = "".join(ch for ch in source[i + 2 : close] if ch not in _SPACES).strip()
            if not inner:
                raise _Stop(i, "'${}' names no question")
            tokens.append(_Token("ref", inner, start, close + 1))
            i = close + 1
        elif c == "$":
            raise _Stop(i, "expected '{' after '$' (write ${name})")
        elif c in _OPENING_QUOTES:
            quote = _OPENING_QUOTES[c]
            closers = _CLOSERS[quote]
            j = i + 1
            while j < n:
                ch = source[j]
                # A typographic apostrophe between letters (don’t) is text, not the closing quote.
                if ch in closers and not (
                    ch == "\u2019" and j + 1 < n and source[j + 1].isalpha() and source[j - 1].isalpha()
                ):
                    break
                j += 1
            if j >= n:
                raise _Stop(i, "this text has no closing quote")
            tokens.append(_Token("str", source[i + 1 : j], start, j + 1))
            i = j + 1
        elif c.isdigit() or (c == "." and i + 1 < n and source[i + 1].isdigit()):
            match = _NUMBER.match(source, i)
            assert match is not None
            tokens.append(_Token("num", match.group(), start, match.end()))
            i = match.end()
        elif _NAME_START.match(c):
            match = _NAME.match(source, i)
            assert match is not None
            word = match.group()
            # "a-b" is a subtraction unless it names a function: keep a trailing name only if followed by "("
            end = match.end()
            if "-" in word:
                rest = source[end:].lstrip("".join(_SPACES))
                if not rest.startswith("("):
                    word = re.match(r"[A-Za-z_][A-Za-z0-9_]*", word).group()  # type: ignore[union-attr]
                    end = i + len(word)
            tokens.append(_Token("name", word, start, end))
            i = end
        elif source.startswith(("!=", "<=", ">=", "==", "&&", "||", "<>", ".."), i):
            op = source[i : i + 2]
            if op == "&&":
                raise _Stop(i, "write 'and' instead of '&&'")
            if op == "||":
                raise _Stop(i, "write 'or' instead of '||'")
            if op == "<>":
                raise _Stop(i, "write '!=' for 'is not equal to'")
            tokens.append(_Token("op", "=" if op == "==" else op, start, i + 2))
            i += 2
        elif c in "=<>+-*(),.|/[]@":
            tokens.append(_Token("op", c, start, i + 1))
            i += 1
        elif c in _SYMBOLS:
            tokens.append(_Token("op", _SYMBOLS[c], start, i + 1))
            i += 1
        elif c == "!":
            raise _Stop(i, "expected '!=' but found '!'")
        else:
            raise _Stop(i, f"unexpected character {c!r}")
    tokens.append(_Token("end", "", n, n))
    return tokens


# --------------------------------------------------------------------------- functions

_REFUSED_FUNCTIONS: Mapping[str, str] = MappingProxyType(
    {
        "pulldata": "pulldata() reads a CSV file attached to the form, and a KIN Desktop questionnaire has none",
        "instance": "instance() reads a choice list or an attached file by name",
        "indexed-repeat": "indexed-repeat() reads one entry of a repeat group by number",
        "jr:choice-name": "jr:choice-name() shows a choice's label in an expression",
        "once": "once() fixes a value the first time the form is opened",
        "random": "random() draws a random number",
        "randomize": "randomize() shuffles choices",
        "uuid": "uuid() makes an identifier",
        "now": "now() is the time of day, which KIN Desktop does not record",
        "last-saved": "last-saved reads the previous record",
        "selected-at": "selected-at() picks the n-th selected choice",
        "join": "join() joins the answers of a repeat group",
        "distance": "distance() works on GPS traces",
        "area": "area() works on GPS shapes",
        "decimal-date-time": "decimal-date-time() turns a date into a number",
        "decimal-time": "decimal-time() turns a time into a number",
        "date-time": "date-time() turns a number into a date",
        "digest": "digest() computes a hash",
        "base64-decode": "base64-decode() decodes text",
        "boolean-from-string": "boolean-from-string() reads 'true' and '1' as true",
        "string": "string() turns a value into text",
        "number": "number() turns text into a number",
        "boolean": "boolean() turns a value into true or false",
        "substr": "substr() cuts text",
        "substring": "substring() cuts text",
        "substring-before": "substring-before() cuts text",
        "substring-after": "substring-after() cuts text",
        "translate": "translate() replaces characters",
        "normalize-space": "normalize-space() tidies spaces",
        "floor": "floor() rounds down",
        "ceiling": "ceiling() rounds up",
        "abs": "abs() gives the absolute value",
        "pow": "pow() raises to a power",
        "sqrt": "sqrt() takes a square root",
        "exp": "exp() is the exponential",
        "log": "log() is the logarithm",
        "log10": "log10() is the logarithm",
        "checklist": "checklist() counts true answers",
        "weighted-checklist": "weighted-checklist() counts weighted answers",
        "current": "current() refers to the row in a choice filter",
        "geofence": "geofence() works on GPS points",
        "version": "version() is the form's version",
        "property": "property() reads properties of the device",
        "sin": "sin() is trigonometry",
        "cos": "cos() is trigonometry",
        "tan": "tan() is trigonometry",
        "pi": "pi() is a constant of geometry",
        "format-date-time": "format-date-time() formats a date and time",
        "true_or_false": "not a function",
    }
)

_AGGREGATES = frozenset({"count", "sum", "min", "max", "count-selected", "selected", "concat", "join"})


def _hint_for_name(word: str) -> str:
    if word.lower() == "not":
        return "write not(...) with parentheses"
    if word.lower() in ("true", "false"):
        return f"write {word.lower()}() for the value, or ${{{word}}} for a question"
    if word.lower() in ("yes", "no"):
        return f"write '{word}' in quotes for the choice, or ${{{word}}} for a question"
    return f"write ${{{word}}} to refer to the question '{word}'"


# --------------------------------------------------------------------------- parser


class _Types:
    """Which question a reference node names (nodes kept alive, so ids are never reused)."""

    def __init__(self) -> None:
        self._items: dict[int, tuple[expr.Node, Target]] = {}

    def __setitem__(self, node: expr.Node, target: Target) -> None:
        self._items[id(node)] = (node, target)

    def get(self, node: expr.Node) -> Target | None:
        entry = self._items.get(id(node))
        return entry[1] if entry is not None and entry[0] is node else None


class _Nodes:
    """A set of nodes by identity (references that stand for a list of answers)."""

    def __init__(self) -> None:
        self._items: dict[int, expr.Node] = {}

    def add(self, node: expr.Node) -> None:
        self._items[id(node)] = node

    def __contains__(self, node: expr.Node) -> bool:
        return self._items.get(id(node)) is node


class _Translator:
    def __init__(
        self,
        source: str,
        scope: Scope,
        context: Context,
        *,
        parent: _Translator | None = None,
        inlining: frozenset[str] = frozenset(),
    ) -> None:
        self.source = source
        self.scope = scope
        self.context = context
        self.tokens = _tokenize(source)
        self.index = 0
        # id(Ref node) -> the question it names; ids of Refs that stand for a list of answers
        self.types: _Types = _Types() if parent is None else parent.types
        self.lists: _Nodes = _Nodes() if parent is None else parent.lists
        self.inlining = inlining
        self.dynamic = False
        self.depth: int = 0 if parent is None else parent.depth

    # -- tokens --------------------------------------------------------------

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        if token.kind != "end":
            self.index += 1
        return token

    def describe(self, token: _Token) -> str:
        if token.kind == "end":
            return "the end of the expression"
        return f"'{self.source[token.pos : token.end]}'"

    def expect(self, op: str) -> _Token:
        token = self.peek()
        if not (token.kind == "op" and token.value == op):
            raise _Stop(token.pos, f"expected '{op}' but found {self.describe(token)}")
        return self.advance()

    def keyword(self, token: _Token) -> str | None:
        if token.kind == "name" and token.value.lower() in ("and", "or", "div", "mod"):
            return token.value.lower()
        return None

    # -- grammar (XPath 1.0 precedence) -------------------------------------------------

    def parse(self) -> expr.Node:
        node = self.or_expr()
        token = self.peek()
        if token.kind != "end":
            if token.kind == "name" and token.value.lower() in ("and", "or"):
                raise _Stop(token.pos, f"expected an expression after '{token.value}'")
            raise _Stop(token.pos, f"expected an operator or the end but found {self.describe(token)}")
        return node

    def enter(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > expr.MAX_DEPTH:
            raise _Stop(token.pos, f"the expression is nested too deeply (more than {expr.MAX_DEPTH} levels)")

    def or_expr(self) -> expr.Node:
        left = self.and_expr()
        while self.keyword(self.peek()) == "or":
            token = self.advance()
            right = self.and_expr()
            left = expr.Binary("or", self.condition(left), self.condition(right), pos=token.pos)
        return left

    def and_expr(self) -> expr.Node:
        left = self.equality()
        while self.keyword(self.peek()) == "and":
            token = self.advance()
            right = self.equality()
            left = expr.Binary("and", self.condition(left), self.condition(right), pos=token.pos)
        return left

    def equality(self) -> expr.Node:
        left = self.relational()
        while self.peek().kind == "op" and self.peek().value in ("=", "!="):
            token = self.advance()
            right = self.relational()
            left = self.compare(token, left, right)
        return left

    def relational(self) -> expr.Node:
        left = self.additive()
        while self.peek().kind == "op" and self.peek().value in ("<", "<=", ">", ">="):
            token = self.advance()
            right = self.additive()
            left = expr.Binary(token.value, self.scalar(left), self.scalar(right), pos=token.pos)
        return left

    def additive(self) -> expr.Node:
        left = self.multiplicative()
        while self.peek().kind == "op" and self.peek().value in ("+", "-"):
            token = self.advance()
            right = self.multiplicative()
            left = expr.Binary(token.value, self.scalar(left), self.scalar(right), pos=token.pos)
        return left

    def multiplicative(self) -> expr.Node:
        left = self.unary()
        while True:
            token = self.peek()
            word = self.keyword(token)
            if token.kind == "op" and token.value == "*":
                op = "*"
            elif word in ("div", "mod"):
                op = "/" if word == "div" else "%"
            else:
                return left
            self.advance()
            right = self.unary()
            left = expr.Binary(op, self.scalar(left), self.scalar(right), pos=token.pos)

    def unary(self) -> expr.Node:
        token = self.peek()
        if token.kind == "op" and token.value == "-":
            self.advance()
            self.enter(token)
            operand = self.unary()
            self.depth -= 1
            if isinstance(operand, expr.Literal) and isinstance(operand.value, int | Decimal):
                if not isinstance(operand.value, bool):
                    return expr.Literal(-operand.value, pos=token.pos)
            return expr.Unary("-", self.scalar(operand), pos=token.pos)
        node = self.primary()
        after = self.peek()
        if after.kind == "op" and after.value in ("|", "/", "["):
            what = {"|": "'|' (a union of node sets)", "/": "a path with '/'", "[": "a predicate in '[ ]'"}
            raise _Stop(after.pos, f"{what[after.value]} is not supported", refused=True)
        return node

    def primary(self) -> expr.Node:
        token = self.advance()
        if token.kind == "num":
            text = token.value
            if "." in text:
                number = Decimal(text if not text.startswith(".") else "0" + text)
                if number == number.to_integral_value() and text.endswith("."):
                    return expr.Literal(int(number), pos=token.pos)
                return expr.Literal(number, pos=token.pos)
            return expr.Literal(int(text), pos=token.pos)
        if token.kind == "str":
            return expr.Literal(token.value, pos=token.pos)
        if token.kind == "ref":
            return self.reference(token)
        if token.kind == "op" and token.value == "(":
            self.enter(token)
            inner = self.or_expr()
            self.expect(")")
            self.depth -= 1
            return inner
        if token.kind == "op" and token.value == ".":
            return self.current(token)
        if token.kind == "op" and token.value == "..":
            if self.peek().kind == "op" and self.peek().value == "/":
                raise _Stop(token.pos, "paths such as '../x' are not supported: write ${name}", refused=True)
            raise _Stop(
                token.pos, "'..' (the enclosing group) can only be used as position(..)", refused=True
            )
        if token.kind == "op" and token.value in ("/", "@"):
            raise _Stop(token.pos, "paths such as '/data/x' are not supported: write ${name}", refused=True)
        if token.kind == "name":
            if self.peek().kind == "op" and self.peek().value == "(":
                return self.call(token)
            return self.bare_name(token)
        raise _Stop(token.pos, f"expected a value but found {self.describe(token)}")

    # -- references ----------------------------------------------------------

    def bare_name(self, token: _Token) -> expr.Node:
        columns = self.context.choice_columns
        if columns is not None:
            name = token.value.lower()
            if name in columns:
                return expr.Ref((name,), pos=token.pos)
            raise _Stop(token.pos, f"the choices sheet has no column '{token.value}'")
        after = self.peek()
        if after.kind == "op" and after.value == "/":
            raise _Stop(
                token.pos, "paths such as 'group/question' are not supported: write ${name}", refused=True
            )
        raise _Stop(token.pos, f"'{token.value}' is not a value: {_hint_for_name(token.value)}")

    def current(self, token: _Token) -> expr.Node:
        after = self.peek()
        if after.kind == "op" and after.value == "/":
            raise _Stop(token.pos, "paths such as './x' are not supported: write ${name}", refused=True)
        owner = self.context.owner
        if self.context.column != "constraint" or owner is None:
            raise _Stop(token.pos, "'.' (the question's own answer) can only be used in a constraint")
        node = expr.Ref((".",), pos=token.pos)
        self.types[node] = owner
        return node

    def reference(self, token: _Token) -> expr.Node:
        name = token.value
        if self.context.choice_columns is not None:
            self.dynamic = True
        target = self.scope.target(name)
        if target is None:
            close = difflib.get_close_matches(name, self.scope.names(), n=1)
            suggestion = f" (did you mean ${{{close[0]}}}?)" if close else ""
            raise _Stop(token.pos, f"there is no question named '{name}'{suggestion}")
        if target.unusable is not None:
            raise _Stop(token.pos, f"${{{name}}} refers to row {target.row}, {target.unusable}", refused=True)
        if target.kind == "calculate":
            return self.inline(token, target)
        if target.kind == "repeat":
            assert target.our_id is not None
            node = expr.Ref((target.our_id,), pos=token.pos)
            self.lists.add(node)
            self.types[node] = target
            return node
        if target.kind != "question" or target.our_id is None:
            raise _Stop(token.pos, f"${{{name}}} is a group, not a question")
        if target.repeat is None or target.repeat == self.context.repeat:
            node = expr.Ref((target.our_id,), pos=token.pos)
        else:
            node = expr.Ref((target.repeat, target.our_id), pos=token.pos)
            self.lists.add(node)
        self.types[node] = target
        return node

    def inline(self, token: _Token, target: Target) -> expr.Node:
        """A calculation's expression, read in this expression's place."""
        name = target.name
        if name in self.inlining:
            raise _Stop(token.pos, f"the calculation ${{{name}}} (row {target.row}) refers to itself")
        source = self.scope.calculation(target)
        try:
            inner = _Translator(
                source, self.scope, self.context, parent=self, inlining=self.inlining | {name}
            )
            node = inner.parse()
        except _Stop as stop:
            raise _Stop(
                token.pos,
                f"${{{name}}} is the calculation in row {target.row}, which cannot be used here: "
                f"{stop.problem.message}",
                refused=stop.problem.refused,
            ) from None
        self.dynamic = self.dynamic or inner.dynamic
        return _moved(node, token.pos, self.types, self.lists)

    # -- meaning-keeping rewrites --------------------------------------------------------

    def target_of(self, node: expr.Node) -> Target | None:
        return self.types.get(node) if isinstance(node, expr.Ref) else None

    def check_scalar(self, node: expr.Node, where: str) -> None:
        if isinstance(node, expr.Ref) and node in self.lists:
            target = self.types.get(node)
            if target is not None and target.kind == "repeat":
                raise _Stop(
                    node.pos, f"${{{target.name}}} is a repeat group: use count(${{{target.name}}}) {where}"
                )
            name = target.name if target else ".".join(node.path)
            raise _Stop(
                node.pos,
                f"${{{name}}} is inside the repeat group '{node.path[0]}', so here it stands for all "
                "its entries: use it in count(), sum(), min() or max()",
            )

    def scalar(self, node: expr.Node) -> expr.Node:
        self.check_scalar(node, "in arithmetic or a comparison")
        return node

    def condition(self, node: expr.Node) -> expr.Node:
        """``node`` used as true/false: a bare question means "is answered" (XPath's reading)."""
        self.check_scalar(node, "in a condition")
        target = self.target_of(node)
        if target is not None and target.qtype != "yes_no":
            return expr.Call("answered", (node,), pos=node.pos)
        return node

    def compare(self, token: _Token, left: expr.Node, right: expr.Node) -> expr.Node:
        op = token.value
        for side, other in ((left, right), (right, left)):
            if isinstance(other, expr.Literal) and other.value == "":
                # XPath's "no answer" is '': KIN Desktop's is null, which "= null" tests
                self.check_scalar(side, "to compare it")
                return expr.Binary(op, side, expr.Literal(None, pos=other.pos), pos=token.pos)
        for side, other in ((left, right), (right, left)):
            target = self.target_of(side)
            if target is not None and target.qtype == "yes_no" and isinstance(other, expr.Literal):
                value = other.value
                if value in ("yes", "no", True, False):
                    flag = value in ("yes", True)
                    return expr.Binary(op, side, expr.Literal(flag, pos=other.pos), pos=token.pos)
                raise _Stop(
                    other.pos,
                    f"${{{target.name}}} is a yes/no question: compare it with 'yes' or 'no'",
                )
        self.check_scalar(left, "to compare it")
        self.check_scalar(right, "to compare it")
        return expr.Binary(op, left, right, pos=token.pos)

    # -- calls ---------------------------------------------------------------

    def arguments(self) -> list[expr.Node]:
        self.expect("(")
        args: list[expr.Node] = []
        if self.peek().kind == "op" and self.peek().value == ")":
            self.advance()
            return args
        while True:
            token = self.peek()
            if token.kind == "op" and token.value == "..":
                self.advance()
                if self.peek().kind == "op" and self.peek().value == "/":
                    raise _Stop(
                        token.pos, "paths such as '../x' are not supported: write ${name}", refused=True
                    )
                args.append(expr.Ref(("..",), pos=token.pos))
            else:
                args.append(self.or_expr())
            token = self.peek()
            if token.kind == "op" and token.value == ",":
                self.advance()
                continue
            if token.kind == "op" and token.value == ")":
                self.advance()
                return args
            raise _Stop(token.pos, f"expected ',' or ')' but found {self.describe(token)}")

    def call(self, token: _Token) -> expr.Node:
        name = token.value
        lower = name.lower()
        pos = token.pos
        if lower in _REFUSED_FUNCTIONS:
            raise _Stop(pos, f"{_REFUSED_FUNCTIONS[lower]}: not supported", refused=True)
        handler = _CALLS.get(lower)
        if handler is None:
            raise _Stop(pos, f"there is no function '{name}' in XLSForm", refused=True)
        self.enter(token)
        args = self.arguments()
        self.depth -= 1
        low, high = handler[0], handler[1]
        if not low <= len(args) <= high:
            wanted = f"{low}" if low == high else f"{low} to {high}"
            raise _Stop(pos, f"{name}() takes {wanted} argument{'s' if high != 1 else ''}, not {len(args)}")
        for arg in args:
            if isinstance(arg, expr.Ref) and arg.path == ("..",) and lower != "position":
                raise _Stop(
                    arg.pos, "'..' (the enclosing group) can only be used as position(..)", refused=True
                )
            if lower not in _AGGREGATES:
                self.check_scalar(arg, f"as an argument of {name}()")
        node: expr.Node = handler[2](self, pos, args)
        return node

    def string_literal(self, node: expr.Node, what: str) -> str:
        if isinstance(node, expr.Literal) and isinstance(node.value, str):
            return node.value
        raise _Stop(node.pos, f"{what} must be written in quotes")

    def call_selected(self, pos: int, args: list[expr.Node]) -> expr.Node:
        subject, value = args
        text = self.string_literal(value, "the choice in selected()")
        target = self.target_of(subject)
        if target is None or target.kind != "question":
            raise _Stop(
                subject.pos, "selected() needs a select_one or select_multiple question as its first argument"
            )
        if target.qtype == "yes_no":
            if text not in ("yes", "no"):
                raise _Stop(
                    value.pos, f"${{{target.name}}} is a yes/no question: its choices are 'yes' and 'no'"
                )
            return expr.Binary("=", subject, expr.Literal(text == "yes", pos=value.pos), pos=pos)
        if target.choices is None:
            raise _Stop(subject.pos, f"selected() needs a select question, and ${{{target.name}}} is not one")
        if text not in target.choices:
            close = difflib.get_close_matches(text, sorted(target.choices), n=1)
            suggestion = f" (did you mean '{close[0]}'?)" if close else ""
            raise _Stop(value.pos, f"'{text}' is not a choice of ${{{target.name}}}{suggestion}")
        return expr.Call("selected", (subject, value), pos=pos)

    def call_count(self, pos: int, args: list[expr.Node]) -> expr.Node:
        (subject,) = args
        if not (isinstance(subject, expr.Ref) and subject in self.lists):
            raise _Stop(
                subject.pos,
                "count() counts the entries of a repeat group: give it ${group} or a question inside one "
                "(for the choices selected in a question, use count-selected())",
            )
        return expr.Call("count", (subject,), pos=pos)

    def call_count_selected(self, pos: int, args: list[expr.Node]) -> expr.Node:
        (subject,) = args
        target = self.target_of(subject)
        if target is None or target.choices is None or subject in self.lists:
            raise _Stop(subject.pos, "count-selected() needs a select_multiple question")
        return expr.Call("count", (subject,), pos=pos)

    def call_position(self, pos: int, args: list[expr.Node]) -> expr.Node:
        if args and not (isinstance(args[0], expr.Ref) and args[0].path == ("..",)):
            raise _Stop(
                args[0].pos, "position() is supported as position(..): the number of the entry", refused=True
            )
        if self.context.repeat is None:
            raise _Stop(pos, "position(..) (the number of the entry) can only be used inside a repeat group")
        return expr.Call("position", (), pos=pos)

    def call_regex(self, pos: int, args: list[expr.Node]) -> expr.Node:
        subject, pattern = args
        text = self.string_literal(pattern, "the regular expression")
        try:
            re.compile(text)
        except re.error as exc:
            raise _Stop(pattern.pos, f"'{text}' is not a valid regular expression: {exc}") from None
        return expr.Call("regex", (subject, pattern), pos=pos)

    def call_date(self, pos: int, args: list[expr.Node]) -> expr.Node:
        (value,) = args
        text = self.string_literal(value, "the date in date()")
        if not _DATE.match(text):
            raise _Stop(value.pos, f"date('{text}') needs a date written YYYY-MM-DD")
        return expr.Literal(text, pos=pos)

    def call_format_date(self, pos: int, args: list[expr.Node]) -> expr.Node:
        subject, pattern = args
        if isinstance(pattern, expr.Literal) and pattern.value == "%Y":
            return expr.Call("year", (subject,), pos=pos)
        raise _Stop(pos, "format-date() is supported only as format-date(x, '%Y') (the year)", refused=True)

    def call_not(self, pos: int, args: list[expr.Node]) -> expr.Node:
        return expr.Unary("not", self.condition(args[0]), pos=pos)

    def call_if(self, pos: int, args: list[expr.Node]) -> expr.Node:
        return expr.Call("if", (self.condition(args[0]), args[1], args[2]), pos=pos)


_Build = Callable[[_Translator, int, list[expr.Node]], expr.Node]


def _boolean(value: bool) -> _Build:
    def build(_translator: _Translator, pos: int, _args: list[expr.Node]) -> expr.Node:
        return expr.Literal(value, pos=pos)

    return build


def _plain(ours: str) -> _Build:
    def build(_translator: _Translator, pos: int, args: list[expr.Node]) -> expr.Node:
        return expr.Call(ours, tuple(args), pos=pos)

    return build


def _aggregate(name: str) -> _Build:
    def build(_translator: _Translator, pos: int, args: list[expr.Node]) -> expr.Node:
        if len(args) != 1:
            raise _Stop(
                pos, f"{name}() of several values is not supported: give it one question", refused=True
            )
        return expr.Call(name, (args[0],), pos=pos)

    return build


def _text_test(kind: str) -> _Build:
    def build(translator: _Translator, pos: int, args: list[expr.Node]) -> expr.Node:
        subject, needle = args
        text = translator.string_literal(needle, f"the text {kind}() looks for")
        escaped = re.escape(text)
        pattern = {"contains": escaped, "starts-with": "^" + escaped, "ends-with": escaped + "$"}[kind]
        return expr.Call("regex", (subject, expr.Literal(pattern, pos=needle.pos)), pos=pos)

    return build


def _moved(node: expr.Node, pos: int, types: _Types, lists: _Nodes) -> expr.Node:
    """A copy of an inlined calculation placed at the reference's position (keeping what is known of it)."""
    moved: expr.Node
    if isinstance(node, expr.Literal):
        moved = expr.Literal(node.value, pos=pos)
    elif isinstance(node, expr.Ref):
        moved = expr.Ref(node.path, pos=pos)
    elif isinstance(node, expr.Unary):
        moved = expr.Unary(node.op, _moved(node.operand, pos, types, lists), pos=pos)
    elif isinstance(node, expr.Binary):
        moved = expr.Binary(
            node.op, _moved(node.left, pos, types, lists), _moved(node.right, pos, types, lists), pos=pos
        )
    else:
        moved = expr.Call(node.name, tuple(_moved(arg, pos, types, lists) for arg in node.args), pos=pos)
    target = types.get(node)
    if target is not None:
        types[moved] = target
    if node in lists:
        lists.add(moved)
    return moved


_CALLS: Mapping[str, tuple[int, int, _Build]] = MappingProxyType(
    {
        "true": (0, 0, _boolean(True)),
        "false": (0, 0, _boolean(False)),
        "not": (1, 1, _Translator.call_not),
        "selected": (2, 2, _Translator.call_selected),
        "count-selected": (1, 1, _Translator.call_count_selected),
        "count": (1, 1, _Translator.call_count),
        "sum": (1, 1, _aggregate("sum")),
        "min": (1, 64, _aggregate("min")),
        "max": (1, 64, _aggregate("max")),
        "string-length": (1, 1, _plain("length")),
        "coalesce": (2, 2, _plain("coalesce")),
        "concat": (1, expr.MAX_CONCAT_ARGUMENTS, _plain("concat")),
        "if": (3, 3, _Translator.call_if),
        "regex": (2, 2, _Translator.call_regex),
        "contains": (2, 2, _text_test("contains")),
        "starts-with": (2, 2, _text_test("starts-with")),
        "ends-with": (2, 2, _text_test("ends-with")),
        "position": (0, 1, _Translator.call_position),
        "today": (0, 0, _plain("today")),
        "int": (1, 1, _plain("int")),
        "round": (1, 2, _plain("round")),
        "date": (1, 1, _Translator.call_date),
        "format-date": (2, 2, _Translator.call_format_date),
    }
)


def translate(source: str, scope: Scope, context: Context, *, as_condition: bool = True) -> Translation:
    """Read ``source`` (a cell) into a KIN Desktop expression, or say at which character it fails.

    ``as_condition``: the result is used as true/false (relevant, constraint, choice_filter).
    """
    translator: _Translator | None = None
    try:
        translator = _Translator(source, scope, context)
        node = translator.parse()
        if as_condition:
            node = translator.condition(node)
        else:
            translator.check_scalar(node, "here")
        expr.check(node, source=expr.to_source(node), is_known=lambda _path: True)
    except _Stop as stop:
        return Translation(None, (stop.problem,), translator.dynamic if translator else False)
    except ExpressionError as error:  # pragma: no cover - the translator builds only known calls
        return Translation(None, (XPathProblem(0, error.message),))
    return Translation(node, (), translator.dynamic)
