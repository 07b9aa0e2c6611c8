-- The dashboard: the 20 latest orders (by date, then order_id) and each one's total.
-- TODO: it adds up every order ever placed to show twenty.
SELECT o.order_id, o.ordered_at, sum(l.quantity * l.unit_price) AS total
FROM orders AS o
JOIN order_lines AS l ON l.order_id = o.order_id
GROUP BY o.order_id
ORDER BY o.ordered_at DESC, o.order_id DESC
LIMIT 20;
