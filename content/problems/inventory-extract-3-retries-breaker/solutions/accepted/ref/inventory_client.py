"""InventoryPort over HTTP, with retries (capped exponential backoff, full jitter), idempotency
keys and a circuit breaker."""

import random
import time
import uuid
from collections.abc import Callable
from urllib.parse import quote

import httpx

from inventory import InventoryUnavailable, OutOfStock, UnknownReservation, UnknownSku

RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class HttpInventory:
    def __init__(
        self,
        base_url: str,
        timeout: float = 1.0,
        *,
        max_attempts: int = 4,
        base_delay: float = 0.1,
        max_delay: float = 2.0,
        failure_threshold: int = 5,
        reset_timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.client = httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout)
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.sleep = sleep
        self.rng = rng if rng is not None else random.Random()
        self.breaker = CircuitBreaker(failure_threshold, reset_timeout, clock)

    def reserve(self, sku: str, quantity: int) -> str:
        response = self._call("POST", "/reservations", json={"sku": sku, "quantity": quantity})
        if response.status_code == 201:
            return str(response.json()["id"])
        if response.status_code == 409:
            raise OutOfStock(sku)
        if response.status_code == 404:
            raise UnknownSku(sku)
        raise InventoryUnavailable(f"POST /reservations answered {response.status_code}")

    def release(self, reservation_id: str) -> None:
        response = self._call("DELETE", f"/reservations/{quote(reservation_id, safe='')}")
        if response.status_code in (200, 204):
            return
        if response.status_code == 404:
            raise UnknownReservation(reservation_id)
        raise InventoryUnavailable(f"DELETE /reservations answered {response.status_code}")

    def breaker_state(self) -> str:
        return self.breaker.state()

    def _call(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        # One key per call, the same on every attempt: the service recognises a retry of a
        # request it already processed (whose answer was lost) and replays its answer.
        headers = {"Idempotency-Key": uuid.uuid4().hex}
        for attempt in range(1, self.max_attempts + 1):
            if not self.breaker.allow():
                raise InventoryUnavailable("circuit open: not calling the inventory")
            trial = self.breaker.state() == "half_open"
            try:
                response = self.client.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
            except httpx.HTTPError:
                response = None
            if response is not None and response.status_code not in RETRYABLE_STATUS:
                self.breaker.record_success()
                return response
            self.breaker.record_failure()
            if trial or attempt == self.max_attempts or self.breaker.state() == "open":
                break
            ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
            self.sleep(self.rng.uniform(0, ceiling))  # full jitter
        raise InventoryUnavailable(f"{method} {path}: no answer")

    def close(self) -> None:
        self.client.close()


class CircuitBreaker:
    """closed -> (threshold consecutive failures) -> open -> (reset_timeout) -> half_open;
    half_open: one trial; success -> closed, failure -> open again."""

    def __init__(self, threshold: int, reset_timeout: float, clock: Callable[[], float]) -> None:
        self.threshold = threshold
        self.reset_timeout = reset_timeout
        self.clock = clock
        self.failures = 0
        self.opened_at: float | None = None

    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        if self.clock() - self.opened_at >= self.reset_timeout:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        return self.state() != "open"

    def record_success(self) -> None:
        self.failures = 0
        self.opened_at = None

    def record_failure(self) -> None:
        if self.state() == "half_open":
            self.opened_at = self.clock()  # the trial failed: open again, a new cool-down
            return
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = self.clock()
