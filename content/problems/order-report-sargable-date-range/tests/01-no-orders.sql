INSERT INTO report_window VALUES
  ('2024-01-01', '2024-12-31');
