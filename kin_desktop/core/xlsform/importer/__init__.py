"""An XLSForm workbook made into a KIN Desktop questionnaire definition, with every problem at once.

:func:`import_workbook` takes the sheets as the readers hand them over
(:mod:`.workbook`) and returns the definition document (``docs/questionnaire-format.md``)
and the list of problems, each naming its sheet, row and column. Nothing here reads
files: ``services/xlsform`` does, so this module is pure and tested on plain rows.

How XLSForm maps is documented in ``docs/xlsform.md``; in short:

- top-level groups are sections (questions outside any group gather in a section named
  after the form); groups inside them are flattened, their conditions joined to each
  question's; repeat groups stay repeat groups (they do not nest);
- text (``multiline``: long text), integer, decimal, date, select_one (a list of exactly
  ``yes`` and ``no``: a yes/no question; ``likert`` over 1..n: a rating), select_multiple,
  rank, range; ``or_other`` adds the choice ``other`` and a question ``NAME_other``;
- notes become text: the description of a section when they open it, else the start of
  the next question's hint; calculations are put in place of their ``${name}``;
- ``.`` ``>=``/``<=`` bounds at the end of a constraint become the question's min/max
  (length, number chosen), so the delegate gets the engine's own messages;
- a decimal's unit comes from a ``unit`` column, or from the end of its label in square
  brackets: ``Area of the city [km²]``.
"""

from __future__ import annotations

from kin_desktop.core.xlsform.importer.engine import import_workbook
from kin_desktop.core.xlsform.importer.model import ImportResult

__all__ = ["ImportResult", "import_workbook"]
