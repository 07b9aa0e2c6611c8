INSERT INTO customers VALUES
  (1, 'Ana', NULL),
  (2, 'Ben', NULL);
