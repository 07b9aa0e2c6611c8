-- Caught by test_sample_month_orders_same_answer: the range ends at day 30 (inclusive), so the 31st of
-- every long month is lost; the end of a month is the start of the next one, exclusive.
SELECT order_id, ordered_at, customer_id
FROM orders
WHERE ordered_at BETWEEN :month || '-01' AND :month || '-30'
ORDER BY ordered_at, order_id;
