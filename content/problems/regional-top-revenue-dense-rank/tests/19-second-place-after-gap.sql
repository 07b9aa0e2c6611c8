INSERT INTO products VALUES
  (1, 'Q1', 'r'),
  (2, 'Q2', 'r'),
  (3, 'Q3', 'r'),
  (4, 'Q4', 'r');
INSERT INTO sales VALUES
  (1, 1, 1, 1000),
  (2, 2, 1, 1000),
  (3, 3, 1, 10),
  (4, 4, 1, 1);
