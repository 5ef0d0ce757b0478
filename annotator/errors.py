"""The one exception type a user's mistake raises: the CLI prints it on one line."""


class UserError(Exception):
    """Bad input or state the user can fix (a missing file, a newer store, ...)."""
