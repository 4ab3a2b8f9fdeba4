"""Demo profiles made ahead of time, so ``gui --demo secretariat`` shows its data at once.

Building the secretariat's demo means creating eight delegates' profiles, their bundles, and
importing them: seconds of work, the same every time. It is done once into an *image*: the
profile's folder and the demo keys, in a folder named after the database revision, the image
format and the application version, so an image of an older schema or build is never used.

Images are looked for in the application's ``resources/demo/`` (the frozen build makes them
when it is built: ``python tools/make_demo_images.py``) and in the user's cache folder, where
the first demo start of a source checkout leaves one. Starting a demo then copies the image
(a few megabytes) and loads its keys into the in-process demo keyring.

The demo keys are throwaway keys of a demo that everyone can open: they stand for nothing
outside the demo, so keeping them in the image is no secret given away.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from kin_desktop import __version__, paths
from kin_desktop.services import demo

IMAGE_FORMAT = 1
_KEYS_FILE = "demo-keys.json"

Step = Callable[[str], None]


def image_name(role: str) -> str:
    from kin_desktop.storage.db import HEAD_REVISION

    return f"{role}-{HEAD_REVISION}-f{IMAGE_FORMAT}-{__version__}"


def _places() -> list[Path]:
    return [paths.resources_dir() / "demo", paths.cache_dir() / "demo"]


def find_image(role: str) -> Path | None:
    """A ready image of ``role``'s demo for this build, if one was made."""
    for place in _places():
        image = place / image_name(role)
        if (image / _KEYS_FILE).is_file():
            return image
    return None


def make_image(role: str, place: Path | None = None) -> Path:
    """Build ``role``'s demo profile into an image in ``place`` (the user's cache by default)."""
    place = place or paths.cache_dir() / "demo"
    place.mkdir(parents=True, exist_ok=True)
    target = place / image_name(role)
    backend = demo.ThrowawayKeyring()
    with tempfile.TemporaryDirectory(prefix=".kin-demo-", dir=place) as scratch:
        profile = Path(scratch) / "profile"
        # A delegate's demo takes a throwaway secretariat's welcome pack, so it can export.
        demo.create_demo_profile(
            profile, role=role, keyring_backend=backend, pin_secretariat=role == "delegate"
        )
        entries = [[service, user, secret] for (service, user), secret in sorted(backend.entries().items())]
        (profile / _KEYS_FILE).write_text(json.dumps(entries), encoding="utf-8")
        try:
            os.replace(profile, target)  # whole or not at all: another start never sees half an image
        except OSError:
            if not (target / _KEYS_FILE).is_file():  # not another process's image made meanwhile
                raise
    return target


def install_image(image: Path, directory: Path, backend: demo.ThrowawayKeyring) -> None:
    """Copy an image to ``directory`` and put its demo keys in ``backend``."""
    shutil.copytree(image, directory, ignore=shutil.ignore_patterns(_KEYS_FILE))
    for service, user, secret in json.loads((image / _KEYS_FILE).read_text(encoding="utf-8")):
        backend.set_password(service, user, secret)


def prepare_demo(directory: Path, role: str, *, step: Step | None = None) -> None:
    """The demo profile of ``role`` in ``directory``, from its image (made first if there is none);
    its keys go to the in-process :func:`demo.demo_keyring`."""
    say = step or (lambda _text: None)
    image = find_image(role)
    if image is None:
        say("building")
        try:
            image = make_image(role)
        except OSError:  # no cache folder to write to: build in place, as before
            demo.create_demo_profile(directory, role=role, pin_secretariat=role == "delegate")
            return
    say("copying")
    install_image(image, directory, demo.demo_keyring())
