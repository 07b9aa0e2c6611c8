INSERT INTO customers VALUES
  (1, 'Real', NULL);
INSERT INTO orders VALUES
  (1, 999, '2024-01-01 00:00:00', 'paid', 50),
  (2, 1, '2024-01-01 00:00:00', 'paid', 60);
