INSERT INTO report_window VALUES
  ('2024-05-10', '2024-05-01');
INSERT INTO orders VALUES
  (1, 100, 'paid', '2024-05-05 12:00:00', 1);
