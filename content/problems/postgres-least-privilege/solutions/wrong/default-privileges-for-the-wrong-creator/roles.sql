-- Caught by test_tables_created_later_follow_the_rules: ALTER DEFAULT PRIVILEGES without FOR ROLE
-- applies to tables created by the role running this script (postgres), and migrator creates them.
-- Least privilege for the shop database. Runs as postgres, connected to the database shop.

-- Group roles hold the privileges; services and people log in as their members, so a new
-- analyst is one GRANT, and a leaked password is one role to disable.
CREATE ROLE app_rw NOLOGIN;
CREATE ROLE reporting NOLOGIN;
CREATE ROLE shop_app LOGIN IN ROLE app_rw;
CREATE ROLE alice_analyst LOGIN IN ROLE reporting;

-- Nobody gets in by default: PUBLIC (every role, including future ones) loses CONNECT and
-- TEMPORARY on the database, and the old USAGE and CREATE on the schema.
REVOKE ALL ON DATABASE shop FROM PUBLIC;
REVOKE ALL ON SCHEMA shop FROM PUBLIC;
GRANT CONNECT ON DATABASE shop TO app_rw, reporting, migrator;  -- migrations must still run
GRANT USAGE ON SCHEMA shop TO app_rw, reporting;

-- The web app: reads and writes what the shop does, deletes nothing, changes no prices.
GRANT SELECT, INSERT, UPDATE ON shop.customers, shop.orders, shop.order_lines TO app_rw;
GRANT SELECT ON shop.products TO app_rw;
GRANT INSERT ON shop.audit_log TO app_rw;  -- append-only: the app can write, not rewrite
GRANT USAGE ON ALL SEQUENCES IN SCHEMA shop TO app_rw;  -- nextval() for new ids

-- Reporting: reads everything except the customers' contact details and password hashes.
GRANT SELECT ON shop.products, shop.orders, shop.order_lines, shop.audit_log TO reporting;
GRANT SELECT (id, name, created_at) ON shop.customers TO reporting;

-- Tables and sequences the migrator creates later get the same treatment. FOR ROLE migrator:
-- default privileges apply to objects created by that role, not by the one running this.
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT, INSERT, UPDATE ON TABLES TO app_rw;
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT USAGE ON SEQUENCES TO app_rw;
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT ON TABLES TO reporting;
