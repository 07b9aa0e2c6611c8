"""Version ordering per OSV ecosystem: PEP 440 for PyPI, Semantic Versioning 2.0 for npm."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import total_ordering
from typing import Any, Protocol

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

PYPI = "PyPI"
NPM = "npm"
ECOSYSTEMS = (PYPI, NPM)


class Ordered(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...
    def __le__(self, other: Any, /) -> bool: ...


class BadVersion(ValueError):
    """A version string the ecosystem's scheme cannot read."""


_SEMVER = re.compile(
    r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$"
)


@total_ordering
@dataclass(frozen=True)
class SemVer:
    """A semantic version; build metadata is ignored, as precedence requires."""

    release: tuple[int, int, int]
    prerelease: tuple[int | str, ...]

    @classmethod
    def parse(cls, text: str) -> SemVer:
        match = _SEMVER.match(text.strip())
        if match is None:
            raise BadVersion(f"not a semantic version: {text!r}")
        major, minor, patch, pre = match.groups()
        parts: tuple[int | str, ...] = ()
        if pre:
            parts = tuple(int(p) if p.isdigit() else p for p in pre.split("."))
        return cls((int(major), int(minor), int(patch)), parts)

    def _key(self) -> tuple[Any, ...]:
        # A release sorts after its prereleases; numeric identifiers before alphanumeric ones.
        if not self.prerelease:
            return (self.release, 1, ())
        ids = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.prerelease)
        return (self.release, 0, ids)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, SemVer):
            return NotImplemented
        return self._key() < other._key()


def parse(ecosystem: str, text: str) -> Ordered:
    """The comparable form of `text` in `ecosystem`; BadVersion when it cannot be read."""
    if ecosystem == PYPI:
        try:
            return Version(text)
        except InvalidVersion as error:
            raise BadVersion(str(error)) from None
    if ecosystem == NPM:
        return SemVer.parse(text)
    raise BadVersion(f"unsupported ecosystem: {ecosystem}")


def normalize_name(ecosystem: str, name: str) -> str:
    """How the ecosystem compares package names (PEP 503 for PyPI; npm names are exact)."""
    return str(canonicalize_name(name)) if ecosystem == PYPI else name
