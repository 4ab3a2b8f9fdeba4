"""Independent tus clients (tuspy, aiotus) upload to the inbox: it speaks plain tus 1.0, not only to
KIN Desktop's own client. They authenticate with a signed challenge in a header, as any client can."""

from __future__ import annotations

import asyncio
import hashlib
import io
from pathlib import Path

import aiotus
import httpx
from tusclient import client as tus

from kin_desktop.bundle.keys import Signer
from kin_desktop.inbox import protocol as p
from tests.helpers.inbox import RunningInbox
from tests.unit.inbox.test_inbox_service import World, served, world

__all__ = ["served", "world"]  # the fixtures


def _authorization(served: RunningInbox, signer: Signer) -> str:
    challenge = httpx.post(f"{served.url}/v1/challenge").json()["challenge"]
    return p.authorization(signer, challenge)


def test_tuspy_uploads_in_chunks_with_sha1_checksums(served: RunningInbox, world: World) -> None:
    delegate = Signer.generate()
    data = world.bundle(delegate, 100_000, seed=1)
    client = tus.TusClient(
        f"{served.url}/v1/uploads", headers={"Authorization": _authorization(served, delegate)}
    )
    uploader = client.uploader(
        file_stream=io.BytesIO(data),
        chunk_size=16 * 1024,
        upload_checksum=True,  # tuspy's default algorithm is sha1
        metadata={"filename": "KIN-hai-phong.kinb", "sha256": hashlib.sha256(data).hexdigest()},
    )
    uploader.upload()
    assert uploader.offset == len(data)
    (item,) = served.inbox.store.incoming.values()
    assert served.inbox.store.bundle_path(item.id).read_bytes() == data
    assert item.filename == "KIN-hai-phong.kinb" and item.key_id == delegate.key_id
    assert served.inbox.stats.checksum_mismatches == 0


def test_tuspy_resumes_an_upload_it_stopped(served: RunningInbox, world: World) -> None:
    delegate = Signer.generate()
    data = world.bundle(delegate, 60_000, seed=2)
    client = tus.TusClient(
        f"{served.url}/v1/uploads", headers={"Authorization": _authorization(served, delegate)}
    )
    first = client.uploader(file_stream=io.BytesIO(data), chunk_size=10_000, upload_checksum=True)
    first.upload(stop_at=20_000)
    assert served.inbox.store.uploads[first.url.rsplit("/", 1)[1]].offset == 20_000
    again = client.uploader(
        file_stream=io.BytesIO(data), chunk_size=10_000, upload_checksum=True, url=first.url
    )
    assert again.offset == 20_000  # asked the inbox with HEAD
    again.upload()
    (item,) = served.inbox.store.incoming.values()
    assert served.inbox.store.bundle_path(item.id).read_bytes() == data


def test_aiotus_uploads_too(served: RunningInbox, world: World, tmp_path: Path) -> None:
    delegate = Signer.generate()
    data = world.bundle(delegate, 50_000, seed=3)

    async def send() -> object:
        return await aiotus.upload(
            f"{served.url}/v1/uploads",
            io.BytesIO(data),
            {"filename": b"KIN-bangkok.kinb"},
            headers={"Authorization": _authorization(served, delegate)},
            chunksize=8192,
            config=aiotus.RetryConfiguration(max_retry_period_seconds=5),
        )

    location = asyncio.run(send())
    assert location is not None
    (item,) = served.inbox.store.incoming.values()
    assert served.inbox.store.bundle_path(item.id).read_bytes() == data
    assert item.filename == "KIN-bangkok.kinb"
