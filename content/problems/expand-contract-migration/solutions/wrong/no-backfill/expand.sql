-- Caught by test_existing_rows_are_backfilled: the new column is added and kept in sync, but
-- the rows that already existed are never copied: version 2 shows them without a city.
-- Release A, before version 2 is deployed: add the new column, copy the data, and keep both
-- columns in sync while versions 1 (city) and 2 (destination_city) run side by side.
ALTER TABLE shipments ADD COLUMN destination_city TEXT;

-- A row inserted by either version gets both columns.
CREATE TRIGGER shipments_sync_insert AFTER INSERT ON shipments
BEGIN
    UPDATE shipments
       SET destination_city = COALESCE(NEW.destination_city, NEW.city),
           city = COALESCE(NEW.city, NEW.destination_city)
     WHERE id = NEW.id;
END;

-- Version 1 changed city: copy it to destination_city.
CREATE TRIGGER shipments_sync_city AFTER UPDATE OF city ON shipments
WHEN NEW.city IS NOT OLD.city AND NEW.destination_city IS OLD.destination_city
BEGIN
    UPDATE shipments SET destination_city = NEW.city WHERE id = NEW.id;
END;

-- Version 2 changed destination_city: copy it to city.
CREATE TRIGGER shipments_sync_destination AFTER UPDATE OF destination_city ON shipments
WHEN NEW.destination_city IS NOT OLD.destination_city AND NEW.city IS OLD.city
BEGIN
    UPDATE shipments SET city = NEW.destination_city WHERE id = NEW.id;
END;
