CREATE TABLE wallet_entries (
    id INTEGER PRIMARY KEY,
    wallet_id INTEGER NOT NULL,
    posted_at TEXT NOT NULL,       -- 'YYYY-MM-DD HH:MM:SS'
    amount_cents INTEGER NOT NULL, -- positive: deposit, negative: payment
    memo TEXT
);
