"""Settings, declared once: name, environment variable, default and help.

The declaration drives the CLI's options, the environment loader and the README.
Stages never read the environment; the CLI and the app factory call `load_settings`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from molva.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "MOLVA_DB", "sqlite:///molva.db", "Database URL (SQLAlchemy): SQLite or PostgreSQL."),
    Setting(
        "secret",
        "MOLVA_SECRET",
        None,
        "Deployment secret for author pseudonyms (HMAC). If unset, read from secret_file.",
    ),
    Setting(
        "secret_file",
        "MOLVA_SECRET_FILE",
        ".molva-secret",
        "File holding the deployment secret; created with a random secret on first use.",
    ),
    Setting(
        "store_text",
        "MOLVA_STORE_TEXT",
        "1",
        "Store the scrubbed message text (1) or the extracted facts only (0).",
    ),
)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "sqlite:///molva.db"
    secret: str | None = None
    secret_file: str = ".molva-secret"
    store_text: str = "1"

    @property
    def keeps_text(self) -> bool:
        return self.store_text.strip().lower() not in ("0", "false", "no", "off")

    def with_overrides(self, **values: str | None) -> Settings:
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def load_settings(env: Mapping[str, str] | None = None, **overrides: str | None) -> Settings:
    """Defaults, then the environment, then explicit overrides (CLI options)."""
    env = os.environ if env is None else env
    values: dict[str, str | None] = {}
    for s in SETTINGS:
        values[s.name] = env.get(s.env, s.default)
    settings = Settings(**values)  # type: ignore[arg-type]
    return settings.with_overrides(**overrides)


def resolve_secret(settings: Settings) -> bytes:
    """The deployment secret: from the setting, else from the secret file (made if absent)."""
    if settings.secret:
        return settings.secret.encode()
    path = Path(settings.secret_file)
    try:
        if path.exists():
            value = path.read_text().strip()
            if value:
                return value.encode()
        value = secrets.token_hex(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(value + "\n")
        return value.encode()
    except OSError as e:
        raise ConfigError(f"cannot read or create the secret file: {e.strerror}", where=str(path)) from e
