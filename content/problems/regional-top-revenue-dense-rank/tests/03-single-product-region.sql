INSERT INTO products VALUES
  (1, 'Solo', 'west');
INSERT INTO sales VALUES
  (1, 1, 5, 20),
  (2, 1, 1, 1);
