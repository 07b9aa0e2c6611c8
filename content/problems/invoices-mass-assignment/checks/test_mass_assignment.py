from conftest import assert_public_user, auth, expect

REFUSE = (
    "a field the client may not set must be refused with 422: bind the body to an input "
    "model that lists the settable fields (extra='forbid'), not to a dict or the whole record"
)


def test_cannot_make_yourself_admin(http):
    """PATCH /me with is_admin is 422, and the user stays a plain user."""
    response = http.patch("/me", json={"display_name": "A", "is_admin": True},
                          headers=auth("alice"))  # fmt: skip
    expect(response, 422, REFUSE)
    expect(http.get("/admin/users", headers=auth("alice")), 403, "alice is still no admin")
    me = http.get("/me", headers=auth("alice")).json()
    assert me["is_admin"] is False and me["display_name"] == "Alice", (
        "a refused request changes nothing, not even the fields that were allowed"
    )


def test_cannot_upgrade_your_own_plan(http):
    """PATCH /me with plan is 422, and the plan stays free."""
    expect(http.patch("/me", json={"plan": "pro"}, headers=auth("alice")), 422,
           "the plan is changed by billing, not by the user: " + REFUSE)  # fmt: skip
    assert http.get("/me", headers=auth("alice")).json()["plan"] == "free"


def test_cannot_change_identity_fields(http):
    """PATCH /me with id, username, token or password_hash is 422."""
    for body in ({"id": 2}, {"username": "bob"}, {"token": "mine-now"},
                 {"password_hash": "x"}):  # fmt: skip
        expect(http.patch("/me", json=body, headers=auth("alice")), 422, f"{body}: {REFUSE}")
    me = expect(http.get("/me", headers=auth("alice")), 200, "alice's token still works").json()
    assert me["id"] == 1 and me["username"] == "alice"


def test_invoice_owner_and_status_are_not_writable(http):
    """owner_id, status and id in an invoice body are 422 on POST and PATCH."""
    for body in ({"customer": "Hooli", "amount_cents": 10, "status": "paid"},
                 {"customer": "Hooli", "amount_cents": 10, "owner_id": 2},
                 {"customer": "Hooli", "amount_cents": 10, "id": 3}):  # fmt: skip
        expect(http.post("/invoices", json=body, headers=auth("alice")), 422, f"{body}: {REFUSE}")
    for body in ({"status": "paid"}, {"owner_id": 2}, {"id": 9}):
        expect(http.patch("/invoices/2", json=body, headers=auth("alice")), 422,
               f"{body}: {REFUSE}")  # fmt: skip
    invoice = http.get("/invoices/2", headers=auth("alice")).json()
    assert invoice["status"] == "draft" and invoice["owner_id"] == 1 and invoice["id"] == 2
    mine = http.get("/invoices", headers=auth("alice")).json()
    assert sorted(found["id"] for found in mine) == [1, 2], "no invoice was created"


def test_admin_user_list_has_no_secrets(http):
    """GET /admin/users shows the public fields of each user, no tokens or hashes."""
    response = expect(http.get("/admin/users", headers=auth("carol")), 200, "carol is admin")
    for user in response.json():
        assert_public_user(user, "GET /admin/users")
    for secret in ("token", "argon2", "password"):
        assert secret not in response.text, f"the admin list leaks {secret!r}"
