INSERT INTO products VALUES
  (9, 'Zeta', 'r'),
  (3, 'Alpha', 'r'),
  (5, 'Mid', 'r');
INSERT INTO sales VALUES
  (1, 9, 1, 50),
  (2, 3, 1, 50),
  (3, 5, 1, 50);
