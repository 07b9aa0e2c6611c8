"""The parts of a package that only labs have: starter/, checks/ and folder solutions."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping

from winterarc.judge.packages.errors import PackageIssue
from winterarc.judge.packages.manifest import MANIFEST, LabTable, Manifest
from winterarc.judge.packages.model import (
    LabServe,
    LabSpec,
    NetworkAccess,
    Solution,
    SolutionKind,
    is_sample_check,
)

STARTER, CHECKS = "starter/", "checks/"
CHECK_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
SOLUTION_FOLDER = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
# Files the judge writes next to the checks; an author's file must not shadow them.
RESERVED_CHECK_NAMES = frozenset({"winterarc_lab.py", "pytest.ini", "pyproject.toml", "setup.cfg"})


def lab_manifest_rules(manifest: Manifest) -> list[PackageIssue]:
    """Rules tying [lab] and [sandbox] to the problem type and to each other."""
    issues: list[PackageIssue] = []

    def issue(field: str | None, message: str) -> None:
        issues.append(PackageIssue(MANIFEST, field, message))

    kind, lab, sandbox = manifest.type, manifest.lab, manifest.sandbox
    if kind == "lab" and lab is None:
        issue("lab", "[lab] is required for lab problems")
    if kind != "lab" and lab is not None:
        issue("lab", "only lab problems have a [lab] table")
    if kind == "lab" and "checker" in manifest.model_fields_set:
        issue("checker", "labs are judged by their checks/, not by a checker")
    if sandbox is not None and kind in ("stdio", "sql"):
        issue("sandbox", "only lab, function and design problems declare [sandbox]")
    if sandbox is not None and sandbox.services and kind != "lab":
        issue("sandbox.services", "services are started for labs only")
    if sandbox is not None and sandbox.services and sandbox.network != NetworkAccess.LOOPBACK.value:
        issue("sandbox.services", 'services are reached over loopback: set network = "loopback"')
    if lab is not None:
        issues.extend(_entry_rules(lab))
    return issues


def _entry_rules(lab: LabTable) -> list[PackageIssue]:
    serve, entry = LabServe(lab.serve), lab.entry
    problems: list[str] = []
    if serve is LabServe.ASGI:
        module, colon, attribute = (entry or "").partition(":")
        if not colon or not module.isidentifier() or not attribute.isidentifier():
            problems.append('must be "module:attribute" for serve = "asgi" (e.g. "app:app")')
        elif f"{module}.py" not in lab.files:
            problems.append(f"module {module!r} is not one of [lab] files")
    elif serve is LabServe.SCRIPT:
        if entry is None or not entry.endswith(".py") or entry not in lab.files:
            problems.append('must name the .py file of [lab] files to run for serve = "script"')
    elif entry is not None:
        problems.append(f'is only used with serve = "asgi" or "script", not {serve.value!r}')
    return [PackageIssue(MANIFEST, "lab.entry", problem) for problem in problems]


def collect_lab(
    texts: Mapping[str, str], lab: LabTable | None
) -> tuple[LabSpec | None, list[PackageIssue]]:
    """starter/ and checks/ of a lab; `lab` None (the table failed) checks the folders only."""
    issues = _check_starter(texts, lab)
    checks, check_issues = _collect_checks(texts)
    issues += check_issues
    if lab is None or issues:
        return None, issues
    spec = LabSpec(
        files=tuple(lab.files),
        serve=LabServe(lab.serve),
        entry=lab.entry,
        max_file_bytes=lab.max_file_bytes,
        starter=tuple((name, texts[STARTER + name]) for name in lab.files),
        checks=checks,
    )
    return spec, []


def _check_starter(texts: Mapping[str, str], lab: LabTable | None) -> list[PackageIssue]:
    issues: list[PackageIssue] = []
    present = sorted(path.removeprefix(STARTER) for path in texts if path.startswith(STARTER))
    if lab is None:
        return issues
    for name in present:
        if name not in lab.files:
            issues.append(PackageIssue(STARTER + name, None, "is not one of [lab] files"))
    for name in lab.files:
        path = STARTER + name
        if path not in texts:
            issues.append(PackageIssue(path, None, "is required: every [lab] file has a starter"))
        elif len(texts[path].encode()) > lab.max_file_bytes:
            issues.append(PackageIssue(path, None, "is larger than [lab] max_file_bytes"))
    return issues


Files = tuple[tuple[str, str], ...]


def _collect_checks(texts: Mapping[str, str]) -> tuple[Files, list[PackageIssue]]:
    issues: list[PackageIssue] = []
    checks: list[tuple[str, str]] = []
    for path in sorted(p for p in texts if p.startswith(CHECKS)):
        name = path.removeprefix(CHECKS)
        if "/" in name:
            issues.append(PackageIssue(path, None, "subfolders are not allowed in checks/"))
        elif not CHECK_NAME.fullmatch(name):
            issues.append(PackageIssue(path, None, "check file names are letters, digits, _.-"))
        elif name in RESERVED_CHECK_NAMES:
            issues.append(PackageIssue(path, None, "this name is reserved for the judge"))
        elif name.endswith(".py") and not name.removesuffix(".py").isidentifier():
            issues.append(PackageIssue(path, None, "a Python file's name must be importable"))
        else:
            checks.append((name, texts[path]))
    tests = [name for name, _ in checks if name.startswith("test_") and name.endswith(".py")]
    if not tests:
        issues.append(PackageIssue(CHECKS, None, "at least one check file test_*.py is required"))
    elif not any(is_sample_check(name) for name in tests):
        issues.append(PackageIssue(CHECKS, None, "at least one sample check file test_sample*.py"))
    for name in tests:
        if not _defines_a_test(texts[CHECKS + name]):
            issues.append(PackageIssue(CHECKS + name, None, "defines no test_* function"))
    return tuple(checks), issues


def _defines_a_test(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return True  # reported as a parse error elsewhere
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith(
            "test"
        ):
            return True
    return False


def collect_lab_solutions(
    texts: Mapping[str, str], lab: LabSpec | None
) -> tuple[list[Solution], list[PackageIssue]]:
    """`solutions/<kind>/<name>/<file>`: each a folder; files it omits are the starter's."""
    issues: list[PackageIssue] = []
    kinds = {kind.value: kind for kind in SolutionKind}
    found: dict[tuple[SolutionKind, str], dict[str, str]] = {}
    for path in sorted(p for p in texts if p.startswith("solutions/")):
        parts = path.split("/")
        if len(parts) != 4 or parts[1] not in kinds:
            where = "lab solutions are folders: solutions/{accepted,wrong,slow}/NAME/FILE"
            issues.append(PackageIssue(path, None, where))
        elif not SOLUTION_FOLDER.fullmatch(parts[2]):
            message = "solution folder names are letters, digits, _.-"
            issues.append(PackageIssue(path, None, message))
        elif lab is not None and parts[3] not in lab.files:
            issues.append(PackageIssue(path, None, "is not one of [lab] files"))
        else:
            found.setdefault((kinds[parts[1]], parts[2]), {})[parts[3]] = texts[path]
    if not any(kind is SolutionKind.ACCEPTED for kind, _ in found):
        issues.append(PackageIssue("solutions/accepted/", None, "at least one is required"))
    if lab is None or issues:
        return [], issues
    starter = lab.starter_files()
    solutions = []
    for (kind, name), files in found.items():
        complete = tuple((file, files.get(file, starter[file])) for file in lab.files)
        solutions.append(Solution(kind, name, "", complete))
    order = list(SolutionKind)
    solutions.sort(key=lambda solution: (order.index(solution.kind), solution.name))
    return solutions, issues
