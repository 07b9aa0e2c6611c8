INSERT INTO agents VALUES
  (1, 'Busy', 'x');
INSERT INTO tickets VALUES
  (1, 1, 'high', '2024-05-01 09:00:00', '2024-05-01 17:00:00'),
  (2, 1, 'high', '2024-05-01 09:00:00', '2024-05-01 17:00:00'),
  (3, 1, 'high', '2024-05-01 09:00:00', NULL),
  (4, 1, 'urgent', '2024-05-01 09:00:00', NULL);
