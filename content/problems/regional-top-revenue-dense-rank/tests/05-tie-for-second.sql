INSERT INTO products VALUES
  (1, 'P1', 'r'),
  (2, 'P2', 'r'),
  (3, 'P3', 'r'),
  (4, 'P4', 'r'),
  (5, 'P5', 'r');
INSERT INTO sales VALUES
  (1, 1, 1, 500),
  (2, 2, 1, 300),
  (3, 3, 1, 300),
  (4, 4, 1, 200),
  (5, 5, 1, 300);
