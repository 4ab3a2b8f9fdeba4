"""Typed errors raised below the UI.

Every error carries a stable ``code`` and the facts (``params``) a caller needs to
word it. ``str(error)`` gives a plain English sentence for the command line and
logs; the GUI words the same code in the user's language (``ui/errors.py``).
Layers below ``ui/`` never build translated text.
"""

from __future__ import annotations

from typing import Any


class KinError(Exception):
    """Base of every error the application expects and explains."""

    code: str = "kin_error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class UsageError(KinError):
    """The command or call was given arguments it cannot use (CLI exit status 2)."""

    code = "usage"


class ProfileError(KinError):
    """The profile cannot be used as it is (CLI exit status 2)."""

    code = "profile"


class ProfileMissingError(ProfileError):
    code = "profile_missing"


class ProfileExistsError(ProfileError):
    code = "profile_exists"


class WrongRoleError(ProfileError):
    code = "wrong_role"


class DatabaseTooNewError(ProfileError):
    """The database was written by a newer KIN Desktop; it is left untouched."""

    code = "database_too_new"


class DatabaseDamagedError(ProfileError):
    code = "database_damaged"


class ValidationError(KinError):
    """Input data breaks a rule of the data model."""

    code = "validation"


class ExpressionError(KinError):
    """An expression of the questionnaire language cannot be parsed or checked.

    ``position`` is the 0-based character offset in ``source`` where the problem is.
    """

    code = "expression"

    def __init__(self, message: str, *, source: str, position: int, **params: Any) -> None:
        super().__init__(message, source=source, position=position, **params)
        self.source = source
        self.position = position


class DefinitionError(KinError):
    """A questionnaire definition is not acceptable; ``problems`` lists every reason."""

    code = "definition"

    def __init__(self, problems: list[DefinitionProblem]) -> None:
        lines = "; ".join(str(p) for p in problems)
        super().__init__(f"questionnaire definition refused: {lines}", problems=problems)
        self.problems = problems


class DefinitionProblem:
    """One reason a definition is refused, naming the question and, for expressions, the position."""

    __slots__ = ("message", "position", "question_id", "where")

    def __init__(
        self,
        message: str,
        *,
        question_id: str | None = None,
        where: str | None = None,
        position: int | None = None,
    ) -> None:
        self.message = message
        self.question_id = question_id
        self.where = where  # e.g. "relevant", "constraint", "sections[2].items[0]"
        self.position = position

    def __str__(self) -> str:
        parts = []
        if self.question_id:
            parts.append(f"question '{self.question_id}'")
        if self.where:
            parts.append(self.where)
        if self.position is not None:
            parts.append(f"at position {self.position + 1}")
        prefix = ", ".join(parts)
        return f"{prefix}: {self.message}" if prefix else self.message

    def __repr__(self) -> str:
        return f"DefinitionProblem({str(self)!r})"


class KeyStoreError(KinError):
    code = "keystore"


class PassphraseError(KeyStoreError):
    code = "passphrase"


class BundleRejected(KinError):
    """A bundle, welcome pack or receipt is refused; ``reason`` is a stable code."""

    code = "bundle_rejected"

    def __init__(self, message: str, *, reason: str, **params: Any) -> None:
        super().__init__(message, reason=reason, **params)
        self.reason = reason


class ExchangeError(KinError):
    """An export, import, enrolment or receipt step cannot be done; ``reason`` is a stable code.

    Codes: ``no_secretariat`` (a delegate without a pinned secretariat identity),
    ``wrong_role``, ``unknown_key``, ``revoked_key``, ``no_key`` and others listed in
    docs/exchange.md.
    """

    code = "exchange"

    def __init__(self, message: str, *, reason: str, **params: Any) -> None:
        super().__init__(message, reason=reason, **params)
        self.reason = reason


class SyncError(KinError):
    """Sending to or fetching from the inbox service did not finish; ``reason`` is a stable code.

    Codes: ``no_inbox`` (no inbox address known), ``bad_url``, ``no_link`` (the inbox could not be
    reached, or the link failed again and again: what was sent is kept and the next sync resumes),
    ``tls`` (the inbox's certificate is not trusted), ``refused`` (the inbox said no; ``code`` says
    why), ``bad_answer`` (the inbox answered something that is not the protocol), ``cancelled``.
    """

    code = "sync"

    def __init__(self, message: str, *, reason: str, **params: Any) -> None:
        super().__init__(message, reason=reason, **params)
        self.reason = reason
