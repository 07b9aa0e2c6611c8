INSERT INTO report_window VALUES
  ('2024-11-01', '2024-11-01');
INSERT INTO orders VALUES
  (1, 100, 'paid', '2024-11-01 01:00:00', 0),
  (2, 101, 'paid', '2024-11-01 02:00:00', 0);
