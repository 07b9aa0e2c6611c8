INSERT INTO products VALUES
  (1, 'A', 'big'),
  (2, 'B', 'big'),
  (3, 'C', 'big'),
  (4, 'Lonely', 'tiny');
INSERT INTO sales VALUES
  (1, 1, 1, 3),
  (2, 2, 1, 2),
  (3, 3, 1, 1),
  (4, 4, 1, 1);
