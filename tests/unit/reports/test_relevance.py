"""Skip instructions in words, from relevance expressions."""

from __future__ import annotations

from typing import Any

import pytest

from kin_desktop.core import expr
from kin_desktop.core.questionnaire import load_definition
from kin_desktop.reports.relevance import Wording, describe, question_numbers
from kin_desktop.services.printing import english_labels, japanese_labels


def _definition() -> Any:
    def q(qid: str, kind: str, **extra: Any) -> dict[str, Any]:
        return {"kind": "question", "id": qid, "type": kind, "label": {"en": qid.title()}, **extra}

    choices = [
        {"value": "waste", "label": {"en": "Solid waste", "ja": "固形廃棄物"}},
        {"value": "other", "label": {"en": "Other", "ja": "その他"}},
    ]
    return load_definition(
        {
            "schema_version": 1,
            "id": "t",
            "version": "1",
            "default_language": "en",
            "languages": ["en", "ja"],
            "title": {"en": "T"},
            "sections": [
                {"id": "one", "title": {"en": "One"}, "items": [q("name", "text")]},
                {
                    "id": "two",
                    "title": {"en": "Two"},
                    "items": [
                        q("sectors", "multiple_choice", choices=choices),
                        q("kind", "single_choice", choices=choices),
                        q("has_more", "yes_no"),
                        q("count_cities", "integer"),
                        {
                            "kind": "repeat",
                            "id": "more",
                            "label": {"en": "More"},
                            "items": [q("more_title", "text")],
                        },
                    ],
                },
            ],
        }
    )


@pytest.fixture(scope="module")
def wording() -> Wording:
    definition = _definition()
    return Wording(definition, question_numbers(definition), english_labels(), "en")


def test_question_numbers():
    numbers = question_numbers(_definition())
    assert numbers["name"] == "1.1"
    assert numbers["sectors"] == "2.1"
    assert numbers["more"] == "2.5"
    assert numbers["more_title"] == "2.5.1"


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("selected(sectors, 'other')", "you selected ‘Other’ in question 2.1"),
        ("not selected(sectors, 'waste')", "you did not select ‘Solid waste’ in question 2.1"),
        ("kind = 'other'", "you selected ‘Other’ in question 2.2"),
        ("kind != 'other'", "you did not select ‘Other’ in question 2.2"),
        ("has_more = true", "your answer to question 2.3 is ‘Yes’"),
        ("true = has_more", "your answer to question 2.3 is ‘Yes’"),
        ("has_more != true", "your answer to question 2.3 is ‘No’"),
        ("has_more = false", "your answer to question 2.3 is ‘No’"),
        ("answered(name)", "you answered question 1.1"),
        ("not answered(name)", "you did not answer question 1.1"),
        ("name != null", "you answered question 1.1"),
        ("name = null", "you did not answer question 1.1"),
        ("count_cities = 3", "your answer to question 2.4 is 3"),
        ("count_cities != 3", "your answer to question 2.4 is not 3"),
        ("name = 'Hải Phòng'", "your answer to question 1.1 is ‘Hải Phòng’"),
        ("count(sectors) > 0", "you selected at least one option in question 2.1"),
        ("count(sectors) >= 1", "you selected at least one option in question 2.1"),
        (
            "selected(sectors, 'other') and has_more = true",
            "you selected ‘Other’ in question 2.1 and your answer to question 2.3 is ‘Yes’",
        ),
        (
            "answered(name) or kind = 'waste'",
            "you answered question 1.1 or you selected ‘Solid waste’ in question 2.2",
        ),
        ("count_cities > 5", "this condition holds: count_cities > 5"),
        ("count(more) >= 2", "this condition holds: count(more) >= 2"),
        (
            "answered(name) and count_cities * 2 > 5",
            "this condition holds: answered(name) and count_cities * 2 > 5",
        ),
    ],
)
def test_common_forms_in_words(wording: Wording, source: str, words: str):
    assert describe(expr.parse(source), wording) == words


def test_words_come_from_the_labels():
    definition = _definition()
    japanese = Wording(definition, question_numbers(definition), japanese_labels(), "ja")
    assert describe(expr.parse("selected(sectors, 'other')"), japanese) == "問2.1で「その他」を選んだ"
    sentence = japanese_labels().skip_question.format(
        condition=describe(expr.parse("answered(name)"), japanese)
    )
    assert sentence == "問1.1に回答した場合のみお答えください。"


def test_shipped_questionnaire_reads_naturally():
    from kin_desktop.core.questionnaire import load_definition_file
    from kin_desktop.paths import questionnaires_dir

    definition = load_definition_file(next(questionnaires_dir().glob("*.json")))
    wording = Wording(definition, question_numbers(definition), english_labels(), "en")
    node = definition.parsed("sectors_other", "relevant")
    assert node is not None
    assert english_labels().skip_question.format(condition=describe(node, wording)) == (
        "Answer only if you selected ‘Other’ in question 2.1."
    )
    for question in definition.questions():
        found = definition.parsed(question.id, "relevant")
        if found is not None:  # every condition of the shipped questionnaire has words
            assert "this condition holds" not in describe(found, wording), question.id
