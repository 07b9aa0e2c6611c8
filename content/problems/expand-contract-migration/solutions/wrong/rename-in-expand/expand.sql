-- Caught by test_sample_expand_keeps_both_columns: renaming at once breaks every version 1
-- instance still running (no such column: city) until the rollout ends, and any rollback.
ALTER TABLE shipments RENAME COLUMN city TO destination_city;
