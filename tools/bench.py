"""Extractor speed over the shared corpus: MB/s and articles/s on one core.

Usage: python tools/bench.py [--limit N] [--figures-only] [FILE.jsonl.gz]
--figures-only times money + households alone (the issue-2 target);
without it, the whole extractor (chrome, dates, places, campaigns).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsers.article import extract  # noqa: E402
from parsers.households import find_households  # noqa: E402
from parsers.money import find_money  # noqa: E402
from parsers.normalize import normalize  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "vi_news_main.jsonl.gz"


def load(path: Path, limit: int) -> list[dict]:
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if len(rows) >= limit:
                break
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--figures-only", action="store_true")
    args = ap.parse_args()
    rows = load(Path(args.corpus), args.limit)
    size = sum(len(r.get("text", "").encode()) for r in rows)
    facts = 0
    start = time.process_time()
    for r in rows:
        if args.figures_only:
            text = normalize(r.get("text", ""))
            facts += len(find_money(text)) + len(find_households(text))
        else:
            facts += len(extract(r.get("text", ""), str(r.get("id")), url=r.get("url")).facts)
    cpu = time.process_time() - start
    what = "money+households" if args.figures_only else "full extractor"
    print(
        f"{what}: {len(rows)} articles, {size / 1e6:.1f} MB, {cpu:.2f} s CPU -> "
        f"{size / 1e6 / cpu:.2f} MB/s, {len(rows) / cpu:.0f} articles/s, {facts} facts"
    )


if __name__ == "__main__":
    main()
