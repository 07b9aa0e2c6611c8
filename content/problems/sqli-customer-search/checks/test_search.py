from conftest import ALICE, BOB, names, search


def test_search_is_a_case_insensitive_prefix_in_your_team(http):
    """name is a case-insensitive prefix, and an agent sees their own team only."""
    assert names(search(http, ALICE, name="No")) == ["Noah Berg", "Nora Lind"]
    assert names(search(http, ALICE, name="n")) == ["Nils Dahl", "Noah Berg", "Nora Lind"], (
        "Nina Russo starts with N too, but she is team south's customer"
    )
    assert names(search(http, BOB, name="n")) == ["Nina Russo"]
    assert names(search(http, BOB, name="Lind")) == [], "a prefix, not a substring"


def test_apostrophe_in_a_name_is_just_a_letter(http):
    """Searching for Sean O'Brien by a prefix with an apostrophe finds him."""
    for prefix in ("Sean O'", "Sean O'Brien", "sean o'b"):
        assert names(search(http, ALICE, name=prefix)) == ["Sean O'Brien"], (
            f"name={prefix!r}: an apostrophe is part of real names; a fix that strips, "
            "rejects or breaks on quotes breaks the search for Irish customers"
        )


def test_every_sort_column_both_ways(http):
    """sort=name|city|id with order=asc|desc orders the answer."""
    expected = {
        "name": ["Nils Dahl", "Noah Berg", "Nora Lind", "Sean O'Brien"],
        "city": ["Noah Berg", "Sean O'Brien", "Nils Dahl", "Nora Lind"],  # Alta, Bergen, ...
        "id": ["Nora Lind", "Noah Berg", "Sean O'Brien", "Nils Dahl"],
    }
    for sort, ascending in expected.items():
        assert names(search(http, ALICE, sort=sort, order="asc")) == ascending, f"sort={sort}"
        assert names(search(http, ALICE, sort=sort, order="desc")) == ascending[::-1], (
            f"sort={sort}&order=desc"
        )


def test_unknown_or_missing_agent_key_is_401(http):
    """A missing or unknown X-Agent-Key is 401."""
    assert search(http, None).status_code == 401
    assert search(http, "key-mallory-000000").status_code == 401
