"""The delegate's questionnaire page (see :class:`QuestionnairePage`)."""

from kin_desktop.ui.questionnaire.page import QuestionnairePage

__all__ = ["QuestionnairePage"]
