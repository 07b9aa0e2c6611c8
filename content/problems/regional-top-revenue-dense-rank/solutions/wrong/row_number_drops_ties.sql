WITH revenue AS (
    SELECT p.region, p.id AS product_id, p.name, SUM(s.qty * s.unit_price_cents) AS revenue_cents
    FROM products AS p JOIN sales AS s ON s.product_id = p.id
    GROUP BY p.id
)
SELECT region, product_id, name, revenue_cents, place
FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY region ORDER BY revenue_cents DESC, product_id) AS place
      FROM revenue)
WHERE place <= 2
ORDER BY region, place, product_id;
