"""The bodies of records: what a revision of each record type holds.

Validated with pydantic on every save and every import. Decimals (money, measured
values) travel as strings so canonical JSON never holds a float.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from kin_desktop.core import limits
from kin_desktop.core.errors import ValidationError


class RecordType(StrEnum):
    RESPONSE = "response"
    PRACTICE = "practice"
    COMMITMENT = "commitment"
    ATTACHMENT = "attachment"
    PROGRESS_REPORT = "progress_report"
    REVIEW_NOTE = "review_note"


class Role(StrEnum):
    DELEGATE = "delegate"
    SECRETARIAT = "secretariat"


class ParticipantCategory(StrEnum):
    """Participants as the concept note lists them (section 5)."""

    MAYOR = "mayor"  # mayor or top representative of a local government
    CITY_EXPERT = "city-expert"
    NATIONAL = "national"  # national government
    INTERNATIONAL = "international"  # international organisation
    OTHER = "other"  # media, universities, general public


class Sector(StrEnum):
    SOLID_WASTE = "solid_waste"
    WASTEWATER_SANITATION = "wastewater_sanitation"
    WATER_SUPPLY = "water_supply"
    AIR_QUALITY = "air_quality"
    URBAN_TRANSPORT = "urban_transport"
    ENERGY = "energy"
    GREEN_SPACE = "green_space"
    INDUSTRIAL_POLLUTION = "industrial_pollution"
    OTHER = "other"


class DraftState(StrEnum):
    """The delegate's own state of a practice or commitment."""

    DRAFT = "draft"
    READY = "ready"


class ReviewState(StrEnum):
    """The secretariat's state of a record under review."""

    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    HAS_ISSUES = "has_issues"
    REGISTERED = "registered"


class ProjectType(StrEnum):
    DEMONSTRATION = "demonstration"
    EXPANDED = "expanded"


class ProgressStatus(StrEnum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    DELAYED = "delayed"
    STALLED = "stalled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


FOLLOW_UP_END_YEAR = 2010  # the second cycle of the Kitakyushu Initiative ends in 2010
_DECIMAL = re.compile(r"^-?\d{1,15}(\.\d{1,6})?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ShortText = Annotated[str, Field(max_length=500)]
LongText = Annotated[str, Field(max_length=20_000)]


def _list(longest: int = limits.MAX_LIST_ITEMS) -> Any:
    """A list field of a record, bounded (core.limits): sectors by their number, the rest by
    ``MAX_LIST_ITEMS``."""
    return Field(default_factory=list, max_length=longest)


def _decimal_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int | float):
        value = format(Decimal(repr(value)), "f") if isinstance(value, float) else str(value)
    text = str(value).strip().replace(",", "")
    if not _DECIMAL.match(text):
        raise ValueError(f"{value!r} is not a decimal number")
    return text


def _date_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    text = str(value)
    if not _DATE.match(text):
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")
    return text


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class PracticeBody(_Body):
    """A successful practice or policy, for the Network's database."""

    title: Annotated[str, Field(min_length=1, max_length=300)]
    summary: LongText = ""
    sectors: list[Sector] = _list(len(Sector))
    problem: LongText = ""
    approach: LongText = ""
    environmental_benefits: LongText = ""
    social_benefits: LongText = ""
    economic_benefits: LongText = ""
    cost_amount: str | None = None
    cost_currency: Annotated[str, Field(max_length=3)] | None = None
    partners: list[ShortText] = _list(limits.MAX_PARTNERS)
    replicability: LongText = ""
    start_year: Annotated[int, Field(ge=1950, le=2100)] | None = None
    win_win: bool = False
    language: Annotated[str, Field(max_length=16)] = "en"
    state: DraftState = DraftState.DRAFT

    _cost = field_validator("cost_amount", mode="before")(_decimal_or_none)


class Target(_Body):
    description: Annotated[str, Field(min_length=1, max_length=2000)]
    indicator: ShortText = ""
    baseline: ShortText = ""
    target: ShortText = ""
    unit: ShortText = ""
    due_year: Annotated[int, Field(ge=2006, le=FOLLOW_UP_END_YEAR)] | None = None


class Milestone(_Body):
    date: str
    description: Annotated[str, Field(min_length=1, max_length=2000)]

    _date = field_validator("date", mode="before")(_date_or_none)


class CommitmentBody(_Body):
    """A city's commitment to a demonstration or expanded project."""

    title: Annotated[str, Field(min_length=1, max_length=300)]
    project_type: ProjectType = ProjectType.DEMONSTRATION
    sectors: list[Sector] = _list(len(Sector))
    objectives: LongText = ""
    description: LongText = ""
    targets: list[Target] = _list()
    partners: list[ShortText] = _list(limits.MAX_PARTNERS)
    start_date: str | None = None
    end_date: str | None = None
    milestones: list[Milestone] = _list()
    budget_amount: str | None = None
    budget_currency: Annotated[str, Field(max_length=3)] | None = None
    funding_source: ShortText = ""
    experience_to_share: LongText = ""
    signatory_name: ShortText = ""
    signatory_title: ShortText = ""
    language: Annotated[str, Field(max_length=16)] = "en"
    state: DraftState = DraftState.DRAFT

    _budget = field_validator("budget_amount", mode="before")(_decimal_or_none)
    _dates = field_validator("start_date", "end_date", mode="before")(_date_or_none)

    @model_validator(mode="after")
    def _timeline(self) -> CommitmentBody:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("the end date is before the start date")
        if self.end_date and self.end_date > f"{FOLLOW_UP_END_YEAR}-12-31":
            raise ValueError(f"the timeline must end by {FOLLOW_UP_END_YEAR}")
        return self


class ResponseBody(_Body):
    """A city's answers to one questionnaire definition."""

    questionnaire_id: Annotated[str, Field(max_length=64)]
    questionnaire_version: Annotated[str, Field(max_length=64)]
    answers: dict[str, Any] = Field(default_factory=dict)
    completed: bool = False

    @field_validator("answers", mode="before")
    @classmethod
    def _bounded(cls, value: Any) -> Any:
        """Bounded before anything walks them (core.limits); their shape is checked against the
        questionnaire when they are evaluated."""
        if isinstance(value, dict):
            problem = limits.answers_problem(value)
            if problem is not None:
                raise ValueError(problem)
        return value


class AttachmentBody(_Body):
    """A file attached to a record; the bytes are stored once, by SHA-256."""

    record_id: str
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    filename: Annotated[str, Field(min_length=1, max_length=255)]
    media_type: ShortText = "application/octet-stream"
    size: Annotated[int, Field(ge=0, le=limits.MAX_ATTACHMENT_BYTES)]


class IndicatorValue(_Body):
    indicator: ShortText
    value: ShortText = ""
    note: ShortText = ""


class ProgressReportBody(_Body):
    """Follow-up of a commitment through the second cycle (to 2010)."""

    commitment_id: str
    reported_on: str
    status: ProgressStatus
    milestones_reached: list[ShortText] = _list()
    indicators: list[IndicatorValue] = _list()
    note: LongText = ""

    _date = field_validator("reported_on", mode="before")(_date_or_none)


class ReviewNoteBody(_Body):
    """The secretariat's review state of a record, with its comment.

    ``reviewed_rev_id`` is the revision of the record the secretariat had in front of it when it saved
    this state: a later revision of the record is a correction (or a change) since the review. Left out
    of the normalized form when unknown, so notes written before it existed keep their hash.
    """

    target_id: str
    target_type: Literal["response", "practice", "commitment", "progress_report"]
    state: ReviewState
    comment: LongText = ""
    recognized: bool = False  # "recognized in due course by 2010" (concept note)
    reviewed_rev_id: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = None

    @model_serializer(mode="wrap")
    def _without_unknown_revision(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if data.get("reviewed_rev_id") is None:
            data.pop("reviewed_rev_id", None)
        return data


BODY_MODELS: dict[RecordType, type[_Body]] = {
    RecordType.RESPONSE: ResponseBody,
    RecordType.PRACTICE: PracticeBody,
    RecordType.COMMITMENT: CommitmentBody,
    RecordType.ATTACHMENT: AttachmentBody,
    RecordType.PROGRESS_REPORT: ProgressReportBody,
    RecordType.REVIEW_NOTE: ReviewNoteBody,
}


def validate_body(record_type: RecordType | str, body: Any) -> dict[str, Any]:
    """Validate ``body`` for ``record_type`` and return its normalized JSON form.

    Raises :class:`ValidationError` naming the fields at fault.
    """
    model = BODY_MODELS[RecordType(record_type)]
    try:
        parsed = model.model_validate(body)
    except Exception as exc:  # pydantic.ValidationError, kept out of callers' way
        errors = getattr(exc, "errors", None)
        details = (
            "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in errors())
            if callable(errors)
            else str(exc)
        )
        raise ValidationError(f"{record_type} is not valid: {details}", record_type=str(record_type)) from exc
    return parsed.model_dump(mode="json")
