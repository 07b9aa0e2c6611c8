"""Shared by the checks: the agents' keys, the customers of each team, and a search helper."""

ALICE = "key-alice-7f3a9c"  # team north
BOB = "key-bob-2d8e41"  # team south
AGENT_KEYS = ["key-alice-7f3a9c", "key-bob-2d8e41", "key-root-c0ffee99"]

NORTH = ["Nils Dahl", "Noah Berg", "Nora Lind", "Sean O'Brien"]  # sorted by name
SOUTH = ["Marco Bianchi", "Nina Russo", "Sofia Rossi"]
SOUTH_EMAILS = ["marco@bianchi.example", "nina@russo.example", "sofia@rossi.example"]


def search(http, key, **params):
    """GET /customers/search as the agent with `key` (None: no X-Agent-Key header)."""
    headers = {} if key is None else {"X-Agent-Key": key}
    return http.get("/customers/search", params=params, headers=headers)


def names(response):
    """The customer names of a 200 answer, in the order the app gave them."""
    assert response.status_code == 200, (
        f"expected 200, got {response.status_code}: {response.text[:300]}"
    )
    return [customer["name"] for customer in response.json()["customers"]]


def assert_no_leak(response, what):
    """Nothing of team south and no agent key may appear in an answer to alice."""
    body = response.text
    for secret in SOUTH + SOUTH_EMAILS + AGENT_KEYS:
        assert secret not in body, (
            f"{what}: the answer contains {secret!r}, which alice must never see. The input "
            "was run as SQL: bind every value as a parameter (?), never format it into the query."
        )
