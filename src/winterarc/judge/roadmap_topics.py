"""The roadmap's topic ids, from the content folder beside or above a path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class RoadmapError(ValueError):
    """The roadmap file exists but cannot be read."""


@dataclass(frozen=True, slots=True)
class KnownTopics:
    """Topic ids and the file they came from."""

    ids: frozenset[str]
    source: Path


def find_known_topics(start: Path) -> KnownTopics | None:
    """Topic ids from the nearest `content/roadmap.yaml` (else `content/topic-ids.txt`) at or
    above `start`; None when there is neither."""
    start = start.resolve()
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        content = folder if folder.name == "content" else folder / "content"
        for name, read in (("roadmap.yaml", _from_roadmap), ("topic-ids.txt", _from_id_list)):
            path = content / name
            if path.is_file():
                return KnownTopics(read(path), path)
    return None


def _from_roadmap(path: Path) -> frozenset[str]:
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise RoadmapError(f"{path}: cannot read the roadmap: {error}") from None
    ids: set[str] = set()
    sessions = data.get("sessions") if isinstance(data, dict) else None
    for session in sessions if isinstance(sessions, list) else []:
        weeks = session.get("weeks") if isinstance(session, dict) else None
        for week in weeks if isinstance(weeks, list) else []:
            topics = week.get("topics") if isinstance(week, dict) else None
            for topic in topics if isinstance(topics, list) else []:
                if isinstance(topic, dict) and isinstance(topic.get("id"), str):
                    ids.add(topic["id"])
    if not ids:
        raise RoadmapError(f"{path}: no topic ids under sessions[].weeks[].topics[].id")
    return frozenset(ids)


def _from_id_list(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise RoadmapError(f"{path}: cannot read the topic ids: {error}") from None
    return frozenset(
        line.split("\t")[0].strip()
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    )
