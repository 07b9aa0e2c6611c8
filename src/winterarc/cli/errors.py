"""Turning failures into one readable line."""

from __future__ import annotations

import click
from sqlalchemy.exc import SQLAlchemyError

from winterarc.settings import SettingsError


class CLIError(Exception):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def describe(exc: BaseException) -> str:
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):
        return str(exc)
    if isinstance(exc, click.ClickException):
        return exc.format_message()
    if isinstance(exc, SettingsError):
        return f"configuration: {exc}"
    if isinstance(exc, SQLAlchemyError):
        origin = getattr(exc, "orig", None) or exc
        first_line = (
            str(origin).strip().splitlines()[0] if str(origin).strip() else type(origin).__name__
        )
        return f"database: {first_line}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": ")
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
