"""The city's name in Latin letters: asked at set-up, kept in the profile, used in file names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kin_desktop.core.errors import UsageError
from kin_desktop.services import demo, exchange, profiles
from kin_desktop.storage import models as m
from kin_desktop.storage import repository
from tests.helpers.network import Network


def test_init_delegate_keeps_the_latin_name_given_and_never_stores_a_guess(tmp_path: Path) -> None:
    given = profiles.init_delegate(
        tmp_path / "kk",
        name="Somsak",
        city="ขอนแก่น",
        city_latin=" Khon  Kaen ",
        country="TH",
        category="mayor",
    )
    assert (given.city, given.city_latin, given.city_in_latin) == ("ขอนแก่น", "Khon Kaen", "Khon Kaen")
    guessed = profiles.init_delegate(
        tmp_path / "hp", name="An", city="Hải Phòng", country="VN", category="mayor"
    )
    assert (guessed.city_latin, guessed.city_in_latin) == ("", "Hải Phòng")  # worked out, not stored
    kitakyushu = profiles.init_delegate(
        tmp_path / "kk2", name="K", city="北九州市", country="JP", category="mayor"
    )
    assert (kitakyushu.city_latin, kitakyushu.city_in_latin) == ("", "")  # never "Beijiuzhoushi"
    with pytest.raises(UsageError):
        profiles.init_delegate(
            tmp_path / "bad", name="A", city="北九州", city_latin="北九州", country="JP", category="mayor"
        )


def test_bundle_and_receipt_file_names_use_the_latin_name(net: Network) -> None:
    with net.bangkok.session() as session:
        repository.update_profile(session=session, city="กรุงเทพมหานคร", city_latin="Krung Thep")
    (pinned,) = exchange.import_paths(net.bangkok, [net.pack], accept_fingerprint=net.fingerprint)
    assert pinned.status == "merged"
    demo.fill_demo(net.bangkok, seed=2, practices=1, commitments=1)
    sent = exchange.export_bundle(net.bangkok, out=net.outbox)
    assert sent.path is not None and sent.path.name.startswith("KIN-krung-thep-")
    exchange.import_paths(net.secretariat, [sent.path])
    with net.secretariat.session() as session:
        key = session.get(m.DelegateKey, net.bangkok.profile().key_id)
        assert key is not None and key.city_latin == "Krung Thep"  # from the signed header
        key_id = key.key_id
    exchange.approve(net.secretariat, key_id)
    (receipt,) = exchange.write_receipts(net.secretariat, net.tmp / "receipts")
    assert receipt.name.startswith("KIN-receipt-krung-thep-")


def test_a_thai_city_with_no_latin_name_given_names_its_files_by_key_and_sends_no_guess(
    net: Network,
) -> None:
    with net.bangkok.session() as session:
        repository.update_profile(session=session, city="กรุงเทพมหานคร", city_latin="")
    (pinned,) = exchange.import_paths(net.bangkok, [net.pack], accept_fingerprint=net.fingerprint)
    assert pinned.status == "merged"
    demo.fill_demo(net.bangkok, seed=2, practices=1, commitments=1)
    key_id = net.bangkok.profile().key_id or ""
    sent = exchange.export_bundle(net.bangkok, out=net.outbox)
    assert sent.path is not None and sent.path.name.startswith(f"KIN-{key_id[:8]}-")  # not "krungethph…"
    exchange.import_paths(net.secretariat, [sent.path])
    with net.secretariat.session() as session:
        key = session.get(m.DelegateKey, key_id)
        assert key is not None and key.city_latin == ""  # the header carried no guess
    exchange.approve(net.secretariat, key_id)
    (receipt,) = exchange.write_receipts(net.secretariat, net.tmp / "receipts")
    assert receipt.name.startswith(f"KIN-receipt-{key_id[:8]}-")
