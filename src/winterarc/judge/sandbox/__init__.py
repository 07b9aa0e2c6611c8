"""The judge's sandbox: bubblewrap jail, warm zygote, one confined fork per test.

See docs/sandbox.md for the layers and what each one blocks.
"""

from .availability import sandbox_available
from .model import Grants, Limits, Mode, ProgramSpec, RunOutcome, SandboxError, Status
from .sandbox import Sandbox

__all__ = [
    "Grants",
    "Limits",
    "Mode",
    "ProgramSpec",
    "RunOutcome",
    "Sandbox",
    "SandboxError",
    "Status",
    "sandbox_available",
]
