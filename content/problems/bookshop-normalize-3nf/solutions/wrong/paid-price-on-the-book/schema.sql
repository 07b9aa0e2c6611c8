-- Caught by test_prices_that_changed_between_orders: the price paid is stored with the book,
-- as if a book always sold at one price; the migration fails when a book sold at two prices.
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
    list_price REAL NOT NULL,
    unit_price REAL
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
    PRIMARY KEY (order_id, isbn)
);
