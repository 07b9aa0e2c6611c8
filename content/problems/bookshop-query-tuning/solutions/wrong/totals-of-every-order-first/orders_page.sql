-- Keyset pagination: start after the last row seen instead of counting past the earlier pages.
SELECT order_id, ordered_at, status
FROM orders
WHERE order_id < :after_id
ORDER BY order_id DESC
LIMIT 20;
