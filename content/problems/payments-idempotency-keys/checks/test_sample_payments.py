from conftest import LAMP, pay


def test_sample_payment_is_created(http, provider):
    response = pay(http, "key-1")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["id"].startswith("pay_") and body["status"] == "succeeded"
    assert {name: body[name] for name in LAMP} == LAMP
    assert body["charge_id"] == "ch_1"
    assert provider.charges == [LAMP]


def test_sample_same_key_replays_the_first_response(http, provider):
    first = pay(http, "key-2")
    again = pay(http, "key-2")
    assert again.status_code == first.status_code == 201, "the replay has the first status"
    assert again.json() == first.json(), "the replay is the first response, the same payment id"
    assert again.headers.get("idempotent-replayed") == "true", "a replay says so in a header"
    assert len(provider.charges) == 1, "the card must be charged once"
