INSERT INTO report_window VALUES
  ('2024-06-01', '2024-06-30');
INSERT INTO orders VALUES
  (1, 100, 'paid', '2024-05-31 23:59:59.999', 1),
  (2, 101, 'paid', '2024-07-01 00:00:00', 2);
