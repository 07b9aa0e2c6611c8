-- Complexity: O(o) time: every order is read (see below); O(s) memory for s statuses.
--
-- Correct result, but date(placed_at) hides the column from the index: SCAN orders.
SELECT o.status AS status, COUNT(*) AS orders, SUM(o.total_cents) AS revenue_cents
FROM orders AS o, report_window AS w
WHERE date(o.placed_at) BETWEEN w.starts_on AND w.ends_on
GROUP BY o.status
ORDER BY o.status;
