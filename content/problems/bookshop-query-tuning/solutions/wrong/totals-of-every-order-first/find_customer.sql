-- customer_email is COLLATE NOCASE: = already ignores case, and its UNIQUE index answers it.
SELECT customer_id, customer_name
FROM customers
WHERE customer_email = :email;
