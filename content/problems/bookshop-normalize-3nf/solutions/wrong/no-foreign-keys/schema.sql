-- Caught by test_tables_are_linked_by_foreign_keys: the tables are split right but nothing
-- links them, so an order line may point at a book or an order that does not exist.
CREATE TABLE postcodes (
    postcode TEXT PRIMARY KEY,
    city     TEXT NOT NULL
);

CREATE TABLE customers (
    customer_email TEXT PRIMARY KEY,
    customer_name  TEXT NOT NULL,
    postcode       TEXT NOT NULL
);

CREATE TABLE books (
    isbn       TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    list_price REAL NOT NULL
);

CREATE TABLE orders (
    order_id       INTEGER PRIMARY KEY,
    ordered_at     TEXT NOT NULL,
    customer_email TEXT NOT NULL
);

CREATE TABLE order_lines (
    order_id   INTEGER NOT NULL,
    isbn       TEXT NOT NULL,
    quantity   INTEGER NOT NULL,
    unit_price REAL NOT NULL,  -- the price paid on this order, not today's list price
    PRIMARY KEY (order_id, isbn)
);
