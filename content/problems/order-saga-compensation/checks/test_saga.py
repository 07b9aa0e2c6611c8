from conftest import NOTHING


def test_compensations_run_in_reverse_order(shop):
    """When shipping is declined, the refund comes before the release: reverse order."""
    saga = shop({"shipping.schedule": ["declined"]})
    result = saga.run()
    assert result["status"] == "compensated" and result["failed_step"] == "schedule"
    assert saga.calls()[2:] == [
        ["shipping.schedule", "declined"],
        ["payments.refund", "ok"],
        ["inventory.release", "ok"],
    ], "undo the completed steps last-done-first: refund, then release"
    assert saga.effects() == NOTHING


def test_transient_failure_is_retried(shop):
    """A step that is Unavailable is retried, and the saga completes when a retry works."""
    saga = shop({"payments.charge": ["unavailable", "unavailable", "ok"]})
    assert saga.run() == {"order_id": "o-1", "status": "completed"}
    assert saga.calls().count(["payments.charge", "unavailable"]) == 2
    assert saga.effects() == {"held": True, "charged": 4200, "scheduled": True}


def test_a_decline_is_not_retried(shop):
    """A Declined step is a final answer: it is called once, never retried."""
    saga = shop({"payments.charge": ["declined", "ok"]})
    assert saga.run()["status"] == "compensated"
    charges = [call for call in saga.calls() if call[0] == "payments.charge"]
    assert charges == [["payments.charge", "declined"]], (
        f"retrying a decline would charge the card on the second try: {charges}"
    )


def test_unknown_outcome_is_compensated(shop):
    """A step still Unavailable after max_attempts may have happened: it is undone too."""
    saga = shop({"payments.charge": ["lost", "lost", "lost"]})
    result = saga.run()
    assert result == {
        "order_id": "o-1",
        "status": "compensated",
        "failed_step": "charge",
        "reason": "unavailable",
    }
    assert saga.calls()[-2:] == [["payments.refund", "ok"], ["inventory.release", "ok"]], (
        "the charge's outcome is unknown (its answer was lost): refund it, then release"
    )
    assert saga.effects() == NOTHING, "the customer was charged and never refunded"


def test_compensation_is_retried_until_it_succeeds(shop):
    """An undo that is Unavailable is retried until it succeeds, then the next undo runs."""
    saga = shop(
        {"shipping.schedule": ["declined"], "payments.refund": ["unavailable", "unavailable"]}
    )
    assert saga.run()["status"] == "compensated"
    assert saga.calls()[2:] == [
        ["shipping.schedule", "declined"],
        ["payments.refund", "unavailable"],
        ["payments.refund", "unavailable"],
        ["payments.refund", "ok"],
        ["inventory.release", "ok"],
    ]
    assert saga.effects() == NOTHING


def test_first_step_declined_undoes_nothing(shop):
    """A declined reservation ends the saga at once: no step ran, nothing to undo."""
    saga = shop({"inventory.reserve": ["declined"]})
    assert saga.run() == {
        "order_id": "o-1",
        "status": "compensated",
        "failed_step": "reserve",
        "reason": "declined",
    }
    assert saga.calls() == [["inventory.reserve", "declined"]], (
        "steps that never started have nothing to undo"
    )


def test_orders_are_independent(shop):
    """Two orders through one saga: each order's calls carry its own id."""
    saga = shop({"shipping.schedule": ["ok", "declined"]})
    first = {"id": "o-7", "items": ["lamp"], "amount": 900, "address": "2 Oak Ave"}
    second = {"id": "o-8", "items": ["mug"], "amount": 1200, "address": "3 Pine Rd"}
    assert saga.run(first)["status"] == "completed"
    assert saga.run(second)["status"] == "compensated"
    assert saga.effects("o-7") == {"held": True, "charged": 900, "scheduled": True}
    assert saga.effects("o-8") == NOTHING
    assert {order for _, order, _ in saga.journal()[-3:]} == {"o-8"}
