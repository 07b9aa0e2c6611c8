INSERT INTO enrollment_sheet VALUES
  (1, 'A', 'MA110', 'Linear Algebra', 4, 10, 'P', 'Q', NULL),
  (2, 'B', 'MA110', 'Linear Algebra', 4, 3, 'P', 'Q', NULL),
  (3, 'C', 'MA110', 'Linear Algebra', 4, 7, 'R', 'S', NULL);
