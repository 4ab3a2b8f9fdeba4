"""The secretariat's Dashboard (charts equal to the service's figures; copy and save) and Exports
(XLSX and CSV for analysis, receipts, welcome pack) pages, on the secretariat demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QPieSeries
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from kin_desktop.services import profiles, report
from kin_desktop.services.dashboard import dashboard
from kin_desktop.ui.records.labels import sector_label
from kin_desktop.ui.secretariat.dashboard import (
    CHART_KEYS,
    DashboardPage,
    category_label,
    completion_label,
    country_name,
    review_state_label,
)
from kin_desktop.ui.secretariat.exports import ExportsPage


def _dashboard(qtbot: QtBot, workspace: profiles.Workspace) -> DashboardPage:
    page = DashboardPage(workspace)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.dashboard_loaded, timeout=20_000):
        pass
    return page


def _shown(page: DashboardPage, key: str) -> dict[str, float]:
    """What a chart draws: category (or slice) label -> value."""
    chart = page.charts[key].chart()
    (series,) = chart.series()
    if isinstance(series, QPieSeries):
        return {piece.label().split(":")[0]: piece.value() for piece in series.slices()}
    assert isinstance(series, QAbstractBarSeries)
    (bars,) = series.barSets()
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    return dict(zip(axis.categories(), (bars.at(i) for i in range(bars.count())), strict=True))


# -- dashboard ----------------------------------------------------------------------------------------


def test_two_charts_side_by_side_fit_a_laptop_window_without_scrolling_sideways(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    """The main window opens at 1100 px; less its navigation (about 230 px), the page gets ~860 px."""
    page = _dashboard(qtbot, workspace)
    page.resize(860, 700)
    page.show()
    qtbot.waitExposed(page)
    (scroll,) = page.findChildren(QScrollArea)
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible(), timeout=5_000)


def test_the_charts_draw_the_services_figures_with_labels_in_words(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    page = _dashboard(qtbot, workspace)
    figures = dashboard(workspace)
    assert page.figures == figures
    assert _shown(page, "country") == {country_name(k): v for k, v in figures.by_country.items()}
    assert _shown(page, "sector") == {sector_label(k): v for k, v in figures.by_sector.items()}
    assert _shown(page, "category") == {category_label(k): v for k, v in figures.by_category.items()}
    assert _shown(page, "state") == {review_state_label(k): v for k, v in figures.by_state.items()}
    assert _shown(page, "questionnaire") == {completion_label(k): v for k, v in figures.questionnaire.items()}
    assert _shown(page, "year") == {str(k): v for k, v in figures.commitments_by_year.items()}

    # Words, not codes; totals in the titles and the heading.
    assert all(len(label) > 2 for label in _shown(page, "country"))  # names, not ISO codes
    assert not any("_" in label for label in _shown(page, "sector"))
    assert page.charts["state"].chart().title().endswith(f"(total {figures.commitments})")
    assert f"{figures.practices} practice" in page.totals_label.text()
    assert f"{figures.commitments} commitment" in page.totals_label.text()
    # Bars are ordered for reading: the largest country on top of its horizontal chart.
    largest = max(figures.by_country.values())
    assert list(_shown(page, "country").values())[-1] == largest


def test_copy_chart_puts_a_picture_on_the_clipboard_and_save_writes_a_png(
    qtbot: QtBot, workspace: profiles.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _dashboard(qtbot, workspace)
    page.resize(1100, 720)
    page.show()
    QApplication.clipboard().clear()
    with qtbot.waitSignal(page.chart_copied, timeout=5_000) as copied:
        page.copy_chart("sector")
    assert copied.args == ["sector"]
    picture = QApplication.clipboard().pixmap()
    assert not picture.isNull()
    assert picture.size() == page.charts["sector"].size() * page.charts["sector"].devicePixelRatio()
    assert page.current_key == "sector"

    target = tmp_path / "charts" / "by-year.png"
    target.parent.mkdir()
    monkeypatch.setattr(DashboardPage, "choose_png_path", staticmethod(lambda parent, suggested: target))
    with qtbot.waitSignal(page.chart_saved, timeout=5_000):
        page.copy_action.trigger()  # the current chart ("sector")...
        page.save_chart("year")  # ...and then the year chart, saved
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100
    assert page.current_key == "year"
    assert set(page.charts) == set(CHART_KEYS)


def test_an_empty_secretariat_says_the_charts_fill_in_with_bundles(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "empty"
    profiles.init_secretariat(directory, name="KIN Secretariat", organisation="IGES")
    with profiles.open_workspace(directory) as workspace:
        page = _dashboard(qtbot, workspace)
        assert "Nothing to count yet" in page.message_label.text()
        assert _shown(page, "questionnaire") == {"Complete": 0, "In progress": 0, "No response yet": 0}
        assert page.charts["country"].chart().series() == []
        qtbot.waitUntil(page.refresh_button.isEnabled, timeout=10_000)  # disabled while counting
        with qtbot.waitSignal(page.dashboard_loaded, timeout=20_000):
            page.refresh_button.click()


# -- exports ----------------------------------------------------------------------------------------


def _exports(qtbot: QtBot, workspace: profiles.Workspace) -> ExportsPage:
    page = ExportsPage(workspace)
    qtbot.addWidget(page)
    return page


def _written(qtbot: QtBot, page: ExportsPage, start: Any) -> list[Path]:
    with qtbot.waitSignal(page.files_written, timeout=30_000) as written:
        task = start()
        assert task is not None
        assert page.progress.isVisibleTo(page) and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10_000)
    assert not page.progress.isVisibleTo(page)
    return list(written.args[0])


def test_xlsx_for_analysis_is_written_with_a_sheet_per_table(
    qtbot: QtBot, workspace: profiles.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    page = _exports(qtbot, workspace)
    chosen: list[str] = []
    target = tmp_path / "analysis" / "KIN.xlsx"
    monkeypatch.setattr(
        ExportsPage, "choose_target", staticmethod(lambda parent, fmt: chosen.append(fmt) or target)
    )
    assert _written(qtbot, page, page.export_for_analysis) == [target]
    assert chosen == ["xlsx"]
    assert page.written_paths() == [target]
    assert "1 file" in page.result_label.text()
    workbook = load_workbook(target, read_only=True)
    names = [sheet.name for sheet in report.build_sheets(workspace)]
    assert workbook.sheetnames == names
    workbook.close()


def test_csv_for_analysis_writes_one_file_per_table(
    qtbot: QtBot, workspace: profiles.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _exports(qtbot, workspace)
    page.csv_radio.setChecked(True)
    folder = tmp_path / "csv"
    monkeypatch.setattr(ExportsPage, "choose_target", staticmethod(lambda parent, fmt: folder))
    written = _written(qtbot, page, page.export_for_analysis)
    assert sorted(written) == sorted(folder.glob("*.csv"))
    assert len(written) == len(report.build_sheets(workspace))


def test_receipts_and_the_welcome_pack_are_written_into_the_chosen_folder(
    qtbot: QtBot, workspace: profiles.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _exports(qtbot, workspace)
    folder = tmp_path / "to-delegates"
    folder.mkdir()
    monkeypatch.setattr(ExportsPage, "choose_folder", staticmethod(lambda parent, title: folder))
    receipts = _written(qtbot, page, page.write_receipts)
    assert receipts and sorted(receipts) == sorted(folder.glob("*.kinr"))
    assert page.written_paths() == receipts
    assert f"{len(receipts)} receipt" in page.result_label.text()

    again = _written(qtbot, page, page.write_receipts)  # nothing new since: nothing to acknowledge
    assert again == []
    assert "No receipts were needed" in page.result_label.text()

    (pack,) = _written(qtbot, page, page.write_welcome_pack)
    assert pack.parent == folder and pack.suffix == ".kinw" and pack.exists()


def test_a_cancelled_choice_writes_nothing(
    qtbot: QtBot, workspace: profiles.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _exports(qtbot, workspace)
    monkeypatch.setattr(ExportsPage, "choose_target", staticmethod(lambda parent, fmt: None))
    monkeypatch.setattr(ExportsPage, "choose_folder", staticmethod(lambda parent, title: None))
    with qtbot.assertNotEmitted(page.files_written):
        assert page.export_for_analysis() is None
        assert page.write_receipts() is None
        assert page.write_welcome_pack() is None
