"""The inventory port (given, read-only): what orders may ask of inventory, and its errors.

Stage 2 adds InventoryUnavailable: now that inventory is a service, a call can fail without an
answer about stock at all.
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


class InventoryUnavailable(InventoryError):
    """The inventory did not give an answer: it is down, unreachable, too slow, or it failed
    (5xx). Whether the call had an effect is unknown."""


class InventoryPort(Protocol):
    def reserve(self, sku: str, quantity: int) -> str:
        """Hold `quantity` units of `sku`; returns the reservation's id. Raises OutOfStock,
        UnknownSku or InventoryUnavailable."""
        ...

    def release(self, reservation_id: str) -> None:
        """Put a reservation's units back. Raises UnknownReservation or InventoryUnavailable."""
        ...
