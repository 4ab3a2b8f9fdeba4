"""Make the demo profiles' images ahead of time (services/demo_image.py).

    python tools/make_demo_images.py [FOLDER]

FOLDER defaults to ``resources/demo``, where a frozen build takes them from (build.spec runs this
before collecting the resources); a source checkout makes them in the user's cache instead, on the
first demo start. An image is named after the database revision and the version, so one made for
another build is never used.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kin_desktop.services import demo_image  # noqa: E402


def main(argv: list[str]) -> int:
    place = Path(argv[0]) if argv else ROOT / "resources" / "demo"
    for role in ("delegate", "secretariat"):
        if demo_image.find_image(role) is not None and place == ROOT / "resources" / "demo":
            print(f"{role}: ready")
            continue
        print(f"{role}: {demo_image.make_image(role, place)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
