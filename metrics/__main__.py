"""Command line: python -m metrics ingest PATH... | export | stats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from metrics import export, storage
from metrics.aggregate import filter_facts, match_names

SHOWN_NAMES = 40  # names listed when a typed province or campaign matches nothing


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
            print(f"lỗi: {problem}", file=sys.stderr)
        print(storage.to_json(result.as_dict()))
        return 1 if result.failed and not (result.added or result.skipped) else 0
    if args.command == "export":
        return _export(args, storage.facts_frame(con, details=True))
    print(storage.to_json(storage.stats(con)))
    return 0


def _export(args: argparse.Namespace, facts: pd.DataFrame) -> int:
    """Exit code 2, with a Vietnamese message, for a folder or a name that does not exist."""
    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"lỗi: thư mục “{out.parent}” không tồn tại; hãy tạo thư mục đó hoặc chọn --out khác", file=sys.stderr)
        return 2
    filters = {}
    for option, column, label in (("province", "province", "tỉnh/thành"), ("campaign", "campaign", "chiến dịch/quỹ")):
        known = sorted(facts[column].dropna().unique())
        filters[column], missing = match_names(getattr(args, option), known)
        if missing:
            listed = ", ".join(known[:SHOWN_NAMES]) + (f"… (cả thảy {len(known)})" if len(known) > SHOWN_NAMES else "")
            print(f"lỗi: không có {label} “{'”, “'.join(missing)}” trong kho. Có: {listed or 'chưa có'}", file=sys.stderr)
            return 2
    facts = filter_facts(facts, years=args.year, provinces=filters["province"], campaigns=filters["campaign"], kinds=args.kind)
    writer = {"csv": export.to_csv_bytes, "parquet": export.to_parquet_bytes, "xlsx": export.to_xlsx_bytes}
    try:
        out.write_bytes(writer[args.format](facts, args.headers))
    except IsADirectoryError:
        print(f"lỗi: “{out}” là một thư mục; --out cần tên tệp", file=sys.stderr)
        return 2
    except OSError as exc:
        why = "không có quyền ghi" if isinstance(exc, PermissionError) else "lỗi ổ đĩa hoặc hệ thống tệp"
        print(f"lỗi: không ghi được tệp “{out}” ({why})", file=sys.stderr)
        return 2
    print(storage.to_json({"rows": len(facts), "out": args.out, "provinces": filters["province"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
