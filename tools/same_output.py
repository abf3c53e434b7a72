"""Does the working tree extract exactly what revision REV extracts? The check for pure speed-ups.

Usage: python tools/same_output.py REV [--limit N] [FILE.jsonl.gz]

Extracts the same N random corpus articles with REV (a temporary git worktree) and with the working
tree, each in its own process, and compares the JSON records article by article. Exits 1 and shows
the first differences when any article differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench import DEFAULT, ROOT, child, sample, worktree

SHOWN = 5  # differing articles printed


def _differences(a: dict, b: dict, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(a.keys() | b.keys()) for d in _differences(a.get(k), b.get(k), f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in _differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {json.dumps(a, ensure_ascii=False)[:200]} ≠ {json.dumps(b, ensure_ascii=False)[:200]}"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("rev")
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, worktree(args.rev) as old:
        articles, before, after = Path(tmp) / "in.jsonl", Path(tmp) / "before.jsonl", Path(tmp) / "after.jsonl"
        articles.write_bytes(b"".join(sample(Path(args.corpus), args.limit)))
        # the two sides at once: one process each, two cores
        with ThreadPoolExecutor(2) as pool:
            jobs = [pool.submit(child, root, articles, dump=out) for root, out in ((old, before), (ROOT, after))]
            try:
                for job in jobs:
                    job.result()
            except subprocess.CalledProcessError as exc:
                print(exc.stderr, file=sys.stderr)
                return 2
        differ = 0
        with before.open(encoding="utf-8") as fb, after.open(encoding="utf-8") as fa:
            for n, (lb, la) in enumerate(zip(fb, fa, strict=True), start=1):
                if lb == la:
                    continue
                differ += 1
                if differ <= SHOWN:
                    b, a = json.loads(lb), json.loads(la)
                    print(f"article {n} ({b.get('id')}):")
                    for d in _differences(b, a)[:10]:
                        print(f"  {d}")
    print(f"{args.limit} articles: {differ} differ between {args.rev} and the working tree")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
