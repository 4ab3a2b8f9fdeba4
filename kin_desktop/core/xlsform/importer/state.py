"""What the importer knows while it reads a workbook: its sheets, rows, lists, names and drafts."""

from __future__ import annotations

from typing import Any

from kin_desktop.core import expr
from kin_desktop.core.xlsform.columns import SheetReader
from kin_desktop.core.xlsform.importer.model import _List, _Row, _Section
from kin_desktop.core.xlsform.problems import Problems, Where
from kin_desktop.core.xlsform.workbook import Workbook
from kin_desktop.core.xlsform.xpath import Target


class _State:
    """The importer's state; each pass (sheets, rows, expressions, structure, questions, document) adds its methods."""

    def __init__(self, workbook: Workbook, lenient: bool) -> None:
        self.workbook = workbook
        self.problems = Problems(lenient=lenient)
        self.lenient = lenient
        self.languages: list[str] = ["en"]
        self.default_language = "en"
        self.lists: dict[str, _List] = {}
        self.rows: list[_Row] = []
        self.targets: dict[str, Target] = {}
        self.by_name: dict[str, _Row] = {}
        self.ambiguous: set[str] = set()
        self.metadata: list[_Row] = []
        self.no_english = False
        self._referenced: set[str] | None = None  # every ${name} the expressions use
        self.interpolations: set[tuple[int | None, str]] = set()
        self.calculations: dict[str, tuple[str, Where]] = {}
        self.id_rows: dict[str, Where] = {}  # our id -> where its name is
        self.renamed: list[tuple[str, str, Where]] = []
        self.survey: SheetReader | None = None
        self.choices: SheetReader | None = None
        self.settings: dict[str, Any] = {}
        self.sections: list[_Section] = []
        self.description: list[dict[str, str]] = []
        self.root_pending: list[dict[str, str]] = []
        self.translated: dict[tuple[str, str], tuple[expr.Node, str, Where]] = {}
