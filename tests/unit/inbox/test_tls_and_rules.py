"""TLS (uvicorn's certificate options; the client trusts the system store only), the protocol's strict
parsers, the signed key list, and the inbox address in welcome packs."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kin_desktop.bundle.keylist import read_key_list, write_key_list
from kin_desktop.bundle.keys import Signer
from kin_desktop.core.errors import BundleRejected, SyncError
from kin_desktop.inbox import protocol as p
from kin_desktop.services import exchange
from kin_desktop.services.sync import InboxClient, Retry
from kin_desktop.storage import models as m
from tests.helpers.inbox import running_inbox
from tests.helpers.network import Network
from tests.unit.inbox.test_inbox_service import World, world

__all__ = ["world"]


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "inbox.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "inbox.crt", folder / "inbox.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_file, key_file


def test_the_client_trusts_the_systems_certificates_and_nothing_else(world: World) -> None:
    cert, key = _self_signed(world.tmp)
    with running_inbox(
        world.tmp / "storage", world.pack, ssl_certfile=str(cert), ssl_keyfile=str(key)
    ) as served:
        assert served.url.startswith("https://")
        with InboxClient(served.url, Signer.generate(), retry=Retry(attempts=1)) as client:
            with pytest.raises(SyncError) as refused:
                client.info()
            assert refused.value.reason == "tls"  # a certificate the system does not trust: nothing sent
        trusting = ssl.create_default_context(cafile=str(cert))
        with InboxClient(served.url, Signer.generate(), verify=trusting) as client:
            assert client.info()["secretariat"]["key_id"] == world.secretariat.key_id


@pytest.mark.parametrize(
    "url",
    [
        "http://inbox.example.org",  # not encrypted, not this computer
        "ftp://inbox.example.org",
        "https://user@inbox.example.org",
        "https://inbox.example.org/?x=1",
        "https://inbox.example.org/#top",
        "https://",
        "https://inbox.example.org:99999",
        "https://inbox example.org",
        "https://ïnbox.example.org",
        "",
    ],
)
def test_inbox_addresses_that_are_refused(url: str) -> None:
    with pytest.raises(ValueError):
        p.check_url(url)


def test_inbox_addresses_that_are_accepted() -> None:
    assert p.check_url(" https://inbox.example.org/kin/ ") == "https://inbox.example.org/kin"
    assert p.check_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert p.check_url("http://[::1]:8080") == "http://[::1]:8080"
    assert p.check_url("http://localhost:9") == "http://localhost:9"


def test_authorisation_headers_are_parsed_strictly() -> None:
    signer = Signer.generate()
    header = p.authorization(signer, "1.99.ab.cd")
    public, challenge, signature = p.parse_authorization(header)
    assert public == signer.public and challenge == "1.99.ab.cd"
    assert p.signature_valid(public, challenge, signature)
    assert not p.signature_valid(public, "1.99.ab.ce", signature)
    for bad in (
        header.replace("KIN-Signature", "Bearer"),
        header + ', key="' + "0" * 64 + '"',  # repeated
        header.replace('challenge="1.99.ab.cd", ', ""),
        header.replace(signer.public.hex(), signer.public.hex().upper()),
        header.replace(signer.public.hex(), signer.public.hex()[:-2]),
    ):
        with pytest.raises(ValueError):
            p.parse_authorization(bad)
    # the challenge context keeps this signature from meaning anything else
    assert p.challenge_message("x").startswith(b"KIN-Desktop inbox challenge v1\x00")


def test_metadata_and_block_checksums_are_parsed_strictly() -> None:
    assert p.decode_metadata(p.encode_metadata({"filename": "Hải Phòng.kinb"})) == {
        "filename": "Hải Phòng.kinb"
    }
    for bad in ("filename !!!", "a YQ==,a YQ==", "a YQ== extra"):
        with pytest.raises(ValueError):
            p.decode_metadata(bad)
    data = bytes(range(256)) * 40
    size, digests = p.parse_block_checksums(p.block_checksums(data, 4096), len(data))
    assert size == 4096 and len(digests) == 3
    with pytest.raises(ValueError):
        p.parse_block_checksums(p.block_checksums(data, 4096), len(data) + 5000)  # does not cover the body
    with pytest.raises(ValueError):
        p.parse_block_checksums("md5 4096 AAAA", None)


def test_the_first_bytes_must_be_a_bundle_header_for_this_secretariat() -> None:
    key = "ab" * 16
    allowed = p.expected_header(key)
    good = b"KINBNDL1\x01\x01\x10\x00" + bytes.fromhex(key)
    assert p.header_problem(good, 0, allowed) is None
    assert p.header_problem(good[10:20], 10, allowed) is None  # checked as the bytes arrive
    assert p.header_problem(b"PK\x03\x04", 0, allowed) == 0
    assert p.header_problem(good[:10] + b"\x30", 0, allowed) == 10  # chunk size out of range
    assert p.header_problem(good[:-1] + b"\x00", 0, allowed) == 27  # another recipient
    assert p.header_problem(b"anything", 500, allowed) is None  # past the header


def test_key_lists_are_signed_ordered_and_strict(world: World) -> None:
    secretariat = world.secretariat
    a, b = "a" * 32, "b" * 32
    data = write_key_list(
        secretariat, sequence=3, enrolled=[b, a], revoked=[], created="2009-01-01T00:00:00Z", app_version="t"
    )
    keys = read_key_list(data, secretariat.key_id, secretariat.public)
    assert keys.sequence == 3 and keys.status(a) == "enrolled" and keys.status("c" * 32) == "unknown"
    other = Signer.generate()
    with pytest.raises(BundleRejected):
        read_key_list(data, other.key_id, other.public)  # not the pinned secretariat's
    with pytest.raises(BundleRejected, match="both"):
        write_key_list(
            secretariat,
            sequence=4,
            enrolled=[a],
            revoked=[a],
            created="2009-01-01T00:00:00Z",
            app_version="t",
        )
    with pytest.raises(BundleRejected):
        write_key_list(
            secretariat, sequence=0, enrolled=[], revoked=[], created="2009-01-01T00:00:00Z", app_version="t"
        )


def _pin(net: Network, pack: Path) -> str:
    (outcome,) = exchange.import_paths(net.hai_phong, [pack], accept_fingerprint=net.fingerprint)
    assert outcome.status in ("merged", "duplicate"), outcome
    with net.hai_phong.session() as session:
        state = session.get(m.SyncState, 1)
        return "" if state is None or state.inbox_url is None else state.inbox_url


def test_the_inbox_address_travels_in_the_signed_pack_and_a_later_pack_changes_it(
    net: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kin_desktop.services.exchange._outgoing as outgoing

    moments = iter(datetime.datetime(2009, 1, day, tzinfo=datetime.UTC) for day in (5, 9, 12, 15))
    monkeypatch.setattr(outgoing, "utcnow", lambda: next(moments))
    first = exchange.make_welcome_pack(
        net.secretariat, net.tmp / "p1.kinw", inbox_url="https://inbox.kin.example"
    )
    second = exchange.make_welcome_pack(
        net.secretariat, net.tmp / "p2.kinw", inbox_url="https://inbox2.kin.example/"
    )
    third = exchange.make_welcome_pack(net.secretariat, net.tmp / "p3.kinw")  # keeps the address set before
    assert _pin(net, first) == "https://inbox.kin.example"
    assert _pin(net, third) == "https://inbox2.kin.example"
    assert _pin(net, first) == "https://inbox2.kin.example"  # an older pack taken again changes nothing
    del second
    from kin_desktop.core.errors import UsageError

    with pytest.raises(UsageError, match="https"):
        exchange.make_welcome_pack(net.secretariat, net.tmp / "p4.kinw", inbox_url="http://inbox.kin.example")


def test_a_pack_with_a_bad_inbox_address_is_refused(net: Network) -> None:
    import json

    from kin_desktop.bundle import container
    from kin_desktop.services.exchange._common import keystore

    store = keystore(net.secretariat)
    body = {
        "identity": store.public_identity().to_json(),
        "name": "S",
        "organisation": "",
        "inbox_url": "javascript:x",
    }
    data = container.write_signed_file(
        "welcome-pack",
        {"secretariat.json": json.dumps(body, sort_keys=True, separators=(",", ":")).encode()},
        {"created": "2009-01-01T00:00:00Z", "app_version": "t"},
        store.signer(),
    )
    pack = net.tmp / "bad.kinw"
    pack.write_bytes(data)
    (outcome,) = exchange.import_paths(net.hai_phong, [pack], accept_fingerprint=net.fingerprint)
    assert (outcome.status, outcome.reason) == ("rejected", "bad_pack")
