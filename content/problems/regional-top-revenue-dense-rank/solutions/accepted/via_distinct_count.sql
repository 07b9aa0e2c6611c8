-- Complexity: O(s + p^2) time (s sales, p products): each product counts the distinct
-- higher revenues of its region, twice; O(p) memory for the revenue table.
WITH revenue AS (
    SELECT p.region AS region, p.id AS product_id, p.name AS name,
           SUM(s.qty * s.unit_price_cents) AS revenue_cents
    FROM products AS p JOIN sales AS s ON s.product_id = p.id
    GROUP BY p.id
)
SELECT r.region, r.product_id, r.name, r.revenue_cents,
       1 + (SELECT COUNT(DISTINCT o.revenue_cents) FROM revenue AS o
            WHERE o.region = r.region AND o.revenue_cents > r.revenue_cents) AS place
FROM revenue AS r
WHERE (SELECT COUNT(DISTINCT o.revenue_cents) FROM revenue AS o
       WHERE o.region = r.region AND o.revenue_cents > r.revenue_cents) < 2
ORDER BY r.region, place, r.product_id;
