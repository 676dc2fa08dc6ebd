#!/usr/bin/env bash
# The benchmark in one command: bench/run.sh [10k] [100k] [1m] (all three by default).
# Installs wrk and pgbench when missing, makes sure PostgreSQL is up, packages the service, then
# runs bench/bench.py with the given arguments (bench/bench.py --help lists them).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null || ! command -v pgbench >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq wrk postgresql-client >/dev/null
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    until pg_isready -h 127.0.0.1 -p 5432 -q; do sleep 1; done
fi
./mvnw -B -q package -DskipTests
exec python3 bench/bench.py "$@"
