from conftest import closed_port_url


def test_unknown_sku_and_unknown_reservation(learner, client):
    """404s map to UnknownSku (reserve) and UnknownReservation (release)."""
    with learner.raises("UnknownSku"):
        learner.method(client, "reserve", "teapot", 1)
    with learner.raises("UnknownReservation"):
        learner.method(client, "release", "r-404")


def test_server_error_is_unavailable(learner, client, service):
    """A 500 or 503 answer is InventoryUnavailable, never OutOfStock."""
    service.fail("POST", 1, status=503)
    service.fail("DELETE", 1, status=500)
    with learner.raises("InventoryUnavailable"):
        learner.method(client, "reserve", "mug", 1)
    reservation = learner.method(client, "reserve", "mug", 1)
    with learner.raises("InventoryUnavailable"):
        learner.method(client, "release", reservation)


def test_refused_connection_is_unavailable(learner):
    """A service that refuses the connection is InventoryUnavailable."""
    down = learner.new("inventory_client", "HttpInventory", closed_port_url(), timeout=0.5)
    with learner.raises("InventoryUnavailable"):
        learner.method(down, "reserve", "mug", 1)
    with learner.raises("InventoryUnavailable"):
        learner.method(down, "release", "r-1")


def test_a_hung_service_times_out(learner, service):
    """A service that never answers is InventoryUnavailable once the timeout passes."""
    service.hang("POST", 1)
    slow = learner.new("inventory_client", "HttpInventory", service.url, timeout=0.2)
    with learner.raises("InventoryUnavailable"):
        # The service holds this request for 2 s: only a client with a 0.2 s timeout gives up.
        learner.method(slow, "reserve", "kettle", 1)


def test_orders_over_http(shop, service):
    """OrderService on HttpInventory places an order and rejects one, releasing over HTTP."""
    placed = shop.place("o-1", ("mug", 2), ("kettle", 1))
    assert placed == {"order_id": "o-1", "status": "placed", "reservations": ["r-1", "r-2"]}
    rejected = shop.place("o-2", ("kettle", 2), ("lamp", 2))
    assert rejected["status"] == "rejected" and rejected["reason"] == "out_of_stock"
    assert service.available("kettle") == 2, "the rejected order's kettle hold is released"
    assert service.calls("DELETE") == [["DELETE", "/reservations/r-3"]]


def test_unavailable_inventory_rejects_the_order(shop, service):
    """An outage mid-order rejects it with reason inventory_unavailable, releasing what was held."""
    service.fail("POST", 2, status=503)
    result = shop.place("o-3", ("mug", 1), ("kettle", 1))
    assert result == {
        "order_id": "o-3",
        "status": "rejected",
        "reason": "inventory_unavailable",
        "sku": "kettle",
    }
    assert service.available("mug") == 5, "the mug reserved before the outage is released"


def test_cancel_resumes_after_an_outage(shop, service, learner):
    """A cancel cut short by an outage raises, and its retry releases only what is left."""
    shop.place("o-4", ("mug", 1), ("kettle", 1), ("lamp", 1))
    service.fail("DELETE", 2, status=503)
    with learner.raises("InventoryUnavailable"):
        shop.cancel("o-4")
    assert shop.cancel("o-4") == {"order_id": "o-4", "status": "cancelled"}
    assert [service.available(sku) for sku in ("mug", "kettle", "lamp")] == [5, 3, 1]
    deletes = [path for _, path in service.calls("DELETE")]
    assert deletes.count("/reservations/r-1") == 1, (
        f"r-1 was released before the outage; the retry must not release it again: {deletes}"
    )
