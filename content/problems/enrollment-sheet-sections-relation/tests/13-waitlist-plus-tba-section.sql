INSERT INTO enrollment_sheet VALUES
  (1, 'A', 'PH120', 'Mechanics', 5, NULL, NULL, NULL, NULL),
  (2, 'B', 'PH120', 'Mechanics', 5, 5, NULL, NULL, NULL);
