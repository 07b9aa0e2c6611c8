"""Shared by the checks: who is who, and their bearer tokens."""

TOKENS = {
    "alice": "alice-token-3b1f",  # user 1, owns invoices 1 and 2
    "bob": "bob-token-9c2e",  # user 2, owns invoice 3
    "carol": "carol-token-admin-77d0",  # user 3, an admin, owns invoice 4
}


def auth(who):
    """Headers for a request made by `who`."""
    return {"Authorization": f"Bearer {TOKENS[who]}"}


def expect(response, code, why):
    assert response.status_code == code, (
        f"{response.request.method} {response.request.url.path}: expected {code}, got "
        f"{response.status_code} ({response.text[:200]}). {why}"
    )
    return response


PUBLIC_USER_FIELDS = {"id", "username", "display_name", "email", "plan", "is_admin"}


def assert_public_user(user, where):
    assert set(user) == PUBLIC_USER_FIELDS, (
        f"{where}: a user is shown with exactly {sorted(PUBLIC_USER_FIELDS)}, got "
        f"{sorted(user)}. Tokens and password hashes never leave the server: answer through "
        "an output model (response_model) that lists what a client may see"
    )
