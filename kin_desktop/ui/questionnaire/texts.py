"""Words and small text helpers of the questionnaire page.

The engine reports answer issues as stable codes with plain-English messages meant for
logs; here each code is worded for the delegate through ``QCoreApplication.translate``.
Texts that come from the definition (labels, hints, constraint messages) are already
localized by the definition itself and only pass through :func:`localized`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from kin_desktop.core.questionnaire import AnswerIssue, Question, QuestionType, RepeatGroup, localize
from kin_desktop.ui.formats import as_day, day_text


def localized(text: Mapping[str, str] | None, language: str) -> str:
    return localize(text, language).text


def fell_back(texts: Iterable[Mapping[str, str] | None], language: str) -> bool:
    """Whether any of ``texts`` is shown in English because ``language`` is missing."""
    return any(localize(text, language).fallback for text in texts if text)


def question_texts(question: Question) -> list[Mapping[str, str] | None]:
    texts: list[Mapping[str, str] | None] = [
        question.label,
        question.hint,
        question.unit,
        question.constraint_message,
        question.required_message,
    ]
    texts.extend(choice.label for choice in question.choices or ())
    if question.scale is not None:
        texts.extend((question.scale.min_label, question.scale.max_label))
    return texts


def language_name(code: str) -> str:
    """The language's own name ("日本語" for ``ja``), or the code when Qt does not know it."""
    if code.casefold() == "en":  # Qt's own name for plain "en" is "American English"
        return "English"
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C or (
        locale.language() == QLocale.Language.English and not code.lower().startswith("en")
    ):
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def fallback_tooltip(language: str) -> str:
    return QCoreApplication.translate(
        "QuestionnairePage", "Not yet translated into %1: shown in English."
    ).replace("%1", language_name(language))


def mnemonic_safe(text: str) -> str:
    """A definition text for a button: a literal '&' must not become a shortcut."""
    return text.replace("&", "&&")


def rich(text: str) -> str:
    return html.escape(text, quote=False)


def _bound(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    if as_day(value) is not None:  # a date bound, as every date is shown
        return day_text(value)
    return str(value)


def describe_issue(issue: AnswerIssue, item: Question | RepeatGroup | None, language: str) -> str:
    """One sentence telling the delegate what is wrong with an answer."""
    return QuestionnaireIssues().describe(issue, item, language)


class QuestionnaireIssues(QObject):
    """The translation context of the answer issues: ``self.tr`` lets lupdate see their plurals."""

    def describe(self, issue: AnswerIssue, item: Question | RepeatGroup | None, language: str) -> str:
        params = issue.params
        code = issue.code
        if code == "required":
            own = localized(item.required_message, language) if isinstance(item, Question) else ""
            return own or self.tr("An answer is required.")
        if code == "repeat_min":
            return self.tr("Add at least %Ln entries.", "", int(params.get("min", 1)))
        if code == "repeat_max":
            return self.tr("Give at most %Ln entries; remove the extra ones.", "", int(params.get("max", 1)))
        if code == "constraint":
            own = localized(item.constraint_message, language) if isinstance(item, Question) else ""
            return own or self.tr("This answer does not meet the condition set for it.")
        if code == "pattern":
            return self.tr("This answer is not in the expected form.")
        if code == "min_length":
            return self.tr("Write at least %Ln character(s).", "", int(params.get("min_length", 1)))
        if code == "max_length":
            return self.tr("Write at most %Ln character(s).", "", int(params.get("max_length", 1)))
        if code in ("min", "max") and isinstance(item, Question):
            if item.type == QuestionType.RANKING:
                return (
                    self.tr("Rank at least %Ln item(s).", "", int(params["min"]))
                    if code == "min"
                    else self.tr("Rank at most %Ln item(s).", "", int(params["max"]))
                )
            if item.type == QuestionType.MULTIPLE_CHOICE:
                return (
                    self.tr("Choose at least %Ln option(s).", "", int(params["min"]))
                    if code == "min"
                    else self.tr("Choose at most %Ln option(s).", "", int(params["max"]))
                )
            if code == "min":
                return self.tr("The answer must be at least %1.").replace("%1", _bound(params.get("min")))
            return self.tr("The answer must be at most %1.").replace("%1", _bound(params.get("max")))
        if code == "choice":
            return self.tr("This answer is not one of the options.")
        if code == "type":
            return self.tr("This answer is not of the expected kind; enter it again.")
        return self.tr("This answer needs attention.")
