"""The committed advisory snapshot: OSV records for our locked packages only, by ecosystem,
with where they came from and how recent the data is.

Layout: `security/osv/snapshot.json` (sources, dates, the package names each ecosystem's
section covers) and one `security/osv/<ecosystem>/<id>.json` per advisory.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from winterarc.depaudit.locks import Locked
from winterarc.depaudit.osv import advisory_packages
from winterarc.depaudit.versions import ECOSYSTEMS, normalize_name

METADATA = "snapshot.json"
# libyaml's safe loader when PyYAML was built with it: a PyPI checkout is thousands of files.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SnapshotError(ValueError):
    """A snapshot or a refresh source that cannot be read."""


@dataclass
class Section:
    """One ecosystem's part of the snapshot."""

    source: str
    data_date: date
    refreshed: date
    packages: set[str]
    advisories: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Snapshot:
    sections: dict[str, Section]

    def advisories_for(self, ecosystem: str) -> list[dict[str, Any]]:
        section = self.sections.get(ecosystem)
        return section.advisories if section else []


def load(directory: Path) -> Snapshot:
    """Read the snapshot in `directory`."""
    try:
        meta = json.loads((directory / METADATA).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise SnapshotError(f"no readable {directory / METADATA}: {error}") from None
    sections = {}
    for ecosystem, info in meta.get("ecosystems", {}).items():
        advisories = [
            json.loads(path.read_text(encoding="utf-8"))
            for path in sorted((directory / ecosystem).glob("*.json"))
        ]
        sections[ecosystem] = Section(
            source=info["source"],
            data_date=date.fromisoformat(info["data_date"]),
            refreshed=date.fromisoformat(info["refreshed"]),
            packages=set(info["packages"]),
            advisories=advisories,
        )
    return Snapshot(sections)


def refresh(
    directory: Path, sources: Iterable[Path], locked: Iterable[Locked], label: str | None
) -> dict[str, int]:
    """Rebuild the sections of the ecosystems found in `sources` (OSV dumps as zips, or
    checkouts of advisory repositories); the others stay as they were. Returns the
    number of advisories kept per rebuilt ecosystem."""
    wanted: dict[str, set[str]] = {e: set() for e in ECOSYSTEMS}
    for package in locked:
        wanted[package.ecosystem].add(normalize_name(package.ecosystem, package.name))
    kept: dict[str, dict[str, dict[str, Any]]] = {}
    newest: dict[str, str] = {}
    today = datetime.now(UTC).date().isoformat()
    names = []
    for source in sources:
        names.append(source.name)
        for record in _records(source):
            pairs = advisory_packages(record)
            modified = str(record.get("modified", ""))
            # The data's date is its newest change; a date in the future is a typo in a record.
            if modified[:10] > today:
                modified = ""
            for ecosystem in {e for e, _ in pairs if e in wanted}:
                newest[ecosystem] = max(newest.get(ecosystem, ""), modified)
            if record.get("withdrawn") or "id" not in record:
                continue
            for ecosystem, name in pairs:
                if name in wanted.get(ecosystem, ()):
                    kept.setdefault(ecosystem, {})[str(record["id"])] = dict(record)
    if not newest:
        raise SnapshotError("no PyPI or npm advisory found in the sources")
    undated = sorted(e for e, modified in newest.items() if not modified)
    if undated:
        raise SnapshotError(f"no {', '.join(undated)} advisory in the sources has a past date")
    meta_path = directory / METADATA
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    ecosystems = meta.setdefault("ecosystems", {})
    counts = {}
    for ecosystem, modified in sorted(newest.items()):
        folder = directory / ecosystem
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
        records = kept.get(ecosystem, {})
        for advisory_id, record in sorted(records.items()):
            text = json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False)
            (folder / f"{advisory_id}.json").write_text(text + "\n", encoding="utf-8")
        ecosystems[ecosystem] = {
            "source": label or ", ".join(names),
            "data_date": modified[:10],
            "refreshed": today,
            "packages": sorted(wanted[ecosystem]),
        }
        counts[ecosystem] = len(records)
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return counts


def _records(source: Path) -> Iterator[Mapping[str, Any]]:
    """Every OSV record in a zip (osv.dev's all.zip) or under a directory (a checkout)."""
    if source.is_dir():
        for path in sorted(source.rglob("*")):
            if path.suffix in (".json", ".yaml", ".yml") and path.is_file():
                record = _parse(path.name, path.read_bytes())
                if record is not None:
                    yield record
        return
    try:
        with zipfile.ZipFile(source) as archive:
            for info in archive.infolist():
                record = _parse(info.filename, archive.read(info))
                if record is not None:
                    yield record
    except (OSError, zipfile.BadZipFile) as error:
        raise SnapshotError(f"{source}: not a directory or a readable zip ({error})") from None


def _parse(name: str, data: bytes) -> Mapping[str, Any] | None:
    try:
        if name.endswith(".json"):
            record = json.loads(data)
        elif name.endswith((".yaml", ".yml")):
            record = yaml.load(data, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)
        else:
            return None
    except (json.JSONDecodeError, yaml.YAMLError, UnicodeDecodeError):
        return None
    # Only OSV records: other JSON in a checkout (configs, schemas) has no "affected" list.
    if isinstance(record, dict) and isinstance(record.get("affected"), list):
        plain: Mapping[str, Any] = _plain(record)
        return plain
    return None


def _plain(value: Any) -> Any:
    """YAML reads timestamps as datetimes: back to OSV's RFC 3339 strings."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
