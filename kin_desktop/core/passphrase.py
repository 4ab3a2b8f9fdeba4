"""The one passphrase policy, for the command line and the GUI alike.

A passphrase protects the private keys where the system has no keyring (the key file ``keys.enc``).
It is checked when a key file is *created*; unlocking an existing file takes whatever it was made with.
"""

from __future__ import annotations

MIN_PASSPHRASE_LENGTH = 8


def passphrase_problem(text: str) -> str | None:
    """Why ``text`` is not acceptable as a new passphrase (an English sentence), or None."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long."
    if not text.strip():
        return "The passphrase must not be only spaces."
    return None
