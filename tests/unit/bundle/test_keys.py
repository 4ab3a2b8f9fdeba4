from __future__ import annotations

import base64
import json
from pathlib import Path

import keyring
import pytest

from kin_desktop.bundle.keys import (
    KeyStore,
    PublicIdentity,
    Signer,
    fingerprint,
    key_id,
    open_key_file,
    seal_key_file,
)
from kin_desktop.bundle.signing import verify_manifest
from kin_desktop.core.errors import KeyStoreError, PassphraseError, ValidationError
from tests.helpers.fakes import FailKeyring, MemoryKeyring
from tests.unit.bundle.helpers import FAST_KDF


class Prompt:
    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return self.answers[min(self.calls, len(self.answers)) - 1]


def secret_forms(seed: bytes) -> list[bytes]:
    return [
        seed,
        seed.hex().encode(),
        seed.hex().upper().encode(),
        base64.b64encode(seed),
        base64.urlsafe_b64encode(seed),
        base64.b64encode(seed).rstrip(b"="),
        base64.b32encode(seed),
    ]


def assert_no_secret_on_disk(data_dir: Path, seeds: list[bytes]) -> None:
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        content = path.read_bytes()
        for seed in seeds:
            for form in secret_forms(seed):
                assert form not in content, f"{path.name} holds a private key"


def seeds_of(store: KeyStore) -> list[bytes]:
    seeds = [store.signer()._key.private_bytes_raw()]
    if store.has_encryption_key():
        seeds.append(store.decryptor().private_key.private_bytes_raw())
    return seeds


# ---------------------------------------------------------------- identities


def test_key_id_and_fingerprint() -> None:
    signer = Signer.generate()
    kid = key_id(signer.public)
    assert len(kid) == 32 and kid == kid.lower()
    fp = fingerprint(signer.public)
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert fp.replace(" ", "").lower() == kid
    with pytest.raises(ValueError):
        key_id(b"short")


def test_public_identity_json_round_trip() -> None:
    ident = PublicIdentity.from_keys(Signer.generate().public, bytes(range(32)))
    value = json.loads(json.dumps(ident.to_json()))
    assert PublicIdentity.from_json(value) == ident
    assert ident.encryption_key_id == key_id(bytes(range(32)))
    bare = PublicIdentity.from_keys(Signer.generate().public)
    assert PublicIdentity.from_json(bare.to_json()) == bare
    tampered = dict(value, key_id="0" * 32)
    with pytest.raises(ValidationError):
        PublicIdentity.from_json(tampered)
    with pytest.raises(ValidationError):
        PublicIdentity.from_json(dict(value, signing_public="zz"))
    with pytest.raises(ValidationError):
        PublicIdentity.from_json({"key_id": ident.key_id})


# ---------------------------------------------------------------- keyring path


def test_keyring_path(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    prompt = Prompt("never")
    store = KeyStore(tmp_path, service="kin-test", backend=backend, passphrase=prompt)
    assert store.uses_keyring and not store.exists()
    ident = store.create_signing_key()
    ident2 = store.create_encryption_key()
    assert ident2.key_id == ident.key_id and ident2.encryption_public is not None
    assert store.exists()
    signer = store.signer()
    assert signer.key_id == ident.key_id
    verify_manifest(b"m", store.signer().sign(b"KIN-Desktop bundle manifest v1\x00m"), ident.signing_public)
    assert store.decryptor().public == ident2.encryption_public
    assert prompt.calls == 0
    assert not (tmp_path / "keys.enc").exists()
    names = {user for service, user in backend.entries if service == "kin-test"}
    assert names == {f"signing-{ident.key_id}", f"encryption-{ident2.encryption_key_id}"}
    assert all(len(v) < 2560 for v in backend.entries.values())
    assert_no_secret_on_disk(tmp_path, seeds_of(store))
    # a new KeyStore reads the identity without any secret
    locked = MemoryKeyring()
    locked.locked = True
    assert KeyStore(tmp_path, service="kin-test", backend=locked).public_identity() == ident2


def test_default_backend_is_the_installed_keyring(tmp_path: Path) -> None:
    installed = MemoryKeyring()
    keyring.set_keyring(installed)
    store = KeyStore(tmp_path)
    store.create_signing_key()
    assert any(service == "kin-desktop" for service, _ in installed.entries)


def test_backend_resolved_only_when_a_secret_is_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyring.get_keyring() loads every backend plugin: reading the public half must not call it."""
    installed = MemoryKeyring()
    keyring.set_keyring(installed)
    ident = KeyStore(tmp_path).create_signing_key()
    calls: list[int] = []
    real = keyring.get_keyring

    def counting() -> keyring.backend.KeyringBackend:
        calls.append(1)
        return real()

    monkeypatch.setattr(keyring, "get_keyring", counting)
    store = KeyStore(tmp_path)
    assert store.public_identity() == ident and store.exists() and store.uses_keyring
    assert not store.has_encryption_key()
    assert calls == []
    assert store.signer().key_id == ident.key_id
    assert store.signer().key_id == ident.key_id
    assert calls == [1]  # resolved once, on the first secret
    fresh = KeyStore(tmp_path / "new")
    assert fresh.uses_keyring  # a new key: where it would go depends on the backend
    assert calls == [1, 1]


def test_keyring_locked_or_failing(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = KeyStore(tmp_path, backend=backend)
    store.create_signing_key()
    backend.locked = True
    with pytest.raises(KeyStoreError, match="locked") as info:
        store.signer()
    assert not isinstance(info.value, PassphraseError)
    other = MemoryKeyring()
    other.locked = True
    with pytest.raises(KeyStoreError, match="locked"):
        KeyStore(tmp_path / "other", backend=other).create_signing_key()
    assert not (tmp_path / "other" / "keys.json").exists()


def test_keyring_recorded_but_unavailable_later(tmp_path: Path) -> None:
    KeyStore(tmp_path, backend=MemoryKeyring()).create_signing_key()
    store = KeyStore(tmp_path, backend=FailKeyring(), passphrase=Prompt("x"))
    assert store.uses_keyring
    with pytest.raises(KeyStoreError, match="No system keyring"):
        store.signer()


def test_missing_keys(tmp_path: Path) -> None:
    store = KeyStore(tmp_path, backend=MemoryKeyring())
    with pytest.raises(KeyStoreError):
        store.public_identity()
    with pytest.raises(KeyStoreError):
        store.signer()
    with pytest.raises(KeyStoreError):
        store.create_encryption_key()
    store.create_signing_key()
    with pytest.raises(KeyStoreError):
        store.decryptor()
    with pytest.raises(KeyStoreError):
        store.create_signing_key()
    # the keyring lost the entry
    emptied = KeyStore(tmp_path, backend=MemoryKeyring())
    with pytest.raises(KeyStoreError, match="missing"):
        emptied.signer()


def test_damaged_public_file(tmp_path: Path) -> None:
    store = KeyStore(tmp_path, backend=MemoryKeyring())
    store.create_signing_key()
    (tmp_path / "keys.json").write_text('{"format": "kin-keys", "format": "x"}')
    with pytest.raises(KeyStoreError, match="damaged"):
        store.public_identity()


# ---------------------------------------------------------------- passphrase file path


def test_file_fallback(tmp_path: Path) -> None:
    prompt = Prompt("correct horse battery staple")
    store = KeyStore(tmp_path, backend=FailKeyring(), passphrase=prompt, kdf_params=FAST_KDF)
    assert not store.uses_keyring
    ident = store.create_signing_key()
    store.create_encryption_key()
    assert prompt.calls == 1  # cached for the life of the store
    assert (tmp_path / "keys.enc").read_bytes().startswith(b"KINKEYS1")
    assert_no_secret_on_disk(tmp_path, seeds_of(store))

    fresh_prompt = Prompt("correct horse battery staple")
    fresh = KeyStore(tmp_path, backend=FailKeyring(), passphrase=fresh_prompt)
    assert fresh.public_identity().key_id == ident.key_id
    assert fresh_prompt.calls == 0  # the public identity needs no secret
    assert fresh.signer().key_id == ident.key_id
    assert fresh.decryptor().key_id == fresh.public_identity().encryption_key_id
    assert fresh_prompt.calls == 1
    fresh.lock()
    fresh.signer()
    assert fresh_prompt.calls == 2


def test_file_fallback_wrong_passphrase(tmp_path: Path) -> None:
    KeyStore(
        tmp_path, backend=FailKeyring(), passphrase=Prompt("right passphrase"), kdf_params=FAST_KDF
    ).create_signing_key()
    store = KeyStore(tmp_path, backend=FailKeyring(), passphrase=Prompt("wrong"))
    with pytest.raises(PassphraseError, match="passphrase is wrong"):
        store.signer()
    with pytest.raises(PassphraseError):
        KeyStore(tmp_path, backend=FailKeyring(), passphrase=Prompt("")).signer()
    with pytest.raises(KeyStoreError, match="no passphrase"):
        KeyStore(tmp_path, backend=FailKeyring()).signer()


def test_file_fallback_missing_or_damaged_file(tmp_path: Path) -> None:
    KeyStore(
        tmp_path, backend=FailKeyring(), passphrase=Prompt("pw-long-enough"), kdf_params=FAST_KDF
    ).create_signing_key()
    path = tmp_path / "keys.enc"
    data = path.read_bytes()
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    with pytest.raises(PassphraseError):  # AEAD cannot tell damage from a wrong passphrase
        KeyStore(tmp_path, backend=FailKeyring(), passphrase=Prompt("pw-long-enough")).signer()
    path.write_bytes(b"garbage")
    with pytest.raises(KeyStoreError):
        KeyStore(tmp_path, backend=FailKeyring(), passphrase=Prompt("pw-long-enough")).signer()
    path.unlink()
    with pytest.raises(KeyStoreError, match="missing"):
        KeyStore(tmp_path, backend=FailKeyring(), passphrase=Prompt("pw-long-enough")).signer()


def test_key_file_header_is_authenticated() -> None:
    sealed = seal_key_file({"signing-x": "v"}, "pw", FAST_KDF)
    assert open_key_file(sealed, "pw") == {"signing-x": "v"}
    header_end = 10 + int.from_bytes(sealed[8:10], "big")
    header = json.loads(sealed[10:header_end])
    assert header["kdf"] in ("argon2id", "scrypt")
    # change a KDF parameter in the header: the AEAD (header as associated data) refuses
    key = "iterations" if header["kdf"] == "argon2id" else "r"
    changed = sealed.replace(f'"{key}":1'.encode(), f'"{key}":2'.encode())
    assert changed != sealed
    with pytest.raises(PassphraseError):
        open_key_file(changed, "pw")


def test_production_kdf_defaults_are_strong() -> None:
    from kin_desktop.bundle.keys import DEFAULT_KDF

    assert DEFAULT_KDF.argon2_memory_kib >= 64 * 1024 and DEFAULT_KDF.argon2_iterations >= 3
    assert DEFAULT_KDF.scrypt_log2_n >= 17 and DEFAULT_KDF.scrypt_r >= 8


def test_passphrase_only_asked_for_the_file(tmp_path: Path) -> None:
    def never() -> str:
        raise AssertionError("passphrase asked while the keyring is in use")

    store = KeyStore(tmp_path, backend=MemoryKeyring(), passphrase=never)
    store.create_signing_key()
    store.create_encryption_key()
    store.signer()
    store.decryptor()


def test_backend_viability() -> None:
    from kin_desktop.bundle.keys import backend_is_recommended

    class Unusable(MemoryKeyring):
        @property
        def priority(self) -> float:  # type: ignore[override]
            raise RuntimeError("not on this platform")

    assert backend_is_recommended(MemoryKeyring())
    assert not backend_is_recommended(FailKeyring())
    assert not backend_is_recommended(Unusable())
