-- TODO: copy the sheet's data into your tables, each fact once (INSERT ... SELECT).
INSERT INTO sales SELECT * FROM sales_sheet;
