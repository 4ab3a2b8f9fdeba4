"""Who may do what at the inbox, and how much: challenges, quotas, rate limits.

Server-side, but free of Starlette so the rules are tested on their own.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from kin_desktop.bundle.keylist import KeyList

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The service's limits; ``kin-desktop serve-inbox`` sets them from its options (docs/sync.md)."""

    unknown_quota: int = 16 * MiB  # a key not enrolled yet: its first bundles, held for enrolment
    enrolled_quota: int = 512 * MiB  # an enrolled key: everything it has waiting on the inbox
    max_upload: int = 640 * MiB  # one bundle (the bundle format's cap)
    max_uploads_per_key: int = 4  # uploads under way at once
    max_storage: int = 20 * 1024 * MiB  # everything the inbox holds
    min_free: int = 256 * MiB  # disk space left free
    max_mail: int = 64 * MiB  # one receipt or welcome pack
    max_key_list: int = 16 * MiB
    challenge_ttl: int = 600  # seconds a challenge stays valid
    idle_timeout: float = 120.0  # seconds a PATCH may wait for its next bytes
    key_rate: float = 20.0  # requests a second per key, sustained ...
    key_burst: int = 200  # ... and at once
    ip_rate: float = 20.0  # unauthenticated requests (challenges, failures) a second per address ...
    ip_burst: int = 400
    upload_expiry: float = 14 * 24 * 3600.0  # an upload untouched this long is removed
    done_expiry: float = 30 * 24 * 3600.0  # a finished upload still answers HEAD this long

    def quota(self, status: str) -> int:
        return self.enrolled_quota if status in ("enrolled", "secretariat") else self.unknown_quota


class Challenges:
    """Stateless challenges: ``1.<expiry>.<nonce>.<mac>``, the MAC keyed by a secret drawn at start.

    Nothing is stored per challenge, so issuing them costs no memory; a restart of the service voids
    the ones outstanding and clients simply ask again. The secret authenticates challenges only: it
    signs nothing and proves no identity.
    """

    def __init__(self, ttl: int, secret: bytes | None = None) -> None:
        self.ttl = ttl
        self._secret = secret or secrets.token_bytes(32)

    def _mac(self, expiry: int, nonce: str) -> str:
        return hmac.new(self._secret, f"1.{expiry}.{nonce}".encode(), hashlib.sha256).hexdigest()[:32]

    def issue(self, now: float | None = None) -> str:
        expiry = int((time.time() if now is None else now) + self.ttl)
        nonce = secrets.token_hex(16)
        return f"1.{expiry}.{nonce}.{self._mac(expiry, nonce)}"

    def valid(self, challenge: str, now: float | None = None) -> bool:
        parts = challenge.split(".")
        if len(parts) != 4 or parts[0] != "1" or not parts[1].isdigit() or len(parts[1]) > 12:
            return False
        expiry, nonce, mac = int(parts[1]), parts[2], parts[3]
        if not hmac.compare_digest(self._mac(expiry, nonce), mac):
            return False
        return (time.time() if now is None else now) <= expiry


class RateLimiter:
    """Token buckets by name (a key id or an address); ``allow`` says how long to wait when empty."""

    def __init__(self, rate: float, burst: int, most: int = 100_000) -> None:
        self.rate = rate
        self.burst = burst
        self.most = most
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, name: str, now: float | None = None) -> float:
        """0 when the request may go ahead (a token is taken), else the seconds until one is there."""
        now = time.monotonic() if now is None else now
        tokens, then = self._buckets.get(name, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - then) * self.rate)
        if tokens < 1.0:
            self._buckets[name] = (tokens, now)
            return (1.0 - tokens) / self.rate
        if len(self._buckets) >= self.most and name not in self._buckets:
            self._buckets = {k: v for k, v in self._buckets.items() if v[0] < self.burst - 1}
        self._buckets[name] = (tokens - 1.0, now)
        return 0.0


def key_status(key_id: str, secretariat_key_id: str, keys: KeyList | None) -> str:
    """``secretariat``, ``enrolled``, ``revoked`` or ``unknown``."""
    if key_id == secretariat_key_id:
        return "secretariat"
    return "unknown" if keys is None else keys.status(key_id)
