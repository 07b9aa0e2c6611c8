-- Release B: nothing left to contract (expand.sql already renamed the column).
DROP TRIGGER IF EXISTS shipments_sync_insert;
DROP TRIGGER IF EXISTS shipments_sync_city;
DROP TRIGGER IF EXISTS shipments_sync_destination;

SELECT 1;
