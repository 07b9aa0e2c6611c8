INSERT INTO enrollment_sheet VALUES
  (7, 'Solo', 'PH120', 'Mechanics', 5, 3, 'Dr. Ruiz', 'L-1', 'C');
