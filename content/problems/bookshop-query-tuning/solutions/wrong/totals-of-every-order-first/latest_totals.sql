-- Caught by test_latest_totals_within_budget: the CTE still adds up the lines of every order
-- ever placed before the LIMIT picks twenty; a CTE is a name, not a shortcut.
WITH totals AS (
    SELECT order_id, sum(quantity * unit_price) AS total
    FROM order_lines
    GROUP BY order_id
)
SELECT o.order_id, o.ordered_at, t.total
FROM orders AS o
JOIN totals AS t ON t.order_id = o.order_id
ORDER BY o.ordered_at DESC, o.order_id DESC
LIMIT 20;
