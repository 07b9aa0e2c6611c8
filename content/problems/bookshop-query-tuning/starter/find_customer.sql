-- Log-in: the customer with the email :email, typed in any case.
-- TODO: it reads every customer.
SELECT customer_id, customer_name
FROM customers
WHERE lower(customer_email) = lower(:email);
