"""Errors that reach the operator as one line on stderr."""


class JaneError(Exception):
    """A failure explained in one sentence; `jane` exits 1."""


class UsageError(JaneError):
    """Bad input from the operator; `jane` exits 2."""
