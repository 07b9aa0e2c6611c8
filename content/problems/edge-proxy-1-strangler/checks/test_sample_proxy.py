from conftest import served_by


def test_sample_invoices_go_to_billing(http, both):
    response = http.get("/invoices/7")
    assert served_by(response) == "billing"
    assert response.json()["path"] == "/invoices/7"


def test_sample_everything_else_goes_to_legacy(http, both):
    response = http.get("/customers/3")
    assert served_by(response) == "legacy"
    assert response.json()["path"] == "/customers/3"
