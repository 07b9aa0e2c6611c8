INSERT INTO products VALUES
  (1, 'Jet', 'air'),
  (2, 'Drone', 'air'),
  (3, 'Glider', 'air');
INSERT INTO sales VALUES
  (1, 1, 1000, 2000000000),
  (2, 2, 1000, 1999999999),
  (3, 3, 1, 5);
