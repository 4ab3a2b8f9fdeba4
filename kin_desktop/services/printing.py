"""Printing: commitment forms, the practices compendium and questionnaires as PDF, and
checking a printed commitment form against the data (``verify-print``).

The words on the forms come from :func:`labels_for` (the interface language's set in
``translations/print``, :mod:`kin_desktop.services.print_labels`), or any complete
:class:`~kin_desktop.reports.labels.Labels` the caller builds; the reports layer never
translates. Every PDF is written atomically.
See ``docs/printing.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from kin_desktop.core.clock import HLC
from kin_desktop.core.errors import UsageError, ValidationError
from kin_desktop.core.latin import LANG_OF_COUNTRY
from kin_desktop.core.latin import latin_city as latin_city  # the rule, re-exported where it was
from kin_desktop.core.questionnaire import load_definition
from kin_desktop.core.schemas import CommitmentBody, PracticeBody, RecordType, ResponseBody
from kin_desktop.reports.binding import BindingError, format_binding, parse_binding
from kin_desktop.reports.commitment import CommitmentForm, write_commitment_forms
from kin_desktop.reports.compendium import PracticeEntry, write_compendium
from kin_desktop.reports.labels import Labels
from kin_desktop.reports.questionnaire import QuestionnaireDocument, write_questionnaire
from kin_desktop.services import printed, questionnaires
from kin_desktop.services.print_labels import english_labels, japanese_labels, labels_for
from kin_desktop.services.profiles import Workspace
from kin_desktop.storage import models, repository

__all__ = [
    "VerifyPrintResult",
    "english_labels",
    "japanese_labels",
    "labels_for",
    "print_commitments",
    "print_practices",
    "print_questionnaire",
    "verify_print",
]

PageCallback = Callable[[int], None]

# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class _Person:
    name: str
    city: str
    country: str
    organisation: str
    city_latin: str = ""


def _stored_latin_city(row: Any) -> str:
    """The city's name in Latin letters as the profile (``city_latin``, asked in the wizard)
    or the registry of delegate keys (from the signed bundle header) stores it; "" when
    none is stored (a key enrolled before bundles carried it): :func:`latin_city` decides."""
    value = getattr(row, "city_latin", None)
    return value.strip() if isinstance(value, str) else ""


class _People:
    """Key id -> who holds it: the own profile, else the secretariat's registry of delegates."""

    def __init__(self, session: Session) -> None:
        self.known: dict[str, _Person] = {}
        for key in session.exec(select(models.DelegateKey)):
            self.known[key.key_id] = _Person(
                key.name, key.city, key.country, key.organisation, _stored_latin_city(key)
            )
        profile = repository.get_profile(session=session)
        self.profile_key = profile.key_id if profile is not None else None
        if profile is not None and profile.key_id:
            self.known[profile.key_id] = _Person(
                profile.name, profile.city, profile.country, profile.organisation, _stored_latin_city(profile)
            )

    def get(self, key_id: str) -> _Person | None:
        return self.known.get(key_id)


def _revised_on(hlc: str) -> str:
    try:
        wall_ms = HLC.parse(hlc).wall_ms
    except ValidationError:
        return ""
    return datetime.fromtimestamp(wall_ms / 1000, UTC).date().isoformat()


def text_language(body_language: str, country: str) -> str:
    """The language of a record's texts: its own, else the usual one of its country."""
    if body_language and body_language.casefold() != "en":
        return body_language
    return LANG_OF_COUNTRY.get(country.upper(), body_language or "en")


# --------------------------------------------------------------------------- commitments


def print_commitments(
    workspace: Workspace,
    record_ids: list[str] | None,
    out: Path,
    *,
    labels: Labels,
    page_size: str = "A4",
    on_page: PageCallback | None = None,
) -> int:
    """Commitment forms, one per record (``None``: every current commitment), in one PDF.

    Returns the number of pages. An unknown, deleted or non-commitment id is refused
    with :class:`UsageError` before anything is written.
    """
    forms: list[CommitmentForm] = []
    with workspace.session() as session:
        people = _People(session)
        if record_ids is None:
            records = repository.list_current(RecordType.COMMITMENT, session=session)
        else:
            records = []
            for record_id in record_ids:
                found = repository.current(record_id, session=session)
                if found is None or found.record_type != RecordType.COMMITMENT or found.body is None:
                    raise UsageError(f"there is no commitment {record_id}", record_id=record_id)
                records.append(found)
        for record in records:
            assert record.body is not None
            revision = repository.get_revisions([record.rev_id], session=session)[0]
            body = CommitmentBody.model_validate(record.body)
            person = people.get(record.owner) or _Person("", "", "", "")
            forms.append(
                CommitmentForm(
                    record_id=record.record_id,
                    rev_id=record.rev_id,
                    author_key_id=revision.author,
                    revised_on=_revised_on(revision.hlc),
                    body=body,
                    city=person.city,
                    country=person.country,
                    delegation=person.name,
                    organisation=person.organisation,
                    binding=format_binding(record.record_id, record.rev_id, revision.author),
                    lang=text_language(body.language, person.country),
                    city_latin=latin_city(
                        person.city, person.city_latin, lang=text_language(body.language, person.country)
                    ),
                )
            )
    pages = write_commitment_forms(forms, out, labels=labels, page_size_name=page_size, on_page=on_page)
    with workspace.session() as session:  # the paper is bound to these revisions (services/printed.py)
        printed.record_printed(session, [(form.record_id, form.rev_id) for form in forms])
    return pages


# --------------------------------------------------------------------------- verify-print


@dataclass(frozen=True)
class VerifyPrintResult:
    """What a commitment form's verification text says about the data.

    ``ok`` is true only when the text is intact, the revision exists, belongs to the
    record the text names, was authored by the key the text names, and is still the
    current state of the record: the paper matches the data. ``reason`` is a stable
    code (``ok``, a :class:`~kin_desktop.reports.binding.BindingError` reason, or
    ``unknown_revision``, ``wrong_record``, ``not_a_commitment``, ``wrong_signer``,
    ``deleted``, ``conflict``, ``not_current``); ``message`` says it in English.
    """

    ok: bool
    reason: str
    message: str
    text: str
    record_id: str | None = None
    rev_id: str | None = None
    signer_key_id: str | None = None
    signer_name: str | None = None
    signer_city: str | None = None
    signer_country: str | None = None
    exists: bool = False
    belongs: bool = False
    current: bool = False
    current_rev_id: str | None = None
    revised_on: str | None = None

    @property
    def exit_code(self) -> int:
        """The command line's exit status: 0 when the paper matches the data, else 1."""
        return 0 if self.ok else 1

    def to_json(self) -> dict[str, Any]:
        return {
            name: getattr(self, name)
            for name in (
                "ok",
                "reason",
                "message",
                "record_id",
                "rev_id",
                "signer_key_id",
                "signer_name",
                "signer_city",
                "signer_country",
                "exists",
                "belongs",
                "current",
                "current_rev_id",
                "revised_on",
            )
        }


def verify_print(workspace: Workspace, text: str) -> VerifyPrintResult:
    """Check the text a commitment form's QR code decodes to against this profile's data."""
    try:
        binding = parse_binding(text)
    except BindingError as exc:
        return VerifyPrintResult(False, exc.reason, str(exc), text if isinstance(text, str) else "")
    facts: dict[str, Any] = {"record_id": binding.record_id, "rev_id": binding.rev_id}
    with workspace.session() as session:
        found = repository.get_revisions([binding.rev_id], session=session)
        if not found:
            return VerifyPrintResult(
                False,
                "unknown_revision",
                f"revision {binding.rev_id} is not in this profile's records",
                text,
                signer_key_id=binding.key_id,
                **facts,
            )
        revision = found[0]
        people = _People(session)
        signer = people.get(revision.author)
        head = repository.current(revision.record_id, session=session)
        facts.update(
            signer_key_id=revision.author,
            signer_name=signer.name if signer else None,
            signer_city=signer.city if signer else None,
            signer_country=signer.country if signer else None,
            exists=True,
            belongs=revision.record_id == binding.record_id,
            current_rev_id=head.rev_id if head is not None else None,
            revised_on=_revised_on(revision.hlc),
        )
    if revision.record_id != binding.record_id:
        return VerifyPrintResult(
            False,
            "wrong_record",
            f"revision {binding.rev_id} belongs to record {revision.record_id}, not {binding.record_id}",
            text,
            **facts,
        )
    if revision.record_type != RecordType.COMMITMENT:
        return VerifyPrintResult(
            False,
            "not_a_commitment",
            f"record {binding.record_id} is a {revision.record_type}",
            text,
            **facts,
        )
    if revision.author != binding.key_id:
        return VerifyPrintResult(
            False,
            "wrong_signer",
            f"revision {binding.rev_id} was made by key {revision.author}, not {binding.key_id}",
            text,
            **facts,
        )
    assert head is not None  # the revision is stored, so its record is
    if head.deleted:
        return VerifyPrintResult(
            False, "deleted", f"commitment {binding.record_id} has been deleted", text, **facts
        )
    if head.rev_id != binding.rev_id:
        if binding.rev_id in head.heads:
            return VerifyPrintResult(
                False,
                "conflict",
                f"commitment {binding.record_id} has conflicting versions; this form shows one of them",
                text,
                **facts,
            )
        return VerifyPrintResult(
            False,
            "not_current",
            f"commitment {binding.record_id} has been changed since this form was printed "
            f"(current revision {head.rev_id})",
            text,
            **facts,
        )
    if head.conflict:
        return VerifyPrintResult(
            False,
            "conflict",
            f"commitment {binding.record_id} has conflicting versions; resolve them and print again",
            text,
            **facts,
        )
    who = f"{signer.name} ({signer.city})" if signer else f"key {revision.author}"
    return VerifyPrintResult(
        True,
        "ok",
        f"the form matches the current version of commitment {binding.record_id}, made by {who}",
        text,
        current=True,
        **facts,
    )


# --------------------------------------------------------------------------- practices


def print_practices(
    workspace: Workspace,
    out: Path,
    *,
    labels: Labels,
    page_size: str = "A4",
    printed_on: date | None = None,
    on_page: PageCallback | None = None,
) -> int:
    """The compendium of every current practice; returns the number of pages."""
    entries: list[PracticeEntry] = []
    with workspace.session() as session:
        people = _People(session)
        for record in repository.list_current(RecordType.PRACTICE, session=session):
            assert record.body is not None
            body = PracticeBody.model_validate(record.body)
            person = people.get(record.owner) or _Person("", "", "", "")
            entries.append(
                PracticeEntry(
                    record_id=record.record_id,
                    body=body,
                    city=person.city,
                    country=person.country,
                    lang=text_language(body.language, person.country),
                )
            )
    return write_compendium(
        entries,
        out,
        labels=labels,
        page_size_name=page_size,
        printed_on=(printed_on or date.today()).isoformat(),
        on_page=on_page,
    )


# --------------------------------------------------------------------------- questionnaire


def print_questionnaire(
    workspace: Workspace,
    out: Path,
    *,
    blank: bool,
    labels: Labels,
    record_id: str | None = None,
    page_size: str = "A4",
    on_page: PageCallback | None = None,
) -> int:
    """The pre-meeting questionnaire: blank for paper, or filled with one city's answers.

    Filled: ``record_id`` names the response; without it, the profile's own response (a
    delegate has one). The definition is the version the response answers; blank, the
    latest stored version. Returns the number of pages.
    """
    with workspace.session() as session:
        if blank:
            definition = questionnaires.current_definition(session=session)
            document = QuestionnaireDocument(definition=definition, answers=None, lang=labels.language)
        else:
            document = _filled(session, record_id, labels)
    return write_questionnaire(document, out, labels=labels, page_size_name=page_size, on_page=on_page)


def _filled(session: Session, record_id: str | None, labels: Labels) -> QuestionnaireDocument:
    people = _People(session)
    if record_id is not None:
        record = repository.current(record_id, session=session)
        if record is None or record.record_type != RecordType.RESPONSE or record.body is None:
            raise UsageError(f"there is no questionnaire response {record_id}", record_id=record_id)
    else:
        responses = repository.list_current(RecordType.RESPONSE, session=session)
        own = [r for r in responses if r.owner == people.profile_key] or responses
        if len(own) != 1:
            raise UsageError(
                "name the response to print: this profile holds "
                + ("no questionnaire response" if not own else f"{len(own)} responses"),
                count=len(own),
            )
        record = own[0]
    assert record.body is not None
    body = ResponseBody.model_validate(record.body)
    stored = [
        d
        for d in repository.list_definitions(session=session, questionnaire_id=body.questionnaire_id)
        if d.version == body.questionnaire_version
    ]
    if not stored:
        raise UsageError(
            f"questionnaire {body.questionnaire_id} version {body.questionnaire_version} is not in this profile",
            questionnaire_id=body.questionnaire_id,
        )
    definition = load_definition(stored[-1].content)
    person = people.get(record.owner) or _Person("", "", "", "")
    revision = repository.get_revisions([record.rev_id], session=session)[0]
    return QuestionnaireDocument(
        definition=definition,
        answers=dict(body.answers),
        lang=labels.language,
        city=person.city,
        country=person.country,
        respondent=person.name,
        completed=body.completed,
        record_id=record.record_id,
        rev_id=record.rev_id,
        revised_on=_revised_on(revision.hlc),
        text_lang=text_language("", person.country),
    )
