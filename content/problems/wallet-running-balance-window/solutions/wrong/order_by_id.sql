SELECT id, wallet_id, posted_at, amount_cents,
       SUM(amount_cents) OVER (PARTITION BY wallet_id ORDER BY id) AS balance_cents
FROM wallet_entries
ORDER BY wallet_id, posted_at, id;
