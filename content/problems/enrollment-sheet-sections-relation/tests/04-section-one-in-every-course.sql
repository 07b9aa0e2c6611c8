INSERT INTO enrollment_sheet VALUES
  (0, 'S0', 'CS101', 'Intro to Programming', 6, 1, 'Teacher CS101', 'R-CS101', NULL),
  (1, 'S1', 'CS205', 'Databases', 5, 1, 'Teacher CS205', 'R-CS205', NULL),
  (2, 'S2', 'MA110', 'Linear Algebra', 4, 1, 'Teacher MA110', 'R-MA110', NULL),
  (3, 'S3', 'PH120', 'Mechanics', 5, 1, 'Teacher PH120', 'R-PH120', NULL),
  (4, 'S4', 'EC100', 'Microeconomics', 3, 1, 'Teacher EC100', 'R-EC100', NULL);
