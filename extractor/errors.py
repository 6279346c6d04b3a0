"""Errors the CLI turns into one clear line and a non-zero exit code."""


class UserError(Exception):
    """Bad input or usage: reported as one line, never as a traceback.

    `exit_code` lets commands give schedulers distinct codes.
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class InputError(UserError):
    """A file or article that cannot be read (missing, empty, binary, bad JSON...)."""
