INSERT INTO enrollment_sheet VALUES
  (1, 'A', 'CS101', 'Intro to Programming', 6, 1, '', '', NULL),
  (2, 'B', 'CS101', 'Intro to Programming', 6, 2, NULL, NULL, NULL);
