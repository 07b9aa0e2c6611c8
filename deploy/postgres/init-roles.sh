#!/bin/sh
# Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d):
# the roles of roles.sql, with their passwords from the compose secrets.
set -eu
psql --no-psqlrc --username "$POSTGRES_USER" --dbname postgres \
    -v migrate_password="$(cat /run/secrets/postgres_migrate_password)" \
    -v app_password="$(cat /run/secrets/postgres_app_password)" \
    -v backup_password="$(cat /run/secrets/postgres_backup_password)" \
    -f /winterarc/roles.sql
