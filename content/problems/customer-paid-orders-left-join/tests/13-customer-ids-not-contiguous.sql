INSERT INTO customers VALUES
  (7, 'Gap', NULL),
  (1000, 'Far', NULL),
  (3, 'Near', NULL);
INSERT INTO orders VALUES
  (1, 1000, '2024-01-01 00:00:00', 'paid', 5),
  (2, 1000, '2024-01-01 00:00:00', 'refunded', 6),
  (3, 3, '2024-01-01 00:00:00', 'cancelled', 7);
