INSERT INTO customers VALUES
  (1, 'NULL', NULL),
  (2, '', NULL),
  (3, 'O''Brien', NULL);
INSERT INTO orders VALUES
  (1, 3, '2024-01-01 00:00:00', 'paid', 1),
  (2, 2, '2024-01-01 00:00:00', 'paid', 2);
