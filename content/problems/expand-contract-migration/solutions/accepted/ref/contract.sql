-- Release B, once no instance of version 1 runs any more: remove the old column.
DROP TRIGGER shipments_sync_insert;
DROP TRIGGER shipments_sync_city;
DROP TRIGGER shipments_sync_destination;

ALTER TABLE shipments DROP COLUMN city;
