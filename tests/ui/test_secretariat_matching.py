"""The secretariat's Matching page on the secretariat demo: a city's challenges and the ranked practices
of other cities that address them, and the practices catalogue of the welcome pack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from kin_desktop.services import matching, profiles
from kin_desktop.services.review import ReviewService
from kin_desktop.ui.rows import RowsModel
from kin_desktop.ui.secretariat.matching import CatalogueModel, ChallengesModel, MatchesModel, MatchingPage


def _page(qtbot: QtBot, workspace: profiles.Workspace) -> MatchingPage:
    page = MatchingPage(workspace)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.matches_loaded, timeout=20_000):
        pass
    return page


def _rows(model: Any) -> list[Any]:
    return [model.row_at(number) for number in range(model.rowCount())]


def test_choosing_a_city_lists_ranked_practices_of_other_cities_only(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    page = _page(qtbot, workspace)
    cities = ReviewService(workspace).cities()
    assert page.city_combo.count() == len(cities)

    checked = 0
    for number in range(page.city_combo.count()):
        city = page.city_combo.itemData(number)
        if page.city_combo.currentIndex() != number:
            with (
                qtbot.waitSignal(page.city_changed, timeout=5_000) as changed,
                qtbot.waitSignal(page.matches_loaded, timeout=20_000),
            ):
                page.city_combo.setCurrentIndex(number)
            assert changed.args == [city.owner]
        expected = matching.match(workspace, city.owner)
        shown = _rows(page.matches_model)
        assert [m.practice_id for m in shown] == [m.practice_id for m in expected]
        assert all(m.city.casefold() != city.city.casefold() for m in shown)
        scores = [m.score for m in shown]
        assert scores == sorted(scores, reverse=True)
        assert [page.matches_model.data(page.matches_model.index(i, 0)) for i in range(len(shown))] == [
            str(i) for i in range(1, len(shown) + 1)
        ]
        assert _rows(page.challenges_model) == list(matching.challenges(workspace, city.owner))
        for match in shown:  # the page words the service's reasons itself, one for one
            assert len(page.matches_model.reasons(match)) == len(match.reasons)
        if shown:
            checked += 1
            assert page.matches_stack.currentWidget() is page.matches_view
            assert shown[0].title in page.match_detail.toPlainText()
            assert "Why it was suggested" in page.match_detail.toPlainText()
        elif not _rows(page.challenges_model):
            assert page.challenges_stack.currentWidget() is page.challenges_empty
    assert checked >= 3


def test_the_catalogue_tab_lists_the_practices_of_the_welcome_pack(
    qtbot: QtBot, workspace: profiles.Workspace
) -> None:
    page = _page(qtbot, workspace)
    catalogue = matching.catalogue(workspace)
    assert catalogue
    assert page.catalogue_model.rowCount() == len(catalogue)
    assert f"{len(catalogue)} registered practice" in page.catalogue_info.text()
    page.tabs.setCurrentIndex(1)
    first = catalogue[0]["body"]["title"]
    page.catalogue_search.setText(first)
    assert page.catalogue_proxy.rowCount() >= 1
    page.catalogue_view.setCurrentIndex(page.catalogue_proxy.index(0, 0))
    assert first in page.catalogue_detail.toPlainText()


def test_a_secretariat_without_delegates_explains_where_cities_come_from(
    qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "empty"
    profiles.init_secretariat(directory, name="KIN Secretariat", organisation="IGES")
    with profiles.open_workspace(directory) as workspace:
        page = MatchingPage(workspace)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.cities_loaded, timeout=20_000) as loaded:
            pass
        assert loaded.args == [0]
        assert not page.city_combo.isEnabled()
        assert "Inbox" in page.city_info.text()
        assert "catalogue is empty" in page.catalogue_info.text()


def test_the_matching_models_pass_the_model_tester(qtmodeltester: Any, workspace: profiles.Workspace) -> None:
    owner = next(c.owner for c in ReviewService(workspace).cities() if matching.match(workspace, c.owner))
    challenges = ChallengesModel()
    challenges.set_rows(matching.challenges(workspace, owner))
    qtmodeltester.check(challenges)

    matches = MatchesModel()
    matches.set_challenges(matching.challenges(workspace, owner))
    found = matching.match(workspace, owner)
    matches.set_rows(found)
    qtmodeltester.check(matches)
    assert matches.data(matches.index(0, MatchesModel.SCORE_COLUMN), MatchesModel.ScoreFractionRole) == 1.0
    assert matches.data(matches.index(0, 0), RowsModel.RowRole) is found[0]

    catalogue = CatalogueModel()
    catalogue.set_rows(matching.catalogue(workspace))
    qtmodeltester.check(catalogue)
