-- The first idea: rename the column in one go. See the statement for why this breaks.
ALTER TABLE shipments RENAME COLUMN city TO destination_city;
