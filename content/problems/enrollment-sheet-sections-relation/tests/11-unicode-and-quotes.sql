INSERT INTO enrollment_sheet VALUES
  (1, 'Zoë', 'CS101', 'Intro to Programming', 6, 1, 'Dr. O''Neil', 'Raum Ü-1', NULL),
  (2, 'Łukasz', 'CS101', 'Intro to Programming', 6, 2, 'Ms. 李', '室-2', NULL);
