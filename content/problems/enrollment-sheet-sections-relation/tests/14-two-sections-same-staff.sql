INSERT INTO enrollment_sheet VALUES
  (1, 'A', 'CS205', 'Databases', 5, 1, 'Dr. Ngo', 'Lab', NULL),
  (2, 'B', 'CS205', 'Databases', 5, 2, 'Dr. Ngo', 'Lab', NULL);
