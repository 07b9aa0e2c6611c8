INSERT INTO customers VALUES
  (1, 'Sam', 'Paris'),
  (2, 'Sam', 'Lima'),
  (3, 'Sam', NULL);
INSERT INTO orders VALUES
  (1, 1, '2024-01-01 00:00:00', 'paid', 100),
  (2, 2, '2024-01-01 00:00:00', 'paid', 200),
  (3, 2, '2024-01-01 00:00:01', 'paid', 300);
