# Caught by test_out_of_range_parameters_are_422: limit has no upper bound, so one request
# can ask for the whole table (and a million rows) at once.
"""The outfitter's catalogue API (stage 1: filters, sorting, offset pagination)."""

import time
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request, Response
from pydantic import BaseModel, Field

from catalog_db import connect

app = FastAPI()

# The allow-list: what a client may sort by, and the SQL each choice means. Nothing the client
# sends is ever pasted into SQL; filter values travel as bound parameters.
SORTS = {
    "price": "price_cents ASC, id ASC",
    "-price": "price_cents DESC, id ASC",
    "created": "created_at ASC, id ASC",
    "-created": "created_at DESC, id ASC",
    "name": "name ASC, id ASC",
}
Sort = Literal["price", "-price", "created", "-created", "name"]
COLUMNS = "id, name, category, price_cents, created_at"


@app.get("/products")
def list_products(
    request: Request,
    response: Response,
    category: str | None = None,
    min_price: Annotated[int | None, Query(ge=0)] = None,
    max_price: Annotated[int | None, Query(ge=0)] = None,
    sort: Sort = "-created",
    limit: Annotated[int, Query(ge=1)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, object]:
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
    condition = " AND ".join(where)
    with connect() as db:
        total = db.execute(f"SELECT COUNT(*) FROM products WHERE {condition}", params).fetchone()[0]
        rows = db.execute(
            f"SELECT {COLUMNS} FROM products WHERE {condition} ORDER BY {SORTS[sort]} "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    if offset + limit < total:
        query = {
            name: value
            for name, value in (("category", category), ("min_price", min_price), ("max_price", max_price))
            if value is not None
        }
        query.update(sort=sort, limit=limit, offset=offset + limit)
        response.headers["Link"] = f'<{request.url.path}?{urlencode(query)}>; rel="next"'
    return {"items": [dict(row) for row in rows], "total": total, "limit": limit, "offset": offset}


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
