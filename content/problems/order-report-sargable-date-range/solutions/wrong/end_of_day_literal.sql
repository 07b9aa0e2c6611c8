-- '23:59:59' misses '23:59:59.250' (fractional seconds).
SELECT o.status AS status, COUNT(*) AS orders, SUM(o.total_cents) AS revenue_cents
FROM orders AS o, report_window AS w
WHERE o.placed_at >= w.starts_on AND o.placed_at <= w.ends_on || ' 23:59:59'
GROUP BY o.status
ORDER BY o.status;
