"""Command line: python -m parsers extract PATH... | score GOLD.jsonl."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterator
from typing import Any

from parsers import workers
from parsers.article import extract
from parsers.cells import neutralise
from parsers.gold_metrics import metrics
from parsers.readers import Problem, Source, read_bytes, read_paths
from parsers.records import article_record
from parsers.score import score

ARTICLE_CSV_FIELDS = (
    "id",
    "source",
    "url",
    "title",
    "published",
    "year",
    "scope",
    "province",
    "district",
    "ward",
    "province_2025",
)
FACT_CSV_FIELDS = (
    "fact_kind", "text", "value", "value_vnd", "currency", "kind", "qualifier", "rate", "range",
    "fact_year", "period", "date_precision", "campaign", "action", "fact_province", "fact_district",
    "start", "end", "sentence",
)  # fmt: skip


def report(problem: Problem) -> None:
    """One line on standard error: "lỗi:" (not read) or "cảnh báo:" (read, something left out)."""
    print(f"{'cảnh báo' if problem.warning else 'lỗi'}: {problem}", file=sys.stderr)


def records(paths: list[str], errors: list[str], jobs: int = 1) -> Iterator[dict[str, Any]]:
    """The record of every article, in input order; problems reported where they occur in it."""
    with workers.Pool(jobs) as pool:
        for item in workers.ordered_map(workers.records_of, read_paths(paths), pool):
            if isinstance(item, Problem):
                if not item.warning:
                    errors.append(str(item))
                report(item)
                continue
            yield item


def _csv_rows(record: dict[str, Any]) -> Iterator[list[Any]]:
    """One row per fact (money, households, campaigns), article fields repeated."""
    base = [record.get(f) for f in ARTICLE_CSV_FIELDS]
    for kind in ("money", "households", "campaigns"):
        for fact in record[kind]:
            row = {**fact, "fact_kind": kind, "fact_year": fact.get("year"), "fact_province": fact.get("province"),
                   "fact_district": fact.get("district")}  # fmt: skip
            if kind == "campaigns":
                row |= {"text": fact["text"], "campaign": fact["name"], "kind": fact["head"]}
            yield [neutralise(v) for v in base + [row.get(f) for f in FACT_CSV_FIELDS]]


def cmd_extract(args: argparse.Namespace) -> int:
    errors: list[str] = []
    count = 0
    writer = csv.writer(sys.stdout) if args.format == "csv" else None
    if writer:
        writer.writerow([*ARTICLE_CSV_FIELDS, *FACT_CSV_FIELDS])
    for record in records(args.paths, errors, args.jobs):
        count += 1
        if writer:
            writer.writerows(_csv_rows(record))
        else:
            print(json.dumps(record, ensure_ascii=False))
    if count == 0:
        print(f"lỗi: không đọc được bài nào ({len(errors)} lỗi)", file=sys.stderr)
        return 1
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    with open(args.gold, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    predicted = {}
    start = time.perf_counter()
    for row in gold:
        for item in read_bytes(f"{row['id']}.txt", row["text"].encode()):
            if isinstance(item, Source):
                predicted[row["id"]] = article_record(extract(item.text, row["id"], url=row.get("url")))
    result = score(gold, predicted)
    result["dev_metrics"] = metrics(gold, predicted)
    result["seconds"] = round(time.perf_counter() - start, 3)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parsers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract facts from .txt/.html/.jsonl(.gz)/.zip files or folders")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    ex.add_argument("--jobs", type=int, default=workers.default_jobs(), help="worker processes (default: the cores)")
    ex.set_defaults(run=cmd_extract)
    sc = sub.add_parser("score", help="precision/recall/F1 against a gold .jsonl file")
    sc.add_argument("gold")
    sc.set_defaults(run=cmd_score)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
