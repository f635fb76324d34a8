"""Benchmark the site as production runs it: `make bench` (or python benchmarks/run.py).

Builds the demo site in a PostgreSQL database (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/cccea_bench, created if missing) with Redis
(BENCH_REDIS_URL, default redis://127.0.0.1:6379/1), collects static files,
starts gunicorn from gunicorn.conf.py with 2 sync workers on loopback (once with
the page cache, once without), and measures each scenario with wrk
(`apt-get install wrk`, done here when run as root): requests per second, p50
and p99 latency, errors. Then a load test: 60 s at 16 connections. Prints a
table and the memory of each worker (RSS, PSS and USS). Loopback only; bounded in time.

BENCH_SECONDS (default 10) sets each scenario's duration; BENCH_LOAD_SECONDS
(default 60) the load test's. The database holds scale data besides the demo
content: BENCH_CAMPAIGNS (default 500) fictional cases and
BENCH_ORGANISATIONS (default 1000) member organisations, in four languages
(loaded once; the database is kept between runs). GUNICORN_* variables
(GUNICORN_MAX_REQUESTS, say) pass through to the servers, to compare settings.
"""

import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cccea_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/1")
SCENARIO_SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
LOAD_SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
WARM_UP_SECONDS = 2
HOST_HEADER = "cccea.example.org"
CAMPAIGNS = os.environ.get("BENCH_CAMPAIGNS", "500")
ORGANISATIONS = os.environ.get("BENCH_ORGANISATIONS", "1000")


def fail(message):
    print(f"benchmark: {message}", file=sys.stderr)
    sys.exit(1)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        fail("wrk is missing: apt-get install wrk (as root), then run again.")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def ensure_database():
    base, name = DATABASE_URL.rsplit("/", 1)
    try:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            exists = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
            ).fetchone()
            if not exists:
                admin.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        fail(f"PostgreSQL is not reachable at {base}: {error}".splitlines()[0])


def analyze_database():
    """Planner statistics for the data just loaded, as autovacuum gathers them
    within a minute or so of a bulk change in production: measured without
    them, PostgreSQL guesses one row where there are thousands and picks
    plans no running site would (a search took 32 s instead of 0.2)."""
    with psycopg.connect(DATABASE_URL, autocommit=True) as connection:
        connection.execute("ANALYZE")


def environment(static_root, **extra):
    return {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(REPO)),
        "DJANGO_SETTINGS_MODULE": "cccea_site.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-only-secret-not-for-production-0123456789abcdef",
        "ALLOWED_HOSTS": f"{HOST_HEADER},127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(REPO / "media"),
        "LOG_LEVEL": "WARNING",
        "WEB_CONCURRENCY": "2",
        # GUNICORN_* settings pass through, to compare them (gunicorn.conf.py).
        **{
            name: value
            for name, value in os.environ.items()
            if name.startswith("GUNICORN_")
        },
        **extra,
    }


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(env):
    port = free_port()
    env = {
        **env,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "--access-logfile",
            "/dev/null",
            "cccea_site.wsgi",
        ],
        cwd=REPO,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"{base}/health/", timeout=2)
            return server, base
        except OSError:
            time.sleep(0.2)
    server.terminate()
    fail("gunicorn did not start")
    return None


def static_path():
    manifest = next((REPO / "static" / "css").glob("components.css"))
    return f"/static/css/{manifest.name}"


def wrk(url, seconds, connections, script=None):
    return subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Host: {HOST_HEADER}",
            *(["-s", str(script)] if script else []),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    ).stdout


def warm(url):
    request = urllib.request.Request(url, headers={"Host": HOST_HEADER})
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()


def run_wrk(url, seconds, connections=16, script=None):
    warm(url)  # fails loudly if the page does not answer 200
    # A short unmeasured run first, so every worker has rendered the page and
    # built what it keeps per generation: one request warms only one worker.
    # Of `url` alone when a script picks the paths: a script walking a list
    # of searches would otherwise answer some before the clock starts.
    wrk(url, WARM_UP_SECONDS, connections)
    output = wrk(url, seconds, connections, script)
    try:
        return parse_wrk(output)
    except (AttributeError, ValueError) as error:
        fail(f"Could not read wrk's output for {url} ({error}):\n{output}")


# Words of the demo and scale content, in Japanese and English. Some are in
# a few pages, some in every fictional case (事例, fictional): a search for
# two of them ranks anywhere from none to 10,000 matches.
SEARCH_WORDS = [
    "労働",
    "工場",
    "賃金",
    "解雇",
    "組合",
    "縫製",
    "退職金",
    "女性",
    "安全",
    "団体",
    "ブランド",
    "交渉",
    "事例",
    "架空",
    "計測",
    "サイト",
    "加盟",
    "権利",
    "閉鎖",
    "支払",
    "生活",
    "声明",
    "報告",
    "火災",
    "研修",
    "結社",
    "workers",
    "factory",
    "wages",
    "union",
    "severance",
    "brand",
    "garment",
    "safety",
    "Cambodia",
    "Bangladesh",
    "strike",
    "dismissed",
    "reinstated",
    "minimum",
    "living",
    "fictional",
    "case",
    "organisation",
    "volume",
    "closure",
    "unpaid",
    "sudden",
    "statement",
    "report",
    "fire",
    "training",
    "freedom",
    "association",
    "Vietnam",
    "promises",
    "guarantee",
    "briefing",
    "leaders",
    "rights",
]


def distinct_searches_script(directory):
    """A wrk script searching for a different pair of SEARCH_WORDS on each
    request (1,770 pairs, shuffled): the cost of searches nobody made before
    in this content generation. Each of wrk's two threads walks its own half
    of the list, so no search repeats within a run of under 1,770 requests
    (about 1,000 in 10 s here); beyond that, the walk starts again and its
    searches are answered from what the generation kept."""
    pairs = [
        (first, second)
        for index, first in enumerate(SEARCH_WORDS)
        for second in SEARCH_WORDS[index + 1 :]
    ]
    random.Random(11).shuffle(pairs)  # noqa: S311 (an order, not a secret)
    paths = [
        "/ja/search/?q=" + urllib.parse.quote(f"{first} {second}")
        for first, second in pairs
    ]
    script = Path(directory) / "distinct-searches.lua"
    listed = ",\n".join(f'  "{path}"' for path in paths)
    script.write_text(
        "-- Written by benchmarks/run.py.\n"
        f"local paths = {{\n{listed}\n}}\n"
        "local threads_made = 0\n"
        "function setup(thread)\n"
        "  thread:set('first', threads_made)\n"
        "  threads_made = threads_made + 1\n"
        "end\n"
        "function init(args)\n"
        "  position = first\n"
        "end\n"
        "request = function()\n"
        "  local path = paths[position % #paths + 1]\n"
        "  position = position + 2\n"
        '  return wrk.format("GET", path)\n'
        "end\n"
    )
    return script


def to_ms(value):
    match = re.match(r"([\d.]+)(us|ms|s)", value)
    if match is None:
        raise ValueError(f"wrk printed a latency this script cannot read: {value!r}")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def parse_wrk(output):
    requests = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    # Anchored: "68.50%" in the thread stats also ends in "50%".
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(1)))
    return {"rps": requests, "p50": p50, "p99": p99, "errors": errors}


MEMORY_FIELDS = {
    "Rss": "rss",
    "Pss": "pss",
    "Private_Clean": "uss",
    "Private_Dirty": "uss",
}


def worker_memory_mb(server):
    """Memory of each live worker (one recycled a moment ago is skipped), in
    MB: resident (RSS, counting pages shared with the master in every
    worker), proportional (PSS, shared pages divided among the processes
    sharing them: what the worker costs) and private (USS, its own pages)."""
    children = (
        Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    )
    workers = []
    for pid in children:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except (FileNotFoundError, ProcessLookupError):
            continue
        sizes = {"rss": 0, "pss": 0, "uss": 0}
        for line in rollup.splitlines():
            name, _, rest = line.partition(":")
            if name in MEMORY_FIELDS:
                sizes[MEMORY_FIELDS[name]] += int(rest.split()[0]) / 1024
        if sizes["rss"]:  # a worker that is exiting has none
            workers.append(sizes)
    return workers


def describe_memory(workers):
    return ", ".join(
        f"RSS {sizes['rss']:.0f} / PSS {sizes['pss']:.0f} / USS {sizes['uss']:.0f}"
        for sizes in workers
    )


def print_table(rows):
    print(f"\n{'scenario':44} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for name, result in rows:
        print(
            f"{name:44} {result['rps']:9.1f} {result['p50']:8.2f} {result['p99']:8.2f} {result['errors']:7d}"
        )


def main():
    ensure_wrk()
    ensure_database()
    static_root = Path(tempfile.mkdtemp(prefix="cccea-bench-static-"))
    env = environment(static_root)
    print("Preparing the database, demo content and static files…")
    manage(env, "update_database", "-v", "0")
    manage(
        env,
        "load_demo_content",
        "--campaigns",
        CAMPAIGNS,
        "--organisations",
        ORGANISATIONS,
    )
    manage(env, "update_index")
    analyze_database()
    manage(env, "collectstatic", "--noinput", "-v", "0")

    rows = []
    cached_server, cached = start_server(env)
    uncached_server, uncached = start_server({**env, "PAGE_CACHE_ENABLED": "false"})
    try:
        case = "/ja/campaigns/example-severance-appeal-cambodia/"
        scenarios = [
            ("home, page cache hit", f"{cached}/en/"),
            ("home, uncached", f"{uncached}/en/"),
            ("campaign index, uncached", f"{uncached}/ja/campaigns/"),
            (
                "campaign index with filters, uncached",
                f"{uncached}/ja/campaigns/?kind=urgent_appeal",
            ),
            ("case page, uncached", f"{uncached}{case}"),
            ("case page, page cache hit", f"{cached}{case}"),
            ("news list, uncached", f"{uncached}/en/news/"),
            (
                "news item, uncached",
                f"{uncached}/ja/news/example-statement-severance-cambodia/",
            ),
            (
                "publication, uncached",
                f"{uncached}/ja/publications/example-report-wage-promises/",
            ),
            (
                "member organisation, uncached",
                f"{uncached}/ja/global-network/east-asian-coalition/"
                "example-hong-kong-labour-ngo/",
            ),
            (
                "coalition (members listed), uncached",
                f"{uncached}/ja/global-network/east-asian-coalition/",
            ),
            # Search pages are never cached whole; a repeated search reuses
            # the generation's results (cccea_site/search/query.py).
            (
                "search (Japanese, repeated), uncached",
                f"{uncached}/ja/search/?q=%E5%8A%B4%E5%83%8D",
            ),
            (
                "search (two words, distinct), uncached",
                f"{uncached}/ja/search/?q=%E5%8A%B4%E5%83%8D",
                distinct_searches_script(static_root),
            ),
            ("static file (WhiteNoise)", f"{cached}{static_path()}"),
        ]
        for name, url, *script in scenarios:  # a wrk script for some
            result = run_wrk(
                url, SCENARIO_SECONDS, script=script[0] if script else None
            )
            rows.append((name, result))
            print(f"  measured {name}")
        load = run_wrk(f"{cached}/ja/campaigns/", LOAD_SECONDS)
        rows.append((f"load test: {LOAD_SECONDS} s, 16 connections, cached", load))
        print_table(rows)
        results = dict(rows)
        ratio = (
            results["home, page cache hit"]["rps"]
            / results["static file (WhiteNoise)"]["rps"]
        )
        print(f"\ncached home / static file throughput: {ratio:.2f}")
        home = results["home, uncached"]["rps"]
        print("uncached throughput as a share of the uncached home page's:")
        for name, result in rows:
            if name.endswith("uncached") and name != "home, uncached":
                print(f"  {name:44} {result['rps'] / home:5.0%}")
        print(
            "memory per worker (MB), cached server: "
            + describe_memory(worker_memory_mb(cached_server))
        )
        print(
            "memory per worker (MB), uncached server: "
            + describe_memory(worker_memory_mb(uncached_server))
        )
        if load["errors"]:
            fail(f"the load test had {load['errors']} errors")
    finally:
        for server in (cached_server, uncached_server):
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
