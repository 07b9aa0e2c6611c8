-- Complexity: O(c + o) rows visited (c customers, o orders) with an index on
-- orders(customer_id) (SQLite builds an automatic one otherwise: O(o log o)); one group
-- per customer: O(c) memory.
SELECT c.id AS customer_id,
       c.name AS name,
       COUNT(o.id) AS paid_orders,
       COALESCE(SUM(o.total_cents), 0) AS paid_cents
FROM customers AS c
LEFT JOIN orders AS o
       ON o.customer_id = c.id
      AND o.status = 'paid'
GROUP BY c.id, c.name;
