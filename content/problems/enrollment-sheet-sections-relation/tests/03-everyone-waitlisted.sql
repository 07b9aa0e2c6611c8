INSERT INTO enrollment_sheet VALUES
  (1, 'S1', 'EC100', 'Microeconomics', 3, NULL, NULL, NULL, NULL),
  (2, 'S2', 'EC100', 'Microeconomics', 3, NULL, NULL, NULL, NULL),
  (3, 'S3', 'EC100', 'Microeconomics', 3, NULL, NULL, NULL, NULL),
  (4, 'S4', 'EC100', 'Microeconomics', 3, NULL, NULL, NULL, NULL),
  (5, 'S5', 'EC100', 'Microeconomics', 3, NULL, NULL, NULL, NULL);
