-- '2024-03-31 10:00:00' > '2024-03-31', so BETWEEN loses everything after midnight of the last day.
SELECT o.status AS status, COUNT(*) AS orders, SUM(o.total_cents) AS revenue_cents
FROM orders AS o, report_window AS w
WHERE o.placed_at BETWEEN w.starts_on AND w.ends_on
GROUP BY o.status
ORDER BY o.status;
