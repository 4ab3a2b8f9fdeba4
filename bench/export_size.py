"""Exporting a 100-record delegate bundle: time, and its size against gzip -9 of the same revisions.

The delegate holds a full questionnaire response, 50 practices and 49 commitments
(``services.demo_content`` through ``demo.fill_demo``; ``--quick``: 1 + 10 + 9). ``export_s`` is the
median of several ``exchange.export_bundle`` calls (each writes a complete bundle: nothing is
acknowledged). ``size_gzip_ratio`` = the bundle file's size / ``gzip.compress(revisions.json,
compresslevel=9)``, where revisions.json is the canonical JSON payload of that very bundle (read back
by decrypting it with the secretariat's key). The target is at most 1.15: signing, the manifest, the
ZIP container and encryption may add little to what plain gzip would give.

    python bench/export_size.py [--quick]

Prints one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

from keyring.backends import fail

from kin_desktop.bundle import encryption
from kin_desktop.bundle.keys import KdfParams, KeyStore
from kin_desktop.services import demo, exchange, profiles

PASSPHRASE = "benchmark passphrase"
FAST_KDF = KdfParams(argon2_memory_kib=64, argon2_iterations=1, argon2_lanes=1, scrypt_log2_n=4, scrypt_r=1)


def _passphrase() -> str:
    return PASSPHRASE


def _keys(directory: Path, *, encryption_key: bool) -> KeyStore:
    store = KeyStore(directory, backend=fail.Keyring(), passphrase=_passphrase, kdf_params=FAST_KDF)
    store.create_signing_key()
    if encryption_key:
        store.create_encryption_key()
    return store


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="20 records instead of 100")
    parser.add_argument("--runs", type=int, default=0, help="exports to time (default 5, quick 3)")
    args = parser.parse_args()
    practices, commitments = (10, 9) if args.quick else (50, 49)
    runs = args.runs or (3 if args.quick else 5)
    with tempfile.TemporaryDirectory(prefix="kin-bench-") as scratch:
        root = Path(scratch)
        secretariat_store = _keys(root / "secretariat", encryption_key=True)
        info = profiles.init_secretariat(root / "secretariat", name="KIN Secretariat", passphrase=_passphrase)
        pack = root / "welcome.kinw"
        with profiles.open_workspace(root / "secretariat", passphrase=_passphrase) as workspace:
            exchange.make_welcome_pack(workspace, pack)
        _keys(root / "delegate", encryption_key=False)
        profiles.init_delegate(
            root / "delegate",
            name="Nguyễn Thị Lan",
            city="Hai Phong",
            country="VN",
            category="city-expert",
            organisation="Hai Phong Department of Natural Resources and Environment",
            passphrase=_passphrase,
        )
        out = root / "out"
        out.mkdir()
        times: list[float] = []
        with profiles.open_workspace(root / "delegate", passphrase=_passphrase) as workspace:
            taken = exchange.import_paths(workspace, [pack], accept_fingerprint=info.fingerprint)
            assert [o.status for o in taken] == ["merged"], taken
            demo.fill_demo(workspace, seed=7, practices=practices, commitments=commitments)
            for _ in range(runs):
                started = time.perf_counter()
                result = exchange.export_bundle(workspace, out=out)
                times.append(time.perf_counter() - started)
        assert result.path is not None
        bundle = Path(result.path).read_bytes()
        inner = encryption.decrypt(bundle, secretariat_store.decryptor())
        with zipfile.ZipFile(io.BytesIO(inner)) as archive:
            payload = archive.read("revisions.json")
            deflated = sum(i.compress_size for i in archive.infolist())
        records = len(json.loads(payload))
        gzipped = len(gzip.compress(payload, compresslevel=9))
    export_s = statistics.median(times)
    print(f"export: {export_s * 1000:.0f} ms (median of {runs}) for {records} revisions")
    print(
        f"bundle {len(bundle)} B; revisions.json {len(payload)} B, gzip -9 {gzipped} B; "
        f"ZIP members compressed {deflated} B, container {len(inner)} B"
    )
    print(
        json.dumps(
            {
                "records": records,
                "export_s": round(export_s, 4),
                "bundle_bytes": len(bundle),
                "container_bytes": len(inner),
                "json_bytes": len(payload),
                "gzip9_bytes": gzipped,
                "size_gzip_ratio": round(len(bundle) / gzipped, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
