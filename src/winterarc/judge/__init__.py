"""The judge as a library: load a package, judge a source, get a Result. No web dependency."""

from winterarc.judge.custom_run import CustomInputError, RunOutput, run_custom
from winterarc.judge.packages import PackageError, load_package, load_package_bytes
from winterarc.judge.runner import judge
from winterarc.judge.sandbox import sandbox_available
from winterarc.judge.verdicts import Result, TestResult, Verdict

__all__ = [
    "CustomInputError",
    "PackageError",
    "Result",
    "RunOutput",
    "TestResult",
    "Verdict",
    "judge",
    "load_package",
    "load_package_bytes",
    "run_custom",
    "sandbox_available",
]
