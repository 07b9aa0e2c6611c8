INSERT INTO wallet_entries VALUES
  (1, 2, '2024-01-01 00:00:00', 0, NULL),
  (2, 2, '2024-01-01 00:00:00', 0, NULL),
  (3, 3, '2024-01-01 00:00:00', 0, NULL);
