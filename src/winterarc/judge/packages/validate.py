"""Every rule of docs/authoring.md, checked at once: a Package, or all the issues."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet

from winterarc.judge.packages.errors import PackageError, PackageIssue
from winterarc.judge.packages.files import PackageFiles
from winterarc.judge.packages.lab import collect_lab, collect_lab_solutions, lab_manifest_rules
from winterarc.judge.packages.manifest import MANIFEST, Manifest, ParsedManifest, parse_manifest
from winterarc.judge.packages.model import (
    GENERATED_PREFIX,
    Capabilities,
    CheckerKind,
    Difficulty,
    FunctionSpec,
    LabSpec,
    NetworkAccess,
    Package,
    ProblemType,
    Solution,
    SolutionKind,
    TestCase,
    ValueKind,
)
from winterarc.judge.packages.testcases import collect_tests

STATEMENT, EDITORIAL = "statement.md", "editorial.md"
GENERATOR, CHECKER, SCHEMA = "generator.py", "checker.py", "schema.sql"
VALIDATOR = "validator.py"
STRESS_MODE = "stress"
ROOT_FILES = (MANIFEST, STATEMENT, EDITORIAL, GENERATOR, CHECKER, SCHEMA, VALIDATOR)
ROOT_FOLDERS = ("tests", "solutions", "starter", "checks", "support")
# What only labs have, and what labs never have.
LAB_ONLY = ("starter/", "checks/", "support/")
NOT_IN_LABS = ("tests/", GENERATOR, CHECKER, SCHEMA, VALIDATOR)
SOLUTION_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
RECOMMENDED_TESTS = 20


def validate_package_files(
    package_files: PackageFiles, *, known_topics: AbstractSet[str] | None = None
) -> Package:
    """Check a package's files against every rule; raise PackageError listing all issues."""
    files = package_files.files
    issues = _check_utf8(files)
    texts = {path: data.decode("utf-8", errors="replace") for path, data in files.items()}
    parsed = (
        parse_manifest(texts[MANIFEST])
        if MANIFEST in texts
        else ParsedManifest(None, frozenset(), [PackageIssue(MANIFEST, None, "is required")])
    )
    issues += parsed.issues
    issues += _check_layout(files)
    manifest = parsed.manifest
    problem_type = ProblemType(manifest.type) if manifest and parsed.known("type") else None
    function = _function_spec(manifest) if manifest and parsed.known("function") else None
    if manifest is not None:
        issues += _check_manifest_rules(manifest, parsed, package_files, known_topics)
    issues += _check_documents(texts)
    issues += _check_python_sources(texts)
    issues += _check_type_layout(files, problem_type)
    tests: list[TestCase] = []
    lab: LabSpec | None = None
    if problem_type is ProblemType.LAB:
        lab_table = manifest.lab if manifest and parsed.known("lab") else None
        lab, lab_issues = collect_lab(texts, lab_table)
        issues += lab_issues
        solutions, solution_issues = collect_lab_solutions(texts, lab)
    else:
        tests, test_issues = collect_tests(files, problem_type, function)
        issues += test_issues
        solutions, solution_issues = _collect_solutions(texts, problem_type)
    issues += solution_issues
    if issues:
        raise PackageError(issues)
    if manifest is None:  # unreachable: a missing manifest is an issue
        raise PackageError([PackageIssue(MANIFEST, None, "is invalid")])
    return _build(manifest, function, texts, tests, solutions, lab, package_files.content_hash())


def quality_warnings(package: Package) -> list[PackageIssue]:
    """Advice that does not refuse a package: the authoring guide's quality bar."""
    warnings: list[PackageIssue] = []
    if package.lab is not None:
        return _lab_warnings(package, package.lab)
    if len(package.tests) < RECOMMENDED_TESTS:
        count = len(package.tests)
        warnings.append(PackageIssue("tests/", None, f"{count} tests; aim for at least 20"))
    if all(test.is_sample for test in package.tests):
        warnings.append(PackageIssue("tests/", None, "no hidden tests"))
    if not package.solutions_of(SolutionKind.WRONG):
        warnings.append(PackageIssue("solutions/wrong/", None, "no wrong solutions"))
    if not package.editorial.strip():
        warnings.append(PackageIssue(EDITORIAL, None, "missing or empty"))
    return warnings


def _lab_warnings(package: Package, lab: LabSpec) -> list[PackageIssue]:
    warnings: list[PackageIssue] = []
    names = [name for name, _ in lab.checks if name.startswith("test_")]
    if all(name.startswith("test_sample") for name in names):
        warnings.append(PackageIssue("checks/", None, "no hidden checks"))
    if not package.solutions_of(SolutionKind.WRONG):
        warnings.append(PackageIssue("solutions/wrong/", None, "no wrong solutions"))
    if not package.editorial.strip():
        warnings.append(PackageIssue(EDITORIAL, None, "missing or empty"))
    return warnings


def _check_type_layout(
    paths: Iterable[str], problem_type: ProblemType | None
) -> list[PackageIssue]:
    """Labs have starter/ and checks/ instead of tests/, a generator, a checker or a schema."""
    if problem_type is None:
        return []
    issues: list[PackageIssue] = []
    for path in sorted(paths):
        if problem_type is ProblemType.LAB and path.startswith(NOT_IN_LABS):
            issues.append(PackageIssue(path, None, "labs are judged by checks/, not by tests"))
        elif problem_type is not ProblemType.LAB and path.startswith(LAB_ONLY):
            message = "only lab problems have starter/, checks/ and support/"
            issues.append(PackageIssue(path, None, message))
    return issues


def _check_utf8(files: Mapping[str, bytes]) -> list[PackageIssue]:
    issues: list[PackageIssue] = []
    for path, data in files.items():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            message = f"not UTF-8 text (invalid byte at offset {error.start})"
            issues.append(PackageIssue(path, None, message))
    return issues


def _check_layout(paths: Iterable[str]) -> list[PackageIssue]:
    issues: list[PackageIssue] = []
    allowed = ", ".join([*ROOT_FILES, *(f"{name}/" for name in ROOT_FOLDERS)])
    for path in sorted(paths):
        top, slash, _ = path.partition("/")
        if (slash and top not in ROOT_FOLDERS) or (not slash and top not in ROOT_FILES):
            issues.append(PackageIssue(path, None, f"unexpected file (a package holds {allowed})"))
    return issues


def _function_spec(manifest: Manifest) -> FunctionSpec | None:
    table = manifest.function
    if table is None:
        return None
    params = tuple(ValueKind(kind) for kind in table.params or ())
    return FunctionSpec(table.name, params, ValueKind(table.returns))


def _check_manifest_rules(
    manifest: Manifest,
    parsed: ParsedManifest,
    package_files: PackageFiles,
    known_topics: AbstractSet[str] | None,
) -> list[PackageIssue]:
    """Rules that tie fields to each other and to files; each runs only on valid fields."""
    issues: list[PackageIssue] = []
    files = package_files.files

    def issue(field: str | None, message: str, file: str = MANIFEST) -> None:
        issues.append(PackageIssue(file, field, message))

    kind, checker = manifest.type, manifest.checker
    known = parsed.known
    folder = package_files.folder_name
    if folder is not None and known("slug") and manifest.slug != folder:
        issue("slug", f"must equal the package folder's name {folder!r}")
    if known("type", "function"):
        issues.extend(_function_table_rules(manifest))
    if known("type", "checker") and kind == "sql" and checker in ("unordered", "custom"):
        issue("checker", 'sql problems use exact, tokens or float (and "ordered" per test)')
    tolerance_set = "float_tolerance" in manifest.model_fields_set
    if known("checker", "float_tolerance") and tolerance_set and checker != "float":
        issue("float_tolerance", 'only used with checker = "float"')
    nested = manifest.unordered_nested
    if known("checker", "unordered_nested") and nested and checker != "unordered":
        issue("unordered_nested", 'only used with checker = "unordered"')
    if known("checker") and (checker == "custom") != (CHECKER in files):
        needed = checker == "custom"
        issue(None, f'is {"required" if needed else "only used"} with checker = "custom"', CHECKER)
    if known("generator", "type"):
        issues.extend(_generator_rules(manifest, GENERATOR in files))
    if known("type") and kind == "sql" and not files.get(SCHEMA, b"").strip():
        issue(None, "is required (and non-empty) for sql problems", SCHEMA)
    if known("type") and kind != "sql" and SCHEMA in files:
        issue(None, "is only used by sql problems", SCHEMA)
    if known("type", "lab", "sandbox", "checker"):
        issues.extend(lab_manifest_rules(manifest))
    if known("tags", "patterns"):
        for label in sorted(set(manifest.tags) & set(manifest.patterns)):
            issue("tags", f"{label!r} is also a pattern: list it once, under patterns")
    if known_topics is not None and known("roadmap"):
        for topic in manifest.roadmap.topics:
            if topic not in known_topics:
                issue("roadmap.topics", f"unknown topic id {topic!r}")
    return issues


def _function_table_rules(manifest: Manifest) -> list[PackageIssue]:
    kind, table = manifest.type, manifest.function
    if kind in ("function", "design") and table is None:
        return [PackageIssue(MANIFEST, "function", f"[function] is required for {kind} problems")]
    if kind not in ("function", "design") and table is not None:
        message = "only function and design problems have a [function] table"
        return [PackageIssue(MANIFEST, "function", message)]
    if kind == "design" and table is not None:
        converted = sorted(table.model_fields_set & {"params", "returns"})
        message = "only function problems convert arguments and results"
        return [PackageIssue(MANIFEST, f"function.{name}", message) for name in converted]
    return []


def _generator_rules(manifest: Manifest, has_generator: bool) -> list[PackageIssue]:
    if manifest.generator is not None and manifest.type == "sql":
        message = "generated tests are not supported for sql problems"
        return [PackageIssue(MANIFEST, "generator", message)]
    if manifest.generator is not None and not has_generator:
        return [PackageIssue(GENERATOR, None, "is required by the [generator] table")]
    if manifest.generator is None and has_generator:
        message = "needs a [generator] table with seeds in problem.toml"
        return [PackageIssue(GENERATOR, None, message)]
    return []


def _check_documents(texts: Mapping[str, str]) -> list[PackageIssue]:
    if not texts.get(STATEMENT, "").strip():
        return [PackageIssue(STATEMENT, None, "is required and must not be empty")]
    return []


def _check_python_sources(texts: Mapping[str, str]) -> list[PackageIssue]:
    """Syntax of every .py file (parsed, never run), and checker.py's `check`."""
    issues: list[PackageIssue] = []
    for path in sorted(p for p in texts if p.endswith(".py")):
        try:
            tree = ast.parse(texts[path], filename=path)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
            where = f"line {error.lineno}: " if isinstance(error, SyntaxError) else ""
            issues.append(PackageIssue(path, None, f"does not parse: {where}{error}"))
            continue
        if path == CHECKER and not any(
            isinstance(node, ast.FunctionDef) and node.name == "check" for node in tree.body
        ):
            issues.append(PackageIssue(path, None, "must define check(input, expected, actual)"))
    return issues


def _collect_solutions(
    texts: Mapping[str, str], problem_type: ProblemType | None
) -> tuple[list[Solution], list[PackageIssue]]:
    issues: list[PackageIssue] = []
    solutions: list[Solution] = []
    extension = ".sql" if problem_type is ProblemType.SQL else ".py"
    kinds = {kind.value: kind for kind in SolutionKind}
    for path in sorted(p for p in texts if p.startswith("solutions/")):
        parts = path.split("/")
        if len(parts) != 3 or parts[1] not in kinds:
            where = "solutions go in solutions/{accepted,wrong,slow}/"
            issues.append(PackageIssue(path, None, where))
        elif not SOLUTION_NAME.fullmatch(parts[2]):
            issues.append(PackageIssue(path, None, "file name is letters, digits, _.-"))
        elif problem_type is not None and not parts[2].endswith(extension):
            issues.append(PackageIssue(path, None, f"{problem_type} solutions are *{extension}"))
        else:
            solutions.append(Solution(kinds[parts[1]], parts[2], texts[path]))
    if not any(solution.kind is SolutionKind.ACCEPTED for solution in solutions):
        issues.append(PackageIssue("solutions/accepted/", None, "at least one is required"))
    order = list(SolutionKind)
    solutions.sort(key=lambda solution: (order.index(solution.kind), solution.name))
    return solutions, issues


def _build(
    manifest: Manifest,
    function: FunctionSpec | None,
    texts: Mapping[str, str],
    tests: list[TestCase],
    solutions: list[Solution],
    lab: LabSpec | None,
    content_hash: str,
) -> Package:
    seeds = tuple(manifest.generator.seeds) if manifest.generator else ()
    generated = [
        TestCase(f"{GENERATED_PREFIX}{seed}", False, payload=b"", expected=None, seed=seed)
        for seed in seeds
    ]
    return Package(
        slug=manifest.slug,
        title=manifest.title,
        difficulty=Difficulty(manifest.difficulty),
        tags=tuple(manifest.tags),
        patterns=tuple(manifest.patterns),
        type=ProblemType(manifest.type),
        time_limit_ms=manifest.time_limit_ms,
        memory_limit_mb=manifest.memory_limit_mb,
        checker=CheckerKind(manifest.checker),
        float_tolerance=manifest.float_tolerance,
        unordered_nested=manifest.unordered_nested,
        function=function,
        generator_seeds=seeds,
        roadmap_topics=tuple(manifest.roadmap.topics),
        statement=texts[STATEMENT],
        editorial=texts.get(EDITORIAL, ""),
        checker_source=texts.get(CHECKER),
        generator_source=texts.get(GENERATOR),
        schema_sql=texts.get(SCHEMA),
        tests=(*tests, *generated),
        solutions=tuple(solutions),
        content_hash=content_hash,
        sandbox=_capabilities(manifest),
        lab=lab,
        validator_source=texts.get(VALIDATOR),
        stress_generator=has_stress_mode(texts.get(GENERATOR)),
    )


def has_stress_mode(generator_source: str | None) -> bool:
    """A generator has the `stress` mode when it compares its first argument with the string
    "stress": the literal is the declaration, so a generator written before the mode existed
    is reported as having none instead of failing on an argument it cannot read."""
    if not generator_source:
        return False
    try:
        tree = ast.parse(generator_source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return any(
        isinstance(node, ast.Constant) and node.value == STRESS_MODE for node in ast.walk(tree)
    )


def _capabilities(manifest: Manifest) -> Capabilities:
    table = manifest.sandbox
    if table is None:
        return Capabilities()
    return Capabilities(NetworkAccess(table.network), table.processes, tuple(table.services))
