"""What a lab runtime built for an interpreter depends on: its version, ABI and machine.

Standard library only: the runtime build runs this file with the judge's interpreter
(`python -I _interpreter.py` prints the JSON), and `lab_runtime` imports it for the running one,
so both sides answer with the same code.
"""

from __future__ import annotations

import json
import os
import sys
import sysconfig


def describe() -> dict[str, str]:
    major, minor = sys.version_info[:2]
    if sys.implementation.name == "cpython":
        free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
        abi = f"cp{major}{minor}{'t' if free_threaded else ''}"
    else:
        abi = sys.implementation.cache_tag or sys.implementation.name
    return {
        "version": f"{major}.{minor}",
        "abi": abi,
        "machine": os.uname().machine,
        "implementation": sys.implementation.name,
        "executable": os.path.realpath(sys.executable),
    }


if __name__ == "__main__":
    print(json.dumps(describe()))
