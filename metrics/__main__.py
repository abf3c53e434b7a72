"""Command line: python -m metrics ingest PATH... | export | stats | migrate --to URL | user add NAME | reviews."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date, datetime
from pathlib import Path

from metrics import accounts, export, gold, reviews, storage
from metrics.aggregate import Filters, match_names
from metrics.ingest import ingest_paths
from metrics.store import Store, StoreError
from parsers.workers import default_jobs

SHOWN_NAMES = 40  # names listed when a typed province or campaign matches nothing


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m metrics", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="add articles from files or folders to the store")
    ing.add_argument("paths", nargs="+")
    ing.add_argument("--user", default="", help="who imports (recorded with the import; default: the login name)")
    ing.add_argument("--reextract", action="store_true",
                     help="read articles already stored again with today's parsers (their reviews stay)")  # fmt: skip
    ing.add_argument("--jobs", type=int, default=None, help="worker processes that extract (default: the cores)")
    exp = sub.add_parser("export", help="write the (filtered) fact table")
    exp.add_argument("--format", choices=("csv", "parquet", "xlsx"), default="csv")
    exp.add_argument("--out", required=True)
    exp.add_argument("--headers", choices=("vi", "en"), default="vi")
    exp.add_argument("--year", type=int, action="append", default=[])
    exp.add_argument("--province", action="append", default=[])
    exp.add_argument("--campaign", action="append", default=[])
    exp.add_argument("--kind", choices=("money", "households"), action="append", default=[])
    exp.add_argument("--counted-only", action="store_true", help="only figures that go into totals")
    sub.add_parser("stats", help="counts in the store, as JSON")
    mig = sub.add_parser("migrate", help="copy this store (DuckDB) into an empty PostgreSQL database")
    mig.add_argument("--to", required=True, metavar="postgresql://…")
    user = sub.add_parser("user", help="local accounts that may import data")
    user_sub = user.add_subparsers(dest="action", required=True)
    add = user_sub.add_parser("add", help="create an account or set its password (asked twice, never echoed)")
    add.add_argument("name")
    add.add_argument("--role", choices=accounts.ROLES, default="editor")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    rev = sub.add_parser("reviews", help="the audit log of reviews (JSON lines), or reviewed articles as gold rows")
    rev.add_argument("--since", type=date.fromisoformat, help="only reviews from this day on (YYYY-MM-DD)")
    rev.add_argument("--orphaned", action="store_true", help="only reviews whose figure no longer exists")
    rev_sub = rev.add_subparsers(dest="action")
    rex = rev_sub.add_parser("export", help="reviewed articles in the format of ../shared/gold/dev.jsonl")
    rex.add_argument("--gold", required=True, metavar="FILE.jsonl")
    rex.add_argument("--complete-only", action="store_true", help="only articles whose every figure is reviewed")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except (StoreError, accounts.AccountError) as exc:  # a sentence for the user, not a traceback
        print(f"lỗi: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    store = storage.open_store()
    if args.command == "ingest":
        jobs = args.jobs or default_jobs()
        user = args.user or f"{_login()} (dòng lệnh)"
        result = ingest_paths(store, args.paths, user=user, reextract=args.reextract, jobs=jobs)
        for problem in result.failed:
            print(f"lỗi: {problem}", file=sys.stderr)
        print(storage.to_json(result.as_dict()))
        return 1 if result.failed and not (result.added or result.skipped) else 0
    if args.command == "export":
        return _export(args, store)
    if args.command == "reviews":
        return _export_gold(args, store) if args.action == "export" else _print_reviews(args, store)
    if args.command == "migrate":
        target = storage.open_store(args.to)
        print(storage.to_json({"copied": storage.copy_store(store, target), "to": repr(target)}))
        return 0
    if args.command == "user":
        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else _ask_password()
        accounts.add_user(store, args.name, args.role, password)
        print(storage.to_json({"user": args.name, "role": args.role}))
        return 0
    print(storage.to_json(store.stats()))
    return 0


def _no_folder(out: Path, option: str) -> bool:
    """A file asked for in a folder that does not exist: said in Vietnamese (exit code 2), no traceback."""
    if out.parent.is_dir():
        return False
    print(f"lỗi: thư mục “{out.parent}” không tồn tại; hãy tạo thư mục đó hoặc chọn {option} khác", file=sys.stderr)
    return True


def _export(args: argparse.Namespace, store: Store) -> int:
    """Exit code 2, with a Vietnamese message, for a folder or a name that does not exist."""
    out = Path(args.out)
    if _no_folder(out, "--out"):
        return 2
    stored = store.options()
    names: dict[str, list[str]] = {}
    for option, column, label in (("province", "province", "tỉnh/thành"), ("campaign", "campaign", "chiến dịch/quỹ")):
        known = stored[column]
        names[column], missing = match_names(getattr(args, option), known)
        if missing:
            listed = ", ".join(known[:SHOWN_NAMES]) + (f"… (cả thảy {len(known)})" if len(known) > SHOWN_NAMES else "")
            print(f"lỗi: không có {label} “{'”, “'.join(missing)}” trong kho. Có: {listed or 'chưa có'}", file=sys.stderr)
            return 2
    filters = Filters(years=args.year, provinces=tuple(names["province"]), campaigns=tuple(names["campaign"]),
                      kinds=args.kind, counted_only=args.counted_only)  # fmt: skip
    facts = store.facts(filters, details=True)
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
    print(storage.to_json({"rows": len(facts), "out": args.out, "provinces": names["province"]}))
    return 0


def _print_reviews(args: argparse.Namespace, store: Store) -> int:
    since = datetime.combine(args.since, datetime.min.time()) if args.since else None
    for record in reviews.log_records(reviews.log_frame(store, since, args.orphaned)):
        print(json.dumps(record, ensure_ascii=False, default=str))
    return 0


def _export_gold(args: argparse.Namespace, store: Store) -> int:
    out = Path(args.gold)
    if _no_folder(out, "--gold"):
        return 2
    written, without_text, items = 0, [], 0
    try:
        with out.open("w", encoding="utf-8") as f:
            for row in gold.rows(store, args.complete_only):
                if not row["text"]:
                    without_text.append(row["id"])
                    continue
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += 1
                items += len(row["money"]) + len(row["households"])
    except OSError as exc:
        print(f"lỗi: không ghi được tệp “{out}” ({exc.strerror or exc})", file=sys.stderr)
        return 2
    for article_id in without_text:
        print(f"cảnh báo: bài {article_id} được nhập trước khi kho lưu văn bản: hãy nhập lại tệp của bài để xuất",
              file=sys.stderr)  # fmt: skip
    print(storage.to_json({"articles": written, "items": items, "out": args.gold, "without_text": len(without_text)}))
    return 0


def _ask_password() -> str:
    first = getpass.getpass("Mật khẩu: ")
    if first != getpass.getpass("Nhập lại mật khẩu: "):
        raise accounts.AccountError("hai lần nhập mật khẩu không khớp")
    return first


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "không rõ"


if __name__ == "__main__":
    sys.exit(main())
