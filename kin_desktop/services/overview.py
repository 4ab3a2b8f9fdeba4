"""The figures the main window shows first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kin_desktop.core.questionnaire import evaluate
from kin_desktop.core.schemas import RecordType
from kin_desktop.services import profiles, questionnaires
from kin_desktop.storage import repository


@dataclass(frozen=True)
class Overview:
    profile: profiles.ProfileInfo
    responses: int
    practices: int
    commitments: int
    questionnaire_ratio: float


def load_overview(data_dir: Path) -> Overview:
    """Profile, counts and questionnaire completeness; reads public keys only, never a secret."""
    with profiles.open_workspace(data_dir) as workspace:
        info = workspace.profile()
        with workspace.session() as session:
            responses = repository.list_current(RecordType.RESPONSE, session=session)
            practices = repository.list_current(RecordType.PRACTICE, session=session)
            commitments = repository.list_current(RecordType.COMMITMENT, session=session)
            ratio = 0.0
            if responses and info.role == "delegate":
                definition = questionnaires.current_definition(session=session)
                answers = (responses[0].body or {}).get("answers", {})
                ratio = evaluate(definition, answers).ratio
    return Overview(
        profile=info,
        responses=len(responses),
        practices=len(practices),
        commitments=len(commitments),
        questionnaire_ratio=ratio,
    )
