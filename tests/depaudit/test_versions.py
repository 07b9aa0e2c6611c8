"""Version order per ecosystem: PEP 440 for PyPI, Semantic Versioning 2.0 precedence for npm."""

from __future__ import annotations

import itertools

import pytest

from winterarc.depaudit.versions import NPM, PYPI, BadVersion, normalize_name, parse


def test_semver_precedence_follows_the_specification() -> None:
    chain = [
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-alpha.beta",
        "1.0.0-beta",
        "1.0.0-beta.2",
        "1.0.0-beta.11",
        "1.0.0-rc.1",
        "1.0.0",
        "1.0.1",
        "1.10.0",
        "2.0.0",
    ]
    parsed = [parse(NPM, text) for text in chain]
    assert parsed == sorted(parsed)
    assert all(a < b for a, b in itertools.pairwise(parsed))


def test_semver_ignores_build_metadata_and_a_leading_v() -> None:
    assert parse(NPM, "1.2.3+build.7") == parse(NPM, "1.2.3")
    assert parse(NPM, "v0.28.2") == parse(NPM, "0.28.2")


@pytest.mark.parametrize("text", ["1.2", "01.2.3", "1.2.3-", "latest", ""])
def test_a_malformed_semver_is_refused(text: str) -> None:
    with pytest.raises(BadVersion):
        parse(NPM, text)


def test_pypi_versions_order_by_pep_440() -> None:
    chain = ["2.10", "2.10.1", "2.11.0rc1", "2.11", "2.11.post1", "3.1.6"]
    parsed = [parse(PYPI, text) for text in chain]
    assert all(a < b for a, b in itertools.pairwise(parsed))
    assert parse(PYPI, "2.10") == parse(PYPI, "2.10.0")
    with pytest.raises(BadVersion):
        parse(PYPI, "not a version")


def test_pypi_names_compare_normalized_and_npm_names_exactly() -> None:
    assert normalize_name(PYPI, "Jinja2") == normalize_name(PYPI, "jinja2")
    assert normalize_name(PYPI, "argon2_cffi.bindings") == "argon2-cffi-bindings"
    assert normalize_name(NPM, "@codemirror/View") == "@codemirror/View"
