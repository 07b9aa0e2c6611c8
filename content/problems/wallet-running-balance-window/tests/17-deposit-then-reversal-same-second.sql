INSERT INTO wallet_entries VALUES
  (1, 1, '2024-01-01 08:00:00', 10000, 'salary'),
  (2, 1, '2024-01-01 08:00:00', -10000, 'reversal'),
  (3, 1, '2024-01-01 08:00:00', 10000, 'salary again');
