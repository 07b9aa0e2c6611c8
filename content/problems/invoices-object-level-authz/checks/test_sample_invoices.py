from conftest import auth, expect


def test_sample_alice_reads_her_invoice(http):
    invoice = expect(http.get("/invoices/1", headers=auth("alice")), 200, "it is hers").json()
    assert invoice["owner_id"] == 1
    assert invoice["customer"] == "Acme Ltd"


def test_sample_no_token_is_401(http):
    expect(http.get("/invoices/1"), 401, "no bearer token: who is asking?")
    expect(http.get("/invoices/1", headers={"Authorization": "Bearer nope"}), 401, "bad token")
