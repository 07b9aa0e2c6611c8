-- Ink & Page: stage 3's solution, the indexes of the hot queries (given).

-- my_orders: equality column first, then the sort column, so one customer's orders are
-- already in date order in the index (no sort; SQLite reads 20 entries and stops).
CREATE INDEX orders_by_customer_date ON orders (customer_id, ordered_at);

-- who_bought: the foreign key's side of the join. The primary key (order_id, isbn) starts
-- with order_id, so it cannot find a book's lines.
CREATE INDEX order_lines_by_isbn ON order_lines (isbn);

-- find_by_name: the index must hold exactly the expression the query compares.
CREATE INDEX customers_by_lower_name ON customers (lower(customer_name));

-- to_ship: a partial index holds only the paid orders, in date order: small, and a scan of
-- it reads nothing else.
CREATE INDEX orders_to_ship ON orders (ordered_at) WHERE status = 'paid';

-- price_range: every column the query reads is in the index (an index-only scan).
CREATE INDEX books_by_price ON books (list_price, isbn, title);

-- month_sales: a date range needs ordered_at as the first column.
CREATE INDEX orders_by_date ON orders (ordered_at);
