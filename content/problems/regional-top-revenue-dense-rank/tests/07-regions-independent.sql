INSERT INTO products VALUES
  (1, 'A', 'north'),
  (2, 'B', 'north'),
  (3, 'C', 'south'),
  (4, 'D', 'south'),
  (5, 'E', 'south');
INSERT INTO sales VALUES
  (1, 1, 1, 1000),
  (2, 2, 1, 10),
  (3, 3, 1, 5),
  (4, 4, 1, 4),
  (5, 5, 1, 3);
