"""Dashboard speed on a large store: first view, page opens, filter changes, peak memory.

Builds a throwaway store: ingests real articles that name the Front (the
shared corpus when it is beside the project, else the sample corpus), then
copies those with figures inside the database under new ids, years and
provinces until it holds --facts facts.
Then, in a fresh process, times Streamlit's AppTest runs (the same script the
browser's server runs) and reports that process's peak RSS.
Usage: python tools/bench_app.py [--facts 1000000] [--backend duckdb|postgresql] [--articles 2000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
CORPUS = ROOT.parent / "shared" / "corpus" / "vi_news_main.jsonl.gz"


def _real_articles(limit: int, front_only: bool = True):  # type: ignore[no-untyped-def]
    """Corpus articles; front_only keeps those naming the Front (the others hold no counted figure)."""
    from parsers.readers import Source

    taken = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            if taken >= limit:
                return
            row = json.loads(line)
            if front_only and not any(word in row["text"] for word in ("Mặt trận", "MTTQ")):
                continue
            taken += 1
            yield Source(str(row["id"]), "corpus", row["text"], row.get("url"), row.get("title"), row.get("published"))


def _case(expression: str, values: list[str]) -> str:
    """values[expression % len(values)], in SQL both backends read."""
    quoted = [v.replace("'", "''") for v in values]
    whens = " ".join(f"WHEN {i} THEN '{v}'" for i, v in enumerate(quoted))
    return f"CASE ({expression}) % {len(values)} {whens} END"


def build(target: str, facts: int, articles: int) -> None:
    from metrics import schema, storage
    from metrics.ingest import ingest_items

    store = storage.open_store(target)
    if CORPUS.exists():
        ingest_items(store, _real_articles(articles), user="bench")
    else:
        storage.ensure_sample(store)
    base = store.rows("SELECT count(*) FROM facts")[0][0]
    copies = max(0, facts // max(1, base) - 1)
    pairs = store.rows("SELECT DISTINCT province, province_2025 FROM facts WHERE province IS NOT NULL ORDER BY 1")
    olds, news = [p for p, _ in pairs], [n or p for p, n in pairs]
    year = "CASE WHEN {t}.year IS NULL THEN NULL ELSE 2015 + ({t}.year + s.c) % 11 END"
    shifted = {"id": "a.id || '~' || s.c", "content_hash": "a.content_hash || '~' || s.c", "year": year.format(t="a"),
               "province": _case("s.c", olds), "province_2025": _case("s.c", news), "text": "NULL"}  # fmt: skip
    fact_shift = {"article_id": "f.article_id || '~' || s.c", "year": year.format(t="f"), "province": _case("s.c", olds),
                  "province_2025": _case("s.c", news), "duplicate_key": "f.duplicate_key || '~' || s.c",
                  "duplicate_of": "CASE WHEN f.duplicate_of IS NULL THEN NULL ELSE f.duplicate_of || '~' || s.c END"}  # fmt: skip
    with store._writer("bench") as con, store._transaction(con):
        for table, alias, shift in (("articles", "a", shifted), ("facts", "f", fact_shift),
                                    ("campaigns", "c", {"article_id": "c.article_id || '~' || s.c"})):  # fmt: skip
            columns = schema.names(table)
            select = ", ".join(shift.get(c, f"{alias}.{c}") for c in columns)
            # Only articles with figures are copied: the others would add rows the dashboard never reads.
            with_facts = "a.id IN (SELECT article_id FROM facts)" if table == "articles" else "TRUE"
            store._rows(con, f"""INSERT INTO {table} ({", ".join(columns)}) SELECT {select}
                                 FROM {table} {alias}, generate_series(1, {copies}) AS s(c) WHERE {with_facts}""")  # fmt: skip
        store._rows(con, "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'version'")
    with store._writer("bench") as con:
        store._rows(con, "CHECKPOINT" if store.backend == "duckdb" else "ANALYZE")
    stats = store.stats()
    print(f"store ({store.backend}): {stats['articles']} articles, {sum(stats['facts'].values())} facts and mentions", flush=True)
    store.close()


def timed(label: str, run) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    at = run()
    print(f"{label}: {time.perf_counter() - start:.2f} s", flush=True)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def measure() -> None:
    from streamlit.testing.v1 import AppTest

    start = time.perf_counter()
    AppTest.from_string("import streamlit as st\nst.write('x')", default_timeout=60).run()
    print(f"(AppTest's own cost of a new session, not paid in a real server: {time.perf_counter() - start:.2f} s)")

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    timed("first view (Tổng quan, new server process: imports and cold cache)", at.run)
    for page in ("theo_nam", "theo_dia_phuong", "chien_dich", "du_lieu", "kiem_tra"):
        timed(f"open {page}", lambda p=page: at.switch_page(f"app_pages/{p}.py").run())
    at.switch_page("app_pages/tong_quan.py").run()
    timed("filter change (Tổng quan, province)", lambda: at.multiselect(key="f_provinces").set_value(["Hà Nội"]).run())
    timed("filter change (Tổng quan, year)", lambda: at.multiselect(key="f_years").set_value([2021]).run())
    at.switch_page("app_pages/du_lieu.py").run()
    timed("filter change (Dữ liệu, province)", lambda: at.multiselect(key="f_provinces").set_value(["Nghệ An"]).run())
    second = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    timed("first view of a second session (cached results)", second.run)
    import streamlit as st

    st.cache_data.clear()  # as after an ingest: every query runs again
    third = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    timed("first view after the store changed (no cached results)", third.run)
    print(f"peak RSS of the app process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=1_000, help="real corpus articles ingested before copying")
    ap.add_argument("--backend", choices=("duckdb", "postgresql"), default="duckdb")
    ap.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure_only:
        measure()
        return
    with ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        env = {**os.environ, "MTTQ_DATA_DIR": folder}
        if args.backend == "postgresql":
            import pg_server

            env["MTTQ_DATABASE_URL"] = pg_server.new_database(stack.enter_context(pg_server.server()), "bench")
        target = env.get("MTTQ_DATABASE_URL") or str(Path(folder) / "mttq.duckdb")
        start = time.perf_counter()
        build(target, args.facts, args.articles)
        print(f"built in {time.perf_counter() - start:.0f} s", flush=True)
        # A fresh process: its peak memory is the app's, not the build's.
        subprocess.run([sys.executable, __file__, "--measure-only"], env=env, check=True)


if __name__ == "__main__":
    main()
