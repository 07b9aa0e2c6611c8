from conftest import NOTHING


def test_sample_happy_path(shop):
    saga = shop()
    assert saga.run() == {"order_id": "o-1", "status": "completed"}
    assert saga.calls() == [
        ["inventory.reserve", "ok"],
        ["payments.charge", "ok"],
        ["shipping.schedule", "ok"],
    ]
    assert saga.effects() == {"held": True, "charged": 4200, "scheduled": True}


def test_sample_declined_payment_releases_the_stock(shop):
    saga = shop({"payments.charge": ["declined"]})
    assert saga.run() == {
        "order_id": "o-1",
        "status": "compensated",
        "failed_step": "charge",
        "reason": "declined",
    }
    assert saga.calls() == [
        ["inventory.reserve", "ok"],
        ["payments.charge", "declined"],
        ["inventory.release", "ok"],
    ], "a declined charge did nothing; only the reservation before it is undone"
    assert saga.effects() == NOTHING
