-- Complexity: O(s + p log p) time (s sales, p products): each product's sales summed,
-- then ranked inside its region by a sort; O(p) memory.
WITH revenue AS (
    SELECT p.region, p.id AS product_id, p.name, SUM(s.qty * s.unit_price_cents) AS revenue_cents
    FROM products AS p
    JOIN sales AS s ON s.product_id = p.id
    GROUP BY p.id, p.region, p.name
),
ranked AS (
    SELECT *, DENSE_RANK() OVER (PARTITION BY region ORDER BY revenue_cents DESC) AS place
    FROM revenue
)
SELECT region, product_id, name, revenue_cents, place
FROM ranked
WHERE place <= 2
ORDER BY region, place, product_id;
