"""Matching OSV advisories (https://ossf.github.io/osv-schema/) against one locked version.

An entry of `affected` names a package and lists affected versions explicitly (`versions`),
as ranges of `introduced` / `fixed` / `last_affected` events, or both. Only ECOSYSTEM and
SEMVER ranges apply to registry versions; GIT ranges (commits) are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from winterarc.depaudit.versions import BadVersion, Ordered, normalize_name, parse


@dataclass(frozen=True)
class Match:
    """One advisory that affects one locked version; `fixed` is None when no fix is known."""

    advisory_id: str
    aliases: tuple[str, ...]
    summary: str
    fixed: str | None


def advisory_packages(advisory: Mapping[str, Any]) -> set[tuple[str, str]]:
    """The (ecosystem, normalized name) pairs an advisory is about."""
    pairs = set()
    for entry in advisory.get("affected", []):
        package = entry.get("package") or {}
        ecosystem, name = package.get("ecosystem"), package.get("name")
        if isinstance(ecosystem, str) and isinstance(name, str):
            pairs.add((ecosystem, normalize_name(ecosystem, name)))
    return pairs


def match(advisory: Mapping[str, Any], ecosystem: str, name: str, version: str) -> Match | None:
    """The advisory's verdict on `name==version`, or None when it does not affect it."""
    if advisory.get("withdrawn"):
        return None
    try:
        locked = parse(ecosystem, version)
    except BadVersion:
        return None
    wanted = normalize_name(ecosystem, name)
    hit = False
    fixes: list[str] = []
    for entry in advisory.get("affected", []):
        package = entry.get("package") or {}
        if package.get("ecosystem") != ecosystem:
            continue
        if normalize_name(ecosystem, str(package.get("name", ""))) != wanted:
            continue
        if _listed(entry.get("versions", []), ecosystem, locked):
            hit = True
        for rng in entry.get("ranges", []):
            if rng.get("type") not in ("ECOSYSTEM", "SEMVER"):
                continue
            affected, fixed = _in_range(rng.get("events", []), ecosystem, locked)
            if affected:
                hit = True
                if fixed is not None:
                    fixes.append(fixed)
    if not hit:
        return None
    return Match(
        advisory_id=str(advisory["id"]),
        aliases=tuple(str(a) for a in advisory.get("aliases", [])),
        summary=str(advisory.get("summary") or advisory.get("details") or "").split("\n")[0],
        fixed=_lowest(fixes, ecosystem),
    )


def _listed(versions: Iterable[str], ecosystem: str, locked: Ordered) -> bool:
    for text in versions:
        try:
            if parse(ecosystem, text) == locked:
                return True
        except BadVersion:
            continue
    return False


def _in_range(
    events: Iterable[Mapping[str, str]], ecosystem: str, locked: Ordered
) -> tuple[bool, str | None]:
    """Walk the events in version order: the last one at or below the version decides."""
    ordered: list[tuple[Ordered | None, int, str, str]] = []
    for event in events:
        for kind, rank in (("introduced", 0), ("fixed", 1), ("last_affected", 2)):
            text = event.get(kind)
            if text is None:
                continue
            if kind == "introduced" and text == "0":
                ordered.append((None, rank, kind, text))
                continue
            try:
                ordered.append((parse(ecosystem, text), rank, kind, text))
            except BadVersion:
                continue
    # "0" sorts first; at one version an introduction comes before its fix.
    ordered.sort(key=_event_key)
    affected = False
    fixed: str | None = None
    for at, _rank, kind, text in ordered:
        if kind == "introduced" and (at is None or at <= locked):
            affected, fixed = True, None
        elif kind == "fixed" and at is not None:
            if at <= locked:
                affected = False
            elif affected and fixed is None:
                fixed = text
        elif kind == "last_affected" and at is not None and at < locked:
            affected = False
    return affected, (fixed if affected else None)


def _event_key(event: tuple[Ordered | None, int, str, str]) -> tuple[int, Any, int]:
    at, rank, _kind, _text = event
    return (0, 0, rank) if at is None else (1, _Sortable(at), rank)


class _Sortable:
    """Wraps a version so tuples holding it compare by the version alone."""

    def __init__(self, value: Ordered) -> None:
        self.value = value

    def __lt__(self, other: _Sortable) -> bool:
        return bool(self.value < other.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Sortable) and bool(self.value == other.value)

    __hash__ = None  # type: ignore[assignment]


def _lowest(fixes: list[str], ecosystem: str) -> str | None:
    if not fixes:
        return None
    return min(fixes, key=lambda text: _Sortable(parse(ecosystem, text)))
