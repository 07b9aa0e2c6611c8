INSERT INTO products VALUES
  (1, 'Free', 'r'),
  (2, 'Returned', 'r'),
  (3, 'Normal', 'r'),
  (4, 'Sample', 'r');
INSERT INTO sales VALUES
  (1, 1, 3, 0),
  (2, 2, 2, 1000),
  (3, 2, -3, 1000),
  (4, 3, 1, 1),
  (5, 4, 0, 500);
