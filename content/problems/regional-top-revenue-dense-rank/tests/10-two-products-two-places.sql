INSERT INTO products VALUES
  (1, 'X', 'r'),
  (2, 'Y', 'r');
INSERT INTO sales VALUES
  (1, 1, 1, 7),
  (2, 2, 1, 6);
