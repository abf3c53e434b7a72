"""Extractor speed over the shared corpus: MB/s and articles/s on one core.

Usage:
  python tools/bench.py [--limit N] [--figures-only] [FILE.jsonl.gz]
  python tools/bench.py --compare REV [--limit N] [--repeat R] [FILE.jsonl.gz]

--figures-only times money + households alone (the issue-2 target); without it, the whole extractor
(chrome, dates, places, campaigns). --compare runs revision REV (from a temporary git worktree) and
the working tree side by side, each in its own process on the same random articles, alternating R
times, and prints both figures, their ranges and the ratio: the machine is shared, so only figures
of the same run compare.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "vi_news_main.jsonl.gz"


def sample(path: Path, limit: int, seed: int = 14) -> list[bytes]:
    """limit random lines of a .jsonl(.gz) file (reservoir sampling: one pass, limit lines kept), in file order."""
    chosen: list[tuple[int, bytes]] = []
    rng = random.Random(seed)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        for i, line in enumerate(f):
            if len(chosen) < limit:
                chosen.append((i, line))
            elif (j := rng.randrange(i + 1)) < limit:
                chosen[j] = (i, line)
    return [line for _, line in sorted(chosen)]


@contextlib.contextmanager
def worktree(rev: str) -> Iterator[Path]:
    """The project at revision rev, checked out in a temporary folder for as long as it is needed."""
    folder = Path(tempfile.mkdtemp(prefix="mttq-rev-")) / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(folder), rev], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], check=False)


def child(root: Path, articles: Path, figures_only: bool = False, dump: Path | None = None) -> dict:
    """Run the project at root on the articles in a fresh process; its timing, or its records written to dump."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(root), str(articles)]
    cmd += ["--figures-only"] if figures_only else []
    cmd += ["--dump", str(dump)] if dump else []
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=root)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _run_child(root: str, articles: str, figures_only: bool, dump: str | None) -> None:
    """In the child: import the project at root, time it (process_time: one core) or dump its records."""
    sys.path.insert(0, root)
    from parsers.article import extract
    from parsers.households import find_households
    from parsers.money import find_money
    from parsers.normalize import normalize
    from parsers.records import article_record

    with open(articles, "rb") as f:
        rows = [json.loads(line) for line in f]
    extract("Tin\nNăm 2020, MTTQ huyện Ba Vì trao 90 triệu đồng cho 90 hộ nghèo.", "warm-up")  # lazy tables
    if dump:
        with open(dump, "w", encoding="utf-8") as out:
            for r in rows:
                a = extract(r.get("text", ""), str(r.get("id")), r.get("source") or "", r.get("url"), r.get("title"),
                            r.get("published"))  # fmt: skip
                out.write(json.dumps(article_record(a), ensure_ascii=False, sort_keys=True) + "\n")
        print(json.dumps({"articles": len(rows)}))
        return
    facts = 0
    start = time.process_time()
    for r in rows:
        if figures_only:
            text = normalize(r.get("text", ""))
            facts += len(find_money(text)) + len(find_households(text))
        else:
            facts += len(extract(r.get("text", ""), str(r.get("id")), url=r.get("url")).facts)
    cpu = time.process_time() - start
    size = sum(len(r.get("text", "").encode()) for r in rows)
    print(json.dumps({"articles": len(rows), "bytes": size, "cpu": cpu, "facts": facts}))


def _speed(r: dict) -> tuple[float, float]:
    return r["bytes"] / 1e6 / r["cpu"], r["articles"] / r["cpu"]


def _range(values: list[float], digits: int = 2) -> str:
    lo, hi = min(values), max(values)
    return f"{lo:.{digits}f}" if f"{lo:.{digits}f}" == f"{hi:.{digits}f}" else f"{lo:.{digits}f}–{hi:.{digits}f}"


def compare(rev: str, corpus: Path, limit: int, repeat: int, figures_only: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp, worktree(rev) as old:
        articles = Path(tmp) / "articles.jsonl"
        articles.write_bytes(b"".join(sample(corpus, limit)))
        runs: dict[str, list[dict]] = {rev: [], "working tree": []}
        for i in range(repeat):
            for name, root in ((rev, old), ("working tree", ROOT)):
                r = child(root, articles, figures_only)
                runs[name].append(r)
                mbs, aps = _speed(r)
                print(f"run {i + 1} {name}: {mbs:.2f} MB/s, {aps:.0f} articles/s, {r['facts']} facts", flush=True)
    what = "money+households" if figures_only else "full extractor"
    first = runs[rev][0]
    print(f"{what}: {first['articles']} random articles, {first['bytes'] / 1e6:.1f} MB, {repeat} runs each")
    for name, rs in runs.items():
        speeds = [_speed(r) for r in rs]
        print(f"  {name}: {_range([s[0] for s in speeds])} MB/s, {_range([s[1] for s in speeds], 0)} articles/s")
    ratios = [o["cpu"] / n["cpu"] for o, n in zip(runs[rev], runs["working tree"], strict=True)]
    print(f"  ratio (working tree / {rev}, run by run): {_range(ratios, 2)}×")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--figures-only", action="store_true")
    ap.add_argument("--compare", metavar="REV", help="a git revision to run side by side with the working tree")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", metavar="ROOT", help=argparse.SUPPRESS)
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _run_child(args.child, args.corpus, args.figures_only, args.dump)
    elif args.compare:
        compare(args.compare, Path(args.corpus), args.limit, args.repeat, args.figures_only)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            articles = Path(tmp) / "articles.jsonl"
            articles.write_bytes(b"".join(sample(Path(args.corpus), args.limit)))
            r = child(ROOT, articles, args.figures_only)
        mbs, aps = _speed(r)
        what = "money+households" if args.figures_only else "full extractor"
        print(f"{what}: {r['articles']} random articles, {r['bytes'] / 1e6:.1f} MB, {r['cpu']:.2f} s CPU -> "
              f"{mbs:.2f} MB/s, {aps:.0f} articles/s, {r['facts']} facts")  # fmt: skip


if __name__ == "__main__":
    main()
