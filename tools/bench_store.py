"""Store speed: ingest N corpus articles, then aggregation queries on a large fact table.

Usage: python tools/bench_store.py [--ingest 10000] [--articles 100000]
Uses a throwaway store in a temporary folder.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from metrics import aggregate, storage  # noqa: E402
from parsers.readers import Source  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vi_news_main.jsonl.gz"


def sources(limit: int) -> list[Source]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out.append(Source(str(row["id"]), "corpus", row["text"], row.get("url"), row.get("title"), row.get("published")))
            if len(out) >= limit:
                break
    return out


def timed(label: str, fn) -> object:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ingest", type=int, default=10_000)
    ap.add_argument("--articles", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        con = storage.connect(path)
        items = sources(args.ingest)
        start = time.perf_counter()
        result = storage.ingest_items(con, items)
        seconds = time.perf_counter() - start
        con.execute("CHECKPOINT")
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
        print(f"ingest: {len(result.added)} articles, {result.facts} facts in {seconds:.1f} s "
              f"-> {len(result.added) / seconds:.0f} articles/s; store {size / 1e6:.1f} MB")  # fmt: skip
        facts = storage.facts_frame(con)
        copies = max(1, args.articles // max(1, len(result.added)))
        big = pd.concat([facts.assign(article_id=facts["article_id"] + f"~{i}") for i in range(copies)], ignore_index=True)
        print(f"aggregation on {len(result.added) * copies} articles ({len(big)} facts):")
        money = timed("  filter money", lambda: aggregate.filter_facts(big, kinds=["money"]))
        timed("  by year", lambda: aggregate.by_year(money))
        timed("  by province", lambda: aggregate.by_province(money))
        timed("  by campaign", lambda: aggregate.by_campaign(money))
        timed("  by year x province", lambda: aggregate.by_year_province(money))
        timed(
            "  filter 2 provinces + year", lambda: aggregate.filter_facts(big, years=[2017], provinces=["Hà Nội", "Hồ Chí Minh"])
        )


if __name__ == "__main__":
    main()
