-- Ink & Page, stage 1: the sales sheet in third normal form.
-- One table per determinant: each fact is stored once, next to the key it depends on.

CREATE TABLE postcodes (
    postcode TEXT PRIMARY KEY,
    city     TEXT NOT NULL
);

CREATE TABLE customers (
    customer_email TEXT PRIMARY KEY,
    customer_name  TEXT NOT NULL,
    postcode       TEXT NOT NULL REFERENCES postcodes (postcode)
);

CREATE TABLE books (
    isbn       TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    list_price REAL NOT NULL
);

CREATE TABLE orders (
    order_id       INTEGER PRIMARY KEY,
    ordered_at     TEXT NOT NULL,
    customer_email TEXT NOT NULL REFERENCES customers (customer_email)
);

CREATE TABLE order_lines (
    order_id   INTEGER NOT NULL REFERENCES orders (order_id),
    isbn       TEXT NOT NULL REFERENCES books (isbn),
    quantity   INTEGER NOT NULL,
    unit_price REAL NOT NULL,  -- the price paid on this order, not today's list price
    PRIMARY KEY (order_id, isbn)
);
