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


def _type_of(folder: Path) -> str:
    with (folder / "problem.toml").open("rb") as handle:
        return str(tomllib.load(handle)["type"])


def _packages() -> list[Path]:
    folders = sorted(p for p in PROBLEMS.iterdir() if p.is_dir())
    return [f for f in folders if _type_of(f) != "lab"]


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


# One broken constraint per case, across the kinds of check validators make (ranges, relations
# between values, distinctness, exact format, tree shape, call order, expression semantics, data).
REFUSED = [
    ("backup-upload-chunk-size", b"2 1\n5 5\n", "below n"),
    ("backup-upload-chunk-size", b"1 1\n5", "end with a newline"),
    ("backup-upload-chunk-size", b"1 1\n5  \n", "single spaces"),
    ("bst-insertion-parents", b"2\n7 7\n", "distinct"),
    ("beacon-decoder-longest-window", b"3 2\naBc\n", "lowercase"),
    ("avl-balance-audit", b'{"args": [[2, 3, 1]]}', "search tree"),
    ("antenna-kth-closest-pair", b'{"args": [[1, 5], 2]}', "k = 2"),
    (
        "api-gateway-token-bucket",
        b'{"ops": ["TokenBucket", "available", "available"], "args": [[1, 1], [5], [4]]}',
        "never decreasing",
    ),
    ("compressed-banner-kth-letter", b'{"args": ["2[3[]]", [1]]}', "no letter"),
    ("python-int-expression-evaluator", b"1\n5//0\n", "zero"),
    ("python-int-expression-evaluator", b"1\n2**70\n", "[0, 64]"),
    ("undoable-quote-stack-lowest", b'{"ops": ["QuoteStack", "pop"], "args": [[], []]}', "empty"),
    ("xor-partner-binary-trie", b"1\n- 3\n", "not in use"),
    (
        "wallet-running-balance-window",
        b'{"data_sql": "INSERT INTO wallet_entries VALUES '
        b"(1, 1, '2024-13-01 00:00:00', 5, NULL);\"}",
        "posted_at",
    ),
    ("warehouse-robot-shortest-route", b"1 3\nS.S\n", "exactly one"),
]


@pytest.mark.parametrize(("slug", "payload", "reason"), REFUSED)
def test_validator_names_the_broken_constraint(slug: str, payload: bytes, reason: str) -> None:
    result = run_validator(PROBLEMS / slug, payload)
    assert result.returncode == 1
    first_line = result.stderr.decode().splitlines()[0]
    assert reason in first_line
