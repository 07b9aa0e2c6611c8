-- Assumes the report always covers one calendar month.
SELECT o.status AS status, COUNT(*) AS orders, SUM(o.total_cents) AS revenue_cents
FROM orders AS o, report_window AS w
WHERE substr(o.placed_at, 1, 7) = substr(w.starts_on, 1, 7)
GROUP BY o.status
ORDER BY o.status;
