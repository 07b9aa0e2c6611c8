"""InventoryPort over HTTP: an adapter for the inventory service."""

import httpx

from inventory import InventoryUnavailable, OutOfStock, UnknownReservation, UnknownSku


class HttpInventory:
    def __init__(self, base_url: str, timeout: float = 1.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def reserve(self, sku: str, quantity: int) -> str:
        # TODO: POST /reservations and map every answer onto the port's contract.
        response = httpx.post(f"{self.base_url}/reservations", json={"sku": sku, "quantity": quantity})
        return str(response.json()["id"])

    def release(self, reservation_id: str) -> None:
        # TODO: DELETE /reservations/{id}
        raise NotImplementedError
