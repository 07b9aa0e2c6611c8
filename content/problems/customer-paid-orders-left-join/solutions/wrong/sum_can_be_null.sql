SELECT c.id AS customer_id, c.name AS name, COUNT(o.id) AS paid_orders,
       SUM(o.total_cents) AS paid_cents
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id;
