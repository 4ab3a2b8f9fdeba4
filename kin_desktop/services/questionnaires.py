"""Questionnaire definitions: the shipped ones, stored ones, and validating a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from kin_desktop import paths
from kin_desktop.core.questionnaire import Definition, load_definition, translation_completeness
from kin_desktop.storage import repository

KIN4_QUESTIONNAIRE_ID = "kin4-pre-meeting"


@dataclass(frozen=True)
class ValidationReport:
    questionnaire_id: str
    version: str
    sections: int
    questions: int
    translations: dict[str, tuple[int, int]]


def validate_file(path: Path) -> ValidationReport:
    """Check a definition file; raises DefinitionError naming every problem."""
    definition = load_definition(Path(path).read_bytes())
    return ValidationReport(
        questionnaire_id=definition.id,
        version=definition.version,
        sections=len(definition.sections),
        questions=len(definition.questions()),
        translations=translation_completeness(definition),
    )


def shipped_definition_files() -> list[Path]:
    return sorted(paths.questionnaires_dir().glob("*.json"))


def install_shipped(*, session: Session) -> None:
    """Store every shipped definition (idempotent: each version is kept once)."""
    for file in shipped_definition_files():
        content = file.read_bytes()
        load_definition(content)  # never store what the engine would refuse
        repository.save_definition(content, session=session, source="shipped")


def current_definition(*, session: Session, questionnaire_id: str = KIN4_QUESTIONNAIRE_ID) -> Definition:
    stored = repository.latest_definition(questionnaire_id, session=session)
    if stored is None:
        raise LookupError(f"no questionnaire definition {questionnaire_id!r} in this profile")
    return load_definition(stored.content)
