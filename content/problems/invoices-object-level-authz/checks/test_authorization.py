from conftest import auth, expect

HIDDEN = "another user's invoice must look exactly like a missing one (404), or ids can be probed"


def test_other_users_invoice_is_404(http):
    """Reading another user's invoice is 404, like an invoice that does not exist."""
    response = expect(http.get("/invoices/3", headers=auth("alice")), 404, HIDDEN)
    assert "Initech" not in response.text
    expect(http.get("/invoices/1", headers=auth("bob")), 404, HIDDEN)
    expect(http.get("/invoices/999", headers=auth("bob")), 404, "there is no invoice 999")


def test_cannot_update_another_users_invoice(http):
    """PATCH on another user's invoice is 404 and changes nothing."""
    expect(
        http.patch("/invoices/3", json={"amount_cents": 1}, headers=auth("alice")), 404,
        "alice may not change bob's invoice: check the owner on writes too, not only on reads",
    )  # fmt: skip
    invoice = http.get("/invoices/3", headers=auth("bob")).json()
    assert invoice["amount_cents"] == 990000, "bob's invoice was changed by alice"


def test_cannot_delete_another_users_invoice(http):
    """DELETE on another user's invoice is 404 and deletes nothing."""
    expect(
        http.delete("/invoices/1", headers=auth("bob")), 404,
        "bob may not delete alice's invoice: every route that takes an id needs the check",
    )  # fmt: skip
    expect(http.get("/invoices/1", headers=auth("alice")), 200, "alice's invoice must survive")


def test_identity_comes_from_the_token_only(http):
    """A user id sent by the client (header, query) never grants access."""
    attempts = [
        {"params": {"user_id": 2}},
        {"params": {"owner_id": 2}},
        {"headers": {"X-User-Id": "2"}},
    ]
    for attempt in attempts:
        headers = {**auth("alice"), **attempt.get("headers", {})}
        response = http.get("/invoices/3", params=attempt.get("params"), headers=headers)
        expect(
            response, 404,
            f"alice sent {attempt}: who the caller is comes from the verified token, never "
            "from anything else in the request",
        )  # fmt: skip


def test_admin_reads_any_invoice_but_changes_only_hers(http):
    """An admin reads any invoice (200) but may not change another's (403)."""
    expect(http.get("/invoices/1", headers=auth("carol")), 200, "carol is an admin")
    expect(
        http.patch("/invoices/1", json={"amount_cents": 1}, headers=auth("carol")), 403,
        "admins audit invoices, they do not edit other users' invoices",
    )  # fmt: skip
    expect(http.delete("/invoices/1", headers=auth("carol")), 403, "nor delete them")
    expect(http.patch("/invoices/4", json={"amount_cents": 6000}, headers=auth("carol")), 200,
           "invoice 4 is carol's own")  # fmt: skip


def test_admin_users_is_for_admins_only(http):
    """GET /admin/users is 403 for a user who is not an admin, 200 for an admin."""
    for who in ("alice", "bob"):
        expect(
            http.get("/admin/users", headers=auth(who)), 403,
            f"{who} is logged in but not an admin: function-level authorisation checks the "
            "role, not just the login",
        )  # fmt: skip
    users = expect(http.get("/admin/users", headers=auth("carol")), 200, "carol is an admin")
    assert sorted(user["username"] for user in users.json()) == ["alice", "bob", "carol"]
