"""problem.toml: its schema, and parsing that reports every field at fault."""

from __future__ import annotations

import keyword
import math
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError
from pydantic_core import ErrorDetails

from winterarc.judge.packages.errors import PackageIssue

MANIFEST = "problem.toml"
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TOPIC_ID = re.compile(r"s\d+-w\d+-[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SEED = 2**63 - 1
TIME_LIMIT_MS = (100, 10_000)
MEMORY_LIMIT_MB = (16, 1024)
FLOAT_TOLERANCE = (1e-12, 0.1)
PROCESSES = (1, 64)
LAB_FILES = (1, 16)
LAB_FILE_BYTES = (1024, 256 * 1024)
LAB_FILE_BYTES_DEFAULT = 64 * 1024
# A learner's file: flat, no hidden names, at most 64 characters ("Dockerfile", "app.py").
LAB_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")

ValueKindName = Literal["json", "list_node", "tree_node"]


def _between(low: float, high: float) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not (low <= value <= high):  # also false for NaN
            raise ValueError(f"must be between {low:g} and {high:g}")
        return value

    return check


def _slug(value: str) -> str:
    if not SLUG.fullmatch(value) or len(value) > 64:
        raise ValueError("must be lowercase letters, digits and single '-' (at most 64 chars)")
    return value


def _labels(values: list[str]) -> list[str]:
    for value in values:
        if not SLUG.fullmatch(value):
            raise ValueError(f"{value!r} must be lowercase letters, digits and '-'")
    return _unique(values)


def _unique(values: list[Any]) -> list[Any]:
    duplicates = sorted({str(v) for v in values if values.count(v) > 1})
    if duplicates:
        raise ValueError(f"duplicates: {', '.join(duplicates)}")
    return values


def _title(value: str) -> str:
    if not value.strip() or len(value) > 120:
        raise ValueError("must be non-empty and at most 120 characters")
    return value


def _identifier(value: str) -> str:
    if not value.isidentifier() or keyword.iskeyword(value) or value.startswith("_"):
        raise ValueError("must be a public Python identifier")
    return value


def _seeds(values: list[int]) -> list[int]:
    if not values:
        raise ValueError("must list at least one seed")
    for value in values:
        if not 0 <= value <= MAX_SEED:
            raise ValueError(f"seed {value} must be between 0 and 2**63 - 1")
    return _unique(values)


def _topics(values: list[str]) -> list[str]:
    for value in values:
        if not TOPIC_ID.fullmatch(value):
            raise ValueError(f"{value!r} is not a topic id like 's1-w3-hash-maps'")
    return _unique(values)


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


class _Table(BaseModel):
    # strict: TOML has types, so "1000" is not silently an integer.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class FunctionTable(_Table):
    name: Annotated[str, AfterValidator(_identifier)]
    params: list[ValueKindName] | None = None
    returns: ValueKindName = "json"


class GeneratorTable(_Table):
    seeds: Annotated[list[int], AfterValidator(_seeds)]


def _lab_files(values: list[str]) -> list[str]:
    low, high = LAB_FILES
    if not low <= len(values) <= high:
        raise ValueError(f"must list between {low} and {high} files")
    for value in values:
        if not LAB_FILE_NAME.fullmatch(value):
            raise ValueError(f"{value!r}: file names are letters, digits, _.- (no folders)")
        if value.endswith(".py") and not value.removesuffix(".py").isidentifier():
            raise ValueError(f"{value!r}: a Python file's name must be importable")
    folded = [value.casefold() for value in values]
    duplicates = sorted({v for v in values if folded.count(v.casefold()) > 1})
    if duplicates:
        raise ValueError(f"duplicates (ignoring case): {', '.join(duplicates)}")
    return values


class LabTable(_Table):
    files: Annotated[list[str], AfterValidator(_lab_files)]
    serve: Literal["asgi", "script", "library", "none"]
    entry: str | None = None
    max_file_bytes: Annotated[int, AfterValidator(_between(*LAB_FILE_BYTES))] = (
        LAB_FILE_BYTES_DEFAULT
    )


class SandboxTable(_Table):
    network: Literal["none", "loopback"] = "none"
    processes: Annotated[int, AfterValidator(_between(*PROCESSES))] = 1
    services: Annotated[list[Literal["redis"]], AfterValidator(_unique)] = []


class RoadmapTable(_Table):
    topics: Annotated[list[str], AfterValidator(_topics)] = []


class Manifest(_Table):
    slug: Annotated[str, AfterValidator(_slug)]
    title: Annotated[str, AfterValidator(_title)]
    difficulty: Literal["easy", "medium", "hard"]
    tags: Annotated[list[str], AfterValidator(_labels)] = []
    patterns: Annotated[list[str], AfterValidator(_labels)] = []
    type: Literal["stdio", "function", "design", "sql", "lab"]
    time_limit_ms: Annotated[int, AfterValidator(_between(*TIME_LIMIT_MS))] = 1000
    memory_limit_mb: Annotated[int, AfterValidator(_between(*MEMORY_LIMIT_MB))] = 256
    checker: Literal["exact", "tokens", "float", "unordered", "custom"] = "tokens"
    float_tolerance: Annotated[
        float, AfterValidator(_finite), AfterValidator(_between(*FLOAT_TOLERANCE))
    ] = 1e-6
    unordered_nested: bool = False
    function: FunctionTable | None = None
    generator: GeneratorTable | None = None
    lab: LabTable | None = None
    sandbox: SandboxTable | None = None
    roadmap: RoadmapTable = RoadmapTable()


# Stand-ins for required fields, so the rest of a broken manifest can still be checked.
_PLACEHOLDERS = {"slug": "invalid", "title": "invalid", "difficulty": "easy", "type": "stdio"}


@dataclass(frozen=True, slots=True)
class ParsedManifest:
    """A manifest as far as it validated: `invalid` names the top-level keys that failed."""

    manifest: Manifest | None
    invalid: frozenset[str]
    issues: list[PackageIssue]

    @property
    def ok(self) -> bool:
        """True when problem.toml validated completely."""
        return not self.issues

    def known(self, *keys: str) -> bool:
        """True when these keys validated, so rules that depend on them can run."""
        return self.manifest is not None and not self.invalid.intersection(keys)


def parse_manifest(text: str) -> ParsedManifest:
    """Parse and validate problem.toml, reporting every field at fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return ParsedManifest(None, frozenset(), [PackageIssue(MANIFEST, None, f"{error}")])
    try:
        return ParsedManifest(Manifest.model_validate(data), frozenset(), [])
    except ValidationError as error:
        errors = error.errors()
    issues = [PackageIssue(MANIFEST, _field(e["loc"]), _message(e)) for e in errors]
    invalid = frozenset(str(e["loc"][0]) for e in errors if e["loc"])
    partial = {key: value for key, value in data.items() if key not in invalid}
    for key, placeholder in _PLACEHOLDERS.items():
        partial.setdefault(key, placeholder)
    try:
        fallback: Manifest | None = Manifest.model_validate(partial)
    except ValidationError:
        fallback = None
    return ParsedManifest(fallback, invalid | (_PLACEHOLDERS.keys() - data.keys()), issues)


def _field(loc: tuple[int | str, ...]) -> str | None:
    field = ""
    for part in loc:
        field += f"[{part}]" if isinstance(part, int) else f".{part}" if field else part
    return field or None


_TYPE_MESSAGES = {
    "missing": "is required",
    "extra_forbidden": "unknown field",
    "int_type": "must be an integer",
    "float_type": "must be a number",
    "string_type": "must be a string",
    "bool_type": "must be true or false",
    "list_type": "must be an array",
    "model_type": "must be a table",
}


def _message(error: ErrorDetails) -> str:
    if error["type"] == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    if error["type"] == "literal_error":
        return f"must be one of {error.get('ctx', {}).get('expected', '')}"
    return _TYPE_MESSAGES.get(error["type"], error["msg"])
