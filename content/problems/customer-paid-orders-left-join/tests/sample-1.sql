INSERT INTO customers VALUES
  (1, 'Ada', 'Oslo'),
  (2, 'Bruno', 'Lyon'),
  (3, 'Chen', NULL);
INSERT INTO orders VALUES
  (10, 1, '2024-03-01 09:00:00', 'paid', 1500),
  (11, 1, '2024-03-02 10:30:00', 'paid', 2500),
  (12, 2, '2024-03-02 11:00:00', 'refunded', 4000),
  (13, NULL, '2024-03-03 12:00:00', 'paid', 999);
