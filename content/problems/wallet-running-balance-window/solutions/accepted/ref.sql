-- Complexity: O(e log e) time (e entries): one sort by (wallet, time, id), then a running
-- sum per wallet; O(e) memory for the sort.
SELECT id, wallet_id, posted_at, amount_cents,
       SUM(amount_cents) OVER (
           PARTITION BY wallet_id
           ORDER BY posted_at, id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS balance_cents
FROM wallet_entries
ORDER BY wallet_id, posted_at, id;
