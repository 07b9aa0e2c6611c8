-- Revenues at the largest magnitude the limits allow (1000 lines of 1000 x 2 * 10^9), both signs:
-- 'up' is led by 8 * 10^14 and 8 * 10^14 - 2 * 10^9; in 'down' every revenue is negative, the
-- least negative (-2 * 10^9) wins and -1.96 * 10^14 is second.
INSERT INTO products VALUES
  (1, 'Liner', 'up'),
  (2, 'Ferry', 'up'),
  (3, 'Dinghy', 'up'),
  (4, 'Recall', 'down'),
  (5, 'Refund', 'down'),
  (6, 'Chargeback', 'down');
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000)
INSERT INTO sales (id, product_id, qty, unit_price_cents)
SELECT n,
       CASE WHEN n <= 400 THEN 1 WHEN n <= 800 THEN 2 WHEN n = 801 THEN 3 WHEN n <= 901 THEN 4
            WHEN n <= 999 THEN 5 ELSE 6 END,
       CASE WHEN n = 800 THEN 999 WHEN n <= 801 THEN 1000 WHEN n = 1000 THEN -1 ELSE -1000 END,
       2000000000
FROM seq;
