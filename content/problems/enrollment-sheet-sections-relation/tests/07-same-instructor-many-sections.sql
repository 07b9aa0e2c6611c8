INSERT INTO enrollment_sheet VALUES
  (1, 'S1', 'MA110', 'Linear Algebra', 4, 2, 'Prof. Haas', 'A-2', NULL),
  (2, 'S2', 'MA110', 'Linear Algebra', 4, 3, 'Prof. Haas', 'A-3', NULL),
  (3, 'S3', 'MA110', 'Linear Algebra', 4, 1, 'Prof. Haas', 'A-1', NULL),
  (4, 'S4', 'MA110', 'Linear Algebra', 4, 2, 'Prof. Haas', 'A-2', NULL),
  (5, 'S5', 'MA110', 'Linear Algebra', 4, 3, 'Prof. Haas', 'A-3', NULL),
  (6, 'S6', 'MA110', 'Linear Algebra', 4, 1, 'Prof. Haas', 'A-1', NULL),
  (7, 'S7', 'MA110', 'Linear Algebra', 4, 2, 'Prof. Haas', 'A-2', NULL),
  (8, 'S8', 'MA110', 'Linear Algebra', 4, 3, 'Prof. Haas', 'A-3', NULL),
  (9, 'S9', 'MA110', 'Linear Algebra', 4, 1, 'Prof. Haas', 'A-1', NULL),
  (10, 'S10', 'MA110', 'Linear Algebra', 4, 2, 'Prof. Haas', 'A-2', NULL),
  (11, 'S11', 'MA110', 'Linear Algebra', 4, 3, 'Prof. Haas', 'A-3', NULL),
  (12, 'S12', 'MA110', 'Linear Algebra', 4, 1, 'Prof. Haas', 'A-1', NULL);
