-- Least-privilege roles for Winter Arc (docs/operations.md, "Database roles").
-- psql variables: migrate_password, app_password, backup_password. Run once as a superuser (or
-- RDS's master user) against the server: psql -v migrate_password=... -f roles.sql
--
--   winterarc_migrate  owns the database and its schema: `winterarc db upgrade`, `winterarc restore`
--   winterarc_app      the API and the workers: rows only (SELECT, INSERT, UPDATE, DELETE), no DDL
--   winterarc_backup   `winterarc backup` from a machine that must not write: reads everything

\set ON_ERROR_STOP on

CREATE ROLE winterarc_migrate LOGIN PASSWORD :'migrate_password';
CREATE ROLE winterarc_app LOGIN PASSWORD :'app_password';
CREATE ROLE winterarc_backup LOGIN PASSWORD :'backup_password';
GRANT pg_read_all_data TO winterarc_backup;

-- The owner of the database owns its public schema (PostgreSQL 15+: pg_database_owner).
CREATE DATABASE winterarc OWNER winterarc_migrate;
REVOKE ALL ON DATABASE winterarc FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE winterarc TO winterarc_app;
GRANT CONNECT ON DATABASE winterarc TO winterarc_backup;

\connect winterarc
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO winterarc_app;
-- Tables and sequences the migrations create later are usable by the application at once.
ALTER DEFAULT PRIVILEGES FOR ROLE winterarc_migrate IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO winterarc_app;
ALTER DEFAULT PRIVILEGES FOR ROLE winterarc_migrate IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO winterarc_app;
