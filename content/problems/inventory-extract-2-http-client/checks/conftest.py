"""Shared by the checks (shown to learners): the inventory service and your code wired to it."""

import socket

import pytest
from sample_inventory_service import InventoryService


@pytest.fixture
def service():
    """The inventory service, on a free port of the loopback, for this check."""
    with InventoryService() as running:
        yield running


@pytest.fixture
def client(learner, service):
    """Your HttpInventory(service.url, timeout=0.5), living in your process."""
    return learner.new("inventory_client", "HttpInventory", service.url, timeout=0.5)


@pytest.fixture
def shop(learner, service):
    """wiring.Shop: your OrderService on your HttpInventory, talking to the service."""
    handle = learner.new("wiring", "Shop", service.url, 0.5)

    class Shop:
        def place(self, order_id, *lines):
            lines = [{"sku": sku, "quantity": quantity} for sku, quantity in lines]
            return learner.method(handle, "place_order", order_id, lines)

        def cancel(self, order_id):
            return learner.method(handle, "cancel_order", order_id)

    return Shop()


def closed_port_url():
    """A loopback URL where nothing listens: connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
