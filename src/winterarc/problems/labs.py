"""A lab as learners see it: the files they edit, the checks they may read, the runtime."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from winterarc.judge.lab_runtime import LabRuntimeUnavailable, locate
from winterarc.judge.packages import Package
from winterarc.problems.schemas import LabOut, RuntimePackageOut


@functools.cache
def _runtime_packages() -> tuple[tuple[str, str], ...]:
    return tuple(locate().package_list())


def runtime_packages() -> list[RuntimePackageOut]:
    """What lab code may import, with versions; empty while the runtime is not built (then labs
    are judged IE and the page says why)."""
    try:
        packages = _runtime_packages()
    except LabRuntimeUnavailable:
        return []  # not cached: a runtime built later shows up without a restart
    return [RuntimePackageOut(name=name, version=version) for name, version in packages]


def lab_out(package: Package) -> LabOut | None:
    """The lab part of a problem's detail; None when the package is not a lab."""
    lab = package.lab
    if lab is None:
        return None
    return LabOut(
        files=list(lab.files),
        starter=lab.starter_files(),
        checks=lab.visible_checks(),
        runtime=runtime_packages(),
        max_file_bytes=lab.max_file_bytes,
        network=package.sandbox.network.value,
        processes=package.sandbox.processes,
        services=list(package.sandbox.services),
    )


def bundle(files: Mapping[str, str]) -> str:
    """A lab submission's files as one text (stored as `source`: history, search, idempotency)."""
    return "".join(f"# ==> {name} <==\n{text}{'' if text.endswith(chr(10)) else chr(10)}"
                   for name, text in files.items())  # fmt: skip
