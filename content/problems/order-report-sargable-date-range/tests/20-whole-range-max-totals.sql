-- The widest window the constraints allow (2000-01-01 .. 2099-12-31) and 20,000 orders of the
-- largest total (2 * 10^9 cents) spread over it, the first and last instants included.
INSERT INTO report_window VALUES
  ('2000-01-01', '2099-12-31');

WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 19998)
INSERT INTO orders (id, customer_id, status, placed_at, total_cents)
SELECT n, n % 977,
       CASE n % 3 WHEN 0 THEN 'refunded' WHEN 1 THEN 'shipped' ELSE 'paid' END,
       strftime('%Y-%m-%d %H:%M:%S', '2000-01-01', '+' || (n * 157784) || ' seconds'),
       2000000000
FROM seq;
INSERT INTO orders (id, customer_id, status, placed_at, total_cents) VALUES
  (19999, 1, 'paid', '2000-01-01 00:00:00', 2000000000),
  (20000, 2, 'paid', '2099-12-31 23:59:59.999', 2000000000);
