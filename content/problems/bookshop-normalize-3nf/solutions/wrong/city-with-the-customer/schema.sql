-- Caught by test_no_transitive_dependencies: the city is kept with the customer, but it
-- depends on the postcode (email -> postcode -> city), so every customer of a postcode repeats it.
CREATE TABLE customers (
    customer_email TEXT PRIMARY KEY,
    customer_name  TEXT NOT NULL,
    postcode       TEXT NOT NULL,
    city           TEXT NOT NULL
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
