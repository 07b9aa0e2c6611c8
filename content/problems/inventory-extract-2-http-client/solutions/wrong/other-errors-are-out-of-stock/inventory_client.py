# Caught by test_server_error_is_unavailable: any failed POST becomes OutOfStock, so a 503
# during an outage tells the customer the mug is sold out.
"""InventoryPort over HTTP: an adapter for the inventory service."""

from urllib.parse import quote

import httpx

from inventory import InventoryUnavailable, OutOfStock, UnknownReservation, UnknownSku


class HttpInventory:
    def __init__(self, base_url: str, timeout: float = 1.0) -> None:
        # One client: connections are reused, and the timeout covers connect, write, read and
        # waiting for a pooled connection. No call may wait longer than `timeout`.
        self.client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout)

    def reserve(self, sku: str, quantity: int) -> str:
        response = self._send("POST", "/reservations", json={"sku": sku, "quantity": quantity})
        if response.status_code == 201:
            return str(response.json()["id"])
        if response.status_code == 409:
            raise OutOfStock(sku)
        if response.status_code == 404:
            raise UnknownSku(sku)
        raise OutOfStock(sku)  # "the reservation did not work", whatever the status

    def release(self, reservation_id: str) -> None:
        response = self._send("DELETE", f"/reservations/{quote(reservation_id, safe='')}")
        if response.status_code in (200, 204):
            return
        if response.status_code == 404:
            raise UnknownReservation(reservation_id)
        raise InventoryUnavailable(f"DELETE /reservations answered {response.status_code}")

    def _send(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        try:
            return self.client.request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError as error:  # refused, reset, timed out, malformed...
            raise InventoryUnavailable(f"{method} {path}: {type(error).__name__}") from error

    def close(self) -> None:
        self.client.close()
