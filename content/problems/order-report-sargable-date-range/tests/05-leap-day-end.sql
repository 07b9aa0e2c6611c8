INSERT INTO report_window VALUES
  ('2024-02-01', '2024-02-29');
INSERT INTO orders VALUES
  (1, 100, 'paid', '2024-02-29 12:00:00', 5),
  (2, 101, 'paid', '2024-03-01 00:00:00', 7),
  (3, 102, 'cancelled', '2024-02-01 00:00:00', 3);
