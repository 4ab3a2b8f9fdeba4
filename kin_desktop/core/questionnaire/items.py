"""The items of a definition: choices, scales, questions, repeat groups and sections.

Each model checks what it can see alone (options that apply to its type, bounds in
order, a valid pattern); checks across the definition are in :mod:`.checks`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    model_validator,
)

from kin_desktop.core.patterns import Pattern, PatternError, compile_pattern
from kin_desktop.core.questionnaire.text import LocalizedText
from kin_desktop.core.questionnaire.values import as_date, as_decimal

__all__ = [
    "BOUNDED_TYPES",
    "CHOICE_TYPES",
    "ID_PATTERN",
    "LIST_TYPES",
    "NUMBER_TYPES",
    "TEXT_TYPES",
    "Choice",
    "Item",
    "Question",
    "QuestionType",
    "RepeatGroup",
    "Scale",
    "Section",
]

ID_PATTERN = r"^[a-z][a-z0-9_]*$"


class QuestionType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"
    RATING = "rating"
    RANKING = "ranking"


CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.RANKING})
LIST_TYPES = frozenset({QuestionType.MULTIPLE_CHOICE, QuestionType.RANKING})
TEXT_TYPES = frozenset({QuestionType.TEXT, QuestionType.LONG_TEXT})
NUMBER_TYPES = frozenset({QuestionType.INTEGER, QuestionType.DECIMAL})
BOUNDED_TYPES = NUMBER_TYPES | LIST_TYPES | {QuestionType.DATE}

Bound = StrictInt | StrictFloat | StrictStr
DefaultValue = StrictBool | StrictInt | StrictStr | list[StrictStr]
"""An answer a new response starts with (checked against the question by :mod:`.checks`)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Choice(_Model):
    value: Annotated[str, Field(min_length=1, max_length=200)]
    label: LocalizedText


class Scale(_Model):
    min: StrictInt
    max: StrictInt
    min_label: LocalizedText | None = None
    max_label: LocalizedText | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Scale:
        if self.min >= self.max:
            raise ValueError(f"scale min ({self.min}) must be less than its max ({self.max})")
        return self


class Question(_Model):
    kind: Literal["question"]
    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
    type: QuestionType
    label: LocalizedText
    hint: LocalizedText | None = None
    required: StrictBool = False
    required_message: LocalizedText | None = None
    relevant: Annotated[str, Field(min_length=1)] | None = None
    constraint: Annotated[str, Field(min_length=1)] | None = None
    constraint_message: LocalizedText | None = None
    min: Bound | None = None
    max: Bound | None = None
    min_length: Annotated[int, Field(ge=0, strict=True)] | None = None
    max_length: Annotated[int, Field(ge=1, strict=True)] | None = None
    pattern: Annotated[str, Field(min_length=1)] | None = None
    unit: LocalizedText | None = None
    choices: list[Choice] | None = None
    scale: Scale | None = None
    default: DefaultValue | None = None

    _min: int | Decimal | date | None = PrivateAttr(default=None)
    _max: int | Decimal | date | None = PrivateAttr(default=None)
    _pattern: Pattern | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        problems: list[str] = []
        kind = self.type
        applies = {
            "min": kind in BOUNDED_TYPES,
            "max": kind in BOUNDED_TYPES,
            "min_length": kind in TEXT_TYPES,
            "max_length": kind in TEXT_TYPES,
            "pattern": kind == QuestionType.TEXT,
            "unit": kind in NUMBER_TYPES,
            "choices": kind in CHOICE_TYPES,
            "scale": kind == QuestionType.RATING,
        }
        for option, allowed in applies.items():
            if not allowed and getattr(self, option) is not None:
                problems.append(f"'{option}' does not apply to a {kind.value} question")
        if kind in CHOICE_TYPES:
            if not self.choices:
                problems.append(f"a {kind.value} question needs choices")
            else:
                counted = Counter(c.value for c in self.choices)  # linear: a definition may be someone else's
                duplicated = sorted(v for v, n in counted.items() if n > 1)
                if duplicated:
                    problems.append("duplicated choice values: " + ", ".join(repr(v) for v in duplicated))
        if kind == QuestionType.RATING and self.scale is None:
            problems.append("a rating question needs a scale")
        if kind in BOUNDED_TYPES:
            low = self._bound("min", self.min, problems)
            high = self._bound("max", self.max, problems)
            if low is not None and high is not None and low > high:  # type: ignore[operator]
                problems.append(f"min ({self.min}) is greater than max ({self.max})")
            self._min, self._max = low, high
        if self.min_length is not None and self.max_length is not None and self.min_length > self.max_length:
            problems.append(f"min_length ({self.min_length}) is greater than max_length ({self.max_length})")
        if self.pattern is not None and kind == QuestionType.TEXT:
            try:
                self._pattern = compile_pattern(self.pattern)
            except PatternError as exc:
                problems.append(f"pattern {self.pattern!r} is not valid: {exc}")
        if self.constraint_message is not None and self.constraint is None:
            problems.append("'constraint_message' without a constraint")
        if self.required_message is not None and not self.required:
            problems.append("'required_message' on a question that is not required")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _bound(self, name: str, value: Any, problems: list[str]) -> int | Decimal | date | None:
        if value is None:
            return None
        if self.type == QuestionType.DATE:
            parsed_date = as_date(value) if isinstance(value, str) else None
            if parsed_date is None:
                problems.append(f"{name} of a date question must be a date YYYY-MM-DD, not {value!r}")
            return parsed_date
        if self.type == QuestionType.DECIMAL:
            number = as_decimal(value)
            if number is None:
                problems.append(f"{name} of a decimal question must be a number, not {value!r}")
            return number
        if not isinstance(value, int):
            problems.append(f"{name} of a {self.type.value} question must be an integer, not {value!r}")
            return None
        if self.type in LIST_TYPES and value < 0:
            problems.append(f"{name} (a number of choices) must not be negative")
        return value

    @property
    def low(self) -> int | Decimal | date | None:
        """``min`` parsed for the question's type (a Decimal for a decimal, a date for a date)."""
        return self._min

    @property
    def high(self) -> int | Decimal | date | None:
        """``max`` parsed for the question's type."""
        return self._max

    @property
    def compiled_pattern(self) -> Pattern | None:
        """``pattern`` compiled (text questions only)."""
        return self._pattern

    @property
    def is_choice(self) -> bool:
        return self.type in CHOICE_TYPES

    def choice_values(self) -> list[str]:
        return [c.value for c in self.choices or ()]

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices or () if c.value == value), None)


def _not_a_repeat(value: Any) -> Any:
    if isinstance(value, Mapping) and value.get("kind") == "repeat":
        raise ValueError("repeat groups do not nest: a repeat group cannot hold a repeat group")
    return value


class RepeatGroup(_Model):
    kind: Literal["repeat"]
    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
    label: LocalizedText
    hint: LocalizedText | None = None
    relevant: Annotated[str, Field(min_length=1)] | None = None
    min: Annotated[int, Field(ge=0, strict=True)] = 0
    max: Annotated[int, Field(ge=1, strict=True)] | None = None
    items: Annotated[list[Annotated[Question, BeforeValidator(_not_a_repeat)]], Field(min_length=1)]

    @model_validator(mode="after")
    def _bounds(self) -> RepeatGroup:
        if self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is greater than max ({self.max})")
        return self


Item = Annotated[Question | RepeatGroup, Field(discriminator="kind")]


class Section(_Model):
    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
    title: LocalizedText
    description: LocalizedText | None = None
    relevant: Annotated[str, Field(min_length=1)] | None = None
    items: list[Item]

    def questions(self) -> list[Question]:
        """Every question of the section, in order, including those in repeat groups."""
        result: list[Question] = []
        for item in self.items:
            if isinstance(item, RepeatGroup):
                result.extend(item.items)
            else:
                result.append(item)
        return result
