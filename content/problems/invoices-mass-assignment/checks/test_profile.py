from conftest import auth, expect


def test_patch_keeps_the_fields_you_did_not_send(http):
    """PATCH changes only the fields in the body, on /me and on invoices."""
    me = expect(http.patch("/me", json={"email": "alice@wonder.land"}, headers=auth("alice")),
                200, "alice may change her email").json()  # fmt: skip
    assert me["email"] == "alice@wonder.land" and me["display_name"] == "Alice", (
        "PATCH /me with only an email must keep the display name: apply the fields that were "
        "sent (model_dump(exclude_unset=True)), not the model's defaults"
    )
    invoice = expect(http.patch("/invoices/1", json={"customer": "Acme Group"},
                                headers=auth("alice")), 200, "her own invoice").json()  # fmt: skip
    assert invoice["customer"] == "Acme Group" and invoice["amount_cents"] == 120000


def test_invalid_values_are_422(http):
    """Wrong types and out-of-range values are 422."""
    for body in ({"customer": "", "amount_cents": 10}, {"customer": "X", "amount_cents": 0},
                 {"customer": "X", "amount_cents": "ten"}, {"customer": "X"}):  # fmt: skip
        expect(http.post("/invoices", json=body, headers=auth("bob")), 422, f"POST {body}")
    for body in ({"display_name": ""}, {"display_name": "x" * 51}, {"email": "not-an-email"}):
        expect(http.patch("/me", json=body, headers=auth("bob")), 422, f"PATCH /me {body}")


def test_other_users_invoices_stay_hidden(http):
    """Stage 1 still holds: another user's invoice is 404."""
    expect(http.get("/invoices/3", headers=auth("alice")), 404, "bob's invoice, as in stage 1")
    expect(http.patch("/invoices/1", json={"amount_cents": 5}, headers=auth("bob")), 404,
           "alice's invoice, as in stage 1")  # fmt: skip
