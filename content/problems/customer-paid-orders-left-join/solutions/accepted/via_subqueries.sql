-- Complexity: two correlated subqueries per customer: O(c * o) time without an index on
-- orders(customer_id), O(o + c log o) with one; O(1) extra memory.
SELECT id AS customer_id,
       name,
       (SELECT COUNT(*) FROM orders WHERE customer_id = customers.id AND status = 'paid') AS paid_orders,
       (SELECT TOTAL(total_cents) FROM orders WHERE customer_id = customers.id AND status = 'paid') AS paid_cents
FROM customers
ORDER BY id;
