-- Release B: remove the old column.
ALTER TABLE shipments DROP COLUMN city;
