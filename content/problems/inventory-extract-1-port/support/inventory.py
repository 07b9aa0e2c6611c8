"""The inventory module's public face: the port the rest of the shop may use (given, read-only).

Orders may import `InventoryPort` and the exceptions from here. `LocalInventory` is the
monolith's implementation; orders must not depend on it, nor on anything it keeps inside.
"""

from typing import Protocol


class InventoryError(Exception):
    """Base class of the errors the inventory port raises."""


class OutOfStock(InventoryError):
    """reserve(): fewer units are available than requested. Nothing was reserved."""


class UnknownSku(InventoryError):
    """reserve(): the inventory has never heard of this SKU. Nothing was reserved."""


class UnknownReservation(InventoryError):
    """release(): no such reservation (never made, or already released)."""


class InventoryPort(Protocol):
    """What orders may ask of inventory, and nothing more."""

    def reserve(self, sku: str, quantity: int) -> str:
        """Hold `quantity` units of `sku` for an order; returns the reservation's id.
        Raises OutOfStock or UnknownSku (then nothing was reserved)."""
        ...

    def release(self, reservation_id: str) -> None:
        """Put a reservation's units back on the shelf. Raises UnknownReservation when the id
        is unknown or was already released."""
        ...


class LocalInventory:
    """The monolith's inventory: a dict of stock levels in this process (the shared table)."""

    def __init__(self, stock: dict[str, int]) -> None:
        self.stock = dict(stock)  # sku -> units on the shelf
        self.reservations: dict[str, tuple[str, int]] = {}
        self._next_id = 0

    def reserve(self, sku: str, quantity: int) -> str:
        if sku not in self.stock:
            raise UnknownSku(sku)
        if quantity > self.stock[sku]:
            raise OutOfStock(sku)
        self.stock[sku] -= quantity
        self._next_id += 1
        reservation_id = f"res-{self._next_id}"
        self.reservations[reservation_id] = (sku, quantity)
        return reservation_id

    def release(self, reservation_id: str) -> None:
        if reservation_id not in self.reservations:
            raise UnknownReservation(reservation_id)
        sku, quantity = self.reservations.pop(reservation_id)
        self.stock[sku] += quantity
