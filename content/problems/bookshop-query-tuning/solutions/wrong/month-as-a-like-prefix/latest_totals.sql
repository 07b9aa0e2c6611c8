-- Pick the 20 orders first (orders_by_date, read backwards), then add up their lines only.
SELECT o.order_id, o.ordered_at,
       (SELECT sum(l.quantity * l.unit_price) FROM order_lines AS l
        WHERE l.order_id = o.order_id) AS total
FROM (SELECT order_id, ordered_at FROM orders
      ORDER BY ordered_at DESC, order_id DESC LIMIT 20) AS o
ORDER BY o.ordered_at DESC, o.order_id DESC;
