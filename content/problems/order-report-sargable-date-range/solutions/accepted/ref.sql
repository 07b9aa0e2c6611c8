-- Complexity: O(log o + k) time: an index seek on orders(placed_at) to the window's
-- first order, then its k orders; O(s) memory for s statuses.
SELECT o.status AS status,
       COUNT(*) AS orders,
       SUM(o.total_cents) AS revenue_cents
FROM report_window AS w
JOIN orders AS o
  ON o.placed_at >= w.starts_on                      -- bare column: the index can seek
 AND o.placed_at < date(w.ends_on, '+1 day')         -- half-open: [first day, day after last)
GROUP BY o.status
ORDER BY o.status;
