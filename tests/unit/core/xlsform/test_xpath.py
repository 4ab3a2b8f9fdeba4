"""XLSForm expressions read into KIN Desktop's: what each becomes, and where an error is."""

from __future__ import annotations

import pytest

from kin_desktop.core.xlsform.languages import normalize_code, parse_language
from kin_desktop.core.xlsform.workbook import column_letter, value_text
from kin_desktop.core.xlsform.xpath import Context, Target, translate

TARGETS = {
    "age": Target("age", "question", 5, "age", None, "integer"),
    "lab": Target("lab", "question", 6, "lab", None, "yes_no", frozenset({"yes", "no"})),
    "svc": Target("svc", "question", 7, "svc", None, "single_choice", frozenset({"1", "2"})),
    "multi": Target("multi", "question", 8, "multi", None, "multiple_choice", frozenset({"a", "b"})),
    "hh": Target("hh", "repeat", 9, "hh"),
    "m_age": Target("m_age", "question", 10, "m_age", "hh", "integer"),
    "calc": Target("calc", "calculate", 11),
    "loop": Target("loop", "calculate", 12),
    "gps": Target("gps", "other", 13, unusable="a geopoint, which KIN Desktop leaves out"),
    "txt": Target("txt", "question", 14, "txt", None, "text"),
}
CALCULATIONS = {"calc": "${age} * 2", "loop": "${loop} + 1"}


class Scope:
    def target(self, name: str) -> Target | None:
        return TARGETS.get(name)

    def names(self) -> list[str]:
        return list(TARGETS)

    def calculation(self, target: Target) -> str:
        return CALCULATIONS[target.name]


RELEVANT = Context("relevant")
IN_REPEAT = Context("relevant", repeat="hh")
OF_TEXT = Context("constraint", owner=TARGETS["txt"])
OF_AGE = Context("constraint", owner=TARGETS["age"])


@pytest.mark.parametrize(
    ("source", "context", "ours"),
    [
        ("${age} > 18 and ${lab}='yes'", RELEVANT, "age > 18 and lab = true"),
        ("selected(${lab}, 'no')", RELEVANT, "lab = false"),
        ("${svc} = '1' or selected(${multi}, 'b')", RELEVANT, "svc = '1' or selected(multi, 'b')"),
        ("${txt} != ''", RELEVANT, "txt != null"),
        ("${txt} = ''", RELEVANT, "txt = null"),
        ("${txt}", RELEVANT, "answered(txt)"),
        ("not(${txt})", RELEVANT, "not answered(txt)"),
        (". >= 0 and . <= 120", OF_AGE, ". >= 0 and . <= 120"),
        ("count(${hh}) > 0", RELEVANT, "count(hh) > 0"),
        ("sum(${m_age}) > 10 and max(${m_age}) < 99", RELEVANT, "sum(hh.m_age) > 10 and max(hh.m_age) < 99"),
        ("${m_age} > 10 and position(..) > 1", IN_REPEAT, "m_age > 10 and position() > 1"),
        ("${calc} > 10", RELEVANT, "age * 2 > 10"),
        ("${age} \u2265 3 and ${txt} = \u2018a b\u2019", RELEVANT, "age >= 3 and txt = 'a b'"),
        ("${txt} = \u201cdon\u2019t\u201d", RELEVANT, "txt = 'don\u2019t'"),
        ("${age}\u00a0>\u00a03 AND ${age} < 9", RELEVANT, "age > 3 and age < 9"),
        ("regex(., '^[0-9]{10}$')", OF_TEXT, "regex(., '^[0-9]{10}$')"),
        ("contains(., 'a.b')", OF_TEXT, "regex(., 'a\\\\.b')"),
        ("if(${age} > 5, 'a', 'b') = 'a'", RELEVANT, "if(age > 5, 'a', 'b') = 'a'"),
        (". <= today() and . >= date('2000-01-01')", OF_TEXT, ". <= today() and . >= '2000-01-01'"),
        ("string-length(.) <= 5", OF_TEXT, "length(.) <= 5"),
        ("${age} div 2 mod 3 = 1", RELEVANT, "age / 2 % 3 = 1"),
        ("count-selected(${multi}) >= 1", RELEVANT, "count(multi) >= 1"),
        ("coalesce(${txt}, 'x') = concat('x', '')", RELEVANT, "coalesce(txt, 'x') = concat('x', '')"),
        ("round(${age} div 3, 1) >= int(2.5)", RELEVANT, "round(age / 3, 1) >= int(2.5)"),
        ("format-date(${txt}, '%Y') = 2007", RELEVANT, "year(txt) = 2007"),
        ("${age} > .5 and ${age} > -5", RELEVANT, "age > 0.5 and age > -5"),
    ],
)
def test_what_maps(source: str, context: Context, ours: str) -> None:
    result = translate(source, Scope(), context)
    assert result.problems == ()
    assert result.source == ours


@pytest.mark.parametrize(
    ("source", "context", "position", "message", "refused"),
    [
        ("selected(${svc}, '3')", RELEVANT, 17, "'3' is not a choice of ${svc}", False),
        (
            "${gps} != ''",
            RELEVANT,
            0,
            "${gps} refers to row 13, a geopoint, which KIN Desktop leaves out",
            True,
        ),
        ("pulldata('x', 'y', 'z', ${age})", RELEVANT, 0, "pulldata() reads a CSV file attached", True),
        ("${agee} > 3", RELEVANT, 0, "there is no question named 'agee' (did you mean ${age}?)", False),
        ("${age] > 3", RELEVANT, 0, "expected '}' to close '${'", False),
        ("${age} > 3 and", RELEVANT, 14, "expected a value but found the end of the expression", False),
        ("../age > 3", RELEVANT, 0, "paths such as '../x' are not supported", True),
        ("/data/age > 3", RELEVANT, 0, "paths such as '/data/x' are not supported", True),
        ("jr:choice-name(${svc}, '${svc}')", RELEVANT, 0, "jr:choice-name() shows a choice's label", True),
        ("${m_age} > 10", RELEVANT, 0, "${m_age} is inside the repeat group 'hh'", False),
        (
            "position(..) > 1",
            RELEVANT,
            0,
            "position(..) (the number of the entry) can only be used inside",
            False,
        ),
        (". > 3", RELEVANT, 0, "'.' (the question's own answer) can only be used in a constraint", False),
        (
            "${lab} = 'maybe'",
            RELEVANT,
            9,
            "${lab} is a yes/no question: compare it with 'yes' or 'no'",
            False,
        ),
        ("age > 3", RELEVANT, 0, "'age' is not a value: write ${age} to refer to the question 'age'", False),
        ("${age} > 3 && ${age} < 9", RELEVANT, 11, "write 'and' instead of '&&'", False),
        ("${loop} > 3", RELEVANT, 0, "the calculation ${loop} (row 12) refers to itself", False),
        ("count(${age}) > 1", RELEVANT, 6, "count() counts the entries of a repeat group", False),
        ("${txt} = 'a", RELEVANT, 9, "this text has no closing quote", False),
    ],
)
def test_what_is_refused_and_where(
    source: str, context: Context, position: int, message: str, refused: bool
) -> None:
    result = translate(source, Scope(), context)
    assert result.node is None
    (problem,) = result.problems
    assert (problem.position, problem.refused) == (position, refused)
    assert message in problem.message


def test_choice_filters_read_columns_and_tell_when_they_depend_on_answers() -> None:
    columns = frozenset({"state", "kind"})
    static = translate("kind = 'x'", Scope(), Context("choice_filter", choice_columns=columns))
    assert (static.source, static.dynamic) == ("kind = 'x'", False)
    dynamic = translate("state = ${svc}", Scope(), Context("choice_filter", choice_columns=columns))
    assert dynamic.dynamic


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("English (en)", "en"),
        ("english(en)", "en"),
        ("en", "en"),
        ("English", "en"),
        ("Kiswahili", "sw"),
        ("Bahasa Indonesia", "id"),
        ("Français", "fr"),
        ("zh_hans", "zh-Hans"),
        ("Chinese (zh-hant)", "zh-Hant"),
        ("Tetun", "tet"),
        ("Klingon", None),
    ],
)
def test_language_names_and_codes(written: str, code: str | None) -> None:
    assert parse_language(written).code == code


def test_cell_values_as_text() -> None:
    from datetime import date, datetime, time

    assert [value_text(v) for v in (1.0, 2007.1, 0.1, 12, True, date(2007, 1, 2))] == [
        "1",
        "2007.1",
        "0.1",
        "12",
        "TRUE",
        "2007-01-02",
    ]
    assert value_text(datetime(2007, 1, 2, 0, 0)) == "2007-01-02"
    assert value_text(time(9, 30)) == "09:30:00"
    assert [column_letter(i) for i in (0, 25, 26, 701)] == ["A", "Z", "AA", "ZZ"]
    assert normalize_code("PT_br") == "pt-BR"
