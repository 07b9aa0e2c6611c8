-- A range on the bare column: orders_by_date seeks to the first day and stops after the last.
SELECT order_id, ordered_at, customer_id
FROM orders
WHERE ordered_at >= :month || '-01'
  AND ordered_at < date(:month || '-01', '+1 month')
ORDER BY ordered_at, order_id;
