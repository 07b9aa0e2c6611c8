INSERT INTO report_window VALUES
  ('2024-10-01', '2024-10-31');
INSERT INTO orders VALUES
  (1, 100, 'Paid', '2024-10-01 10:00:00', 1),
  (2, 101, 'paid', '2024-10-02 10:00:00', 2),
  (3, 102, 'PAID', '2024-10-03 10:00:00', 4);
