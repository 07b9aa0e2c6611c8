-- Caught by test_sample_month_orders_within_budget: LIKE '2024-03-%' looks like a prefix search,
-- but SQLite only uses an index for LIKE on a NOCASE column, so every order is still read.
SELECT order_id, ordered_at, customer_id
FROM orders
WHERE ordered_at LIKE :month || '-%'
ORDER BY ordered_at, order_id;
