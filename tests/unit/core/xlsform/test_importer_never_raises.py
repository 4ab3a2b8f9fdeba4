"""Whatever a workbook holds, importing it gives a result and problems, never an exception."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kin_desktop.core.xlsform.importer import import_workbook
from kin_desktop.core.xlsform.workbook import CellError, Sheet, Workbook

TYPES = [
    "text", "integer", "decimal", "date", "note", "calculate", "range", "geopoint", "begin group",
    "end group", "begin repeat", "end repeat", "select_one l", "select_multiple l", "rank l",
    "select_one l or_other", "select_one nowhere", "select_one", "start", "hidden", "texte", "",
]  # fmt: skip
HEADERS = ["type", "name", "label", "label::th", "hint", "relevant", "constraint", "required",
           "calculation", "default", "repeat_count", "appearance", "choice_filter", "parameters"]  # fmt: skip
EXPRESSIONS = ["${a}", "${b} > 3", ". >= 0", "selected(${a}, 'x')", "count(${r})", "(", "${", "'", "position(..)",
               "pulldata('a')", "${a} = ''", "not(", "1 div 0", "../a", "if(${a}, 1)", "regex(., '[')"]  # fmt: skip
CELLS = st.one_of(
    st.none(),
    st.sampled_from(["a", "b", "r", "x", "yes", "no", "1", "likert", "start=1 end=3", "multiline"]),
    st.sampled_from(EXPRESSIONS),
    st.text(max_size=12),
    st.integers(-5, 5),
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(datetime(2007, 1, 2)),
    st.just(CellError("#N/A")),
    st.booleans(),
)


@st.composite
def workbooks(draw: st.DrawFn) -> Workbook:
    rows = [tuple(HEADERS)]
    for _ in range(draw(st.integers(0, 12))):
        row = [draw(st.sampled_from(TYPES)), draw(st.sampled_from(["a", "b", "r", "A-1", "", "a"]))]
        row += [draw(CELLS) for _ in HEADERS[2:]]
        rows.append(tuple(row))
    choices = [("list_name", "name", "label")]
    for _ in range(draw(st.integers(0, 4))):
        choices.append((draw(st.sampled_from(["l", "L", ""])), draw(CELLS), draw(CELLS)))
    sheets = [Sheet("survey", rows), Sheet("choices", choices)]
    if draw(st.booleans()):
        sheets.append(
            Sheet(
                "settings",
                [("form_id", "version", "default_language"), (draw(CELLS), draw(CELLS), draw(CELLS))],
            )
        )
    return Workbook(sheets, "fuzz.xlsx")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks(), st.booleans())
def test_import_never_raises(workbook: Workbook, lenient: bool) -> None:
    result = import_workbook(workbook, lenient=lenient)
    assert result.ok == (result.definition is not None)
    if not result.ok:
        assert any(p.severity == "error" for p in result.problems)
    for problem in result.problems:
        assert problem.message and problem.severity in ("error", "warning")
