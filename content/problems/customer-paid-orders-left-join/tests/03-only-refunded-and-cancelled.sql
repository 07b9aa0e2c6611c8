INSERT INTO customers VALUES
  (1, 'Ana', 'Rome'),
  (2, 'Ben', 'Rome');
INSERT INTO orders VALUES
  (1, 1, '2024-01-01 10:00:00', 'refunded', 500),
  (2, 1, '2024-01-02 10:00:00', 'cancelled', 700),
  (3, 2, '2024-01-03 10:00:00', 'paid', 300);
