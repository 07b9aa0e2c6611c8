"""The outfitter's catalogue API (stage 1: filters, sorting, offset pagination)."""

from fastapi import FastAPI, HTTPException

from catalog_db import connect

app = FastAPI()


@app.get("/products")
def list_products() -> dict[str, object]:
    # TODO: filters (category, min_price, max_price), an allow-listed sort, limit and offset
    # validated and capped, the total, and a Link header to the next page.
    with connect() as db:
        rows = db.execute("SELECT * FROM products").fetchall()
    return {"items": [dict(row) for row in rows]}


@app.post("/products", status_code=201)
def create_product() -> dict[str, object]:
    # TODO: validate the body and insert the product (created_at: now, in Unix seconds).
    raise HTTPException(status_code=501, detail="not implemented yet")
