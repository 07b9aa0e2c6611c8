-- Caught by test_orders_page_same_answers: <= instead of <, so every page starts with the last
-- order of the previous page.
SELECT order_id, ordered_at, status
FROM orders
WHERE order_id <= :after_id
ORDER BY order_id DESC
LIMIT 20;
