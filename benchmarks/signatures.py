"""A viral appeal: many people sign one petition while others read the page.

`make bench-signatures` (or python benchmarks/signatures.py). The demo site
on PostgreSQL and Redis, as benchmarks/run.py builds it, served by gunicorn
with the production configuration (2 sync workers, the database task
backend: each signature queues its email as a row; no worker sends them).
For BENCH_SIGN_SECONDS (default 30) wrk posts the demo petition's form from
BENCH_SIGN_CONNECTIONS (default 32) connections, each request with a new
address, while a second wrk reads the petition's page from 8 connections.
Prints signatures per second, p50/p99 latency and errors of both, then
compares the sign requests accepted (303) with the rows stored and the jobs
queued, and how many page reads were page-cache hits. The run's rows and
jobs are deleted afterwards. Loopback only; bounded in time.
"""

import json
import os
import subprocess
import sys
import tempfile
import threading
import urllib.request
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # benchmarks/run.py, beside this file

SECONDS = int(os.environ.get("BENCH_SIGN_SECONDS", "30"))
CONNECTIONS = int(os.environ.get("BENCH_SIGN_CONNECTIONS", "32"))
READERS = 8
CASE = "/ja/campaigns/example-severance-appeal-cambodia/"

# wrk runs this in each of its threads: every request a new address, and a
# count of each status, printed as JSON when the run ends.
SIGN_SCRIPT = """
-- Globals: done() reads each thread's statuses with thread:get.
counter = 0
statuses = {}
local threads = {}
function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end
function init(args)
    run_id = args[1]
    path = args[2]
end
function request()
    counter = counter + 1
    local email = "bench-" .. run_id .. "-" .. id .. "-" .. counter .. "@example.invalid"
    local body = "name=Bench+Signer&country=HK&email=" .. email
    return wrk.format("POST", path, {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Sec-Fetch-Site"] = "same-origin",
    }, body)
end
function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
    local totals = {}
    for _, thread in ipairs(threads) do
        local counts = thread:get("statuses")
        for status, count in pairs(counts) do
            totals[tostring(status)] = (totals[tostring(status)] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(totals) do
        table.insert(parts, string.format('"%s": %d', status, count))
    end
    io.write("STATUSES {" .. table.concat(parts, ", ") .. "}\\n")
end
"""


def database(query, *params):
    """The rows of a query (none for a DELETE)."""
    with psycopg.connect(bench.DATABASE_URL, autocommit=True) as connection:
        cursor = connection.execute(query, params)
        return cursor.fetchall() if cursor.description else []


def petition_id():
    rows = database("SELECT id FROM actions_action WHERE kind = 'petition' ORDER BY id")
    if not rows:
        bench.fail("The demo petition is missing: did load_demo_content run?")
    return rows[0][0]


def wrk_process(url, connections, script=None, args=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{SECONDS}s", "--latency"]
    command += ["-H", f"Host: {bench.HOST_HEADER}"]
    if script:
        command += ["-s", script]
    command += [url, *(["--", *args] if args else [])]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def watch_cache(url, results, stop):
    """Once a second during the burst: was the page a page-cache hit?"""
    while not stop.is_set():
        request = urllib.request.Request(url, headers={"Host": bench.HOST_HEADER})
        with urllib.request.urlopen(request, timeout=10) as response:
            results.append(response.headers.get("X-Cache"))
        stop.wait(1)


def main():
    bench.ensure_wrk()
    bench.ensure_database()
    static_root = Path(tempfile.mkdtemp(prefix="cccea-bench-static-"))
    env = bench.environment(
        static_root,
        TASK_BACKEND="database",
        ACTIONS_RATE_PER_ACTION="100000000",
    )
    print("Preparing the database, demo content and static files…")
    bench.manage(env, "update_database", "-v", "0")
    bench.manage(env, "load_demo_content")
    bench.manage(env, "collectstatic", "--noinput", "-v", "0")
    action = petition_id()
    run_id = uuid.uuid4().hex[:8]
    pattern = f"bench-{run_id}-%"
    server, base = bench.start_server(env)
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(SIGN_SCRIPT)
    hits, stop = [], threading.Event()
    try:
        bench.warm(base + CASE)
        watcher = threading.Thread(target=watch_cache, args=(base + CASE, hits, stop))
        watcher.start()
        signers = wrk_process(
            f"{base}/ja/actions/{action}/sign/",
            CONNECTIONS,
            str(script),
            (run_id, f"/ja/actions/{action}/sign/"),
        )
        readers = wrk_process(base + CASE, READERS)
        sign_output, _ = signers.communicate(timeout=SECONDS + 120)
        read_output, _ = readers.communicate(timeout=SECONDS + 120)
        stop.set()
        watcher.join()
        report(sign_output, read_output, pattern, hits)
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=30)
        script.unlink(missing_ok=True)
        cleanup(pattern)


def report(sign_output, read_output, pattern, hits):
    signing = bench.parse_wrk(sign_output)
    reading = bench.parse_wrk(read_output)
    statuses = json.loads(sign_output.split("STATUSES ", 1)[1].splitlines()[0])
    accepted = statuses.get("303", 0)
    stored = database(
        "SELECT count(*) FROM actions_signature WHERE email LIKE %s", pattern
    )[0][0]
    queued = database(
        "SELECT count(*) FROM django_tasks_database_dbtaskresult t "
        "JOIN actions_signature s "
        "ON s.id = (t.args_kwargs -> 'args' ->> 0)::bigint "
        "WHERE t.task_path LIKE %s AND s.email LIKE %s",
        "%send_confirmation",
        pattern,
    )[0][0]
    # Each address is new, so an address asked for twice is a request that
    # reached the server twice (wrk re-sends on a new connection after a
    # connection error): one signature, two confirmation jobs, as designed.
    asked_twice = database(
        "SELECT count(*) FROM actions_signature "
        "WHERE email LIKE %s AND emails_requested > 1",
        pattern,
    )[0][0]
    bench.print_table(
        [
            (f"sign: {CONNECTIONS} connections, new address each", signing),
            (f"read the page meanwhile: {READERS} connections", reading),
        ]
    )
    print(f"\nsign answers by status: {statuses}")
    print(
        f"accepted (303): {accepted}; signatures stored: {stored}; email jobs queued: {queued}"
    )
    print(f"addresses that reached the server twice: {asked_twice}")
    print(
        f"page reads during the burst that were cache hits: {hits.count('HIT')}/{len(hits)}"
    )
    # Requests still in flight when wrk stops are stored but not counted.
    lost = accepted - stored
    server_errors = sum(count for status, count in statuses.items() if status >= "500")
    if lost > 0 or server_errors:
        bench.fail(f"{lost} accepted signatures were not stored; {server_errors} 5xx")


def cleanup(pattern):
    """Delete the run's signatures and their queued emails."""
    database(
        "DELETE FROM django_tasks_database_dbtaskresult WHERE task_path LIKE %s",
        "%send_confirmation",
    )
    database("DELETE FROM actions_signature WHERE email LIKE %s", pattern)


if __name__ == "__main__":
    main()
