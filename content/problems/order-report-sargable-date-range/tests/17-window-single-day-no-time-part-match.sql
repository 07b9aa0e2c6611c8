INSERT INTO report_window VALUES
  ('2024-04-04', '2024-04-04');
INSERT INTO orders VALUES
  (1, 100, 'paid', '2024-04-04 00:00:00', 9),
  (2, 101, 'paid', '2024-04-03 23:59:59.999', 1);
