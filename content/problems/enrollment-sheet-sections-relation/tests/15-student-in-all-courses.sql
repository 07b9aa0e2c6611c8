INSERT INTO enrollment_sheet VALUES
  (1, 'Busy', 'CS101', 'Intro to Programming', 6, 1, 'T0', 'R0', NULL),
  (1, 'Busy', 'CS205', 'Databases', 5, 2, 'T1', 'R1', NULL),
  (1, 'Busy', 'MA110', 'Linear Algebra', 4, 3, 'T2', 'R2', NULL),
  (1, 'Busy', 'PH120', 'Mechanics', 5, 4, 'T3', 'R3', NULL),
  (1, 'Busy', 'EC100', 'Microeconomics', 3, 5, 'T4', 'R4', NULL);
