"""Key identities and the key store: Ed25519 signing keys, X25519 encryption keys.

Private keys live in the OS keyring (one entry per key, the 32-byte seed hex-encoded, well under
Windows' 2,560-byte cap). Where the keyring has no recommended backend (``priority < 1``: headless
Linux, a locked-down laptop), they live in ``keys.enc`` in the profile's data directory, encrypted
with a key derived from a passphrase by Argon2id (scrypt where this ``cryptography`` build has no
Argon2). A private key is never written to disk in the clear.

The public halves are kept in ``keys.json`` (public data only), so showing the identity or its
fingerprint never needs a secret. The format of both files is described in ``docs/bundle-format.md``.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kin_desktop import private_files
from kin_desktop.core import canonical
from kin_desktop.core.errors import KeyStoreError, PassphraseError, ValidationError
from kin_desktop.core.passphrase import passphrase_problem

if TYPE_CHECKING:  # keyring is imported where it is used: importing it costs a tenth of a second
    import keyring.backend
    import keyring.errors

KEY_BYTES = 32
KEY_ID_HEX_CHARS = 32
_HEX_KEY = re.compile(r"[0-9a-f]{64}")
_HEX_ID = re.compile(r"[0-9a-f]{32}")


# --------------------------------------------------------------------------- identities


def key_id(public_key_bytes: bytes) -> str:
    """Key id: the first 32 hex characters (128 bits) of SHA-256 over the raw 32-byte public key."""
    if len(public_key_bytes) != KEY_BYTES:
        raise ValueError(f"a raw public key has {KEY_BYTES} bytes, not {len(public_key_bytes)}")
    return hashlib.sha256(public_key_bytes).hexdigest()[:KEY_ID_HEX_CHARS]


def fingerprint(public_key_bytes: bytes) -> str:
    """Readable fingerprint: the key id in upper case, in 8 groups of 4 ("3F2A 9C11 ...").

    Hex (digits and A-F) reads unambiguously over the phone and on paper, and it is the key id
    itself, so a fingerprint on paper can be matched against any log or screen showing the id.
    """
    return format_key_id(key_id(public_key_bytes))


def format_key_id(kid: str) -> str:
    """Group a 32-hex-character key id as a fingerprint (upper case, 8 groups of 4)."""
    upper = kid.upper()
    return " ".join(upper[i : i + 4] for i in range(0, len(upper), 4))


def is_key_id(value: object) -> bool:
    return isinstance(value, str) and _HEX_ID.fullmatch(value) is not None


@dataclass(frozen=True)
class PublicIdentity:
    """The public side of a profile: its Ed25519 signing key and, for the secretariat, its X25519 key.

    ``key_id`` is the id of the signing key; the encryption key has its own id
    (``encryption_key_id``), computed the same way over the raw X25519 public key.
    """

    key_id: str
    signing_public: bytes
    encryption_public: bytes | None = None

    def __post_init__(self) -> None:
        if len(self.signing_public) != KEY_BYTES:
            raise ValidationError("signing public key must be 32 bytes", reason="bad_identity")
        if self.encryption_public is not None and len(self.encryption_public) != KEY_BYTES:
            raise ValidationError("encryption public key must be 32 bytes", reason="bad_identity")
        if self.key_id != key_id(self.signing_public):
            raise ValidationError("key id does not match the signing public key", reason="bad_identity")

    @classmethod
    def from_keys(cls, signing_public: bytes, encryption_public: bytes | None = None) -> PublicIdentity:
        return cls(key_id(signing_public), signing_public, encryption_public)

    @property
    def fingerprint(self) -> str:
        return format_key_id(self.key_id)

    @property
    def encryption_key_id(self) -> str | None:
        return None if self.encryption_public is None else key_id(self.encryption_public)

    def to_json(self) -> dict[str, Any]:
        """JSON object: ``{"key_id", "signing_public", "encryption_public"}``, keys lower-case hex."""
        return {
            "key_id": self.key_id,
            "signing_public": self.signing_public.hex(),
            "encryption_public": None if self.encryption_public is None else self.encryption_public.hex(),
        }

    @classmethod
    def from_json(cls, value: Any) -> PublicIdentity:
        """Parse :meth:`to_json` output; raises ``ValidationError(reason="bad_identity")``."""
        if not isinstance(value, dict) or set(value) != {"key_id", "signing_public", "encryption_public"}:
            raise ValidationError(
                "identity must have exactly key_id, signing_public, encryption_public", reason="bad_identity"
            )
        signing = value["signing_public"]
        encryption = value["encryption_public"]
        if not isinstance(signing, str) or not _HEX_KEY.fullmatch(signing):
            raise ValidationError(
                "signing_public must be 64 lower-case hex characters", reason="bad_identity"
            )
        if encryption is not None and (not isinstance(encryption, str) or not _HEX_KEY.fullmatch(encryption)):
            raise ValidationError(
                "encryption_public must be 64 lower-case hex characters or null", reason="bad_identity"
            )
        if not isinstance(value["key_id"], str):
            raise ValidationError("key_id must be a string", reason="bad_identity")
        return cls(
            value["key_id"], bytes.fromhex(signing), None if encryption is None else bytes.fromhex(encryption)
        )


class SignerLike(Protocol):
    """What signing needs: the signer's key id, raw public key and a ``sign`` method."""

    @property
    def key_id(self) -> str: ...

    @property
    def public(self) -> bytes: ...

    def sign(self, data: bytes) -> bytes: ...


class Signer:
    """An unlocked Ed25519 signing key."""

    __slots__ = ("_key", "key_id", "public")

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.public: bytes = private_key.public_key().public_bytes_raw()
        self.key_id: str = key_id(self.public)

    @classmethod
    def generate(cls) -> Signer:
        return cls(Ed25519PrivateKey.generate())

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)

    def __repr__(self) -> str:
        return f"Signer(key_id={self.key_id!r})"


class Decryptor:
    """An unlocked X25519 key, for opening bundles addressed to it (HPKE)."""

    __slots__ = ("key_id", "private_key", "public")

    def __init__(self, private_key: X25519PrivateKey) -> None:
        self.private_key = private_key
        self.public: bytes = private_key.public_key().public_bytes_raw()
        self.key_id: str = key_id(self.public)

    @classmethod
    def generate(cls) -> Decryptor:
        return cls(X25519PrivateKey.generate())

    def __repr__(self) -> str:
        return f"Decryptor(key_id={self.key_id!r})"


# --------------------------------------------------------------------------- encrypted key file

KEYFILE_MAGIC = b"KINKEYS1"
_KEYFILE_HEADER_MAX = 4096


@dataclass(frozen=True)
class KdfParams:
    """Passphrase KDF settings; the production defaults are the class defaults."""

    argon2_memory_kib: int = 64 * 1024
    argon2_iterations: int = 3
    argon2_lanes: int = 4
    scrypt_log2_n: int = 17
    scrypt_r: int = 8
    scrypt_p: int = 1


DEFAULT_KDF = KdfParams()


def _argon2_available() -> bool:
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\0" * 16, length=32, iterations=1, lanes=1, memory_cost=8).derive(b"probe")
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


def _kdf_header(params: KdfParams) -> dict[str, Any]:
    salt = secrets.token_bytes(16).hex()
    if _argon2_available():
        return {
            "kdf": "argon2id",
            "salt": salt,
            "memory_kib": params.argon2_memory_kib,
            "iterations": params.argon2_iterations,
            "lanes": params.argon2_lanes,
        }
    return {
        "kdf": "scrypt",
        "salt": salt,
        "log2_n": params.scrypt_log2_n,
        "r": params.scrypt_r,
        "p": params.scrypt_p,
    }


def _derive(header: dict[str, Any], passphrase: str) -> bytes:
    secret = passphrase.encode("utf-8")
    try:
        salt = bytes.fromhex(header["salt"])
        if header["kdf"] == "argon2id":
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            memory, iterations, lanes = header["memory_kib"], header["iterations"], header["lanes"]
            if not all(isinstance(v, int) for v in (memory, iterations, lanes)) or not (
                8 <= memory <= 1024 * 1024 and 1 <= iterations <= 64 and 1 <= lanes <= 64
            ):
                raise KeyStoreError("key file has unacceptable Argon2id parameters")
            kdf = Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory)
            return kdf.derive(secret)
        if header["kdf"] == "scrypt":
            log2_n, r, p = header["log2_n"], header["r"], header["p"]
            if not all(isinstance(v, int) for v in (log2_n, r, p)) or not (
                1 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16
            ):
                raise KeyStoreError("key file has unacceptable scrypt parameters")
            return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(secret)
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyStoreError("key file header is damaged") from exc
    except UnsupportedAlgorithm as exc:
        raise KeyStoreError(f"this installation cannot use the key file's KDF {header['kdf']!r}") from exc
    raise KeyStoreError(f"key file uses an unknown KDF {header.get('kdf')!r}")


def seal_key_file(secrets_map: dict[str, str], passphrase: str, params: KdfParams = DEFAULT_KDF) -> bytes:
    """Encrypt ``entry name -> encoded seed`` for ``keys.enc`` (layout in docs/bundle-format.md)."""
    header_obj = _kdf_header(params)
    header_obj["aead"] = "chacha20poly1305"
    header_obj["nonce"] = secrets.token_bytes(12).hex()
    header = canonical.dumps(header_obj)
    prefix = KEYFILE_MAGIC + struct.pack(">H", len(header)) + header
    key = _derive(header_obj, passphrase)
    body = ChaCha20Poly1305(key).encrypt(
        bytes.fromhex(header_obj["nonce"]), canonical.dumps({"keys": secrets_map}), prefix
    )
    return prefix + body


def open_key_file(data: bytes, passphrase: str) -> dict[str, str]:
    """Decrypt ``keys.enc``; raises PassphraseError for a wrong passphrase, KeyStoreError if damaged."""
    if len(data) < 10 or data[:8] != KEYFILE_MAGIC:
        raise KeyStoreError("keys.enc is not a KIN Desktop key file")
    (length,) = struct.unpack(">H", data[8:10])
    if length > _KEYFILE_HEADER_MAX or len(data) < 10 + length + 16:
        raise KeyStoreError("keys.enc is damaged (truncated header)")
    prefix = data[: 10 + length]
    try:
        header = canonical.loads_strict(data[10 : 10 + length])
        nonce = bytes.fromhex(header["nonce"])
        if not isinstance(header, dict) or header.get("aead") != "chacha20poly1305" or len(nonce) != 12:
            raise KeyStoreError("keys.enc uses an unknown cipher")
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        raise KeyStoreError("keys.enc is damaged (unreadable header)") from exc
    key = _derive(header, passphrase)
    try:
        plain = ChaCha20Poly1305(key).decrypt(nonce, data[10 + length :], prefix)
    except InvalidTag as exc:
        raise PassphraseError(
            "The passphrase is wrong (or the key file was damaged): the private keys could not be unlocked."
        ) from exc
    try:
        value = canonical.loads_strict(plain)
        keys = value["keys"]
        if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
            raise TypeError("keys")
    except (ValidationError, KeyError, TypeError) as exc:
        raise KeyStoreError("keys.enc is damaged (unreadable contents)") from exc
    return keys


# --------------------------------------------------------------------------- key store

PUBLIC_FILE = "keys.json"
SECRET_FILE = "keys.enc"
_SEED_PREFIX = "kin-seed-v1:"


def _encode_seed(seed: bytes) -> str:
    return _SEED_PREFIX + seed.hex()


def _decode_seed(value: str) -> bytes:
    if not value.startswith(_SEED_PREFIX):
        raise KeyStoreError("the stored private key is in an unknown format")
    try:
        seed = bytes.fromhex(value[len(_SEED_PREFIX) :])
    except ValueError as exc:
        raise KeyStoreError("the stored private key is damaged") from exc
    if len(seed) != KEY_BYTES:
        raise KeyStoreError("the stored private key is damaged")
    return seed


def backend_is_recommended(backend: keyring.backend.KeyringBackend) -> bool:
    """True when ``backend`` is a recommended keyring (priority >= 1), as keyring itself defines it."""
    try:
        return float(backend.priority) >= 1
    except Exception:  # a backend may raise to say it is not usable here
        return False


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class KeyStore:
    """The profile's private keys (OS keyring or passphrase-encrypted ``keys.enc``) and public keys.

    Keyring entries: service ``service``, user name ``"<kind>-<key id>"`` with kind ``signing`` or
    ``encryption``; value ``"kin-seed-v1:" + hex(32-byte seed)``. Where the keys are stored is
    recorded in ``keys.json`` so a keyring that appears or disappears later does not lose them.
    ``passphrase`` is called only when the file fallback is in use, at most once per unlock.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        service: str = "kin-desktop",
        backend: keyring.backend.KeyringBackend | None = None,
        passphrase: Callable[[], str] | None = None,
        kdf_params: KdfParams = DEFAULT_KDF,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.service = service
        # Resolved on first use (``_backend``): keyring.get_keyring() loads every installed backend
        # plugin (a third of a second), and reading keys.json needs none of them.
        self._backend_given = backend
        self._passphrase = passphrase
        self._kdf_params = kdf_params
        self._unlocked: dict[str, str] | None = None  # file fallback: decrypted entries
        self._file_passphrase: str | None = None

    # ---- where the keys are

    @property
    def _backend(self) -> keyring.backend.KeyringBackend:
        """The keyring backend: the one given, else the process's (resolved once, when first needed)."""
        if self._backend_given is None:
            import keyring

            self._backend_given = keyring.get_keyring()
        return self._backend_given

    @property
    def public_path(self) -> Path:
        return self.data_dir / PUBLIC_FILE

    @property
    def secret_path(self) -> Path:
        return self.data_dir / SECRET_FILE

    @property
    def uses_keyring(self) -> bool:
        """True when private keys are (or will be) in the OS keyring, False for the passphrase file."""
        stored = self._read_public()
        if stored is not None:
            return bool(stored["storage"] == "keyring")
        return backend_is_recommended(self._backend)

    def exists(self) -> bool:
        """True when this profile has a signing key."""
        stored = self._read_public()
        return stored is not None and stored.get("signing") is not None

    def has_encryption_key(self) -> bool:
        stored = self._read_public()
        return stored is not None and stored.get("encryption") is not None

    def lock(self) -> None:
        """Forget the unlocked key file contents; the next use asks for the passphrase again."""
        self._unlocked = None
        self._file_passphrase = None

    # ---- public half

    def _read_public(self) -> dict[str, Any] | None:
        try:
            raw = self.public_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise KeyStoreError(f"cannot read {self.public_path}: {exc.strerror}") from exc
        try:
            value = canonical.loads_strict(raw, max_bytes=64 * 1024)
            if (
                not isinstance(value, dict)
                or value.get("format") != "kin-keys"
                or value.get("version") != 1
                or value.get("storage") not in ("keyring", "file")
            ):
                raise ValidationError("unexpected structure", reason="structure")
            for kind in ("signing", "encryption"):
                entry = value.get(kind)
                if entry is not None and not (
                    isinstance(entry, dict)
                    and isinstance(entry.get("public"), str)
                    and _HEX_KEY.fullmatch(entry["public"])
                    and entry.get("key_id") == key_id(bytes.fromhex(entry["public"]))
                ):
                    raise ValidationError(f"bad {kind} entry", reason="structure")
        except ValidationError as exc:
            raise KeyStoreError(f"{self.public_path} is damaged: {exc.message}") from exc
        return value

    def _write_public(self, value: dict[str, Any]) -> None:
        private_files.private_folder(self.data_dir)
        _atomic_write(self.public_path, canonical.dumps(value) + b"\n")

    def public_identity(self) -> PublicIdentity:
        stored = self._read_public()
        if stored is None or stored.get("signing") is None:
            raise KeyStoreError(f"this profile has no signing key yet ({self.public_path} is missing)")
        encryption = stored.get("encryption")
        return PublicIdentity.from_keys(
            bytes.fromhex(stored["signing"]["public"]),
            None if encryption is None else bytes.fromhex(encryption["public"]),
        )

    # ---- creating keys

    def create_signing_key(self) -> PublicIdentity:
        """Create the profile's Ed25519 signing key; refuses if one exists."""
        if self.exists():
            raise KeyStoreError("this profile already has a signing key")
        key = Ed25519PrivateKey.generate()
        self._add_key("signing", key.private_bytes_raw(), key.public_key().public_bytes_raw())
        return self.public_identity()

    def create_encryption_key(self) -> PublicIdentity:
        """Create the secretariat's X25519 encryption key; needs the signing key first."""
        if not self.exists():
            raise KeyStoreError("create the signing key before the encryption key")
        if self.has_encryption_key():
            raise KeyStoreError("this profile already has an encryption key")
        key = X25519PrivateKey.generate()
        self._add_key("encryption", key.private_bytes_raw(), key.public_key().public_bytes_raw())
        return self.public_identity()

    def _add_key(self, kind: str, seed: bytes, public: bytes) -> None:
        stored = self._read_public() or {
            "format": "kin-keys",
            "version": 1,
            "storage": "keyring" if backend_is_recommended(self._backend) else "file",
            "signing": None,
            "encryption": None,
        }
        kid = key_id(public)
        entry = f"{kind}-{kid}"
        if stored["storage"] == "keyring":
            self._keyring_set(entry, _encode_seed(seed))
        else:
            self._file_set(entry, _encode_seed(seed))
        stored[kind] = {"key_id": kid, "public": public.hex()}
        self._write_public(stored)

    # ---- unlocking keys

    def signer(self) -> Signer:
        stored = self._require("signing")
        seed = self._get_seed(stored, "signing")
        signer = Signer(Ed25519PrivateKey.from_private_bytes(seed))
        if signer.public.hex() != stored["signing"]["public"]:
            raise KeyStoreError("the stored signing key does not match this profile's public key")
        return signer

    def decryptor(self) -> Decryptor:
        stored = self._require("encryption")
        seed = self._get_seed(stored, "encryption")
        decryptor = Decryptor(X25519PrivateKey.from_private_bytes(seed))
        if decryptor.public.hex() != stored["encryption"]["public"]:
            raise KeyStoreError("the stored encryption key does not match this profile's public key")
        return decryptor

    def _require(self, kind: str) -> dict[str, Any]:
        stored = self._read_public()
        if stored is None or stored.get(kind) is None:
            raise KeyStoreError(f"this profile has no {kind} key")
        return stored

    def _get_seed(self, stored: dict[str, Any], kind: str) -> bytes:
        entry = f"{kind}-{stored[kind]['key_id']}"
        if stored["storage"] == "keyring":
            value = self._keyring_get(entry)
        else:
            value = self._file_entries().get(entry)
        if value is None:
            where = "the system keyring" if stored["storage"] == "keyring" else str(self.secret_path)
            raise KeyStoreError(f"the private {kind} key {stored[kind]['key_id']} is missing from {where}")
        return _decode_seed(value)

    # ---- OS keyring

    def _keyring_failure(self, exc: keyring.errors.KeyringError) -> KeyStoreError:
        import keyring.errors

        if isinstance(exc, keyring.errors.KeyringLocked):
            message = "The system keyring is locked; unlock it and try again."
        elif isinstance(exc, keyring.errors.NoKeyringError):
            message = "No system keyring is available to hold the private keys."
        else:
            message = f"The system keyring failed: {exc}"
        return KeyStoreError(message, backend=str(self._backend))

    def _keyring_get(self, entry: str) -> str | None:
        import keyring.errors

        try:
            return self._backend.get_password(self.service, entry)
        except keyring.errors.KeyringError as exc:
            raise self._keyring_failure(exc) from exc

    def _keyring_set(self, entry: str, value: str) -> None:
        import keyring.errors

        try:
            self._backend.set_password(self.service, entry, value)
        except keyring.errors.KeyringError as exc:
            raise self._keyring_failure(exc) from exc

    # ---- passphrase file

    def _ask_passphrase(self) -> str:
        if self._passphrase is None:
            raise KeyStoreError(
                "No system keyring is available, so the private keys are kept in a file protected by "
                "a passphrase, but no passphrase was provided."
            )
        value = self._passphrase()
        if not value:
            raise PassphraseError("The passphrase must not be empty.")
        return value

    def _file_entries(self) -> dict[str, str]:
        if self._unlocked is not None:
            return self._unlocked
        try:
            data = self.secret_path.read_bytes()
        except FileNotFoundError:
            raise KeyStoreError(f"the key file {self.secret_path} is missing") from None
        except OSError as exc:
            raise KeyStoreError(f"cannot read {self.secret_path}: {exc.strerror}") from exc
        passphrase = self._ask_passphrase()
        entries = open_key_file(data, passphrase)
        self._unlocked, self._file_passphrase = entries, passphrase
        return entries

    def _file_set(self, entry: str, value: str) -> None:
        if self.secret_path.exists():
            entries = dict(self._file_entries())
            passphrase = self._file_passphrase
        else:
            entries, passphrase = {}, self._ask_passphrase()
            problem = passphrase_problem(passphrase)  # a new key file: the one policy (core.passphrase)
            if problem is not None:
                raise PassphraseError(problem)
        assert passphrase is not None
        entries[entry] = value
        private_files.private_folder(self.data_dir)
        _atomic_write(self.secret_path, seal_key_file(entries, passphrase, self._kdf_params))
        self._unlocked, self._file_passphrase = entries, passphrase
