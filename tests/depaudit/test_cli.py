"""scripts/audit-deps end to end: findings, the allow-list, the snapshot's age, refreshing it,
and the repository's own locks."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from winterarc.depaudit.cli import ROOT, main

TODAY = datetime.now(UTC).date()
REPO_SNAPSHOT = ROOT / "security" / "osv"

NPM_ADVISORY = {
    "id": "TEST-NPM-1",
    "modified": f"{TODAY}T00:00:00Z",
    "summary": "a fixture advisory",
    "affected": [
        {
            "package": {"ecosystem": "npm", "name": "leftpad-fixture"},
            "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.3.0"}]}],
        }
    ],
}


def requirements(tmp_path: Path, *pins: str) -> Path:
    path = tmp_path / "requirements.lock"
    path.write_text("".join(f"{pin}\n" for pin in pins))
    return path


def package_lock(tmp_path: Path, **versions: str) -> Path:
    packages: dict[str, Any] = {"": {"name": "fixture"}}
    packages.update({f"node_modules/{n}": {"version": v} for n, v in versions.items()})
    path = tmp_path / "package-lock.json"
    path.write_text(json.dumps({"lockfileVersion": 3, "packages": packages}))
    return path


def npm_snapshot(tmp_path: Path, data_date: str = str(TODAY)) -> Path:
    folder = tmp_path / "osv"
    (folder / "npm").mkdir(parents=True)
    (folder / "npm" / "TEST-NPM-1.json").write_text(json.dumps(NPM_ADVISORY))
    meta = {
        "ecosystems": {
            "npm": {
                "source": "fixture",
                "data_date": data_date,
                "refreshed": data_date,
                "packages": ["leftpad-fixture"],
            }
        }
    }
    (folder / "snapshot.json").write_text(json.dumps(meta))
    return folder


def argv_for(tmp_path: Path, *args: str | Path) -> list[str]:
    allow = tmp_path / "allow.toml"
    argv = ["--root", str(tmp_path), *(str(a) for a in args)]
    if "--allow" not in argv:
        argv += ["--allow", str(allow)]
    return argv


def test_a_vulnerable_pin_is_named_with_its_advisory_and_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = requirements(tmp_path, "jinja2==2.10")
    code = main(argv_for(tmp_path, "--lock", lock, "--snapshot", REPO_SNAPSHOT))
    out = capsys.readouterr().out
    assert code == 1
    line = next(x for x in out.splitlines() if "PYSEC-2019-217" in x)
    assert line.startswith("VULNERABLE jinja2 2.10 [PyPI, requirements.lock]")
    assert "CVE-2019-10906" in line and "fixed in 2.10.1" in line
    assert "FAILED" in out.splitlines()[-1]


def test_the_fixed_version_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock = requirements(tmp_path, "jinja2==3.1.6")
    assert main(argv_for(tmp_path, "--lock", lock, "--snapshot", REPO_SNAPSHOT)) == 0
    assert "VULNERABLE" not in capsys.readouterr().out


def test_a_vulnerable_npm_package_is_flagged_and_its_fix_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = npm_snapshot(tmp_path)
    lock = package_lock(tmp_path, **{"leftpad-fixture": "1.2.9"})
    assert main(argv_for(tmp_path, "--lock", lock, "--snapshot", snapshot)) == 1
    out = capsys.readouterr().out
    assert "VULNERABLE leftpad-fixture 1.2.9 [npm, package-lock.json]: TEST-NPM-1" in out
    assert "fixed in 1.3.0" in out
    package_lock(tmp_path, **{"leftpad-fixture": "1.3.0"})
    assert main(argv_for(tmp_path, "--lock", lock, "--snapshot", snapshot)) == 0


def allow_entry(tmp_path: Path, expires: str, **fields: str) -> Path:
    entry = {"id": "TEST-NPM-1", "package": "leftpad-fixture", "reason": "dev only"} | fields
    body = "".join(f'{k} = "{v}"\n' for k, v in entry.items())
    path = tmp_path / "allow.toml"
    path.write_text(f"[[allow]]\n{body}expires = {expires}\n")
    return path


def test_an_allowed_finding_passes_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = npm_snapshot(tmp_path)
    lock = package_lock(tmp_path, **{"leftpad-fixture": "1.2.9"})
    allow_entry(tmp_path, str(TODAY + timedelta(days=30)))
    assert main(argv_for(tmp_path, "--lock", lock, "--snapshot", snapshot)) == 0
    out = capsys.readouterr().out
    assert "accepted leftpad-fixture 1.2.9" in out and "dev only" in out


def test_an_expired_acceptance_fails_even_without_its_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = npm_snapshot(tmp_path)
    allow_entry(tmp_path, str(TODAY - timedelta(days=1)))
    vulnerable = package_lock(tmp_path, **{"leftpad-fixture": "1.2.9"})
    assert main(argv_for(tmp_path, "--lock", vulnerable, "--snapshot", snapshot)) == 1
    out = capsys.readouterr().out
    assert "EXPIRED allow-list entry TEST-NPM-1 for leftpad-fixture" in out
    assert "VULNERABLE leftpad-fixture 1.2.9" in out
    fixed = package_lock(tmp_path, **{"leftpad-fixture": "1.3.0"})
    assert main(argv_for(tmp_path, "--lock", fixed, "--snapshot", snapshot)) == 1


def test_an_acceptance_without_a_reason_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = npm_snapshot(tmp_path)
    lock = package_lock(tmp_path, **{"leftpad-fixture": "1.2.9"})
    allow_entry(tmp_path, str(TODAY), reason="")
    assert main(argv_for(tmp_path, "--lock", lock, "--snapshot", snapshot)) == 2
    err = capsys.readouterr().err
    assert err.startswith("audit-deps: ") and "needs id, package and reason" in err


def test_an_old_snapshot_warns_but_does_not_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = npm_snapshot(tmp_path, data_date=str(TODAY - timedelta(days=91)))
    lock = package_lock(tmp_path, **{"leftpad-fixture": "1.3.0", "unknown": "1.0.0"})
    assert main(argv_for(tmp_path, "--lock", lock, "--snapshot", snapshot)) == 0
    out = capsys.readouterr().out
    assert "warning: the npm advisories are 91 days old" in out
    assert "warning: not in the npm snapshot (refresh it): unknown" in out


def test_refresh_keeps_our_packages_advisories_from_checkouts_and_zips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checkout = tmp_path / "advisory-database" / "vulns" / "jinja2"
    checkout.mkdir(parents=True)
    pypi = {
        "id": "PYSEC-TEST-1",
        "modified": datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
        "affected": [
            {
                "package": {"ecosystem": "PyPI", "name": "Jinja2"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3"}]}],
            }
        ],
    }
    (checkout / "PYSEC-TEST-1.yaml").write_text(yaml.safe_dump(pypi))
    other = {
        **pypi,
        "id": "PYSEC-TEST-2",
        "affected": [{"package": {"ecosystem": "PyPI", "name": "django"}}],
    }
    (checkout / "PYSEC-TEST-2.yaml").write_text(yaml.safe_dump(other))
    # A "modified" date in the future (a typo in a record) does not make the data look new.
    future = {**pypi, "id": "PYSEC-TEST-3", "modified": "2099-01-01T00:00:00Z"}
    (checkout / "PYSEC-TEST-3.yaml").write_text(yaml.safe_dump(future))
    withdrawn = {**NPM_ADVISORY, "id": "TEST-NPM-2", "withdrawn": "2026-01-01T00:00:00Z"}
    dump = tmp_path / "all.zip"
    with zipfile.ZipFile(dump, "w") as archive:
        archive.writestr("TEST-NPM-1.json", json.dumps(NPM_ADVISORY))
        archive.writestr("TEST-NPM-2.json", json.dumps(withdrawn))
    locks = [
        "--lock",
        requirements(tmp_path, "jinja2==2.10"),
        "--lock",
        package_lock(tmp_path, **{"leftpad-fixture": "1.2.9"}),
    ]
    snapshot = tmp_path / "osv"
    code = main(
        argv_for(tmp_path, *locks, "--snapshot", snapshot, "--refresh", checkout.parent, dump)
    )
    assert code == 0
    assert sorted(p.name for p in snapshot.rglob("*.json")) == [
        "PYSEC-TEST-1.json",
        "PYSEC-TEST-3.json",
        "TEST-NPM-1.json",
        "snapshot.json",
    ]
    meta = json.loads((snapshot / "snapshot.json").read_text())["ecosystems"]
    assert meta["PyPI"]["data_date"] == "2026-11-30"
    assert meta["PyPI"]["packages"] == ["jinja2"]
    stored = json.loads((snapshot / "PyPI" / "PYSEC-TEST-1.json").read_text())
    assert stored["modified"] == "2026-11-30T08:00:00Z"
    capsys.readouterr()
    # A refresh from PyPI data alone leaves the npm section as it was.
    main(argv_for(tmp_path, *locks, "--snapshot", snapshot, "--refresh", checkout.parent))
    assert (snapshot / "npm" / "TEST-NPM-1.json").exists()
    assert main(argv_for(tmp_path, *locks, "--snapshot", snapshot)) == 1
    out = capsys.readouterr().out
    assert "PYSEC-TEST-1" in out and "TEST-NPM-1" in out


def test_the_repository_locks_pass_against_the_committed_snapshot(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--root", str(ROOT)]) == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.startswith("audit-deps ok:")


def test_an_unreadable_version_is_named_not_passed_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = npm_snapshot(tmp_path)
    lock = package_lock(tmp_path, **{"leftpad-fixture": "github:user/leftpad#main"})
    assert main(argv_for(tmp_path, "--lock", lock, "--snapshot", snapshot)) == 0
    assert "leftpad-fixture github:user/leftpad#main [npm, package-lock.json]: not a version" in (
        capsys.readouterr().out
    )


def test_an_acceptance_names_the_package_as_the_registry_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = requirements(tmp_path, "Jinja2==2.10")
    allow = tmp_path / "allow.toml"
    allow.write_text(
        "".join(
            f'[[allow]]\nid = "{advisory}"\npackage = "jinja2"\nreason = "fixture"\n'
            f"expires = {TODAY}\n"
            for advisory in ("CVE-2019-10906", "PYSEC-2021-66")
        )
    )
    argv = argv_for(tmp_path, "--lock", lock, "--snapshot", REPO_SNAPSHOT, "--allow", allow)
    main(argv)
    lines = capsys.readouterr().out.splitlines()
    for advisory in ("PYSEC-2019-217", "PYSEC-2021-66"):
        line = next(x for x in lines if advisory in x)
        assert line.startswith("accepted Jinja2 2.10 [PyPI, requirements.lock]")
