"""`problem check`: is a package valid, and do its solutions, generator and reference behave?"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from winterarc.judge import calibration
from winterarc.judge.generated_cache import GeneratedRun, store
from winterarc.judge.generation import (
    GenerationError,
    generated_tests,
    resolve,
    run_generator,
    run_reference,
    with_tests,
)
from winterarc.judge.lab_runner import NAME_CAP, judge_lab
from winterarc.judge.lab_runtime import LabRuntimeUnavailable, locate
from winterarc.judge.packages import (
    Package,
    PackageError,
    SolutionKind,
    load_package,
    quality_warnings,
)
from winterarc.judge.runner import judge
from winterarc.judge.sandbox import RunOutcome, sandbox_available
from winterarc.judge.sandbox.lab_pool import LabPool
from winterarc.judge.stress import NO_STRESS_GENERATOR, StressCheck, stress_package
from winterarc.judge.tag_vocabulary import Vocabulary
from winterarc.judge.validation import ValidatorError, refused_tests
from winterarc.judge.verdicts import Result, TestResult, Verdict

# A wrong solution must fail the way a learner's would, not by crashing the judge.
_WRONG_VERDICTS = frozenset({Verdict.WA, Verdict.RE, Verdict.TLE, Verdict.MLE, Verdict.OLE})
_EXPECTED = {SolutionKind.ACCEPTED: "AC", SolutionKind.WRONG: "not AC", SolutionKind.SLOW: "TLE"}
REFERENCE_SHARE = 3  # the reference may use at most 1/3 of the time limit on every test
RECHECKS = 3  # runs of the reference on a test before it is judged too slow (best one counts)

OnPackage = Callable[[int, int, "PackageCheck"], None]


@dataclass(frozen=True, slots=True)
class StressOptions:
    """`--stress N [--seed S] [--require-stress]`: N small random inputs per package."""

    runs: int = 0
    first_seed: int = 0
    required: bool = False  # a package without a stress mode fails instead of being noted


@dataclass(frozen=True, slots=True)
class SolutionCheck:
    """One solution file: what its folder promises, and what the judge said."""

    path: str
    expected: str  # "AC", "not AC" or "TLE"
    verdict: str
    ok: bool
    test: str | None  # the first failing test, if any
    message: str


@dataclass(frozen=True, slots=True)
class GeneratorCheck:
    """generator.py run twice per seed in separate sandboxes."""

    deterministic: bool
    seeds: int
    message: str = ""


@dataclass(frozen=True, slots=True)
class ReferenceCheck:
    """The reference's largest CPU time against a third of the time limit, scaled by how much
    slower than the reference machine this one measured (1 unless the reference was over)."""

    path: str
    max_cpu_ms: int
    test: str | None
    budget_ms: float
    ok: bool
    slowdown: float = 1.0

    def describe_budget(self) -> str:
        if self.slowdown == 1.0:
            return "a third of the time limit"
        return f"a third of the time limit, x{self.slowdown:.2f} for this machine's measured speed"


@dataclass(slots=True)
class PackageCheck:
    """Everything `problem check` found about one package."""

    location: str
    slug: str | None = None
    issues: list[str] = field(default_factory=list)  # refusals and failures of the package itself
    warnings: list[str] = field(default_factory=list)
    generator: GeneratorCheck | None = None
    reference: ReferenceCheck | None = None
    solutions: list[SolutionCheck] = field(default_factory=list)
    validated: int | None = None  # test inputs validator.py accepted
    missing_validator: bool = False  # a non-lab package without validator.py (a note)
    stress: StressCheck | None = None
    stress_required: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing failed (warnings do not fail a package)."""
        return not self.failures()

    def failures(self) -> list[str]:
        """Every failed expectation, one readable line each."""
        lines = list(self.issues)
        if self.generator is not None and not self.generator.deterministic:
            lines.append(f"generator.py is not deterministic: {self.generator.message}")
        reference = self.reference
        if reference is not None and not reference.ok:
            lines.append(
                f"reference {reference.path} used {reference.max_cpu_ms} ms CPU on {reference.test}"
                f"; at most {reference.budget_ms:g} ms ({reference.describe_budget()}) is allowed"
            )
        for solution in self.solutions:
            if not solution.ok:
                lines.append(f"{solution.path}: {solution.message}")
        if self.stress is not None:
            lines.extend(f"stress: {failure}" for failure in self.stress.failures)
            if self.stress_required and not self.stress.generator:
                lines.append(f"stress: {NO_STRESS_GENERATOR} (--require-stress)")
        return lines

    def notes(self) -> list[str]:
        """What was not checked, and stress findings that do not fail a package."""
        lines: list[str] = []
        if self.missing_validator:
            lines.append("no validator.py: test inputs were not validated")
        if self.stress is not None:
            if not self.stress.generator and not self.stress_required:
                lines.append(f"stress: {NO_STRESS_GENERATOR}")
            lines.extend(f"stress: {warning}" for warning in self.stress.warnings)
        return lines

    def to_json(self) -> dict[str, Any]:
        """JSON-safe dict, with `ok` and `failures` spelled out."""
        data = asdict(self)
        data.update(ok=self.ok, failures=self.failures(), notes=self.notes())
        return data


@dataclass(slots=True)
class CheckReport:
    """The checks of every package, plus findings across packages."""

    packages: list[PackageCheck]
    issues: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every package passed and nothing across packages failed."""
        return not self.issues and all(package.ok for package in self.packages)

    def to_json(self) -> dict[str, Any]:
        """JSON-safe dict of the whole report."""
        return {
            "ok": self.ok,
            "issues": self.issues,
            "notes": self.notes,
            "packages": [package.to_json() for package in self.packages],
        }


def find_packages(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Package folders and zips named by `paths` (a folder of packages expands); and problems."""
    found: list[Path] = []
    issues: list[str] = []
    for path in paths:
        if _is_package(path):
            found.append(path)
        elif path.is_dir():
            inside = sorted(child for child in path.iterdir() if _is_package(child))
            if not inside:
                issues.append(f"{path}: no problem packages (folders with problem.toml, or zips)")
            found.extend(inside)
        else:
            issues.append(f"{path}: not a package folder, a .zip or a folder of packages")
    return found, issues


def check_packages(
    paths: Sequence[Path],
    *,
    known_topics: AbstractSet[str] | None = None,
    vocabulary: Vocabulary | None = None,
    jobs: int = 1,
    python: str | None = None,
    cache_dir: Path | None = None,
    on_package: OnPackage | None = None,
    stress: StressOptions = StressOptions(),
) -> CheckReport:
    """Check every package under `paths`, `jobs` packages at a time in worker processes."""
    locations, issues = find_packages(paths)
    report = CheckReport([], issues)
    if known_topics is None:
        report.notes.append("roadmap topic ids were not checked (no roadmap found)")
    if vocabulary is None:
        report.notes.append("tags and patterns were not checked (no content/tags.yaml found)")
    available, reason = sandbox_available()
    if not available:
        report.issues.append(f"the sandbox is unavailable, so no solution was judged: {reason}")
    work = partial(
        check_package,
        known_topics=None if known_topics is None else frozenset(known_topics),
        vocabulary=vocabulary,
        python=python,
        cache_dir=cache_dir,
        judge_solutions=available,
        stress=stress,
    )
    checks: dict[int, PackageCheck] = {}
    if jobs <= 1 or len(locations) <= 1:
        for index, location in enumerate(locations):
            checks[index] = work(location)
            _notify(on_package, len(checks), len(locations), checks[index])
    else:
        # fork: `python -m winterarc` has no __main__ guard for spawn to re-import safely.
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            futures = {pool.submit(work, location): i for i, location in enumerate(locations)}
            for future in as_completed(futures):
                checks[futures[future]] = future.result()
                _notify(on_package, len(checks), len(locations), checks[futures[future]])
    report.packages = [checks[index] for index in range(len(locations))]
    report.issues.extend(_duplicate_slugs(report.packages))
    return report


def check_package(
    location: Path,
    *,
    known_topics: AbstractSet[str] | None = None,
    vocabulary: Vocabulary | None = None,
    python: str | None = None,
    cache_dir: Path | None = None,
    judge_solutions: bool = True,
    stress: StressOptions = StressOptions(),
) -> PackageCheck:
    """Validate one package, then judge its generator, reference and every solution."""
    check = PackageCheck(str(location))
    try:
        package = load_package(location, known_topics=known_topics)
    except PackageError as error:
        check.issues.extend(str(issue) for issue in error.issues)
        return check
    if vocabulary is not None:
        check.issues.extend(vocabulary.issues(package))
    return check_loaded_package(
        package,
        check,
        python=python,
        cache_dir=cache_dir,
        judge_solutions=judge_solutions,
        stress=stress,
    )


def check_loaded_package(
    package: Package,
    check: PackageCheck,
    *,
    python: str | None = None,
    cache_dir: Path | None = None,
    judge_solutions: bool = True,
    stress: StressOptions = StressOptions(),
) -> PackageCheck:
    """Judge an already validated package's generator, reference and every solution; run
    validator.py on every test input; with `stress.runs`, stress every solution."""
    check.slug = package.slug
    check.warnings = [str(issue) for issue in quality_warnings(package)]
    if not judge_solutions:
        return check
    if package.lab is not None:
        return _check_lab(package, check, python=python)
    try:
        package, reference_runs = _materialise(package, check, python=python, cache_dir=cache_dir)
    except GenerationError as error:
        check.issues.append(f"generated tests: {error}")
        return check
    _validate_inputs(package, check, python)
    for solution in package.solutions:
        if solution is package.reference:
            result = _judge_reference(package, reference_runs, python=python)
            check.reference = _reference_check(package, result)
            if not check.reference.ok:
                check.reference = _recheck_reference(package, result, check.reference, python)
        else:
            all_tests = solution.kind is SolutionKind.ACCEPTED
            result = judge(package, solution.source, all_tests=all_tests, python=python)
        check.solutions.append(_solution_check(solution.path, solution.kind, result))
    if stress.runs > 0:
        check.stress_required = stress.required
        check.stress = stress_package(
            package, stress.runs, first_seed=stress.first_seed, python=python
        )
    return check


def _validate_inputs(package: Package, check: PackageCheck, python: str | None) -> None:
    """validator.py on every test input, files and generated: a refused one fails the package."""
    if package.validator_source is None:
        check.missing_validator = True
        return
    try:
        refused = refused_tests(package, package.tests, python=python)
    except ValidatorError as error:
        check.issues.append(str(error))
        return
    check.issues.extend(refused)
    check.validated = len(package.tests) - len(refused)


def _check_lab(package: Package, check: PackageCheck, *, python: str | None) -> PackageCheck:
    """A lab: accepted solutions pass every check, wrong ones fail one, the starter fails."""
    assert package.lab is not None
    # Every solution and the starter is a judgement of its own: boot the next jail meanwhile.
    try:
        runtime = locate(python=python)
    except LabRuntimeUnavailable as error:
        check.issues.append(f"the lab runtime is unavailable, so no solution was judged: {error}")
        return check
    pool = LabPool(runtime.path, python=python)
    try:
        return _judge_lab_solutions(package, check, python, pool)
    finally:
        pool.close()


def _judge_lab_solutions(
    package: Package, check: PackageCheck, python: str | None, pool: LabPool
) -> PackageCheck:
    assert package.lab is not None
    for solution in package.solutions:
        all_tests = solution.kind is SolutionKind.ACCEPTED
        result = judge_lab(
            package, solution.file_map(), all_tests=all_tests, python=python, pool=pool
        )
        if solution is package.reference:
            check.reference = _reference_check(package, result)
            if not check.reference.ok:  # a lab's checks are too costly to run again: calibrate
                workload = calibration.workload_cpu_ms(python=python)
                check.reference = _scaled(check.reference, workload)
            long_names = [test.name for test in result.tests if test.name.endswith("…")]
            if long_names:
                check.issues.append(
                    f"check names longer than {NAME_CAP} characters: {', '.join(long_names)}"
                )
        check.solutions.append(_solution_check(solution.path, solution.kind, result))
    starter = judge_lab(package, package.lab.starter_files(), python=python, pool=pool)
    if starter.verdict not in _WRONG_VERDICTS:
        detail = f" ({starter.message})" if starter.message else ""
        check.issues.append(
            "starter/: must fail a check (a lab its starter passes is broken), "
            f"got {starter.verdict.value}{detail}"
        )
    return check


def _recheck_reference(
    package: Package, result: Result, first: ReferenceCheck, python: str | None
) -> ReferenceCheck:
    """A busy or slower machine slows everything: the reference may be over its budget by bad
    luck. Run it again on the tests that were over, RECHECKS times, each time beside the
    calibration workload (same sandbox, same load); keep the best run of each and scale the
    budget by the workload's best slowdown against the reference machine."""
    over = {test.name: test.cpu_ms for test in result.tests if test.cpu_ms > first.budget_ms}
    tests = tuple(test for test in package.tests if test.name in over)
    workload = calibration.workload_cpu_ms(python=python)
    for _ in range(RECHECKS - 1):
        budget = first.budget_ms * calibration.slowdown(workload)
        tests = tuple(test for test in tests if over[test.name] > budget)
        if not tests:
            break
        again = judge(with_tests(package, tests), package.reference.source, all_tests=True,
                      python=python)  # fmt: skip
        for test in again.tests:
            if test.verdict is Verdict.AC:
                over[test.name] = min(over[test.name], test.cpu_ms)
        workload = min(workload, calibration.workload_cpu_ms(python=python))
    slowest = max(over, key=lambda name: over[name])
    return _scaled(
        ReferenceCheck(first.path, over[slowest], slowest, first.budget_ms, False), workload
    )


def _scaled(check: ReferenceCheck, workload_ms: float) -> ReferenceCheck:
    """The same reference check with its budget scaled by the calibration workload's slowdown."""
    factor = calibration.slowdown(workload_ms)
    budget = check.budget_ms * factor
    return dataclasses.replace(
        check, budget_ms=budget, ok=check.max_cpu_ms <= budget, slowdown=factor
    )


def _judge_reference(
    package: Package, reference_runs: dict[str, RunOutcome], *, python: str | None
) -> Result:
    """The reference on every test; on generated tests its output is the expected output, so
    the run that produced it counts, and only its time can fail."""
    file_tests = tuple(test for test in package.tests if test.name not in reference_runs)
    result = judge(
        with_tests(package, file_tests), package.reference.source, all_tests=True, python=python
    )
    if not reference_runs or result.verdict in (Verdict.CE, Verdict.IE):
        return result
    limit = package.time_limit_ms
    generated = [
        TestResult.for_hidden(
            name,
            Verdict.AC if outcome.cpu_ms <= limit else Verdict.TLE,
            cpu_ms=round(outcome.cpu_ms),
            wall_ms=round(outcome.wall_ms),
            memory_kb=outcome.memory_kb,
        )
        for name, outcome in reference_runs.items()
    ]
    return Result.from_tests([*result.tests, *generated])


def _materialise(
    package: Package, check: PackageCheck, *, python: str | None, cache_dir: Path | None
) -> tuple[Package, dict[str, RunOutcome]]:
    tests = generated_tests(package)
    if not tests:
        return package, {}
    first = run_generator(package, python=python)
    second = run_generator(package, python=python)  # a new sandbox: new hash seed, new urandom
    differing = [t.name for t, a, b in zip(tests, first, second, strict=True) if a != b]
    message = f"two runs differ on {', '.join(differing)}" if differing else ""
    check.generator = GeneratorCheck(not differing, len(tests), message)
    outcomes = run_reference(package, first, python=python)
    runs = [
        GeneratedRun(test.name, payload, outcome.output)
        for test, payload, outcome in zip(tests, first, outcomes, strict=True)
    ]
    resolved = resolve(package, runs)
    if cache_dir is not None and not differing:
        with contextlib.suppress(OSError):  # the cache only saves time
            store(cache_dir, package, runs)
    reference_runs = {test.name: outcome for test, outcome in zip(tests, outcomes, strict=True)}
    return with_tests(package, resolved), reference_runs


def _solution_check(path: str, kind: SolutionKind, result: Result) -> SolutionCheck:
    failing = next((test for test in result.tests if test.verdict is not Verdict.AC), None)
    verdict = result.verdict
    test = failing.name if failing else None
    if kind is SolutionKind.ACCEPTED:
        ok = verdict is Verdict.AC
    elif kind is SolutionKind.SLOW:
        ok = verdict is Verdict.TLE
    else:
        ok = verdict in _WRONG_VERDICTS
    where = f" on {test}" if test else ""
    detail = f" ({failing.message})" if failing and failing.message else ""
    if verdict in (Verdict.CE, Verdict.IE) and result.message:
        detail = f" ({result.message})"
    if ok:
        message = f"{verdict.value}{where}"
    elif kind is SolutionKind.WRONG and verdict is Verdict.AC:
        message = "expected a failing verdict, but it passed every test: add a test that catches it"
    elif kind is SolutionKind.SLOW and verdict is Verdict.AC:
        message = "expected TLE, but it passed every test in time: add a larger test"
    else:
        message = f"expected {_EXPECTED[kind]}, got {verdict.value}{where}{detail}"
    return SolutionCheck(path, _EXPECTED[kind], verdict.value, ok, test, message)


def _reference_check(package: Package, result: Result) -> ReferenceCheck:
    slowest = max(result.tests, key=lambda test: test.cpu_ms, default=None)
    cpu = slowest.cpu_ms if slowest else 0
    budget = package.time_limit_ms / REFERENCE_SHARE
    return ReferenceCheck(
        package.reference.path, cpu, slowest.name if slowest else None, budget, cpu <= budget
    )


def _is_package(path: Path) -> bool:
    if path.is_dir():
        return (path / "problem.toml").is_file()
    return path.is_file() and path.suffix.lower() == ".zip"


def _duplicate_slugs(checks: list[PackageCheck]) -> list[str]:
    seen: dict[str, str] = {}
    issues: list[str] = []
    for check in checks:
        if check.slug is None:
            continue
        if check.slug in seen:
            issues.append(f"slug {check.slug!r} is used by {seen[check.slug]} and {check.location}")
        else:
            seen[check.slug] = check.location
    return issues


def _notify(on_package: OnPackage | None, done: int, total: int, check: PackageCheck) -> None:
    if on_package is not None:
        on_package(done, total, check)
