"""Problem packages: loading, validating, and the model the orchestrator judges against."""

from winterarc.judge.packages.display import format_input, format_output, format_value
from winterarc.judge.packages.errors import PackageError, PackageIssue
from winterarc.judge.packages.files import DEFAULT_LIMITS, ReadLimits
from winterarc.judge.packages.generated import (
    GeneratedTestError,
    expected_from_reference_output,
    generator_input,
    payload_from_generated,
)
from winterarc.judge.packages.loader import load_package, load_package_bytes
from winterarc.judge.packages.model import (
    Capabilities,
    CheckerKind,
    CheckSpec,
    Difficulty,
    Expected,
    FunctionSpec,
    JSONValue,
    LabServe,
    LabSpec,
    NetworkAccess,
    Package,
    ProblemType,
    Solution,
    SolutionKind,
    TestCase,
    ValueKind,
    is_sample_check,
    is_visible_check,
)
from winterarc.judge.packages.validate import quality_warnings, validate_package_files

__all__ = [
    "DEFAULT_LIMITS",
    "Capabilities",
    "CheckSpec",
    "CheckerKind",
    "Difficulty",
    "Expected",
    "FunctionSpec",
    "GeneratedTestError",
    "JSONValue",
    "LabServe",
    "LabSpec",
    "NetworkAccess",
    "Package",
    "PackageError",
    "PackageIssue",
    "ProblemType",
    "ReadLimits",
    "Solution",
    "SolutionKind",
    "TestCase",
    "ValueKind",
    "expected_from_reference_output",
    "format_input",
    "format_output",
    "format_value",
    "generator_input",
    "is_sample_check",
    "is_visible_check",
    "load_package",
    "load_package_bytes",
    "payload_from_generated",
    "quality_warnings",
    "validate_package_files",
]
