"""Builders for bundle tests, including hand-made hostile ZIP containers."""

from __future__ import annotations

import io
import warnings
import zipfile
from typing import Any

from kin_desktop.bundle.container import ZIP_DATE, build_manifest
from kin_desktop.bundle.keys import KdfParams, Signer
from kin_desktop.bundle.signing import context_for, sign_manifest
from kin_desktop.core import canonical

FAST_KDF = KdfParams(argon2_memory_kib=64, argon2_iterations=1, argon2_lanes=1, scrypt_log2_n=4, scrypt_r=1)

CREATED = "2008-02-01T10:00:00Z"


def delegate_header(**overrides: Any) -> dict[str, Any]:
    header: dict[str, Any] = {
        "created": CREATED,
        "app_version": "0.1.0",
        "device_id": "laptop-1",
        "sequence": 1,
        "previous_bundle": None,
        "builds_on_receipt": None,
        "schema_version": 1,
        "delegate": {
            "name": "Nguyễn Thị Lan",
            "city": "Hai Phong",
            "city_latin": "Hai Phong",
            "country": "VN",
            "organisation": "",
            "category": "city-expert",
            "email": "",
        },
    }
    header.update(overrides)
    return header


def signed_header(**overrides: Any) -> dict[str, Any]:
    header: dict[str, Any] = {"created": CREATED, "app_version": "0.1.0", "schema_version": 1}
    header.update(overrides)
    return header


def receipt_header(delegate_key_id: str) -> dict[str, Any]:
    return signed_header(recipient={"key_id": delegate_key_id})


def zip_info(name: str, *, mode: int = 0o100644, compress: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = compress
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def make_zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    """A ZIP with exactly these entries in this order (duplicates allowed: zipfile's warning is silenced)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for entry, data in entries:
            archive.writestr(zip_info(entry) if isinstance(entry, str) else entry, data)
    return out.getvalue()


def signed_entries(
    kind: str,
    members: dict[str, bytes],
    header: dict[str, Any],
    signer: Signer,
    *,
    manifest_bytes: bytes | None = None,
    context_kind: str | None = None,
) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    """manifest.json and manifest.sig entries (manifest built normally unless given raw)."""
    manifest = (
        manifest_bytes if manifest_bytes is not None else build_manifest(kind, members, header, signer.public)
    )
    signature = sign_manifest(manifest, signer, context=context_for(context_kind or kind))
    return [("manifest.json", manifest), ("manifest.sig", signer.public + signature)]


def manifest_dict(
    kind: str, members: dict[str, bytes], header: dict[str, Any], signer: Signer
) -> dict[str, Any]:
    value = canonical.loads_strict(build_manifest(kind, members, header, signer.public))
    assert isinstance(value, dict)
    return value
