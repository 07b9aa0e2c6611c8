INSERT INTO products VALUES
  (1, 'Ätna', 'Süd'),
  (2, 'Öland', 'Süd'),
  (3, 'Łódź', 'Nord'),
  (4, 'Ümit', 'Nord');
INSERT INTO sales VALUES
  (1, 1, 1, 3),
  (2, 2, 1, 2),
  (3, 3, 1, 9),
  (4, 4, 1, 9);
