INSERT INTO report_window VALUES
  ('2023-02-01', '2023-02-28');
INSERT INTO orders VALUES
  (1, 100, 'paid', '2023-02-28 23:30:00', 5),
  (2, 101, 'paid', '2023-03-01 00:00:00', 7);
