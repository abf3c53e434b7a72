"""Store speed: ingest N corpus articles, then the dashboard's SQL aggregations on a large store.

Usage: python tools/bench_store.py [--ingest 10000] [--facts 1000000] [--backend duckdb|postgresql]
Uses a throwaway store (a temporary folder, or a throwaway PostgreSQL server).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_app  # noqa: E402

from metrics import storage  # noqa: E402
from metrics.aggregate import Filters  # noqa: E402
from metrics.ingest import ingest_items  # noqa: E402


def timed(label: str, fn) -> object:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ingest", type=int, default=10_000)
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--backend", choices=("duckdb", "postgresql"), default="duckdb")
    args = ap.parse_args()
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        if args.backend == "postgresql":
            import pg_server

            server = stack.enter_context(pg_server.server())
            first, second = pg_server.new_database(server, "ingest"), pg_server.new_database(server, "large")
        else:
            first, second = str(folder / "ingest.duckdb"), str(folder / "large.duckdb")
        store = storage.open_store(first)
        items = list(bench_app._real_articles(args.ingest, front_only=False))
        start = time.perf_counter()
        result = ingest_items(store, items, user="bench")
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in folder.iterdir()) if args.backend == "duckdb" else 0
        print(f"ingest: {len(result.added)} articles, {result.facts} facts in {seconds:.1f} s "
              f"-> {len(result.added) / seconds:.0f} articles/s" + (f"; store {size / 1e6:.1f} MB" if size else ""))  # fmt: skip
        store.close()
        bench_app.build(second, args.facts, 1_000)
        large = storage.open_store(second)
        with large.reading():
            timed("  money by year and action", lambda: large.totals("money", ["year"]))
            timed("  money by province (raised, given)", lambda: large.totals_by_action("money", ["province"]))
            timed("  money by campaign (raised, given)", lambda: large.totals_by_action("money", ["campaign"]))
            timed("  money by year x province", lambda: large.totals("money", ["year", "province"]))
            two = Filters(years=(2017,), provinces=("Hà Nội", "Hồ Chí Minh"))
            timed("  2 provinces + a year", lambda: large.totals("money", ["year"], two))
            timed("  first 1 000 facts with sentences", lambda: large.facts(limit=1000, details=True))
        large.close()


if __name__ == "__main__":
    main()
