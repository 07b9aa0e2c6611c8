-- Caught by test_new_writes_reach_the_old_column: only version 1's writes are copied; version 2's
-- never reach city, so version 1 instances (and a rollback) show stale data.
-- Release A, before version 2 is deployed: add the new column, copy the data, and keep both
-- columns in sync while versions 1 (city) and 2 (destination_city) run side by side.
ALTER TABLE shipments ADD COLUMN destination_city TEXT;

UPDATE shipments SET destination_city = city;

-- A row inserted by either version gets both columns.
CREATE TRIGGER shipments_sync_insert AFTER INSERT ON shipments
BEGIN
    UPDATE shipments
       SET destination_city = COALESCE(NEW.destination_city, NEW.city)
     WHERE id = NEW.id;
END;

-- Version 1 changed city: copy it to destination_city.
CREATE TRIGGER shipments_sync_city AFTER UPDATE OF city ON shipments
WHEN NEW.city IS NOT OLD.city AND NEW.destination_city IS OLD.destination_city
BEGIN
    UPDATE shipments SET destination_city = NEW.city WHERE id = NEW.id;
END;

