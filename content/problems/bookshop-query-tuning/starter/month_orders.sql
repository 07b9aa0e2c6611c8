-- The orders of one month, :month = '2024-03'.
-- TODO: it reads every order, though orders_by_date could jump to the month.
SELECT order_id, ordered_at, customer_id
FROM orders
WHERE strftime('%Y-%m', ordered_at) = :month
ORDER BY ordered_at, order_id;
