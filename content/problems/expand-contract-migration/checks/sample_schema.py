"""The tracker's schema and data before the migration (version 1 of the app)."""

SCHEMA = """
CREATE TABLE shipments (
    id     INTEGER PRIMARY KEY,
    code   TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    city   TEXT
);
"""
ROWS = """
INSERT INTO shipments (code, status, city) VALUES
    ('TRK-1001', 'in_transit', 'Lyon'),
    ('TRK-1002', 'delivered',  'Porto'),
    ('TRK-2040', 'at_depot',   'Gdansk'),
    ('TRK-3000', 'created',    NULL);
"""
