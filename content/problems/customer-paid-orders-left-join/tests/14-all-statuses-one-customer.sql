INSERT INTO customers VALUES
  (1, 'Mixed', NULL);
INSERT INTO orders VALUES
  (1, 1, '2024-01-01 00:00:00', 'paid', 10),
  (2, 1, '2024-01-02 00:00:00', 'refunded', 20),
  (3, 1, '2024-01-03 00:00:00', 'cancelled', 30),
  (4, 1, '2024-01-04 00:00:00', 'paid', 40);
