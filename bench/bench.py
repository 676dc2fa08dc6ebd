#!/usr/bin/env python3
"""Benchmark of the packaged service against synthetic catalogs of growing size.

For each catalog size: generate the catalog (once; reused while the generator and migrations are
unchanged), record the SQL the service sends for each request of each scenario, then start the
service (three times, the median time to ready counting), warm it up (all scenarios' requests in
turn, then each scenario until it is steady), and drive each scenario with wrk at full load, at
half load and with one client. pgbench replays the recorded SQL (the SQL ceiling) and wrk fetches
a small static file of the same server (the HTTP ceiling), in windows that alternate with the
scenario's full load. Prints one table and writes every figure to target/bench/.

Run through bench/run.sh, which installs what this needs and builds the service first.
"""

import argparse
import hashlib
import json
import math
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = ROOT / "target" / "bench"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
PORT = 8089
BASE = f"http://127.0.0.1:{PORT}"
STATIC_PATH = "/robots.txt"
SCENARIOS = ["get", "list", "search", "search-filtered", "suggest"]
COLLECTIONS = ["courses", "readings", "organizations", "communities", "competitions", "events", "programs"]
STAGES = ["foundations", "theory", "practice", "specialization", "continuous-learning", "networking", "job-market"]
LEVELS = ["beginner", "intermediate", "advanced"]
COSTS = ["free", "freemium", "paid"]
KINDS = ["course", "reading", "organization", "community", "competition", "event", "program"]
# The JVM settings the README starts the packaged service with (src/main/jvm/jvm.options).
JAVA_OPTS = os.environ.get("BENCH_JAVA_OPTS", "@jvm.options").split()
APP = ROOT / "target" / "service"
# The work_mem the service's connections start with (application.properties); pgbench's
# connections get the same, so both run the statements under the same settings.
PROPERTIES = (ROOT / "src/main/resources/application.properties").read_text()
WORK_MEM = re.search(r"^catalog\.db\.work-mem=\$\{CATALOG_DB_WORK_MEM:([^}]+)\}$", PROPERTIES, re.M).group(1)
# The service runs at most this many statements at once (its connection pool); pgbench replays with
# as many clients, so the database sees the same concurrency from both.
POOL_SIZE = int(re.search(r"^quarkus\.datasource\.jdbc\.max-size=(\d+)$", PROPERTIES, re.M).group(1))
# Probes of the pause that holds a target rate (the half load), at most.
RATE_PROBES = 5


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def psql(database, sql):
    command = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-X", "-q", "-A", "-t",
               "-v", "ON_ERROR_STOP=1", "-c", sql]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


class Service:
    """The packaged service as a child process on its own port."""

    def __init__(self, database, schema):
        self.database = database
        self.schema = schema
        self.process = None

    def start(self):
        environment = dict(os.environ,
                           QUARKUS_HTTP_PORT=str(PORT),
                           QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:5432/{self.database}",
                           CATALOG_DB_SCHEMA=self.schema,
                           CATALOG_RATE_LIMIT_ENABLED="false",
                           MALLOC_ARENA_MAX=os.environ.get("MALLOC_ARENA_MAX", "2"))
        OUT.mkdir(parents=True, exist_ok=True)
        output = open(OUT / f"service-{self.schema}.log", "a")
        started = time.monotonic()
        self.process = subprocess.Popen(["java", *JAVA_OPTS, "-jar", "ml-catalog.jar"], cwd=APP,
                                        env=environment, stdout=output, stderr=subprocess.STDOUT)
        while time.monotonic() - started < 120:
            if self.process.poll() is not None:
                raise SystemExit(f"the service exited early; see {output.name}")
            try:
                with urllib.request.urlopen(BASE + "/q/health/ready", timeout=1) as response:
                    if response.status == 200:
                        return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.01)
        raise SystemExit("the service was not ready within 120 s")

    def resident_megabytes(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def compile_seconds(self):
        """Seconds the JIT compilers have spent so far (jstat)."""
        output = subprocess.run(["jstat", "-compiler", str(self.process.pid)], check=True,
                                capture_output=True, text=True).stdout
        return float(output.splitlines()[1].split()[3])

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=30) as response:
        if response.status != 200:
            raise SystemExit(f"{path} answered {response.status}")
        return response.read()


# ---------------------------------------------------------------- catalog


def generator_marker(size):
    digest = hashlib.sha256((BENCH / "generate.sql").read_bytes())
    for migration in sorted((ROOT / "db-migrations").glob("*.sql")):
        digest.update(migration.read_bytes())
    return f"bench catalog of {size} entries, generator {digest.hexdigest()[:16]}"


def ensure_catalog(database, schema, size):
    marker = generator_marker(size)
    current = psql(database, f"SELECT obj_description(oid) FROM pg_namespace WHERE nspname = '{schema}'")
    if current == marker:
        log(f"{schema}: catalog of {size} entries already generated")
        return
    log(f"{schema}: migrating, then generating {size} entries")
    psql(database, f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    service = Service(database, schema)
    try:
        service.start()
    finally:
        service.stop()
    started = time.monotonic()
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-X", "-q",
                    "-v", f"schema={schema}", "-v", f"size={size}", "-v", f"marker={marker}",
                    "-f", str(BENCH / "generate.sql")], check=True, stdout=subprocess.DEVNULL)
    log(f"{schema}: generated in {time.monotonic() - started:.0f} s")


def request_paths(database, schema, count):
    """The request paths of each scenario: fixed by a seed, drawn from the catalog and the relevance queries."""
    chooser = random.Random(2026)
    queries = [line.split(",")[0] for line in
               (ROOT / "src/test/resources/search/relevance.csv").read_text().splitlines()[1:] if line]
    chooser.shuffle(queries)
    queries = queries[:count]
    ids = psql(database, f"SET search_path TO {schema}, public;"
               f" SELECT id FROM entry ORDER BY md5(id) LIMIT {count}").splitlines()
    quote = urllib.parse.quote
    paths = {
        "get": [f"/api/v1/entries/{quote(entry_id)}" for entry_id in ids],
        "list": [f"/api/v1/{chooser.choice(COLLECTIONS)}?stage={chooser.choice(STAGES)}"
                 f"&level={chooser.choice(LEVELS)}" for _ in range(count)],
        "search": [f"/api/v1/search?q={quote(query)}" for query in queries],
        "search-filtered": [f"/api/v1/search?q={quote(query)}&kind={chooser.choice(KINDS)}"
                            f"&cost={chooser.choice(COSTS)}" for query in queries],
        "suggest": [f"/api/v1/suggest?q={quote(query[:chooser.randint(3, max(3, len(query)))])}"
                    for query in queries],
    }
    return paths


# ---------------------------------------------------------------- recorded SQL

LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[(\d+)\] (\S*)@(\S*) (\w+):  (.*)$")
STATEMENT = re.compile(r"^(?:statement|execute [^:]+): (.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def server_log():
    configured = os.environ.get("BENCH_PG_LOG")
    if configured:
        return Path(configured)
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    return Path(f"/var/log/postgresql/postgresql-{version}-main.log")


def statements_between(log_file, start, end, database):
    """The statements the service's connections ran, from a stretch of PostgreSQL's log.

    Each is its text, with $1, $2, ... where the service bound values, and those values (the text
    PostgreSQL logged for each, None for NULL).
    """
    with open(log_file, "rb") as stream:
        stream.seek(start)
        text = stream.read(end - start).decode("utf-8", "replace")
    records = []
    for line in text.splitlines():
        match = LOG_LINE.match(line)
        if match:
            records.append([match.group(3), match.group(4), match.group(5)])
        elif records:
            records[-1][2] += "\n" + line.lstrip("\t")
    statements = []
    for database_name, level, message in records:
        if database_name != database:
            continue
        if level == "LOG":
            found = STATEMENT.match(message)
            if found:
                statements.append((found.group(1).strip(), {}))
        elif level == "DETAIL" and message.startswith("parameters:") and statements:
            statements[-1][1].update((number, None if value == "NULL" else value[1:-1].replace("''", "'"))
                                     for number, value in PARAMETER.findall(message))
    return [(sql, values) for sql, values in statements
            if sql and not sql.upper().startswith("SET SEARCH_PATH")]


LITERAL = re.compile(r"'(?:[^']|'')*'")
# pgbench takes a letter, an underscore or any non-ASCII character after a colon as a variable name.
VARIABLE_LIKE = re.compile(r":[A-Za-z_\u0080-\U0010FFFF]")
PLACEHOLDER = re.compile(r"\$(\d+)")


def for_pgbench(statement):
    """The statement with every string literal that holds ':name' split into a concatenation.

    pgbench reads ':name' as one of its variables even inside a quoted literal. Cut after each
    colon, the parts no longer hold that pattern and the concatenation, in parentheses, is the same
    text.
    """
    def split(literal):
        text = literal.group(0)
        if not VARIABLE_LIKE.search(text):
            return text
        pieces = text[1:-1].split(":")
        return "(" + " || ".join("'" + piece + (":" if index < len(pieces) - 1 else "") + "'"
                                 for index, piece in enumerate(pieces)) + ")"
    return LITERAL.sub(split, statement)


def settled_size(log_file):
    """The log's size once PostgreSQL has stopped writing to it for a moment."""
    size = -1
    while size != log_file.stat().st_size:
        size = log_file.stat().st_size
        time.sleep(0.01)
    return size


def record_sql(database, schema, paths, workdir):
    """Runs each request once with statement logging on and returns the statements of each, per scenario."""
    log_file = server_log()
    psql("postgres", f"ALTER DATABASE {database} SET log_statement = 'all'")
    service = Service(database, schema)
    recorded = {}
    try:
        service.start()
        for scenario_paths in paths.values():
            for path in scenario_paths:
                get(path)
        for scenario, scenario_paths in paths.items():
            recorded[scenario] = []
            for path in scenario_paths:
                start = log_file.stat().st_size
                get(path)
                statements = statements_between(log_file, start, settled_size(log_file), database)
                if not statements:
                    raise SystemExit(f"no SQL recorded for {path}; is {log_file} PostgreSQL's log?")
                recorded[scenario].append(statements)
    finally:
        service.stop()
        psql("postgres", f"ALTER DATABASE {database} RESET log_statement")
    return recorded


# The bound values of every recorded request, which a replay script looks up by its number.
REPLAY_VALUES = "public.bench_replay"


def replay_scripts(label, scenario, requests, workdir):
    """pgbench scripts that replay a scenario's requests as the service's connections run them.

    The service sends the same statement text for every request of the same shape and binds its
    values, so each of its connections prepares a statement once and PostgreSQL soon keeps a plan
    for it. Requests are therefore grouped by the statements they ran, with $1, $2, ... unfilled:
    one script per group, weighted by its number of requests. Each transaction draws one of the
    group's requests, looks up that request's values (REPLAY_VALUES) into pgbench variables, and
    runs the statements with those variables as parameters (pgbench -M prepared). Which values are
    NULL is part of a statement's shape, as a NULL is written in.

    Returns (script, weight) pairs, the scripts that do only the look-ups (to take their time off),
    and the rows of REPLAY_VALUES.
    """
    groups = {}
    for statements in requests:
        shape = tuple((sql, tuple(sorted(n for n, value in values.items() if value is None)))
                      for sql, values in statements)
        groups.setdefault(shape, []).append(statements)
    scripts, lookups, rows = [], [], []
    for number, (shape, members) in enumerate(groups.items()):
        name = f"{label}/{scenario}-{number:02d}"
        columns, body = [], []
        for index, (sql, nulls) in enumerate(shape):
            def bind(placeholder, index=index, nulls=nulls):
                if placeholder.group(1) in nulls:
                    return "NULL"
                column = f"s{index}_{placeholder.group(1)}"
                if column not in columns:
                    columns.append(column)
                return ":" + column
            body.append(PLACEHOLDER.sub(bind, for_pgbench(sql.rstrip(";"))) + ";\n")
        for request, statements in enumerate(members, start=1):
            values = {f"s{index}_{n}": value for index, (_, bound) in enumerate(statements)
                      for n, value in bound.items()}
            missing = [column for column in columns if column not in values]
            if missing:
                raise SystemExit(f"{scenario}: the log has no values for {missing}; was it read before"
                                 " PostgreSQL wrote them?")
            rows.append((name, request, [values[column] for column in columns]))
        lookup = ""
        if columns:
            lookup = (f"\\set n random(1, {len(members)})\n"
                      f"SELECT {', '.join(f'v[{i}] AS {column}' for i, column in enumerate(columns, start=1))}"
                      f" FROM {REPLAY_VALUES} WHERE script = '{name}' AND n = :n \\gset\n")
        script = workdir / f"{scenario}-{number:02d}.sql"
        script.write_text(lookup + "".join(body))
        scripts.append((script, len(members)))
        if lookup:
            lookup_script = workdir / f"{scenario}-{number:02d}.lookup.sql"
            lookup_script.write_text(lookup)
            lookups.append((lookup_script, len(members)))
    return scripts, lookups, rows


def store_replay_values(database, label, rows):
    def literal(text):
        return "'" + text.replace("'", "''") + "'"
    statements = [f"CREATE TABLE IF NOT EXISTS {REPLAY_VALUES}"
                  " (script text, n integer, v text[] NOT NULL, PRIMARY KEY (script, n))",
                  f"DELETE FROM {REPLAY_VALUES} WHERE script LIKE {literal(label + '/%')}"]
    statements += [f"INSERT INTO {REPLAY_VALUES} VALUES ({literal(name)}, {n},"
                   f" ARRAY[{', '.join(map(literal, values))}]::text[])" for name, n, values in rows]
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-X", "-q",
                    "-v", "ON_ERROR_STOP=1", "-1"], input=";\n".join(statements) + ";\n",
                   check=True, capture_output=True, text=True)
    psql(database, f"ANALYZE {REPLAY_VALUES}")


# ---------------------------------------------------------------- load


def parse_wrk(output):
    def milliseconds(value):
        number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
        return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(percentiles["50"]),
        "p99": milliseconds(percentiles["99"]),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else None,
    }


def wrk(paths_file, seconds, connections, delay_ms=0):
    environment = dict(os.environ, BENCH_PATHS=str(paths_file), BENCH_DELAY_MS=str(delay_ms))
    output = subprocess.run(
        ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s",
         "-s", str(BENCH / "paths.lua"), BASE],
        env=environment, check=True, capture_output=True, text=True).stdout
    return parse_wrk(output)


def warm_up(paths_file, arguments, service):
    """Load until the JIT has settled: a window in which the compilers were almost idle and
    throughput stayed within 5% of the window before, after the minimum warm-up.

    On two shared cores the optimising compiler works through its queue for a minute or more while
    the load runs; measuring before it is done measures the compiler, not the service. Steady
    throughput alone is not enough: it is also steady, and low, while the compiler is busy.
    """
    window = 5
    elapsed, previous = 0, None
    while elapsed < arguments.max_warmup:
        compiled_before = service.compile_seconds()
        current = wrk(paths_file, window, arguments.connections)["rps"]
        compiling = service.compile_seconds() - compiled_before
        elapsed += window
        steady = previous is not None and abs(current - previous) <= 0.05 * previous
        if elapsed >= arguments.warmup and steady and compiling <= 0.02 * window:
            break
        previous = current
    return elapsed


def interleaved(paths):
    """Every scenario's requests, taking one of each scenario in turn."""
    lists = list(paths.values())
    return [scenario_paths[index] for index in range(max(map(len, lists)))
            for scenario_paths in lists if index < len(scenario_paths)]


def alternating(loads, rounds):
    """Several loads in turn, `rounds` windows each: for each load, its median window (rate and
    latencies) and every window's rate and errors. A load is a function that runs one window and
    returns its figures.

    On shared cores the machine's speed drifts from one minute to the next, so figures that are
    divided by one another are measured close together and in alternation, and the median window
    of each keeps one slow or fast moment from deciding a ratio.
    """
    windows = {name: [] for name in loads}
    for round_number in range(rounds):
        # Each round runs the loads in the opposite order to the round before, so that none is
        # always measured right after the same other.
        order = list(loads.items())
        for name, load in order if round_number % 2 == 0 else reversed(order):
            windows[name].append(load())
    medians = {}
    for name, runs in windows.items():
        median = sorted(runs, key=lambda run: run["rps"])[len(runs) // 2]
        medians[name] = dict(median, errors=sum(run.get("errors", 0) for run in runs),
                             windows=[run["rps"] for run in runs])
    return medians


def wrk_at_rate(paths_file, seconds, connections, rate):
    """wrk held near a target rate: each connection pauses so that all of them together send `rate` per second.

    The pause is a cycle (the time each connection has per request at that rate) less the time a
    request takes, which is only known under load. So probes of at least ten cycles adjust it until
    one reaches the rate within a tenth: a single probe misjudged slow requests (searches of the 1m
    catalog taking a third of a second), whose first cycle all connections send at once, and the
    load it then set ran at 90% of the maximum instead of half.
    """
    connections = max(1, min(connections, int(rate)))
    cycle_ms = 1000 * connections / rate
    probe_seconds = max(3, math.ceil(10 * cycle_ms / 1000))
    delay_ms = cycle_ms
    for _ in range(RATE_PROBES):
        probe = wrk(paths_file, probe_seconds, connections, delay_ms=int(delay_ms))
        if abs(probe["rps"] - rate) <= 0.1 * rate:
            break
        busy_ms = max(0.0, 1000 * connections / probe["rps"] - delay_ms) if probe["rps"] > 0 else 0.0
        delay_ms = max(1.0, cycle_ms - busy_ms)
    return wrk(paths_file, seconds, connections, delay_ms=int(delay_ms))


def pgbench(database, schema, scripts, seconds, clients, workdir):
    """pgbench running the weighted scripts: transactions per second and latencies in ms.

    Like the service's connections, pgbench's keep the statements they prepared and the plans
    PostgreSQL made for them, and a plan is only kept after a few executions of a statement on a
    connection. So pgbench first runs as long again as it is measured, and only the transactions
    that end in the last `seconds` count.
    """
    prefix = workdir / "pgbench-log"
    for old in workdir.glob("pgbench-log*"):
        old.unlink()
    command = ["pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-M", "prepared",
               "-c", str(clients), "-j", str(min(2, clients)), "-T", str(2 * seconds), "-l", f"--log-prefix={prefix}"]
    for script, weight in scripts:
        command += ["-f", f"{script}@{weight}"]
    environment = dict(os.environ, PGOPTIONS=f"-c search_path={schema},public -c work_mem={WORK_MEM}")
    started = time.time()
    result = subprocess.run(command + [database], env=environment, capture_output=True, text=True)
    if result.returncode != 0 or "aborted" in result.stdout + result.stderr:
        raise SystemExit(f"pgbench failed:\n{result.stdout}\n{result.stderr}")
    transactions = []  # (end in µs since the epoch, latency in ms)
    for log_file in workdir.glob("pgbench-log*"):
        for line in log_file.read_text().splitlines():
            fields = line.split()
            transactions.append((int(fields[4]) * 1_000_000 + int(fields[5]), int(fields[2]) / 1000))
    # The second half of the run, by the clock: after the deadline pgbench starts nothing new, so
    # the last transactions to end would make a window counted back from them read low.
    window_start = (started + seconds) * 1_000_000
    window_end = window_start + seconds * 1_000_000
    latencies = sorted(latency for end, latency in transactions if window_start <= end < window_end)
    return {
        "rps": len(latencies) / seconds,
        "p50": latencies[len(latencies) // 2],
        "p99": latencies[int(len(latencies) * 0.99)],
    }


def sql_ceiling(measured, scripts, lookups, lookup_rps):
    """The rate of a scenario's statements alone: a replay's, with the time of its value look-ups taken off.

    Each replayed transaction also reads its request's values (one row by primary key); the
    look-ups are run alone (`lookup_rps`), and the time per transaction each takes is subtracted:
    1/ceiling = 1/replay - 1/look-ups. Latencies are the replay's, look-ups included.
    """
    if not lookups:
        return measured
    lookup_share = sum(weight for _, weight in lookups) / sum(weight for _, weight in scripts)
    seconds_per_request = 1 / measured["rps"] - lookup_share / lookup_rps
    # When the look-ups alone were no faster than the replay, nothing can be taken off reliably.
    rps = 1 / seconds_per_request if seconds_per_request > 0 else measured["rps"]
    return dict(measured, rps=rps, replay_rps=measured["rps"], lookup_rps=lookup_rps)


def measure(database, label, size, arguments):
    schema = f"catalog_{label}"
    ensure_catalog(database, schema, size)
    workdir = OUT / label
    workdir.mkdir(parents=True, exist_ok=True)
    for old in workdir.glob("*.sql"):
        old.unlink()
    paths = request_paths(database, schema, arguments.requests)
    path_files = {}
    for scenario, scenario_paths in paths.items():
        path_files[scenario] = workdir / f"{scenario}.paths"
        path_files[scenario].write_text("\n".join(scenario_paths) + "\n")
    log(f"{schema}: recording the SQL of {sum(map(len, paths.values()))} requests")
    recorded = record_sql(database, schema, paths, workdir)
    statements = {scenario: sum(map(len, requests)) / len(requests) for scenario, requests in recorded.items()}
    replays, values = {}, []
    for scenario, requests in recorded.items():
        scripts, lookups, rows = replay_scripts(label, scenario, requests, workdir)
        replays[scenario] = (scripts, lookups)
        values += rows
    store_replay_values(database, label, values)

    service = Service(database, schema)
    result = {"size": size, "scenarios": {}, "ready_seconds_each": []}
    try:
        # Time to ready: the median of several starts, each once the machine is quiet again (the
        # recording's service has just stopped and PostgreSQL has just stored the replay values).
        # The last start serves the load.
        for start in range(arguments.starts):
            if start > 0:
                service.stop()
            time.sleep(arguments.settle)
            result["ready_seconds_each"].append(service.start())
        result["ready_seconds"] = statistics.median(result["ready_seconds_each"])
        result["rss_before_mb"] = service.resident_megabytes()
        static_file = workdir / "static.paths"
        static_file.write_text(STATIC_PATH + "\n")
        # The JIT compiles the hot paths of every scenario before anything is measured: first all
        # scenarios' requests in turn for a fixed time, so that the code they share passes the
        # optimising compiler's thresholds, then each scenario until it is steady.
        mixed_file = workdir / "mixed.paths"
        mixed_file.write_text("\n".join(interleaved(paths)) + "\n")
        if arguments.mixed_warmup > 0:
            wrk(mixed_file, arguments.mixed_warmup, arguments.connections)
        result["warmup_seconds"] = {"mixed": arguments.mixed_warmup}
        result["warmup_seconds"] |= {name: warm_up(paths_file, arguments, service)
                                     for name, paths_file in [("static", static_file), *path_files.items()]}
        each = ", ".join(f"{seconds:.2f}" for seconds in result["ready_seconds_each"])
        log(f"{schema}: ready in {result['ready_seconds']:.2f} s (median of {each}),"
            f" warmed up for {result['warmup_seconds']} s")
        for scenario in SCENARIOS:
            # The service at full load and both ceilings, the HTTP one (the static file) and the SQL
            # one (pgbench replaying the statements), in alternation. The replay's value look-ups,
            # single reads by primary key, are measured once.
            scripts, lookups = replays[scenario]
            lookup_rps = (pgbench(database, schema, lookups, arguments.duration, arguments.sql_clients, workdir)["rps"]
                          if lookups else None)
            loads = alternating({
                "service": lambda: wrk(path_files[scenario], arguments.window, arguments.connections),
                "http": lambda: wrk(static_file, arguments.window, arguments.connections),
                "sql": lambda: sql_ceiling(
                    pgbench(database, schema, scripts, arguments.duration, arguments.sql_clients, workdir),
                    scripts, lookups, lookup_rps),
            }, arguments.rounds)
            full, sql = loads["service"], loads["sql"]
            half = wrk_at_rate(path_files[scenario], arguments.duration, arguments.connections, full["rps"] / 2)
            alone = wrk(path_files[scenario], arguments.duration, 1)
            result["scenarios"][scenario] = {"service": full, "http_ceiling": loads["http"], "half_load": half,
                                             "one_client": alone, "sql": sql, "statements": statements[scenario]}
            log(f"{schema} {scenario}: {full['rps']:.0f}/s (windows {full['windows']}) p50 {full['p50']:.1f} ms"
                f" p99 {full['p99']:.1f} ms, HTTP {loads['http']['rps']:.0f}/s, SQL {sql['rps']:.0f}/s")
        result["rss_after_mb"] = service.resident_megabytes()
    finally:
        service.stop()
    return result


# ---------------------------------------------------------------- report


def report(results):
    lines = ["| Scenario | Catalog | SQL/req | Service req/s | p50 ms | p99 ms | SQL ceiling req/s | HTTP ceiling req/s"
             " | Combined limit | Service/SQL | Service/combined | Half load req/s | p50 ms | p99 ms"
             " | One client p50 ms |",
             "|" + " --- |" * 15]
    for scenario in SCENARIOS:
        for label, result in results.items():
            figures = result["scenarios"][scenario]
            service, sql, half = figures["service"], figures["sql"], figures["half_load"]
            http = figures["http_ceiling"]["rps"]
            combined = 1 / (1 / sql["rps"] + 1 / http)
            lines.append(
                f"| {scenario} | {label} | {figures['statements']:.1f} | {service['rps']:.0f} | {service['p50']:.1f}"
                f" | {service['p99']:.1f} | {sql['rps']:.0f} | {http:.0f} | {combined:.0f}"
                f" | {service['rps'] / sql['rps']:.0%} | {service['rps'] / combined:.0%} | {half['rps']:.0f}"
                f" | {half['p50']:.1f} | {half['p99']:.1f} | {figures['one_client']['p50']:.1f} |")
    lines += ["", "| Catalog | Ready s | RSS before MB | RSS after MB | Errors |", "| --- | --- | --- | --- | --- |"]
    for label, result in results.items():
        errors = sum(figures["service"]["errors"] + figures["half_load"]["errors"]
                     for figures in result["scenarios"].values())
        lines.append(f"| {label} | {result['ready_seconds']:.2f} | {result['rss_before_mb']:.0f}"
                     f" | {result['rss_after_mb']:.0f} | {errors} |")
    if len(results) > 1 and "10k" in results and "1m" in results:
        for scenario in ("search", "search-filtered"):
            small, large = (results[label]["scenarios"][scenario] for label in ("10k", "1m"))
            lines.append(f"\n{scenario}: p50 on 1m is {large['half_load']['p50'] / small['half_load']['p50']:.1f}x"
                         f" its p50 on 10k at half load,"
                         f" {large['one_client']['p50'] / small['one_client']['p50']:.1f}x with one client")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", help=f"catalog sizes to measure: {', '.join(SIZES)} (default: all)")
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", "10")),
                        help="seconds of each run at half load, with one client and of each pgbench window's"
                             " counted part (default 10)")
    parser.add_argument("--window", type=int, default=5,
                        help="seconds of each window of full load, of the service and of the static file, which"
                             " take turns with pgbench (default 5)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="windows of the service at full load, of the static file and of pgbench, per"
                             " scenario; the median of each counts (default 3)")
    parser.add_argument("--mixed-warmup", type=int, default=120,
                        help="seconds of load with every scenario's requests in turn, before each scenario's"
                             " own warm-up (default 120)")
    parser.add_argument("--warmup", type=int, default=20,
                        help="least seconds of warm-up per scenario before measuring (default 20)")
    parser.add_argument("--max-warmup", type=int, default=120,
                        help="most seconds of warm-up per scenario; it ends earlier once the JIT is idle"
                             " and throughput steady")
    parser.add_argument("--starts", type=int, default=3,
                        help="starts of the service per catalog; its time to ready is their median")
    parser.add_argument("--settle", type=float, default=5,
                        help="seconds of quiet before each start")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections of wrk")
    parser.add_argument("--sql-clients", type=int, default=POOL_SIZE,
                        help=f"pgbench clients (default {POOL_SIZE}: the service's connection pool)")
    parser.add_argument("--requests", type=int, default=60, help="distinct requests per scenario")
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE", "mlcatalog_bench"))
    arguments = parser.parse_args()
    if arguments.rounds < 1 or arguments.window < 1 or arguments.starts < 1:
        parser.error("--rounds, --window and --starts must be at least 1")
    unknown = [size for size in arguments.sizes if size not in SIZES]
    if unknown:
        parser.error(f"unknown catalog sizes {unknown}; choose from {', '.join(SIZES)}")

    if not psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{arguments.database}'"):
        psql("postgres", f"CREATE DATABASE {arguments.database}")
    OUT.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    results = {}
    for label in arguments.sizes or list(SIZES):
        results[label] = measure(arguments.database, label, SIZES[label], arguments)
        (OUT / f"results-{stamp}.json").write_text(json.dumps(results, indent=2))
    table = report(results)
    (OUT / f"results-{stamp}.md").write_text(table + "\n")
    print(table)


if __name__ == "__main__":
    main()
