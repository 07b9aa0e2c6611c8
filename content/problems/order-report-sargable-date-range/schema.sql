CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    placed_at TEXT NOT NULL,      -- UTC, 'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD HH:MM:SS.SSS'
    total_cents INTEGER NOT NULL
);
CREATE INDEX idx_orders_placed_at ON orders (placed_at);

CREATE TABLE report_window (
    starts_on TEXT NOT NULL,      -- 'YYYY-MM-DD', first day of the report (included)
    ends_on TEXT NOT NULL         -- 'YYYY-MM-DD', last day of the report (included)
);
