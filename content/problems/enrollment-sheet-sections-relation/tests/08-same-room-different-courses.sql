INSERT INTO enrollment_sheet VALUES
  (1, 'A', 'CS101', 'Intro to Programming', 6, 1, 'X', 'Hall', NULL),
  (2, 'B', 'PH120', 'Mechanics', 5, 1, 'Y', 'Hall', NULL),
  (3, 'C', 'EC100', 'Microeconomics', 3, 2, 'X', 'Hall', NULL);
