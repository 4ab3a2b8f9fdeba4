"""The inbox service over real HTTP (uvicorn on loopback): who may do what, tus rules, checksums,
interrupted requests, mailboxes, the key list, and a restart in the middle of it all."""

from __future__ import annotations

import hashlib
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import httpx
import pytest

from kin_desktop.bundle import container
from kin_desktop.bundle.keylist import write_key_list
from kin_desktop.bundle.keys import PublicIdentity, Signer
from kin_desktop.inbox import protocol as p
from kin_desktop.inbox.policy import Limits
from kin_desktop.inbox.serve import pin_secretariat
from kin_desktop.services.sync import InboxClient, Retry
from tests.helpers.inbox import RunningInbox, running_inbox

NOW = "2026-11-29T10:00:00Z"


@dataclass
class World:
    tmp: Path
    secretariat: Signer
    identity: PublicIdentity
    pack: Path

    def bundle(self, signer: Signer, size: int = 3000, seed: int = 0) -> bytes:
        """A genuine encrypted delegate bundle for this secretariat, about ``size`` bytes."""
        payload = hashlib.shake_256(f"{seed}".encode()).digest(size)
        blob_name = f"attachments/{hashlib.sha256(payload).hexdigest()}"
        header = {
            "created": NOW,
            "app_version": "test",
            "device_id": "laptop-1",
            "sequence": 1 + seed,
            "previous_bundle": None,
            "builds_on_receipt": None,
            "schema_version": 1,
        }
        return container.write_delegate_bundle(
            {"revisions.json": b"[]", blob_name: payload}, header, signer, self.identity
        )

    def receipt(self, delegate: str, sequence: int = 1) -> bytes:
        body = (
            b'{"acknowledged":[],"bundles":[],"delegate_key_id":"'
            + delegate.encode()
            + b'","receipt_sequence":'
            + str(sequence).encode()
            + b',"review_notes":[]}'
        )
        header = {"created": NOW, "app_version": "test", "recipient": {"key_id": delegate}}
        return container.write_signed_file("receipt", {"receipt.json": body}, header, self.secretariat)

    def key_list(self, sequence: int, enrolled: list[str] = (), revoked: list[str] = ()) -> bytes:  # type: ignore[assignment]
        return write_key_list(
            self.secretariat,
            sequence=sequence,
            enrolled=enrolled,
            revoked=revoked,
            created=NOW,
            app_version="t",
        )


def _pack(signer: Signer, identity: PublicIdentity, name: str = "KIN Secretariat") -> bytes:
    import json

    secretariat = json.dumps(
        {"identity": identity.to_json(), "name": name, "organisation": "IGES"},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    return container.write_signed_file(
        "welcome-pack", {"secretariat.json": secretariat}, {"created": NOW, "app_version": "t"}, signer
    )


@pytest.fixture
def world(tmp_path: Path) -> World:
    from kin_desktop.bundle.keys import Decryptor

    signer = Signer.generate()
    identity = PublicIdentity.from_keys(signer.public, Decryptor.generate().public)
    pack = tmp_path / "welcome.kinw"
    pack.write_bytes(_pack(signer, identity))
    return World(tmp_path, signer, identity, pack)


@pytest.fixture
def served(world: World) -> Iterator[RunningInbox]:
    with running_inbox(world.tmp / "storage", world.pack) as running:
        yield running


def _client(served: RunningInbox, signer: Signer, **kwargs: object) -> InboxClient:
    return InboxClient(served.url, signer, retry=Retry(attempts=2, patience=10), **kwargs)  # type: ignore[arg-type]


def _signed(client: InboxClient) -> dict[str, str]:
    return {"Authorization": client._authorization(), "Tus-Resumable": p.TUS_VERSION}


def test_discovery_says_tus_and_its_extensions(served: RunningInbox) -> None:
    answer = httpx.options(f"{served.url}/v1/uploads")
    assert answer.status_code == 204
    assert answer.headers["tus-version"] == "1.0.0"
    assert set(answer.headers["tus-extension"].split(",")) == {"creation", "termination", "checksum"}
    assert "sha1" in answer.headers["tus-checksum-algorithm"].split(",")


def test_requests_need_a_fresh_signed_challenge(served: RunningInbox, world: World) -> None:
    create = {"Tus-Resumable": p.TUS_VERSION, "Upload-Length": "5000"}
    assert httpx.post(f"{served.url}/v1/uploads", headers=create).status_code == 401
    delegate, other = Signer.generate(), Signer.generate()
    challenge = httpx.post(f"{served.url}/v1/challenge").json()["challenge"]
    # a signature by another key than the one named is refused
    forged = p.authorization(other, challenge).replace(other.public.hex(), delegate.public.hex())
    answer = httpx.post(f"{served.url}/v1/uploads", headers={**create, "Authorization": forged})
    assert (answer.status_code, answer.json()["error"]) == (401, "bad_signature")
    # a challenge the inbox did not issue (or changed) is refused
    answer = httpx.post(
        f"{served.url}/v1/uploads",
        headers={**create, "Authorization": p.authorization(delegate, challenge + "0")},
    )
    assert answer.json()["error"] == "challenge_expired"
    # a challenge past its time is refused
    stale = served.inbox.challenges.issue(now=time.time() - 3600)
    answer = httpx.post(
        f"{served.url}/v1/uploads", headers={**create, "Authorization": p.authorization(delegate, stale)}
    )
    assert answer.json()["error"] == "challenge_expired"
    good = httpx.post(
        f"{served.url}/v1/uploads", headers={**create, "Authorization": p.authorization(delegate, challenge)}
    )
    assert good.status_code == 201 and good.headers["location"].startswith(f"{served.url}/v1/uploads/")


def test_an_upload_must_start_like_a_bundle_for_this_secretariat(served: RunningInbox, world: World) -> None:
    delegate = Signer.generate()
    with _client(served, delegate) as client:
        url = client.create(5000, {})
        junk = b"MZ\x90\x00" + b"\x00" * 996  # an executable, not a bundle
        answer = client.request(
            "PATCH",
            url,
            headers={
                "Tus-Resumable": p.TUS_VERSION,
                "Upload-Offset": "0",
                "Content-Type": p.OFFSET_CONTENT_TYPE,
            },
            content=junk,
        )
        assert (answer.status_code, answer.json()["error"]) == (415, "not_a_bundle")
        assert served.inbox.store.uploads == {}  # removed at once, nothing kept
        # a real bundle encrypted for another secretariat is refused on its recipient bytes
        from kin_desktop.bundle.keys import Decryptor

        elsewhere = replace(
            world, identity=PublicIdentity.from_keys(world.secretariat.public, Decryptor.generate().public)
        )
        data = elsewhere.bundle(delegate)
        url = client.create(len(data), {})
        answer = client.request(
            "PATCH",
            url,
            headers={
                "Tus-Resumable": p.TUS_VERSION,
                "Upload-Offset": "0",
                "Content-Type": p.OFFSET_CONTENT_TYPE,
            },
            content=data,
        )
        assert answer.status_code == 415
    assert served.inbox.stats.refused_headers == 2


def test_a_whole_bundle_lands_and_only_its_owner_sees_it(served: RunningInbox, world: World) -> None:
    delegate, stranger = Signer.generate(), Signer.generate()
    data = world.bundle(delegate, 20_000)
    path = world.tmp / "b.kinb"
    path.write_bytes(data)
    offsets: list[int] = []
    with _client(served, delegate, chunk=8192) as client:
        url = client.upload(path, upload_url=None, metadata={"sha256": hashlib.sha256(data).hexdigest()},
                            saved=lambda u, o: offsets.append(o))  # fmt: skip
    assert offsets[-1] == len(data) and offsets == sorted(offsets)
    (item,) = served.inbox.store.incoming.values()
    assert served.inbox.store.bundle_path(item.id).read_bytes() == data
    assert item.key_id == delegate.key_id
    with _client(served, stranger) as other:
        assert other.request("HEAD", url, headers={"Tus-Resumable": p.TUS_VERSION}).status_code == 404
        assert other.request("GET", f"{served.url}/v1/incoming").status_code == 403  # secretariat only
    with _client(served, delegate) as client:
        assert client.offset(url) == len(data)  # a finished upload still says so


def test_a_checksum_mismatch_is_refused_and_nothing_is_kept(served: RunningInbox, world: World) -> None:
    delegate = Signer.generate()
    data = world.bundle(delegate, 10_000)
    with _client(served, delegate) as client:
        url = client.create(len(data), {})
        headers = {
            "Tus-Resumable": p.TUS_VERSION,
            "Upload-Offset": "0",
            "Content-Type": p.OFFSET_CONTENT_TYPE,
            "Upload-Checksum": p.checksum_header("sha1", data[:4096]),
        }
        corrupted = data[:2000] + bytes([data[2000] ^ 1]) + data[2001:4096]
        answer = client.request("PATCH", url, headers=headers, content=corrupted)
        assert answer.status_code == p.CHECKSUM_MISMATCH
        assert client.offset(url) == 0
        assert client.request("PATCH", url, headers=headers, content=data[:4096]).status_code == 204
        assert client.offset(url) == 4096
        bad = {**headers, "Upload-Offset": "4096", "Upload-Checksum": "crc32 AAAA"}
        assert client.request("PATCH", url, headers=bad, content=data[4096:5000]).status_code == 400
        wrong_place = {**headers, "Upload-Offset": "0"}
        answer = client.request("PATCH", url, headers=wrong_place, content=data[:4096])
        assert (answer.status_code, answer.headers["upload-offset"]) == (409, "4096")


def _raw_patch_then_drop(
    served: RunningInbox, url: str, auth: str, body: bytes, declared: int, blocks: str
) -> None:
    """Send a PATCH's headers and only part of its body, then cut the connection."""
    path = url.removeprefix(served.url)
    head = (
        f"PATCH {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {auth}\r\nTus-Resumable: 1.0.0\r\n"
        f"Upload-Offset: 0\r\nContent-Type: {p.OFFSET_CONTENT_TYPE}\r\nContent-Length: {declared}\r\n"
        f"{p.BLOCKS_HEADER}: {blocks}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", served.port)) as sock:
        sock.sendall(head + body)
        time.sleep(0.3)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # reset


def test_an_interrupted_request_keeps_its_whole_verified_blocks(served: RunningInbox, world: World) -> None:
    delegate = Signer.generate()
    data = world.bundle(delegate, 40_000)
    chunk = data[:32768]
    with _client(served, delegate) as client:
        url = client.create(len(data), {})
        auth = client._authorization()
        _raw_patch_then_drop(served, url, auth, chunk[:10_000], len(chunk), p.block_checksums(chunk, 4096))
        deadline = time.monotonic() + 5
        while client.offset(url) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.offset(url) == 8192  # two whole blocks of 4 KiB; the 1,808 bytes after them are not
        # without block checksums but with a whole-body checksum, an interrupted request keeps nothing
        auth = client._authorization()
        rest = data[8192:40960]
        path = url.removeprefix(served.url)
        head = (
            f"PATCH {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nTus-Resumable: 1.0.0\r\n"
            f"Upload-Offset: 8192\r\nContent-Type: {p.OFFSET_CONTENT_TYPE}\r\nContent-Length: {len(rest)}\r\n"
            f"Upload-Checksum: {p.checksum_header('sha1', rest)}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", served.port)) as sock:
            sock.sendall(head + rest[:20_000])
            time.sleep(0.3)
        time.sleep(0.3)
        assert client.offset(url) == 8192
        assert served.inbox.stats.interrupted_patches == 2


def test_unknown_keys_get_a_small_quota_enrolled_keys_more_revoked_none(world: World) -> None:
    limits = Limits(unknown_quota=10_000, enrolled_quota=100_000)
    delegate = Signer.generate()
    with running_inbox(world.tmp / "storage", world.pack, limits=limits) as served:
        with _client(served, delegate) as client:
            from kin_desktop.core.errors import SyncError

            with pytest.raises(SyncError) as refused:
                client.create(20_000, {})
            assert refused.value.params["code"] == "quota_unknown_key"
            client.create(9_000, {})
        with _client(served, world.secretariat) as secretariat:
            secretariat.put("keys", world.key_list(1, enrolled=[delegate.key_id]))
            with _client(served, delegate) as client:
                client.create(20_000, {})  # enrolled now
            # an older or replayed list is refused; a list signed by anyone else too
            with pytest.raises(SyncError) as old:
                secretariat.put("keys", world.key_list(1, revoked=[delegate.key_id]))
            assert old.value.params["code"] == "old_key_list"
            forged = write_key_list(
                delegate, sequence=9, enrolled=[], revoked=[], created=NOW, app_version="t"
            )
            with pytest.raises(SyncError):
                secretariat.put("keys", forged)
            secretariat.put("keys", world.key_list(2, revoked=[delegate.key_id]))
        with _client(served, delegate) as client, pytest.raises(SyncError) as revoked:
            client.create(1_000, {})
        assert revoked.value.params["code"] == "revoked_key"
        with _client(served, Signer.generate()) as client:
            assert client.request("PUT", f"{served.url}/v1/keys", content=b"x").status_code == 403


def test_too_many_requests_are_slowed_down(world: World) -> None:
    limits = Limits(key_rate=1.0, key_burst=3)
    with running_inbox(world.tmp / "storage", world.pack, limits=limits) as served:
        with _client(served, Signer.generate()) as client:
            codes = [client.request("GET", f"{served.url}/v1/mailbox").status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and 429 in codes[3:]


def test_mailboxes_hold_only_what_the_secretariat_signed_for_whom_it_is(
    served: RunningInbox, world: World
) -> None:
    delegate, other = Signer.generate(), Signer.generate()
    receipt = world.receipt(delegate.key_id)
    with _client(served, world.secretariat) as secretariat:
        from kin_desktop.core.errors import SyncError

        with pytest.raises(SyncError) as wrong_box:
            secretariat.put(f"mailbox/{other.key_id}/r1.kinr", receipt)
        assert wrong_box.value.params["code"] == "wrong_box"
        forged = container.write_signed_file(
            "receipt",
            {"receipt.json": b"{}"},
            {"created": NOW, "app_version": "t", "recipient": {"key_id": delegate.key_id}},
            other,
        )
        with pytest.raises(SyncError):
            secretariat.put(f"mailbox/{delegate.key_id}/r0.kinr", forged)
        secretariat.put(f"mailbox/{delegate.key_id}/r1.kinr", receipt)
        secretariat.put("mailbox/all/welcome.kinw", world.pack.read_bytes())
    with _client(served, delegate) as client:
        names = {f["name"] for f in client.list_files("mailbox")}
        assert names == {"r1.kinr", "welcome.kinw"}
        # a range request resumes a download
        answer = client.request(
            "GET", f"{served.url}/v1/mailbox/{delegate.key_id}/r1.kinr", headers={"Range": "bytes=100-"}
        )
        assert answer.status_code == 206 and answer.content == receipt[100:]
        part = world.tmp / "dl" / "r1.kinr.part"
        part.parent.mkdir()
        part.write_bytes(receipt[:200])
        got = client.download(
            f"mailbox/{delegate.key_id}/r1.kinr", world.tmp / "dl" / "r1.kinr", size=len(receipt),
            sha256=hashlib.sha256(receipt).hexdigest(),
        )  # fmt: skip
        assert got.read_bytes() == receipt
    with _client(served, other) as client:
        assert {f["name"] for f in client.list_files("mailbox")} == {"welcome.kinw"}
        answer = client.request("GET", f"{served.url}/v1/mailbox/{delegate.key_id}/r1.kinr")
        assert answer.status_code == 404  # another delegate's receipts are not yours


def test_a_restart_keeps_uploads_under_way_and_the_key_list(world: World) -> None:
    delegate = Signer.generate()
    data = world.bundle(delegate, 30_000)
    storage = world.tmp / "storage"
    with running_inbox(storage, world.pack) as served, _client(served, delegate) as client:
        url = client.create(len(data), {})
        headers = {
            "Tus-Resumable": p.TUS_VERSION,
            "Upload-Offset": "0",
            "Content-Type": p.OFFSET_CONTENT_TYPE,
        }
        assert client.request("PATCH", url, headers=headers, content=data[:12_000]).status_code == 204
        with _client(served, world.secretariat) as secretariat:
            secretariat.put("keys", world.key_list(4, enrolled=[delegate.key_id]))
        port = served.port
    # bytes written past the offset before a crash are not trusted
    (part,) = (storage / "uploads").glob("*.part")
    with part.open("ab") as stream:
        stream.write(b"garbage after a crash")
    with running_inbox(storage, world.pack, port=port) as again, _client(again, delegate) as client:
        assert client.offset(url) == 12_000
        assert part.stat().st_size == 12_000
        assert again.inbox.keys is not None and again.inbox.keys.sequence == 4
        path = world.tmp / "b.kinb"
        path.write_bytes(data)
        client.upload(path, upload_url=url, metadata={}, saved=lambda u, o: None)
        (item,) = again.inbox.store.incoming.values()
        assert again.inbox.store.bundle_path(item.id).read_bytes() == data


def test_termination_removes_an_upload(served: RunningInbox, world: World) -> None:
    with _client(served, Signer.generate()) as client:
        url = client.create(5_000, {})
        client.terminate(url)
        assert client.request("HEAD", url, headers={"Tus-Resumable": p.TUS_VERSION}).status_code == 404
    assert served.inbox.store.uploads == {}


def test_a_storage_folder_serves_one_secretariat(world: World) -> None:
    from kin_desktop.bundle.keys import Decryptor
    from kin_desktop.core.errors import UsageError

    storage = world.tmp / "storage"
    pin_secretariat(storage, world.pack)
    other = Signer.generate()
    pack = world.tmp / "other.kinw"
    pack.write_bytes(_pack(other, PublicIdentity.from_keys(other.public, Decryptor.generate().public)))
    with pytest.raises(UsageError, match="another --storage"):
        pin_secretariat(storage, pack)
    lying = world.tmp / "lying.kinw"  # names the secretariat's identity but is signed by another key
    lying.write_bytes(_pack(other, world.identity))
    with pytest.raises(UsageError, match="not a valid welcome pack"):
        pin_secretariat(world.tmp / "fresh", lying)
