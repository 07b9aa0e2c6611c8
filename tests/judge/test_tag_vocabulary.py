"""The tag vocabulary (content/tags.yaml): problem check refuses words outside it, naming the
word to use for a known near-duplicate; the shipped bank keeps to it."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from tests.helpers.cli import run_in_process
from tests.helpers.judge import FIXTURES, copy_fixture, edit, require_sandbox
from winterarc.judge import PackageError, load_package
from winterarc.judge.tag_vocabulary import VocabularyError, find_vocabulary, read_vocabulary

CONTENT = Path(__file__).parents[2] / "content"
VOCABULARY = """\
aliases:
  hash-maps: hash-map
tags: [arrays, hash-map]
patterns: [sliding-window]
"""


def _content_with_sum(tmp_path: Path, tags: str) -> Path:
    content = tmp_path / "content"
    (content / "problems").mkdir(parents=True)
    (content / "tags.yaml").write_text(VOCABULARY)
    package = copy_fixture("sum-stdio", content / "problems")
    edit(package / "problem.toml", 'tags = ["arrays"]', f"tags = {tags}")
    return package


def test_a_word_outside_the_vocabulary_is_refused_with_the_word_to_use(tmp_path: Path) -> None:
    package = _content_with_sum(tmp_path, '["arrays", "hash-maps", "hashmap"]')
    vocabulary = find_vocabulary(package)
    assert vocabulary is not None
    assert vocabulary.issues(load_package(package)) == [
        "problem.toml: tags: 'hash-maps' is not in tags.yaml's tags; use 'hash-map' "
        "(or add it there)",
        "problem.toml: tags: 'hashmap' is not in tags.yaml's tags (or add it there)",
    ]
    allowed = _content_with_sum(tmp_path / "ok", '["arrays", "hash-map"]')
    assert vocabulary.issues(load_package(allowed)) == []


@pytest.mark.sandbox
def test_problem_check_fails_a_package_with_a_bad_tag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    require_sandbox()
    package = _content_with_sum(tmp_path, '["arrays", "hash-maps"]')
    code, out, _ = run_in_process(monkeypatch, capsys, "problem", "check", package, "--json")
    assert code == 1
    report = json.loads(out)
    assert (
        "problem.toml: tags: 'hash-maps' is not in tags.yaml's tags; use 'hash-map' "
        in (report["packages"][0]["failures"][0])
    )
    assert any("tags and patterns from" in note for note in report["notes"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tags: [arrays]\n", "patterns: expected a list"),
        ("tags: [Arrays]\npatterns: []\n", "not lowercase-hyphenated"),
        ("tags: [a, a]\npatterns: []\n", "listed twice"),
        ("tags: [a]\npatterns: []\naliases: {b: c}\n", "points to unknown 'c'"),
        ("tags: [a]\npatterns: []\naliases: {a: a}\n", "also listed as allowed"),
    ],
)
def test_a_malformed_vocabulary_is_refused(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "tags.yaml"
    path.write_text(text)
    with pytest.raises(VocabularyError, match=message):
        read_vocabulary(path)


def test_a_label_that_is_both_tag_and_pattern_is_refused(tmp_path: Path) -> None:
    package = copy_fixture("sum-stdio", tmp_path)
    edit(package / "problem.toml", "patterns = []", 'patterns = ["arrays"]')
    with pytest.raises(PackageError, match="'arrays' is also a pattern"):
        load_package(package)


def test_the_shipped_bank_keeps_to_its_vocabulary() -> None:
    vocabulary = read_vocabulary(CONTENT / "tags.yaml")
    outside = []
    for manifest in sorted((CONTENT / "problems").glob("*/problem.toml")):
        data = tomllib.loads(manifest.read_text())
        tags, patterns = data.get("tags", []), data.get("patterns", [])
        outside += [f"{manifest.parent.name}: tag {t}" for t in tags if t not in vocabulary.tags]
        outside += [
            f"{manifest.parent.name}: pattern {p}" for p in patterns if p not in vocabulary.patterns
        ]
        outside += [f"{manifest.parent.name}: {w} twice" for w in set(tags) & set(patterns)]
    assert outside == []


def test_only_the_banks_own_vocabulary_applies(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "sum-stdio", tmp_path / "sum-stdio")
    assert find_vocabulary(tmp_path / "sum-stdio") is None
    # The judge's fixtures live in this checkout, beside no tags.yaml of their own.
    assert find_vocabulary(FIXTURES / "sum-stdio") is None
    assert find_vocabulary(FIXTURES) is None
    for start in (
        CONTENT,
        CONTENT / "problems",
        CONTENT / "problems" / "bakery-best-k-day-stretch",
    ):
        found = find_vocabulary(start)
        assert found is not None and found.source == CONTENT / "tags.yaml"
