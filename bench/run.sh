#!/usr/bin/env bash
# The benchmark in one command: bench/run.sh [10k] [100k] [1m] (all three by default).
# Installs wrk and pgbench when missing, makes sure PostgreSQL is up with shared buffers that hold
# the catalogs (BENCH_SHARED_BUFFERS, 4GB by default), packages the service, then runs
# bench/bench.py with the given arguments (bench/bench.py --help lists them).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null || ! command -v pgbench >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq wrk postgresql-client >/dev/null
fi
cluster="$(ls /etc/postgresql | head -n 1)"
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
    until pg_isready -h 127.0.0.1 -p 5432 -q; do sleep 1; done
fi
# PostgreSQL's default 128MB of shared buffers holds neither the 100k nor the 1m catalog, so every
# statement would also measure copying pages in from the operating system's cache. The benchmark
# runs the database as a deployment of that size would: with shared buffers that hold the catalog.
shared_buffers="${BENCH_SHARED_BUFFERS:-4GB}"
if [ "$(psql -h 127.0.0.1 -U postgres -XAtc 'SHOW shared_buffers')" != "$shared_buffers" ]; then
    echo "Setting PostgreSQL's shared_buffers to $shared_buffers (ALTER SYSTEM) and restarting it" >&2
    psql -h 127.0.0.1 -U postgres -Xqc "ALTER SYSTEM SET shared_buffers = '$shared_buffers'"
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main restart
    until pg_isready -h 127.0.0.1 -p 5432 -q; do sleep 1; done
fi
./mvnw -B -q package -DskipTests
exec python3 bench/bench.py "$@"
