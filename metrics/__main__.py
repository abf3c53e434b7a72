"""Command line: python -m metrics ingest PATH... | export | stats | migrate --to URL | user add NAME."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from metrics import accounts, export, storage
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
        result = ingest_paths(store, args.paths, user=args.user or f"{_login()} (dòng lệnh)", jobs=jobs)
        for problem in result.failed:
            print(f"lỗi: {problem}", file=sys.stderr)
        print(storage.to_json(result.as_dict()))
        return 1 if result.failed and not (result.added or result.skipped) else 0
    if args.command == "export":
        return _export(args, store)
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


def _export(args: argparse.Namespace, store: Store) -> int:
    """Exit code 2, with a Vietnamese message, for a folder or a name that does not exist."""
    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"lỗi: thư mục “{out.parent}” không tồn tại; hãy tạo thư mục đó hoặc chọn --out khác", file=sys.stderr)
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
