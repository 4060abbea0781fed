#!/usr/bin/env bash
# Creates one database per YJ Hub service, each owned by a login role of the same name, so that a service can
# reach its own tables and no other's (DESIGN.md: each service owns its data).
#
#   YJ_DATABASES          the databases to create, separated by spaces (docker-compose.yml:
#                         "inspection performance budget gateway"); lower case letters, digits and '_'
#   <NAME>_DB_PASSWORD    the password of role <name>, e.g. INSPECTION_DB_PASSWORD, GATEWAY_DB_PASSWORD
#
# In docker-compose.yml the official postgres image runs this file from /docker-entrypoint-initdb.d/ once, when
# its data volume is first initialised. It is idempotent, so it can also be run by hand against an existing
# server with an administrator's connection in the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD):
#
#   PGHOST=db.example.org PGUSER=admin YJ_DATABASES="inspection performance budget gateway" \
#   INSPECTION_DB_PASSWORD=... PERFORMANCE_DB_PASSWORD=... BUDGET_DB_PASSWORD=... GATEWAY_DB_PASSWORD=... \
#     deploy/postgres/init-databases.sh
#
# Running it again leaves existing databases and data alone and resets each role's password to the given one.

# A subshell body: when the postgres image sources this file (it does so when the mounted file is not executable),
# the strict shell options stay here and do not leak into its entrypoint.
yj_create_databases() (
    set -euo pipefail
    local admin="${PGUSER:-${POSTGRES_USER:-postgres}}"
    local databases="${YJ_DATABASES:-inspection performance budget gateway}"
    local db var password
    for db in $databases; do
        if [[ ! "$db" =~ ^[a-z][a-z0-9_]*$ ]]; then
            echo "init-databases: '$db' is not a plain database name (lower case letters, digits, '_')" >&2
            return 1
        fi
        var="${db^^}_DB_PASSWORD"
        password="${!var:-}"
        if [[ -z "$password" ]]; then
            echo "init-databases: $var is not set; every database's role needs a password" >&2
            return 1
        fi
        echo "init-databases: database '$db' owned by role '$db'"
        psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "$admin" --dbname postgres \
             -v db="$db" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'db') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'db') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'db', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'db') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT ALL ON DATABASE %I TO %I', :'db', :'db') \gexec
SQL
    done
)

yj_create_databases
