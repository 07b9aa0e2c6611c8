"""Given (read-only): the client of the pricing service, which is slow and expensive.

In production one quote costs the pricing cluster about two seconds of CPU. In the lab the
pricing service is run by the checks on 127.0.0.1:9300: they count every request it gets, and
they can hold a request until they let it go, fail it, or answer 404.
"""

import httpx

BASE_URL = "http://127.0.0.1:9300"


class UnknownSku(Exception):
    """The pricing service does not know this SKU (it answered 404)."""


class PricingUnavailable(Exception):
    """The pricing service failed (any other error)."""


# One client for every thread of the app: httpx.Client is thread-safe and keeps connections.
_client = httpx.Client(base_url=BASE_URL, timeout=10.0, trust_env=False)


def fetch_quote(sku: str) -> dict:
    """The current quote of `sku`, e.g. {"sku": "kettle", "price": 24.5, "fetch": 1}."""
    try:
        response = _client.get(f"/quotes/{sku}")
    except httpx.HTTPError as error:
        raise PricingUnavailable(str(error)) from None
    if response.status_code == 404:
        raise UnknownSku(sku)
    if response.status_code != 200:
        raise PricingUnavailable(f"pricing answered {response.status_code}")
    return response.json()
