"""Helpers for the package tests: the fixture packages and a sandbox-free judge."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from winterarc.judge.checkers import (
    CheckOutcome,
    compare,
    custom_checker_outcome,
    custom_checker_payload,
)
from winterarc.judge.packages import (
    CheckerKind,
    Package,
    SolutionKind,
    TestCase,
    expected_from_reference_output,
    generator_input,
    load_package,
    payload_from_generated,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "problems"
RUNNER = Path(__file__).with_name("local_runner.py")
TOPIC_IDS = Path(__file__).parents[3] / "content" / "topic-ids.txt"

Outputs = list[bytes | str]  # per payload: the output, or the error the program raised


def fixture_slugs() -> list[str]:
    """Every fixture package folder."""
    return sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())


def known_topics() -> set[str] | None:
    """The roadmap's topic ids, when the content folder has them."""
    if not TOPIC_IDS.exists():
        return None
    lines = TOPIC_IDS.read_text().splitlines()
    return {line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")}


def load_fixture(slug: str) -> Package:
    """A fixture package, validated with the roadmap's topic ids."""
    return load_package(FIXTURES / slug, known_topics=known_topics())


def run_locally(
    package: Package,
    mode: str,
    jobs: Sequence[tuple[str, Sequence[bytes]]],
    *,
    timeout: float = 60,
) -> list[Outputs]:
    """Run (source, payloads) jobs in one plain subprocess: trusted fixture code only."""
    request = {
        "mode": mode,
        "entry": package.entry,
        "params": [str(kind) for kind in package.function.params] if package.function else [],
        "returns": str(package.function.returns) if package.function else "json",
        "schema_sql": package.schema_sql,
        "jobs": [
            {"source": source, "payloads": [base64.b64encode(p).decode() for p in payloads]}
            for source, payloads in jobs
        ],
    }
    done = subprocess.run(
        [sys.executable, str(RUNNER)],
        input=json.dumps(request).encode(),
        capture_output=True,
        timeout=timeout,
        check=True,
    )
    return [
        [base64.b64decode(item["output"]) if "output" in item else item["error"] for item in job]
        for job in json.loads(done.stdout)["outputs"]
    ]


class LocalJudge:
    """Judges every fixture solution the way the orchestrator will, minus the sandbox."""

    def __init__(self) -> None:
        self._tests: dict[str, tuple[TestCase, ...]] = {}
        self._outcomes: dict[str, dict[str, dict[str, CheckOutcome]]] = {}

    def resolved_tests(self, package: Package) -> tuple[TestCase, ...]:
        """Every test with payload and expected value; generated ones via generator + reference."""
        if package.slug not in self._tests:
            generated = [test for test in package.tests if test.is_generated]
            resolved: dict[str, TestCase] = {}
            if generated:
                seeds = [generator_input(test.seed or 0) for test in generated]
                (inputs,) = run_locally(package, "stdio", [(package.generator_source or "", seeds)])
                payloads = [payload_from_generated(package, _ok(text)) for text in inputs]
                (outputs,) = run_locally(
                    package, str(package.type), [(package.reference.source, payloads)]
                )
                for test, payload, output in zip(generated, payloads, outputs, strict=True):
                    expected = expected_from_reference_output(package, _ok(output))
                    resolved[test.name] = test.with_generated(payload, expected)
            self._tests[package.slug] = tuple(resolved.get(t.name, t) for t in package.tests)
        return self._tests[package.slug]

    def outcomes(self, package: Package) -> dict[str, dict[str, CheckOutcome]]:
        """Per solution path, per test name: the check outcome (slow ones on file tests only)."""
        if package.slug not in self._outcomes:
            every = self.resolved_tests(package)
            small = [test for test in every if not test.is_generated]
            plan = [
                (s.path, small if s.kind is SolutionKind.SLOW else every) for s in package.solutions
            ]
            runs = run_locally(
                package,
                str(package.type),
                [
                    (s.source, [t.payload for t in tests])
                    for s, (_, tests) in zip(package.solutions, plan, strict=True)
                ],
            )
            self._outcomes[package.slug] = {
                path: self._check(package, tests, outputs)
                for (path, tests), outputs in zip(plan, runs, strict=True)
            }
        return self._outcomes[package.slug]

    def _check(
        self, package: Package, tests: Sequence[TestCase], outputs: Outputs
    ) -> dict[str, CheckOutcome]:
        results: dict[str, CheckOutcome] = {}
        to_check: list[tuple[str, bytes]] = []
        for test, output in zip(tests, outputs, strict=True):
            assert test.expected is not None
            if isinstance(output, str):
                results[test.name] = CheckOutcome(False, f"runtime error: {output}")
            elif package.checker is CheckerKind.CUSTOM:
                payload = custom_checker_payload(package, test.payload, test.expected, output)
                to_check.append((test.name, payload))
            else:
                results[test.name] = compare(package, test.expected, output)
        if to_check:
            checker = package.checker_source or ""
            (answers,) = run_locally(package, "checker", [(checker, [p for _, p in to_check])])
            for (name, _), answer in zip(to_check, answers, strict=True):
                results[name] = custom_checker_outcome(_ok(answer))
        return results


def _ok(output: bytes | str) -> bytes:
    if isinstance(output, str):
        raise AssertionError(f"fixture code failed: {output}")
    return output
