SELECT c.id AS customer_id, c.name AS name, COUNT(o.id) AS paid_orders,
       COALESCE(SUM(o.total_cents), 0) AS paid_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.status = 'paid' OR o.id IS NULL
GROUP BY c.id;
