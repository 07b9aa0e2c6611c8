INSERT INTO report_window VALUES
  ('2023-03-05', '2023-03-18');

WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 20000)
INSERT INTO orders (id, customer_id, status, placed_at, total_cents)
SELECT 1000 + n, n % 977,
       CASE n % 5 WHEN 0 THEN 'refunded' WHEN 1 THEN 'shipped' ELSE 'paid' END,
       strftime('%Y-%m-%d %H:%M:%S', '2023-01-01', '+' || (n * 1607) || ' seconds'),
       (n * 7919) % 100000
FROM seq;
