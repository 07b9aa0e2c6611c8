INSERT INTO customers VALUES
  (1, 'Zoë', 'Zürich'),
  (2, 'Łukasz', 'Kraków'),
  (3, '美咲', '東京');
INSERT INTO orders VALUES
  (1, 3, '2024-07-07 07:07:07', 'paid', 7777),
  (2, 2, '2024-07-07 07:07:08', 'cancelled', 1);
