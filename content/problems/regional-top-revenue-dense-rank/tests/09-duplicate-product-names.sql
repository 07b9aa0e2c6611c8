INSERT INTO products VALUES
  (1, 'Lamp', 'r'),
  (2, 'Lamp', 'r'),
  (3, 'Lamp', 'r');
INSERT INTO sales VALUES
  (1, 1, 1, 30),
  (2, 2, 1, 20),
  (3, 3, 1, 10);
