from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from kin_desktop.bundle.keys import Decryptor, PublicIdentity, Signer
from tests.helpers.fakes import MemoryKeyring


@pytest.fixture(autouse=True)
def _no_real_keyring() -> Iterator[None]:
    """No bundle test may touch the machine's real keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def delegate() -> Signer:
    return Signer.generate()


@pytest.fixture
def secretariat_signer() -> Signer:
    return Signer.generate()


@pytest.fixture
def secretariat_decryptor() -> Decryptor:
    return Decryptor.generate()


@pytest.fixture
def secretariat(secretariat_signer: Signer, secretariat_decryptor: Decryptor) -> PublicIdentity:
    return PublicIdentity.from_keys(secretariat_signer.public, secretariat_decryptor.public)
