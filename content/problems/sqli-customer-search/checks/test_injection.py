from conftest import ALICE, assert_no_leak, search


def test_quote_cannot_widen_the_search(http):
    """A quote and OR in name do not reveal another team's customers."""
    for name in ("' OR '1'='1", "x' OR 1=1 --", "%' OR team = 'south' OR name LIKE '"):
        response = search(http, ALICE, name=name)
        assert_no_leak(response, f"name={name!r}")


def test_union_cannot_read_the_agents_table(http):
    """A UNION SELECT in name does not read the agents' API keys."""
    name = "zzz' UNION SELECT 1, name, team, api_key FROM agents --"
    assert_no_leak(search(http, ALICE, name=name), f"name={name!r}")


def test_comment_cannot_cut_off_the_team_filter(http):
    """A comment (-- or /*) in name does not cut the team filter off the query."""
    for name in ("%' --", "%'/*"):
        assert_no_leak(search(http, ALICE, name=name), f"name={name!r}")


def test_agent_key_cannot_be_injected(http):
    """An X-Agent-Key made of SQL is refused with 401."""
    for key in ("' OR '1'='1", "' UNION SELECT 'south' --", "x' OR name = 'root' --"):
        response = search(http, key)
        assert response.status_code == 401, (
            f"X-Agent-Key: {key!r} got {response.status_code}: the key was run as SQL and "
            "logged the attacker in as some agent"
        )


def test_sort_must_be_an_allowed_column(http):
    """sort and order outside the allowed values are refused with 422."""
    probes = [
        {"sort": "CASE WHEN (SELECT substr(api_key, 10, 1) FROM agents WHERE name = 'root')"
         " = 'c' THEN name ELSE city END"},
        {"sort": "name; DROP TABLE customers"},
        {"sort": "email"},
        {"sort": "name", "order": "desc, (SELECT 1)"},
    ]
    for params in probes:
        response = search(http, ALICE, **params)
        assert response.status_code == 422, (
            f"{params}: expected 422, got {response.status_code}. ORDER BY takes a column "
            "name, which cannot be a bound parameter: map sort through an allow-list "
            "(name, city, id) and refuse anything else, or an attacker's expression runs "
            "and the order of the rows leaks a secret one bit per request"
        )
