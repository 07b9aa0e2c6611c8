"""The in-memory problem package: what the orchestrator judges against."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"
# stdio: the raw `.out` bytes; function/design: the decoded JSON value;
# sql: {"columns": [...], "rows": [[...]], "ordered": bool}.
Expected: TypeAlias = "bytes | JSONValue"

GENERATED_PREFIX = "gen-"
SAMPLE_PREFIX = "sample"


class ProblemType(StrEnum):
    STDIO = "stdio"
    FUNCTION = "function"
    DESIGN = "design"
    SQL = "sql"
    LAB = "lab"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class CheckerKind(StrEnum):
    EXACT = "exact"
    TOKENS = "tokens"
    FLOAT = "float"
    UNORDERED = "unordered"
    CUSTOM = "custom"


class ValueKind(StrEnum):
    """How a function argument or result crosses the JSON boundary."""

    JSON = "json"
    LIST_NODE = "list_node"
    TREE_NODE = "tree_node"


class SolutionKind(StrEnum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    SLOW = "slow"


class NetworkAccess(StrEnum):
    """What a sandboxed program may reach: nothing, or a loopback of its own jail."""

    NONE = "none"
    LOOPBACK = "loopback"


class LabServe(StrEnum):
    """How a lab's learner code is started for each check."""

    ASGI = "asgi"  # an ASGI app served over HTTP on the jail's loopback
    SCRIPT = "script"  # a file run as __main__ (a server the learner writes)
    LIBRARY = "library"  # modules whose functions the checks call through a narrow channel
    NONE = "none"  # nothing runs: the checks read the files (Dockerfile, manifests)


SERVICES = ("redis",)


@dataclass(frozen=True, slots=True)
class Capabilities:
    """`[sandbox]`: what the jail grants beyond computing (labs, function and design problems)."""

    network: NetworkAccess = NetworkAccess.NONE
    processes: int = 1  # processes the learner's code may have at once (1: no fork)
    services: tuple[str, ...] = ()  # servers started inside the jail, e.g. ("redis",)

    @property
    def is_default(self) -> bool:
        """True for the plain jail: no network, one process, no services."""
        return self == Capabilities()


@dataclass(frozen=True, slots=True)
class LabSpec:
    """`[lab]` plus the lab's files: what the learner submits and the checks run against it."""

    files: tuple[str, ...]  # the learner's files, in tab order
    serve: LabServe
    entry: str | None  # asgi: "module:attribute"; script: a file name; else None
    max_file_bytes: int
    starter: tuple[tuple[str, str], ...]  # (name, text) for every file, in `files` order
    checks: tuple[tuple[str, str], ...]  # (name, text) of every file under checks/, by name
    support: tuple[tuple[str, str], ...] = ()  # (name, text) of support/: given, not submitted

    def starter_files(self) -> dict[str, str]:
        """The starter contents by file name."""
        return dict(self.starter)

    def visible_checks(self) -> dict[str, str]:
        """The check files learners may read (and download); hidden ones are left out."""
        return {name: text for name, text in self.checks if is_visible_check(name)}


CHECK_SAMPLE_PREFIXES = ("test_sample", "sample_")


def is_visible_check(name: str) -> bool:
    """Sample check files (`test_sample*.py`), `sample_*` helpers and conftest.py are shown."""
    return name == "conftest.py" or name.startswith(CHECK_SAMPLE_PREFIXES)


def is_sample_check(name: str) -> bool:
    """A check file whose every test is a sample: shown in full, with assertion detail."""
    return name.startswith("test_sample")


@dataclass(frozen=True, slots=True)
class FunctionSpec:
    """`[function]`: the method (function) or class (design) the learner writes."""

    name: str
    params: tuple[ValueKind, ...] = ()  # empty: every argument is plain JSON
    returns: ValueKind = ValueKind.JSON

    def param_kind(self, index: int) -> ValueKind:
        """The kind of argument `index` (JSON when `params` is not given)."""
        return self.params[index] if index < len(self.params) else ValueKind.JSON


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """Everything a built-in checker needs to know about a problem."""

    problem_type: ProblemType
    checker: CheckerKind
    float_tolerance: float = 1e-6
    unordered_nested: bool = False


@dataclass(frozen=True, slots=True)
class Solution:
    """An author's solution under `solutions/<kind>/`: a file, or a lab's folder of files."""

    kind: SolutionKind
    name: str
    source: str  # "" for a lab solution
    files: tuple[tuple[str, str], ...] = ()  # a lab solution's full file set, in `files` order

    @property
    def path(self) -> str:
        """The file's (or lab solution folder's) path inside the package."""
        return f"solutions/{self.kind}/{self.name}"

    def file_map(self) -> dict[str, str]:
        """A lab solution's files by name."""
        return dict(self.files)


@dataclass(frozen=True, slots=True)
class TestCase:
    """One test, with its sandbox payload ready; generated tests fill payload later."""

    __test__ = False  # not a pytest class

    name: str
    is_sample: bool
    payload: bytes  # b"" for a generated test until the generator has run
    expected: Expected | None  # None for a generated test until the reference has run
    seed: int | None = None
    display_input: str = ""  # samples only
    display_expected: str = ""  # samples only

    @property
    def is_generated(self) -> bool:
        """True for the `gen-<seed>` tests made by generator.py."""
        return self.seed is not None

    def with_generated(self, payload: bytes, expected: Expected) -> TestCase:
        """This generated test with the generator's payload and the reference's expected value."""
        if self.seed is None:
            raise ValueError(f"{self.name} is not a generated test")
        return dataclasses.replace(self, payload=payload, expected=expected)


@dataclass(frozen=True, slots=True)
class Package:
    """A validated problem package; build it with `load_package`, never by hand in production."""

    slug: str
    title: str
    difficulty: Difficulty
    tags: tuple[str, ...]
    patterns: tuple[str, ...]
    type: ProblemType
    time_limit_ms: int
    memory_limit_mb: int
    checker: CheckerKind
    float_tolerance: float
    unordered_nested: bool
    function: FunctionSpec | None
    generator_seeds: tuple[int, ...]
    roadmap_topics: tuple[str, ...]
    statement: str
    editorial: str
    checker_source: str | None
    generator_source: str | None
    schema_sql: str | None
    tests: tuple[TestCase, ...]  # file tests in name order, then generated tests in seed order
    solutions: tuple[Solution, ...]  # accepted, wrong, slow; each kind sorted by name
    content_hash: str  # sha256 hex over every file of the package
    sandbox: Capabilities = Capabilities()
    lab: LabSpec | None = None  # set exactly when type is "lab"
    validator_source: str | None = None  # validator.py: refuses inputs outside the constraints
    stress_generator: bool = False  # generator.py has the `stress` mode (small random inputs)

    @property
    def check_spec(self) -> CheckSpec:
        """The checker settings, for `checkers.compare`."""
        return CheckSpec(self.type, self.checker, self.float_tolerance, self.unordered_nested)

    @property
    def entry(self) -> str | None:
        """The method (function) or class (design) name; None for stdio and sql."""
        return self.function.name if self.function else None

    @property
    def samples(self) -> tuple[TestCase, ...]:
        """The tests shown to learners."""
        return tuple(test for test in self.tests if test.is_sample)

    def solutions_of(self, kind: SolutionKind) -> tuple[Solution, ...]:
        """The solutions of one kind, sorted by file name."""
        return tuple(solution for solution in self.solutions if solution.kind is kind)

    @property
    def reference(self) -> Solution:
        """The first accepted solution: it computes the expected output of generated tests."""
        return self.solutions_of(SolutionKind.ACCEPTED)[0]
