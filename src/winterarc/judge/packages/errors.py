"""Errors that name the file and the field an author has to fix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PackageIssue:
    """One problem found in a package: where it is and what is wrong."""

    file: str
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class PackageError(Exception):
    """A package was refused; `issues` lists every problem found, in discovery order."""

    def __init__(self, issues: Iterable[PackageIssue]) -> None:
        self.issues: list[PackageIssue] = list(issues)
        if not self.issues:
            raise ValueError("PackageError needs at least one issue")
        super().__init__("\n".join(str(issue) for issue in self.issues))

    @classmethod
    def single(cls, file: str, message: str, field: str | None = None) -> PackageError:
        """A refusal with exactly one issue (unsafe archives stop at the first)."""
        return cls([PackageIssue(file, field, message)])
