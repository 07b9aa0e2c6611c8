-- Caught by test_no_partial_dependencies: the book's title and list price live on the order
-- line, keyed by (order_id, isbn), but they depend on the isbn alone (2NF).
CREATE TABLE postcodes (
    postcode TEXT PRIMARY KEY,
    city     TEXT NOT NULL
);

CREATE TABLE customers (
    customer_email TEXT PRIMARY KEY,
    customer_name  TEXT NOT NULL,
    postcode       TEXT NOT NULL REFERENCES postcodes (postcode)
);

CREATE TABLE orders (
    order_id       INTEGER PRIMARY KEY,
    ordered_at     TEXT NOT NULL,
    customer_email TEXT NOT NULL REFERENCES customers (customer_email)
);

CREATE TABLE order_lines (
    order_id   INTEGER NOT NULL REFERENCES orders (order_id),
    isbn       TEXT NOT NULL,
    title      TEXT NOT NULL,
    list_price REAL NOT NULL,
    quantity   INTEGER NOT NULL,
    unit_price REAL NOT NULL,  -- the price paid on this order, not today's list price
    PRIMARY KEY (order_id, isbn)
);
