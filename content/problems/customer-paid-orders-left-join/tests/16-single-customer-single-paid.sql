INSERT INTO customers VALUES
  (42, 'Solo', 'Nuuk');
INSERT INTO orders VALUES
  (1, 42, '2024-12-31 23:59:59', 'paid', 1234);
