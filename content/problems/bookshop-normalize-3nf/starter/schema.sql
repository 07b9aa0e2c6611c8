-- TODO: split the sheet into tables in third normal form (see the statement).
-- Today the database is the spreadsheet again: one row per order line, with the customer's
-- name, city and the book's title repeated on every line.
CREATE TABLE sales (
    order_id       INTEGER,
    ordered_at     TEXT,
    customer_email TEXT,
    customer_name  TEXT,
    postcode       TEXT,
    city           TEXT,
    isbn           TEXT,
    title          TEXT,
    list_price     REAL,
    quantity       INTEGER,
    unit_price     REAL
);
