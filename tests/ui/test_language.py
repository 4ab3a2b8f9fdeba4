"""The interface language: switching a running window, plural forms, printed forms, fallbacks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from kin_desktop import app as kin_app
from kin_desktop import paths
from kin_desktop.services import demo, overview, profiles, records
from kin_desktop.services.responses import ResponseService
from kin_desktop.storage import repository
from kin_desktop.ui import language
from kin_desktop.ui.main_window import MainWindow
from kin_desktop.ui.print_preview import PrintPreviewDialog
from kin_desktop.ui.questionnaire import QuestionnairePage
from kin_desktop.ui.records_section import RecordsSection
from kin_desktop.ui.settings import SettingsDialog
from tests.ui.test_questionnaire_page import TINY


@pytest.fixture(autouse=True)
def source_texts_after() -> Iterator[None]:
    """Translators are global to the application: every test leaves the source texts installed."""
    yield
    language.uninstall()


def _open(qtbot: QtBot, directory: Path) -> MainWindow:
    window = MainWindow(directory, loader=lambda: overview.open_profile(directory))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000):
        window.load()
    return window


def _navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_retranslates_the_running_window(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "d"
    demo.create_demo_profile(directory)
    window = _open(qtbot, directory)
    questionnaire = window.show_section("questionnaire")
    assert isinstance(questionnaire, QuestionnairePage) and questionnaire.language() == "en"
    definition = questionnaire.definition()
    assert definition is not None
    third = definition.sections[2].id
    questionnaire.show_section(third)
    commitments = window.show_section("commitments")
    assert isinstance(commitments, RecordsSection)
    record_id = records.RecordService(window.workspace).list_commitments()[0].record_id
    commitments.open(record_id)
    assert _navigation(window)[:2] == ["Overview", "Questionnaire"]

    assert window.set_language("ja") == "ja"
    assert _navigation(window) == ["概要", "アンケート", "優良事例", "コミットメント", "送信トレイ"]
    assert _menus(window)[:2] == ["ファイル(&F)", "移動(&G)"]  # then Help (translated in the next pass)
    assert len(_menus(window)) == 3
    waiting = window.findChild(QLabel, "syncLabel").text()  # said again in the new language
    records_waiting = window._loaded.overview.waiting_records
    assert waiting == window.tr("%Ln record(s) waiting to be exported", "", records_waiting)
    assert window.navigation.currentRow() == 3  # the page shown stays shown, rebuilt in Japanese
    section = window.stack.currentWidget()
    assert isinstance(section, RecordsSection) and section is not commitments
    assert section.back_button.text() == "一覧に戻る(&B)"
    assert section.editor is not None and section.editor.record_id == record_id  # opened again
    rebuilt = window.section_widget("questionnaire")
    assert isinstance(rebuilt, QuestionnairePage) and rebuilt is not questionnaire
    assert rebuilt.language() == "ja" and rebuilt.current_section() == third
    settings = QSettings(str(directory / "window.ini"), QSettings.Format.IniFormat)
    assert settings.value(language.SETTINGS_KEY) == "ja"

    window.set_language("en")
    assert _navigation(window) == ["Overview", "Questionnaire", "Practices", "Commitments", "Outbox"]
    assert _menus(window) == ["&File", "&Go", "&Help"]
    window.close()


def test_an_editor_that_cannot_be_saved_survives_the_switch(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "d"
    demo.create_demo_profile(directory)
    window = _open(qtbot, directory)
    section = window.show_section("commitments")
    assert isinstance(section, RecordsSection)
    section.page.new_requested.emit()
    assert section.editor is not None
    qtbot.keyClicks(section.editor.title_edit, "Bus rapid transit")
    section.editor.end_edit.set_text("2012-12-31")  # after the follow-up ends: cannot be saved
    section.editor.end_edit.editing_finished.emit()
    window.set_language("ja")
    assert window.section_widget("commitments") is section  # kept, with what was typed
    assert section.editor is not None and section.editor.title_edit.text() == "Bus rapid transit"
    window.close()


def test_the_language_is_chosen_at_start(tmp_path: Path) -> None:
    directory = tmp_path / "d"
    directory.mkdir()
    assert kin_app._choose_language("id", directory) == "id"  # --lang first
    QSettings(str(directory / "window.ini"), QSettings.Format.IniFormat).setValue(
        language.SETTINGS_KEY, "zh_CN"
    )
    assert kin_app._choose_language(None, directory) == "zh_CN"  # then the profile's choice
    assert language.supported("ja_JP") == "ja" and language.supported("zh-Hans-CN") == "zh_CN"
    assert language.supported("in") == "id" and language.supported("de_DE") is None
    assert language.supported("th_TH") == "th" and language.supported("vi-VN") == "vi"
    assert language.supported("ko-KR") == "ko"
    assert list(language.LANGUAGES.values()) == [
        "English",
        "日本語",
        "中文（简体）",
        "Bahasa Indonesia",
        "ไทย",
        "Tiếng Việt",
        "한국어",
    ]


def test_settings_dialog_lists_the_languages_in_their_own_names(qtbot: QtBot) -> None:
    dialog = SettingsDialog("ja")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == list(language.LANGUAGES.values())
    assert dialog.language() == "ja"
    combo.setCurrentIndex(combo.findData("id"))
    assert dialog.language() == "id"


def test_english_plural_forms_come_from_the_english_translation(qtbot: QtBot) -> None:
    def waiting(n: int) -> str:
        return QCoreApplication.translate("MainWindow", "%Ln record(s) waiting to be exported", "", n)

    assert waiting(2) == "2 record(s) waiting to be exported"  # the source text, no translator
    language.install("en")
    assert waiting(1) == "1 record waiting to be exported"
    assert waiting(2) == "2 records waiting to be exported"
    language.install("ja")
    assert waiting(2) == "エクスポート待ちのレコード 2 件"


def test_qt_own_strings_follow_the_language(qtbot: QtBot) -> None:
    language.install("ja")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    language.install("zh_CN")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    language.install("ko")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    # Qt ships no Thai, Vietnamese or Indonesian: translations/qt_<lang>.ts gives its buttons
    for code, cancel, back in (
        ("th", "ยกเลิก", "< ย้อนกลับ(&B)"),
        ("vi", "Hủy", "< &Quay lại"),
        ("id", "Batal", "< &Kembali"),
    ):
        language.install(code)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QCoreApplication.translate("QWizard", "< &Back") == back
    language.install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_set_up_wizard_and_dialog_buttons_speak_thai(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    from kin_desktop.ui.wizard import SetupWizard
    from tests.helpers.fakes import MemoryKeyring

    language.install("th")
    wizard = SetupWizard(tmp_path / "profile", keyring_backend=MemoryKeyring())
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "ถัดไป(&N) >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "ยกเลิก"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "ตกลง"


def test_a_japanese_window_prints_a_japanese_commitment_form(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "d"
    demo.create_demo_profile(directory)
    window = _open(qtbot, directory)
    window.set_language("ja")
    shown: list[tuple[Path, str]] = []

    def fake_ask(_cls: Any, _parent: object, pdf: Path, *, title: str, suggested_name: str) -> None:
        shown.append((pdf, title))

    monkeypatch.setattr(PrintPreviewDialog, "ask", classmethod(fake_ask))
    commitment = records.RecordService(window.workspace).list_commitments()[0]
    with qtbot.waitSignal(window.print_commitments(commitment.record_id).finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    pdf, title = shown[0]
    assert title == "コミットメント様式"
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "コミットメント様式" in text
    window.close()


def test_a_question_without_japanese_shows_english_with_a_japanese_tip(qtbot: QtBot, tmp_path: Path) -> None:
    """As tests/ui/test_questionnaire_page.py::test_a_missing_translation_shows_english_with_a_marker,
    with the interface in Japanese: the tag's explanation is Japanese too."""
    language.install("ja")
    directory = tmp_path / "p"
    profiles.init_delegate(directory, name="Sato Hanako", city="Kitakyushu", country="JP", category="mayor")
    with profiles.open_workspace(directory) as workspace:
        with workspace.session() as session:
            repository.save_definition(
                json.dumps(TINY).encode("utf-8"), session=session, source="welcome-pack"
            )
        page = QuestionnairePage(ResponseService(workspace, questionnaire_id="tiny-survey"), language="ja")
        qtbot.addWidget(page)
        page.show()
        story = page.field("story")
        assert story.tag.isVisibleTo(page) and story.tag.text() == "EN"
        assert story.tag.toolTip() == "日本語 にはまだ翻訳されていないため、英語で表示しています。"
        page.close()


@pytest.mark.parametrize(
    ("code", "overview", "outbox"),
    [
        ("ja", "概要(&O)", "送信トレイ(&B)"),
        ("zh_CN", "概览(&O)", "发件箱(&B)"),
        ("id", "&Ikhtisar", "Kotak &Keluar"),
    ],
)
def test_every_shipped_language_has_the_window_texts(
    qtbot: QtBot, code: str, overview: str, outbox: str
) -> None:
    language.install(code)
    assert QCoreApplication.translate("MainWindow", "&Overview") == overview
    assert QCoreApplication.translate("MainWindow", "Out&box") == outbox
    assert language.without_mnemonic(overview) in {"概要", "概览", "Ikhtisar"}


@pytest.mark.parametrize("code", [code for code in language.LANGUAGES if code != "en"])
def test_every_language_translates_the_window(qtbot: QtBot, code: str) -> None:
    """Each interface language installs its translation (``tools/i18n.py check`` makes sure
    every one ships its .qm and is complete) and the window's texts change with it."""
    assert language.install(code) == code and language.current() == code
    assert QLocale().language() == QLocale(code).language()  # numbers and dates follow
    if (paths.translations_dir() / f"kin_desktop_{code}.qm").is_file():
        assert QCoreApplication.translate("MainWindow", "&Overview") != "&Overview"
        assert QCoreApplication.translate("MainWindow", "Out&box") != "Out&box"


def test_the_welcome_panel_is_retranslated_too(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "empty", loader=lambda: overview.open_profile(tmp_path / "empty"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.load().finished, timeout=5_000):
        pass
    window.set_language("zh_CN")
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
    assert "欢迎使用 KIN Desktop" in texts and "Welcome to KIN Desktop" not in texts
    assert not (tmp_path / "empty" / "window.ini").exists()  # no profile folder is made for it


def test_a_chinese_interface_shows_the_questionnaire_in_chinese(qtbot: QtBot, tmp_path: Path) -> None:
    """The interface's zh_CN reads the definition's zh-Hans texts: one Chinese in the
    language menu, no "EN" tag on a translated question."""
    definition = json.loads(json.dumps(TINY))
    definition["languages"] = ["en", "zh-Hans"]
    definition["title"]["zh-Hans"] = "小调查"
    definition["sections"][0]["items"][0]["label"]["zh-Hans"] = "姓名"
    directory = tmp_path / "p"
    profiles.init_delegate(directory, name="Wang Lihua", city="Weihai", country="CN", category="mayor")
    with profiles.open_workspace(directory) as workspace:
        with workspace.session() as session:
            repository.save_definition(
                json.dumps(definition).encode("utf-8"), session=session, source="welcome-pack"
            )
        page = QuestionnairePage(ResponseService(workspace, questionnaire_id="tiny-survey"), language="zh_CN")
        qtbot.addWidget(page)
        page.show()
        combo = page.findChild(QComboBox, "languageCombo")
        assert [combo.itemData(i) for i in range(combo.count())] == ["en", "zh-Hans"]
        assert combo.currentData() == "zh-Hans" and page.language() == "zh-Hans"
        name = page.field("name")
        assert "姓名" in name.label.text() and not name.tag.isVisibleTo(page)
        assert page.field("story").tag.isVisibleTo(page)  # not translated: English, tagged
        page.set_language("zh_CN")
        assert combo.count() == 2 and page.language() == "zh-Hans"
        page.close()
