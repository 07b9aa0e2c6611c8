INSERT INTO customers VALUES
  (1, 'Registered', NULL);
INSERT INTO orders VALUES
  (1, NULL, '2024-06-01 10:00:00', 'paid', 1000),
  (2, NULL, '2024-06-01 10:00:00', 'paid', 1000),
  (3, NULL, '2024-06-01 10:00:00', 'paid', 1000),
  (4, NULL, '2024-06-01 10:00:00', 'paid', 1000);
