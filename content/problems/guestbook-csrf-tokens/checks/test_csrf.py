import re

from sample_csrf import form_token, messages, post_entry
from sample_html import cookie_value, sign_in


def test_token_from_another_session_is_403(http, alice, bob):
    """Alice's valid token does not work with bob's session."""
    alices = form_token(http, alice)
    response = post_entry(http, bob, alices, message="forged by alice")
    assert response.status_code == 403, (
        f"bob's cookie with alice's token got {response.status_code}: an attacker has a valid "
        "token of their own; the token must be bound to the victim's session, not just valid"
    )
    assert messages(http) == []


def test_missing_or_empty_token_is_403(http, alice):
    """A POST with no token, or an empty one, is 403 and stores nothing."""
    for token in (None, ""):
        response = post_entry(http, alice, token, message="forged")
        assert response.status_code == 403, (
            f"csrf_token={token!r}: expected 403, got {response.status_code}. A forged form "
            "simply leaves the field out: a check that runs only when a token is present "
            "checks nothing"
        )
    assert messages(http) == []


def test_double_submit_cookie_is_not_enough(http, bob):
    """A csrf cookie planted by the attacker, with the same value in the form, is 403."""
    planted = "attacker-chosen-value-0123456789"
    # The attacker tossed cookies of their own for the domain, next to bob's session cookie.
    cookies = [f"session={cookie_value(bob, 'session')}"] + [
        f"{name}={planted}" for name in ("csrf_token", "csrftoken", "csrf", "_csrf")
    ]
    headers = {"Cookie": "; ".join(cookies)}
    response = post_entry(http, headers, planted, message="forged with a planted cookie")
    assert response.status_code == 403, (
        f"got {response.status_code}: comparing the form with a cookie only proves the two "
        "match, and anyone who can set a cookie for the domain (a sibling subdomain, a "
        "plain-HTTP man in the middle) chooses both. Compare with the token stored in the "
        "session on the server"
    )
    assert messages(http) == []


def test_tokens_are_unpredictable(http):
    """Each session gets its own random token of 16+ characters."""
    tokens = [form_token(http, sign_in(http, "alice")) for _ in range(3)]
    tokens.append(form_token(http, sign_in(http, "bob")))
    assert len(set(tokens)) == len(tokens), (
        f"tokens {tokens}: two sessions of the same user got the same token. A token derived "
        "from the user name (or a constant) can be computed by the attacker; use "
        "secrets.token_urlsafe(32) per session"
    )
    for token in tokens:
        assert len(token) >= 16 and re.fullmatch(r"[A-Za-z0-9_\-.~+/=]+", token), (
            f"token {token!r}: at least 16 random URL-safe characters"
        )


def test_signing_still_works_for_both_users(http, alice, bob):
    """Each user signs with their own token: 303, both entries stored with their author."""
    for user, session in (("alice", alice), ("bob", bob)):
        response = post_entry(http, session, form_token(http, session), message=f"from {user}")
        assert response.status_code == 303, f"{user} signs with her or his own token"
    entries = http.get("/api/entries").json()
    assert [(entry["author"], entry["message"]) for entry in entries] == [
        ("alice", "from alice"), ("bob", "from bob"),
    ]  # fmt: skip


def test_earlier_stages_still_hold(http, alice, bob, marker):
    """Stages 1 and 2 still hold: payloads are escaped, the CSP and cookie flags are set."""
    from sample_headers import assert_secure_headers
    from sample_html import Page, assert_inert

    payload = f"<img src=x onerror=alert('{marker}')>"
    assert post_entry(http, alice, form_token(http, alice), message=payload).status_code == 303
    response = http.get("/", headers=bob)
    assert_secure_headers(response)
    assert_inert(Page(response.text), marker, "a message")
