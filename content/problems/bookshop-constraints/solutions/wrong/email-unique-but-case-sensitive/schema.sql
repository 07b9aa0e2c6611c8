-- Caught by test_email_is_unique_ignoring_case: UNIQUE compares with the default BINARY
-- collation, so ADA@Example.COM is a second customer next to ada@example.com.

CREATE TABLE postcodes (
    postcode TEXT PRIMARY KEY NOT NULL,  -- SQLite lets a non-INTEGER primary key be NULL
    city     TEXT NOT NULL
);

CREATE TABLE customers (
    customer_id    INTEGER PRIMARY KEY,  -- surrogate key: an alias of the rowid, never NULL
    customer_email TEXT NOT NULL UNIQUE CHECK (customer_email LIKE '%_@_%'),
    customer_name  TEXT NOT NULL,
    postcode       TEXT NOT NULL REFERENCES postcodes (postcode)
);

CREATE TABLE books (
    isbn       TEXT PRIMARY KEY NOT NULL
               CHECK (length(isbn) = 13 AND isbn NOT GLOB '*[^0-9]*'),
    title      TEXT NOT NULL,
    list_price REAL NOT NULL CHECK (list_price >= 0)
);

CREATE TABLE authors (
    author_id INTEGER PRIMARY KEY,
    name      TEXT NOT NULL
);

-- Many-to-many: a book has several authors, an author writes several books.
CREATE TABLE book_authors (
    isbn      TEXT NOT NULL REFERENCES books (isbn) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES authors (author_id),
    PRIMARY KEY (isbn, author_id)
);

CREATE TABLE orders (
    order_id    INTEGER PRIMARY KEY,
    ordered_at  TEXT NOT NULL CHECK (ordered_at IS date(ordered_at)),
    customer_id INTEGER NOT NULL REFERENCES customers (customer_id) ON DELETE RESTRICT,
    status      TEXT NOT NULL DEFAULT 'placed'
                CHECK (status IN ('placed', 'paid', 'shipped', 'cancelled'))
);

CREATE TABLE order_lines (
    order_id   INTEGER NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    isbn       TEXT NOT NULL REFERENCES books (isbn) ON DELETE RESTRICT,
    quantity   INTEGER NOT NULL CHECK (typeof(quantity) = 'integer' AND quantity > 0),
    unit_price REAL NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (order_id, isbn)
);
