"""The questionnaire expression language (``relevant`` and ``constraint``).

A tokenizer and a precedence-climbing parser turn the text into a tree of frozen
dataclasses; :func:`evaluate` interprets the tree. Nothing is ever passed to ``eval``
or ``exec``, no attribute of a Python object is looked up by a name taken from the
expression, and answers are reached only through the ``resolve`` callable.

Grammar, lowest precedence first (see ``docs/questionnaire-format.md``)::

    expr     := or
    or       := and ("or" and)*
    and      := not ("and" not)*
    not      := "not" not | compare
    compare  := sum (("=" | "==" | "!=" | "<" | "<=" | ">" | ">=") sum)?   # non-associative
    sum      := product (("+" | "-") product)*
    product  := unary (("*" | "/" | "%") unary)*
    unary    := "-" unary | primary
    primary  := NUMBER | STRING | "true" | "false" | "null" | "." | NAME ("." NAME)?
              | NAME "(" [expr ("," expr)*] ")" | "(" expr ")"

Names are ``[a-z][a-z0-9_]*``: a name may not start with ``_`` (question ids never do),
so nothing that looks like a Python dunder can even be written.

Negative numbers: ``-`` written directly before a number literal is folded into the
literal, so ``-5`` parses to ``Literal(-5)`` and :func:`to_source` prints ``Literal(-5)``
as ``-5``. ``Unary("-", Literal(5))`` is printed ``-(5)``, which parses back to the
unary node. Decimal literals keep their type: ``Literal(Decimal("5"))`` prints ``5.0``.

Limits: at most :data:`MAX_SOURCE_LENGTH` characters not counting white space between
tokens (white space inside strings counts), at most :data:`MAX_RAW_LENGTH` characters
in all, and a tree at most :data:`MAX_DEPTH` nodes deep (``a + b + c`` is three deep:
two operators and a leaf). Canonical text never has more non-space characters than the
text it was parsed from, so ``parse(to_source(parse(s))) == parse(s)`` always holds.

Evaluation (:func:`evaluate`) works on :data:`Value`: ``None`` (unanswered), ``bool``,
``Decimal`` (every number, answers included), ``str`` and ``list``. ``None``, ``''`` and
``[]`` are unanswered. It never raises because of the data:

- ``x = null`` / ``x != null`` (a ``null`` literal on either side) test for unanswered;
  any other comparison with an unanswered side is ``False``.
- Numbers compare with numbers, strings with strings (``YYYY-MM-DD`` dates compare
  correctly), booleans and lists only with ``=`` / ``!=``; other mixes give ``None``.
  A string in decimal notation (``"12.5"``, how decimal answers are stored) counts as a
  number when the other side is a number or such a string, in arithmetic too.
- Arithmetic with ``None`` or a non-number gives ``None``, as do division and ``%`` by
  zero and overflow; ``+`` on two strings concatenates; ``%`` takes the sign of the
  dividend (``Decimal`` semantics: ``-7 % 3 = -1``).
- ``not`` of a non-boolean is ``None``; ``and`` / ``or`` short-circuit and always give a
  ``bool`` (anything but ``True`` counts as false): see :func:`truthy`.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from types import MappingProxyType
from typing import Any, TypeAlias

from kin_desktop.core.errors import ExpressionError
from kin_desktop.core.patterns import Pattern, PatternError, compile_pattern

__all__ = [
    "FUNCTIONS",
    "MAX_CONCAT_ARGUMENTS",
    "MAX_DEPTH",
    "MAX_RAW_LENGTH",
    "MAX_SOURCE_LENGTH",
    "Binary",
    "Call",
    "Literal",
    "Node",
    "Ref",
    "Unary",
    "Value",
    "check",
    "evaluate",
    "iter_nodes",
    "parse",
    "references",
    "to_source",
    "truthy",
]

MAX_SOURCE_LENGTH = 2000
"""Characters of an expression, not counting white space between tokens."""
MAX_RAW_LENGTH = 20_000
"""Characters of an expression in all, white space included."""
MAX_DEPTH = 64
"""Depth of the expression tree (and, doubled, of parentheses and prefix operators)."""
MAX_CONCAT_ARGUMENTS = 64
"""Arguments of one ``concat()``."""
MAX_ROUND_PLACES = 20
"""Decimal places ``round()`` keeps at most (either way)."""

Value: TypeAlias = None | bool | Decimal | str | list[Any]

# --------------------------------------------------------------------------- tree


@dataclass(frozen=True)
class Literal:
    value: None | bool | int | Decimal | str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Ref:
    path: tuple[str, ...]
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Unary:
    op: str
    operand: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Binary:
    op: str
    left: Node
    right: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]
    pos: int = field(default=0, compare=False)


Node: TypeAlias = Literal | Ref | Unary | Binary | Call

FUNCTIONS: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "selected": (2, 2),
        "count": (1, 1),
        "sum": (1, 1),
        "min": (1, 1),
        "max": (1, 1),
        "length": (1, 1),
        "answered": (1, 1),
        "today": (0, 0),
        "year": (1, 1),
        "if": (3, 3),
        "coalesce": (2, 2),
        "concat": (1, MAX_CONCAT_ARGUMENTS),
        "regex": (2, 2),
        "position": (0, 0),
        "int": (1, 1),
        "round": (1, 2),
    }
)

CURRENT: tuple[str, ...] = (".",)

_KEYWORDS = frozenset({"and", "or", "not", "true", "false", "null"})
_COMPARISONS = frozenset({"=", "!=", "<", "<=", ">", ">="})

# Precedence levels, lowest first.
_OR, _AND, _NOT, _CMP, _ADD, _MUL, _UNARY, _PRIMARY = range(1, 9)
_LEVEL: Mapping[str, int] = MappingProxyType(
    {
        "or": _OR,
        "and": _AND,
        **dict.fromkeys(_COMPARISONS, _CMP),
        "+": _ADD,
        "-": _ADD,
        "*": _MUL,
        "/": _MUL,
        "%": _MUL,
    }
)

# --------------------------------------------------------------------------- tokens

_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
_NAME_CHARS = _LOWER | _DIGITS | {"_"}
_SPACE = frozenset(" \t\r\n")
_SINGLE_OPS = frozenset("()+-*/%,.<>=")
_ESCAPES = frozenset("\\'\"")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "num", "str", "name", "kw", "op", "end"
    text: str  # the source text of the token
    value: Any  # int | Decimal for num, str for str/kw/op (op: canonical spelling), tuple for name
    pos: int
    end: int


def _show(text: str, limit: int = 30) -> str:
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return repr(text) if not text.isprintable() or "'" in text else f"'{text}'"


def _show_char(source: str, i: int) -> str:
    if i >= len(source):
        return "end of expression"
    c = source[i]
    return f"'{c}'" if c.isprintable() and c != "'" else repr(c)


def _describe(tok: _Token) -> str:
    if tok.kind == "end":
        return "end of expression"
    if tok.kind == "str":
        text = tok.text if len(tok.text) <= 30 else tok.text[:26] + "..." + tok.text[0]
        return f"string {text}"
    return _show(tok.text)


def _err(message: str, source: str, position: int, problem: str, **params: Any) -> ExpressionError:
    return ExpressionError(message, source=source, position=position, problem=problem, **params)


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    n = len(source)
    i = 0
    while i < n:
        c = source[i]
        if c in _SPACE or c.isspace():
            i += 1
            continue
        start = i
        if c in _DIGITS:
            while i < n and source[i] in _DIGITS:
                i += 1
            if i < n and source[i] == ".":
                if i + 1 < n and source[i + 1] in _DIGITS:
                    i += 1
                    while i < n and source[i] in _DIGITS:
                        i += 1
                    text = source[start:i]
                    tokens.append(_Token("num", text, Decimal(text), start, i))
                    continue
                raise _err(
                    f"expected a digit after '.' but found {_show_char(source, i + 1)}",
                    source,
                    i + 1,
                    "syntax",
                )
            text = source[start:i]
            tokens.append(_Token("num", text, int(text), start, i))
        elif c in _LOWER:
            i = _name_end(source, i)
            word = source[start:i]
            if word in _KEYWORDS:
                tokens.append(_Token("kw", word, word, start, i))
                continue
            path = [word]
            while i < n and source[i] == ".":
                dot = i
                if len(path) == 2:
                    raise _err("a reference has at most two parts (group.question)", source, dot, "syntax")
                if i + 1 >= n or source[i + 1] not in _LOWER:
                    raise _err(
                        f"expected a question id after '.' but found {_show_char(source, i + 1)}",
                        source,
                        i + 1,
                        "syntax",
                    )
                i = _name_end(source, i + 1)
                part = source[dot + 1 : i]
                if part in _KEYWORDS:
                    raise _err(
                        f"expected a question id after '.' but found '{part}'", source, dot + 1, "syntax"
                    )
                path.append(part)
            tokens.append(_Token("name", source[start:i], tuple(path), start, i))
        elif c == "'" or c == '"':
            i, value = _read_string(source, i)
            tokens.append(_Token("str", source[start:i], value, start, i))
        elif c == "." and i + 1 < n and source[i + 1] in _DIGITS:
            raise _err("a number cannot start with '.' (write 0.5, not .5)", source, i, "syntax")
        elif source.startswith(("<=", ">=", "!=", "=="), i):
            op = source[i : i + 2]
            tokens.append(_Token("op", op, "=" if op == "==" else op, start, i + 2))
            i += 2
        elif c in _SINGLE_OPS:
            tokens.append(_Token("op", c, c, start, i + 1))
            i += 1
        elif c == "!":
            raise _err("expected '!=' but found '!'", source, i, "syntax")
        elif c == "_":
            raise _err("a name cannot start with '_'", source, i, "syntax")
        else:
            hint = ""
            if c == "&":
                hint = " (write 'and')"
            elif c == "|":
                hint = " (write 'or')"
            elif "A" <= c <= "Z":
                hint = " (names and keywords are lower case)"
            raise _err(f"unexpected character {_show_char(source, i)}{hint}", source, i, "syntax")
    tokens.append(_Token("end", "", None, n, n))
    return tokens


def _name_end(source: str, i: int) -> int:
    n = len(source)
    while i < n and source[i] in _NAME_CHARS:
        i += 1
    return i


def _read_string(source: str, start: int) -> tuple[int, str]:
    quote = source[start]
    parts: list[str] = []
    n = len(source)
    i = start + 1
    while True:
        j = i
        while j < n and source[j] != quote and source[j] != "\\":
            j += 1
        parts.append(source[i:j])
        if j >= n:
            raise _err(
                f"unterminated string: expected a closing {quote} but found end of expression",
                source,
                start,
                "syntax",
            )
        if source[j] == quote:
            return j + 1, "".join(parts)
        # a backslash
        if j + 1 >= n or source[j + 1] not in _ESCAPES:
            found = _show_char(source, j + 1)
            raise _err(f"expected \\\\, \\' or \\\" after a backslash but found {found}", source, j, "syntax")
        parts.append(source[j + 1])
        i = j + 2


# --------------------------------------------------------------------------- parser


class _Parser:
    def __init__(self, source: str, tokens: list[_Token]) -> None:
        self.source = source
        self.tokens = tokens
        self.index = 0
        self.nesting = 0

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        tok = self.tokens[self.index]
        if tok.kind != "end":
            self.index += 1
        return tok

    def error(self, message: str, tok: _Token, problem: str = "syntax") -> ExpressionError:
        return _err(message, self.source, tok.pos, problem)

    def enter(self, tok: _Token) -> None:
        self.nesting += 1
        if self.nesting > 2 * MAX_DEPTH:
            raise _err(
                f"expression is nested too deeply (more than {MAX_DEPTH} levels)",
                self.source,
                tok.pos,
                "too_deep",
                limit=MAX_DEPTH,
            )

    def leave(self) -> None:
        self.nesting -= 1

    def is_op(self, tok: _Token, *ops: str) -> bool:
        return tok.kind == "op" and tok.value in ops

    def binary_op(self, tok: _Token) -> str | None:
        if tok.kind == "kw" and tok.value in ("and", "or"):
            return str(tok.value)
        if tok.kind == "op" and tok.value in _LEVEL:
            return str(tok.value)
        return None

    def parse(self) -> Node:
        node = self.expr(_OR)
        tok = self.peek()
        if tok.kind != "end":
            raise self.error(f"expected an operator or end of expression but found {_describe(tok)}", tok)
        return node

    def expr(self, min_level: int) -> Node:
        left = self.prefix(min_level)
        compared = False
        while True:
            tok = self.peek()
            op = self.binary_op(tok)
            if op is None:
                return left
            level = _LEVEL[op]
            if level < min_level:
                return left
            if level == _CMP and compared:
                raise self.error(
                    f"comparisons cannot be chained: expected 'and' or 'or' but found {_describe(tok)}", tok
                )
            self.advance()
            if op == "and":
                right = self.expr(_NOT)
            else:
                right = self.expr(level + 1)
            left = Binary(op, left, right, pos=tok.pos)
            compared = level == _CMP

    def prefix(self, min_level: int) -> Node:
        tok = self.peek()
        if tok.kind == "kw" and tok.value == "not":
            if min_level > _NOT:
                raise self.error("expected an expression but found 'not' (put 'not ...' in parentheses)", tok)
            self.advance()
            self.enter(tok)
            operand = self.expr(_NOT)
            self.leave()
            return Unary("not", operand, pos=tok.pos)
        if self.is_op(tok, "-"):
            self.advance()
            nxt = self.peek()
            if nxt.kind == "num":
                self.advance()
                value = nxt.value
                negative = -value if isinstance(value, int) else Decimal("-" + nxt.text)
                return Literal(negative, pos=tok.pos)
            self.enter(tok)
            operand = self.prefix(_UNARY)
            self.leave()
            return Unary("-", operand, pos=tok.pos)
        return self.primary()

    def primary(self) -> Node:
        tok = self.advance()
        if tok.kind in ("num", "str"):
            return Literal(tok.value, pos=tok.pos)
        if tok.kind == "kw" and tok.value in ("true", "false", "null"):
            value = {"true": True, "false": False, "null": None}[tok.value]
            return Literal(value, pos=tok.pos)
        if self.is_op(tok, "."):
            return Ref(CURRENT, pos=tok.pos)
        if self.is_op(tok, "("):
            self.enter(tok)
            inner = self.expr(_OR)
            close = self.peek()
            if not self.is_op(close, ")"):
                raise self.error(f"expected ')' but found {_describe(close)}", close)
            self.advance()
            self.leave()
            return inner
        if tok.kind == "name":
            path: tuple[str, ...] = tok.value
            if len(path) == 1 and self.is_op(self.peek(), "("):
                return self.call(path[0], tok)
            return Ref(path, pos=tok.pos)
        raise self.error(f"expected an expression but found {_describe(tok)}", tok)

    def call(self, name: str, name_tok: _Token) -> Node:
        self.advance()  # "("
        self.enter(name_tok)
        args: list[Node] = []
        if self.is_op(self.peek(), ")"):
            self.advance()
        else:
            while True:
                args.append(self.expr(_OR))
                tok = self.peek()
                if self.is_op(tok, ","):
                    self.advance()
                    continue
                if self.is_op(tok, ")"):
                    self.advance()
                    break
                raise self.error(f"expected ',' or ')' but found {_describe(tok)}", tok)
        self.leave()
        return Call(name, tuple(args), pos=name_tok.pos)


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Unary):
        return (node.operand,)
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Call):
        return node.args
    return ()


def parse(source: str) -> Node:
    """Parse ``source`` into a tree; raise :class:`ExpressionError` with a 0-based position."""
    if len(source) > MAX_RAW_LENGTH:
        raise _err(
            f"expression is too long (more than {MAX_RAW_LENGTH} characters)",
            source,
            MAX_RAW_LENGTH,
            "too_long",
            limit=MAX_RAW_LENGTH,
        )
    tokens = _tokenize(source)
    used = 0
    for tok in tokens:
        used += tok.end - tok.pos
        if used > MAX_SOURCE_LENGTH:
            raise _err(
                f"expression is too long (more than {MAX_SOURCE_LENGTH} characters, not counting spaces)",
                source,
                tok.pos,
                "too_long",
                limit=MAX_SOURCE_LENGTH,
            )
    try:
        node = _Parser(source, tokens).parse()
    except RecursionError:  # pragma: no cover - the nesting limit comes first
        raise _err("expression is nested too deeply", source, 0, "too_deep", limit=MAX_DEPTH) from None
    stack: list[tuple[Node, int]] = [(node, 1)]
    while stack:
        current, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _err(
                f"expression is nested too deeply (more than {MAX_DEPTH} levels)",
                source,
                current.pos,
                "too_deep",
                limit=MAX_DEPTH,
            )
        stack.extend((child, depth + 1) for child in _children(current))
    return node


# --------------------------------------------------------------------------- printing


def _quote(text: str) -> str:
    quote = '"' if text.count("'") > text.count('"') else "'"
    return quote + text.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote


def _literal_source(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot write the non-finite number {value} in an expression")
        text = format(value, "f")
        return text if "." in text else text + ".0"
    if isinstance(value, str):
        return _quote(text=value)
    raise TypeError(f"cannot write a literal of type {type(value).__name__}")


def _wrap(part: tuple[str, int], needed: int) -> str:
    text, level = part
    return f"({text})" if level < needed else text


def _format(node: Node) -> tuple[str, int]:
    if isinstance(node, Literal):
        text = _literal_source(node.value)
        return text, _UNARY if text.startswith("-") else _PRIMARY
    if isinstance(node, Ref):
        return ".".join(node.path), _PRIMARY
    if isinstance(node, Call):
        return f"{node.name}({', '.join(_format(a)[0] for a in node.args)})", _PRIMARY
    if isinstance(node, Unary):
        inner = _format(node.operand)
        if node.op == "not":
            return f"not {_wrap(inner, _NOT)}", _NOT
        if node.op == "-":
            if isinstance(node.operand, Literal) and inner[1] == _PRIMARY and inner[0][0] in _DIGITS:
                # -(5) stays a unary minus: "-5" would parse back to Literal(-5)
                return f"-({inner[0]})", _UNARY
            return f"-{_wrap(inner, _UNARY)}", _UNARY
        raise ValueError(f"unknown unary operator {node.op!r}")
    if isinstance(node, Binary):
        level = _LEVEL.get(node.op)
        if level is None:
            raise ValueError(f"unknown binary operator {node.op!r}")
        left_needed = _ADD if level == _CMP else level
        right_needed = _NOT if node.op == "and" else level + 1
        left = _wrap(_format(node.left), left_needed)
        right = _wrap(_format(node.right), right_needed)
        return f"{left} {node.op} {right}", level
    raise TypeError(f"not an expression node: {node!r}")


def to_source(node: Node) -> str:
    """The canonical text of a tree: minimal parentheses, single spaces around operators."""
    return _format(node)[0]


# --------------------------------------------------------------------------- walking


def iter_nodes(node: Node) -> Iterator[Node]:
    """Every node of the tree, pre-order (a node before its children, children left to right)."""
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(_children(current)))


def references(node: Node) -> set[tuple[str, ...]]:
    """Every referenced path, except ``(".",)`` (the current question)."""
    return {n.path for n in iter_nodes(node) if isinstance(n, Ref) and n.path != CURRENT}


def _start(node: Node) -> int:
    return min(n.pos for n in iter_nodes(node))


def _arguments_wanted(low: int, high: int) -> str:
    if high == 0:
        return "no arguments"
    if low == high:
        return f"{high} argument{'s' if high != 1 else ''}"
    return f"{low} to {high} arguments"


def _pattern_error(pattern: str) -> str | None:
    try:
        _compiled(pattern)
    except PatternError as exc:
        return str(exc)
    return None


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> Pattern:
    """``regex()`` patterns come from someone else's definition: matched in linear time (RE2)."""
    return compile_pattern(pattern)


def check(node: Node, *, source: str, is_known: Callable[[tuple[str, ...]], bool]) -> None:
    """Refuse unknown references and functions, wrong arity and a non-literal ``selected`` value.

    ``is_known`` is not asked about ``.`` (the current question): whether ``.`` is allowed
    where the expression is used is for the caller to decide. When there are several
    problems, the one furthest left in the source is reported.
    """
    problems: list[tuple[int, int, str, str, dict[str, Any]]] = []
    for order, n in enumerate(iter_nodes(node)):
        if isinstance(n, Ref):
            if n.path != CURRENT and not is_known(n.path):
                name = ".".join(n.path)
                problems.append(
                    (n.pos, order, f"unknown question '{name}'", "unknown_question", {"name": name})
                )
        elif isinstance(n, Call):
            arity = FUNCTIONS.get(n.name)
            if arity is None:
                problems.append(
                    (n.pos, order, f"unknown function '{n.name}'", "unknown_function", {"name": n.name})
                )
                continue
            low, high = arity
            given = len(n.args)
            if not low <= given <= high:
                wanted = _arguments_wanted(low, high)
                problems.append(
                    (
                        n.pos,
                        order,
                        f"'{n.name}' takes {wanted} but was given {given}",
                        "arity",
                        {"name": n.name, "given": given, "expected": high},
                    )
                )
                continue
            if n.name == "regex":
                pattern = n.args[1]
                if not (isinstance(pattern, Literal) and isinstance(pattern.value, str)):
                    problems.append(
                        (
                            _start(pattern),
                            order,
                            "expected a regular expression in quotes as the second argument of 'regex' "
                            f"but found {_show(to_source(pattern))}",
                            "regex_pattern",
                            {"name": n.name},
                        )
                    )
                elif (error := _pattern_error(pattern.value)) is not None:
                    problems.append(
                        (
                            pattern.pos,
                            order,
                            f"{_show(pattern.value)} is not a valid regular expression: {error}",
                            "regex_pattern",
                            {"name": n.name},
                        )
                    )
            if n.name == "selected":
                value = n.args[1]
                if not (isinstance(value, Literal) and isinstance(value.value, str)):
                    found = _show(to_source(value))
                    problems.append(
                        (
                            _start(value),
                            order,
                            f"expected a choice value in quotes as the second argument of 'selected' "
                            f"but found {found}",
                            "selected_value",
                            {"name": n.name},
                        )
                    )
    if problems:
        pos, _order, message, problem, params = min(problems, key=lambda p: (p[0], p[1]))
        raise _err(message, source, pos, problem, **params)


# --------------------------------------------------------------------------- evaluation

_CONTEXT = Context(prec=28, traps=[InvalidOperation, DivisionByZero, Overflow])
_NUMBER_TEXT = re.compile(r"-?[0-9]{1,200}(?:\.[0-9]{1,200})?")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def truthy(value: Value) -> bool:
    """True only for the boolean ``True``: ``null``, numbers and strings are not true."""
    return value is True


def _normalize(raw: Any, depth: int = 0) -> Any:
    if raw is None or isinstance(raw, bool | str):
        return raw
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        return Decimal(repr(raw)) if raw == raw and raw not in (float("inf"), float("-inf")) else None
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else None
    if isinstance(raw, list | tuple):
        return [_normalize(item, depth + 1) for item in raw] if depth < 2 else list(raw)
    if isinstance(raw, datetime.date):
        return raw.isoformat()
    if depth > 0:
        return raw  # e.g. the answer dicts of a repeat group's instances
    return None


def _unanswered(value: Any) -> bool:
    return value is None or value == "" or value == []


def _number(value: Any) -> Decimal | None:
    """A number, or a string in decimal notation (how decimal answers are stored)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value):
        return Decimal(value)
    return None


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list):
        return "list"
    return "other"


def _compare(op: str, left: Value, right: Value) -> bool | None:
    if _unanswered(left) or _unanswered(right):
        return False  # a comparison involving null is false (except "= null", handled before)
    ln, rn = _number(left), _number(right)
    a: Any
    b: Any
    if ln is not None and rn is not None:
        a, b = ln, rn
    else:
        kind = _kind(left)
        if kind != _kind(right) or kind == "other":
            return None
        if kind in ("bool", "list") and op not in ("=", "!="):
            return None
        a, b = left, right
    if op == "=":
        return bool(a == b)
    if op == "!=":
        return bool(a != b)
    if op == "<":
        return bool(a < b)
    if op == "<=":
        return bool(a <= b)
    if op == ">":
        return bool(a > b)
    return bool(a >= b)


def _arithmetic(op: str, left: Value, right: Value) -> Value:
    if left is None or right is None:
        return None
    ln, rn = _number(left), _number(right)
    if ln is None or rn is None:
        if op == "+" and isinstance(left, str) and isinstance(right, str):
            return left + right
        return None
    try:
        if op == "+":
            return _CONTEXT.add(ln, rn)
        if op == "-":
            return _CONTEXT.subtract(ln, rn)
        if op == "*":
            return _CONTEXT.multiply(ln, rn)
        if rn == 0:
            return None
        if op == "/":
            return _CONTEXT.divide(ln, rn)
        return _CONTEXT.remainder(ln, rn)
    except ArithmeticError:
        return None


def _numbers(value: Value) -> list[Decimal] | None:
    """The numbers of a list (unanswered items skipped); None if an item is not a number."""
    items = value if isinstance(value, list) else [value]
    out: list[Decimal] = []
    for item in items:
        if _unanswered(item):
            continue
        number = _number(item)
        if number is None:
            return None
        out.append(number)
    return out


def _is_selected(value: Any, choice: str) -> bool:
    if isinstance(value, str):
        return value == choice
    if isinstance(value, list):
        return any(item == choice or (isinstance(item, list) and choice in item) for item in value)
    return False


class _Evaluator:
    def __init__(
        self,
        root: Node,
        resolve: Callable[[tuple[str, ...]], Any],
        today: datetime.date | None,
        position: int | None,
    ) -> None:
        self.root = root
        self.resolve = resolve
        self.today = today
        self.position = position

    def value_of(self, node: Node) -> Value:
        if isinstance(node, Literal):
            value: Value = _normalize(node.value)
            return value
        if isinstance(node, Ref):
            resolved: Value = _normalize(self.resolve(node.path))
            return resolved
        if isinstance(node, Unary):
            operand = self.value_of(node.operand)
            if node.op == "not":
                return (not operand) if isinstance(operand, bool) else None
            number = _number(operand)
            if number is None:
                return None
            try:
                return _CONTEXT.minus(number)
            except ArithmeticError:
                return None
        if isinstance(node, Binary):
            return self.binary(node)
        return self.call(node)

    def binary(self, node: Binary) -> Value:
        op = node.op
        if op == "and":
            return truthy(self.value_of(node.left)) and truthy(self.value_of(node.right))
        if op == "or":
            return truthy(self.value_of(node.left)) or truthy(self.value_of(node.right))
        if op in _COMPARISONS:
            if op in ("=", "!=") and (_is_null(node.left) or _is_null(node.right)):
                other = node.right if _is_null(node.left) else node.left
                empty = _unanswered(self.value_of(other))
                return empty if op == "=" else not empty
            return _compare(op, self.value_of(node.left), self.value_of(node.right))
        return _arithmetic(op, self.value_of(node.left), self.value_of(node.right))

    def call(self, node: Call) -> Value:
        arity = FUNCTIONS.get(node.name)
        if arity is None or not arity[0] <= len(node.args) <= arity[1]:
            if arity is None:
                message, problem = f"unknown function '{node.name}'", "unknown_function"
            else:
                message, problem = f"wrong number of arguments for '{node.name}'", "arity"
            raise _err(message, to_source(self.root), node.pos, problem, name=node.name)
        name = node.name
        if name == "today":
            return (self.today or datetime.date.today()).isoformat()
        if name == "position":
            return None if self.position is None else Decimal(self.position)
        if name == "if":
            chosen = node.args[1] if truthy(self.value_of(node.args[0])) else node.args[2]
            return self.value_of(chosen)
        if name == "concat":
            return "".join(_text(self.value_of(arg)) for arg in node.args)
        x = self.value_of(node.args[0])
        if name == "coalesce":
            return self.value_of(node.args[1]) if _unanswered(x) else x
        if name == "regex":
            pattern = node.args[1]
            if not (isinstance(pattern, Literal) and isinstance(pattern.value, str)):
                return None
            subject = _text(x) if x is None or isinstance(x, str | Decimal) else None
            if subject is None:
                return None
            try:
                return _compiled(pattern.value).search(subject) is not None
            except re.error:
                return None
        if name in ("int", "round"):
            return self.rounded(node, x)
        if name == "selected":
            choice = self.value_of(node.args[1])
            return isinstance(choice, str) and _is_selected(x, choice)
        if name == "answered":
            return not _unanswered(x)
        if name == "count":
            if isinstance(x, list):
                return Decimal(sum(1 for item in x if not _unanswered(item)))
            return Decimal(0 if _unanswered(x) else 1)
        if name == "length":
            if x is None:
                return Decimal(0)
            return Decimal(len(x)) if isinstance(x, str | list) else None
        if name == "year":
            if isinstance(x, str) and _DATE_TEXT.fullmatch(x):
                try:
                    return Decimal(datetime.date.fromisoformat(x).year)
                except ValueError:
                    return None
            return None
        numbers = _numbers(x)
        if numbers is None:
            return None
        if name == "sum":
            total = Decimal(0)
            try:
                for number in numbers:
                    total = _CONTEXT.add(total, number)
            except ArithmeticError:
                return None
            return total
        if not numbers:
            return None
        return min(numbers) if name == "min" else max(numbers)

    def rounded(self, node: Call, x: Value) -> Value:
        number = _number(x)
        if number is None:
            return None
        try:
            if node.name == "int":
                return number.to_integral_value(rounding=ROUND_DOWN, context=_CONTEXT)
            places = self.value_of(node.args[1]) if len(node.args) == 2 else Decimal(0)
            digits = _number(places)
            if digits is None or digits != digits.to_integral_value() or abs(digits) > MAX_ROUND_PLACES:
                return None
            return number.quantize(Decimal(1).scaleb(-int(digits)), rounding=ROUND_HALF_UP, context=_CONTEXT)
        except ArithmeticError:
            return None


def _text(value: Value) -> str:
    """How ``concat`` and ``regex`` see a value: unanswered is '', a list its items joined by spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list):
        return " ".join(_text(item) for item in value if not isinstance(item, dict))
    return str(value)


def _is_null(node: Node) -> bool:
    return isinstance(node, Literal) and node.value is None


def evaluate(
    node: Node,
    resolve: Callable[[tuple[str, ...]], Any],
    *,
    today: datetime.date | None = None,
    position: int | None = None,
) -> Value:
    """Interpret a (checked) tree. ``resolve(path)`` gives the raw answer for a reference.

    Numbers come back as :class:`~decimal.Decimal`. Data never makes this raise: an
    operation that cannot be performed on the values it gets yields ``None``. A call of
    an unknown function (a tree that did not pass :func:`check`) raises ExpressionError.
    ``position`` is what ``position()`` gives: the 1-based number of the repeat-group
    instance the expression is evaluated in (``None`` outside one).
    """
    return _Evaluator(node, resolve, today, position).value_of(node)
