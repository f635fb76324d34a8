"""Search latency with about 1,000 pages in four languages, on SQLite and PostgreSQL.

    python benchmarks/search.py        (make bench-search)

For each database it builds the demo site plus scale data
(load_demo_content --campaigns 500 --organisations 500), rebuilds the search
index, then runs each query 20 times through Django's test client (in
process: the figure is the view's own time, without a web server) and prints
the median and 95th percentile in milliseconds. PostgreSQL is
BENCH_DATABASE_URL's server with a database `cccea_search_bench`.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUERIES = [
    "勞工",
    "労働",
    "노동",
    "工",
    "Northwind",
    "living wage",
    "Uniqlo 工人",
    "absent-word",
]
RUNS = 20
SCALE = ["--campaigns", "500", "--organisations", "500"]


def measure(database_url):
    """Run in a child process, so each database gets its own Django setup."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cccea_site.settings.base",
        "DATABASE_URL": database_url,
        "DEBUG": "true",
        "LOG_LEVEL": "WARNING",
        "PAGE_CACHE_ENABLED": "false",
    }
    env.pop("REDIS_URL", None)
    for command in (
        ["update_database", "-v", "0"],
        ["load_demo_content", *SCALE],
        ["update_index"],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=REPO,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    subprocess.run([sys.executable, __file__, "--child"], cwd=REPO, env=env, check=True)


def child():
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    engine = django.db.connection.vendor
    print(f"\n{engine}: {Page.objects.live().count()} live pages")
    print(f"{'query':16} {'results':>8} {'median ms':>10} {'p95 ms':>8}")
    for query in QUERIES:
        timings = []
        for _run in range(RUNS):
            started = time.perf_counter()
            response = client.get("/ja/search/", {"q": query})
            timings.append((time.perf_counter() - started) * 1000)
        results = response.content.decode().count('class="search-results__item"')
        p95 = statistics.quantiles(timings, n=20)[-1]
        print(f"{query:16} {results:8d} {statistics.median(timings):10.1f} {p95:8.1f}")


def ensure_postgres_database(server_url, name):
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as admin:
        if not admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
        ).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')


def main():
    with tempfile.TemporaryDirectory() as folder:
        measure(f"sqlite:///{folder}/search-bench.sqlite3")
    server = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/x"
    ).rsplit("/", 1)[0]
    ensure_postgres_database(server, "cccea_search_bench")
    measure(f"{server}/cccea_search_bench")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child()
    else:
        main()
