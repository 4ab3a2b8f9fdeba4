"""The secretariat's public identity, as the inbox learns it: from a welcome pack it signed."""

from __future__ import annotations

from dataclasses import dataclass

from kin_desktop.bundle import container
from kin_desktop.bundle.keys import PublicIdentity
from kin_desktop.core import canonical
from kin_desktop.core.errors import BundleRejected, ValidationError


@dataclass(frozen=True)
class Secretariat:
    key_id: str
    signing_public: bytes
    encryption_key_id: str
    name: str

    def lookup(self, key_id: str) -> bytes | None:
        """For ``container.read_signed_container``: only the secretariat's key is trusted."""
        return self.signing_public if key_id == self.key_id else None


def read_welcome_pack(data: bytes) -> Secretariat:
    """The identity a welcome pack carries, checked: the pack must be signed by the key it names and
    that identity must have an encryption key. ``BundleRejected`` otherwise."""
    pack = container.read_signed_container(
        data, expected_kinds=("welcome-pack",), trusted_key_lookup=None, allow_unknown_signer=True
    )
    try:
        info = canonical.loads_strict(pack.members["secretariat.json"], max_bytes=64 * 1024)
        if not isinstance(info, dict):
            raise ValidationError("secretariat.json is not an object", reason="bad_pack")
        identity = PublicIdentity.from_json(info.get("identity"))
    except (ValidationError, ValueError, RecursionError) as exc:
        raise BundleRejected(
            f"The welcome pack's secretariat.json is invalid: {exc}", reason="bad_pack"
        ) from exc
    if identity.key_id != pack.signer_key_id or identity.encryption_key_id is None:
        raise BundleRejected(
            "The welcome pack is not signed by the secretariat key it names.", reason="wrong_signer"
        )
    name = info.get("name")
    return Secretariat(
        identity.key_id,
        identity.signing_public,
        identity.encryption_key_id,
        name if isinstance(name, str) else "",
    )
