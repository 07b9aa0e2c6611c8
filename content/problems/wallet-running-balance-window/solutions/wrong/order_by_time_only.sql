-- The default frame is RANGE ... CURRENT ROW: entries with the same posted_at are peers and
-- all get the balance after the last of them.
SELECT id, wallet_id, posted_at, amount_cents,
       SUM(amount_cents) OVER (PARTITION BY wallet_id ORDER BY posted_at) AS balance_cents
FROM wallet_entries
ORDER BY wallet_id, posted_at, id;
