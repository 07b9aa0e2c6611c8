import ast

PORT_NAMES = {
    "InventoryPort",
    "InventoryError",
    "OutOfStock",
    "UnknownSku",
    "UnknownReservation",
}


def test_works_with_another_inventory(shop):
    """The same order works with WarehouseInventory, another implementation of the port."""
    warehouse = shop("warehouse")
    result = warehouse.place("o-1", ("mug", 2), ("kettle", 1))
    assert result == {
        "order_id": "o-1",
        "status": "placed",
        "reservations": ["WH-MUG-7001", "WH-KETTLE-7002"],
    }, "the reservation ids are whatever the injected inventory's reserve() returned"
    assert warehouse.available("mug") == 3 and warehouse.available("kettle") == 2
    assert warehouse.journal() == [["reserve", "mug", 2], ["reserve", "kettle", 1]], (
        "orders talks to the inventory through reserve() and release() only"
    )


def test_rejected_order_releases_earlier_lines(shop):
    """When a later line is out of stock, the lines already reserved are released."""
    warehouse = shop("warehouse")
    result = warehouse.place("o-3", ("mug", 2), ("kettle", 3), ("lamp", 4))
    assert result == {"order_id": "o-3", "status": "rejected", "reason": "out_of_stock", "sku": "lamp"}
    assert warehouse.available("mug") == 5 and warehouse.available("kettle") == 3, (
        "a rejected order must not keep any units reserved"
    )
    released = sorted(call[1] for call in warehouse.journal() if call[0] == "release")
    assert released == ["WH-KETTLE-7002", "WH-MUG-7001"], (
        f"expected both earlier reservations released once each, got {warehouse.journal()}"
    )


def test_unknown_sku_is_rejected(shop):
    """An unknown SKU rejects the order with reason unknown_sku, releasing earlier lines."""
    warehouse = shop("warehouse")
    result = warehouse.place("o-4", ("kettle", 1), ("teapot", 1))
    assert result == {"order_id": "o-4", "status": "rejected", "reason": "unknown_sku", "sku": "teapot"}
    assert warehouse.available("kettle") == 3


def test_cancel_releases_the_reservations(shop):
    """Cancelling a placed order releases its reservations."""
    warehouse = shop("warehouse")
    warehouse.place("o-5", ("mug", 4), ("lamp", 1))
    assert warehouse.cancel("o-5") == {"order_id": "o-5", "status": "cancelled"}
    assert warehouse.available("mug") == 5 and warehouse.available("lamp") == 1


def test_cancel_twice_releases_once(shop):
    """Cancelling an order again answers 'cancelled' and releases nothing more."""
    warehouse = shop("warehouse")
    warehouse.place("o-6", ("mug", 1))
    assert warehouse.cancel("o-6") == {"order_id": "o-6", "status": "cancelled"}
    assert warehouse.cancel("o-6") == {"order_id": "o-6", "status": "cancelled"}, (
        "a repeated cancel (a client retrying) must succeed again"
    )
    releases = [call for call in warehouse.journal() if call[0] == "release"]
    assert releases == [["release", "WH-MUG-7001"]], f"released more than once: {releases}"


def test_cancel_unknown_order_is_key_error(shop, learner):
    """Cancelling an order that was never placed raises KeyError."""
    warehouse = shop("warehouse")
    with learner.raises("KeyError"):
        warehouse.cancel("never-placed")


def test_invalid_lines_touch_nothing(shop, learner):
    """An order with an invalid line raises ValueError before any call to the inventory."""
    warehouse = shop("warehouse")
    for lines in (
        [],
        [{"sku": "mug", "quantity": 1}, {"sku": "kettle", "quantity": 0}],
        [{"sku": "mug", "quantity": 2}, {"sku": "lamp", "quantity": -1}],
        [{"sku": "mug", "quantity": 1}, {"sku": "kettle", "quantity": "2"}],
    ):
        with learner.raises("ValueError"):
            warehouse.place_raw("o-bad", lines)
    assert warehouse.journal() == [], (
        f"validate every line first: the inventory saw {warehouse.journal()}"
    )
    assert warehouse.available("mug") == 5


def test_orders_depends_only_on_the_port(lab):
    """orders.py imports only the port and its errors from inventory, no implementation."""
    tree = ast.parse(lab.files["orders.py"])
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "inventory":
            extra = {alias.name for alias in node.names} - PORT_NAMES
            assert not extra, (
                f"orders.py imports {sorted(extra)} from inventory: depend on InventoryPort and "
                "its exceptions, and receive the implementation in the constructor"
            )
        if isinstance(node, ast.Import):
            names = {alias.name for alias in node.names}
            assert "inventory" not in names, (
                "import the port's names (from inventory import InventoryPort, ...), not the "
                "whole inventory module with its implementation"
            )
        if isinstance(node, ast.Attribute):
            assert node.attr not in ("stock", "reservations"), (
                f"orders.py reads .{node.attr}: that is LocalInventory's private table; ask "
                "the port (reserve/release) instead"
            )
