-- Parents before children: the foreign keys are checked on every INSERT.
INSERT INTO customers (customer_email, customer_name, postcode, city)
SELECT DISTINCT customer_email, customer_name, postcode, city FROM sales_sheet;

INSERT INTO books (isbn, title, list_price)
SELECT DISTINCT isbn, title, list_price FROM sales_sheet;

INSERT INTO orders (order_id, ordered_at, customer_email)
SELECT DISTINCT order_id, ordered_at, customer_email FROM sales_sheet;

INSERT INTO order_lines (order_id, isbn, quantity, unit_price)
SELECT order_id, isbn, quantity, unit_price FROM sales_sheet;
