"""One root error; the CLI turns it into a one-line message and exit status 2."""


class MolvaError(Exception):
    """A user's mistake or bad input: shown as one line, never as a traceback."""

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(MolvaError):
    """A file, line or field that cannot be read."""


class ConfigError(MolvaError):
    """A setting or database URL that cannot be used."""
