"""Shared by the checks: the catalogue the app starts with, and what each listing must be."""

import re
from urllib.parse import parse_qs, urlsplit

# The same 60 products as support/catalog_db.py (id, name, category, price_cents, created_at).
CATEGORIES = ("tents", "stoves", "ropes", "boots")
_ADJECTIVES = ("Alpine", "Summit", "Ridge", "Glacier", "Canyon", "Tundra", "Cirrus")
_NOUNS = {"tents": "Tent", "stoves": "Stove", "ropes": "Rope", "boots": "Boot"}
FIELDS = ("id", "name", "category", "price_cents", "created_at")


def seed():
    rows = []
    for i in range(1, 61):
        category = CATEGORIES[(i * 7) % 4]
        name = f"{_ADJECTIVES[(i * 3) % 7]} {_NOUNS[category]} {i:02d}"
        price_cents = 1000 + ((i * 37) % 13) * 500
        created_at = 1_700_000_000 + ((i * 11) % 20) * 3600
        rows.append(dict(zip(FIELDS, (i, name, category, price_cents, created_at))))
    return rows


SORT_KEYS = {
    "price": lambda p: (p["price_cents"], p["id"]),
    "-price": lambda p: (-p["price_cents"], p["id"]),
    "created": lambda p: (p["created_at"], p["id"]),
    "-created": lambda p: (-p["created_at"], p["id"]),
    "name": lambda p: (p["name"], p["id"]),
}


def expected(sort="-created", category=None, min_price=None, max_price=None, products=None):
    """The full listing, in order, that the app must return page by page."""
    found = [
        p
        for p in (products if products is not None else seed())
        if (category is None or p["category"] == category)
        and (min_price is None or p["price_cents"] >= min_price)
        and (max_price is None or p["price_cents"] <= max_price)
    ]
    return sorted(found, key=SORT_KEYS[sort])


def ids(items):
    return [item["id"] for item in items]


def next_link(response):
    """The URL of Link: <...>; rel="next", or None."""
    header = response.headers.get("link")
    if header is None:
        return None
    for part in header.split(","):
        match = re.fullmatch(r'\s*<([^>]*)>\s*;\s*rel="?next"?\s*', part)
        if match:
            return match.group(1)
    return None


def follow(http, url):
    """GET a Link target (a path with its query, or a full URL on the app)."""
    parts = urlsplit(url)
    return http.get(parts.path, params={k: v[0] for k, v in parse_qs(parts.query).items()})


def walk(http, params, between=None, pages=30):
    """Follow next_cursor from the first page; `between(page_number)` runs after each page but
    the last. Returns (every item in order, the number of pages)."""
    items, cursor = [], None
    for number in range(1, pages + 1):
        query = dict(params, **({"cursor": cursor} if cursor is not None else {}))
        body = get_ok(http, query).json()
        items += body["items"]
        cursor = body.get("next_cursor")
        if cursor is None:
            return items, number
        assert isinstance(cursor, str) and cursor, f"next_cursor is a string or null; got {cursor!r}"
        if between is not None:
            between(number)
    raise AssertionError(f"still a next_cursor after {pages} pages: the walk never ends")


def create(http, name, category="tents", price_cents=9900):
    response = http.post("/products", json={"name": name, "category": category, "price_cents": price_cents})
    assert response.status_code == 201, f"POST /products: {response.status_code} {response.text[:200]}"
    return response.json()


def get_ok(http, params):
    response = http.get("/products", params=params)
    assert response.status_code == 200, (
        f"GET /products?{params}: expected 200, got {response.status_code}: {response.text[:300]}"
    )
    return response
