INSERT INTO products VALUES
  (1, 'A', 'North'),
  (2, 'B', 'north'),
  (3, 'C', 'north');
INSERT INTO sales VALUES
  (1, 1, 1, 1),
  (2, 2, 1, 1),
  (3, 3, 1, 2);
