INSERT INTO enrollment_sheet VALUES
  (1, 'A', 'EC100', 'Microeconomics', 3, 3, NULL, 'E-5', NULL),
  (2, 'B', 'EC100', 'Microeconomics', 3, 3, NULL, 'E-5', 'B');
