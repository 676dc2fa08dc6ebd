#!/usr/bin/env bash
# Writes app-cds.jsa into the packaged service's directory (the class archive jvm.options names).
# Runs at `package`: starts the service once with -XX:ArchiveClassesAtExit, waits until its HTTP
# server listens (the start is then complete), asks it once whether it is ready and stops it; the
# JVM then archives every class the start linked, about twice what an archive of static
# initialisation alone holds. No database is needed or touched: migrations are skipped and the
# datasource points at a closed port.
set -euo pipefail
app=${1:?usage: class-archive.sh <directory of ml-catalog.jar>}
cd "$app"
rm -f app-cds.jsa
log=../class-archive.log
# Created before the service starts, so that the wait below always has a file to read.
: >"$log"
java -XX:ArchiveClassesAtExit=app-cds.jsa -XX:+UseSerialGC \
    -Dquarkus.http.port=0 -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.flyway.migrate-at-start=false \
    -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:1/none \
    -jar ml-catalog.jar >"$log" 2>&1 &
service=$!
trap 'kill -9 $service 2>/dev/null || true' EXIT
port=
for _ in $(seq 600); do
    port=$(grep -o -m 1 'Listening on: http://[0-9.]*:[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [[ -n $port ]] && break
    kill -0 $service 2>/dev/null || { cat "$log" >&2; echo "the service stopped before it listened" >&2; exit 1; }
    sleep 0.1
done
[[ -n $port ]] || { echo "the service did not listen within 60 s" >&2; exit 1; }
# One readiness check, as every start is followed by: its classes (health, the pool's connection
# attempt, the driver's) are then archived too. It reports the database down, which is expected.
curl -s -o /dev/null "http://127.0.0.1:$port/q/health/ready" || true
kill -TERM $service
wait $service || true
trap - EXIT
[[ -s app-cds.jsa ]] || { cat "$log" >&2; echo "no class archive was written" >&2; exit 1; }
echo "class archive: $(du -h app-cds.jsa | cut -f1) in $app/app-cds.jsa"
