"""Command line: python -m metrics ingest PATH... | export | stats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from metrics import export, storage
from metrics.aggregate import filter_facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m metrics", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="add articles from files or folders to the store")
    ing.add_argument("paths", nargs="+")
    exp = sub.add_parser("export", help="write the (filtered) fact table")
    exp.add_argument("--format", choices=("csv", "parquet", "xlsx"), default="csv")
    exp.add_argument("--out", required=True)
    exp.add_argument("--headers", choices=("vi", "en"), default="vi")
    exp.add_argument("--year", type=int, action="append", default=[])
    exp.add_argument("--province", action="append", default=[])
    exp.add_argument("--campaign", action="append", default=[])
    exp.add_argument("--kind", choices=("money", "households"), action="append", default=[])
    sub.add_parser("stats", help="counts in the store, as JSON")
    args = parser.parse_args(argv)
    con = storage.connect()
    if args.command == "ingest":
        result = storage.ingest_paths(con, args.paths)
        for problem in result.failed:
            print(f"error: {problem}", file=sys.stderr)
        print(storage.to_json(result.as_dict()))
        return 1 if result.failed and not (result.added or result.skipped) else 0
    if args.command == "export":
        facts = filter_facts(storage.facts_frame(con, details=True), years=args.year, provinces=args.province,
                             campaigns=args.campaign, kinds=args.kind)  # fmt: skip
        writer = {"csv": export.to_csv_bytes, "parquet": export.to_parquet_bytes, "xlsx": export.to_xlsx_bytes}
        Path(args.out).write_bytes(writer[args.format](facts, args.headers))
        print(storage.to_json({"rows": len(facts), "out": args.out}))
        return 0
    print(storage.to_json(storage.stats(con)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
