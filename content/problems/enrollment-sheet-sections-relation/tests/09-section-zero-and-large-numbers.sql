INSERT INTO enrollment_sheet VALUES
  (1, 'A', 'CS101', 'Intro to Programming', 6, 0, 'Z', 'R0', NULL),
  (2, 'B', 'CS101', 'Intro to Programming', 6, 2147483647, 'Big', 'R9', NULL),
  (3, 'C', 'CS101', 'Intro to Programming', 6, 0, 'Z', 'R0', 'A');
