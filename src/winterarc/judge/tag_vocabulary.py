"""The tag vocabulary: the words `tags` and `patterns` in problem.toml may use, from the
bank's `content/tags.yaml`, so one idea is never filed under two names (hash-map/hash-maps)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from winterarc.judge.packages import Package

VOCABULARY_FILE = "tags.yaml"
_LABEL = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class VocabularyError(ValueError):
    """content/tags.yaml exists but is malformed."""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Allowed tags and patterns; `aliases` maps a refused spelling to the word to use."""

    tags: frozenset[str]
    patterns: frozenset[str]
    aliases: dict[str, str]
    source: Path

    def issues(self, package: Package) -> list[str]:
        """What in the package's tags and patterns the vocabulary refuses, one line each."""
        found: list[str] = []
        for field, words, allowed in (
            ("tags", package.tags, self.tags),
            ("patterns", package.patterns, self.patterns),
        ):
            for word in words:
                if word in allowed:
                    continue
                hint = f"; use {self.aliases[word]!r}" if word in self.aliases else ""
                found.append(
                    f"problem.toml: {field}: {word!r} is not in {self.source.name}'s "
                    f"{field}{hint} (or add it there)"
                )
        return found


def find_vocabulary(start: Path) -> Vocabulary | None:
    """The vocabulary of the bank `start` belongs to: `tags.yaml` beside the `problems/`
    folder at or above it (content/tags.yaml for content/problems/<slug>); None if none. Only
    that bank's file counts, so test fixtures elsewhere in a checkout are not held to it."""
    start = start.resolve()
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        if (folder / VOCABULARY_FILE).is_file() and (folder / "problems").is_dir():
            return read_vocabulary(folder / VOCABULARY_FILE)
        if folder.name == "problems":
            path = folder.parent / VOCABULARY_FILE
            return read_vocabulary(path) if path.is_file() else None
    return None


def read_vocabulary(path: Path) -> Vocabulary:
    """Parse and check a tags.yaml: sorted-free lists of labels, aliases to listed words."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise VocabularyError(f"{path}: cannot read the tag vocabulary: {error}") from None
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping with tags, patterns and aliases")
    tags = _labels(path, "tags", data.get("tags"))
    patterns = _labels(path, "patterns", data.get("patterns"))
    raw_aliases = data.get("aliases") or {}
    if not isinstance(raw_aliases, dict):
        raise VocabularyError(f"{path}: aliases: expected a mapping of word: word to use")
    aliases: dict[str, str] = {}
    for word, use in raw_aliases.items():
        if not isinstance(word, str) or not isinstance(use, str):
            raise VocabularyError(f"{path}: aliases: {word!r}: expected text")
        if use not in tags | patterns:
            raise VocabularyError(f"{path}: aliases: {word!r} points to unknown {use!r}")
        if word in tags | patterns:
            raise VocabularyError(f"{path}: aliases: {word!r} is also listed as allowed")
        aliases[word] = use
    return Vocabulary(tags, patterns, aliases, path)


def _labels(path: Path, field: str, values: Iterable[object] | None) -> frozenset[str]:
    if not isinstance(values, list):
        raise VocabularyError(f"{path}: {field}: expected a list of labels")
    bad = [v for v in values if not isinstance(v, str) or not _LABEL.match(v)]
    if bad:
        raise VocabularyError(f"{path}: {field}: not lowercase-hyphenated labels: {bad[:5]}")
    duplicates = sorted({v for v in values if values.count(v) > 1})
    if duplicates:
        raise VocabularyError(f"{path}: {field}: listed twice: {duplicates}")
    return frozenset(str(v) for v in values)
