INSERT INTO report_window VALUES
  ('2024-10-01', '2024-10-31');
INSERT INTO orders VALUES
  (1, 100, 'paid', '2024-10-31 00:00:01', 3),
  (2, 101, 'paid', '2024-10-31 23:59:59', 5),
  (3, 102, 'paid', '2024-11-01 00:00:00', 7);
