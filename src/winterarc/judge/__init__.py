"""The judge as a library: load a package, judge a source, get a Result. No web dependency.

Names are imported on first use, so `winterarc.judge.sandbox` (standard library only) loads
without the package loader's dependencies: an unprivileged judge process, a probe or the CLI's
`--help` pays only for what it uses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from winterarc.judge.custom_run import CustomInputError, RunOutput, run_custom
    from winterarc.judge.lab_runner import LabFilesError, judge_lab
    from winterarc.judge.packages import PackageError, load_package, load_package_bytes
    from winterarc.judge.runner import judge
    from winterarc.judge.sandbox import sandbox_available
    from winterarc.judge.verdicts import Result, TestResult, Verdict

_EXPORTS = {
    "CustomInputError": "winterarc.judge.custom_run",
    "RunOutput": "winterarc.judge.custom_run",
    "run_custom": "winterarc.judge.custom_run",
    "LabFilesError": "winterarc.judge.lab_runner",
    "judge_lab": "winterarc.judge.lab_runner",
    "PackageError": "winterarc.judge.packages",
    "load_package": "winterarc.judge.packages",
    "load_package_bytes": "winterarc.judge.packages",
    "judge": "winterarc.judge.runner",
    "sandbox_available": "winterarc.judge.sandbox",
    "Result": "winterarc.judge.verdicts",
    "TestResult": "winterarc.judge.verdicts",
    "Verdict": "winterarc.judge.verdicts",
}

__all__ = [
    "CustomInputError",
    "LabFilesError",
    "PackageError",
    "Result",
    "RunOutput",
    "TestResult",
    "Verdict",
    "judge",
    "judge_lab",
    "load_package",
    "load_package_bytes",
    "run_custom",
    "sandbox_available",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'winterarc.judge' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
