INSERT INTO wallet_entries VALUES
  (1, 1, '2024-01-01 00:00:00', -50, NULL);
