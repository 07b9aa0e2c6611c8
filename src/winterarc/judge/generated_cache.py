"""The on-disk cache of generated tests: `<cache_dir>/<content_hash>.json`, written atomically."""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from winterarc.judge.packages import Package

logger = logging.getLogger("winterarc.judge")

FORMAT = 1


@dataclass(frozen=True, slots=True)
class GeneratedRun:
    """One generated test as computed: its payload and the reference's raw output."""

    name: str
    payload: bytes
    reference_output: bytes


def cache_path(cache_dir: Path, package: Package) -> Path:
    """Where the generated tests of this exact package content live."""
    return cache_dir / f"{package.content_hash}.json"


def load(cache_dir: Path, package: Package) -> list[GeneratedRun] | None:
    """The cached runs for this package, or None when absent or unusable (then regenerate)."""
    path = cache_path(cache_dir, package)
    try:
        data: Any = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        logger.warning("ignoring unreadable generated-test cache %s: %s", path, error)
        return None
    runs = _decode(data)
    wanted = [test.name for test in package.tests if test.is_generated]
    if runs is None or [run.name for run in runs] != wanted or data.get("slug") != package.slug:
        logger.warning("ignoring generated-test cache %s: it does not match the package", path)
        return None
    return runs


def store(cache_dir: Path, package: Package, runs: Sequence[GeneratedRun]) -> None:
    """Write the runs atomically (temp file + rename) so readers never see half a file."""
    document = {
        "format": FORMAT,
        "slug": package.slug,
        "content_hash": package.content_hash,
        "tests": [
            {
                "name": run.name,
                "payload": base64.b64encode(run.payload).decode(),
                "reference_output": base64.b64encode(run.reference_output).decode(),
            }
            for run in runs
        ],
    }
    cache_dir.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed before the rename below
        dir=cache_dir, prefix=".tmp-", suffix=".json", delete=False
    )
    try:
        with handle:
            handle.write(json.dumps(document).encode())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, cache_path(cache_dir, package))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


def _decode(data: Any) -> list[GeneratedRun] | None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    tests = data.get("tests")
    if not isinstance(tests, list):
        return None
    runs: list[GeneratedRun] = []
    for item in tests:
        try:
            runs.append(
                GeneratedRun(
                    name=str(item["name"]),
                    payload=base64.b64decode(item["payload"], validate=True),
                    reference_output=base64.b64decode(item["reference_output"], validate=True),
                )
            )
        except (KeyError, TypeError, ValueError):
            return None
    return runs
