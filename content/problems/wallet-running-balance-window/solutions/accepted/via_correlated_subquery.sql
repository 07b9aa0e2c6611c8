-- Complexity: O(e * w) time (w entries per wallet, O(e^2) in the worst case): each entry
-- sums its wallet's earlier entries; O(1) extra memory.
SELECT e.id, e.wallet_id, e.posted_at, e.amount_cents,
       (SELECT SUM(p.amount_cents)
        FROM wallet_entries AS p
        WHERE p.wallet_id = e.wallet_id
          AND (p.posted_at < e.posted_at OR (p.posted_at = e.posted_at AND p.id <= e.id))
       ) AS balance_cents
FROM wallet_entries AS e
ORDER BY e.wallet_id, e.posted_at, e.id;
