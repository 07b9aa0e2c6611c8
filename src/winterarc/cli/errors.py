"""Turning failures into one readable line.

Nothing heavy is imported here: every command, the quick learner's ones included, loads it."""

from __future__ import annotations

import sys


class CLIError(Exception):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _loaded(module: str, name: str) -> type[BaseException] | None:
    """An exception class from a module, only if something already imported that module: an
    error of a library nobody imported cannot be the one being described."""
    found = getattr(sys.modules.get(module), name, None)
    return found if isinstance(found, type) and issubclass(found, BaseException) else None


def describe(exc: BaseException) -> str:
    format_message = getattr(exc, "format_message", None)
    if callable(format_message):  # a usage error of click (or of Typer's copy of click)
        return str(format_message())
    settings_error = _loaded("winterarc.settings", "SettingsError")
    if settings_error is not None and isinstance(exc, settings_error):
        return f"configuration: {exc}"
    database_error = _loaded("sqlalchemy.exc", "SQLAlchemyError")
    if database_error is not None and isinstance(exc, database_error):
        origin = getattr(exc, "orig", None) or exc
        first_line = (
            str(origin).strip().splitlines()[0] if str(origin).strip() else type(origin).__name__
        )
        return f"database: {first_line}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": ")
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def exit_code_of(exc: BaseException) -> int:
    """2 for usage errors (click's own code), else 1."""
    code = getattr(exc, "exit_code", 1)
    return code if isinstance(code, int) and code > 0 else 1
