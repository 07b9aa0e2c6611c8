/* The same policy, written another way: CREATE USER, GRANT role TO role, explicit column
   lists, and the default privileges set while acting as migrator (SET ROLE). */
BEGIN;

CREATE ROLE "app_rw" WITH NOLOGIN NOINHERIT;
ALTER ROLE app_rw INHERIT;
CREATE ROLE reporting;
CREATE USER shop_app WITH PASSWORD NULL CONNECTION LIMIT 20;
CREATE USER alice_analyst VALID UNTIL '2027-01-01';
GRANT app_rw TO shop_app;
GRANT reporting TO alice_analyst;

REVOKE CONNECT, TEMPORARY ON DATABASE shop FROM PUBLIC;
REVOKE USAGE, CREATE ON SCHEMA shop FROM PUBLIC;
GRANT CONNECT ON DATABASE shop TO migrator, app_rw, reporting;
GRANT USAGE ON SCHEMA shop TO app_rw, reporting;

GRANT SELECT, INSERT, UPDATE ON TABLE shop.customers TO app_rw;
GRANT SELECT, INSERT, UPDATE ON TABLE shop.orders, shop.order_lines TO app_rw;
GRANT SELECT ON TABLE shop.products TO app_rw;
GRANT INSERT ON TABLE shop.audit_log TO app_rw;
GRANT USAGE ON SEQUENCE shop.customers_id_seq, shop.orders_id_seq, shop.audit_log_id_seq,
    shop.products_id_seq TO app_rw;

GRANT SELECT ON ALL TABLES IN SCHEMA shop TO reporting;
REVOKE SELECT ON shop.customers FROM reporting;
GRANT SELECT (id, name, created_at) ON shop.customers TO reporting;

SET ROLE migrator;
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT, INSERT, UPDATE ON TABLES TO app_rw;
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT USAGE ON SEQUENCES TO app_rw;
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT ON TABLES TO reporting;
RESET ROLE;

COMMIT;
