INSERT INTO enrollment_sheet VALUES
  (1, 'A', 'EC100', 'Microeconomics', 3, 1, 'Mo', 'E1', 'A'),
  (2, 'B', 'EC100', 'Microeconomics', 3, 1, 'Mo', 'E1', 'F'),
  (3, 'C', 'EC100', 'Microeconomics', 3, 1, 'Mo', 'E1', NULL),
  (4, 'D', 'EC100', 'Microeconomics', 3, NULL, NULL, NULL, NULL);
