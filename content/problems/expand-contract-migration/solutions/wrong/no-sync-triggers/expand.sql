-- Caught by test_old_writes_reach_the_new_column: a one-time copy, no sync; whatever version 1
-- writes during the rollout never reaches destination_city.
-- Release A, before version 2 is deployed: add the new column, copy the data, and keep both
-- columns in sync while versions 1 (city) and 2 (destination_city) run side by side.
ALTER TABLE shipments ADD COLUMN destination_city TEXT;

UPDATE shipments SET destination_city = city;

