from conftest import auth, expect


def test_owner_creates_updates_and_deletes(http):
    """An owner creates (201), updates (200) and deletes (204) their own invoice."""
    created = expect(
        http.post("/invoices", json={"customer": "Hooli", "amount_cents": 7000},
                  headers=auth("bob")),
        201, "bob creates an invoice",
    ).json()  # fmt: skip
    assert created["owner_id"] == 2 and created["status"] == "draft"
    path = f"/invoices/{created['id']}"
    updated = expect(
        http.patch(path, json={"amount_cents": 7500}, headers=auth("bob")), 200, "his own"
    ).json()
    assert updated["amount_cents"] == 7500 and updated["customer"] == "Hooli"
    expect(http.delete(path, headers=auth("bob")), 204, "he may delete his own invoice")
    expect(http.get(path, headers=auth("bob")), 404, "it was deleted")


def test_list_shows_only_your_invoices(http):
    """GET /invoices lists the caller's own invoices only."""
    http.post("/invoices", json={"customer": "Hooli", "amount_cents": 7000}, headers=auth("bob"))
    mine = expect(http.get("/invoices", headers=auth("alice")), 200, "alice's list").json()
    assert sorted(invoice["id"] for invoice in mine) == [1, 2], (
        "alice's list must hold invoices 1 and 2 only: a list endpoint needs the same "
        "ownership filter as the object endpoints (WHERE owner_id = the caller)"
    )
    bobs = expect(http.get("/invoices", headers=auth("bob")), 200, "bob's list").json()
    assert sorted(invoice["customer"] for invoice in bobs) == ["Hooli", "Initech"]
