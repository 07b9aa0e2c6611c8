"""Accepted findings: each names an advisory and a package, says why, and expires.

An expired entry is itself a failure, so an acceptance is looked at again rather than
forgotten. File format (TOML), `security/audit-allow.toml`:

    [[allow]]
    id = "GHSA-xxxx-xxxx-xxxx"   # the advisory's id or one of its aliases
    package = "name"
    reason = "why it does not apply to us, or why it must wait"
    expires = 2027-03-01
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from winterarc.depaudit.osv import Match
from winterarc.depaudit.versions import normalize_name


class AllowListError(ValueError):
    """An allow-list that cannot be read or has an incomplete entry."""


@dataclass(frozen=True)
class Allowed:
    id: str
    package: str
    reason: str
    expires: date

    def covers(self, ecosystem: str, name: str, match: Match) -> bool:
        same = normalize_name(ecosystem, self.package) == normalize_name(ecosystem, name)
        return same and self.id in (match.advisory_id, *match.aliases)


def load(path: Path) -> list[Allowed]:
    """The entries of `path`; none when the file does not exist."""
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise AllowListError(f"{path}: {error}") from None
    entries = []
    for number, entry in enumerate(data.get("allow", []), start=1):
        fields = {key: entry.get(key) for key in ("id", "package", "reason", "expires")}
        if not all(isinstance(fields[k], str) and fields[k] for k in ("id", "package", "reason")):
            raise AllowListError(f"{path}: entry {number} needs id, package and reason")
        if not isinstance(fields["expires"], date):
            raise AllowListError(f"{path}: entry {number} needs expires = YYYY-MM-DD")
        entries.append(Allowed(**fields))
    return entries
