INSERT INTO products VALUES
  (1, 'Kettle', 'north'),
  (2, 'Toaster', 'north'),
  (3, 'Blender', 'north'),
  (4, 'Mixer', 'north'),
  (5, 'Fan', 'south'),
  (6, 'Heater', 'south');
INSERT INTO sales VALUES
  (1, 1, 2, 2500),
  (2, 2, 1, 4500),
  (3, 3, 3, 1000),
  (4, 3, 1, 1000),
  (5, 4, 1, 1500),
  (6, 5, 10, 900),
  (7, 6, 1, 12000);
