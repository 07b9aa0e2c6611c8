INSERT INTO enrollment_sheet VALUES
  (1, 'Ana', 'CS101', 'Intro to Programming', 6, 1, 'Dr. Okafor', 'B-12', 'A'),
  (2, 'Ben', 'CS101', 'Intro to Programming', 6, 1, 'Dr. Okafor', 'B-12', NULL),
  (3, 'Caro', 'CS101', 'Intro to Programming', 6, 2, 'Dr. Lind', 'C-3', 'B'),
  (1, 'Ana', 'MA110', 'Linear Algebra', 4, 3, 'Prof. Haas', 'A-1', NULL);
