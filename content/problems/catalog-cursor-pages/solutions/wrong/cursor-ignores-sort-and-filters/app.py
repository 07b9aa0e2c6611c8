# Caught by test_a_cursor_only_works_with_its_sort_and_filters: the cursor holds the last
# row only, so a cursor of one listing is silently applied to another one.
"""The outfitter's catalogue API (stage 2: cursor pagination)."""

import base64
import binascii
import json
import time
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from catalog_db import connect

app = FastAPI()

# The allow-list: each sort is a column, a direction, and the Python type of its values.
SORTS: dict[str, tuple[str, bool, type]] = {
    "price": ("price_cents", False, int),
    "-price": ("price_cents", True, int),
    "created": ("created_at", False, int),
    "-created": ("created_at", True, int),
    "name": ("name", False, str),
}
Sort = Literal["price", "-price", "created", "-created", "name"]
COLUMNS = "id, name, category, price_cents, created_at"


def encode_cursor(state: dict[str, Any]) -> str:
    raw = json.dumps(state, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(text: str, sort: str, filters: list[Any]) -> tuple[Any, int]:
    """(last sort value, last id) from a cursor issued for this sort and these filters."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        state = json.loads(raw)
    except (binascii.Error, ValueError):
        raise HTTPException(status_code=400, detail="invalid cursor") from None
    kind = SORTS[sort][2]
    if (
        not isinstance(state, dict)
        or type(state.get("value")) is not kind
        or type(state.get("id")) is not int
    ):
        raise HTTPException(status_code=400, detail="invalid cursor for this sort and filters")
    return state["value"], state["id"]


@app.get("/products")
def list_products(
    request: Request,
    response: Response,
    category: str | None = None,
    min_price: Annotated[int | None, Query(ge=0)] = None,
    max_price: Annotated[int | None, Query(ge=0)] = None,
    sort: Sort = "-created",
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
    cursor: str | None = None,
) -> dict[str, object]:
    column, descending, _ = SORTS[sort]
    filters = [category, min_price, max_price]
    where, params = ["1 = 1"], []
    if category is not None:
        where.append("category = ?")
        params.append(category)
    if min_price is not None:
        where.append("price_cents >= ?")
        params.append(min_price)
    if max_price is not None:
        where.append("price_cents <= ?")
        params.append(max_price)
    if cursor is not None:
        # Keyset: everything strictly after the last row of the previous page, in (column, id)
        # order. The id settles equal values, so no tie group is skipped or repeated.
        value, last_id = decode_cursor(cursor, sort, filters)
        where.append(f"({column} {'<' if descending else '>'} ? OR ({column} = ? AND id > ?))")
        params += [value, value, last_id]
    order = f"{column} {'DESC' if descending else 'ASC'}, id ASC"
    with connect() as db:
        rows = db.execute(
            f"SELECT {COLUMNS} FROM products WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?",
            [*params, limit + 1],  # one more than a page: is there a next page?
        ).fetchall()
    items = [dict(row) for row in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = items[-1]
        next_cursor = encode_cursor({"sort": sort, "filters": filters, "value": last[column], "id": last["id"]})
        query = {
            name: value
            for name, value in (("category", category), ("min_price", min_price), ("max_price", max_price))
            if value is not None
        }
        query.update(sort=sort, limit=limit, cursor=next_cursor)
        response.headers["Link"] = f'<{request.url.path}?{urlencode(query)}>; rel="next"'
    return {"items": items, "next_cursor": next_cursor}


class ProductIn(BaseModel):
    name: str = Field(min_length=1, max_length=80)
    category: Literal["tents", "stoves", "ropes", "boots"]
    price_cents: int = Field(ge=1)


@app.post("/products", status_code=201)
def create_product(product: ProductIn) -> dict[str, object]:
    with connect() as db:
        cursor = db.execute(
            "INSERT INTO products (name, category, price_cents, created_at) VALUES (?, ?, ?, ?)",
            (product.name, product.category, product.price_cents, int(time.time())),
        )
        row = db.execute(f"SELECT {COLUMNS} FROM products WHERE id = ?", (cursor.lastrowid,)).fetchone()
    return dict(row)
