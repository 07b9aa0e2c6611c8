INSERT INTO customers VALUES
  (1, 'Freebie', NULL),
  (2, 'Nothing', NULL);
INSERT INTO orders VALUES
  (1, 1, '2024-05-05 05:05:05', 'paid', 0);
