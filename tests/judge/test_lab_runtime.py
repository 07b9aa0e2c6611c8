"""Finding the lab runtime and reading its manifest; the runtime setup built in this checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.judge.lab_runtime_helpers import fake_runtime, lock_pins, shipped_lock_hash
from winterarc.judge import lab_runtime
from winterarc.judge.lab_runtime import (
    ENV_VAR,
    MANIFEST,
    LabRuntimeUnavailable,
    RuntimePackage,
    current_interpreter,
    interpreter_tag,
    locate,
    normalise,
    shipped_lock,
)


@pytest.fixture(autouse=True)
def no_env_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def unavailable(*args: Any, **kwargs: Any) -> str:
    with pytest.raises(LabRuntimeUnavailable) as raised:
        locate(*args, **kwargs)
    assert raised.value.reason == str(raised.value)
    assert "\n" not in raised.value.reason
    return raised.value.reason


def test_an_explicit_build_folder_is_read(tmp_path: Path) -> None:
    folder = fake_runtime(tmp_path / "build")
    runtime = locate(folder)
    assert runtime.path == folder.resolve()
    assert runtime.python_version == current_interpreter().version
    assert runtime.lock_hash == shipped_lock_hash()
    assert runtime.top_level == {"alpha_mod", "zeta_pkg"}
    assert RuntimePackage("PyJWT", "2.15.1") in runtime.packages


def test_a_build_root_is_followed_through_current_to_the_real_folder(tmp_path: Path) -> None:
    fake_runtime(tmp_path / "root" / "0123456789ab")
    (tmp_path / "root" / "current").symlink_to("0123456789ab")
    runtime = locate(tmp_path / "root")
    # The resolved folder, so a later switch of `current` cannot change a mounted runtime.
    assert runtime.path == (tmp_path / "root" / "0123456789ab").resolve()


def test_the_environment_variable_is_used_and_explicit_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_env = fake_runtime(tmp_path / "env")
    explicit = fake_runtime(tmp_path / "explicit")
    monkeypatch.setenv(ENV_VAR, str(from_env))
    assert locate().path == from_env.resolve()
    assert locate(explicit).path == explicit.resolve()


def test_a_broken_environment_variable_is_reported_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    reason = unavailable()
    assert f"{ENV_VAR}={tmp_path / 'nowhere'}" in reason
    assert "scripts/bootstrap" in reason


def test_a_missing_runtime_in_a_checkout_says_to_run_bootstrap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lab_runtime, "default_root", lambda: tmp_path / ".lab-runtime")
    assert unavailable() == "lab runtime not built: run scripts/bootstrap"


def test_outside_a_checkout_the_reason_says_how_to_build_and_point_at_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lab_runtime, "checkout_root", lambda: None)
    reason = unavailable()
    assert "winterarc lab-runtime build --target DIR" in reason
    assert ENV_VAR in reason


def test_a_folder_without_a_manifest_is_an_unfinished_build(tmp_path: Path) -> None:
    (tmp_path / "half").mkdir()
    reason = unavailable(tmp_path / "half")
    assert f"{MANIFEST} is missing" in reason


def test_a_runtime_built_for_another_python_version_names_both(tmp_path: Path) -> None:
    folder = fake_runtime(tmp_path / "build", python="3.99")
    reason = unavailable(folder)
    assert f"built for Python 3.99 but the judge runs {current_interpreter().version}" in reason
    assert reason.endswith("run scripts/bootstrap")


def test_another_interpreter_is_compared_by_its_standard_library_without_running_it(
    tmp_path: Path,
) -> None:
    prefix = tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "lib" / "python3.12").mkdir(parents=True)
    (prefix / "lib" / "python3.12" / "os.py").write_text("")
    python = prefix / "bin" / "python3.12"
    python.write_text("#!/bin/sh\nexit 99\n")  # running it would show: it is never run
    python.chmod(0o755)
    assert interpreter_tag(python).version == "3.12"
    assert interpreter_tag(python).abi == "cp312"
    folder = fake_runtime(tmp_path / "build", python="3.11", abi="cp311")
    reason = unavailable(folder, python=python)
    assert "built for Python 3.11 but the judge runs 3.12" in reason
    assert str(python) in reason


def test_an_unusable_interpreter_is_a_reason_too(tmp_path: Path) -> None:
    folder = fake_runtime(tmp_path / "build")
    assert "interpreter is unusable" in unavailable(folder, python=tmp_path / "no-python")


def test_the_current_interpreter_is_recognised_through_a_venv_symlink(tmp_path: Path) -> None:
    assert interpreter_tag(sys.executable) == current_interpreter()
    assert interpreter_tag(os.path.realpath(sys.executable)) == current_interpreter()


def test_another_abi_of_the_same_version_is_refused(tmp_path: Path) -> None:
    tag = current_interpreter()
    folder = fake_runtime(tmp_path / "build", abi=tag.abi + "t")
    assert f"built for {tag.abi}t on {tag.machine}" in unavailable(folder)


def test_a_runtime_from_another_lock_is_stale(tmp_path: Path) -> None:
    folder = fake_runtime(tmp_path / "build", lock_sha256="a" * 64)
    reason = unavailable(folder)
    assert "built from another lock (aaaaaaaaaaaa" in reason
    assert shipped_lock_hash()[:12] in reason


def test_the_expected_lock_can_be_named(tmp_path: Path) -> None:
    lock = tmp_path / "requirements.lock"
    lock.write_text("tiny==1.0 --hash=sha256:" + "0" * 64 + "\n")
    folder = fake_runtime(tmp_path / "build", lock_sha256=lab_runtime.lock_hash(lock))
    assert locate(folder, lock=lock).lock_hash == lab_runtime.lock_hash(lock)
    assert "another lock" in unavailable(folder)


MALFORMED = [
    ("not json", "Expecting value"),
    ("[]", "not a JSON object"),
    ({"format": 2}, "format 2"),
    ({"lock_sha256": "abc"}, "lock_sha256 is not a sha256"),
    ({"lock_sha256": None}, "lock_sha256 must be a str"),
    ({"python": "3"}, "python '3' is not major.minor"),
    ({"abi": 311}, "abi must be a str"),
    ({"packages": {"fastapi": "1"}}, "packages must be a list"),
    ({"packages": ["fastapi"]}, "packages[0] is not an object"),
    ({"packages": [{"name": "fastapi"}]}, "packages[0] needs a name and a version"),
    (
        {"packages": [{"name": "PyJWT", "version": "1"}, {"name": "pyjwt", "version": "2"}]},
        "packages[1] (pyjwt) is empty or listed twice",
    ),
    ({"top_level": ["../../etc"]}, "top_level entry '../../etc' is not a module name"),
    ({"top_level": ["alpha_mod", "missing_mod"]}, "top_level module missing_mod is not in"),
]


@pytest.mark.parametrize(("change", "detail"), MALFORMED)
def test_a_malformed_manifest_is_refused_with_what_is_wrong(
    tmp_path: Path, change: str | dict[str, Any], detail: str
) -> None:
    if isinstance(change, dict):
        folder = fake_runtime(tmp_path / "build", **change)
    else:
        folder = fake_runtime(tmp_path / "build")
        (folder / MANIFEST).write_text(change)
    reason = unavailable(folder)
    assert f"has an unusable {MANIFEST}" in reason
    assert detail in reason
    assert reason.endswith("run scripts/bootstrap")


def test_package_list_is_sorted_by_name_whatever_the_case(tmp_path: Path) -> None:
    runtime = locate(fake_runtime(tmp_path / "build"))
    assert runtime.package_list() == [
        ("alpha_mod", "1.0"),
        ("PyJWT", "2.15.1"),
        ("zeta-pkg", "2.0"),
    ]


def test_the_manifest_is_parsed_once_until_it_changes(tmp_path: Path) -> None:
    folder = fake_runtime(tmp_path / "build")
    first = locate(folder)
    assert locate(folder) is first
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["packages"].append({"name": "added", "version": "0.1"})
    (folder / MANIFEST).write_text(json.dumps(manifest))
    assert ("added", "0.1") in locate(folder).package_list()


def test_the_build_describes_an_interpreter_exactly_as_locate_does() -> None:
    described = json.loads(
        subprocess.run(
            [sys.executable, "-I", lab_runtime._interpreter.__file__],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    tag = current_interpreter()
    assert (described["version"], described["abi"], described["machine"]) == (
        tag.version,
        tag.abi,
        tag.machine,
    )


# The runtime scripts/bootstrap built in this checkout: scripts/test must fail without it.


@pytest.fixture(scope="module")
def built() -> lab_runtime.LabRuntime:
    try:
        return locate()
    except LabRuntimeUnavailable as error:
        pytest.fail(f"the checkout's lab runtime is unusable: {error.reason}")


def test_the_built_runtime_has_the_locked_versions(built: lab_runtime.LabRuntime) -> None:
    lock = shipped_lock()
    assert lock is not None
    pins = lock_pins(lock)
    installed = {normalise(name): version for name, version in built.package_list()}
    for name in ("fastapi", "pytest", "redis", "httpx", "pydantic", "sqlalchemy", "pyjwt"):
        assert installed[name] == pins[name][0], name
    # Every package installed is pinned, at its pin; every unconditional pin is installed.
    assert installed.keys() <= pins.keys()
    assert installed == {name: pins[name][0] for name in installed}
    unconditional = {name for name, (_, marker) in pins.items() if marker is None}
    assert unconditional <= installed.keys()
    assert {"fastapi", "pytest", "redis", "httpx", "jwt", "yaml"} <= built.top_level


def test_the_built_runtime_is_byte_compiled_and_readable_by_anyone(
    built: lab_runtime.LabRuntime,
) -> None:
    cache_tag = sys.implementation.cache_tag
    compiled = built.path / "fastapi" / "__pycache__" / f"__init__.{cache_tag}.pyc"
    assert compiled.is_file()
    assert built.path.stat().st_mode & 0o005 == 0o005
    assert (built.path / "fastapi" / "__init__.py").stat().st_mode & 0o004


def test_the_built_runtime_imports_with_nothing_else_on_the_path(
    built: lab_runtime.LabRuntime,
) -> None:
    # As the sandbox will run it: isolated, no site-packages, no bytecode written.
    code = (
        "import sys; sys.path.append(sys.argv[1]);"
        "import fastapi, httpx, pytest, redis, sqlalchemy, jwt, pwdlib, yaml, jsonschema,"
        " kubernetes_validate, dockerfile_parse, prometheus_client, cryptography, uvicorn;"
        "v = kubernetes_validate.latest_version();"
        "print(fastapi.__file__.startswith(sys.argv[1]), v)"
    )
    done = subprocess.run(
        [os.path.realpath(sys.executable), "-I", "-S", "-B", "-c", code, str(built.path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("True ")
