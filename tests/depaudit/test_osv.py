"""OSV matching: ranges of introduced / fixed / last_affected events and explicit versions."""

from __future__ import annotations

from typing import Any

from winterarc.depaudit.osv import advisory_packages, match
from winterarc.depaudit.versions import NPM, PYPI


def advisory(*affected: dict[str, Any]) -> dict[str, Any]:
    return {"id": "TEST-1", "aliases": ["CVE-0000-1"], "summary": "s", "affected": list(affected)}


def ranged(name: str, *events: dict[str, str], ecosystem: str = PYPI) -> dict[str, Any]:
    kind = "SEMVER" if ecosystem == NPM else "ECOSYSTEM"
    return {
        "package": {"ecosystem": ecosystem, "name": name},
        "ranges": [{"type": kind, "events": list(events)}],
    }


def test_introduced_and_fixed_bound_the_affected_versions() -> None:
    adv = advisory(ranged("jinja2", {"introduced": "2.0"}, {"fixed": "2.10.1"}))
    assert match(adv, PYPI, "jinja2", "1.9") is None
    hit = match(adv, PYPI, "Jinja2", "2.10")
    assert hit is not None
    assert (hit.advisory_id, hit.aliases, hit.fixed) == ("TEST-1", ("CVE-0000-1",), "2.10.1")
    assert match(adv, PYPI, "jinja2", "2.10.1") is None
    assert match(adv, PYPI, "jinja2", "3.1.6") is None


def test_an_introduction_at_zero_covers_every_earlier_version() -> None:
    adv = advisory(ranged("pkg", {"introduced": "0"}, {"fixed": "1.0"}))
    assert match(adv, PYPI, "pkg", "0.0.1") is not None
    assert match(adv, PYPI, "pkg", "1.0") is None


def test_several_introductions_and_fixes_in_one_range() -> None:
    adv = advisory(
        ranged(
            "pkg", {"introduced": "0"}, {"fixed": "1.0"}, {"introduced": "2.0"}, {"fixed": "2.5"}
        )
    )
    first = match(adv, PYPI, "pkg", "0.5")
    assert first is not None and first.fixed == "1.0"
    assert match(adv, PYPI, "pkg", "1.5") is None
    second = match(adv, PYPI, "pkg", "2.1")
    assert second is not None and second.fixed == "2.5"
    assert match(adv, PYPI, "pkg", "3.0") is None


def test_last_affected_includes_that_version_and_names_no_fix() -> None:
    adv = advisory(ranged("pkg", {"introduced": "1.0"}, {"last_affected": "1.4.2"}))
    hit = match(adv, PYPI, "pkg", "1.4.2")
    assert hit is not None and hit.fixed is None
    assert match(adv, PYPI, "pkg", "1.4.3") is None
    assert match(adv, PYPI, "pkg", "0.9") is None


def test_an_explicit_versions_list_matches_only_those_versions() -> None:
    adv = advisory(
        {"package": {"ecosystem": PYPI, "name": "pkg"}, "versions": ["1.0", "1.1", "oops"]}
    )
    hit = match(adv, PYPI, "pkg", "1.1.0")
    assert hit is not None and hit.fixed is None
    assert match(adv, PYPI, "pkg", "1.2") is None


def test_git_ranges_are_skipped_and_the_ecosystem_range_decides() -> None:
    adv = advisory(
        {
            "package": {"ecosystem": PYPI, "name": "pkg"},
            "ranges": [
                {"type": "GIT", "repo": "r", "events": [{"introduced": "0"}, {"fixed": "abc"}]},
                {"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.0"}]},
            ],
        }
    )
    assert match(adv, PYPI, "pkg", "2.0") is None
    hit = match(adv, PYPI, "pkg", "1.0")
    assert hit is not None and hit.fixed == "2.0"


def test_npm_semver_ranges_order_prereleases_before_their_release() -> None:
    adv = advisory(ranged("esb", {"introduced": "0"}, {"fixed": "0.25.0"}, ecosystem=NPM))
    assert match(adv, NPM, "esb", "0.25.0-beta.1") is not None
    assert match(adv, NPM, "esb", "0.24.2") is not None
    assert match(adv, NPM, "esb", "0.25.0") is None
    assert match(adv, NPM, "esb", "0.28.2") is None


def test_another_package_or_ecosystem_or_a_withdrawn_advisory_is_no_match() -> None:
    adv = advisory(ranged("pkg", {"introduced": "0"}, {"fixed": "2.0"}))
    assert match(adv, PYPI, "other", "1.0") is None
    assert match(adv, NPM, "pkg", "1.0.0") is None
    assert match({**adv, "withdrawn": "2024-01-01T00:00:00Z"}, PYPI, "pkg", "1.0") is None


def test_the_lowest_fix_above_the_version_is_reported() -> None:
    adv = advisory(
        ranged("pkg", {"introduced": "0"}, {"fixed": "3.0"}),
        ranged("pkg", {"introduced": "1.0"}, {"fixed": "1.8"}),
    )
    hit = match(adv, PYPI, "pkg", "1.5")
    assert hit is not None and hit.fixed == "1.8"


def test_advisory_packages_names_each_affected_package_normalized() -> None:
    adv = advisory(ranged("Jinja2"), ranged("esb", ecosystem=NPM))
    assert advisory_packages(adv) == {(PYPI, "jinja2"), (NPM, "esb")}
