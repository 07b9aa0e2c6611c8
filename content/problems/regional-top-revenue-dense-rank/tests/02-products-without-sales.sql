INSERT INTO products VALUES
  (1, 'Ghost', 'east'),
  (2, 'Real', 'east');
INSERT INTO sales VALUES
  (1, 2, 1, 100);
