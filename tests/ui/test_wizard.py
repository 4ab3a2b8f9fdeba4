"""First run: the wizard creates the profile and its key, asking for a passphrase only without a keyring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from kin_desktop.services.profiles import open_workspace
from kin_desktop.ui.wizard import SetupWizard
from tests.helpers.fakes import FailKeyring, MemoryKeyring


def _fill_delegate(wizard: SetupWizard, qtbot: QtBot) -> None:
    assert wizard.currentPage() is wizard.role_page
    wizard.next()
    page = wizard.profile_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # name, city and country are needed
    qtbot.keyClicks(page.name, "Mai")  # QTest types ASCII only; the rest goes in as an input method would
    page.name.setText("Nguyễn Thị Mai")
    page.city.setText("Hải Phòng")
    qtbot.keyClicks(page.country.lineEdit(), "Viet")  # a name, as the delegate would type it
    assert page.country_code() == "VN"
    page.category.setCurrentIndex(page.category.findData("mayor"))
    qtbot.keyClicks(page.email, "mai@haiphong.example")
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.key_page


def test_wizard_creates_a_delegate_profile_with_its_key_in_the_keyring(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    backend = MemoryKeyring()
    wizard = SetupWizard(directory, keyring_backend=backend)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_delegate(wizard, qtbot)
    assert not wizard.key_page.passphrase.isVisible()  # a keyring exists: no passphrase asked
    with qtbot.waitSignal(wizard.profile_created) as created:
        wizard.next()
    info = created.args[0]
    assert wizard.currentPage() is wizard.pack_page
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the pack can come later
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert info.fingerprint in wizard.done_page.summary.text()
    assert "import it from the Outbox" in wizard.done_page.summary.text()
    assert not (directory / "keys.enc").exists()
    assert any(name.startswith("signing-") for _service, name in backend.entries)
    with open_workspace(directory) as workspace:
        profile = workspace.profile()
    assert (profile.city, profile.country, profile.category) == ("Hải Phòng", "VN", "mayor")


def test_without_a_keyring_the_wizard_asks_for_a_passphrase_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "profile"
    wizard = SetupWizard(directory, keyring_backend=FailKeyring())
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_delegate(wizard, qtbot)
    page = wizard.key_page
    assert page.passphrase.isVisible()
    assert "no system keyring" in page.explanation.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(page.passphrase, "short")
    assert not next_button.isEnabled()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "rice fields at dawn")
    qtbot.keyClicks(page.confirm, "rice fields at dusk")
    assert not next_button.isEnabled()  # the two must match
    page.confirm.clear()
    qtbot.keyClicks(page.confirm, "rice fields at dawn")
    assert next_button.isEnabled()
    with qtbot.waitSignal(wizard.profile_created):
        wizard.next()
    assert (directory / "keys.enc").is_file()


def test_wizard_reports_an_existing_profile_instead_of_overwriting_it(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    first = SetupWizard(directory, keyring_backend=MemoryKeyring())
    qtbot.addWidget(first)
    first.show()
    _fill_delegate(first, qtbot)
    first.next()
    second = SetupWizard(directory, keyring_backend=MemoryKeyring())
    qtbot.addWidget(second)
    second.show()
    _fill_delegate(second, qtbot)
    second.next()
    assert second.currentPage() is second.key_page  # refused, stays on the page
    assert "already" in second.key_page.error.text()


def test_wizard_takes_in_the_welcome_pack_once_the_fingerprint_is_confirmed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from kin_desktop.services import exchange, profiles

    profiles.init_secretariat(tmp_path / "secretariat", name="KIN Secretariat")
    with profiles.open_workspace(tmp_path / "secretariat") as secretariat:
        pack = exchange.make_welcome_pack(secretariat, tmp_path / "pack")
        fingerprint = secretariat.profile().fingerprint
    directory = tmp_path / "profile"
    wizard = SetupWizard(directory, keyring_backend=MemoryKeyring())
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_delegate(wizard, qtbot)
    wizard.next()
    page = wizard.pack_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page.set_pack(pack)
    assert fingerprint in page.details.text()
    assert not next_button.isEnabled()  # not until the delegate says the fingerprint matches
    page.matches.setChecked(True)
    assert next_button.isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert "welcome pack is in" in wizard.done_page.summary.text()
    with profiles.open_workspace(directory) as workspace:
        from kin_desktop.services.outbox import outbox_state

        assert fingerprint in (outbox_state(workspace).secretariat or "")


def test_a_file_that_is_not_a_welcome_pack_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    wizard = SetupWizard(directory, keyring_backend=MemoryKeyring())
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_delegate(wizard, qtbot)
    wizard.next()
    junk = tmp_path / "holiday.kinw"
    junk.write_bytes(b"not a pack")
    wizard.pack_page.set_pack(junk)
    assert "not a welcome pack" in wizard.pack_page.error.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # skip it, fix it later


def test_the_city_in_latin_letters_is_guessed_editable_and_kept(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    wizard = SetupWizard(directory, keyring_backend=MemoryKeyring())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.profile_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page.name.setText("Somsak")
    page.country.setCurrentIndex(page.country.findData("KR"))
    page.city.setText("서울")
    assert page.city_latin.text() == "Seoul"  # a sound first guess, filled in as the city is typed
    page.country.setCurrentIndex(page.country.findData("TH"))
    page.city.setText("ขอนแก่น")
    assert page.city_latin.text() == ""  # Thai script: no guess ("Khonaekn" would be wrong)
    assert not next_button.isEnabled()  # file names and forms need it: the user types it
    qtbot.keyClicks(page.city_latin, "Khon Kaen")
    assert next_button.isEnabled()
    page.city.setText("ขอนแก่น ")  # the city changes again: what the user typed is kept
    assert page.city_latin.text() == "Khon Kaen"
    page.city_latin.setText("ขอนแก่น")
    assert not next_button.isEnabled()  # Latin letters only
    page.city_latin.setText("Khon Kaen")
    wizard.next()
    with qtbot.waitSignal(wizard.profile_created):
        wizard.next()
    with open_workspace(directory) as workspace:
        profile = workspace.profile()
    assert (profile.city, profile.city_latin) == ("ขอนแก่น", "Khon Kaen")


def test_a_latin_name_left_as_guessed_is_not_stored(qtbot: QtBot, tmp_path: Path) -> None:
    directory = tmp_path / "profile"
    wizard = SetupWizard(directory, keyring_backend=MemoryKeyring())
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_delegate(wizard, qtbot)  # "Hải Phòng": the field shows "Hai Phong", never touched
    assert wizard.profile_page.city_latin.text() == "Hai Phong"
    with qtbot.waitSignal(wizard.profile_created):
        wizard.next()
    with open_workspace(directory) as workspace:
        profile = workspace.profile()
    assert profile.city_latin == ""  # a guess is not stored as if the delegation had given it
    assert profile.city_in_latin == "Hải Phòng"  # files and forms follow the rule: the city itself
