-- The admin's order list, newest first, 20 per page. :offset is how many orders the earlier
-- pages showed; :after_id is the order_id of the last order on the previous page.
-- TODO: page 300 reads 6,000 orders to throw them away.
SELECT order_id, ordered_at, status
FROM orders
ORDER BY order_id DESC
LIMIT 20 OFFSET :offset;
