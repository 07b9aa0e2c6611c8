"""Every non-lab package has a validator.py that accepts the package's own file tests.

Validators are trusted author code, so this runs them with the plain interpreter (no sandbox);
the input each one reads is the sandbox payload the solution gets for the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

PROBLEMS = Path(__file__).parents[2] / "content" / "problems"
# Session 1 concurrency packages under rework elsewhere; they get validators with that rework.
REWORKED = frozenset(
    {
        "async-gather-finish-order",
        "semaphore-bounded-jobs",
        "async-supervisor-timeout",
        "locked-counter-burst",
        "condition-turn-taking",
        "lock-interleaving-simulator",
        "pool-map-chunksize",
        "sharded-word-count",
        "chunksize-tuning-simulation",
    }
)


def _type_of(folder: Path) -> str:
    with (folder / "problem.toml").open("rb") as handle:
        return str(tomllib.load(handle)["type"])


def _packages() -> list[Path]:
    folders = sorted(p for p in PROBLEMS.iterdir() if p.is_dir())
    return [f for f in folders if f.name not in REWORKED and _type_of(f) != "lab"]


def _compact(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def payloads(folder: Path) -> dict[str, bytes]:
    """Each file test's input as the sandbox payload (what the validator reads on stdin)."""
    kind = _type_of(folder)
    tests = folder / "tests"
    found: dict[str, bytes] = {}
    if kind == "stdio":
        for path in sorted(tests.glob("*.in")):
            found[path.stem] = path.read_bytes()
    elif kind in ("function", "design"):
        keys = ("args",) if kind == "function" else ("ops", "args")
        for path in sorted(tests.glob("*.json")):
            data = json.loads(path.read_text())
            found[path.stem] = _compact({key: data[key] for key in keys})
    else:  # sql: the per-test data script, or null when the schema alone is the data
        for path in sorted(tests.glob("*.json")):
            data_sql = path.with_suffix(".sql")
            text = data_sql.read_text() if data_sql.exists() else None
            found[path.stem] = _compact({"data_sql": text})
    return found


def run_validator(folder: Path, payload: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, str(folder / "validator.py")],
        input=payload,
        capture_output=True,
        timeout=60,
        check=False,
    )


PACKAGES = _packages()


def test_the_bank_has_non_lab_packages() -> None:
    assert len(PACKAGES) >= 100


@pytest.mark.parametrize("folder", PACKAGES, ids=lambda f: f.name)
def test_validator_accepts_every_file_test(folder: Path) -> None:
    assert (folder / "validator.py").is_file(), f"{folder.name} has no validator.py"
    tests = payloads(folder)
    assert tests, f"{folder.name} has no file tests"
    for name, payload in tests.items():
        result = run_validator(folder, payload)
        reason = result.stderr.decode(errors="replace").strip().splitlines()[:1]
        assert result.returncode == 0, f"{folder.name}/{name}: refused: {reason}"


@pytest.mark.parametrize("folder", PACKAGES, ids=lambda f: f.name)
def test_validator_refuses_an_empty_input(folder: Path) -> None:
    # Every statement asks for something, so empty input must break a constraint, with a reason.
    result = run_validator(folder, b"")
    assert result.returncode != 0, f"{folder.name}: an empty input was accepted"
    assert result.stderr.strip(), f"{folder.name}: refused without a reason on stderr"
