"""Demo profiles start from an image made once, not from a build at every start."""

from __future__ import annotations

from pathlib import Path

import pytest

from kin_desktop.services import demo, demo_image, overview


@pytest.fixture(autouse=True)
def scratch_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setattr(demo_image.paths, "cache_dir", lambda: cache)
    monkeypatch.setattr(demo_image, "_places", lambda: [tmp_path / "no-resources", cache / "demo"])
    return cache


def test_the_first_start_makes_the_image_and_the_next_ones_copy_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scratch_cache: Path
) -> None:
    steps: list[str] = []
    demo_image.prepare_demo(tmp_path / "first", "delegate", step=steps.append)
    assert steps == ["building", "copying"]
    image = demo_image.find_image("delegate")
    assert image is not None and image.parent == scratch_cache / "demo"
    assert demo_image.image_name("delegate") == image.name  # named after the schema and the version

    def no_build(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the demo was built again")

    monkeypatch.setattr(demo, "create_demo_profile", no_build)
    steps.clear()
    demo_image.prepare_demo(tmp_path / "second", "delegate", step=steps.append)
    assert steps == ["copying"]
    assert not (tmp_path / "second" / "demo-keys.json").exists()  # the keys go to the keyring only
    loaded = overview.open_profile(tmp_path / "second")
    try:
        assert loaded.overview.practices == 5 and loaded.overview.commitments == 3
        assert loaded.overview.profile.fingerprint is not None
    finally:
        loaded.workspace.close()
    # Its keys are in the demo keyring: the demo can sign and export.
    key_id = loaded.overview.profile.key_id
    assert key_id is not None
    assert any(key_id in user for (_service, user) in demo.demo_keyring().entries())


def test_an_image_of_another_schema_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    demo_image.make_image("delegate")
    assert demo_image.find_image("delegate") is not None
    monkeypatch.setattr(demo_image, "IMAGE_FORMAT", demo_image.IMAGE_FORMAT + 1)
    assert demo_image.find_image("delegate") is None
