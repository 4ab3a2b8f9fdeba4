"""Test doubles shared by the test suites."""

from __future__ import annotations

import keyring.backend
import keyring.backends.fail
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A recommended (priority 10) keyring held in a dict; ``locked=True`` makes every call fail.

    Pass it as ``backend=`` or install it with ``keyring.set_keyring(MemoryKeyring())``.
    """

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("the test keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


class FailKeyring(keyring.backends.fail.Keyring):
    """The backend keyring picks on headless Linux: priority 0, every call raises NoKeyringError."""


# Defining a backend class registers it for keyring's automatic backend choice; these fakes are only
# ever used explicitly, so take them out of that registry.
for _fake in (MemoryKeyring, FailKeyring):
    keyring.backend.KeyringBackend._classes.discard(_fake)
